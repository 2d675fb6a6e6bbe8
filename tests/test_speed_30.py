"""Round 30 speed work: each faster path gives what the code it replaces gave.

- ``_frozen.fast_frozen_init``: the result classes' ``__init__`` stores each field through
  its slot's setter; parameters, defaults, equality, hash, repr, pickling and the frozen
  error stay attrs' own, and a class it cannot copy exactly keeps attrs' ``__init__``.
- ``Words.lower_words`` / ``Words.inner_capitals``: read with the words, the two sets the
  entity pass built in a pass of its own (``ArticleEntities._opens_without_name``).
"""

from __future__ import annotations

import copy
import inspect
import pickle

import attrs
import pytest

import quotetrack
from quotetrack._frozen import fast_frozen_init
from quotetrack.attribute.results import Attribution, Found
from quotetrack.model import Entity, Mention, Quote, Span
from quotetrack.parse.rules import annotate, annotate_words
from quotetrack.quotes import QuoteSpan
from quotetrack.resolve import ArticleEntities
from quotetrack.tokens import Words

_FAST = (Span, Mention, Entity, Quote, Attribution, Found, QuoteSpan)


def _attrs_twin(cls: type) -> type:
    """The same fields in a plain attrs frozen class (attrs' own ``__init__``)."""
    these = {a.name: attrs.field(default=a.default) if a.default is not attrs.NOTHING
             else attrs.field() for a in attrs.fields(cls)}
    return attrs.make_class(cls.__name__ + "Twin", these, frozen=True, slots=True,
                            cache_hash=cls.__dict__.get("_attrs_cached_hash") is not None)


@pytest.mark.parametrize("cls", _FAST, ids=lambda c: c.__name__)
def test_fast_init_has_attrs_parameters(cls: type) -> None:
    assert cls.__init__.__code__.co_filename.startswith("<fast_frozen_init")
    twin = _attrs_twin(cls)
    ours = inspect.signature(cls).parameters
    theirs = inspect.signature(twin).parameters
    assert list(ours) == list(theirs)
    assert [p.default for p in ours.values()] == [p.default for p in theirs.values()]
    assert [p.kind for p in ours.values()] == [p.kind for p in theirs.values()]


def test_fast_init_objects_behave_as_before() -> None:
    m = Mention(3, 10, "Ann Lee")
    assert (m.start, m.end, m.text, m.form) == (3, 10, "Ann Lee", "name")
    assert m == Mention(start=3, end=10, text="Ann Lee", form="name")
    assert repr(m) == "Mention(start=3, end=10, text='Ann Lee', form='name')"
    e = Entity("e1", "Ann Lee", "PERSON", mentions=(m,))
    assert hash(e) == hash(Entity("e1", "Ann Lee", "PERSON", mentions=(m,)))
    assert e._attrs_cached_hash is not None  # (cache_hash: kept once asked)
    assert pickle.loads(pickle.dumps(e)) == e and copy.deepcopy(e) == e
    assert attrs.evolve(e, name="A. Lee").name == "A. Lee"
    q = Quote(0, 5, "“Hi.”", speaker=e, speaker_mention=m, reason="after")
    assert q.kind == "direct" and q.about == () and q.co_speakers == ()
    assert q.to_record()["speaker"] == "Ann Lee"
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        m.text = "Bo"  # type: ignore[misc]
    with pytest.raises(TypeError):
        Mention(1, 2)  # type: ignore[call-arg]
    with pytest.raises(TypeError):
        Span(1, 2, "x", "y")  # type: ignore[call-arg]
    f = Found(0, 4, "direct", Attribution((1, 2), (2, 3), confidence=0.5))
    assert f.statement is None and f.attribution.reason == "" and f.attribution.confidence == 0.5
    qs = QuoteSpan(0, 6, "“", "”")
    assert (qs.continued, qs.depth, qs.content_start, qs.content_end) == (False, 0, 1, 5)


def test_fast_init_leaves_classes_it_cannot_copy() -> None:
    @fast_frozen_init
    @attrs.frozen
    class WithFactory:
        x: int
        y: list[int] = attrs.Factory(list)

    @fast_frozen_init
    @attrs.frozen
    class WithValidator:
        x: int = attrs.field(validator=attrs.validators.instance_of(int))

    @fast_frozen_init
    @attrs.frozen
    class WithPrivate:
        _x: int = 0

    for cls in (WithFactory, WithValidator, WithPrivate):
        assert cls.__init__.__code__.co_filename.startswith("<attrs generated")
    assert WithFactory(1).y == [] and WithFactory(1).y is not WithFactory(1).y
    with pytest.raises(TypeError):
        WithValidator("no")  # type: ignore[arg-type]
    assert WithPrivate(x=2)._x == 2


_TEXTS = [
    "Research shows the research holds. Tester voted no, said Tester, a senator.\n\n"
    "Budget talks stalled. The Budget Office said it DON’T know. “We will see,” "
    "Ann Lee said.",
    "Analysis suggests costs rise.\nWalking to the car, Mayor Tom Roe said the city "
    "would vote. Nobody opposed him. Polling shows Roe ahead, Polling Director Jo Kim said.",
]


def _old_sets(words: Words) -> tuple[set[str], set[str]]:
    """The pass the entity pass made: lower-case words, and the lower forms of words
    capitalised other than as a sentence's first."""
    lower_words: set[str] = set()
    inner_capitals: set[str] = set()
    firsts = {s[0] for s in words.sentences if s}
    for x in words.words:
        if x.text.islower():
            lower_words.add(x.text)
        elif x.text[:1].isupper() and x.i not in firsts:
            inner_capitals.add(x.lower)
    return lower_words, inner_capitals


@pytest.mark.parametrize("text", _TEXTS)
def test_word_sets_read_with_the_words(text: str) -> None:
    rows = annotate_words(text)
    assert rows is not None
    for words in (Words(annotate(text)), rows):
        assert (words.lower_words, words.inner_capitals) == _old_sets(words)
        ents = ArticleEntities(words)
        assert ents._lower_words is words.lower_words
        assert ents._inner_capitals is words.inner_capitals
    words = Words(annotate(_TEXTS[0]))
    assert "research" in words.lower_words and "research" not in words.inner_capitals
    assert "budget" in words.inner_capitals and "tester" in words.inner_capitals


def test_respelt_negation_kept_in_its_rule_spelling() -> None:
    words = Words(annotate(_TEXTS[0]))
    assert any(w.text == "N’T" for w in words.words)  # ("DON’T": "DO" "N’T")
    assert "n't" in words.inner_capitals and "n’t" not in words.inner_capitals
    assert (words.lower_words, words.inner_capitals) == _old_sets(words)


def test_openers_still_name_no_one() -> None:
    """The rules reading the sets: "Research shows" and "Polling shows" open a sentence and
    name no one; the speakers are found."""
    result = quotetrack.QuoteTracker(backend="rules")(_TEXTS[0] + "\n\n" + _TEXTS[1])
    names = {e.name for e in result.entities}
    assert "Research" not in names and "Polling" not in names and "Analysis" not in names
    speakers = {q.speaker.name for q in result.quotes if q.speaker is not None}
    assert "Ann Lee" in speakers
