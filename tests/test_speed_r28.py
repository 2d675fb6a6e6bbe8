"""Attribution speed, twenty-eighth round (h60-spd): what the interpreter-level speed-up
relies on, on short invented texts.

CPython (3.11+) keeps an instance's attributes in a compact array whose keys all instances
of a class share, and specialises ``self.x`` and ``self.method(...)`` for it.  The first use
of an instance's ``__dict__`` (which ``functools.cached_property`` writes to) gives that
instance a dict of its own, and every attribute and method read of it then takes a slower,
dict-based path.  :class:`quotetrack._lazy.lazy_attribute` keeps a computed index as a
plain attribute (``setattr``) instead; the Attributor's three lazy indexes use it.  The
checks here: the descriptor computes once and stores through ``setattr``; the indexes hold
what a fresh scan gives; no module of the attribution path uses ``cached_property``; the
per-article objects keep under the 30 attributes a shared key table holds; and the
quotes found are the same whichever descriptor holds the indexes.  Also
:meth:`Words.children` reads the sentence's dependents itself (the same lists as
:meth:`Words.dependents_in`).
"""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Any

import pytest
from handparse import conllu, spec_rows

import quotetrack
from quotetrack import pipeline
from quotetrack._lazy import lazy_attribute
from quotetrack.attribute import Attributor
from quotetrack.attribute.reported_surface import _SurfaceReported
from quotetrack.attribute.words import is_cue_word
from quotetrack.parse.rules import annotate
from quotetrack.quotes import find_quotes
from quotetrack.resolve import ArticleEntities
from quotetrack.tokens import Words

_PACKAGE = Path(quotetrack.__file__).resolve().parent
_LAZY_NAMES = ("_surface_trigger_index", "_cue_index", "_asked_index")

_TEXTS = [
    "Mayor Ann Lee said the bridge would reopen in May. “We are on schedule,” she added.",
    "The council voted 5-2 on Tuesday. Asked about the delay, Tom Reed said costs rose, "
    "and workers claimed they were owed pay. “It is a mess,” Reed told reporters.",
    "According to the county clerk, turnout was low. Critics argued the rules confused "
    "voters, while the clerk insisted that every ballot counted.",
    "“No comment,” a spokeswoman said. Residents, however, said the plant smelled, and "
    "the company denied it, calling the complaints “overblown.”",
]

# "Neighbors say A, and the town sued, saying B" with a parse (a cue of the parse and one
# of the surface rules in one window)
_SUED = "Neighbors say the mill is loud, and the town sued, saying it broke the rules."
_SUED_ROWS = (
    "Neighbors/NOUN/2/nsubj say/VERB/0/root the/DET/4/det mill/NOUN/6/nsubj is/AUX/6/cop "
    "loud/ADJ/11/advcl ,/PUNCT/6/punct and/CCONJ/11/cc the/DET/10/det town/NOUN/11/nsubj "
    "sued/VERB/2/conj ,/PUNCT/13/punct saying/VERB/11/advcl it/PRON/15/nsubj "
    "broke/VERB/13/ccomp the/DET/17/det rules/NOUN/15/obj ./PUNCT/2/punct")


def _rows(result: quotetrack.ArticleResult) -> list[tuple[Any, ...]]:
    return [(q.text, q.kind, q.speaker_mention.text if q.speaker_mention else None,
             q.cue.text if q.cue else None, q.reason) for q in result.quotes]


class _Recorder:
    """An object whose attribute writes are recorded."""

    def __init__(self) -> None:
        object.__setattr__(self, "writes", [])
        object.__setattr__(self, "runs", 0)

    def __setattr__(self, name: str, value: Any) -> None:
        self.writes.append(name)
        object.__setattr__(self, name, value)

    @lazy_attribute
    def total(self) -> list[int]:
        """A value worth keeping."""
        object.__setattr__(self, "runs", self.runs + 1)
        return [1, 2, 3]


def test_lazy_attribute_computes_once_and_stores_through_setattr():
    r = _Recorder()
    first = r.total
    assert first == [1, 2, 3] and r.runs == 1
    assert r.writes == ["total"]  # stored with setattr, not written into __dict__
    assert r.total is first and r.runs == 1  # a plain attribute from now on
    assert isinstance(_Recorder.total, lazy_attribute)  # the descriptor on the class
    assert _Recorder.__dict__["total"].__doc__ == "A value worth keeping."
    assert _Recorder.__dict__["total"].name == "total"


def test_a_value_set_before_the_first_read_wins():
    r = _Recorder()
    r.total = [9]
    assert r.total == [9] and r.runs == 0


def test_the_attributor_indexes_hold_what_a_fresh_scan_gives():
    text = ("Asked about the plan, Jane Doe said it was dead. Tom Reed, who was not asked, "
            "claimed the vote was close and dubbed it a farce. The pier reopened.")
    words = Words(annotate(text))
    att = Attributor(words, find_quotes(text))
    assert att._surface_trigger_index is words.trigger_index
    assert att._cue_index == [i for i in words.trigger_index if is_cue_word(words.words[i])]
    assert [words.words[i].text for i in att._asked_index] == ["Asked", "asked"]
    for name in _LAZY_NAMES:
        # read once: the same object again, kept on the instance
        assert getattr(att, name) is getattr(att, name)
        assert name in vars(att)
        assert isinstance(vars(_SurfaceReported)[name], lazy_attribute)


def test_no_cached_property_on_the_attribution_path():
    """Each would give its instance a dict of its own on the first read (see the module
    docstring): the attribute package, the resolver, the words and the pipeline use
    ``lazy_attribute``."""
    files = [*sorted((_PACKAGE / "attribute").glob("*.py")),
             *(_PACKAGE / name for name in ("resolve.py", "tokens.py", "pipeline.py",
                                            "quotes.py", "clean.py"))]
    for path in files:
        assert "cached_property" not in path.read_text(encoding="utf-8"), path.name


def _article_objects(monkeypatch: pytest.MonkeyPatch, text: str, parsed: bool
                     ) -> list[Any]:
    """The Words, Attributor and ArticleEntities of one article's attribution."""
    made: list[Any] = []

    def keep(cls: type) -> None:
        init = cls.__init__

        def wrapped(self: Any, *args: Any, **kwargs: Any) -> None:
            init(self, *args, **kwargs)
            made.append(self)
        monkeypatch.setattr(cls, "__init__", wrapped)

    keep(Attributor)
    keep(ArticleEntities)
    if parsed:
        doc = quotetrack.from_conllu(_SUED, conllu(_SUED, [spec_rows(_SUED_ROWS)]))
        words = Words(doc)
        pipeline._attribute_words(words, None, None, None)
        made.append(words)
    else:
        quotetrack.QuoteTracker(backend="rules")(text)
    return made


@pytest.mark.parametrize("parsed", [False, True])
def test_the_article_objects_fit_a_shared_key_table(monkeypatch, parsed):
    """At most 30 attributes each (CPython's limit for keys shared by a class's
    instances), after every rule and lazy index has run: a new attribute past it would
    give the instance a dict of its own."""
    objs = _article_objects(monkeypatch, _TEXTS[1], parsed)
    kinds = {type(o).__name__ for o in objs}
    assert {"Attributor", "ArticleEntities"} <= kinds
    for o in objs:
        assert len(vars(o)) <= 30, type(o).__name__


@pytest.mark.parametrize("text", _TEXTS)
def test_quotes_are_the_same_with_cached_property(monkeypatch, text):
    """The same quotes, speakers, cues and reasons whether the indexes are kept by
    ``lazy_attribute`` or by ``functools.cached_property`` (the base's)."""
    tracker = quotetrack.QuoteTracker(backend="rules")
    lazy = _rows(tracker(text))
    assert lazy  # every text has quotes to compare
    for name in _LAZY_NAMES:
        cp = functools.cached_property(vars(_SurfaceReported)[name].func)
        cp.__set_name__(_SurfaceReported, name)
        monkeypatch.setattr(_SurfaceReported, name, cp)
    assert _rows(tracker(text)) == lazy


def test_parsed_quotes_are_the_same_with_cached_property(monkeypatch):
    def run() -> list[tuple[Any, ...]]:
        doc = quotetrack.from_conllu(_SUED, conllu(_SUED, [spec_rows(_SUED_ROWS)]))
        return _rows(quotetrack.attribute_document(doc))
    lazy = run()
    assert [(r[2], r[3]) for r in lazy] == [("Neighbors", "say"), ("the town", "saying")]
    for name in _LAZY_NAMES:
        cp = functools.cached_property(vars(_SurfaceReported)[name].func)
        cp.__set_name__(_SurfaceReported, name)
        monkeypatch.setattr(_SurfaceReported, name, cp)
    assert run() == lazy


def test_children_reads_the_dependents_of_its_sentence():
    doc = quotetrack.from_conllu(_SUED, conllu(_SUED, [spec_rows(_SUED_ROWS)]))
    words = Words(doc)
    for w in words.words:  # asked before dependents_in built the sentence's index
        assert [x.i for x in words.children(w)] == [x.i for x in words.words if x.head == w.i]
    assert all(words.children(w) is words.dependents_in(w.sent).get(w.i, ())
               for w in words.words)
    say = words.words[1]
    assert [x.text for x in words.children(say)] == ["Neighbors", "sued", "."]
