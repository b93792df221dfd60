"""Build the index: corpus -> parsed trees -> units -> embeddings (cached) -> Chroma + BM25 -> swap.

A build is written aside under builds/<id>.partial, renamed to builds/<id> when complete, and only then
made current by replacing the CURRENT file; the build being served is never touched, so a crash or a
kill at any point leaves the previous index answering. Embeddings are cached by (model, text) in a
SQLite file, so an unchanged unit is never embedded twice and an interrupted ingest resumes where it
stopped. An ingest whose inputs (files, catalog, model, parser settings) match the current build does
nothing.
"""
from __future__ import annotations

import fcntl
import hashlib
import json
import shutil
import sqlite3
import sys
import time
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

import numpy as np

from ingest.catalog import load_corpus
from ingest.chunk import doc_label, embed_text, tree_to_units
from ingest.parse import parse
from rag.config import Settings
from rag.embed import get_embedder
from rag.errors import CorpusError, RagError, StoreUnavailableError
from rag.layout import builds_dir, current_build_id, read_manifest, set_current
from rag.lexical import LexicalIndex
from rag.store import UnitStore, drop_collection
from rag.types import Unit
from rag.unittable import is_header_kind, write_header_index

PARSER_VERSION = "1"
KEEP_BUILDS = 2


@dataclass
class Report:
    build_id: str = ""
    changed: bool = False
    documents: int = 0
    units: int = 0
    embedded: int = 0
    seconds: float = 0.0
    per_doc: dict = field(default_factory=dict)   # doc_id -> {"units": n, "embedded": n}
    warnings: list[str] = field(default_factory=list)

    def summary(self) -> str:
        head = (f"Index {self.build_id}: {self.documents} documents, {self.units} units, "
                f"{self.embedded} embedded, {self.seconds:.1f} s")
        if not self.changed:
            head = f"Index {self.build_id} is up to date ({self.documents} documents, {self.units} units); nothing embedded."
        rows = [f"  {d}: {v['units']} units, {v['embedded']} embedded" for d, v in self.per_doc.items()]
        return "\n".join([head] + rows)


# ------------------------------------------------------------------------------------ embedding cache
class EmbeddingCache:
    def __init__(self, path: Path):
        self.db = sqlite3.connect(str(path))
        self.db.execute("CREATE TABLE IF NOT EXISTS emb (key TEXT PRIMARY KEY, vec BLOB NOT NULL)")

    @staticmethod
    def key(model_id: str, text: str) -> str:
        return hashlib.sha256(f"{model_id}\n{text}".encode("utf-8")).hexdigest()

    def get_many(self, keys: list[str]) -> dict[str, np.ndarray]:
        out = {}
        for i in range(0, len(keys), 500):
            chunk = keys[i:i + 500]
            q = f"SELECT key, vec FROM emb WHERE key IN ({','.join('?' * len(chunk))})"
            out.update({k: np.frombuffer(v, dtype=np.float32) for k, v in self.db.execute(q, chunk)})
        return out

    def put_many(self, items: list[tuple[str, np.ndarray]]) -> None:
        with self.db:
            self.db.executemany("INSERT OR REPLACE INTO emb VALUES (?, ?)",
                                [(k, np.asarray(v, dtype=np.float32).tobytes()) for k, v in items])

    def close(self) -> None:
        self.db.close()


@contextmanager
def ingest_lock(index_dir: Path):
    index_dir.mkdir(parents=True, exist_ok=True)
    with open(index_dir / "ingest.lock", "w") as f:
        try:
            fcntl.flock(f, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise RagError(f"Another ingest is running on {index_dir} (ingest.lock is held). Wait for it to finish.") from None
        yield


def _progress(total: int, desc: str, enabled: bool):
    if enabled and sys.stderr.isatty():
        from tqdm import tqdm

        return tqdm(total=total, desc=desc, unit="unit")
    return None


# ------------------------------------------------------------------------------------------------ build
def fingerprint(settings: Settings, model_id: str, docs) -> str:
    h = hashlib.sha256()
    h.update(json.dumps([PARSER_VERSION, model_id, settings.max_unit_tokens,
                         settings.chroma_url or "embedded"]).encode())
    for d in sorted(docs, key=lambda d: d.entry["id"]):
        h.update(json.dumps(d.entry, sort_keys=True, ensure_ascii=False).encode("utf-8"))
        h.update(d.sha256.encode())
    return h.hexdigest()


def build_index(settings: Settings, progress: bool = True, force: bool = False, skip_bad: bool = False) -> Report:
    """Bring the index in line with the corpus. Raises CorpusError listing every bad input."""
    t0 = time.perf_counter()
    index_dir = Path(settings.index_dir)
    corpus = load_corpus(Path(settings.corpus_dir))
    if corpus.errors and not (skip_bad and corpus.docs):
        raise CorpusError("The corpus has problems; the current index was left as it is:\n  - " +
                          "\n  - ".join(corpus.errors))
    report = Report(warnings=list(corpus.warnings) + [f"skipped: {e}" for e in corpus.errors])
    embedder = get_embedder(settings)
    fp = fingerprint(settings, embedder.model_id, corpus.docs)

    try:
        return _build(settings, index_dir, corpus.docs, embedder, fp, report, t0, progress, force)
    except (OSError, sqlite3.Error, StoreUnavailableError) as e:
        raise RagError(f"Cannot write the index at {settings.chroma_url or index_dir}: {e}. Make the folder "
                       "writable and free disk space (or start the Chroma server), then re-run: python -m ingest "
                       "(the index being served was not changed)") from None


def _store_intact(settings: Settings, build_id: str, units: int) -> bool:
    try:
        return UnitStore(settings, build_id, builds_dir(settings) / build_id).count() == units
    except StoreUnavailableError:
        return False


def _build(settings, index_dir, docs, embedder, fp, report, t0, progress, force) -> Report:
    with ingest_lock(index_dir):
        current = current_build_id(settings)
        if current and not force and (builds_dir(settings) / current / "manifest.json").exists():
            manifest = read_manifest(builds_dir(settings) / current)
            if manifest.get("fingerprint") == fp and _store_intact(settings, current, manifest["units"]):
                report.build_id, report.documents, report.units = current, manifest["documents"], manifest["units"]
                report.per_doc = {d: {"units": v["units"], "embedded": 0} for d, v in manifest["docs"].items()}
                report.seconds = time.perf_counter() - t0
                return report

        # parse and chunk every document (cheap); embedding is where the time goes
        all_units: list[Unit] = []
        docs_out: dict[str, dict] = {}
        for d in docs:
            tree = parse(d.text)
            units = tree_to_units(tree, d.entry, settings.max_unit_tokens, embedder.count_tokens)
            for w in tree.warnings:
                report.warnings.append(f"{d.path.name}: {w}")
            all_units.extend(units)
            docs_out[d.entry["id"]] = {"entry": d.entry, "label": doc_label(d.entry), "file": d.path.name,
                                       "sha256": d.sha256, "text": tree.text, "units": [u.unit_id for u in units]}
        texts = [embed_text(u) for u in all_units]
        for u, t in zip(all_units, texts):
            n = embedder.count_tokens(t)
            if n > embedder.max_tokens:
                raise CorpusError(f"{u.unit_id}: {n} tokens with its path, over the model limit of "
                                  f"{embedder.max_tokens}. Lower RAG_MAX_UNIT_TOKENS.")

        vectors, embedded_per_doc = _embed_with_cache(index_dir, embedder, all_units, texts,
                                                      settings.embed_batch, progress)
        build_id = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%S") + "-" + fp[:8]
        final_dir = builds_dir(settings) / build_id
        part_dir = final_dir.with_name(build_id + ".partial")
        shutil.rmtree(part_dir, ignore_errors=True)
        (part_dir / "docs").mkdir(parents=True)
        for doc_id, doc in docs_out.items():
            (part_dir / "docs" / f"{doc_id}.json").write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
        with open(part_dir / "units.jsonl", "w", encoding="utf-8") as f:
            for u in all_units:
                f.write(json.dumps(u.to_dict(), ensure_ascii=False) + "\n")
        LexicalIndex.build(all_units).save(part_dir / "lexical")
        store = UnitStore(settings, build_id, part_dir, create=True)
        store.add(all_units, vectors)
        if store.count() != len(all_units):
            raise RagError(f"Chroma holds {store.count()} units, expected {len(all_units)}; the build was not made current")
        write_header_index(part_dir, [u.unit_id for u in all_units if is_header_kind(u.kind)], store)
        del store
        per_doc = {d: {"units": len(v["units"]), "embedded": embedded_per_doc.get(d, 0), "sha256": v["sha256"]}
                   for d, v in docs_out.items()}
        manifest = {"build_id": build_id, "fingerprint": fp, "created": datetime.now(timezone.utc).isoformat(),
                    "embed_model": embedder.model_id, "dim": embedder.dim, "parser_version": PARSER_VERSION,
                    "max_unit_tokens": settings.max_unit_tokens, "chroma": settings.chroma_url or "embedded",
                    "documents": len(docs_out), "units": len(all_units), "docs": per_doc}
        (part_dir / "manifest.json").write_text(json.dumps(manifest, ensure_ascii=False, indent=1), encoding="utf-8")
        part_dir.rename(final_dir)
        set_current(settings, build_id)
        _collect_garbage(settings, keep={build_id, current or ""})

    report.build_id, report.changed = build_id, True
    report.documents, report.units = len(docs_out), len(all_units)
    report.embedded = sum(embedded_per_doc.values())
    report.per_doc = {d: {"units": v["units"], "embedded": v["embedded"]} for d, v in per_doc.items()}
    report.seconds = time.perf_counter() - t0
    return report


def _embed_with_cache(index_dir: Path, embedder, units: list[Unit], texts: list[str], batch: int,
                      progress: bool) -> tuple[np.ndarray, dict[str, int]]:
    cache = EmbeddingCache(index_dir / "embcache.sqlite")
    try:
        keys = [EmbeddingCache.key(embedder.model_id, t) for t in texts]
        have = cache.get_many(keys)
        todo = [i for i, k in enumerate(keys) if k not in have]
        bar = _progress(len(todo), "embedding", progress)
        for s in range(0, len(todo), batch):
            idx = todo[s:s + batch]
            vecs = embedder.passages([texts[i] for i in idx])
            cache.put_many([(keys[i], v) for i, v in zip(idx, vecs)])   # committed per batch: resumable
            have.update({keys[i]: v for i, v in zip(idx, vecs)})
            if bar:
                bar.update(len(idx))
        if bar:
            bar.close()
        per_doc: dict[str, int] = {}
        for i in todo:
            per_doc[units[i].doc_id] = per_doc.get(units[i].doc_id, 0) + 1
        return np.stack([have[k] for k in keys]) if keys else np.zeros((0, embedder.dim)), per_doc
    finally:
        cache.close()


def _collect_garbage(settings: Settings, keep: set[str]) -> None:
    """Remove unfinished builds and all but the newest KEEP_BUILDS finished ones."""
    root = builds_dir(settings)
    finished = sorted(p for p in root.iterdir() if p.is_dir() and not p.name.endswith(".partial"))
    for p in root.iterdir():
        if p.name.endswith(".partial"):
            if settings.chroma_url:
                drop_collection(settings, p.name[: -len(".partial")], p)
            shutil.rmtree(p, ignore_errors=True)
    for p in finished[:-KEEP_BUILDS]:
        if p.name in keep:
            continue
        if settings.chroma_url:
            drop_collection(settings, p.name, p)
        shutil.rmtree(p, ignore_errors=True)
