"""Is a question written in Vietnamese? The assistant answers Vietnamese questions about Vietnamese
documents; a question in another language gets a short Vietnamese note instead of a quoted paragraph.

A question with Vietnamese diacritics is Vietnamese. One typed without them is Vietnamese when most of
its words are syllables the corpus (or the table of question words) uses, or abbreviations of
rag/data/abbreviations.tsv ("KH 21 ai ky thay mat BCT vay": "BCT" is "bộ chính trị", no unknown word); each
abbreviation counts as one word, so a foreign sentence naming a document by its code stays foreign.
"""
from __future__ import annotations

import re

from rag.text import abbreviation_words, fold, has_diacritics

_LETTERS_RE = re.compile(r"[^\W\d_]+")


def looks_vietnamese(question: str, vocab: dict[str, int], question_words: set[str] | frozenset = frozenset()) -> bool:
    if has_diacritics(question):
        return True
    toks = [fold(t).lower() for t in _LETTERS_RE.findall(question)]
    toks = [t for t in toks if len(t) > 1]
    if len(toks) < 2:
        return True
    known = sum(t in vocab or t in question_words or t in abbreviation_words() for t in toks)
    return known / len(toks) >= 0.5
