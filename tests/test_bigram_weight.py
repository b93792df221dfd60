"""BM25 with the question's syllable pairs weighted (rag.search.lexical.LexicalIndex.scores, Settings.bigram_weight).
Real corpus, literal expectations."""
from __future__ import annotations

import numpy as np

from rag.text import lexical_tokens

PURPOSE = "Bản tin về kế hoạch 21 nói kế hoạch này ra đời để nhằm mục đích gì?"


def test_pairs_weigh_their_share_and_singles_stay(index):
    tokens = lexical_tokens(PURPOSE)
    singles = [t for t in tokens if "_" not in t]
    pairs = [t for t in tokens if "_" in t]
    assert "muc_dich" in pairs and "muc" in singles
    lex = index.lexical
    expected = lex.scores(singles) + 2.0 * lex.scores(pairs)
    assert np.allclose(lex.scores(tokens, 2.0), expected, atol=1e-4)
    assert np.array_equal(lex.scores(tokens, 1.0), lex.scores(tokens))


def test_a_phrase_matched_whole_outranks_its_syllables_scattered(index):
    # plain BM25 puts first the news item's paragraph that says "mục đích nêu trên" and "kế hoạch" ... apart;
    # with pairs weighted, the one that says "Kế hoạch được ban hành nhằm mục đích" is first
    tokens = lexical_tokens(PURPOSE)
    top = lambda w: index.order[int(np.argmax(index.lexical.scores(tokens, w)))]   # noqa: E731
    assert top(1.0) == "tin-kh21:preamble.p3"
    assert top(2.0) == "tin-kh21:preamble.p2"


def test_the_setting_defaults_to_plain_bm25_and_is_read_from_the_environment():
    from rag.config import load_settings

    assert load_settings(env={}).bigram_weight == 1.0
    assert load_settings(env={"RAG_BIGRAM_WEIGHT": "2"}).bigram_weight == 2.0
