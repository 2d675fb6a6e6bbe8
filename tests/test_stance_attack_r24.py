"""Stance acts: "attacks", "attacked" and "attacking" criticize as "blasted" does ("Senator
Ann Lee attacked Tom Hale", "Lee attacked the plan as a giveaway").  The bare form
"attack" is no cue (a noun far more often: "the attack", "attack ads"), and these report
no criticism: a physical attack (a guard, troops, a place or a weapon in or after the
object: "A man attacked a guard with a knife"), a denial ("has not attacked Hale"), a
relative clause of a thing ("a group that attacks Hale": its ads, not its words) and a
participle that is not set off by a comma nor after an auxiliary ("ads attacking Hale",
"spent May attacking Hale": what an ad or a time is for).

Every text here was written for the test.  The surface rules run on the model-free
annotator; the parse rules on a hand-made dependency parse.
"""

from __future__ import annotations

import pytest
from findings import parsed, reported


@pytest.mark.parametrize("text, statement, mention", [
    ("Senator Ann Lee attacked Tom Hale.", "Tom Hale", "Senator Ann Lee"),
    ("Ann Lee attacked the tax plan as a giveaway to banks.",
     "the tax plan as a giveaway to banks", "Ann Lee"),
    ("The governor attacks the speaker's record on schools.",
     "the speaker's record on schools", "The governor"),
    ("Mayor Jo Kent has been attacking the budget deal.", "the budget deal", "Mayor Jo Kent"),
    ("Ann Lee took the stage on Friday, attacking Tom Hale.", "Tom Hale", "Ann Lee"),
])
def test_attacking_is_criticism(text: str, statement: str, mention: str) -> None:
    assert (statement, mention) in reported(text)


@pytest.mark.parametrize("text", [
    # the noun
    "The attack on the embassy shocked Tom Hale.",
    "Attack ads against Tom Hale ran all week.",
    "Ann Lee and Tom Hale attack the levy.",
    # a physical attack: a guard, troops, a place, a weapon
    "A man attacked a guard outside the bank.",
    "A man attacked Tom Hale with a knife on Friday.",
    "Rebels attacked the town before dawn.",
    "The gunmen attacked Tom Hale's convoy.",
    # a denial
    "Ann Lee has not attacked Tom Hale.",
    # a thing's relative clause and a participle after a noun or a time
    "Donors can give to a group that attacks Tom Hale.",
    "The group ran ads attacking Tom Hale.",
    "The group ran ads backing Ann Lee and attacking Tom Hale.",
    "The group spent May attacking Tom Hale.",
])
def test_no_attack_stance(text: str) -> None:
    assert [s for s, _ in reported(text) if "Hale" in s or "levy" in s] == []


def test_attack_object_ends_before_a_second_verb() -> None:
    # "and even questioned ...": the speaker's second act, not what was attacked
    got = reported("Ann Lee attacked the new budget and even questioned the mayor's motives.")
    assert ("the new budget", "Ann Lee") in got


def test_attack_object_ends_before_a_new_subjects_clause() -> None:
    # "and Mr. Poe has insulted ...": another subject's clause, not what Mr. Roe attacked
    got = reported("In a year in which Mr. Roe has attacked the banks and Mr. Poe has "
                   "insulted farmers, Mrs. Doe has run on a plain message.")
    assert ("the banks", "Mr. Roe") in got


def test_attacked_on_the_parse() -> None:
    text = "The senator attacked Jane Doe."
    rows = [
        ("The", "the", "DET", 2, "det"),
        ("senator", "senator", "NOUN", 3, "nsubj"),
        ("attacked", "attack", "VERB", 0, "root"),
        ("Jane", "Jane", "PROPN", 3, "obj", "B-PERSON"),
        ("Doe", "Doe", "PROPN", 4, "flat", "E-PERSON"),
        (".", ".", "PUNCT", 3, "punct"),
    ]
    assert parsed(text, rows) == [("Jane Doe", "The senator")]


def test_physical_attack_on_the_parse() -> None:
    text = "The man attacked the guard."
    rows = [
        ("The", "the", "DET", 2, "det"),
        ("man", "man", "NOUN", 3, "nsubj"),
        ("attacked", "attack", "VERB", 0, "root"),
        ("the", "the", "DET", 5, "det"),
        ("guard", "guard", "NOUN", 3, "obj"),
        (".", ".", "PUNCT", 3, "punct"),
    ]
    assert parsed(text, rows) == []
