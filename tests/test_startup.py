"""Pages starting while another process ingests: the unchanged-index check needs no lock; a page that finds
the lock held serves the current build at once and the new one when it lands, or, with no build yet,
waits (bounded, said on its console) and then serves; two pages started at the same instant both serve."""
import json
import os
import re
import subprocess
import sys
import time
from pathlib import Path

import pytest
from gradio_client import Client

from ingest.index import build_index
from ingest.lock import ingest_lock
from ingest.startup import prepare_index
from rag.config import load_settings
from rag.errors import IngestBusyError
from rag.layout import current_build_id

from conftest import ROOT, TIN, free_port, start_chroma, stop, wait_for_port

Q = "Theo bản tin, Bộ Chính trị đề ra bao nhiêu nhóm nhiệm vụ trọng tâm?"


def _settings(corpus, index_dir, **env):
    return load_settings(env=env, index_dir=index_dir, corpus_dir=corpus)


def _edit_news(corpus: Path) -> None:
    news = corpus / TIN
    news.write_text(news.read_text(encoding="utf-8").replace("06 nhóm", "sáu nhóm"), encoding="utf-8")


def _spawn_app(settings, home: Path, **extra) -> tuple[subprocess.Popen, int, Path]:
    """`python app.py` on a free loopback port, not waited for; its console goes to a file."""
    port = free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith("RAG_")}
    env.update(RAG_PORT=str(port), RAG_INDEX_DIR=str(settings.index_dir), RAG_CORPUS_DIR=str(settings.corpus_dir),
               RAG_CONCURRENCY="1", HOME=str(home), **extra)
    if settings.chroma_url:
        env["RAG_CHROMA_URL"] = settings.chroma_url
    home.mkdir(parents=True, exist_ok=True)
    console = home / "app.log"
    proc = subprocess.Popen([sys.executable, str(ROOT / "app.py")], cwd=ROOT, env=env,
                            stdout=open(console, "w"), stderr=subprocess.STDOUT, text=True)
    return proc, port, console


def _wait_for_line(console: Path, pattern: str, proc: subprocess.Popen, seconds: float = 120) -> str:
    deadline = time.time() + seconds
    while time.time() < deadline:
        text = console.read_text(encoding="utf-8")
        if re.search(pattern, text):
            return text
        assert proc.poll() is None, f"the page exited ({proc.returncode}):\n{text}"
        time.sleep(0.3)
    raise AssertionError(f"no line matching {pattern!r} in:\n{console.read_text(encoding='utf-8')}")


def _ask(port: int, question: str) -> dict:
    return json.loads(Client(f"http://127.0.0.1:{port}", verbose=False).predict(question=question, scope=None,
                                                                                  api_name="/ask"))


# ------------------------------------------------------------------------------------- in process
def test_the_unchanged_index_is_checked_without_the_lock_and_a_needed_build_names_the_holder(corpus_copy):
    corpus, index_dir = corpus_copy
    s = _settings(corpus, index_dir)
    served = build_index(s, progress=False).build_id
    with ingest_lock(index_dir):                                   # another ingest is running
        report = build_index(s, progress=False)                    # nothing changed: no lock needed
        assert report.build_id == served and not report.changed
        _edit_news(corpus)
        with pytest.raises(IngestBusyError, match=rf"ingest\.lock is held by pid {os.getpid()} since .*Wait for it"):
            build_index(s, progress=False)
        # a page starting now serves the build it has, and says so
        said = prepare_index(s, say=lambda line: pytest.fail(f"must not wait: {line}"), progress=False)
        assert f"Serving build {served} meanwhile" in said
    assert build_index(s, progress=False).changed                 # lock released: the edit is built


def test_no_build_and_the_lock_held_waits_a_bounded_time_then_names_what_to_check(corpus_copy):
    corpus, index_dir = corpus_copy
    s = _settings(corpus, index_dir, RAG_STARTUP_WAIT="2")
    lines = []
    with ingest_lock(index_dir):
        t0 = time.monotonic()
        with pytest.raises(IngestBusyError) as err:
            prepare_index(s, say=lines.append, progress=False, poll=0.2)
        waited = time.monotonic() - t0
    assert 2 <= waited < 6
    assert lines[0] == (f"Waiting for the index another ingest is building ({index_dir / 'ingest.lock'} is held by "
                        f"pid {os.getpid()} since {lines[0].split(' since ')[1].split(')')[0]}): 0 s so far, at most 2 s.")
    assert str(err.value).startswith(f"No index to serve after waiting 2 s: {index_dir / 'ingest.lock'} is still "
                                     f"held by pid {os.getpid()}")
    assert "Check that ingest" in str(err.value) and "RAG_STARTUP_WAIT" in str(err.value)
    assert current_build_id(s) is None


# ------------------------------------------------------------------------------------- real pages
@pytest.fixture
def chroma_url(tmp_path):
    proc, port = start_chroma(tmp_path / "chroma-data")
    yield f"http://127.0.0.1:{port}"
    stop(proc)


@pytest.mark.slow
@pytest.mark.parametrize("mode", ["embedded", "server"])
def test_a_page_started_during_an_ingest_serves_the_old_build_then_the_new(corpus_copy, tmp_path, mode, request):
    corpus, index_dir = corpus_copy
    env = {"RAG_CHROMA_URL": request.getfixturevalue("chroma_url")} if mode == "server" else {}
    s = _settings(corpus, index_dir, **env)
    old = build_index(s, progress=False).build_id
    _edit_news(corpus)
    proc = None
    try:
        with ingest_lock(index_dir):                                # the operator's re-ingest holds the lock
            proc, port, console = _spawn_app(s, tmp_path / "home")
            wait_for_port(port, proc)
            assert f"Serving build {old} meanwhile" in console.read_text(encoding="utf-8")
            assert "06 nhóm" in _ask(port, Q)["answer"]
        new = build_index(s, progress=False).build_id               # the re-ingest lands
        assert new != old and current_build_id(s) == new
        assert "sáu nhóm" in _ask(port, Q)["answer"]                # next question, new build, no restart
    finally:
        if proc:
            stop(proc)


@pytest.mark.slow
def test_no_build_and_the_lock_held_the_page_waits_then_serves(corpus_copy, tmp_path):
    corpus, index_dir = corpus_copy
    s = _settings(corpus, index_dir)
    proc = None
    try:
        with ingest_lock(index_dir):
            proc, port, console = _spawn_app(s, tmp_path / "home")
            _wait_for_line(console, r"Waiting for the index another ingest is building \(.*ingest\.lock is held "
                                    rf"by pid {os.getpid()} since .*\): \d+ s so far, at most 1800 s\.", proc)
            time.sleep(2)
            assert proc.poll() is None and current_build_id(s) is None   # still waiting, not gone
        try:
            build_index(s, progress=False)         # the ingest it waited for; or the page took the lock first
        except IngestBusyError:
            pass
        wait_for_port(port, proc)
        assert "06 nhóm" in _ask(port, Q)["answer"]
    finally:
        if proc:
            stop(proc)


@pytest.mark.slow
def test_two_pages_started_at_the_same_instant_on_one_index_and_one_chroma_server_both_serve(
        corpus_copy, tmp_path, chroma_url):
    corpus, index_dir = corpus_copy                                 # no build yet: one builds, the other waits
    s = _settings(corpus, index_dir, RAG_CHROMA_URL=chroma_url)
    pages = [_spawn_app(s, tmp_path / f"home{i}") for i in range(2)]
    try:
        for proc, port, _ in pages:
            wait_for_port(port, proc, 240)
        answers = [_ask(port, "Ai ký Kế hoạch 21?") for _, port, _ in pages]
        assert [a["citations"][0]["unit_id"] for a in answers] == ["kh-21-2023:signature"] * 2
        assert len(list((index_dir / "builds").iterdir())) == 1   # one build, made once
    finally:
        for proc, _, _ in pages:
            stop(proc)
