"""Stanza run the way attribution needs it: only the processors it uses, in batches.

:class:`StanzaParser` wraps a ``stanza.Pipeline`` built with exactly
tokenize, mwt, pos, lemma, depparse and ner (``package=None`` with an explicit
processors dict, so nothing else of Stanza's default package is loaded) and:

- parses many articles together (``parse_many``: each processor sees the whole
  batch, Stanza's own ``bulk_process``);
- keeps the lemmatizer's answers for words it had to spell out with its
  seq2seq model (``lemma_store_results``): a word is lemmatized once per
  process, with the same result;
- with ``select=True`` (the default), runs pos, lemma and depparse only over the sentences
  that can carry an attribution -- a quote mark, a reporting verb or a cue
  phrase -- while tokenize, mwt and ner see everything (names anywhere in the
  article resolve speakers).  Sentences left out have tokens and entities but
  no tags or parse; attribution treats them as it treats the model-free
  annotator's sentences.

It is a drop-in parser: ``StanzaParser(...)(text)`` returns a Document like
``Pipeline(text)`` does.
"""

from __future__ import annotations

import bisect
import contextlib
import itertools
import re
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

from stanza.models.common.doc import Document

from ..lexicon import CUE_FORMS, PHRASE_CUES
from ..quotes import find_quotes
from ..tokens import split_after_parenthesis
from .stanza_pipeline import PROCESSORS, build_pipeline, default_model_dir, models_available

__all__ = ["StanzaParser", "attribution_sentences"]

_CHEAP = ("tokenize", "mwt")
_SELECTED = ("pos", "lemma", "depparse")
_PHRASES = re.compile(r"\b(?:" + "|".join(re.escape(p) for p in PHRASE_CUES) + r")\b",
                      re.IGNORECASE)


def attribution_sentences(doc: Document, neighbours: int = 0) -> list[int]:
    """Indices of the sentences that can carry an attribution, in order.

    A sentence qualifies when it overlaps a quote (as :func:`find_quotes` sees
    them), holds a word that can cue one (``lexicon.CUE_FORMS``) or a cue
    phrase ("according to"), unless all its words lie inside one quote: the
    frame that attributes a quoted sentence is outside the marks, and no rule
    reads the parse of quoted words.  The ``neighbours`` sentences on each side come along.
    """
    text = doc.text or ""
    quotes = sorted((q.start, q.end) for q in find_quotes(text))
    starts = [a for a, _ in quotes]
    reach = list(itertools.accumulate((b for _, b in quotes), max))  # furthest end so far
    marks = quotes + [(m.start(), m.end()) for m in _PHRASES.finditer(text)]
    marks.sort()
    keep: set[int] = set()
    n = len(doc.sentences)
    k = 0
    for i, sentence in enumerate(doc.sentences):
        tokens = sentence.tokens
        if not tokens:
            continue
        a, b = tokens[0].start_char, tokens[-1].end_char
        words = [t for t in tokens if any(ch.isalnum() for ch in t.text)]
        if words:  # wholly inside a quote: some quote starts before it and reaches past it
            j = bisect.bisect_right(starts, words[0].start_char) - 1
            if j >= 0 and reach[j] >= words[-1].end_char:
                continue
        while k < len(marks) and marks[k][1] <= a:
            k += 1
        hit = k < len(marks) and marks[k][0] < b
        if not hit:
            hit = any(m[0] < b and a < m[1] for m in marks[k:k + 8])
        if not hit:
            hit = any(w.text.lower() in CUE_FORMS for w in sentence.words)
        if hit:
            keep.update(range(max(0, i - neighbours), min(n, i + neighbours + 1)))
    return sorted(_with_split_parts(doc, keep))


def _with_split_parts(doc: Document, keep: set[int]) -> set[int]:
    """``keep`` with the other parts of every sentence a parser split falsely after a
    parenthesis ("Sen. Jane Doe (D-Ore.) | said ..."): attribution reads them as one
    sentence (:func:`quotetrack.tokens.split_after_parenthesis`), parsed or not as a whole."""
    text = doc.text or ""
    groups: list[list[int]] = []
    for i, sentence in enumerate(doc.sentences):
        prev = doc.sentences[i - 1].tokens if i else None
        tokens = sentence.tokens
        if prev and tokens and split_after_parenthesis(
                prev[-1].text, tokens[0].text,
                "\n" not in text[prev[-1].end_char:tokens[0].start_char]):
            groups[-1].append(i)
        else:
            groups.append([i])
    out = set(keep)
    for group in groups:
        if len(group) > 1 and keep.intersection(group):
            out.update(group)
    return out


def _sub_document(doc: Document, indices: Sequence[int]) -> Document:
    """A Document sharing ``doc``'s Sentences at ``indices``: tags set on it land in ``doc``."""
    sub = Document([], text=doc.text)
    sub.sentences = [doc.sentences[i] for i in indices]
    sub._count_words()
    return sub


class StanzaParser:
    """A fast, batched Stanza parser for attribution (see the module docstring).

    Args:
        model_dir: Stanza resources folder (Stanza's default when None).
        nlp: an already built ``stanza.Pipeline`` to use instead.
        select: run pos, lemma and depparse only on sentences that can carry
            an attribution (the default; on PolNeAR dev's parses this changes no
            attribution and leaves out a third of the sentences).
        use_gpu: passed to Stanza.
        threads: torch's intra-op threads while parsing (restored after; None
            leaves torch's setting, one per core).  One is the default: on a
            machine busy with other work torch's threads wait for each other,
            and two ran 2-25x slower than one on a shared 2-core machine, while
            on an idle one they gain at most ~1.7x.  Use worker processes to
            use more cores.
        **kwargs: more ``stanza.Pipeline`` options.
    """

    def __init__(self, model_dir: str | Path | None = None, *, nlp: Any = None,
                 select: bool = True, use_gpu: bool | None = None, threads: int | None = 1,
                 **kwargs: Any) -> None:
        self.select = select
        self.threads = threads
        self.model_dir = str(model_dir) if model_dir else str(default_model_dir())
        if nlp is None:
            import stanza

            if not models_available(self.model_dir):
                build_pipeline(self.model_dir)  # raises FileNotFoundError with the hint
            options: dict[str, Any] = {
                "dir": self.model_dir, "processors": _processors_dict(self.model_dir),
                "package": None, "download_method": None, "logging_level": "WARN",
                "lemma_store_results": True}
            if use_gpu is not None:
                options["use_gpu"] = use_gpu
            options.update(kwargs)
            nlp = stanza.Pipeline("en", **options)
        self.nlp = nlp
        self.config = getattr(nlp, "config", {})
        self.processors = getattr(nlp, "processors", {})

    @property
    def fingerprint(self) -> str:
        """What the parse depends on (for :mod:`quotetrack.parse.cache` keys)."""
        from .cache import parser_fingerprint

        return parser_fingerprint(self.nlp)[:-1] + f', "select": {str(self.select).lower()}}}'

    def __call__(self, text: str) -> Document:
        return self.parse_many([text])[0]

    def bulk_process(self, texts: Iterable[str]) -> list[Document]:
        """The same as :meth:`parse_many` (Stanza's name for it)."""
        return self.parse_many(texts)

    def parse_many(self, texts: Iterable[str]) -> list[Document]:
        """Documents of ``texts``, parsed as one batch."""
        docs = [Document([], text=t) for t in texts]
        if not docs:
            return []
        with _torch_threads(self.threads):
            return self._run(docs)

    def _run(self, docs: list[Document]) -> list[Document]:
        procs = self.nlp.processors
        for name in _CHEAP:
            if name in procs:
                docs = procs[name].bulk_process(docs)
        if self.select:
            subs = [_sub_document(d, attribution_sentences(d)) for d in docs]
        else:
            subs = docs
        work = [s for s in subs if s.sentences]
        for name in _SELECTED:
            if name in procs and work:
                work = procs[name].bulk_process(work)
        if "ner" in procs:
            docs = procs["ner"].bulk_process(docs)
        for doc in docs:  # batches number sentences across documents: each starts at 0
            doc.reindex_sentences(0)
        return docs


@contextlib.contextmanager
def _torch_threads(n: int | None) -> Iterator[None]:
    if n is None:
        yield
        return
    import torch

    before = torch.get_num_threads()
    if before != n:
        torch.set_num_threads(n)
    try:
        yield
    finally:
        if before != n:
            torch.set_num_threads(before)


def _processors_dict(model_dir: str) -> str | dict[str, str]:
    """tokenize..ner with the package each uses in this resources folder, or the plain list."""
    import json

    try:
        res = json.loads((Path(model_dir) / "resources.json").read_text(encoding="utf-8"))
        default = res["en"]["default_processors"]
        return {p: default[p] for p in PROCESSORS.split(",") if p in default} or PROCESSORS
    except (OSError, ValueError, KeyError, TypeError):
        return PROCESSORS
