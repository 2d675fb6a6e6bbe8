"""The collector pause that keeps the model-free path from rescanning the heap."""

import gc
import weakref

from quotetrack._memory import paused_gc


class _Node:
    def __init__(self) -> None:
        self.other: object = None


def _cycle() -> weakref.ref:
    a, b = _Node(), _Node()
    a.other, b.other = b, a  # only the cyclic collector frees this pair
    return weakref.ref(a)


def test_paused_gc_frees_the_blocks_cycles_and_restores_the_collector():
    assert gc.isenabled()
    with paused_gc(collect=True):
        assert not gc.isenabled()
        alive = _cycle()
        assert alive() is not None  # nothing collects inside the block
    assert alive() is None  # freed when the block ended
    assert gc.isenabled()


def test_paused_gc_without_collect_leaves_garbage_to_the_collector():
    with paused_gc():
        alive = _cycle()
    assert gc.isenabled()
    gc.collect()
    assert alive() is None


def test_a_collector_the_caller_disabled_stays_disabled():
    gc.disable()
    try:
        with paused_gc(collect=True):
            alive = _cycle()
        assert not gc.isenabled() and alive() is not None  # the caller's choice stands
    finally:
        gc.enable()
        gc.collect()


def test_nested_pauses_restore_the_outer_state():
    with paused_gc():
        with paused_gc(collect=True):
            pass
        assert not gc.isenabled()
    assert gc.isenabled()
