"""English words mixed into a Vietnamese question, read as the Vietnamese words the question readers know.

Young office staff type "phần IV có mấy point", "list các mục phần III", "cho em xin outline của NQ 43":
the words for the shape of a text and for asking about it come in English, the rest in Vietnamese. The
readers of the structure and overview asks (rag/data/question_forms.toml) and retrieval know only the
Vietnamese words, so such a question is rewritten with them before it is read; the glossary is data
(rag/data/loanwords.tsv). A question typed without any diacritic gets the words without diacritics too, so that
it is still re-accented as a whole (rag.question.diacritics).

    vietnamese_for_loanwords("KH21 section IV có bao nhiêu items?")  # "KH21 phần IV có bao nhiêu mục?"
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from rag.text import data_rows, fold, has_diacritics

DATA = Path(__file__).resolve().parent.parent / "data"


@lru_cache(maxsize=1)
def _glossary() -> tuple[re.Pattern, dict[str, str]]:
    table: dict[str, str] = {}
    for english, vietnamese in data_rows(DATA / "loanwords.tsv"):
        table[english.strip().lower()] = vietnamese.strip()
    phrases = sorted(table, key=len, reverse=True)
    # a whole word between non-letters: "part" not in "partner", "list" not in "checklist", nor in a hyphened
    # compound ("part-time", "to-do list" keeps "to-do")
    pattern = re.compile(r"(?<![^\W\d_])(?<!-)(" + "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in phrases)
                         + r")(?![^\W\d_])(?!-)", re.IGNORECASE)
    return pattern, table


def glossary() -> dict[str, str]:
    """The table: English word or phrase, lower case -> the Vietnamese word the question readers know it by."""
    return _glossary()[1]


def vietnamese_for_loanwords(question: str) -> str:
    """The question with its English words for a text's shape read as Vietnamese (unchanged when it has none)."""
    pattern, table = _glossary()
    accented = has_diacritics(question)

    def swap(m: re.Match) -> str:
        vietnamese = table[" ".join(m.group(1).lower().split())]
        return vietnamese if accented else fold(vietnamese)

    return pattern.sub(swap, question)
