"""Meaning-neighbours (rag.search.neighbours, ingest/vocab.py): the corpus vocabulary built at ingest and read back,
an everyday phrase paired with the documents' phrase, named things and shared-syllable look-alikes left
alone, and a question word covered through a neighbour."""
from __future__ import annotations

import json

import numpy as np
import pytest

from ingest.vocab import VocabularyBuilder
from rag.decision.meaning import covered_terms
from rag.search.neighbours import PHRASES, VECTORS, Vocabulary, content_phrases, meaning_pairs, rewrite, unknown_phrases
from rag.text import fold, words


@pytest.fixture(scope="module")
def on_index(built_index, tmp_path_factory):
    """Settings of an index of the real corpus built with the meaning-neighbours switched on (they are off by
    default), sharing the session's embedding cache."""
    import shutil
    from pathlib import Path

    from ingest.index import build_index
    from rag.config import load_settings

    index_dir = tmp_path_factory.mktemp("index-neighbours")
    shutil.copy(Path(built_index.index_dir) / "embcache.sqlite", index_dir / "embcache.sqlite")
    settings = load_settings(env={"RAG_NEIGHBOUR_MIN_COSINE": "0.947"}, index_dir=index_dir,
                             corpus_dir=built_index.corpus_dir)
    build_index(settings, progress=False)
    return settings


def test_the_vocabulary_is_built_only_when_the_neighbours_are_on(built_index, on_index):
    from rag.index import LoadedIndex

    assert not built_index.neighbours_on and LoadedIndex(built_index).vocabulary is None
    assert on_index.neighbours_on and LoadedIndex(on_index).vocabulary is not None


def test_content_phrases_never_start_or_end_with_a_stopword():
    run = ["phát huy", "vai trò", "của", "cựu chiến binh"]
    got = [p for _, _, p in content_phrases(run)]
    assert "cựu chiến binh" in got and "phát huy vai trò" in got
    assert not any(p.startswith("của") or p.endswith("của") for p in got)
    assert "vai trò của cựu chiến binh" not in got          # over four syllables


def test_the_vocabulary_is_built_written_and_read_back(on_index, tmp_path):
    from rag.search.embed import get_embedder
    from rag.index import LoadedIndex

    index = LoadedIndex(on_index)
    units = [index.units[u] for u in index.docs["nq-43-2023"].unit_ids]
    builder = VocabularyBuilder(min_count=2, max_phrases=200)
    for u in units:
        builder.add(u)
    assert builder.counts["người cao tuổi"] == 5 and builder.counts["cựu chiến binh"] == 1   # once: not kept
    embedder = get_embedder(on_index)
    stats = builder.write(tmp_path, embedder.passages)
    phrases = json.loads((tmp_path / PHRASES).read_text(encoding="utf-8"))
    assert stats["phrases"] == len(phrases) == 200
    assert phrases[:4] == ["nhân dân", "xây dựng", "đảng", "xã hội"]         # most frequent first
    assert "người cao tuổi" in phrases and "cựu chiến binh" not in phrases
    assert (tmp_path / VECTORS).stat().st_size == len(phrases) * embedder.dim * 2
    vocab = Vocabulary.load(tmp_path, embedder.dim)
    assert vocab.phrases == phrases
    row = phrases.index("người cao tuổi")
    want = embedder.passages(["người cao tuổi"])[0]
    assert float(np.asarray(vocab.vectors[row], dtype=np.float32) @ want) == pytest.approx(1.0, abs=2e-3)
    # the build of the whole corpus holds the same file, with every body unit read
    assert index.vocabulary is not None and "cựu chiến binh" in index.vocabulary.phrases
    assert index.manifest["vocabulary"]["phrases"] == len(index.vocabulary.phrases)


def test_an_everyday_phrase_gets_the_documents_phrase(on_index):
    from rag.search.embed import get_embedder
    from rag.index import LoadedIndex
    from rag.search.neighbours import neighbours

    index = LoadedIndex(on_index)
    embedder = get_embedder(on_index)
    q = "Các bác lính cũ đã xuất ngũ được giao việc gì?"
    assert "lính cũ" in unknown_phrases(q, index.lexical.accents)
    pairs = neighbours(q, index.vocabulary, index.lexical.accents, embedder)
    assert ("lính cũ", "cựu chiến binh") in [(p, n) for p, n, _ in pairs]
    assert rewrite(q, pairs).startswith("Các bác cựu chiến binh đã")
    assert neighbours(q, index.vocabulary, index.lexical.accents, embedder, threshold=1.0) == []   # switched off
    # a phrase the corpus prints is not looked up; a capitalised name never is
    assert unknown_phrases("Ông Nguyễn Văn Hiếu phát huy vai trò cựu chiến binh ra sao?", index.lexical.accents) == []
    # "kế hoạch trung ương" sits next to "nghị quyết trung ương" only for the words they share: not paired
    pairs = neighbours("Kế hoạch trung ương giao gì cho quân đội?", index.vocabulary, index.lexical.accents, embedder)
    assert "nghị quyết trung ương" not in [n for _, n, _ in pairs]


def test_a_question_word_is_covered_through_a_neighbour():
    # a phrase the synonym table does not hold ("lính cũ" is in it since the everyday phrases were added)
    q = words(fold("lính già được giao việc gì"))
    terms = ["linh", "gia", "giao", "viec"]
    passage = words(fold("Tăng cường vai trò của cựu chiến binh trong giáo dục lòng yêu nước"))
    assert covered_terms(terms, q, passage) == {"giao"}                   # "giáo dục", folded
    near = meaning_pairs([("lính già", "cựu chiến binh", 0.95)])
    assert near == {("linh", "gia"): [("cuu", "chien", "binh")]}
    assert covered_terms(terms, q, passage, near) == {"linh", "gia", "giao"}
