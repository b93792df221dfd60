"""The corpus vocabulary for meaning-neighbours (rag/search/neighbours.py): content phrases counted as units are
written, embedded at the end of the build through the embedding cache, and saved with the build.

What is counted: every window of one to three words (underthesea's segmentation) of the body units' text
that starts and ends with a content word, at most four syllables. What is kept: phrases seen at least
`MIN_COUNT` times, the `MAX_PHRASES` most frequent. Segmentation costs about 8-12 µs per character, so each
time `BUDGET_CHARS` of text have been read the stride doubles (every unit, then every second, every fourth…):
the text read grows with the logarithm of the corpus, which is sampled evenly instead of read whole (its
frequent phrases are what a sample finds). The counter drops the phrases seen once whenever it holds over
`PRUNE_AT` of them, so its memory stays bounded.
"""
from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import numpy as np

from rag.search.neighbours import PHRASES, VECTORS, content_phrases, segment_words
from rag.types import Unit

MIN_COUNT = 2
MAX_PHRASES = 6000
BUDGET_CHARS = 1_000_000
PRUNE_AT = 300_000


class VocabularyBuilder:
    def __init__(self, min_count: int = MIN_COUNT, max_phrases: int = MAX_PHRASES, budget: int = BUDGET_CHARS):
        self.min_count, self.max_phrases, self.budget = min_count, max_phrases, budget
        self.counts: Counter = Counter()
        self.stride, self._seen, self._read = 1, 0, 0
        self.units_read = 0

    def add(self, unit: Unit) -> None:
        """Count the phrases of a body unit (or skip it, past the budget, by the current stride)."""
        if unit.kind != "body":
            return
        self._seen += 1
        if self._seen % self.stride:
            return
        for run in segment_words(unit.text):
            self.counts.update(p for _, _, p in content_phrases(run))
        self.units_read += 1
        if len(self.counts) > PRUNE_AT:
            self.counts = Counter({p: c for p, c in self.counts.items() if c > 1})
        self._read += len(unit.text)
        if self._read >= self.budget:
            self.stride, self._read = self.stride * 2, 0

    def phrases(self) -> list[str]:
        """The kept phrases, most frequent first (ties in alphabetical order)."""
        kept = [(c, p) for p, c in self.counts.items() if c >= self.min_count]
        kept.sort(key=lambda x: (-x[0], x[1]))
        return [p for _, p in kept[: self.max_phrases]]

    def write(self, build_dir: Path, embed) -> dict:
        """Embed the kept phrases with `embed(texts) -> list of vectors` (the build's cached embedder) and save
        them; returns what it wrote (phrases, bytes) for the manifest."""
        phrases = self.phrases()
        vecs = embed(phrases) if phrases else []
        arr = np.asarray(np.stack(vecs) if len(vecs) else np.zeros((0, 0)), dtype=np.float16)
        (build_dir / VECTORS).write_bytes(arr.tobytes())
        (build_dir / PHRASES).write_text(json.dumps(phrases, ensure_ascii=False), encoding="utf-8")
        return {"phrases": len(phrases), "counted": len(self.counts), "units_read": self.units_read,
                "bytes": int(arr.nbytes)}
