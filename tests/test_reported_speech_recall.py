"""Reported (indirect) speech, twelfth round: recall of speech-cue statements, one
regression case per cause fixed on PolNeAR train.

Every text here was written for the test; each shows one pattern from news.  The
surface rules run on the model-free annotator.
"""

from __future__ import annotations

import pytest

import quotetrack


def reported(text: str) -> list[tuple[str, str | None]]:
    """(statement, speaker mention) of each reported statement the rules find."""
    qs = quotetrack.extract(text).quotes
    return [(q.text, q.speaker_mention.text if q.speaker_mention else None)
            for q in qs if q.kind == "indirect"]


@pytest.mark.parametrize("text, statement, mention", [
    # a first-person possessive opens the subject as "his" does
    ("The story never ran. My editor argued the piece was far too kind to the mayor.",
     "the piece was far too kind to the mayor", "My editor"),
    ("Our correspondent reported the bridge had been closed since Monday.",
     "the bridge had been closed since Monday", "Our correspondent"),
])
def test_first_person_possessive_subject(text, statement, mention):
    assert (statement, mention) in reported(text)
