"""quotetrack.dask: extract_bag and ``extract --dask`` on a 2-worker LocalCluster."""

from __future__ import annotations

import json

import pytest

WHY = "Dask is not installed (pip install 'quotetrack[dask]')"
distributed = pytest.importorskip("distributed", reason=WHY)
db = pytest.importorskip("dask.bag", reason=WHY)

import quotetrack.parallel as par  # noqa: E402
from quotetrack.cli import main  # noqa: E402
from quotetrack.dask import extract_bag, iter_outcomes_on, warm_up  # noqa: E402
from quotetrack.graph import build_graph  # noqa: E402
from quotetrack.parallel import TrackerConfig, extract_many  # noqa: E402

TEXTS = [
    '"We will win the vote," Jane Doe said on Monday.\n\nTom Reed said that the plan would fail.\n',
    '"The budget is fine," Maria Lopez told reporters.\n',
    "Nobody said anything in this one at all, it is about the weather.\n",
    '“It is over,” the mayor, Ann Bell, said. “We are done.”\n',
] * 3


@pytest.fixture(scope="module")
def client():
    """A LocalCluster of 2 workers (threads in this process: quick to start)."""
    cluster = distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=False,
                                       dashboard_address=None)
    c = distributed.Client(cluster)
    yield c
    c.close()
    cluster.close()


def test_extract_bag_gives_results_in_order(client):
    """A bag of texts gives one ArticleResult per text, as extract_many does, ids PART:N."""
    bag = db.from_sequence(TEXTS, npartitions=4)
    got = extract_bag(bag).compute()
    want = list(extract_many(TEXTS))
    assert [r.quotes for r in got] == [r.quotes for r in want]
    assert got[0].doc_id == "0:0" and got[-1].doc_id == "3:2"


def test_records_for_the_store_and_graph(client):
    """Records keep their ids and metadata; results feed the graph builder; records=True
    gives the JSONL rows."""
    recs = [{"id": f"d{i}", "text": t, "source": "wire"} for i, t in enumerate(TEXTS)]
    bag = db.from_sequence(recs, npartitions=3)
    results = extract_bag(bag).compute()
    assert [r.doc_id for r in results] == [r["id"] for r in recs]
    assert results[0].metadata == {"source": "wire"}
    G = build_graph(results)
    assert G.number_of_nodes() > 0
    rows = extract_bag(bag, records=True).compute()
    assert rows and {"doc", "speaker", "text", "kind"} <= set(rows[0])
    assert sum(len(r.quotes) for r in results) == len(rows)


def test_computed_records_reach_the_client_as_one_pickle(client):
    """The list ``.compute()`` hands back is one frame in Dask's messages (Dask's own join
    gives a plain list, one frame per record), and further Bag steps still work."""
    from distributed.protocol import dumps
    from distributed.protocol.serialize import Serialize

    bag = extract_bag(db.from_sequence(TEXTS, npartitions=3), records=True)
    rows = bag.compute()
    want = [r for res in extract_many(TEXTS) for r in res.records()]
    assert len(rows) == len(want) > 5
    assert [(r["text"], r["speaker"]) for r in rows] == [(r["text"], r["speaker"]) for r in want]
    assert len(dumps({"data": Serialize(rows)})) < 5
    assert bag.map(lambda r: r["speaker"]).compute()[:2] == [r["speaker"] for r in rows[:2]]
    assert bag.count().compute() == len(rows)


def test_parser_is_loaded_once_per_worker(client):
    """Workers build the tracker once (a per-process global), not per task."""
    built = []
    real = TrackerConfig.build

    def counting(self):
        built.append(self)
        return real(self)

    config = TrackerConfig(backend="rules", clean=False)
    par._TRACKERS.pop(config, None)
    TrackerConfig.build = counting  # type: ignore[method-assign]
    try:
        warm_up(client, config)
        bag = db.from_sequence(TEXTS, npartitions=6)
        extract_bag(bag, clean=False).compute()
    finally:
        TrackerConfig.build = real  # type: ignore[method-assign]
    assert len(built) == 1  # both workers live in this process here: one build in all


def test_errors_raise_or_skip(client):
    """A record without text fails the task; errors="skip" is for failures inside extraction."""
    with pytest.raises(TypeError):
        extract_bag(db.from_sequence([{"body": "x"}], npartitions=1)).compute()
    with pytest.raises(ValueError):
        extract_bag(db.from_sequence(TEXTS), errors="ignore")


def test_iter_outcomes_on_a_client(client):
    """The CLI's path: outcomes in input order from the cluster, a few batches in flight."""
    got = [o.result.records() for o in iter_outcomes_on(client, TEXTS, TrackerConfig(),
                                                         batch_size=2)]
    assert got == [r.records() for r in extract_many(TEXTS)]
    rendered = [o.jsonl for o in iter_outcomes_on(client, TEXTS, TrackerConfig(),
                                                  batch_size=2, jsonl=True)]
    assert rendered == [r.to_jsonl().encode("utf-8") for r in extract_many(TEXTS)]


def test_cli_dask_switch(client, capsys, tmp_path):
    """extract --dask ADDRESS writes what a local run writes."""
    src = tmp_path / "c.jsonl"
    src.write_text("".join(json.dumps({"id": f"a{i}", "text": t}) + "\n"
                           for i, t in enumerate(TEXTS)), encoding="utf-8")
    assert main(["extract", str(src), "--format", "jsonl", "--backend", "rules"]) == 0
    local, _ = capsys.readouterr()
    assert main(["extract", str(src), "--format", "jsonl", "--backend", "rules",
                 "--dask", client.scheduler.address]) == 0
    remote, _ = capsys.readouterr()
    assert remote == local and local


def test_worker_processes_freeze_their_heap_once(client, monkeypatch):
    """A worker in a process of its own sets its heap aside from the collector once
    per config (gc.freeze); a process that runs the tasks itself, as here, does not."""
    import gc
    import multiprocessing

    import quotetrack.dask as qd

    freezes = []
    monkeypatch.setattr(gc, "freeze", lambda: freezes.append(1))
    monkeypatch.setattr(qd, "_SETTLED", set())
    config = TrackerConfig(backend="rules", clean=False, select=False)
    bag = db.from_sequence(TEXTS, npartitions=2)
    extract_bag(bag, clean=False, select=False).compute()
    assert config in qd._SETTLED and freezes == []

    qd._SETTLED.clear()
    monkeypatch.setattr(multiprocessing, "parent_process", lambda: object())
    assert client.submit(qd._in_worker_process, pure=False).result()
    assert not qd._in_worker_process()  # the client's own thread is no worker
    extract_bag(bag, clean=False, select=False).compute()
    extract_bag(bag, clean=False, select=False).compute()
    assert freezes == [1]


def test_a_partition_of_records_crosses_dask_as_one_pickle():
    """A partition of quote records is one frame in Dask's messages, not one per record
    (a plain list is serialised element by element), and reads as the same list."""
    import pickle

    from distributed.protocol import dumps, loads
    from distributed.protocol.serialize import Serialize

    from quotetrack.dask import _partition

    part = _partition(TEXTS, TrackerConfig().resolved(), 0, True, "raise", 16)
    want = [r for res in extract_many(TEXTS) for r in res.records()]
    assert isinstance(part, list) and len(part) == len(want) > 5
    assert [(r["text"], r["speaker"]) for r in part] == [(r["text"], r["speaker"]) for r in want]
    frames = dumps({"data": Serialize(part)})
    assert len(frames) < 5 < len(dumps({"data": Serialize(list(part))}))
    assert loads(frames)["data"] == part == pickle.loads(pickle.dumps(part))
