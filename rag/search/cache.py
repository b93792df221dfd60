"""A small thread-safe least-recently-used cache for values computed in batches (query vectors of titles,
nearest corpus phrases): what is kept is read under the lock it was checked under, so a value evicted by
another thread between the check and the read is never looked up again."""
from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable, Sequence


class BatchLRU:
    def __init__(self, size: int):
        self.size, self._d, self._lock = size, OrderedDict(), threading.Lock()

    def get_many(self, keys: Sequence[Hashable], compute: Callable[[list], Sequence]) -> list:
        """The values of `keys`, in order: those kept, and the others computed in one call of `compute` (given
        the missing keys, once each, in order; it returns their values in that order) and kept."""
        with self._lock:
            have = {k: self._d[k] for k in keys if k in self._d}
            for k in have:
                self._d.move_to_end(k)
        todo = list(dict.fromkeys(k for k in keys if k not in have))
        if todo:
            values = compute(todo)
            with self._lock:
                for k, v in zip(todo, values):
                    self._d[k] = have[k] = v
                while len(self._d) > self.size:
                    self._d.popitem(last=False)
        return [have[k] for k in keys]

    def __len__(self) -> int:
        return len(self._d)
