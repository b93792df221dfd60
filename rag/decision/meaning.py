"""Descriptive words matched by meaning: the curated table of administrative synonyms
(`rag/data/synonyms.tsv`: everyday phrase -> the documents' phrases) and the soft coverage of a question
by a passage built on it.

A question word counts as covered by a passage when the passage has the word (accent-folded, after the
abbreviations are spelled out), or when a phrase of the question that holds it has, in the table, an
equivalent that the passage contains ("người già" is covered by "người cao tuổi").
"""
from __future__ import annotations

import functools
import math

from rag.text import DATA, fold, nfc, words


@functools.lru_cache(maxsize=1)
def synonym_table() -> dict[tuple[str, ...], list[tuple[str, ...]]]:
    """Folded phrase -> folded equivalents, both directions (each line: phrase TAB a | b | c)."""
    table: dict[tuple[str, ...], list[tuple[str, ...]]] = {}

    def add(a: tuple[str, ...], b: tuple[str, ...]) -> None:
        if a and b and a != b and b not in table.setdefault(a, []):
            table[a].append(b)

    for line in (DATA / "synonyms.tsv").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#") or "\t" not in line:
            continue
        left, right = line.split("\t", 1)
        phrase = tuple(words(fold(nfc(left))))
        alts = [tuple(words(fold(nfc(r)))) for r in right.split("|")]
        for alt in alts:
            add(phrase, alt)
            add(alt, phrase)
    return table


def _has(seq: list[str], phrase: tuple[str, ...]) -> bool:
    n = len(phrase)
    return any(tuple(seq[i:i + n]) == phrase for i in range(len(seq) - n + 1))


def covered_terms(terms: list[str], question_words: list[str], passage_words: list[str]) -> set[str]:
    """The question's content terms the passage covers, literally or through an equivalent phrase."""
    pw = set(passage_words)
    covered = {t for t in terms if t in pw}
    table = synonym_table()
    qn = len(question_words)
    for n in (4, 3, 2, 1):
        for i in range(qn - n + 1):
            phrase = tuple(question_words[i:i + n])
            alts = table.get(phrase)
            if alts and any(_has(passage_words, a) for a in alts):
                covered.update(t for t in phrase if t in terms)
    return covered


def soft_coverage(terms: list[str], question_words: list[str], passage_words: list[str],
                  vocab: dict[str, int], vocab_total: int) -> float:
    """Rarity-weighted share of the question's content terms the passage covers by word or by meaning."""
    if not terms:
        return 0.0
    weight = {t: math.log((vocab_total + 1) / (1 + vocab.get(t, 0))) for t in terms}
    got = covered_terms(terms, question_words, passage_words)
    return sum(weight[t] for t in terms if t in got) / (sum(weight.values()) or 1.0)
