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


@pytest.mark.parametrize("text, statement", [
    ("The mayor told the Harwick Ledger in a story that posted this week that he believes "
     "the port will close.", "he believes the port will close"),
    ("The mayor said in an interview that aired Sunday that the port will close.",
     "the port will close"),
    ("The mayor said in a statement that was released Friday that the port will close.",
     "the port will close"),
])
def test_relative_clause_on_an_adjunct_before_that(text, statement):
    """"said in an interview [that aired Sunday] that A": a "that" right before a verb,
    after the noun of the cue's adjunct, opens a relative clause on the noun; the next
    "that" opens the statement."""
    assert (statement, "The mayor") in reported(text)


def test_that_opening_the_statement_after_an_adjunct_stays():
    """"said in a statement that the port will close": no verb after "that", no relative."""
    assert reported("The mayor said in a statement that the port will close.") == \
        [("the port will close", "The mayor")]


@pytest.mark.parametrize("text, statement, speaker", [
    ("She cared if her ratings (at one point as low as 19%, Marlow says) hurt him.",
     "at one point as low as 19%", "Marlow"),
    ("The toll (about $4 a car, the mayor said) will rise in May.",
     "about $4 a car", "the mayor"),
    ("The plant employs 400 people (most of them from Harwick, the union says).",
     "most of them from Harwick", "the union"),
])
def test_frame_in_brackets(text, statement, speaker):
    """"(A, X says)": a frame that closes brackets credits the words in them, not the
    sentence around them."""
    assert (statement, speaker) in reported(text)


def test_percent_sign_ends_the_statement_before_its_frame():
    """"Sales rose 5%, the firm said.": the sign is the number's, not the frame's comma."""
    assert reported("Sales at the plant rose 5%, the firm said.") == \
        [("Sales at the plant rose 5%", "the firm")]
