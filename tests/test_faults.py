"""Faults that must lose nothing: a killed ingest, a changed corpus under a running assistant, an index
folder that cannot be written, corrupt Chroma files, a catalog that contradicts its files."""
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from ingest.index import build_index
from rag.config import load_settings
from rag.errors import CorpusError, RagError, StoreUnavailableError
from rag.layout import current_build_dir, current_build_id
from rag.pipeline import Assistant
from rag.search.store import UnitStore

from conftest import ROOT, TIN


def _settings(corpus, index_dir):
    return load_settings(env={}, index_dir=index_dir, corpus_dir=corpus)


@pytest.mark.slow
def test_kill_9_during_ingest_loses_nothing(corpus_copy):
    corpus, index_dir = corpus_copy
    s = _settings(corpus, index_dir)
    served = build_index(s, progress=False).build_id
    (Path(index_dir) / "embcache.sqlite").unlink()       # the next build must embed everything: slow enough to kill
    env = {k: v for k, v in os.environ.items() if not k.startswith("RAG_")}
    env.update(RAG_INDEX_DIR=str(index_dir), RAG_CORPUS_DIR=str(corpus))
    proc = subprocess.Popen([sys.executable, "-m", "ingest", "--force", "--quiet"], cwd=ROOT, env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    cache = Path(index_dir) / "embcache.sqlite"
    deadline = time.time() + 120
    while time.time() < deadline:                        # wait until it has embedded something
        if cache.exists():
            try:
                with sqlite3.connect(str(cache)) as db:
                    if db.execute("SELECT count(*) FROM emb").fetchone()[0] >= 16:
                        break
            except sqlite3.Error:
                pass
        time.sleep(0.2)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    assert proc.returncode == -signal.SIGKILL
    # the served index still answers, unchanged
    assert current_build_id(s) == served
    a = Assistant(s).ask("Ai ký Kế hoạch 21?")
    assert a.citations[0].unit_id == "kh-21-2023:signature"
    # the next ingest completes; nothing lost or duplicated
    report = build_index(s, progress=False, force=True)
    assert report.build_id != served and report.units == 236
    assert report.embedded < 236                          # what the killed run embedded was kept
    store = UnitStore(s, report.build_id, current_build_dir(s))
    assert store.count() == 236
    assert not list((Path(index_dir) / "builds").glob("*.partial"))


def test_corpus_edit_is_served_without_restart(corpus_copy):
    corpus, index_dir = corpus_copy
    s = _settings(corpus, index_dir)
    build_index(s, progress=False)
    assistant = Assistant(s)
    q = "Theo bản tin, Bộ Chính trị đề ra bao nhiêu nhóm nhiệm vụ trọng tâm?"
    assert "06 nhóm" in assistant.ask(q).answer
    news = corpus / TIN
    news.write_text(news.read_text(encoding="utf-8").replace("06 nhóm", "sáu nhóm"), encoding="utf-8")
    build_index(s, progress=False)
    assert "sáu nhóm" in assistant.ask(q).answer          # same process, next question, new build


def test_unwritable_index_location_gives_a_clear_error(corpus_copy, tmp_path):
    corpus, _ = corpus_copy
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    with pytest.raises(RagError, match="Cannot write the index at .*a-file/index.*re-run: python -m ingest"):
        build_index(_settings(corpus, blocker / "index"), progress=False)


def test_corrupt_chroma_files_are_reported_and_repaired_by_ingest(corpus_copy):
    corpus, index_dir = corpus_copy
    s = _settings(corpus, index_dir)
    served = build_index(s, progress=False).build_id
    db = current_build_dir(s) / "chroma" / "chroma.sqlite3"
    db.write_bytes(b"this is not a database" * 100)
    with pytest.raises(StoreUnavailableError, match="re-run: python -m ingest"):
        Assistant(s).ask("Ai ký Kế hoạch 21?")
    report = build_index(s, progress=False)              # the integrity check sees the damage and rebuilds
    assert report.changed and report.build_id != served and report.embedded == 0
    assert Assistant(s).ask("Ai ký Kế hoạch 21?").citations[0].unit_id == "kh-21-2023:signature"


def test_catalog_contradicting_the_file_is_an_error(corpus_copy):
    corpus, index_dir = corpus_copy
    cat = corpus / "catalog.toml"
    cat.write_text(cat.read_text(encoding="utf-8").replace('number = "43-NQ/TW"', 'number = "44-NQ/TW"'),
                   encoding="utf-8")
    with pytest.raises(CorpusError, match="says number = '44-NQ/TW' but nq-43-nq-tw-2023-dai-doan-ket.txt prints '43-NQ/TW'"):
        build_index(_settings(corpus, index_dir), progress=False)


def test_missing_index_names_the_command(tmp_path):
    from rag.errors import IndexMissingError

    with pytest.raises(IndexMissingError, match="run: python -m ingest"):
        Assistant(load_settings(env={}, index_dir=tmp_path / "none"))


@pytest.fixture
def small_fs(tmp_path):
    """A real filesystem of limited size (tmpfs), to fill up or to make read-only."""
    mnt = tmp_path / "fs"
    mnt.mkdir()
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=12m", "tmpfs", str(mnt)], capture_output=True).returncode:
        pytest.skip("mounting a tmpfs is not permitted here")
    yield mnt
    subprocess.run(["umount", "-l", str(mnt)], check=False)


@pytest.fixture
def served_on_small_fs(corpus_copy, small_fs):
    """An index built on the small filesystem (embeddings from the shared cache): (settings, served build id)."""
    corpus, shared = corpus_copy
    index_dir = small_fs / "index"
    index_dir.mkdir()
    shutil.copy(Path(shared) / "embcache.sqlite", index_dir / "embcache.sqlite")
    s = _settings(corpus, index_dir)
    return s, build_index(s, progress=False).build_id


def test_full_disk_stops_ingest_and_keeps_the_served_index(served_on_small_fs, small_fs):
    s, served = served_on_small_fs
    ballast = small_fs / "ballast"
    try:
        with open(ballast, "wb") as f:                  # fill the disk up (the build may have filled it already)
            while True:
                f.write(b"\0" * 65536)
                f.flush()
    except OSError:
        pass
    with pytest.raises(RagError, match="Cannot write the index at .*(No space left on device|disk is full|Chroma write failed)"):
        build_index(s, progress=False, force=True)
    assert current_build_id(s) == served
    # embedded Chroma cannot even open its files on a full disk: a clear error, not a crash ...
    try:
        answer = Assistant(s).ask("Ai ký Kế hoạch 21?")
    except StoreUnavailableError as e:
        assert "free disk space" in str(e)
    else:
        assert answer.citations[0].unit_id == "kh-21-2023:signature"
    # ... and once space is freed, the served index answers, unchanged
    ballast.unlink()
    assert current_build_id(s) == served
    assert Assistant(s).ask("Ai ký Kế hoạch 21?").citations[0].unit_id == "kh-21-2023:signature"


def test_read_only_index_dir_stops_ingest_and_still_answers(served_on_small_fs, small_fs):
    s, _ = served_on_small_fs
    ro = small_fs.parent / "read-only-view"                 # the same files, through a read-only bind mount
    ro.mkdir()
    subprocess.run(["mount", "--bind", str(small_fs), str(ro)], check=True)
    try:
        subprocess.run(["mount", "-o", "remount,bind,ro", str(ro)], check=True)
        s_ro = _settings(s.corpus_dir, ro / "index")
        with pytest.raises(RagError, match="Cannot write the index at .*(Read-only file system|readonly database)"):
            build_index(s_ro, progress=False, force=True)
        try:
            answer = Assistant(s_ro).ask("Ai ký Kế hoạch 21?")
        except StoreUnavailableError as e:                  # embedded Chroma may need to write to open
            assert "fix the folder's permissions" in str(e)
        else:
            assert answer.citations[0].unit_id == "kh-21-2023:signature"
    finally:
        subprocess.run(["umount", "-l", str(ro)], check=False)
    assert Assistant(s).ask("Ai ký Kế hoạch 21?").citations[0].unit_id == "kh-21-2023:signature"
