"""rag.search.cache.BatchLRU: values computed in one batch per call, kept most-recent-first, and read under the lock
they were checked under (a value evicted by another thread in between is not looked up again)."""
import threading

from rag.search.cache import BatchLRU


def test_missing_keys_are_computed_once_in_one_batch_and_kept():
    calls = []
    cache = BatchLRU(3)

    def compute(keys):
        calls.append(list(keys))
        return [k * 10 for k in keys]

    assert cache.get_many([1, 2, 1], compute) == [10, 20, 10]
    assert cache.get_many([2, 3], compute) == [20, 30]
    assert calls == [[1, 2], [3]]
    cache.get_many([4], compute)                 # 1 was the least recently used: evicted
    assert len(cache) == 3 and cache.get_many([1], compute) == [10] and calls[-1] == [1]


def test_eviction_by_another_thread_between_check_and_read_is_harmless():
    cache = BatchLRU(1)
    cache.get_many(["a"], lambda keys: ["A"])
    started, go = threading.Event(), threading.Event()

    def slow(keys):
        started.set()
        go.wait(5)
        return [k.upper() for k in keys]

    out = []
    t = threading.Thread(target=lambda: out.append(cache.get_many(["a", "b"], slow)))
    t.start()
    started.wait(5)
    cache.get_many(["c"], lambda keys: ["C"])    # evicts "a" while the other call computes "b"
    go.set()
    t.join(5)
    assert out == [["A", "B"]]


def test_per_build_makes_a_value_once_per_build_and_replaces_it_for_a_new_one():
    from types import SimpleNamespace

    from rag.index import PerBuild

    made = []
    value_of = PerBuild(lambda index: made.append(index.build_id) or f"value of {index.build_id}")
    one, two = SimpleNamespace(build_id="b1"), SimpleNamespace(build_id="b2")
    assert value_of(one) == value_of(one) == "value of b1"
    assert value_of(two) == "value of b2" and value_of(one) == "value of b1"
    assert made == ["b1", "b2", "b1"]
