"""Stance acts, fourth round: a stance verb after "to" whose subject takes the side by a vote,
a decision, a means or an appearance ("voted to endorse", "decided to support", "used her
speech to call for", "appeared on Fox News to defend"), the first of a group named with
its place ("the first member of Congress to endorse"), a poll's "support" the tagger
reads as a noun after a modified subject ("Men under 35 support Doe"), a cue verb's
infinitive inside the object ("for its failure to mention A"), and no stance from the
relative that tells who a quote's speaker is ("“A,” said Jane Roe, who endorsed Doe").

Every text here was written for the test; the rules run on the model-free annotator.
"""

from __future__ import annotations

import pytest
from findings import reported


@pytest.mark.parametrize("text, statement, mention", [
    # a vote, a decision or an agreement to take the side
    ("The union voted to endorse Tom Hale.", "Tom Hale", "The union"),
    ("The city council decided to support the new parking fee.", "the new parking fee",
     "The city council"),
    ("Ann Lee agreed to endorse Tom Hale.", "Tom Hale", "Ann Lee"),
    # the means of the stance: the subject of "used"
    ("Ann Lee used her speech to call for a new school.", "a new school", "Ann Lee"),
    ("Ann Lee used a crude word to describe Tom Hale.", "Tom Hale", "Ann Lee"),
    ("The mayor used much of his time to criticize the press.", "the press", "The mayor"),
    # an appearance or an event held for it
    ("Ann Lee appeared on Fox News to defend the budget.", "the budget", "Ann Lee"),
    ("Ann Lee held a news conference to criticize the council.", "the council", "Ann Lee"),
    # the first of a group named with its place
    ("Ann Lee became the first member of Congress to endorse Tom Hale.", "Tom Hale",
     "Ann Lee"),
    ("Ann Lee was the first Democrat in the House to endorse Tom Hale.", "Tom Hale",
     "Ann Lee"),
])
def test_stance_after_to(text: str, statement: str, mention: str) -> None:
    assert reported(text) == [(statement, mention)]


@pytest.mark.parametrize("text", [
    # no one takes a side: the thing used, a purpose of another, a forecast
    "The money was used to support Tom Hale.",
    "The funds were used by the group to support Tom Hale.",
    "The union gave money to Ann Lee to support Tom Hale.",
    "Ann Lee hired a lawyer to defend the budget.",
    "The union is expected to endorse Tom Hale next week.",
    # the first of a group opening the sentence: the one named after the verb
    "The first member of Congress to endorse Tom Hale was Ann Lee.",
])
def test_no_stance_after_to(text: str) -> None:
    assert reported(text) == []


def test_cue_infinitive_inside_a_stance_object() -> None:
    # "to mention" belongs to the object, and reports no one's words
    text = "Tom Hale went on to criticize the city council for its failure to mention the river."
    assert reported(text) == [
        ("the city council for its failure to mention the river", "Tom Hale")]


@pytest.mark.parametrize("text, statement, mention", [
    # "support" the tagger reads as a noun, after a subject with a modifier or a count
    ("Men under 35 support Tom Hale by 4 points.", "Tom Hale", "Men"),
    ("About 19 percent of students polled support Tom Hale.", "Tom Hale",
     "About 19 percent"),
    ("By a wide margin, young voters support background checks.", "background checks",
     "young voters"),
])
def test_poll_support_read_as_noun(text: str, statement: str, mention: str) -> None:
    assert reported(text) == [(statement, mention)]


@pytest.mark.parametrize("text", [
    "Tom Hale won party support Tuesday.",
    "Tom Hale has 2 percent support among young voters.",
    "The campaign support staff left early.",
    "The plan would shield some groups that support background checks.",
])
def test_support_as_a_noun(text: str) -> None:
    assert reported(text) == []


def test_relative_on_a_quote_speaker_is_no_stance() -> None:
    text = "“We will win,” said Jane Roe, a state senator, who endorsed Tom Hale."
    assert [s for s, _ in reported(text)] == []
    text = "“We will win,” said Jane Roe, who endorsed Tom Hale."
    assert [s for s, _ in reported(text)] == []


def test_relative_elsewhere_keeps_its_stance() -> None:
    assert reported("Jane Roe met Ann Lee, who endorsed Tom Hale.") == [("Tom Hale", "who")]
    found = reported("Jane Roe, who endorsed Tom Hale, said the race was close.")
    assert ("Tom Hale", "who") in found
