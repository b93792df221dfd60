"""Stand-in passage vectors for the benchmark, so a 100k-unit ingest takes minutes, not hours.

`StandInEmbedder` wraps the real embedder: queries and token counts are real; a passage's vector is the
normalised mean of the real vectors of the bundled units whose sentences it reuses (the synthetic corpus
recombines real sentences), or, for a text that reuses none (headers, signatures), a mix of two real
vectors picked by a hash of the text. Results obtained with it measure cost, not retrieval quality;
the benchmark says so in its output.
"""
from __future__ import annotations

import hashlib

import numpy as np

from rag.text import nfc, sentences
from rag.types import Unit


class StandInEmbedder:
    def __init__(self, real, units: list[Unit], vectors: np.ndarray):
        self.real = real
        self.model_id = f"{real.model_id}+stand-in"
        self.dim, self.max_tokens = real.dim, real.max_tokens
        self.pool = np.asarray(vectors, dtype=np.float32)
        self.by_sentence: dict[str, int] = {}
        for i, u in enumerate(units):
            for a, b in sentences(u.text):
                self.by_sentence.setdefault(nfc(u.text[a:b]).strip(), i)

    def _one(self, text: str) -> np.ndarray:
        body = text.split("\n", 1)[-1].lstrip("- ")
        rows = [self.by_sentence[s] for s in (nfc(body[a:b]).strip() for a, b in sentences(body)) if s in self.by_sentence]
        if not rows:
            h = int.from_bytes(hashlib.sha1(text.encode("utf-8")).digest()[:8], "little")
            rows = [h % len(self.pool), (h >> 20) % len(self.pool)]
        v = self.pool[rows].mean(axis=0)
        return v / np.linalg.norm(v)

    @property
    def batch_invariant(self) -> bool:
        """Passages are computed one by one; queries are the real embedder's."""
        return self.real.batch_invariant

    def passages(self, texts: list[str]) -> np.ndarray:
        return np.stack([self._one(t) for t in texts]).astype(np.float32)

    def query(self, text: str) -> np.ndarray:
        return self.real.query(text)

    def queries(self, texts: list[str]) -> np.ndarray:
        return self.real.queries(texts)

    def count_tokens(self, text: str) -> int:
        return self.real.count_tokens(text)
