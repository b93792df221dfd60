"""Clause vectors: every body unit's clauses (the stretches between '.', ';', ':', '!' or '?' and a space),
embedded at ingest, so that a long bullet ranks by the clause that answers a question and not only by the
mean of all it says. A cadre's paraphrase usually matches one clause of a bullet that lists five measures
("chăm lo và phát huy vai trò người cao tuổi" inside a bullet about every social group); the unit's own
vector, the mean meaning of the whole bullet, is far from it.

Files in a build (written by `ClauseWriter`, read by `ClauseIndex`):
- `clause_vectors.f16`: the clause vectors, float16, one row of `dim` values per clause, in unit order;
- `clause_offsets.npy`: int64, `len(units) + 1` values; the clauses of the unit in row r are rows
  offsets[r]:offsets[r+1] (none for header, signature and other non-body units, and heading lines).
"""
from __future__ import annotations

import re
from pathlib import Path

import numpy as np

VECTORS = "clause_vectors.f16"
OFFSETS = "clause_offsets.npy"
MIN_WORDS = 3                       # shorter pieces ("a)", "Cụ thể:") carry no meaning of their own

_BREAK_RE = re.compile(r"(?<=[.;:!?])\s+")


def split_clauses(text: str) -> list[str]:
    """The clauses of a unit's text; the whole text when it has no break (or only short pieces)."""
    parts = [p for p in _BREAK_RE.split(text.strip()) if len(p.split()) >= MIN_WORDS]
    return parts or ([text.strip()] if text.strip() else [])


def has_clauses(kind: str) -> bool:
    """Body text is scored by its clauses; header, signature, recipients … and heading lines are not."""
    return kind == "body"


class ClauseWriter:
    """Appends each unit's clause vectors to the build as units are written (nothing is held but offsets)."""

    def __init__(self, build_dir: Path):
        self.build_dir = build_dir
        self._out = open(build_dir / VECTORS, "wb")
        self.offsets = [0]

    def add(self, vectors: np.ndarray | None) -> None:
        """The clause vectors of the next unit in row order (None or empty: the unit has none)."""
        n = 0 if vectors is None else len(vectors)
        if n:
            self._out.write(np.asarray(vectors, dtype=np.float16).tobytes())
        self.offsets.append(self.offsets[-1] + n)

    def finish(self) -> None:
        self._out.close()
        np.save(self.build_dir / OFFSETS, np.asarray(self.offsets, dtype=np.int64))

    def close(self) -> None:
        if not self._out.closed:
            self._out.close()


class ClauseIndex:
    """The clause vectors of a loaded build (memory-mapped); `best` gives a unit's best clause score."""

    def __init__(self, vectors: np.ndarray, offsets: np.ndarray):
        self.vectors, self.offsets = vectors, offsets

    @classmethod
    def load(cls, build_dir: Path, dim: int, units: int) -> "ClauseIndex | None":
        """None for a build made before clause vectors existed (or with another row count)."""
        off_path, vec_path = build_dir / OFFSETS, build_dir / VECTORS
        if not off_path.exists() or not vec_path.exists():
            return None
        offsets = np.load(off_path)
        if len(offsets) != units + 1 or not offsets[-1]:
            return None
        vectors = np.memmap(vec_path, dtype=np.float16, mode="r", shape=(int(offsets[-1]), dim))
        return cls(vectors, offsets)

    def best(self, rows: np.ndarray, qvec: np.ndarray) -> np.ndarray:
        """Per row, the highest cosine of the question with one of its unit's clauses (NaN: no clauses)."""
        starts, ends = self.offsets[rows], self.offsets[rows + 1]
        out = np.full(len(rows), np.nan, dtype=np.float32)
        have = np.flatnonzero(ends > starts)
        if not len(have):
            return out
        idx = np.concatenate([np.arange(starts[j], ends[j]) for j in have])
        sims = np.asarray(self.vectors[idx], dtype=np.float32) @ np.asarray(qvec, dtype=np.float32)
        bounds = np.cumsum([0] + [int(ends[j] - starts[j]) for j in have])
        out[have] = np.maximum.reduceat(sims, bounds[:-1])
        return out
