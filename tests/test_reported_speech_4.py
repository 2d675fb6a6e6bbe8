"""Reported (indirect) speech, fourteenth round: recall and precision of speech-cue
statements, one regression case per cause fixed on PolNeAR train.

Every text here was written for the test; each shows one pattern from news.  The
surface rules run on the model-free annotator; the parse rules read a hand parse.
"""

from __future__ import annotations

import pytest
from handparse import conllu

import quotetrack


def reported(text: str) -> list[tuple[str, str | None]]:
    """(statement, speaker mention) of each reported statement the rules find."""
    qs = quotetrack.extract(text).quotes
    return [(q.text, q.speaker_mention.text if q.speaker_mention else None)
            for q in qs if q.kind == "indirect"]


def parsed(text: str, rows) -> list[tuple[str, str | None]]:
    """(statement, speaker mention) of each reported statement read from a hand parse."""
    doc = quotetrack.from_conllu(text, conllu(text, [rows]))
    qs = quotetrack.attribute_document(doc).quotes
    return [(q.text, q.speaker_mention.text if q.speaker_mention else None)
            for q in qs if q.kind == "indirect"]


def test_infinitive_cue_with_a_clause_after_an_adjunct():
    """"X replied later Saturday to suggest A": the infinitive's clause (a subject and
    its verb) is what X says; an object alone is not ("to claim the nomination")."""
    assert ("the dispute is a simple misunderstanding", "Counsel Mark Dunne") in reported(
        "Counsel Mark Dunne replied later Saturday to suggest the dispute is a simple "
        "misunderstanding.")
    assert reported("Counsel Mark Dunne flew to Ohio on Saturday to claim the nomination.") == []
