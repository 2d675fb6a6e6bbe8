"""Stance acts, second round: a gerund as the object of a stance verb ("Most growers
support raising the levy"), and the sides not yet taken: a modal's forecast ("The union may
endorse Doe") and a participle that says whom a group is for ("a fund supporting Doe").

Every text here was written for the test.  The surface rules run on the model-free
annotator; the parse rules on a hand-made dependency parse.
"""

from __future__ import annotations

import pytest
from findings import parsed, reported


@pytest.mark.parametrize("text, statement, mention", [
    # a gerund object, and one after an adverb
    ("Senator Ann Lee has opposed raising the fuel tax.",
     "raising the fuel tax", "Senator Ann Lee"),
    ("The growers have opposed temporarily closing the canal.",
     "temporarily closing the canal", "The growers"),
    # "support" read as a noun by a tagger, before a gerund; the time ends the object
    ("Most growers support closing the canal in winter.",
     "closing the canal", "Most growers"),
    ("The council endorsed hiring more bus drivers last week.",
     "hiring more bus drivers", "The council"),
])
def test_stance_object(text: str, statement: str, mention: str) -> None:
    found = reported(text)
    assert found and found[0][0] == statement, found
    assert found[0][1] is not None and mention in found[0][1], found


@pytest.mark.parametrize("text", [
    # a forecast after a modal: no side taken yet
    "The union may well endorse Tom Hale next month.",
    "Ann Lee would support the bill if it passed the House.",
    "The mayor will oppose any new fee on parking.",
    # a participle after a noun says whom the group or thing is for
    "A fund supporting Tom Hale spent two million dollars on the race.",
    "The city banned signs opposing the new stadium.",
    # a gerund with nothing after it, or a participle set off by a comma, is no object
    "The plan is one the mayor supports, pending review.",
])
def test_no_stance_taken(text: str) -> None:
    assert reported(text) == [], reported(text)


@pytest.mark.parametrize("text, statement, mention", [
    # "'d" before a past participle is "had": a side taken
    ("The mayor, who'd previously endorsed Ann Lee, said little on Monday.",
     "Ann Lee", "who"),
    # "can" states a side
    ("The mayor can support either of the two plans.",
     "either of the two plans", "The mayor"),
    # other stance verbs keep their modal ("may blame": a stance of its own)
    ("Both parties may blame the drought for the losses.",
     "the drought for the losses", "Both parties"),
    # a participle after a comma, or after an auxiliary, takes a side
    ("The union is supporting Jane Doe in the primary.",
     "Jane Doe in the primary", "The union"),
    ("Tom Hale spoke for an hour, defending the new budget.",
     "the new budget", "Tom Hale"),
])
def test_side_taken(text: str, statement: str, mention: str) -> None:
    found = reported(text)
    assert any(s == statement and m is not None and mention in m for s, m in found), found


def test_gerund_object_on_the_parse() -> None:
    text = "The union opposed closing the plant."
    rows = [
        ("The", "the", "DET", 2, "det"),
        ("union", "union", "NOUN", 3, "nsubj"),
        ("opposed", "oppose", "VERB", 0, "root"),
        ("closing", "close", "VERB", 3, "xcomp"),
        ("the", "the", "DET", 6, "det"),
        ("plant", "plant", "NOUN", 4, "obj"),
        (".", ".", "PUNCT", 3, "punct"),
    ]
    assert parsed(text, rows) == [("closing the plant", "The union")]


def test_modal_on_the_parse() -> None:
    text = "The union would endorse Jane Doe."
    rows = [
        ("The", "the", "DET", 2, "det"),
        ("union", "union", "NOUN", 4, "nsubj"),
        ("would", "would", "AUX", 4, "aux"),
        ("endorse", "endorse", "VERB", 0, "root"),
        ("Jane", "Jane", "PROPN", 4, "obj", "B-PERSON"),
        ("Doe", "Doe", "PROPN", 5, "flat", "E-PERSON"),
        (".", ".", "PUNCT", 4, "punct"),
    ]
    assert parsed(text, rows) == []


def test_stance_participle_in_the_subject_gives_no_statement():
    """'Critics denouncing the plan grew louder': the participle sits in the sentence's
    subject, and its object would run on into the main verb; after a verb it is read."""
    from quotetrack import extract

    def statements(text):
        return [q.text for q in extract(text).quotes if q.kind == "indirect"]

    assert statements("Critics denouncing the new toll plan grew louder on Friday.") == []
    assert statements("Officials citing the budget left the meeting early.") == []
    assert "the new toll plan" in statements(
        "The council approved a resolution condemning the new toll plan.")
