"""The current build, loaded read-only: units, documents (catalog entry, label, cleaned text, outline),
the task table (rag.tables.tasks), the lexical index, the clause vectors (rag.search.clauses), the vocabulary of meaning-neighbours (rag.search.neighbours)
and the Chroma store.
Loaded once per process; `IndexHolder` picks up a new build after a re-ingest without restarting the process."""
from __future__ import annotations

import json
import threading
from dataclasses import dataclass
from pathlib import Path

from rag.search.clauses import ClauseIndex
from rag.config import Settings
from rag.question.docmatch import matcher_for
from rag.layout import current_build_dir, current_build_id, read_manifest
from rag.search.lexical import LexicalIndex
from rag.search.neighbours import Vocabulary
from rag.search.store import UnitStore
from rag.search.titlevecs import load_title_vectors
from rag.tables.tasks import load_rows
from rag.types import Unit
from rag.search.unittable import UnitTable


_REPEATED = ("doc_id", "kind", "doc_label", "deadline", "lead", "attached_to")   # unit fields many units share


@dataclass
class Doc:
    doc_id: str
    entry: dict
    label: str
    text: str
    unit_ids: list[str]
    outline: dict | None = None     # the body tree (ingest.outline); read it with rag.tables.outline


class LoadedIndex:
    def __init__(self, settings: Settings):
        self.settings = settings
        self.build_dir: Path = current_build_dir(settings)
        self.build_id = self.build_dir.name
        self.manifest = read_manifest(self.build_dir)
        self.units: dict[str, Unit] = {}
        shared: dict[str, str] = {}                        # one copy of the strings units repeat (≈ 80 MB at 140k)
        chains: dict[tuple, tuple] = {}
        for line in (self.build_dir / "units.jsonl").read_text(encoding="utf-8").splitlines():
            d = json.loads(line)
            for k in _REPEATED:
                if k in d:
                    d[k] = shared.setdefault(d[k], d[k])
            d["headings"] = chains.setdefault(h := tuple(shared.setdefault(x, x) for x in d.get("headings", ())), h)
            u = Unit.from_dict(d)
            self.units[u.unit_id] = u
        self.order = list(self.units)                      # row order of the lexical index
        self.docs: dict[str, Doc] = {}
        for p in sorted((self.build_dir / "docs").glob("*.json")):
            d = json.loads(p.read_text(encoding="utf-8"))
            self.docs[d["entry"]["id"]] = Doc(d["entry"]["id"], d["entry"], d["label"], d["text"], d["units"],
                                             d.get("outline"))
        cited = self.build_dir / "cited.json"     # rows of ingest.cited; read them with rag.tables.cited
        self.cited: list[dict] = json.loads(cited.read_text(encoding="utf-8")) if cited.exists() else []
        self.tasks: list[dict] = load_rows(self.build_dir / "tasks.jsonl")
        self.docmatch = matcher_for(self.docs)             # document references, compiled once per build
        self.lexical = LexicalIndex.load(self.build_dir / "lexical")
        assert self.lexical.unit_ids == self.order, "lexical index and units.jsonl disagree; re-run ingest"
        self.table = UnitTable(self.units, self.order, self.build_dir)   # per-unit columns, header index
        self.clauses = ClauseIndex.load(self.build_dir, int(self.manifest.get("dim", 0)), len(self.order))
        self.vocabulary = Vocabulary.load(self.build_dir, int(self.manifest.get("dim", 0)))   # rag.search.neighbours
        self.store = UnitStore(settings, self.build_id, self.build_dir)
        # the query vectors of the catalog's document names as questions type them (rag.search.titlevecs)
        self.title_model, self.title_vectors = load_title_vectors(self.build_dir)

    def doc_units(self, doc_id: str) -> list[Unit]:
        return [self.units[u] for u in self.docs[doc_id].unit_ids]


class PerBuild:
    """A value made from a loaded index build once and kept for that build only (a new build replaces it);
    thread-safe. Call it with the index: `for_index = PerBuild(lambda index: Model(...))`."""

    def __init__(self, make):
        self._make = make
        self._lock = threading.Lock()
        self._build_id: str | None = None
        self._value = None

    def __call__(self, index):
        with self._lock:
            if self._build_id != index.build_id:
                self._value, self._build_id = self._make(index), index.build_id
            return self._value


class IndexHolder:
    """Holds the loaded index and swaps in a newer build when CURRENT changes (checked per question)."""

    def __init__(self, settings: Settings):
        self.settings = settings
        self._lock = threading.Lock()
        self._index = LoadedIndex(settings)

    def get(self) -> LoadedIndex:
        latest = current_build_id(self.settings)
        if latest and latest != self._index.build_id:
            with self._lock:
                if latest != self._index.build_id:
                    self._index = LoadedIndex(self.settings)
        return self._index
