"""Build the index: corpus -> parsed trees -> units -> embeddings (cached) -> Chroma + BM25 -> swap.
Documents are streamed into the build one at a time (ingest/stream.py): memory does not grow with the corpus.

A build is written aside under builds/<id>.partial, renamed to builds/<id> when complete, and only then
made current by replacing the CURRENT file; the build being served is never touched, so a crash or a
kill at any point leaves the previous index answering. Embeddings are cached by (model, text) in a
SQLite file, so an unchanged unit is never embedded twice and an interrupted ingest resumes where it
stopped. An ingest whose inputs (files, catalog, model, parser settings) match the current build does
nothing.
"""
from __future__ import annotations

import hashlib
import json
import shutil
import sqlite3
import sys
import time
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

import numpy as np

from ingest.catalog import load_corpus
from ingest.chunk import doc_label, tree_to_units
from ingest.cited import cited_rows, extract_mentions
from ingest.lock import ingest_lock
from ingest.outline import build_outline
from ingest.parse import parse
from rag.search.titlevecs import write_title_vectors
from ingest.stream import BuildWriter, Phases, return_freed_memory
from ingest.tasks import task_rows
from ingest.tokens import ScreenedCounter
from rag.config import Settings
from rag.search.embed import get_embedder
from rag.errors import CorpusError, RagError, StoreUnavailableError
from rag.layout import builds_dir, current_build_id, read_manifest, set_current
from rag.search.store import UnitStore, drop_collection
from rag.tables.tasks import write_rows
from rag.search.unittable import write_header_index

PARSER_VERSION = "8"   # 2: outline and cited-documents table stored with the build; 3: the task table; 4: heading units; 5: units stored with their document (filters by document work); 6: clause vectors; 7: heading lines in a collection of their own; 8: the vocabulary of meaning-neighbours (ingest/vocab.py)

# the task table is rebuilt when its rules change (cheap: no embedding is involved)
TASK_RULES = hashlib.sha256(Path(__file__).with_name("tasks.py").read_bytes()).hexdigest()[:12]
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
    phases: dict = field(default_factory=dict)    # seconds per phase of the build (parse, chunk, embedding, ...)
    phases_cpu: dict = field(default_factory=dict)  # CPU seconds of the same phases
    warnings: list[str] = field(default_factory=list)
    vocabulary: dict = field(default_factory=dict)  # phrases kept / counted, units read, bytes (ingest/vocab.py)

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


def _progress(total: int, desc: str, enabled: bool):
    if enabled and sys.stderr.isatty():
        from tqdm import tqdm

        return tqdm(total=total, desc=desc, unit="unit")
    return None


# ------------------------------------------------------------------------------------------------ build
def fingerprint(settings: Settings, model_id: str, docs) -> str:
    h = hashlib.sha256()
    h.update(json.dumps([PARSER_VERSION, TASK_RULES, model_id, settings.max_unit_tokens,
                         settings.chroma_url or "embedded", settings.neighbours_on,
                         "title-vectors"]).encode())         # builds before rag.search.titlevecs are rebuilt once
    for d in sorted(docs, key=lambda d: d.entry["id"]):
        h.update(json.dumps(d.entry, sort_keys=True, ensure_ascii=False).encode("utf-8"))
        h.update(d.sha256.encode())
    return h.hexdigest()


def build_index(settings: Settings, progress: bool = True, force: bool = False, skip_bad: bool = False,
                embedder=None) -> Report:
    """Bring the index in line with the corpus. Raises CorpusError listing every bad input, and
    IngestBusyError when a build is needed while another process holds the ingest lock. `embedder`
    replaces the one of `settings` (the benchmark's stand-in passage vectors)."""
    t0 = time.perf_counter()
    index_dir = Path(settings.index_dir)
    corpus = load_corpus(Path(settings.corpus_dir))
    if corpus.errors and not (skip_bad and corpus.docs):
        raise CorpusError("The corpus has problems; the current index was left as it is:\n  - " +
                          "\n  - ".join(corpus.errors))
    report = Report(warnings=list(corpus.warnings) + [f"skipped: {e}" for e in corpus.errors])
    embedder = embedder or get_embedder(settings)
    fp = fingerprint(settings, embedder.model_id, corpus.docs)

    try:
        if not force and _up_to_date(settings, fp, report):        # no lock needed to find nothing to do
            report.seconds = time.perf_counter() - t0
            return report
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


def _up_to_date(settings: Settings, fp: str, report: Report) -> bool:
    """True (and the report filled in) when the served build was made from these inputs and its store
    still holds all its units. Reads only: CURRENT, the manifest, a count from Chroma."""
    current = current_build_id(settings)
    if not current or not (builds_dir(settings) / current / "manifest.json").exists():
        return False
    manifest = read_manifest(builds_dir(settings) / current)
    if manifest.get("fingerprint") != fp or not _store_intact(settings, current, manifest["units"]):
        return False
    report.build_id, report.documents, report.units = current, manifest["documents"], manifest["units"]
    report.per_doc = {d: {"units": v["units"], "embedded": 0} for d, v in manifest["docs"].items()}
    return True


def _build(settings, index_dir, docs, embedder, fp, report, t0, progress, force) -> Report:
    with ingest_lock(index_dir):
        current = current_build_id(settings)
        if not force and _up_to_date(settings, fp, report):       # again: another ingest may just have built it
            report.seconds = time.perf_counter() - t0
            return report

        # one pass over the documents: each is parsed, chunked and streamed into the build as it is made
        build_id = base = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%S") + "-" + fp[:8]
        n = 1
        while (builds_dir(settings) / build_id).exists():     # a forced rebuild within the same second
            n += 1
            build_id = f"{base}-{n}"
        final_dir = builds_dir(settings) / build_id
        part_dir = final_dir.with_name(build_id + ".partial")
        shutil.rmtree(part_dir, ignore_errors=True)
        (part_dir / "docs").mkdir(parents=True)
        phases = Phases()
        try:
            per_doc = _stream_documents(settings, index_dir, part_dir, build_id, docs, embedder, report, phases,
                                        progress)
        except BaseException:
            _discard(settings, build_id, part_dir)
            raise
        units = sum(v["units"] for v in per_doc.values())
        manifest = {"build_id": build_id, "fingerprint": fp, "created": datetime.now(timezone.utc).isoformat(),
                    "embed_model": embedder.model_id, "dim": embedder.dim, "parser_version": PARSER_VERSION,
                    "max_unit_tokens": settings.max_unit_tokens, "chroma": settings.chroma_url or "embedded",
                    "documents": len(per_doc), "units": units, "docs": per_doc, "phases_s": phases.rounded(),
                    "phases_cpu_s": phases.rounded_cpu(), "vocabulary": report.vocabulary}
        (part_dir / "manifest.json").write_text(json.dumps(manifest, ensure_ascii=False, indent=1), encoding="utf-8")
        part_dir.rename(final_dir)
        set_current(settings, build_id)
        _collect_garbage(settings, keep={build_id, current or ""})

    report.build_id, report.changed = build_id, True
    report.documents, report.units = len(per_doc), units
    report.embedded = sum(v["embedded"] for v in per_doc.values())
    report.per_doc = {d: {"units": v["units"], "embedded": v["embedded"]} for d, v in per_doc.items()}
    report.phases, report.phases_cpu = phases.rounded(), phases.rounded_cpu()
    report.seconds = time.perf_counter() - t0
    return report


def _stream_documents(settings, index_dir, part_dir, build_id, docs, embedder, report, phases, progress) -> dict:
    """Parse, chunk, embed and store every document into `part_dir`; returns the manifest's per-document table."""
    store = UnitStore(settings, build_id, part_dir, create=True)
    cache = EmbeddingCache(index_dir / "embcache.sqlite")
    bar = _progress(None, "units", progress)
    count = ScreenedCounter(embedder.count_tokens, min(settings.max_unit_tokens, embedder.max_tokens))
    writer = BuildWriter(part_dir, store, embedder, cache, settings.embed_batch, phases, bar, count=count,
                         vocabulary=settings.neighbours_on)
    per_doc: dict[str, dict] = {}
    tasks: list[dict] = []          # the task table and the mentions of other documents are small: kept
    mentions: list[dict] = []
    try:
        for d in docs:
            with phases("parse"):
                tree = parse(d.text)
            with phases("chunk"):
                units = tree_to_units(tree, d.entry, settings.max_unit_tokens, count)
            report.warnings += [f"{d.path.name}: {w}" for w in tree.warnings]
            doc_id = d.entry["id"]
            with phases("tables"):
                tasks += task_rows(units, d.entry)
                mentions += extract_mentions(units)
                outline = build_outline(tree, units)
            doc = {"entry": d.entry, "label": doc_label(d.entry), "file": d.path.name, "sha256": d.sha256,
                   "text": tree.text, "units": [u.unit_id for u in units], "outline": outline}
            with phases("units.jsonl"):
                (part_dir / "docs" / f"{doc_id}.json").write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
            per_doc[doc_id] = {"units": len(units), "embedded": 0, "sha256": d.sha256}
            writer.add(units)
        with phases("tables"):
            cited = cited_rows(mentions, [d.entry for d in docs])
            (part_dir / "cited.json").write_text(json.dumps(cited, ensure_ascii=False, indent=0), encoding="utf-8")
            write_rows(part_dir / "tasks.jsonl", tasks)
        writer.finish()
        with phases("chroma add"):
            if store.count() != writer.units:
                raise RagError(f"Chroma holds {store.count()} units, expected {writer.units}; the build was not made current")
        with phases("header index"):
            write_header_index(part_dir, writer.header_ids, store)
        with phases("title vectors"):       # after the units: an ingest killed before keeps their vectors cached
            write_title_vectors(part_dir, [d.entry for d in docs], embedder, cache)
        store.close()                       # its memory is returned before the lexical index is assembled
        return_freed_memory()
        lexical = writer.lexical_index()
        with phases("lexical"):
            lexical.save(part_dir / "lexical")
        del lexical
    finally:
        store.close()
        writer.close()
        cache.close()
        if bar:
            bar.close()
    report.vocabulary = writer.vocab_stats
    for doc_id, n in writer.embedded_per_doc.items():
        per_doc[doc_id]["embedded"] = n
    return per_doc


def _discard(settings: Settings, build_id: str, part_dir: Path) -> None:
    """Remove a build that failed half-way (its folder and, in server mode, its collection)."""
    if settings.chroma_url:
        try:
            drop_collection(settings, build_id, part_dir)
        except StoreUnavailableError:
            pass   # the server is gone; the next ingest's clean-up drops it
    shutil.rmtree(part_dir, ignore_errors=True)


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
