"""The array-based lexical builder (ingest/lexbuild.py) gives exactly the index of the plain implementation
(tests/test_stream.py's reference: bm25s indexing token lists, n-grams counted as strings): every BM25 matrix
column (documents and float32 scores), the scores and rankings of questions, the accent and vocabulary tables;
on the real corpus plus real units rewritten with characters that fold specially and with abbreviations, in one
batch and in many. Its two shortcuts are checked on their own against rag.text."""
import json
import random
from dataclasses import replace

import numpy as np
import pytest

from ingest.lexbuild import _UNSAFE, LexicalBuilder, _safe_chars
from rag.search.lexical import _SYL_RE
from rag.text import expand_abbreviations, fold, lexical_tokens, may_expand, words

from conftest import CORPUS, ROOT
from test_stream import reference_lexical, reference_units
from test_text_fast import EDGE

QUESTIONS = ["ai ký kế hoạch 21", "cựu chiến binh", "Mặt trận Tổ quốc giám sát", "đại đoàn kết toàn dân tộc",
             "tinh uy can tho", "HĐND và UBND các cấp", "Nghị quyết 43-NQ/TW", "x² İstanbul", "thời hạn hoàn thành"]

ODD_TEXTS = ["Căn cứ 43-NQ/TW và KH/43-NQ/TW; NQ 43, BCHTW, TP.HCM, đ/c Nguyễn, KT-XH", "", "İstanbul ıNQ Kh ſtt x² ª",
             "e\u0302\u0301 ke\u0302\u0301 hoa\u0323ch Σίσυφος ΟΔΟΣ Ⅻ № ½", "a_b __ NQ_TW", "\u212aH 21 ǄǅǆĲ ß ẞ",
             "“Dân biết” – … «x» ° ·\u00a0NQ\u2009KH", "HĐND hđnd Hđnd MTTQ tư TƯ Tư"]


@pytest.fixture(scope="module")
def units(built_index):
    real = reference_units(built_index)
    odd = [replace(real[i], unit_id=f"odd:{k}", text=t) for k, (i, t) in enumerate(zip(range(3, 200, 7), ODD_TEXTS))]
    return real[:100] + odd + real[100:]


def _columns(retriever) -> dict[str, tuple]:
    s = retriever.scores
    return {tok: (s["indices"][s["indptr"][j]:s["indptr"][j + 1]].tolist(), s["data"][s["indptr"][j]:s["indptr"][j + 1]].tobytes())
            for tok, j in retriever.vocab_dict.items() if tok}


@pytest.mark.parametrize("batch", [512, 7])
def test_builder_equals_reference(units, batch):
    builder = LexicalBuilder(batch=batch)
    for u in units:
        builder.add(u)
    index = builder.finish()
    # heading lines are kept as rows (citable) but never indexed: the reference is built without them
    indexed = [u for u in units if u.kind != "heading"]
    rows = [i for i, u in enumerate(units) if u.kind != "heading"]
    assert 0 < len(indexed) < len(units)
    retriever, accents, vocab = reference_lexical(indexed)

    assert index.unit_ids == [u.unit_id for u in units] and index.bm25_rows == rows
    assert index.accents == accents and len(accents) > 5000
    assert index.vocab == vocab
    s, ref = index.retriever.scores, retriever.scores
    assert s["num_docs"] == ref["num_docs"] == len(indexed)
    assert (s["data"].dtype, s["indices"].dtype, s["indptr"].dtype) == (ref["data"].dtype, ref["indices"].dtype, ref["indptr"].dtype)
    assert _columns(index.retriever) == _columns(retriever)        # same documents and float32 scores per term
    assert set(index.retriever.vocab_dict) == set(retriever.vocab_dict)
    for q in QUESTIONS:
        toks = [t for t in lexical_tokens(q) if t in retriever.vocab_dict]
        want = np.zeros(len(units), dtype=np.float32)
        if toks:
            want[rows] = np.asarray(retriever.get_scores(toks), dtype=np.float32)
        got = index.scores(lexical_tokens(q))
        assert np.array_equal(got, want), q
        assert np.argsort(-got, kind="stable")[:10].tolist() == np.argsort(-want, kind="stable")[:10].tolist()


def test_saved_index_loads_with_the_same_scores(units, tmp_path):
    from rag.search.lexical import LexicalIndex

    builder = LexicalBuilder()
    for u in units:
        builder.add(u)
    index = builder.finish()
    index.save(tmp_path / "lexical")
    loaded = LexicalIndex.load(tmp_path / "lexical")
    assert json.loads((tmp_path / "lexical" / "tables.json").read_text(encoding="utf-8"))["unit_ids"] == index.unit_ids
    for q in QUESTIONS:
        assert np.array_equal(loaded.scores(lexical_tokens(q)), index.scores(lexical_tokens(q))), q


def _samples() -> list[str]:
    out = list(EDGE) + ODD_TEXTS
    for f in sorted(CORPUS.glob("*.txt")):
        out += f.read_text(encoding="utf-8").splitlines()
    out += [json.loads(line)["question"] for line in (ROOT / "eval" / "questions.jsonl").read_text(encoding="utf-8").splitlines()
            if line.strip()]
    rng = random.Random(1)
    pieces = ["NQ", "nq", "KH", "kh", "TU", "tư", "TƯ", "đ/c", "KT-XH", "TP.", "HCM", "43-NQ/TW", "21-KH/TU", "/", "-", " ",
              ".", "_", "x", "á", "ı", "İ", "ſ", "\u212a", "²", "\u0301", "\x00", "khác", "tuyên", "Đảng", "1", "ǅ", "ß"]
    out += ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 12))) for _ in range(4000)]
    return out


def test_safe_text_folds_syllable_by_syllable():
    samples = _samples()
    rng, alphabet = random.Random(2), _safe_chars() + "  "
    safe = [t for t in samples if not _UNSAFE.search(t)]
    safe += ["".join(rng.choice(alphabet) for _ in range(rng.randint(1, 40))) for _ in range(3000)]
    assert len(safe) > 4500 and all(not _UNSAFE.search(c) for c in "aăâđeêioôơuưyáàảãạẮẰẲẴẶđĐ“”–…«» \n\t.,;:()/-_0123456789")
    assert all(_UNSAFE.search(c) for c in ["İ", "²", "\u0301", "ſ", "\u212a", "Σ", "ª"])
    for t in safe:
        assert words(fold(t)) == [fold(s) for s in _SYL_RE.findall(t.lower())], t


def test_may_expand_false_means_nothing_expands():
    samples = _samples()
    skipped = 0
    for t in samples:
        low = t.lower()
        if not may_expand(t, low, _SYL_RE.findall(low)):
            skipped += 1
            assert expand_abbreviations(t) == t, t
    corpus_lines = [line for f in sorted(CORPUS.glob("*.txt")) for line in f.read_text(encoding="utf-8").splitlines()]
    assert sum(not may_expand(t, t.lower(), _SYL_RE.findall(t.lower())) for t in corpus_lines) > 0.8 * len(corpus_lines)
    assert skipped > 1000
    assert may_expand("Theo NQ 43", "theo nq 43", ["theo", "nq", "43"])
    assert not may_expand("Kế hoạch 21-KH/TU", "kế hoạch 21-kh/tu", ["kế", "hoạch", "21", "kh", "tu"])
    assert may_expand("bộ đội được kh21 giao gì", "bộ đội được kh21 giao gì", ["bộ", "đội", "được", "kh21", "giao", "gì"])


def test_an_abbreviation_glued_to_its_number_is_spelled_out_with_a_space():
    """"KH21", "nq43": a document's kind and number typed as one word read as "kế hoạch 21" (a kind's code only); a code that goes on
    with letters, a hyphen or a slash ("nq43a", "KH21-abc", "KH21/TW") is left alone, as are document numbers."""
    assert expand_abbreviations("bộ đội, công an được kh21 giao việc gì") == "bộ đội, công an được kế hoạch 21 giao việc gì"
    assert expand_abbreviations("NQ43 nói gì?") == "nghị quyết 43 nói gì?"
    assert expand_abbreviations("nghị quyết tw8") == "nghị quyết tw8"      # not a kind's code: the plenum's number
    assert expand_abbreviations("NQ 43") == "nghị quyết 43"
    for kept in ("nq43a", "KH21-abc", "KH21/TW", "Theo 43-NQ/TW", "số 21-KH/TW"):
        assert expand_abbreviations(kept) == kept
