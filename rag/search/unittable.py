"""Per-unit columns of a loaded build, as numpy arrays in the lexical index's row order, built once at load:
the document and kind of each unit, whether it carries a deadline, the rows of each kind, the size of the
list each unit is an item of; and the header
index — the stored vectors of every unit that is not body text (header, signature, recipients, copy,
preamble, footnotes), written at ingest, so a metadata question scores all the units of the asked kind
with one product instead of scanning units in Python and fetching their vectors from Chroma.
"""
from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import numpy as np

from rag.types import Unit

HEADER_VECTORS = "header_vectors.npy"
HEADER_IDS = "header_vectors.json"


def is_header_kind(kind: str) -> bool:
    """Units a metadata question may ask for as a kind (heading lines are never retrieved)."""
    return kind not in ("body", "heading")


def write_header_index(build_dir: Path, unit_ids: list[str], store) -> None:
    """Save the vectors of the non-body units as the store holds them (read back from Chroma, so a score
    computed from them is the score computed from the store)."""
    vecs = []
    for i in range(0, len(unit_ids), 500):
        got = store.vectors(unit_ids[i:i + 500])
        vecs += [np.asarray(got[u], dtype=np.float32) for u in unit_ids[i:i + 500]]
    matrix = np.stack(vecs) if vecs else np.zeros((0, 0), dtype=np.float32)
    np.save(build_dir / HEADER_VECTORS, matrix)
    (build_dir / HEADER_IDS).write_text(json.dumps(unit_ids, ensure_ascii=False), encoding="utf-8")


class UnitTable:
    def __init__(self, units: dict[str, Unit], order: list[str], build_dir: Path):
        self.order = order
        self.doc_ids = list(dict.fromkeys(units[u].doc_id for u in order))
        self.doc_pos = {d: i for i, d in enumerate(self.doc_ids)}
        self.kinds = list(dict.fromkeys(units[u].kind for u in order))
        self.kind_pos = {k: i for i, k in enumerate(self.kinds)}
        self.doc = np.fromiter((self.doc_pos[units[u].doc_id] for u in order), dtype=np.int32, count=len(order))
        self.kind = np.fromiter((self.kind_pos[units[u].kind] for u in order), dtype=np.int16, count=len(order))
        self.deadline = np.fromiter((bool(units[u].deadline) for u in order), dtype=bool, count=len(order))
        self.rows_of_kind = {k: np.flatnonzero(self.kind == i) for k, i in self.kind_pos.items()}
        # how many units share each parent heading chain: the size of the list a unit is an item of
        self.list_sizes = Counter((units[u].doc_id, units[u].headings[:-1]) for u in order)
        self.memo: dict[str, np.ndarray] = {}     # name -> int8 per row: -1 unknown, 0/1 (filled by callers)
        self.vectors = None
        self.vector_row: dict[str, int] = {}
        if (build_dir / HEADER_VECTORS).exists():
            ids = json.loads((build_dir / HEADER_IDS).read_text(encoding="utf-8"))
            self.vectors = np.load(build_dir / HEADER_VECTORS)
            self.vector_row = {u: i for i, u in enumerate(ids)}

    def list_size(self, unit: Unit) -> int:
        """How many units share the unit's parent heading (the list it is an item of)."""
        return self.list_sizes[(unit.doc_id, unit.headings[:-1])]

    def docs_mask(self, doc_ids) -> np.ndarray:
        """Rows whose unit belongs to one of `doc_ids`."""
        wanted = [self.doc_pos[d] for d in doc_ids if d in self.doc_pos]
        return np.isin(self.doc, np.asarray(wanted, dtype=np.int32))

    def rows_of_kinds(self, kinds, doc_ids=None) -> np.ndarray:
        """Rows of the units of these kinds (optionally only in `doc_ids`), in row order."""
        parts = [self.rows_of_kind[k] for k in kinds if k in self.rows_of_kind]
        if not parts:
            return np.zeros(0, dtype=np.int64)
        rows = np.sort(np.concatenate(parts))
        if doc_ids:
            rows = rows[self.docs_mask(doc_ids)[rows]]
        return rows

    def dense_scores(self, unit_ids: list[str], qvec: np.ndarray) -> dict[str, float]:
        """Cosine scores of those of `unit_ids` that are in the header index."""
        if self.vectors is None:
            return {}
        have = [(u, self.vector_row[u]) for u in unit_ids if u in self.vector_row]
        if not have:
            return {}
        scores = self.vectors[[r for _, r in have]] @ np.asarray(qvec, dtype=np.float32)
        return {u: float(s) for (u, _), s in zip(have, scores)}

    def flag(self, name: str, rows: np.ndarray, compute) -> np.ndarray:
        """A per-row boolean computed once per row by `compute(row)` and remembered."""
        memo = self.memo.setdefault(name, np.full(len(self.order), -1, dtype=np.int8))
        todo = rows[memo[rows] < 0]
        for r in todo:
            memo[r] = compute(int(r))
        return memo[rows] == 1
