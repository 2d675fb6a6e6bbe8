"""Many articles at once: batches, worker processes and bounded memory.

:func:`extract_many` turns an iterable of articles (texts, ``{"text": ...}``
records or :class:`~quotetrack.corpus.Article` objects) into
:class:`~quotetrack.model.ArticleResult` objects, in input order, as they are
done.  It reads ahead only a few batches, so a corpus of any size goes through
in bounded memory.

- ``processes=N`` runs N worker processes.  Each builds its parser once (the
  Stanza pipeline is loaded once per worker, never pickled per task); Stanza
  runs on one torch thread per process.
- With Stanza, each batch of articles goes through the pipeline together
  (``Pipeline.bulk_process``), which is what a GPU wants: with a GPU the work
  stays in one process and batches instead.
- ``cache=DIR`` reuses Stanza parses across runs (see :mod:`quotetrack.parse.cache`).

Example:
    >>> from quotetrack.parallel import extract_many
    >>> texts = ['"We will win," Jane Doe said.', '"No," Tom Reed said.']
    >>> [r.quotes[0].speaker.name for r in extract_many(texts)]
    ['Jane Doe', 'Tom Reed']
"""

from __future__ import annotations

import collections
import gc
import logging
import os
import pickle
import signal
import threading
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from typing import Any

import attrs

from ._memory import paused_gc
from .corpus import Article
from .model import ArticleResult, pickled_by_fields

log = logging.getLogger("quotetrack")

__all__ = ["TrackerConfig", "Outcome", "extract_many", "iter_outcomes", "process_batch",
           "tracker_for", "as_article"]

#: Articles per task: Stanza batches them through its processors; the
#: model-free annotator only saves inter-process traffic.
STANZA_BATCH = 16
RULES_BATCH = 16
#: Batches in flight per worker.  Results come back in input order, so a worker
#: that finishes early runs ahead on the queued batches; two per worker left
#: the workers idle a tenth of the time waiting for a slower neighbour.
_IN_FLIGHT = 4


@attrs.frozen
class TrackerConfig:
    """A picklable recipe for a QuoteTracker: what every worker builds once.

    Args:
        backend: ``"rules"``, ``"stanza"`` or ``"auto"`` (see :meth:`resolved`).
        model_dir: Stanza resources folder.
        cache: parse cache folder (Stanza parses only).
        clean: remove scraped-page junk before parsing.
        threads: torch threads while Stanza parses (None: one, see
            :class:`~quotetrack.parse.fast.StanzaParser`).
        use_gpu: passed to Stanza (None lets Stanza decide).
        select: run Stanza's pos, lemma and depparse only on the sentences that
            can carry an attribution (the default; see
            :class:`~quotetrack.parse.fast.StanzaParser`).
    """

    backend: str = "rules"
    model_dir: str | None = None
    cache: str | None = None
    clean: bool = True
    threads: int | None = None
    use_gpu: bool | None = None
    select: bool = True

    def resolved(self) -> TrackerConfig:
        """The same recipe with ``auto`` settled here, once, as QuoteTracker would.

        Raises:
            FileNotFoundError: ``backend="stanza"`` and the models are missing.
        """
        from .parse.stanza_pipeline import models_available

        if self.backend == "rules":
            return self
        have = models_available(self.model_dir)
        if self.backend == "stanza" and not have:
            from .parse.stanza_pipeline import default_model_dir

            root = self.model_dir or default_model_dir()
            raise FileNotFoundError(f"Stanza English models not found in {root}; "
                                    "run `quotetrack download` first")
        if self.backend == "auto" and not have:
            from .pipeline import _notice_once

            _notice_once()
        return attrs.evolve(self, backend="stanza" if have else "rules")

    def build(self) -> Any:
        """A new QuoteTracker for this recipe."""
        from .pipeline import QuoteTracker

        if self.threads:
            _set_torch_threads(self.threads)
        nlp = None
        if self.backend == "stanza" and (self.use_gpu is not None or not self.select
                                         or self.threads is not None):
            from .parse.fast import StanzaParser

            nlp = StanzaParser(self.model_dir, use_gpu=self.use_gpu, select=self.select,
                               threads=self.threads)
        return QuoteTracker(nlp=nlp, backend=self.backend, model_dir=self.model_dir,
                            clean=self.clean, cache=self.cache)


def _set_torch_threads(n: int) -> None:
    try:
        import torch

        torch.set_num_threads(n)
    except Exception:  # pragma: no cover - torch missing or refusing
        pass


# One tracker per recipe per process: a worker loads Stanza once, whatever
# number of tasks it runs (and a Dask worker's threads share it).
_TRACKERS: dict[TrackerConfig, Any] = {}
_TRACKERS_LOCK = threading.Lock()


def tracker_for(config: TrackerConfig) -> Any:
    """This process's QuoteTracker for ``config``, built on first use."""
    tracker = _TRACKERS.get(config)
    if tracker is None:
        with _TRACKERS_LOCK:
            tracker = _TRACKERS.get(config)
            if tracker is None:
                tracker = _TRACKERS[config] = config.build()
    return tracker


@pickled_by_fields
@attrs.frozen
class Outcome:
    """What became of one article: its result, or the error that stopped it.

    ``fatal`` marks errors no other article will escape either (the parser
    cannot be built); ``notice`` is a remark worth printing (a missing .conllu).
    Asked for JSON Lines (``jsonl=True``), the worker renders the result's rows
    (:meth:`ArticleResult.to_jsonl`, UTF-8) into ``jsonl`` and sends no result:
    bytes cost the consumer next to nothing to receive.
    """

    doc_id: str
    result: ArticleResult | None = None
    error: str | None = None
    fatal: bool = False
    notice: str | None = None
    words: int = 0
    jsonl: bytes | None = None

    def rendered(self) -> Outcome:
        """This outcome with the result's rows in ``jsonl`` in place of the result."""
        if self.result is None:
            return self
        return attrs.evolve(self, result=None, jsonl=self.result.to_jsonl().encode("utf-8"))


def as_article(item: Any, n: int = 0) -> Article:
    """An Article from a text, a ``{"text": ..., "id": ...}`` record or an Article."""
    if isinstance(item, Article):
        return item
    if isinstance(item, str):
        return Article(str(n), item)
    if isinstance(item, Mapping):
        text = item.get("text")
        if not isinstance(text, str):
            raise TypeError(f"article record {n} has no \"text\" string")
        doc_id = next((str(item[k]) for k in ("id", "doc") if item.get(k) not in (None, "")),
                      str(n))
        meta = {k: v for k, v in item.items() if k not in ("text", "id", "doc")}
        return Article(doc_id, text, None, meta)
    raise TypeError(f"expected article text, a record with \"text\" or an Article, "
                    f"not {type(item).__name__}")


# ------------------------------------------------------------------ the work
def process_batch(config: TrackerConfig, articles: Sequence[Article],
                  parsed: bool = False, jsonl: bool = False) -> list[Outcome]:
    """Outcomes of a batch of articles, in order, in this process.

    With Stanza the batch is parsed together (cache misses only).  With
    ``parsed``, an article's ``NAME.conllu`` beside its file is read instead of
    parsing it.  With ``jsonl``, outcomes carry the rows, not the result
    (:meth:`Outcome.rendered`).  One bad article never stops the others.
    """
    from .clean import CleanText, clean_text

    try:
        tracker = tracker_for(config)
    except FileNotFoundError as exc:
        return [Outcome(a.doc_id, error=str(exc), fatal=True) for a in articles]

    out: list[Outcome | None] = [None] * len(articles)
    todo: list[tuple[int, Article, Any]] = []  # articles the tracker must parse
    for i, article in enumerate(articles):
        notice = None
        if parsed:
            conllu = article.conllu_path
            if conllu is not None:
                with paused_gc(collect=True):
                    out[i] = _attributed_conllu(article, conllu)
                continue
            notice = (f"{article.path or article.doc_id}: no .conllu beside it; "
                      "using the model-free annotator")
        try:
            text = article.text
            cleaned = clean_text(text) if tracker.clean else CleanText.identity(text)
        except Exception as exc:
            out[i] = Outcome(article.doc_id, error=_describe(article, exc), notice=notice)
            continue
        todo.append((i, article, cleaned))
        if notice:
            out[i] = Outcome(article.doc_id, notice=notice)  # replaced below

    # Stanza parses the batch together; the model-free annotator one article at a
    # time, each Document made and dropped with the collector paused (see paused_gc)
    batched = _parse_all(tracker, [c.text for _, _, c in todo]) \
        if _batches_parses(tracker) else None
    for n, (i, article, cleaned) in enumerate(todo):
        notice = out[i].notice if out[i] is not None else None  # type: ignore[union-attr]
        if batched is not None:
            out[i] = _attributed(article, cleaned, batched[n], notice)
            batched[n] = None
            continue
        with paused_gc(collect=True):
            # the model-free annotator's words straight from its rows, as the tracker reads
            # them (QuoteTracker._annotated_words); else the Document its parse gives
            words = _try(tracker._annotated_words, cleaned.text)
            parse = words if words is not None else _try(tracker.parse, cleaned.text)
            out[i] = _attributed(article, cleaned, parse, notice)
    if jsonl:
        return [o.rendered() for o in out]  # type: ignore[union-attr]
    return out  # type: ignore[return-value]


def _attributed_conllu(article: Article, conllu: Any) -> Outcome:
    """The Outcome of attributing the parse in the article's ``NAME.conllu``."""
    from .parse.conllu import ParseError, read_conllu
    from .pipeline import attribute_document

    try:
        doc = read_conllu(article.text, conllu)
        res = attribute_document(doc, doc_id=article.doc_id, metadata=article.metadata)
        return Outcome(article.doc_id, res, words=doc.num_words)
    except ParseError as exc:
        return Outcome(article.doc_id, error=str(exc))
    except Exception as exc:
        return Outcome(article.doc_id, error=_describe(article, exc))


def _attributed(article: Article, cleaned: Any, doc: Any, notice: str | None) -> Outcome:
    """The Outcome of attributing ``doc`` (or of the exception parsing raised instead);
    ``doc`` may be the model-free annotator's Words (one word a row, as its Document's)."""
    from .pipeline import _attribute_words, attribute_document
    from .tokens import Words

    if isinstance(doc, BaseException):
        return Outcome(article.doc_id, error=_describe(article, doc), notice=notice)
    try:
        if isinstance(doc, Words):
            res = _attribute_words(doc, cleaned, article.doc_id, article.metadata)
            return Outcome(article.doc_id, res, notice=notice, words=len(doc.words))
        res = attribute_document(doc, cleaned=cleaned, doc_id=article.doc_id,
                                 metadata=article.metadata)
        return Outcome(article.doc_id, res, notice=notice, words=doc.num_words)
    except Exception as exc:
        return Outcome(article.doc_id, error=_describe(article, exc), notice=notice)


def _describe(article: Article, exc: BaseException) -> str:
    from .parse.conllu import ParseError

    if isinstance(exc, ParseError):
        return str(exc)
    return f"{article.path or article.doc_id}: {type(exc).__name__}: {exc}"


def _batches_parses(tracker: Any) -> bool:
    """Whether the tracker's parser takes many texts at once (Stanza's bulk_process)."""
    return tracker.backend == "stanza" and hasattr(tracker._parse, "bulk_process")


def _parse_all(tracker: Any, texts: list[str]) -> list[Any]:
    """Documents of cleaned ``texts`` (or the exception each raised), parsed as one batch
    by a tracker whose parser batches (see :func:`_batches_parses`)."""
    if len(texts) < 2:
        return [_try(tracker.parse, t) for t in texts]
    bulk = tracker._parse.bulk_process
    from .parse.cache import ParseCache, parser_fingerprint

    cache = tracker.cache
    docs: list[Any] = [None] * len(texts)
    config = ""
    if cache is not None:
        if not isinstance(cache, ParseCache):
            cache = tracker.cache = ParseCache(cache)
        config = getattr(tracker, "_cache_config", None) or parser_fingerprint(tracker._parse)
        tracker._cache_config = config
        for k, t in enumerate(texts):
            docs[k] = cache.get(t, config)
    miss = [k for k, d in enumerate(docs) if d is None]
    if miss:
        try:
            parsed = bulk([texts[k] for k in miss])
        except Exception:  # find the article that breaks the batch: one at a time
            parsed = [_try(tracker._parse, texts[k]) for k in miss]
        for k, doc in zip(miss, parsed, strict=True):
            docs[k] = doc
            if cache is not None and not isinstance(doc, BaseException):
                cache.put(texts[k], config, doc)
    return docs


def _try(fn: Callable[[str], Any], text: str) -> Any:
    try:
        return fn(text)
    except Exception as exc:
        return exc


# ------------------------------------------------------------ worker processes
def _init_worker(config: TrackerConfig) -> None:
    # Ctrl-C goes to the whole process group: the parent decides what happens;
    # and a forked worker must not keep a handler the parent set for SIGTERM.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    if config.threads:
        _set_torch_threads(config.threads)
    gc.freeze()  # a forked worker never collects the objects it inherited


def _run_task(config: TrackerConfig, articles: list[Article], parsed: bool,
              jsonl: bool = False) -> bytes:
    # pickled here, unpickled by the consumer (see _outcomes): the parent's pool
    # threads only pass bytes along
    return pickled(process_batch(config, articles, parsed, jsonl))


def pickled(outcomes: list[Outcome]) -> bytes:
    """``outcomes`` pickled with the collector held back, for :func:`_outcomes` to read."""
    with paused_gc():
        return pickle.dumps(outcomes, protocol=pickle.HIGHEST_PROTOCOL)


def _outcomes(future: Any) -> list[Outcome]:
    """A worker's outcomes, unpickled with the collector held back (all of it is kept)."""
    data = future.result()
    with paused_gc():
        return pickle.loads(data)


def _gpu_in_use(config: TrackerConfig) -> bool:
    if config.backend != "stanza" or config.use_gpu is False:
        return False
    try:
        import torch

        return bool(torch.cuda.is_available())
    except Exception:  # pragma: no cover
        return False


def _start_method(config: TrackerConfig) -> str:
    import multiprocessing as mp

    methods = mp.get_all_start_methods()
    if config.backend == "rules" and "fork" in methods:
        return "fork"
    return "forkserver" if "forkserver" in methods else "spawn"


def _batches(articles: Iterable[Any], size: int, workers: int = 1) -> Iterator[list[Article]]:
    """Batches of ``size`` articles.  For several workers, the input's last
    ``2 * workers * size`` articles come in shrinking batches (guided
    self-scheduling): the workers then finish together instead of one waiting
    for the other's last full batch.  Reads at most that many articles ahead."""
    ahead = 2 * workers * size if workers > 1 else 0
    held: collections.deque[Article] = collections.deque()
    for n, item in enumerate(articles):
        held.append(as_article(item, n))
        if len(held) >= size + ahead:
            yield [held.popleft() for _ in range(size)]
    while held:  # the input has ended; one worker keeps its batch whole (Stanza batches it)
        k = size if workers <= 1 else max(1, -(-len(held) // (2 * workers)))
        yield [held.popleft() for _ in range(min(k, size, len(held)))]


def iter_outcomes(articles: Iterable[Any], config: TrackerConfig, *, processes: int = 1,
                  parsed: bool = False, batch_size: int | None = None,
                  start_method: str | None = None, jsonl: bool = False) -> Iterator[Outcome]:
    """Outcomes of ``articles`` in input order, as they are done.

    Reads ahead at most ``6 * processes`` batches (4 in flight per worker, 2
    held back to end the input in shrinking batches): memory stays bounded
    whatever the number of articles.  Stopping the iteration (or Ctrl-C) ends
    the workers.

    Args:
        articles: texts, ``{"text": ...}`` records or Articles.
        config: the tracker recipe (``auto`` is settled here).
        processes: worker processes; 1 works in this process.
        parsed: read ``NAME.conllu`` beside each article file (``--parsed``).
        batch_size: articles per task (default 16 with Stanza, 8 otherwise).
        jsonl: outcomes carry their rows as JSON Lines, rendered by the
            workers, instead of results (:meth:`Outcome.rendered`).
        start_method: multiprocessing start method.  The default is ``fork``
            for the model-free annotator (quick to start, and a script needs no
            ``if __name__ == "__main__":`` guard) and ``forkserver`` (else
            ``spawn``) for Stanza, whose torch threads do not survive a fork:
            a script using Stanza workers needs the guard.
    """
    config = config.resolved()
    if processes > 1 and _gpu_in_use(config):
        log.warning("a GPU is in use: one process batching articles instead of %d workers",
                    processes)
        processes = 1
    size = batch_size or (STANZA_BATCH if config.backend == "stanza" else RULES_BATCH)
    if processes <= 1:
        for batch in _batches(articles, size):
            yield from process_batch(config, batch, parsed, jsonl)
        return

    import multiprocessing as mp
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    method = start_method or _start_method(config)
    ctx = mp.get_context(method)
    if method == "forkserver":
        ctx.set_forkserver_preload(["quotetrack.parallel", "quotetrack.pipeline"])
    # ProcessPoolExecutor, not multiprocessing.Pool: a worker that dies (killed,
    # out of memory) breaks the pool with an error instead of a wait forever.
    pool = ProcessPoolExecutor(processes, mp_context=ctx, initializer=_init_worker,
                               initargs=(config,))
    pending: collections.deque[Any] = collections.deque()
    finished = False
    try:
        try:
            for batch in _batches(articles, size, processes):
                pending.append((pool.submit(_run_task, config, batch, parsed, jsonl), batch))
                while len(pending) >= _IN_FLIGHT * processes:
                    yield from _outcomes(pending[0][0])
                    pending.popleft()
            while pending:
                yield from _outcomes(pending[0][0])
                pending.popleft()
            finished = True
        except BrokenProcessPool:
            # the run ends here: one fatal outcome, for the first article not done
            doc_id = pending[0][1][0].doc_id
            yield Outcome(doc_id, error=f"{doc_id}: a worker process died (killed, or out "
                          "of memory?)", fatal=True)
    finally:
        if finished:
            pool.shutdown(wait=True)
        else:
            _stop(pool)


def _stop(pool: Any) -> None:
    """End a ProcessPoolExecutor now: queued batches are dropped, running ones killed."""
    procs = list(getattr(pool, "_processes", {}).values())
    pool.shutdown(wait=False, cancel_futures=True)
    for proc in procs:
        if proc.is_alive():
            proc.terminate()
    for proc in procs:
        proc.join(timeout=5)


def extract_many(articles: Iterable[Any], *, processes: int = 1, backend: str = "rules",
                 model_dir: str | None = None, cache: str | os.PathLike[str] | None = None,
                 clean: bool = True, batch_size: int | None = None,
                 errors: str = "raise") -> Iterator[ArticleResult]:
    """Results of many articles, in input order, as they are done.

    Args:
        articles: texts, ``{"text": ..., "id": ...}`` records (other keys become
            metadata) or :class:`~quotetrack.corpus.Article` objects; any iterable,
            read a few batches ahead.
        processes: worker processes (each loads its parser once).
        backend, model_dir, clean: as for :class:`~quotetrack.QuoteTracker`.
        cache: a parse cache folder for Stanza parses.
        batch_size: articles per batch (and per task).
        errors: ``"raise"`` (a RuntimeError naming the article) or ``"skip"``
            (logged as a warning).

    Yields:
        One ArticleResult per article (per readable article with ``errors="skip"``).
    """
    if errors not in ("raise", "skip"):
        raise ValueError(f"errors must be 'raise' or 'skip', not {errors!r}")
    config = TrackerConfig(backend=backend, model_dir=model_dir,
                           cache=None if cache is None else os.fspath(cache), clean=clean)
    for outcome in iter_outcomes(articles, config, processes=processes, batch_size=batch_size):
        if outcome.error is not None:
            if errors == "raise" or outcome.fatal:
                raise RuntimeError(f"quotetrack: {outcome.error}")
            log.warning("%s", outcome.error)
            continue
        assert outcome.result is not None
        yield outcome.result
