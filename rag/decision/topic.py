"""Topics the corpus never speaks of, though it prints their words: "điện hạt nhân" when the texts print
"điện" and "hạt nhân" apart, never together.

A question's topic is its noun compounds: adjacent nouns as underthesea tags them ("hình thức" + "kỷ luật").
A pair is *absent* when the corpus prints each noun (so it is not a typo, an abbreviation or a word a
paraphrase table should map) but never the two side by side, the synonym table gives no equivalent, and
no retrieved passage holds the two words at all. Nouns that head free phrases rather than terms — vague
nouns and classifiers of everyday speech ("chuyện", "nhóm", "giới", "bên"), the kinds of documents
("nghị quyết đại đoàn kết") — never form a pair. Questions typed without diacritics are not tagged (the
tagger reads them poorly). The result is a signal of the answerability model (rag.decision.decide), not a
refusal on its own.
"""
from __future__ import annotations

import functools
import re

from rag.decision.meaning import synonym_table
from rag.lexical import prints_phrase
from rag.neighbours import stopwords
from rag.nlp import pos_tag
from rag.route import KIND_WORDS
from rag.text import fold, has_diacritics, nfc, words

NOUN_TAGS = ("N", "X")
# vague nouns and classifiers that head a free phrase in everyday Vietnamese, not a term of their own
FREE_HEADS = frozenset((
    "chuyện", "việc", "điều", "cái", "con", "thứ", "khi", "lúc", "hồi", "nơi", "chỗ", "bên", "phía", "nhóm", "khối",
    "loại", "kiểu", "dạng", "giới", "xứ", "phần", "mục", "cấp", "người", "vị", "bác", "cụ", "ông", "bà", "anh",
    "chị", "em", "bà con", "ngày", "tháng", "năm", "lần", "đợt", "cách", "mặt", "vấn đề", "nội dung", "tên",
    # nouns of time said as adverbs ("giá vàng hôm nay")
    "hôm nay", "hôm qua", "ngày mai", "bây giờ", "hiện nay", "hiện tại", "sau này", "tuần", "tuần này"))
_WORD_RE = re.compile(r"[^\W\d_]+(?: [^\W\d_]+)*")


_SYL_RE = re.compile(r"[^\W\d_]+")


@functools.lru_cache(maxsize=4)
def printed_syllables(index) -> frozenset[str]:
    """The accented lower-case syllables the corpus prints (one pass over the units, once per loaded build)."""
    out: set[str] = set()
    for unit in index.units.values():
        out.update(_SYL_RE.findall(nfc(unit.text).lower()))
    return frozenset(out)


def _nouns(text: str) -> list[list[str]]:
    """Runs of adjacent common nouns of a question (lower case), as underthesea tags them."""
    tag = pos_tag()
    if tag is None:
        return []
    runs, cur = [], []
    kinds = set(KIND_WORDS)
    for word, t in tag(nfc(text)):
        low = word.lower()
        # every syllable with a vowel: "tc", "ntn" are abbreviations, not nouns
        ok = (t in NOUN_TAGS and word == low and _WORD_RE.fullmatch(word) is not None
              and all(re.search("[aeiouy]", s) for s in words(fold(low)))
              and low not in stopwords() and low not in FREE_HEADS and fold(low) not in kinds)
        if ok:
            cur.append(low)
            continue
        if len(cur) >= 2:
            runs.append(cur)
        cur = []
    if len(cur) >= 2:
        runs.append(cur)
    return runs


def _has_word(text: str, word: str) -> bool:
    return re.search(rf"(?<!\w){re.escape(word)}(?!\w)", text) is not None


def absent_compounds(question: str, passage_texts: list[str], index) -> list[str]:
    """The question's noun pairs the corpus never prints together though it prints each (see the module)."""
    if not has_diacritics(question):
        return []
    table = synonym_table()
    accents = index.lexical.accents
    printed = printed_syllables(index)
    texts = [nfc(t).lower() for t in passage_texts]

    def prints(word: str) -> bool:
        return all(s in printed for s in word.split()) and prints_phrase(" ".join(words(fold(word))), accents)

    out = []
    for run in _nouns(question):
        for a, b in zip(run, run[1:]):
            pair = tuple(words(fold(f"{a} {b}")))
            if not (prints(a) or prints(b)) or prints_phrase(" ".join(pair), accents) or pair in table:
                continue
            if any(_has_word(t, a) and _has_word(t, b) for t in texts):
                continue
            out.append(f"{a} {b}")
    return out
