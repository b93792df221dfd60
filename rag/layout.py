"""The on-disk layout of the index directory, shared by ingest (writer) and rag (reader).

    <index_dir>/CURRENT                 the id of the build being served (replaced atomically)
    <index_dir>/builds/<id>/            one complete build:
        manifest.json                   settings, model, per-document hashes and unit counts
        units.jsonl                     every unit (the lexical side and the document viewer read it)
        docs/<doc_id>.json              cleaned text, catalog entry and outline of each document
        cited.json                      the documents the corpus cites, one row each (ingest.cited)
        lexical/                        BM25 index (bm25s) + vocabulary tables
        chroma/                         embedded Chroma (absent in server mode: see RAG_CHROMA_URL)
    <index_dir>/embcache.sqlite         embeddings by (model, text) hash: unchanged text is never re-embedded
    <index_dir>/feedback.sqlite         answers rated by users in the chat page
    <index_dir>/ingest.lock             held while an ingest runs
"""
from __future__ import annotations

import json
import os
from pathlib import Path

from rag.config import Settings
from rag.errors import IndexMissingError


def builds_dir(settings: Settings) -> Path:
    return Path(settings.index_dir) / "builds"


def current_build_id(settings: Settings) -> str | None:
    p = Path(settings.index_dir) / "CURRENT"
    try:
        build_id = p.read_text(encoding="utf-8").strip()
    except FileNotFoundError:
        return None
    return build_id or None


def current_build_dir(settings: Settings) -> Path:
    build_id = current_build_id(settings)
    if not build_id or not (builds_dir(settings) / build_id / "manifest.json").exists():
        raise IndexMissingError(f"No index at {settings.index_dir}/ — run: python -m ingest")
    return builds_dir(settings) / build_id


def set_current(settings: Settings, build_id: str) -> None:
    """Point CURRENT at a finished build: write aside, fsync, rename (atomic on POSIX)."""
    p = Path(settings.index_dir) / "CURRENT"
    tmp = p.with_suffix(".tmp")
    with open(tmp, "w", encoding="utf-8") as f:
        f.write(build_id + "\n")
        f.flush()
        os.fsync(f.fileno())
    os.replace(tmp, p)


def read_manifest(build_dir: Path) -> dict:
    return json.loads((build_dir / "manifest.json").read_text(encoding="utf-8"))


def read_doc(build_dir: Path, doc_id: str) -> dict:
    return json.loads((build_dir / "docs" / f"{doc_id}.json").read_text(encoding="utf-8"))
