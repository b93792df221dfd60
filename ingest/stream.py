"""Writing a build as its units are made, so ingest memory does not grow with the corpus.

`BuildWriter` takes each document's units as soon as they are chunked: it checks that each fits the
embedding model, writes it to units.jsonl, and every `flush_units` units looks the batch up in the
embedding cache, embeds what is missing (committed to the cache per embedding batch, so a killed ingest
resumes), does the same for the body units' clauses (appended to the build's clause vectors, rag.search.clauses),
adds the batch to Chroma and feeds it to the lexical builder and the vocabulary counter (ingest/vocab.py,
whose phrases are embedded through the same cache when the build finishes). What it keeps between batches:
the lexical builder's compact arrays and counters, and the ids of the non-body units (the header index is
read back from Chroma at the end). The lexical index is assembled last, after the Chroma client is closed
and its memory returned, so the two do not add up. `Phases` says where the time went.
"""
from __future__ import annotations

import ctypes
import ctypes.util
import json
import time
from contextlib import contextmanager
from pathlib import Path

import numpy as np

from ingest.chunk import embed_text
from ingest.lexbuild import LexicalBuilder
from ingest.vocab import VocabularyBuilder
from rag.search.clauses import ClauseWriter, has_clauses, split_clauses
from rag.errors import CorpusError
from rag.types import Unit
from rag.search.unittable import is_header_kind

FLUSH_UNITS = 256


def return_freed_memory() -> None:
    """Give memory freed by the process back to the system (glibc keeps freed heap pages otherwise), so that
    what a closed Chroma client held does not add to the peak of what follows. No-op elsewhere."""
    try:
        ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6").malloc_trim(0)
    except (OSError, AttributeError):
        pass


class Phases:
    """Seconds spent per named phase of a build."""

    def __init__(self):
        self.seconds: dict[str, float] = {}
        self.cpu: dict[str, float] = {}        # CPU seconds of this process (what a phase costs on a busy machine)

    @contextmanager
    def __call__(self, name: str):
        t0, c0 = time.perf_counter(), time.process_time()
        try:
            yield
        finally:
            self.seconds[name] = self.seconds.get(name, 0.0) + time.perf_counter() - t0
            self.cpu[name] = self.cpu.get(name, 0.0) + time.process_time() - c0

    def rounded(self) -> dict[str, float]:
        return {k: round(v, 1) for k, v in self.seconds.items()}

    def rounded_cpu(self) -> dict[str, float]:
        return {k: round(v, 1) for k, v in self.cpu.items()}


class BuildWriter:
    def __init__(self, part_dir: Path, store, embedder, cache, embed_batch: int, phases: Phases, bar=None,
                 flush_units: int = FLUSH_UNITS, count=None, vocabulary: bool = True):
        self.store, self.embedder, self.cache = store, embedder, cache
        self.count = count or embedder.count_tokens          # tokens of a unit with its path
        self.embed_batch, self.flush_units, self.phases, self.bar = embed_batch, flush_units, phases, bar
        self.lexical = LexicalBuilder()
        self.header_ids: list[str] = []
        self.embedded_per_doc: dict[str, int] = {}
        self.units = 0
        self._pending: list[tuple[Unit, str]] = []
        self._out = open(part_dir / "units.jsonl", "w", encoding="utf-8")
        self.clauses = ClauseWriter(part_dir)
        self.vocab = VocabularyBuilder() if vocabulary else None     # the meaning-neighbours' (off: not built)
        self.vocab_stats: dict = {}
        self.part_dir = part_dir

    def add(self, units: list[Unit]) -> None:
        """Queue one document's units (in document order); raises CorpusError for a unit over the model limit."""
        for u in units:
            with self.phases("token check"):
                text = embed_text(u)
                n = self.count(text)
            if n > self.embedder.max_tokens:
                raise CorpusError(f"{u.unit_id}: {n} tokens with its path, over the model limit of "
                                  f"{self.embedder.max_tokens}. Lower RAG_MAX_UNIT_TOKENS.")
            self._pending.append((u, text))
            if len(self._pending) >= self.flush_units:
                self._flush()

    def _flush(self) -> None:
        if not self._pending:
            return
        batch, self._pending = self._pending, []
        units = [u for u, _ in batch]
        with self.phases("units.jsonl"):
            self._out.writelines(json.dumps(u.to_dict(), ensure_ascii=False) + "\n" for u in units)
        vectors = self._vectors(batch)
        self._clause_vectors(units)
        with self.phases("chroma add"):
            self.store.add(units, vectors)
        with self.phases("lexical"):
            for u in units:
                self.lexical.add(u)
        if self.vocab is not None:
            with self.phases("vocabulary"):
                for u in units:
                    self.vocab.add(u)
        self.header_ids += [u.unit_id for u in units if is_header_kind(u.kind)]
        self.units += len(units)

    def _vectors(self, batch: list[tuple[Unit, str]]) -> list:
        vectors, todo = self._embed([t for _, t in batch], phase="embedding", bar=True)
        for i in todo:
            d = batch[i][0].doc_id
            self.embedded_per_doc[d] = self.embedded_per_doc.get(d, 0) + 1
        return vectors

    def _clause_vectors(self, units: list[Unit]) -> None:
        """Embed the clauses of the batch's body units (through the same cache) and append them in row order."""
        parts = [split_clauses(u.text) if has_clauses(u.kind) else [] for u in units]
        flat, _ = self._embed([c for p in parts for c in p], phase="clause embedding")
        at = 0
        for p in parts:
            self.clauses.add(np.stack(flat[at:at + len(p)]) if p else None)
            at += len(p)

    def _embed(self, texts: list[str], phase: str, bar: bool = False) -> tuple[list, list[int]]:
        """Vectors of `texts` from the embedding cache, embedding (and caching) what it lacks; also the
        positions that were embedded."""
        with self.phases("embedding cache"):
            keys = [self.cache.key(self.embedder.model_id, t) for t in texts]
            have = self.cache.get_many(keys)
        todo = [i for i, k in enumerate(keys) if k not in have]
        for s in range(0, len(todo), self.embed_batch):
            idx = todo[s:s + self.embed_batch]
            with self.phases(phase):
                vecs = self.embedder.passages([texts[i] for i in idx])
            with self.phases("embedding cache"):
                self.cache.put_many([(keys[i], v) for i, v in zip(idx, vecs)])   # committed per batch: resumable
            have.update({keys[i]: v for i, v in zip(idx, vecs)})
            if bar and self.bar:
                self.bar.update(len(idx))
        return [have[k] for k in keys], todo

    def finish(self) -> None:
        """Flush what is queued and close units.jsonl."""
        self._flush()
        self._out.close()
        self.clauses.finish()
        if self.vocab is not None:
            self.vocab_stats = self.vocab.write(self.part_dir,
                                                lambda texts: self._embed(texts, phase="vocabulary embedding")[0])

    def lexical_index(self):
        """The lexical index of every unit added (call after `finish`, once the store is closed: the peak of a
        build's memory is here)."""
        with self.phases("lexical"):
            return self.lexical.finish()

    def close(self) -> None:
        if not self._out.closed:
            self._out.close()
        self.clauses.close()
