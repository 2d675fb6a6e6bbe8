"""Quote extraction on a Dask cluster (``pip install 'quotetrack[dask]'``).

:func:`extract_bag` maps a ``dask.bag.Bag`` of article texts or records
(``{"text": ..., "id": ...}``; other keys become metadata) to a Bag of
:class:`~quotetrack.model.ArticleResult` -- what
:meth:`quotetrack.store.ClaimStore.add_many` and
:func:`quotetrack.graph.build_graph` take -- or, with ``records=True``, of
the flat quote rows ``quotetrack extract --format jsonl`` writes.

Each worker process builds its parser once, on its first task, and keeps it
(a per-process global, see :func:`quotetrack.parallel.tracker_for`): the
Stanza pipeline is never pickled or shipped with tasks.  :func:`warm_up` loads
it on every worker ahead of time.

Pointing it at a real cluster::

    # on the scheduler machine          # on each worker machine (same Python env)
    dask scheduler                      dask worker tcp://SCHEDULER:8786 --nthreads 1 --nworkers 4

    quotetrack extract corpus/ --dask tcp://SCHEDULER:8786 -o quotes.jsonl --format jsonl

or from Python::

    from distributed import Client
    import dask.bag as db
    from quotetrack.dask import extract_bag

    client = Client("tcp://SCHEDULER:8786")
    bag = db.read_text("s3://bucket/corpus-*.jsonl").map(json.loads)
    results = extract_bag(bag, backend="stanza", model_dir="/models/stanza").compute()

Workers need quotetrack (and, for Stanza, the models at the same
``model_dir`` path) installed; ``--parsed`` and ``--cache`` need paths every
worker can read.  One thread per worker process (``--nthreads 1``) with as
many processes as cores is the fastest layout on CPUs: the neural parser
does not share a process well.
"""

from __future__ import annotations

import collections
import gc
import multiprocessing
import threading
from collections.abc import Iterable, Iterator, Mapping
from typing import Any

import attrs
import dask
import dask.bag as db

from .corpus import Article
from .parallel import (
    RULES_BATCH,
    STANZA_BATCH,
    Outcome,
    TrackerConfig,
    _batches,
    _outcomes,
    as_article,
    pickled,
    process_batch,
    tracker_for,
)

__all__ = ["extract_bag", "iter_outcomes_on", "warm_up"]

_LOCKS: dict[TrackerConfig, threading.Lock] = collections.defaultdict(threading.Lock)


_SETTLED: set[TrackerConfig] = set()


def _settle(config: TrackerConfig) -> None:
    """Build this worker's parser for ``config``, then freeze the heap (once).

    A Dask worker holds a large, long-lived heap (its own state, the loaded
    models) that every full collection of the cyclic garbage collector would
    rescan; ``gc.freeze`` sets it aside, as :mod:`quotetrack.parallel` does in
    its forked workers.  Only in a process of its own that runs a Dask worker
    (a nanny's child): a caller whose process runs the tasks itself
    (``scheduler="sync"``, ``LocalCluster(processes=False)``) keeps its
    collector as it is.  The price: objects alive at that moment that later
    become garbage cycles are never freed, a bounded amount, once per worker.
    """
    if config in _SETTLED:
        return
    tracker_for(config)
    _SETTLED.add(config)
    if _in_worker_process():
        gc.freeze()


def _in_worker_process() -> bool:
    """Whether this is a Dask worker's own process (started by its nanny)."""
    try:
        from distributed import get_worker

        get_worker()
    except (ImportError, ValueError):
        return False
    return multiprocessing.parent_process() is not None


def _run_batch(config: TrackerConfig, articles: list[Article],
               parsed: bool = False, jsonl: bool = False) -> list[Outcome]:
    """process_batch, one batch at a time per process (a parser is not thread-safe)."""
    with _LOCKS[config]:
        _settle(config)
        return process_batch(config, articles, parsed, jsonl)


def _run_batch_pickled(config: TrackerConfig, articles: list[Article],
                       parsed: bool = False, jsonl: bool = False) -> bytes:
    """_run_batch's outcomes pickled here, with the collector held back: Dask then moves
    bytes, and the client unpickles them the same way (:func:`quotetrack.parallel._outcomes`)."""
    return pickled(_run_batch(config, articles, parsed, jsonl))


class _Partition(list):
    """A partition of :func:`extract_bag`'s Bag: a plain list to every reader.

    Dask's messages serialise a ``list`` (its exact type) element by element, each
    its own frame: thousands of quote records a partition cost twenty times what
    pickling the list whole does.  A subclass is pickled whole.
    """

    __slots__ = ()


def _gathered(partitions: Iterable[Iterable[Any]]) -> _Partition:
    """The partitions of an :func:`extract_bag` Bag joined into one list, a
    :class:`_Partition` so that it too reaches the client as one pickle."""
    out = _Partition()
    for part in partitions:
        out.extend(part)
    return out


class _ResultBag(db.Bag):
    """:func:`extract_bag`'s Bag: ``.compute()`` joins its partitions with :func:`_gathered`.

    Dask joins a Bag's partitions in a last task on a worker and sends the list to the
    client; Dask's own join gives a plain list, which the messages serialise item by
    item (one frame per quote record with ``records=True``).
    """

    def __dask_postcompute__(self) -> tuple[Any, tuple[()]]:
        return _gathered, ()

    def compute(self, **kwargs: Any) -> Any:
        """On a distributed Client, the partitions come to the client in order, each as
        soon as it is done, while the later ones run, and the client joins them.

        Dask's own ``.compute()`` (any other scheduler, or keywords other than
        ``scheduler`` and ``optimize_graph``) sends nothing until every partition is
        done, then joins them on one worker, which receives the others' results and
        sends the whole list on: a serial tail of pickling and transfer that takes a
        few percent of the run off the second worker's gain.
        """
        client = _client_for(kwargs.get("scheduler"), self)
        if client is None or set(kwargs) - {"scheduler", "optimize_graph"}:
            return super().compute(**kwargs)
        futures = client.compute(self.to_delayed(kwargs.get("optimize_graph", True)))
        try:
            return _gathered([future.result() for future in futures])
        except BaseException:
            client.cancel(futures)
            raise


def _client_for(scheduler: Any, bag: db.Bag) -> Any:
    """The distributed Client ``bag.compute(scheduler=scheduler)`` would run on, or None."""
    try:
        from distributed import Client
    except ImportError:
        return None
    chosen = dask.base.get_scheduler(scheduler=scheduler, collections=[bag], cls=type(bag))
    client = getattr(chosen, "__self__", chosen)  # a Client's ``get`` method, or the Client
    return client if isinstance(client, Client) and not client.asynchronous else None


def _partition(items: Iterable[Any], config: TrackerConfig, index: int, records: bool,
               errors: str, batch_size: int) -> _Partition:
    articles = []
    for n, item in enumerate(items):
        article = as_article(item, n)
        if isinstance(item, str) or (isinstance(item, Mapping) and
                                     all(item.get(k) in (None, "") for k in ("id", "doc"))):
            article = attrs.evolve(article, doc_id=f"{index}:{n}")
        articles.append(article)
    out = _Partition()
    for k in range(0, len(articles), batch_size):
        for outcome in _run_batch(config, articles[k:k + batch_size]):
            if outcome.error is not None:
                if errors == "raise" or outcome.fatal:
                    raise RuntimeError(f"quotetrack: {outcome.error}")
                continue
            res = outcome.result
            if records:
                out.extend(res.records())  # type: ignore[union-attr]
            else:
                out.append(res)
    return out


def extract_bag(bag: db.Bag, *, backend: str = "rules", model_dir: str | None = None,
                cache: str | None = None, clean: bool = True, select: bool = True,
                records: bool = False, errors: str = "raise",
                batch_size: int | None = None) -> db.Bag:
    """A Bag of results (or quote records) for a Bag of articles.

    Args:
        bag: texts, or dicts with ``"text"`` (and ``"id"``/``"doc"``; the rest is
            metadata).  A text's doc id is ``"PARTITION:N"``.
        backend, model_dir, clean: as for :class:`~quotetrack.QuoteTracker`.
            ``"auto"`` is settled here, on the client.
        cache: a parse cache folder every worker can reach (Stanza parses).
        select: Stanza tags and parses only the sentences that can carry
            attributions (the default).
        records: flat quote rows (the JSONL format) instead of ArticleResults.
        errors: ``"raise"`` (the task fails, naming the article) or ``"skip"``.
        batch_size: articles a worker parses together (default 16 with Stanza).

    Returns:
        A lazy Bag; ``.compute()`` it, or ``.map``/``.to_textfiles`` it further.

    Example:
        >>> import dask.bag as db
        >>> bag = db.from_sequence(['"We will win," Jane Doe said.'], npartitions=1)
        >>> [r.quotes[0].speaker.name for r in extract_bag(bag).compute(scheduler="sync")]
        ['Jane Doe']
    """
    if errors not in ("raise", "skip"):
        raise ValueError(f"errors must be 'raise' or 'skip', not {errors!r}")
    config = TrackerConfig(backend=backend, model_dir=model_dir, cache=cache, clean=clean,
                           select=select).resolved()
    size = batch_size or (STANZA_BATCH if config.backend == "stanza" else RULES_BATCH)
    parts = [dask.delayed(_partition, pure=True)(part, config, i, records, errors, size)
             for i, part in enumerate(bag.to_delayed())]
    bag = db.from_delayed(parts)
    return _ResultBag(bag.dask, bag.name, bag.npartitions)


def warm_up(client: Any, config: TrackerConfig) -> None:
    """Build the parser on every worker of ``client`` now rather than on first use."""
    client.run(_settle, config.resolved())


# --------------------------------------------------------------------- the CLI
def _client(address: str) -> tuple[Any, Any]:
    """A distributed Client for ``address``; ``local`` or ``local:N`` starts a LocalCluster."""
    from distributed import Client, LocalCluster

    if address == "local" or address.startswith("local:"):
        n = int(address.partition(":")[2] or 2)
        cluster = LocalCluster(n_workers=n, threads_per_worker=1, processes=True,
                               dashboard_address=None)
        return Client(cluster), cluster
    return Client(address), None


def iter_outcomes_on(address: str | Any, articles: Iterable[Any], config: TrackerConfig, *,
                     parsed: bool = False, batch_size: int | None = None,
                     jsonl: bool = False) -> Iterator[Outcome]:
    """Outcomes of ``articles`` computed on a Dask cluster, in input order, as they come.

    ``address`` is a scheduler address, ``local[:N]``, or a ``distributed.Client``;
    the other arguments are :func:`quotetrack.parallel.iter_outcomes`'s.
    At most two batches per worker are in flight (and two more read ahead), so
    memory stays bounded; the last batches shrink so the workers end together.
    """
    config = config.resolved()
    own = not hasattr(address, "submit")
    client: Any
    client, cluster = _client(address) if own else (address, None)
    try:
        workers = max(1, len(client.scheduler_info().get("workers", {})))
        size = batch_size or (STANZA_BATCH if config.backend == "stanza" else RULES_BATCH)
        pending: collections.deque[Any] = collections.deque()
        for batch in _batches(articles, size, workers):
            pending.append(client.submit(_run_batch_pickled, config, batch, parsed, jsonl,
                                         pure=False))
            while len(pending) >= 2 * workers + 1:
                yield from _outcomes(pending.popleft())
        while pending:
            yield from _outcomes(pending.popleft())
    finally:
        if own:
            client.close()
            if cluster is not None:
                cluster.close()
