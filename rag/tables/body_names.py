"""The other names a body asked about may be printed under in the task table (`rag/data/bodies.tsv`): everyday names
of a body or a class of bodies ("quân đội", "các đoàn thể", "Hội Nông dân") -> the names the documents print where
they assign work ("Quân ủy Trung ương", "Đảng ủy Bộ Chỉ huy Quân sự", "các tổ chức chính trị - xã hội").
A name is looked up as typed and under each of these (rag.tables.tasks.assignee_matches)."""
from __future__ import annotations

import functools
from pathlib import Path

from rag.text import data_rows

DATA = Path(__file__).resolve().parent.parent / "data" / "bodies.tsv"


@functools.lru_cache(maxsize=1)
def _table() -> tuple[tuple[tuple[str, ...], tuple[tuple[str, ...], ...]], ...]:
    from rag.tables.tasks import name_words
    out = []
    for said, printed in data_rows(DATA):
        out.append((tuple(name_words(said)), tuple(tuple(name_words(p)) for p in printed.split(" | "))))
    # the longest everyday name first ("đoàn thể chính trị - xã hội" before "đoàn thể")
    return tuple(sorted(out, key=lambda e: -len(e[0])))


def other_names(key: tuple[str, ...]) -> list[tuple[str, ...]]:
    """The folded words of a name asked for with one everyday name in it replaced by each printed name
    ("ben quan doi" -> "ben quan uy", "ben quan su"); [] when it holds none."""
    for said, printed in _table():
        n = len(said)
        for i in range(len(key) - n + 1):
            if key[i:i + n] == said:
                return [key[:i] + p + key[i + n:] for p in printed]
    return []
