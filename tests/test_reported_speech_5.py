"""Reported (indirect) speech, fifteenth round: where a reported clause ends when a quote,
a comma, a parenthesis or a second verb interrupts it, one regression case per cause
fixed on PolNeAR train.

Every text here was written for the test; each shows one pattern from news.
"""

from __future__ import annotations

import pytest
from findings import parsed, quotes, reported


@pytest.mark.parametrize("text, statement", [
    # a comma does not end a clause after an object cue, whatever the cue
    ("Mayor Ann Voss predicted the council would approve the plan, with most members "
     "backing it.", "the council would approve the plan, with most members backing it"),
    # nor does an aside in parentheses
    ("Aides to Mayor Ann Voss even suggest a rival (that could be, well, anyone) might "
     "win the seat.", "a rival (that could be, well, anyone) might win the seat"),
])
def test_clause_after_an_object_cue(text, statement):
    """"X predicted A, with B": a clause, not an object cut at its comma, after every
    object cue, as after "note"."""
    assert [s for s, _ in reported(text)] == [statement]


def test_quote_inside_a_clause_after_an_object_cue():
    """"X predicted the council would “lose its nerve”": the quoted words are the clause's
    own, a mixed quote of X, not a statement cut before them ("the council would")."""
    text = "Mayor Ann Voss predicted the council would “lose its nerve” before the vote."
    assert reported(text) == []
    assert quotes(text)["“lose its nerve”"][:2] == ("mixed", "Mayor Ann Voss")


@pytest.mark.parametrize("text, statement", [
    # a noun after a determiner or possessive is no verb of a clause
    ("Gov. Ann Voss denied any wrongdoing and pointed out that the audit had cleared her.",
     "any wrongdoing"),
    ("Gov. Ann Voss touted her plans to repair every bridge in the county.",
     "her plans to repair every bridge in the county"),
])
def test_object_of_an_object_cue_stays_an_object(text, statement):
    assert (statement, "Gov. Ann Voss") in reported(text)


@pytest.mark.parametrize("text, statement, second", [
    ("Council member Tom Reed said the budget was sound, and urged residents to stay calm.",
     "the budget was sound", "urged"),
    ("Council member Tom Reed says the budget is sound and accuses the mayor of panic.",
     "the budget is sound", "accuses"),
])
def test_second_speech_act_ends_the_statement(text, statement, second):
    """"X said A, and urged B": a verb of a speech act in the cue's tense is X's second
    act, not more of A."""
    assert (statement, "Council member Tom Reed") in reported(text)


@pytest.mark.parametrize("text, statement", [
    ("Gov. Ann Voss said the bridge would reopen in May, and the Harwick Council has already "
     "sued the state over the delay.", "the bridge would reopen in May"),
    ("Gov. Ann Voss has suggested that the plant should close, and her office is asking "
     "lawmakers to back the plan.", "the plant should close"),
])
def test_writers_clause_after_comma_and(text, statement):
    """"X said A, and the council has sued": ", and" with a clause of its own subject, named
    or with an article, is the writer's, as with a pronoun subject (", and he B")."""
    assert reported(text) == [(statement, "Gov. Ann Voss")]


def test_writers_clause_after_comma_and_in_a_parse():
    """A parse that hangs ", and the council sued" on the reported clause: the statement
    still ends before the writer's clause."""
    text = "Ann Voss said the bridge would reopen, and the council sued the state."
    rows = [("Ann", "Ann", "PROPN", 2, "compound", "B-PERSON"),
            ("Voss", "Voss", "PROPN", 3, "nsubj", "E-PERSON"),
            ("said", "say", "VERB", 0, "root"),
            ("the", "the", "DET", 5, "det"),
            ("bridge", "bridge", "NOUN", 7, "nsubj"),
            ("would", "would", "AUX", 7, "aux"),
            ("reopen", "reopen", "VERB", 3, "ccomp"),
            (",", ",", "PUNCT", 12, "punct"),
            ("and", "and", "CCONJ", 12, "cc"),
            ("the", "the", "DET", 11, "det"),
            ("council", "council", "NOUN", 12, "nsubj"),
            ("sued", "sue", "VERB", 7, "conj"),
            ("the", "the", "DET", 14, "det"),
            ("state", "state", "NOUN", 12, "obj"),
            (".", ".", "PUNCT", 3, "punct")]
    assert parsed(text, rows) == [("the bridge would reopen", "Ann Voss")]


@pytest.mark.parametrize("text, statement", [
    ("Sixty percent of voters say they trust the mayor, compared with 40 percent who say "
     "the same of the council.", "they trust the mayor"),
    ("Six in 10 say the mayor is honest, after half said so in the spring poll.",
     "the mayor is honest"),
])
def test_comparison_with_a_speaker_of_its_own_ends_the_statement(text, statement):
    """"A say B, compared with 40 percent who say C": the writer's comparison brings a
    speaker of its own; B ends before it."""
    assert statement in [s for s, _ in reported(text)]


def test_comparison_with_a_speaker_of_its_own_in_a_parse():
    text = "Most voters say they trust the mayor, compared with 40 percent who say so."
    rows = [("Most", "most", "ADJ", 2, "amod"),
            ("voters", "voter", "NOUN", 3, "nsubj"),
            ("say", "say", "VERB", 0, "root"),
            ("they", "they", "PRON", 5, "nsubj"),
            ("trust", "trust", "VERB", 3, "ccomp"),
            ("the", "the", "DET", 7, "det"),
            ("mayor", "mayor", "NOUN", 5, "obj"),
            (",", ",", "PUNCT", 5, "punct"),
            ("compared", "compare", "VERB", 5, "advcl"),
            ("with", "with", "ADP", 12, "case"),
            ("40", "40", "NUM", 12, "nummod"),
            ("percent", "percent", "NOUN", 9, "obl"),
            ("who", "who", "PRON", 14, "nsubj"),
            ("say", "say", "VERB", 12, "acl:relcl"),
            ("so", "so", "ADV", 14, "advmod"),
            (".", ".", "PUNCT", 3, "punct")]
    assert ("they trust the mayor", "Most voters") in parsed(text, rows)


@pytest.mark.parametrize("text, statement", [
    ("Gov. Ann Voss later denied the report in a radio interview.", "the report"),
    ("Gov. Ann Voss often mentions her granddaughter in speeches.", "her granddaughter"),
])
def test_occasion_ends_an_object(text, statement):
    """"X denied the report in a radio interview": the occasion of the saying is no part
    of its object."""
    assert (statement, "Gov. Ann Voss") in reported(text)


@pytest.mark.parametrize("text, statement", [
    ("Gov. Ann Voss claimed victory in a late-night tweet.", "victory"),
    ("Gov. Ann Voss claimed momentum and argued she could still win.", "momentum"),
    ("The Harwick Mills company reported earnings of $2.10 a share.", "earnings of $2.10 a share"),
])
def test_bare_noun_object(text, statement):
    """"X claimed victory": a noun without a determiner is an object cue's object, one word
    is enough; a clause after it still is a clause ("predicted voters would ...")."""
    assert statement in [s for s, _ in reported(text)]


@pytest.mark.parametrize("text", [
    "Gov. Ann Voss leads comfortably among pledged delegates.",
    "Tom Reed is a columnist for the Harwick Ledger. He tweets @tomreed.",
    "Planes wrote messages in the sky.",
])
def test_no_bare_noun_object(text):
    assert reported(text) == []


def test_relative_that_after_a_sum():
    """"reported earnings of $2.10, well above the $1.90 that analysts expected": the
    "that" after a sum opens a relative, not what was reported."""
    found = [s for s, _ in reported("The Harwick Mills company reported earnings of $2.10 a "
                                    "share, well above the $1.90 that analysts expected.")]
    assert "analysts expected" not in found and found and found[0].startswith("earnings")


def test_reply_by_a_gerund():
    """"X responded to criticism by pointing to Y's record": the reply is the statement,
    not what it replied to."""
    assert reported("The Voss campaign has responded to criticism of its budget by pointing "
                    "to the mayor's own record.") == [
        ("pointing to the mayor's own record", "The Voss campaign")]
