"""Reported (indirect) speech, nineteenth round: statements after speech cues that the
rules missed, one regression case per cause fixed on PolNeAR train.

Every text here was written for the test; each shows one pattern from news.
"""

from __future__ import annotations

import pytest
from findings import parsed, reported


@pytest.mark.parametrize("text, statement, speaker", [
    ("The Harwick Reserve held rates on Friday but signalled that cuts could come in June.",
     "cuts could come in June", "The Harwick Reserve"),
    ("Union leaders have signaled that they will accept the offer.",
     "they will accept the offer", "Union leaders"),
])
def test_signalled_that(text, statement, speaker):
    """"X signalled that A": a signal with a clause reports what X let be known."""
    assert (statement, speaker) in reported(text)


def test_signalled_an_object_is_no_statement():
    """"signalled its support for A": an object, no clause, is no statement."""
    assert reported("The Harwick Reserve signalled its support for the plan.") == []


#: "Union leaders signaled that they will accept the offer.", as a parser reads it.
_SIGNAL_ROWS = [
    ("Union", "union", "NOUN", 2, "compound"),
    ("leaders", "leader", "NOUN", 3, "nsubj"),
    ("signaled", "signal", "VERB", 0, "root"),
    ("that", "that", "SCONJ", 7, "mark"),
    ("they", "they", "PRON", 7, "nsubj"),
    ("will", "will", "AUX", 7, "aux"),
    ("accept", "accept", "VERB", 3, "ccomp"),
    ("the", "the", "DET", 9, "det"),
    ("offer", "offer", "NOUN", 7, "obj"),
    (".", ".", "PUNCT", 3, "punct"),
]


def test_signalled_that_on_a_parse():
    """The parsed path reads "signaled" with its clause as the default path does."""
    assert ("they will accept the offer", "Union leaders") in parsed(
        "Union leaders signaled that they will accept the offer.", _SIGNAL_ROWS)
