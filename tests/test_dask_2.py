"""quotetrack.dask: ``.compute()`` on a distributed Client joins the partitions on the client."""

from __future__ import annotations

import threading
import time

import pytest

WHY = "Dask is not installed (pip install 'quotetrack[dask]')"
distributed = pytest.importorskip("distributed", reason=WHY)
db = pytest.importorskip("dask.bag", reason=WHY)

import quotetrack.dask as qdask  # noqa: E402
from quotetrack.dask import extract_bag  # noqa: E402

TEXTS = [
    '"We will win the vote," Jane Doe said on Monday.\n',
    '"The budget is fine," Maria Lopez told reporters.\n',
    "Tom Reed said that the plan would fail.\n",
    "Nobody said anything in this one at all, it is about the weather.\n",
] * 2


def _slow_first(text: str) -> str:
    """Holds back the first partition so that the others finish before it."""
    if text is TEXTS[0]:
        time.sleep(0.3)
    return text


@pytest.fixture(scope="module")
def client():
    """A LocalCluster of 2 workers (threads in this process: quick to start)."""
    cluster = distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=False,
                                       dashboard_address=None)
    c = distributed.Client(cluster)
    yield c
    c.close()
    cluster.close()


def test_compute_joins_partitions_on_the_client_in_order(client, monkeypatch):
    """Partitions done out of order come back in the Bag's order, joined in the calling
    thread (not in a last task on a worker), the same list as the synchronous scheduler's."""
    joined_in = []
    real = qdask._gathered

    def recording(parts):
        joined_in.append(threading.current_thread() is threading.main_thread())
        return real(parts)

    monkeypatch.setattr(qdask, "_gathered", recording)
    bag = db.from_sequence(TEXTS, npartitions=4).map(_slow_first)
    got = extract_bag(bag, records=True).compute()
    assert joined_in == [True]
    want = extract_bag(bag, records=True).compute(scheduler="sync")
    assert got == want and isinstance(got, qdask._Partition)
    assert [r.doc_id for r in extract_bag(bag).compute()] == [f"{i // 2}:{i % 2}"
                                                             for i in range(len(TEXTS))]


def test_compute_on_the_client_takes_dasks_keywords(client):
    """``optimize_graph`` and ``scheduler`` keep their meaning on the client path."""
    bag = extract_bag(db.from_sequence(TEXTS, npartitions=2), records=True)
    want = bag.compute(scheduler="sync")
    assert bag.compute(optimize_graph=False) == want
    assert bag.compute(scheduler=client) == want
