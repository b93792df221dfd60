"""The fast paths of rag.text (fold by translation table, one alternation per first letter for tone
placement, abbreviation rules skipped when their abbreviation is absent) give exactly what the plain
implementations give, on the real corpus, the question set and hand-made edge cases."""
import json
import random
import re
import unicodedata

import pytest

from rag import text as T

from conftest import CORPUS, ROOT


def fold_reference(text: str) -> str:
    text = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    return "".join(ch for ch in text if unicodedata.category(ch) != "Mn").lower()


_TONE_REF = re.compile(r"(?<![qQ])(" + "|".join(map(re.escape, T._TONE_TABLE)) + r")(?![^\W\d_])")


def nfc_reference(text: str) -> str:
    text = unicodedata.normalize("NFC", text)
    return _TONE_REF.sub(lambda m: T._TONE_TABLE[m.group(1)], text)


def expand_reference(text: str) -> str:
    keep = {}

    def _protect(m):
        key = f"\x00{len(keep)}\x00"
        keep[key] = m.group(0)
        return key

    text = T._DOCNUM_RE.sub(_protect, text)
    for pat, expansion, *_ in T._abbreviations():
        text = pat.sub(expansion, text)
    for key, value in keep.items():
        text = text.replace(key, value)
    return text


EDGE = ["NQ 43", "nq43", "Nq số 43 và KH 21, BCHTW, BCH TW", "ıNQ", "İNQ Kh", "ſtt", "KH ſ", "\u212aH 21",
        "ΟΔΟΣ nq", "e\u0302\u0301 ke\u0302\u0301 hoa\u0323ch", "Quý, qúy, hoà, HOÀ, Hoà, thuỷ, THUỶ", "43-NQ/TW NQ/TW",
        "HĐND, hđnd, Hđnd, MTTQ", "“Dân biết” – … «x» ° ·\u00a0NQ\u2009KH", "ª º µ ¹ ½ ‰ ℃", "ǄǅǆĲ ß ẞ Æ ø", "a\u0308\u0323b", "đ Đ", "", "  ", "KH-21", "/KH", "KH/"]


def _samples() -> list[str]:
    out = list(EDGE)
    for f in sorted(CORPUS.glob("*.txt")):
        out += f.read_text(encoding="utf-8").splitlines()
    out += [json.loads(line)["question"] for line in (ROOT / "eval" / "questions.jsonl").read_text(encoding="utf-8").splitlines()
            if line.strip()]
    rng = random.Random(0)
    alphabet = "aáàoóòuúýyỳqQOUNQKHnqkhTWBCHĐđ/- 0123456789ıİſ\u212a\u0301\u0323ΣσςİI“”–…«»ªµ\u00a0"
    out += ["".join(rng.choice(alphabet) for _ in range(rng.randint(1, 30))) for _ in range(3000)]
    return out


@pytest.mark.parametrize("fast, reference", [(T.fold, fold_reference), (T.nfc, nfc_reference),
                                             (T.expand_abbreviations, expand_reference)])
def test_fast_path_equals_reference(fast, reference):
    samples = _samples()
    assert len(samples) > 3500
    for s in samples:
        assert fast(s) == reference(s), s
    for s in samples:                       # and on texts in the other normal form
        n = unicodedata.normalize("NFD", s)
        assert fast(n) == reference(n), n


def test_fold_examples():
    assert T.fold("Đại đoàn kết") == "dai doan ket"
    assert T.fold("QUYẾT ĐỊNH") == "quyet dinh"
    assert T.expand_abbreviations("NQ 43 của BCH TW") != "NQ 43 của BCH TW"


def test_nfc_is_idempotent():
    for s in _samples():
        assert T.nfc(T.nfc(s)) == T.nfc(s), s


def test_phrase_re_matches_whole_words_only():
    from rag.text import phrase_re
    assert phrase_re("ban").search("ban hanh") and not phrase_re("ban").search("bang")
    assert not phrase_re("quy 1").search("quy 10") and phrase_re("quy 1", digits=False).search("quy 10")
    assert phrase_re("quy 1") is phrase_re("quy 1")      # compiled once
