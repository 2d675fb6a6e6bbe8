"""Stance acts: "backs", "backed" and "backing" take a side as "endorsed" does ("Senator
Ann Lee backed Tom Hale", "The union is backing the school levy").  The bare form "back"
is no cue (it is an adverb far more often: "came back"), and these report no stance: a
relative clause set off by commas inside the subject of the sentence's own verb ("Jo
Hale, who backs Tom Reed, warned of a fight": it says who Hale is), evidence that bears
out a claim ("The records backed that up"), a particle of another sense ("backed down"),
a forecast ("would back"), a group named by whom it is for ("a fund backing Hale"), and
a tally of a vote or a poll ("Most members backed the plan", "15 percent backed Reed",
"Two states backed Reed").

Every text here was written for the test.  The surface rules run on the model-free
annotator; the parse rules on a hand-made dependency parse.
"""

from __future__ import annotations

import pytest
from findings import parsed, reported


@pytest.mark.parametrize("text, statement, mention", [
    ("Senator Ann Lee backed Tom Hale.", "Tom Hale", "Senator Ann Lee"),
    ("The teachers union is backing the school levy.", "the school levy",
     "The teachers union"),
    ("Mayor Jo Kent backs a ban on plastic bags.", "a ban on plastic bags", "Mayor Jo Kent"),
    ("Ann Lee had endorsed two other senators before backing Tom Hale.", "Tom Hale",
     "Ann Lee"),
    ("The governor backed the deal, while the speaker opposed it.", "the deal",
     "The governor"),
])
def test_backing_is_a_stance(text: str, statement: str, mention: str) -> None:
    assert (statement, mention) in reported(text)


@pytest.mark.parametrize("text", [
    # the bare form: an adverb or a noun far more often than the verb
    "Ann Lee came back to the city on Friday.",
    "Ann Lee and Tom Hale back the levy.",
    # a particle of another sense
    "Senator Ann Lee backed down.",
    # a forecast of a vote
    "Senator Ann Lee would back Tom Hale.",
    # whom a group is for
    "A fund backing Tom Hale spent two million dollars.",
    # evidence bears out a claim
    "The bank records backed that up.",
    # a tally of a vote or a poll: shares and places
    "Most members backed the levy.",
    "About 15 percent backed Tom Hale.",
    "Two states backed Tom Hale in the primary.",
    "Farm states Iowa and Kansas backed Tom Hale.",
])
def test_no_backing_stance(text: str) -> None:
    assert [s for s, _ in reported(text) if "Hale" in s or "levy" in s or "that" in s] == []


def test_relative_aside_in_the_subject() -> None:
    # "who backs Tom Reed" says who Jo Hale is; her warning is the news
    got = reported("The delegate Jo Hale, who backs Tom Reed, warned of a long fight.")
    assert not any("Tom Reed" in s for s, _ in got)


def test_relative_clause_at_the_end_stays() -> None:
    # a relative clause that closes the sentence: no other verb is the subject's
    got = reported("The mayor thanked black voters, who have long backed her party.")
    assert ("her party", "who") in got


def test_share_of_a_poll_keeps_its_own_statement() -> None:
    # the tally is no statement; the share that says something still speaks
    got = reported("Most members backed the plan, with about three in 10 saying they were "
                   "very worried.")
    assert got == [("they were very worried", "about three in 10")]


def test_a_group_of_voters_takes_a_side() -> None:
    # a group named by who they are, not a share or a place, takes the side
    assert ("Tom Hale", "Black voters") in reported("Black voters backed Tom Hale.")


def test_backed_on_the_parse() -> None:
    text = "The union backed Jane Doe."
    rows = [
        ("The", "the", "DET", 2, "det"),
        ("union", "union", "NOUN", 3, "nsubj"),
        ("backed", "back", "VERB", 0, "root"),
        ("Jane", "Jane", "PROPN", 3, "obj", "B-PERSON"),
        ("Doe", "Doe", "PROPN", 4, "flat", "E-PERSON"),
        (".", ".", "PUNCT", 3, "punct"),
    ]
    assert parsed(text, rows) == [("Jane Doe", "The union")]
