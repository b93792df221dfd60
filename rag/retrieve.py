"""Hybrid retrieval: dense (Chroma through llama-index) + lexical (BM25 on folded text), fused.

Every candidate from either side gets both scores (the dense score of a lexical-only candidate is computed
from its stored vector), each is normalised over the candidate set, and they are combined by weighted
score fusion (default) or reciprocal-rank fusion. Then the question's own signals are applied: units of
a document the question names get `route_boost`; metadata questions lift the unit kinds that answer them
(signature, header, recipients, copy); deadline questions lift units that carry a deadline.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

import numpy as np

from rag.config import Settings
from rag.index import LoadedIndex
from rag.route import METADATA_INTENTS, Understanding
from rag.text import expand_abbreviations, fold, has_diacritics, nfc, with_bigrams, words
from rag.types import Passage

KIND_BOOST = 0.5
DEADLINE_BOOST = 0.1
CITED_DOC_BOOST = 0.25


@dataclass
class Query:
    question: str
    dense_text: str                       # what is embedded (accents restored if the user typed none)
    folded_words: list[str]               # typo-corrected folded syllables
    extra_words: list[str] = field(default_factory=list)   # context carried from a previous turn

    @property
    def lexical_tokens(self) -> list[str]:
        return with_bigrams(self.folded_words) + with_bigrams(self.extra_words)


def prepare_query(question: str, index: LoadedIndex, context: str = "") -> Query:
    q = expand_abbreviations(nfc(question))
    dense = q if has_diacritics(question) else index.lexical.restore_accents(q)
    folded = index.lexical.correct(words(fold(q)))
    extra: list[str] = []
    if context:
        ctx = expand_abbreviations(nfc(context))
        extra = index.lexical.correct(words(fold(ctx)))
        dense = f"{dense} ({ctx if has_diacritics(context) else index.lexical.restore_accents(ctx)})"
    return Query(question=question, dense_text=dense, folded_words=folded, extra_words=extra)


DATE_RE = re.compile(r"ngày\s+\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}|\b\d{1,2}/\d{1,2}/\d{4}\b", re.I)
DOCNUM_RE = re.compile(r"\b\d+-[A-ZĐ]+/[A-ZĐƯ]+\b")


def states_metadata(unit, intents: list[str]) -> bool:
    """Whether a unit can state what a date or number question asks (other intents: always)."""
    if "date" in intents:
        return bool(DATE_RE.search(unit.text))
    if "number" in intents:
        return bool(DOCNUM_RE.search(unit.text))
    return True


def _minmax(x: np.ndarray) -> np.ndarray:
    lo, hi = float(x.min()), float(x.max())
    return np.zeros_like(x) if hi - lo < 1e-9 else (x - lo) / (hi - lo)


class Retriever:
    def __init__(self, settings: Settings, embedder):
        self.settings = settings
        self.embedder = embedder

    def search(self, index: LoadedIndex, query: Query, u: Understanding, scope: list[str] | None = None,
               prefer_docs: list[str] | None = None, k: int | None = None) -> list[Passage]:
        s = self.settings
        k = k or s.candidates
        qvec = self.embedder.query(query.dense_text)
        dense: dict[str, float] = dict(index.store.query(qvec, s.candidates, doc_ids=scope or None))
        routed = [d for d in u.routed if not scope or d in scope]
        if routed:
            dense.update(index.store.query(qvec, s.candidates // 2, doc_ids=routed))

        lex_all = index.lexical.scores(query.lexical_tokens)
        allowed = np.ones(len(index.order), dtype=bool)
        if scope:
            allowed = np.array([index.units[i].doc_id in scope for i in index.order])
            lex_all = np.where(allowed, lex_all, 0.0)
        top_lex = [index.order[i] for i in np.argsort(-lex_all)[: s.candidates] if lex_all[i] > 0]

        cand = list(dict.fromkeys(list(dense) + top_lex))
        if u.unit_kinds:
            cand += [uid for uid, unit in index.units.items()
                     if unit.kind in u.unit_kinds and (not scope or unit.doc_id in scope) and uid not in dense]
            cand = list(dict.fromkeys(cand))
        missing = [c for c in cand if c not in dense]
        for uid, vec in index.store.vectors(missing).items():
            dense[uid] = float(np.dot(np.asarray(vec, dtype=np.float32), qvec))
        if not cand:
            return []
        d = np.array([dense.get(c, 0.0) for c in cand], dtype=np.float32)
        lex = np.array([lex_all[index.lexical.row[c]] for c in cand], dtype=np.float32)
        if s.fusion == "rrf":
            rd = np.argsort(np.argsort(-d))
            rl = np.argsort(np.argsort(-lex))
            fused = 1.0 / (60 + rd) + 1.0 / (60 + rl)
            fused = _minmax(fused)
        else:
            lex_n = lex / lex.max() if lex.max() > 0 else lex
            fused = s.dense_weight * _minmax(d) + (1 - s.dense_weight) * lex_n

        meta_intent = any(i in METADATA_INTENTS for i in u.intents)
        numbers = [index.docs[r].entry.get("number") for r in routed if index.docs[r].entry.get("number")]
        boosts = np.zeros(len(cand), dtype=np.float32)
        for j, c in enumerate(cand):
            unit = index.units[c]
            if unit.doc_id in routed:
                boosts[j] += s.route_boost
            elif prefer_docs and unit.doc_id in prefer_docs:
                boosts[j] += CITED_DOC_BOOST
            if unit.kind in u.unit_kinds and states_metadata(unit, u.intents):
                boosts[j] += KIND_BOOST * u.unit_kinds[unit.kind]
            elif meta_intent and unit.doc_id not in routed and any(n in unit.text for n in numbers) \
                    and states_metadata(unit, u.intents):
                # metadata about a document may be stated by another document that cites it by number
                boosts[j] += s.route_boost + KIND_BOOST / 2
            if "deadline" in u.intents and unit.deadline:
                boosts[j] += DEADLINE_BOOST
        total = fused + boosts
        order = np.argsort(-total)[:k]
        return [Passage(unit=index.units[cand[j]], score=float(total[j]), dense=float(d[j]),
                        lexical=float(lex[j])) for j in order]
