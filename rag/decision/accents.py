"""The topic a document never prints, found keeping the accents: "điện hạt nhân" is not in a text that prints
"diện" and "hạt nhân".

Coverage elsewhere (rag.decision.meaning) matches accent-folded syllables, so a topic the documents never
treat still finds its syllables under other accents ("giá xăng dầu" -> "quốc gia", "đầu"). Here a content term
of the question counts as printed by a text only when the text prints it with the question's accents, or
prints it inside the same folded pair of content syllables as the question (a slip of one accent in a phrase
the text holds, "cựu chiên binh"), or when the table of synonyms or a meaning-neighbour covers the phrase that
holds it ("giới trẻ" -> "thế hệ trẻ"). `absent_topic` names the question's topic that the text does not print,
for the refusal that says so. A question typed without diacritics has no accents to keep: no topic is named.

Measured 2026-11-26 (rows of the nine sets' dev splits and the generated near-misses): the same share used as a
feature of the answerability model did not separate absent topics from cadres' paraphrases (leave-one-set-out
34/40 unanswerables refused and 10/158 false refusals with it and without it): a paraphrase's everyday words
("bên quân đội", "cụ già neo đơn") are unprinted as often as an absent topic's terms. So it names the topic of
a refusal the model has already made and decides nothing.
"""
from __future__ import annotations

import functools
import re

from rag.decision.meaning import covered_terms
from rag.nlp import tags
from rag.text import expand_abbreviations, fold, has_diacritics, nfc, words

_TOKEN_RE = re.compile(r"[^\W_]+")
# syllables of a named topic: one syllable is a word the text does not use ("cái", "nhớ"), more than four a
# stretch of the question, not its topic; neither is named
TOPIC_SYLLABLES = (2, 4)
# underthesea's part-of-speech tags of closed-class words (prepositions, conjunctions, adverbs, pronouns,
# determiners, numerals, particles …): trimmed off a topic's edges ("tới an ninh mạng" -> "an ninh mạng")
CLOSED_TAGS = {"E", "C", "CC", "R", "P", "L", "M", "T", "CH"}
TEXT_VIEWS = 8           # texts whose view (text_view) is kept: the corpus and each document of a small corpus


def _tokens(text: str) -> list[str]:
    """The text's syllables as typed (NFC, abbreviations spelled out), case kept."""
    return _TOKEN_RE.findall(nfc(expand_abbreviations(nfc(text))))


def accent_covered(question: str, terms: list[str], text: str,
                   extra: dict[tuple[str, ...], list[tuple[str, ...]]] | None = None) -> set[str]:
    """The question's content terms (folded) that the text prints keeping the accents (module docstring)."""
    q_acc = [w.lower() for w in _tokens(question)]
    q_fold = [fold(w) for w in q_acc]
    t_fold, printed, pairs = text_view(text)
    wanted = set(terms)
    got = covered_terms(terms, q_fold, t_fold, extra, literal=False)
    for i, (a, f) in enumerate(zip(q_acc, q_fold)):
        if f not in wanted or f in got:
            continue
        left = i > 0 and q_fold[i - 1] in wanted and (q_fold[i - 1], f) in pairs
        right = i + 1 < len(q_fold) and q_fold[i + 1] in wanted and (f, q_fold[i + 1]) in pairs
        if a in printed or left or right:
            got.add(f)
    return got


@functools.lru_cache(maxsize=TEXT_VIEWS)
def text_view(text: str) -> tuple[tuple[str, ...], frozenset[str], frozenset[tuple[str, str]]]:
    """A text's folded syllables in order, its syllables as printed (lower case) and its pairs of folded
    neighbours; kept for the few texts read again and again (the corpus, one document's text: ≈ 0.2 s each; the
    corpus's is built before the first question, rag.decision.about.warm)."""
    t_acc = [w.lower() for w in _tokens(text)]
    t_fold = tuple(fold(w) for w in t_acc)
    return t_fold, frozenset(t_acc), frozenset(zip(t_fold, t_fold[1:]))


def absent_topic(question: str, terms: list[str], text: str,
                 extra: dict[tuple[str, ...], list[tuple[str, ...]]] | None = None,
                 whole: str | None = None) -> str | None:
    """The question's run of content syllables, from its first term the text does not print keeping the
    accents to the run's end ("phát triển điện hạt nhân" -> "điện hạt nhân"), in lower case; None when the text
    prints every term, the question has no diacritics, or the span is not of TOPIC_SYLLABLES. Abbreviations and
    numbers (what is left of a document's number) end a run. `whole`: the question before its document names were
    blanked, which the tagger reads (a blank where "Bài báo" stood makes "tóm tắt" look like a noun)."""
    if not terms or not has_diacritics(question):
        return None
    toks = _tokens(question)
    if any(len(words(fold(t))) != 1 for t in toks):
        return None
    covered = accent_covered(question, terms, text, extra)
    wanted = set(terms)
    run: list[int] = []
    for i, t in enumerate(toks + ["."]):
        f = fold(t)
        if f in wanted and not t.isdigit() and not (len(t) > 1 and t.isupper()):
            run.append(i)
            continue
        missing = [j for j in run if fold(toks[j]) not in covered]
        if missing:
            span = [toks[j].lower() for j in run if j >= missing[0]]
            if whole and not _typed_in(span, whole):
                # the run joins words a blanked document name stood between ("Cái [của Bộ Chính trị] giao …"):
                # no phrase the question typed, no topic to name
                return None
            span = as_noun_phrase(whole or question, span)
            return " ".join(span) if span and TOPIC_SYLLABLES[0] <= len(span) <= TOPIC_SYLLABLES[1] else None
        run = []
    return None


def _typed_in(span: list[str], text: str) -> bool:
    """Whether the syllables of `span` stand next to each other in `text` (case folded, accents kept)."""
    toks = [t.lower() for t in _tokens(text)]
    n = len(span)
    return any(toks[k:k + n] == span for k in range(len(toks) - n + 1))


def as_noun_phrase(question: str, span: list[str]) -> list[str] | None:
    """The span's syllables with closed-class words trimmed off its edges, by underthesea's tags of the question;
    None when what is left holds no noun (a verb alone, "tóm tắt", "soạn thảo", is no topic). The span unchanged
    when the tagger is not installed or its words do not line up with the span."""
    tagged_question = tags(question)
    if not tagged_question:
        return span
    tagged = [(w.lower().split(), tag) for w, tag, *_ in tagged_question]
    flat = [(syllable, i) for i, (ws, _) in enumerate(tagged) for syllable in ws]
    for k in range(len(flat) - len(span) + 1):
        if [x for x, _ in flat[k:k + len(span)]] == span:
            ids = list(dict.fromkeys(i for _, i in flat[k:k + len(span)]))
            break
    else:
        return span
    while ids and tagged[ids[0]][1] in CLOSED_TAGS:
        ids.pop(0)
    while ids and tagged[ids[-1]][1] in CLOSED_TAGS:
        ids.pop()
    if not any(tagged[i][1].startswith("N") for i in ids):
        return None
    return [x for i in ids for x in tagged[i][0]]
