"""BM25 scored at some rows only (rag.search.lexical.LexicalIndex.scores(rows=...), searched_sum): the very values of
the whole corpus's scores at those rows. Real corpus, questions written for this test."""
from __future__ import annotations

import numpy as np
import pytest

from rag.search.lexical import searched_sum
from rag.text import lexical_tokens

QUESTIONS = [
    "Ban Tuyên giáo phải làm gì để phát huy đội ngũ trí thức người Việt ở nước ngoài?",
    "kinh phí thực hiện kế hoạch lấy từ đâu",
    "khối đại đoàn kết toàn dân tộc và Mặt trận Tổ quốc",
    "xuat khau gao",                                  # words the corpus may not print
]


@pytest.mark.parametrize("question", QUESTIONS)
@pytest.mark.parametrize("weight", [1.0, 0.5, 2.0])
@pytest.mark.parametrize("way", ["cheaper", "searched", "sliced"])
def test_rows_get_the_scores_the_whole_corpus_gives_them(index, question, weight, way):
    lex, rng = index.lexical, np.random.default_rng(7)
    assert lex._sorted_postings()          # else "searched" would fall back to the sliced scores untested
    tokens = lexical_tokens(question) + ["khongcotrongvanban"]
    full = lex.scores(tokens, weight)
    n = len(lex.unit_ids)
    heading_rows = [i for i in range(n) if lex.bm25_rows is not None and i not in set(lex.bm25_rows)]
    for size in (0, 1, 5, 40, n):
        rows = rng.choice(n, size=size, replace=False)
        rows = np.concatenate([rows, rows[:3], heading_rows[:2]]).astype(np.int64)   # repeats, unindexed rows
        got = lex.scores(tokens, weight, rows=rows, way=way)
        assert got.dtype == np.float32 and np.array_equal(got, full[rows])
    if heading_rows:
        assert not lex.scores(tokens, weight, rows=np.array(heading_rows), way=way).any()


@pytest.mark.parametrize("question", QUESTIONS)
def test_the_searched_postings_add_up_as_bm25s_does(index, question):
    r = index.lexical.retriever
    tokens = [t for t in lexical_tokens(question) if t in r.vocab_dict]
    tokens += tokens[:2]                                   # a token twice counts twice
    ids = np.asarray(r.get_tokens_ids(tokens), dtype=np.int32)
    every = np.asarray(r.get_scores(tokens), dtype=np.float32)
    docs = np.arange(0, r.scores["num_docs"], 3)
    assert np.array_equal(searched_sum(r, ids, docs), every[docs])
    assert searched_sum(r, ids, docs[:0]).shape == (0,)
    assert every.max() > 0 or question == "xuat khau gao"
