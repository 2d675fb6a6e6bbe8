"""Reported (indirect) speech, fourteenth round: recall and precision of speech-cue
statements, one regression case per cause fixed on PolNeAR train.

Every text here was written for the test; each shows one pattern from news.  The
surface rules run on the model-free annotator; the parse rules read a hand parse.
"""

from __future__ import annotations

import pytest
from findings import parsed, reported


def test_infinitive_cue_with_a_clause_after_an_adjunct():
    """"X replied later Saturday to suggest A": the infinitive's clause (a subject and
    its verb) is what X says; an object alone is not ("to claim the nomination")."""
    assert ("the dispute is a simple misunderstanding", "Counsel Mark Dunne") in reported(
        "Counsel Mark Dunne replied later Saturday to suggest the dispute is a simple "
        "misunderstanding.")
    assert reported("Counsel Mark Dunne flew to Ohio on Saturday to claim the nomination.") == []


def test_noted_object():
    """"X noted the sparse attendance": "note" takes what was remarked on as its object,
    as "mention" does, and the object ends before a second verb of the subject."""
    assert ("the sparse attendance", "The Ledger") in reported(
        "The Ledger also noted the sparse attendance.")
    assert ("the rising costs", "Mayor Ann Voss") in reported(
        "Mayor Ann Voss noted the rising costs and left the hall early.")


@pytest.mark.parametrize("text, statement, mention", [
    # a possessive name opens the object of an object cue
    ("Ann Voss acknowledged Tom Reed's success.", "Tom Reed's success", "Ann Voss"),
    ("The Ledger first reported Reed's decision.", "Reed's decision", "The Ledger"),
    # a name after "mention" is what was mentioned, up to a second verb
    ("Ann Voss never mentioned Tom Reed by name.", "Tom Reed by name", "Ann Voss"),
    ("Ann Voss mentioned Ohio five times and blamed the press.", "Ohio five times",
     "Ann Voss"),
])
def test_named_object_of_an_object_cue(text, statement, mention):
    assert (statement, mention) in reported(text)


def test_name_opening_a_clause_is_no_object():
    # "mentioned Reed would run": the name is the clause's subject; the clause is reported
    assert ("Tom Reed would run", "Ann Voss") in reported("Ann Voss mentioned Tom Reed would run.")


@pytest.mark.parametrize("text, statement", [
    ("Gov. Ann Voss has proposed taxing carbon emissions.", "taxing carbon emissions"),
    ("Gov. Ann Voss also suggested delaying the vote until after the election.",
     "delaying the vote until after the election"),
])
def test_gerund_proposal(text, statement):
    """"X proposed taxing carbon": the gerund's clause is the proposal."""
    assert (statement, "Gov. Ann Voss") in reported(text)


@pytest.mark.parametrize("text", [
    "Voters met on Monday. He campaigned in Maine and Vermont, states that vote in March.",
    "Voters met on Monday. Most Southern states that vote in March have large cities.",
    "Voters met on Monday. Back in 1988, Rust Belt states Indiana and Ohio backed Mr. Reed.",
])
def test_plural_noun_states_is_no_cue(text):
    """"Vermont, states that vote in March", "Rust Belt states": the plural noun, not the
    verb (a capitalised word before it is a place's, not a speaker's)."""
    assert reported(text) == []


def test_verb_states_keeps_its_clause():
    assert ("courts should not rule late", "Judge Tom Reed") in reported(
        "Voters met. Judge Tom Reed states that courts should not rule late.")
    assert ("courts should not rule late", "The law") in reported(
        "Voters met. The law states that courts should not rule late.")


def test_parse_plural_noun_states_is_no_cue():
    """A parse that reads "states" after an adjective as the verb of a clause."""
    text = "Coastal states swing toward Democrats."
    rows = [("Coastal", "coastal", "ADJ", 2, "nsubj", "O"),
            ("states", "state", "VERB", 0, "root", "O"),
            ("swing", "swing", "VERB", 2, "ccomp", "O"),
            ("toward", "toward", "ADP", 5, "case", "O"),
            ("Democrats", "Democrats", "PROPN", 3, "obl", "S-NORP"),
            (".", ".", "PUNCT", 2, "punct", "O")]
    assert parsed(text, rows) == []
