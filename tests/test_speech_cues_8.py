"""Reported (indirect) speech, eighteenth round: statements after speech cues that the
rules missed, one regression case per cause fixed on PolNeAR train.

Every text here was written for the test; each shows one pattern from news.
"""

from __future__ import annotations

import pytest
from findings import reported


@pytest.mark.parametrize("text, statement, speaker", [
    ("Some residents say: It is time to leave the valley.",
     "It is time to leave the valley", "Some residents"),
    ("A reporter asked: Did the mayor discuss the bridge tolls?",
     "Did the mayor discuss the bridge tolls", "A reporter"),
    ("The mayor often says: The port is the future of Harwick.",
     "The port is the future of Harwick", "The mayor"),
])
def test_clause_after_a_colon(text, statement, speaker):
    """"X says: A.": a colon after a verb of speech opens the statement even without
    quote marks, as it does a quote."""
    assert (statement, speaker) in reported(text)


@pytest.mark.parametrize("text", [
    "The mayor listed her plans: roads, schools and parks.",
    "The mayor said: roads, schools and parks.",
])
def test_no_clause_after_a_colon(text):
    """A list or a noun phrase after the colon is no statement."""
    assert reported(text) == []


@pytest.mark.parametrize("text, statement, speaker", [
    ("A spokesman for the council did not say when the vote would be held.",
     "when the vote would be held", "A spokesman for the council"),
    ("The spokesman wouldn’t say when, or if, the council will vote on the plan.",
     "when, or if, the council will vote on the plan", "The spokesman"),
    ("The spokesman declined to say when the council will vote on the plan.",
     "when the council will vote on the plan", "The spokesman"),
    ("The spokesman wouldn’t say whether the council will vote on the plan.",
     "whether the council will vote on the plan", "The spokesman"),
])
def test_question_after_a_cue_someone_would_not_say(text, statement, speaker):
    """"X did not say when A", "X declined to say when A": what someone would not say is a
    question left open, as after "asked"; "n’t" with a curly apostrophe negates as "n't"
    does."""
    assert (statement, speaker) in reported(text)


def test_when_after_a_plain_say_is_no_question():
    """"X said when A, B": after a cue that is said, "when" opens a time of the
    statement, not a question."""
    assert ("when the council votes", "The spokesman") not in reported(
        "The spokesman said when the council votes, he will be there.")
