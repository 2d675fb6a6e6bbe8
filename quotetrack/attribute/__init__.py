"""Cues and speaker mentions: who is credited with each quote, and by which words.

Rules work on :class:`~quotetrack.tokens.Words`, so they run the same on a
Document from Stanza, from CoNLL-U or from the model-free annotator.  Surface
patterns always run ("X said", "said X", "X told Y:", "according to X");
when the Document has a dependency parse, the cue's subject and clausal
complement from the parse are preferred.

All offsets here are into the text the Document was built from; the pipeline
maps them back to the user's text.

The package: :mod:`.words` holds the word sets, constants and word predicates,
:mod:`.results` :class:`Attribution` and :class:`Found`; :class:`Attributor` is built
in layers, each the base class of the next: :mod:`.mentions`, :mod:`.subjects`,
:mod:`.coordination`, :mod:`.direct`, :mod:`.spans`, :mod:`.reported_surface`,
:mod:`.reported`.
"""

from __future__ import annotations

from .reported import _ReportedSpeech
from .results import Attribution, Found
from .words import (
    _QUOTE_CUE_FORMS,
    _REPORTED_TRIGGER_FORMS,
    _TOPIC_PARTICIPLES,
    CRY_OF_X,
    CRY_REASON,
    PERSON_GOES_ON,
    PERSON_OPEN,
    POLL_FINDING_REASON,
    REFUSAL_REASON,
    is_cue_word,
    is_title,
)


class Attributor(_ReportedSpeech):
    """Finds quotes, reported speech and their speakers in one Document."""


__all__ = [
    "Attributor",
    "Attribution",
    "CRY_OF_X",
    "CRY_REASON",
    "REFUSAL_REASON",
    "Found",
    "PERSON_GOES_ON",
    "PERSON_OPEN",
    "POLL_FINDING_REASON",
    "_QUOTE_CUE_FORMS",
    "_REPORTED_TRIGGER_FORMS",
    "_TOPIC_PARTICIPLES",
    "is_cue_word",
    "is_title",
]
