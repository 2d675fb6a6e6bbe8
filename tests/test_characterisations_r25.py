"""Characterisations as reported statements: what a person, group or body calls something
("Senator Ann Lee called the toll a disaster"), calls on someone to do ("called on the
council to act"), sees or views something as ("Residents see the plan as a win") and
expresses ("expressed concern about the toll"), read only in the shape that makes the verb
one; "called a meeting", "saw the fire" and "see you" report nothing.

Every text here was written for the test.  The surface rules run on the model-free
annotator; the parse rules on a hand-made dependency parse.
"""

from __future__ import annotations

import pytest
from findings import parsed, reported

import quotetrack


def reasons(text: str) -> list[tuple[str, str | None, str]]:
    """(statement, speaker mention, reason) of each reported statement."""
    return [(q.text, q.speaker_mention.text if q.speaker_mention else None, q.reason)
            for q in quotetrack.extract(text).quotes if q.kind == "indirect"]


@pytest.mark.parametrize("text, statement, mention, reason", [
    # called + object + what it is called
    ("Senator Ann Lee called the toll a disaster on Monday.",
     "the toll a disaster", "Senator Ann Lee", "X called Y Z"),
    ("Critics call it the end of the old ferry line.",
     "it the end of the old ferry line", "Critics", "X called Y Z"),
    # a reflexive object
    ("In the past, Tom Hale had called himself pro-business.",
     "himself pro-business", "Tom Hale", "X called Y Z"),
    # an adverb before what it is called
    ("The mayor has called the levy deeply flawed.",
     "the levy deeply flawed", "The mayor", "X called Y Z"),
    # a possessive opens the object
    ("She called her budget a gift to the farmers.",
     "her budget a gift to the farmers", "She", "X called Y Z"),
    # called on someone to act
    ("Jo Kent called on the council to delay the vote.",
     "the council to delay the vote", "Jo Kent", "X called on Y to"),
    # see / saw / view X as Y
    ("Many residents see the plan as a win for the town.",
     "the plan as a win for the town", "Many residents", "X sees Y as Z"),
    ("The union saw the deal as a betrayal of its members.",
     "the deal as a betrayal of its members", "The union", "X sees Y as Z"),
    ("Most farmers view Jane Doe as the stronger candidate.",
     "Jane Doe as the stronger candidate", "Most farmers", "X sees Y as Z"),
    # expressed + object
    ("The mayor expressed concern about the budget.",
     "concern about the budget", "The mayor", "X expressed Y"),
    ("Gov. Mark Hill expressed his support for the new bridge.",
     "his support for the new bridge", "Gov. Mark Hill", "X expressed Y"),
])
def test_characterisation(text: str, statement: str, mention: str, reason: str) -> None:
    found = reasons(text)
    assert found and found[0][0] == statement, found
    assert found[0][1] is not None and mention in found[0][1], found
    assert found[0][2] == reason, found


@pytest.mark.parametrize("text", [
    # "called" of another sense: a meeting, a number, a call by phone
    "The chairman called a meeting of the board.",
    "Jo Kent called 911 from the car.",
    "Jo Kent called him Tuesday.",
    "The mayor called a vote the next day.",
    # "see" of sight or of meeting, and "as" of time or comparison
    "Tom Hale saw the fire from his window.",
    "I will see you at the game.",
    "Residents saw the water rise as the storm hit.",
    "We see the same thing as well.",
    # no one who holds a view
    "The storm saw the town as a ruin.",
])
def test_other_senses_report_nothing(text: str) -> None:
    assert reported(text) == [], reported(text)


def test_quoted_name_stays_the_quote() -> None:
    """A quote of what something is called is the quote's, with the caller as its speaker;
    no statement of the object alone."""
    qs = quotetrack.extract("Ann Lee called the toll “a disaster for the town.”").quotes
    assert [(q.kind, q.speaker_mention.text if q.speaker_mention else None) for q in qs] == \
        [("mixed", "Ann Lee")], qs


def test_called_for_stays_a_stance_act() -> None:
    found = reasons("The union called for a ban on overtime.")
    assert found == [("a ban on overtime", "The union", "X criticized Y")], found


def test_view_favorably() -> None:
    found = reported("Most voters view Jane Doe favorably.")
    assert found == [("Jane Doe favorably", "Most voters")], found


def test_characterisation_on_the_parse() -> None:
    text = "Senator Ann Lee sees the toll as a burden on farmers."
    rows = [
        ("Senator", "senator", "PROPN", 3, "compound"),
        ("Ann", "Ann", "PROPN", 3, "compound", "B-PERSON"),
        ("Lee", "Lee", "PROPN", 4, "nsubj", "E-PERSON"),
        ("sees", "see", "VERB", 0, "root"),
        ("the", "the", "DET", 6, "det"),
        ("toll", "toll", "NOUN", 4, "obj"),
        ("as", "as", "ADP", 9, "case"),
        ("a", "a", "DET", 9, "det"),
        ("burden", "burden", "NOUN", 4, "obl"),
        ("on", "on", "ADP", 11, "case"),
        ("farmers", "farmer", "NOUN", 9, "nmod"),
        (".", ".", "PUNCT", 4, "punct"),
    ]
    found = parsed(text, rows)
    assert len(found) == 1 and found[0][0] == "the toll as a burden on farmers", found
    assert found[0][1] is not None and "Lee" in found[0][1], found


def test_called_on_on_the_parse() -> None:
    text = "The union called on the council to act."
    rows = [
        ("The", "the", "DET", 2, "det"),
        ("union", "union", "NOUN", 3, "nsubj"),
        ("called", "call", "VERB", 0, "root"),
        ("on", "on", "ADP", 6, "case"),
        ("the", "the", "DET", 6, "det"),
        ("council", "council", "NOUN", 3, "obl"),
        ("to", "to", "PART", 8, "mark"),
        ("act", "act", "VERB", 3, "xcomp"),
        (".", ".", "PUNCT", 3, "punct"),
    ]
    assert parsed(text, rows) == [("the council to act", "The union")]


def test_described_oneself_as() -> None:
    """"described themselves as": the reflexive opens the statement of "describe", which
    takes no other reflexive ("defended himself")."""
    found = reasons("About two-thirds of the voters described themselves as liberals.")
    assert found == [("themselves as liberals", "About two-thirds of the voters",
                      "X criticized Y")], found
    assert reported("The senator defended himself on Monday.") == []
