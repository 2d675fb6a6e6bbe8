"""The results quotetrack produces: frozen attrs classes with character offsets.

Every ``start``/``end`` is a Python ``str`` index (code points, end exclusive)
into the text the user gave us, even when the text was cleaned before parsing.
"""

from __future__ import annotations

import json
import operator
import pickle
from collections.abc import Callable
from typing import Any, Literal, TypeVar

import attrs

from ._frozen import fast_frozen_init
from ._memory import paused_gc

_C = TypeVar("_C", bound=type)


def _fields_getter(cls: type) -> Callable[[Any], tuple[Any, ...]]:
    """A function giving an instance's fields as the tuple ``cls(*fields)`` takes back."""
    fields = attrs.fields(cls)
    if any(not f.init or f.kw_only or f.alias != f.name for f in fields):
        raise TypeError(f"{cls.__name__}: every field must be a positional __init__ argument")
    get = operator.attrgetter(*(f.name for f in fields))
    return (lambda self: (get(self),)) if len(fields) == 1 else get


def pickled_by_fields(cls: _C) -> _C:
    """Pickle instances of a frozen attrs class as ``cls(*fields)``.

    attrs pickles a slotted class as a dict of its fields, set back one by one
    in Python; a tuple read by ``operator.attrgetter`` is several times quicker
    both ways and smaller, which is what moving results between worker
    processes costs.
    """
    get = _fields_getter(cls)

    def __reduce__(self: Any) -> tuple[Any, tuple[Any, ...]]:
        return cls, get(self)

    cls.__reduce__ = __reduce__  # type: ignore[assignment]
    return cls


def pickled_whole(cls: _C) -> _C:
    """Pickle instances of a frozen attrs class as one bytes field, with the collector held back.

    A result is tens of small objects per article (each pickled as by
    :func:`pickled_by_fields`); pickling or unpickling a list of results makes
    tuples whose churn sets off collections that rescan everything the process
    holds: on a Dask worker, several times the cost of the pickling itself.
    The fields are pickled apart, inside :func:`~quotetrack._memory.paused_gc`
    (one article's objects, a bounded amount), so whoever pickles a list of
    results -- Dask moving partitions, a process pool, the user -- pays for
    the bytes alone.
    """
    get = _fields_getter(cls)

    def __reduce__(self: Any) -> tuple[Any, tuple[Any, ...]]:
        with paused_gc():
            return _unpickle_whole, (cls, pickle.dumps(get(self), pickle.HIGHEST_PROTOCOL))

    cls.__reduce__ = __reduce__  # type: ignore[assignment]
    return cls


def _unpickle_whole(cls: type, data: bytes) -> Any:
    """An instance pickled by :func:`pickled_whole`."""
    with paused_gc():
        return cls(*pickle.loads(data))


QuoteKind = Literal["direct", "mixed", "indirect"]
EntityType = Literal["PERSON", "ORG", "GPE", "NORP", "GROUP", "UNKNOWN"]

QUOTE_KINDS: tuple[str, ...] = ("direct", "mixed", "indirect")


@pickled_by_fields
@fast_frozen_init
@attrs.frozen
class Span:
    """A stretch of the user's text: ``text`` is its cleaned form."""

    start: int
    end: int
    text: str


@pickled_by_fields
@fast_frozen_init
@attrs.frozen
class Mention:
    """A stretch of text that refers to an entity ("Mike Pompeo", "he", "the secretary").

    ``form`` says what kind of reference it is: ``name``, ``pronoun``, ``role``
    (a title or role noun without a name) or ``noun`` (any other noun phrase).
    """

    start: int
    end: int
    text: str
    form: Literal["name", "pronoun", "role", "noun"] = "name"


@pickled_by_fields
@fast_frozen_init
@attrs.frozen(cache_hash=True)  # its mentions make hashing costly: graph builds hash it often
class Entity:
    """A person, organisation, place or group that the article refers to.

    ``name`` is the fullest name the article gives it; ``aliases`` the other
    names it goes by; ``titles`` the roles it was given ("Secretary of State").
    """

    id: str
    name: str
    type: str = "UNKNOWN"
    aliases: tuple[str, ...] = ()
    titles: tuple[str, ...] = ()
    mentions: tuple[Mention, ...] = ()
    gender: str | None = None
    external_id: str | None = None


@pickled_by_fields
@fast_frozen_init
@attrs.frozen
class Quote:
    """Something somebody said, with its speaker.

    ``kind`` is ``direct`` (a quoted statement), ``mixed`` (quoted words inside
    reported speech) or ``indirect`` (reported speech without quote marks).
    ``speaker_mention`` is the mention the attribution rests on (the "he" of
    "he said"); ``speaker`` is the entity that mention resolves to.
    ``about`` lists the ids of the entities the quote mentions.

    A statement several made together ("Doe and Roe said") has the whole
    coordination as its ``speaker_mention``; ``speaker`` is the first of them
    that resolves (Doe) and ``co_speakers`` the others, in the text's order
    (Roe).  A quote with one speaker has no co-speakers.

    A ``mixed`` quote's ``statement`` is the whole reported clause its quoted words
    are part of ("Kell said [the president still backed the bill and would sign it
    “the day it reaches his desk.”]"): what the speaker said, of which the quote is
    the verbatim part.  Other quotes have none.

    A statement relayed by someone else is credited to the one whose words it holds:
    in '“Talks are a waste of time,” Kim said, state media reported', "Reuters reported
    that Moon said the summit would go ahead" or "Kim said A, according to state media",
    ``speaker``/``speaker_mention`` are Kim or Moon, and ``reported_by`` /
    ``reported_by_mention`` the outlet or person that relays the words (state media,
    Reuters); a reported statement is the inner clause ("the summit would go ahead").
    Quotes not relayed have none ('“A,” Kim told state media': state media is told).
    """

    start: int
    end: int
    text: str
    kind: str = "direct"
    cue: Span | None = None
    speaker: Entity | None = None
    speaker_mention: Mention | None = None
    addressee: Entity | None = None
    addressee_mention: Mention | None = None
    confidence: float = 0.0
    about: tuple[str, ...] = ()
    reason: str = ""
    co_speakers: tuple[Entity, ...] = ()
    statement: Span | None = None
    reported_by: Entity | None = None
    reported_by_mention: Mention | None = None

    @property
    def speakers(self) -> tuple[Entity, ...]:
        """The speaker and the co-speakers, in the text's order (empty without a speaker)."""
        return (self.speaker, *self.co_speakers) if self.speaker is not None else ()

    def to_record(self, doc: str | None = None) -> dict[str, Any]:
        """A flat JSON-ready dict: the ``extract --format jsonl`` row."""
        sm = self.speaker_mention
        rm = self.reported_by_mention
        return {
            "doc": doc,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "kind": self.kind,
            "speaker": self.speaker.name if self.speaker else None,
            "speaker_id": self.speaker.id if self.speaker else None,
            "speaker_type": self.speaker.type if self.speaker else None,
            "speaker_start": sm.start if sm else None,
            "speaker_end": sm.end if sm else None,
            "speaker_mention": sm.text if sm else None,
            "cue": self.cue.text if self.cue else None,
            "cue_start": self.cue.start if self.cue else None,
            "cue_end": self.cue.end if self.cue else None,
            "addressee": self.addressee.name if self.addressee else None,
            "confidence": round(self.confidence, 3),
            "about": list(self.about),
            "reason": self.reason,
            "co_speakers": [e.name for e in self.co_speakers],
            "co_speaker_ids": [e.id for e in self.co_speakers],
            "statement": self.statement.text if self.statement else None,
            "statement_start": self.statement.start if self.statement else None,
            "statement_end": self.statement.end if self.statement else None,
            "reported_by": self.reported_by.name if self.reported_by else None,
            "reported_by_id": self.reported_by.id if self.reported_by else None,
            "reported_by_start": rm.start if rm else None,
            "reported_by_end": rm.end if rm else None,
            "reported_by_mention": rm.text if rm else None,
        }


@pickled_whole
@attrs.frozen
class ArticleResult:
    """The quotes and entities of one article, and the text they point into."""

    text: str
    quotes: tuple[Quote, ...] = ()
    entities: tuple[Entity, ...] = ()
    doc_id: str | None = None
    metadata: dict[str, Any] = attrs.field(factory=dict, hash=False)

    def entity(self, entity_id: str) -> Entity | None:
        """The entity with this id, or None."""
        for ent in self.entities:
            if ent.id == entity_id:
                return ent
        return None

    def records(self) -> list[dict[str, Any]]:
        """One flat dict per quote (see :meth:`Quote.to_record`)."""
        return [q.to_record(self.doc_id) for q in self.quotes]

    def to_jsonl(self) -> str:
        """The records as JSON Lines, one per quote: what ``extract --format jsonl`` writes."""
        return "".join(json.dumps(rec, ensure_ascii=False) + "\n" for rec in self.records())
