"""Stance acts, third round: a side not taken is still a stance ("Ann Lee has not endorsed
Tom Hale"), and a stance verb after "to" whose subject takes or holds back from the side
("refused to endorse", "went on to criticize", "was quick to praise", "has yet to endorse",
"the first senator to endorse"); a forecast, a wish or a duty takes none ("plans to
endorse", "had to defend"), nor does a refusal to back no one in particular ("has not
endorsed a candidate").

Every text here was written for the test.  The surface rules run on the model-free
annotator; the parse rules on a hand-made dependency parse.
"""

from __future__ import annotations

import pytest
from findings import parsed, reported


@pytest.mark.parametrize("text, statement, mention", [
    # a negated stance: the side not taken
    ("Senator Ann Lee has not endorsed Tom Hale.", "Tom Hale", "Senator Ann Lee"),
    ("Senator Ann Lee hasn't endorsed Tom Hale.", "Tom Hale", "Senator Ann Lee"),
    ("The mayor did not support the new parking fee.", "the new parking fee", "The mayor"),
    ("The governor did not directly criticize the water board.", "the water board",
     "The governor"),
    ("The union has not endorsed anyone in the race.", "anyone in the race", "The union"),
])
def test_negated_stance(text: str, statement: str, mention: str) -> None:
    assert reported(text) == [(statement, mention)]


@pytest.mark.parametrize("text, statement, mention", [
    # the subject of a verb or adjective of taking (or holding back from) a side
    ("Ann Lee refused to endorse Tom Hale.", "Tom Hale", "Ann Lee"),
    ("The mayor went on to criticize the water board.", "the water board", "The mayor"),
    ("The council was quick to praise the new library.", "the new library", "The council"),
    ("Ann Lee has yet to endorse Tom Hale.", "Tom Hale", "Ann Lee"),
    ("The mayor seemed to blame the water board for the delay.",
     "the water board for the delay",
     "The mayor"),
    ("The governor tried to defend the budget cuts.", "the budget cuts", "The governor"),
    # the one first in taking it: the copula's subject
    ("Ann Lee was the first senator to endorse Tom Hale.", "Tom Hale", "Ann Lee"),
    ("Ann Lee is one of the earliest senators to endorse Tom Hale.", "Tom Hale", "Ann Lee"),
])
def test_stance_after_to(text: str, statement: str, mention: str) -> None:
    assert reported(text) == [(statement, mention)]


@pytest.mark.parametrize("text", [
    # a forecast or a wish: no side taken yet
    "Ann Lee plans to endorse Tom Hale.",
    "The union is expected to endorse Tom Hale next week.",
    "The mayor wants to support the new parking fee.",
    # a duty, not a choice
    "Ann Lee had to defend the budget cuts.",
    "I have to thank the volunteers.",
    # a last chance is no one's stance
    "It was her last chance to defend the budget cuts.",
    # a refusal to back no one in particular
    "The union has not endorsed a candidate.",
    "The teachers didn't endorse a candidate in the primary.",
])
def test_no_stance_after_to_or_not(text: str) -> None:
    assert reported(text) == []


def test_negated_stance_on_the_parse() -> None:
    text = "The union has not endorsed Jane Doe."
    rows = [
        ("The", "the", "DET", 2, "det"),
        ("union", "union", "NOUN", 5, "nsubj"),
        ("has", "have", "AUX", 5, "aux"),
        ("not", "not", "PART", 5, "advmod"),
        ("endorsed", "endorse", "VERB", 0, "root"),
        ("Jane", "Jane", "PROPN", 5, "obj", "B-PERSON"),
        ("Doe", "Doe", "PROPN", 6, "flat", "E-PERSON"),
        (".", ".", "PUNCT", 5, "punct"),
    ]
    assert parsed(text, rows) == [("Jane Doe", "The union")]


def test_refused_to_endorse_on_the_parse() -> None:
    text = "The union refused to endorse Jane Doe."
    rows = [
        ("The", "the", "DET", 2, "det"),
        ("union", "union", "NOUN", 3, "nsubj"),
        ("refused", "refuse", "VERB", 0, "root"),
        ("to", "to", "PART", 5, "mark"),
        ("endorse", "endorse", "VERB", 3, "xcomp"),
        ("Jane", "Jane", "PROPN", 5, "obj", "B-PERSON"),
        ("Doe", "Doe", "PROPN", 6, "flat", "E-PERSON"),
        (".", ".", "PUNCT", 3, "punct"),
    ]
    assert parsed(text, rows) == [("Jane Doe", "The union")]


def test_plans_to_endorse_on_the_parse() -> None:
    text = "The union plans to endorse Jane Doe."
    rows = [
        ("The", "the", "DET", 2, "det"),
        ("union", "union", "NOUN", 3, "nsubj"),
        ("plans", "plan", "VERB", 0, "root"),
        ("to", "to", "PART", 5, "mark"),
        ("endorse", "endorse", "VERB", 3, "xcomp"),
        ("Jane", "Jane", "PROPN", 5, "obj", "B-PERSON"),
        ("Doe", "Doe", "PROPN", 6, "flat", "E-PERSON"),
        (".", ".", "PUNCT", 3, "punct"),
    ]
    assert parsed(text, rows) == []
