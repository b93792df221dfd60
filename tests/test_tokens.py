"""ScreenedCounter (ingest/tokens.py): the word-sum estimate equals the model tokenizer's count on every unit
and paragraph of the real corpus, and a text near or over the limit is always counted exactly. (That a build
made with it has the same units as one made with exact counts: tests/test_stream.py.)"""
from ingest.chunk import embed_text
from ingest.tokens import ScreenedCounter
from rag.search.embed import get_embedder

from test_stream import reference_units


def test_estimate_equals_exact_count_on_the_corpus(built_index):
    exact = get_embedder(built_index).count_tokens
    counter = ScreenedCounter(exact, 320)
    texts = [t for u in reference_units(built_index) for t in (u.text, embed_text(u), u.path)]
    assert len(texts) == 3 * 236          # 189 paragraphs and bullets, 47 heading lines
    assert [counter.estimate(t) for t in texts] == [exact(t) for t in texts]
    assert len(counter.words) < 3000          # each distinct word counted once


def test_near_or_over_the_limit_is_counted_exactly(built_index):
    exact = get_embedder(built_index).count_tokens
    units = reference_units(built_index)
    long = " ".join(u.text for u in units[:40])
    counter = ScreenedCounter(exact, 320)
    assert counter(long) == exact(long) > 320 and counter.exact_calls == 1
    short = units[5].text
    assert exact(short) < 320 - 32 and counter(short) == exact(short) and counter.exact_calls == 1
    words = long.split()
    k = next(k for k in range(len(words)) if counter.estimate(" ".join(words[:k])) >= 320 - 32)
    near = " ".join(words[:k])
    calls = counter.exact_calls
    assert counter(near) == exact(near) and counter.exact_calls == calls + 1
