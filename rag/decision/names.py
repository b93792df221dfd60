"""The named things of a question: numbers (with their / . - forms) and proper names (people, places,
organisations), from underthesea's named-entity tagger when it is installed, else from capitalised words; and
whether a text holds one. A near-miss is often one such thing the documents never print, so these are matched
strictly (accent-insensitively), while descriptive words are matched by meaning (rag.decision.meaning).
"""
from __future__ import annotations

import functools
import re

from rag.nlp import ner as load_ner
from rag.nlp import tags
from rag.text import fold, phrase_re

NUMBER_RE = re.compile(r"\b\d+(?:[/.,-]\d+)*\b")
_WORD_RE = re.compile(r"[^\W\d_]+")
_FOLDED_WORD_RE = re.compile(r"[a-z]+")


def capitalised_runs(text: str, min_words: int = 2, skip_first: bool = False) -> list[str]:
    """Runs of >= min_words adjacent capitalised words ('Nguyễn Văn Hiếu', 'Cần Thơ'). Letter ranges such
    as À-Ỹ also hold lower-case letters, so capitals are told by str.isupper, not by a regex range."""
    runs, cur, last_end = [], [], -1
    for m in _WORD_RE.finditer(text):
        w = m.group(0)
        capital = w[0].isupper() and not w.isupper() and not (skip_first and m.start() == 0)
        if capital and cur and text[last_end:m.start()] == " ":
            cur.append(w)
        else:
            if len(cur) >= min_words:
                runs.append(" ".join(cur))
            cur = [w] if capital else []
        last_end = m.end()
    if len(cur) >= min_words:
        runs.append(" ".join(cur))
    return runs


GENERIC_NAMES = {"viet nam", "trung uong", "dang", "nha nuoc", "chinh phu", "quoc hoi", "to quoc", "nhan dan"}


@functools.lru_cache(maxsize=2048)
def named_things(text: str) -> tuple[str, ...]:
    """Folded named things of a question: numbers (with their / . - forms) and proper names.
    `text` should already have the document names it routes by blanked out."""
    return tuple(folded for _, folded, _ in named_spans(text))


@functools.lru_cache(maxsize=2048)
def named_spans(text: str) -> tuple[tuple[str, str, str], ...]:
    """(as printed, folded, "number" | "name") for each named thing of a question, first seen first."""
    found: list[tuple[str, str]] = [(m.group(0), "number") for m in NUMBER_RE.finditer(text)]
    ner = load_ner()
    if ner is not None and may_hold_proper_name(text):     # else the tagger would find no name: not run
        found += [(w, "name") for w in tagged_names(text)]
    elif ner is None:
        found += [(r, "name") for r in capitalised_runs(text, skip_first=True)]
    out: dict[str, tuple[str, str, str]] = {}
    for shown, kind in found:
        ff = fold(shown).lower()
        if ff and ff not in GENERIC_NAMES and ff not in out:
            out[ff] = (shown, ff, kind)
    return tuple(out.values())


def tagged_names(text: str) -> list[str]:
    """The names the tagger reads in `text`: the capitalised proper-name part of each entity span ("Thành ủy Cần
    Thơ" -> "Cần Thơ"), then the proper nouns its parts of speech find and its entity tags miss."""
    spans, entity = [], []
    tagged = tags(text)
    for word, _pos, _chunk, tag in tagged:
        if tag.startswith("B-") or (tag.startswith("I-") and not entity):
            if entity:
                spans.append(" ".join(entity))
            entity = [word]
        elif tag.startswith("I-"):
            entity.append(word)
        else:
            if entity:
                spans.append(" ".join(entity))
            entity = []
    if entity:
        spans.append(" ".join(entity))
    return [r for s in spans for r in capitalised_runs(s)] + proper_nouns(tagged)


def may_hold_proper_name(text: str) -> bool:
    """Whether the tagger could find a proper name in `text`: false when no letter but the text's first is upper
    case. A name from an entity span is a run of two capitalised syllables (two upper-case letters), and one from
    the parts of speech (`proper_nouns`) a capitalised word other than the first (an upper-case letter after the
    first word's start); so a question capitalised only at its start ("ai ký", "Văn bản nào nói về …") is not
    tagged for its names (about 8 ms of CPU, a quarter of the dev questions)."""
    upper = [i for i, c in enumerate(text) if c.isupper()]
    if not upper:
        return False
    start = len(text) - len(text.lstrip())
    return upper != [start]


def proper_nouns(tagged) -> list[str]:
    """Proper nouns the tagger's parts of speech find and its entity tags miss (an ethnic group's or a foreign
    place's name transcribed with a hyphen, a compound place name): a word tagged Np of two syllables or more
    (the syllables of a hyphenated word count one by one), capitalised but not an all-capital abbreviation, and not
    the question's first word (a capital there says nothing). One syllable is left out: "Bác", "Tây" are tagged Np
    as often as they name. Not matched: one name spelled two ways (a hyphenated transcription and its one-word
    foreign spelling) reads as two names; only the hyphenated one is taken, since the one-word spelling is a
    single syllable."""
    out = []
    for i, (word, pos, _chunk, _tag) in enumerate(tagged):
        if pos == "Np" and i and word[:1].isupper() and not word.isupper() and len(_WORD_RE.findall(word)) >= 2:
            out.append(word)
    return out


def may_name_in(text: str, folded_texts: list[str]) -> bool:
    """Whether one of `folded_texts` (folded, lower case) could contain a named thing of `text`, told without the
    tagger: a named thing is a number of the text or a run of its capitalised words, so one of those numbers, or
    one of those words standing whole, must be in it."""
    numbers = [fold(m.group(0)).lower() for m in NUMBER_RE.finditer(text)]
    capitals = {fold(w).lower() for w in _WORD_RE.findall(text) if w[0].isupper()}
    if not all(map(_FOLDED_WORD_RE.fullmatch, capitals)):
        return True                  # a word folding to other letters: not told apart this way
    return any(capitals.intersection(_FOLDED_WORD_RE.findall(f)) or any(contains_named(f, n) for n in numbers)
               for f in folded_texts)


def contains_named(folded_text: str, thing: str) -> bool:
    return phrase_re(thing).search(folded_text) is not None
