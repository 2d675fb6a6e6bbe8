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
