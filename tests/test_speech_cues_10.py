"""Reported (indirect) speech, nineteenth round, second wave: cue verbs of other English
varieties ("opined that" in Indian English, "reckons" in Australian and British English).

Every text here was written for the test; each shows one pattern from news.
"""

from __future__ import annotations

import pytest
from findings import parsed, quotes, reported


@pytest.mark.parametrize("text, statement, speaker", [
    ("Former coach Dev Malhotra opined that the side needed a second spinner.",
     "the side needed a second spinner", "Former coach Dev Malhotra"),
    ("The panel opined the rules were unfair to smaller clubs.",
     "the rules were unfair to smaller clubs", "The panel"),
])
def test_opined_that(text, statement, speaker):
    """"X opined (that) A": an opinion voiced is a statement of X."""
    assert (statement, speaker) in reported(text)


@pytest.mark.parametrize("text, statement, speaker", [
    ("Critics opined against the new levy.", "the new levy", "Critics"),
    ("The retired judge opined on the state of the courts.", "the state of the courts",
     "The retired judge"),
])
def test_opined_on_a_topic(text, statement, speaker):
    """"X opined on/against T": like "spoke about T", the topic is X's statement."""
    assert (statement, speaker) in reported(text)


def test_opined_inverted_still_quotes():
    """'“A,” opined the Harbour Gazette': an inverted cue of a direct quote, as before."""
    found = quotes("“Fares should fall,” opined the Harbour Gazette.")
    assert found["“Fares should fall,”"][:2] == ("direct", "the Harbour Gazette")


@pytest.mark.parametrize("text, statement, speaker", [
    ("Coach Lachie Brennan reckons his side can still make the finals.",
     "his side can still make the finals", "Coach Lachie Brennan"),
    ("Punters reckoned the favourite would win easily.",
     "the favourite would win easily", "Punters"),
    ("She reckons that the council has lost its nerve.",
     "the council has lost its nerve", "She"),
])
def test_reckons(text, statement, speaker):
    """"X reckons (that) A": British and Australian English for "X thinks A"."""
    assert (statement, speaker) in reported(text)


@pytest.mark.parametrize("text", [
    "The league has reckoned with its past.",
    "A day of reckoning is coming for the club.",
    "Officials reckoned the cost at two million dollars.",
])
def test_reckon_without_a_clause_is_no_statement(text):
    """"reckoned with its past", "a day of reckoning", "reckoned the cost at": no clause,
    no statement."""
    assert reported(text) == []


#: "Coach Lachie Brennan reckons his side can still win.", as a parser reads it.
_RECKON_ROWS = [
    ("Coach", "coach", "PROPN", 3, "compound"),
    ("Lachie", "Lachie", "PROPN", 3, "compound"),
    ("Brennan", "Brennan", "PROPN", 4, "nsubj"),
    ("reckons", "reckon", "VERB", 0, "root"),
    ("his", "he", "PRON", 6, "nmod:poss"),
    ("side", "side", "NOUN", 9, "nsubj"),
    ("can", "can", "AUX", 9, "aux"),
    ("still", "still", "ADV", 9, "advmod"),
    ("win", "win", "VERB", 4, "ccomp"),
    (".", ".", "PUNCT", 4, "punct"),
]


def test_reckons_on_a_parse():
    """The parsed path reads "reckons" with its bare clause as the default path does (the
    hand parse has no names: the annotator's stand in, and the parse's mention is the name,
    as with a pipeline's NER; h60-dgr)."""
    assert ("his side can still win", "Lachie Brennan") in parsed(
        "Coach Lachie Brennan reckons his side can still win.", _RECKON_ROWS)


@pytest.mark.parametrize("text, statement, speaker", [
    ("The minister clarified that the scheme would continue.", "the scheme would continue",
     "The minister"),
    ("Scholars have posited that the canal was built earlier.",
     "the canal was built earlier", "Scholars"),
    ("Auditors flagged that the accounts were late.", "the accounts were late", "Auditors"),
    ("The lawyer averred his client was innocent.", "his client was innocent", "The lawyer"),
])
def test_clarified_posited_flagged_that_and_averred(text, statement, speaker):
    """"clarified/posited/flagged that A" and "averred (that) A" report A."""
    assert (statement, speaker) in reported(text)


@pytest.mark.parametrize("text", [
    "The minister clarified the rules for applicants.",
    "Scholars posited a new theory.",
    "Auditors flagged concerns about the accounts.",
])
def test_clarify_posit_flag_with_an_object_is_no_statement(text):
    """"clarified the rules", "posited a theory", "flagged concerns": an object, no clause
    with "that", is no statement."""
    assert reported(text) == []
