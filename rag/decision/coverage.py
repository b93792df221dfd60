"""Literal coverage of a question by a unit: the rarity-weighted share of its content terms a unit prints and of its
adjacent term pairs printed adjacent; and whether a named thing occurs in the corpus at all."""
from __future__ import annotations

import math

from rag.search.lexical import LexicalIndex, lexical_text, prints_phrase
from rag.text import fold, words
from rag.types import Unit


def coverage(terms: list[str], unit: Unit, lexical: LexicalIndex) -> float:
    """How much of the question a unit covers literally: the mean of (a) the rarity-weighted share of its
    content terms found in the unit and (b) the share of its adjacent term pairs found adjacent."""
    return coverage_of_words(terms, words(fold(lexical_text(unit))), lexical)


def coverage_of_words(terms: list[str], unit_words: list[str], lexical: LexicalIndex) -> float:
    """`coverage` of a unit given as its folded words (callers that already have them)."""
    if not terms:
        return 0.0
    folded = " " + " ".join(unit_words) + " "
    total = lexical.vocab_total + 1
    weight = {t: math.log(total / (1 + lexical.vocab.get(t, 0))) for t in terms}
    uni = sum(weight[t] for t in terms if f" {t} " in folded) / sum(weight.values())
    pairs = list(zip(terms, terms[1:]))
    if not pairs:
        return uni
    bi = sum(f" {a} {b} " in folded for a, b in pairs) / len(pairs)
    return (uni + bi) / 2


def in_corpus(thing: str, lexical: LexicalIndex) -> bool:
    """Whether a named thing occurs in the corpus as a run of syllables: every syllable, and every run of
    three (the accent table holds every 1-3 syllable n-gram of the corpus, folded)."""
    w = words(thing)
    return all(x in lexical.vocab for x in w) and prints_phrase(" ".join(w), lexical.accents)
