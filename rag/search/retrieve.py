"""Hybrid retrieval: dense (Chroma through llama-index) + lexical (BM25 on folded text), fused.

The question is searched as asked and, when its everyday phrases have equivalents in the documents' terms (the
synonym table, rag.decision.meaning; the embedding neighbours of the corpus vocabulary, rag.search.neighbours), in
those terms too: the dense query is the mean of both, BM25 also gets the neighbours' words. A question that
names its document by title ("Nghị quyết 43 muốn làm gì để …") is ranked with that vector minus a share of the
title's own vector: every unit of the document says the title (its embedded path starts with it) and the units
that repeat it in their text gain from it, while routing (`route_boost`) already brings the document. The
`dense` and `clause` scores a passage reports (the answer-or-refuse decision's signals) stay those of the
question as asked, the vector the decision was fitted on.
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

from rag.search.cache import BatchLRU
from rag.config import Settings
from rag.decision.meaning import in_official_terms
from rag.decision.states import states_metadata
from rag.decision.names import contains_named, may_name_in, named_things
from rag.decision.slots import expected_slot, has_place_name
from rag.index import LoadedIndex
from rag.question.levels import documents_at, levels_said
from rag.search.neighbours import neighbours, rewrite
from rag.question.intents import ISSUED_RE, METADATA_INTENTS
from rag.question.route import Understanding
from rag.text import content_terms, expand_abbreviations, fold, has_diacritics, nfc, with_bigrams, words
from rag.types import Passage

KIND_BOOST = 0.5
# units that only say who signs, who receives, who copied: lists of bodies' names that match any question
# naming a body; they answer metadata questions only
LIST_KINDS = ("recipients", "signature", "copy", "copy_recipients")
DEADLINE_BOOST = 0.1
PLACE_BOOST = 0.1           # a unit that names a place, for a question that asks where a document was issued
META_ROUTED_BOOST = 0.2     # a metadata question's kind of unit in the document it names
CITED_DOC_BOOST = 0.25
LEVEL_BOOST = 0.25          # units of the documents issued at the level a question says ("ở tỉnh"), none of them named
# a unit's best clause ranks it when it beats the unit's own cosine by more than this; dev hit@1 of retrieval
# alone (python -m eval.ranking, ranked questions of the nine sets): 186 -> 189 of 203 for 0.01 to 0.02 (0: 189,
# eight questions lost from first place; 0.03: 187)
CLAUSE_MARGIN = 0.015
# Leave-one-set-out on the dev splits of the 20 sets (session 17, 536 ranked questions, hit@1 488 at these values;
# each constant chosen on 19 sets and measured on the 20th): dense_weight 0.5 (0.3 to 0.8, the captured top 20
# re-fused) and route_boost 0.35 (0.25, 0.45: 486 each) are chosen for every held-out set; CLAUSE_MARGIN 0.015
# (0 to 0.05, re-fused) for all but cadre, whose pick 0.005 loses 2 there
# the units that restate a document's title and issuer (its header, its opening "Thực hiện Nghị quyết số …, Ban
# Thường vụ … ban hành Kế hoạch …"): for a question that is not about the document's facts they rank without
# the words the question names the document by
TITLE_KINDS = ("header", "preamble")
TITLE_SHARE = 0.4           # share of the titles' vector taken out of the ranking vector of a question that says them


@dataclass
class Query:
    question: str
    dense_text: str                       # what is embedded (accents restored if the user typed none)
    folded_words: list[str]               # typo-corrected folded syllables
    extra_words: list[str] = field(default_factory=list)   # context carried from a previous turn
    official_text: str | None = None      # the question in the documents' terms (synonym table), when it differs
    vector: np.ndarray | None = None      # the dense query vector, kept once computed (several searches)
    neighbours: list = field(default_factory=list)   # (question phrase, corpus phrase, cosine), rag.search.neighbours
    titles: list[str] = field(default_factory=list)   # the documents' titles the question says (Understanding.titles)
    asked_vector: np.ndarray | None = None   # the question as asked, when `vector` differs (titles taken out)

    function_words: frozenset[str] = frozenset()   # folded syllables the question uses only as question/function words
    title_words: frozenset[str] = frozenset()      # folded syllables it uses only in the named documents' titles

    @property
    def lexical_tokens(self) -> list[str]:
        return with_bigrams(self.folded_words) + with_bigrams(self.extra_words)

    @property
    def ranking_tokens(self) -> list[str]:
        """The BM25 tokens that rank: `lexical_tokens` without those made of function words only ("có", "không",
        "là_gì", "của_các"): in a long or chatty question they match any unit."""
        stop = self.function_words
        return [t for t in self.lexical_tokens if not all(x in stop for x in t.split("_"))] if stop \
            else self.lexical_tokens

    @property
    def topic_tokens(self) -> list[str]:
        """`ranking_tokens` without those made of the named documents' title words only ("nghi", "nghi_quyet")."""
        stop = self.title_words
        return [t for t in self.ranking_tokens if not all(x in stop for x in t.split("_"))]


def prepare_query(question: str, index: LoadedIndex, context: str = "", u: Understanding | None = None) -> Query:
    """The question ready to search: accents restored for the dense side (when typed without; accent slips
    re-spelled when typed with, rag.search.spelling), typo-corrected
    folded syllables for BM25, the question in the documents' terms (synonym table); with its understanding `u`,
    the documents' titles it says."""
    q = expand_abbreviations(nfc(question))
    accented = has_diacritics(question)
    dense = index.lexical.repair_accents(q) if accented else index.lexical.restore_accents(q)
    # BM25 reads the repaired spelling too: a repair may change a letter ("chức sắt" -> "chức sắc")
    folded = index.lexical.correct(words(fold(dense if accented else q)))
    extra: list[str] = []
    if context:
        ctx = expand_abbreviations(nfc(context))
        extra = index.lexical.correct(words(fold(ctx)))
        dense = f"{dense} ({ctx if has_diacritics(context) else index.lexical.restore_accents(ctx)})"
    titles = [t if accented else index.lexical.restore_accents(t) for t in (u.titles() if u is not None else [])]
    official = in_official_terms(dense, accented)
    replaced: frozenset[str] = frozenset()
    if official:
        # BM25 searches the documents' terms too ("lính cũ" -> "cựu chiến binh"): the words the rewrite brought in.
        # Dev hit@1 of retrieval alone 193 -> 195 of 204 ranked (a003, w012 to first; none lost)
        said, rewritten = words(fold(dense)), words(fold(official))
        extra = extra + [w for w in rewritten if w not in said]
        replaced = _replaced_unprinted(said, rewritten, index)
    return Query(question=question, dense_text=dense, folded_words=folded, extra_words=extra,
                 official_text=official, titles=titles,
                 function_words=(frozenset(folded) - frozenset(content_terms(q))) | replaced,
                 title_words=_title_only_words(u))


def _replaced_unprinted(said: list[str], official: list[str], index: LoadedIndex) -> frozenset[str]:
    """The syllables of the everyday phrases the synonym table rewrote ("giáo viên" -> "trí thức") when the corpus
    never prints them side by side as the question does: BM25 ranks by the documents' terms instead, not by the
    lone syllables ("giáo" of "tôn giáo", "kỹ" of "kỹ năng") that match units on another topic."""
    kept = set(official)
    gone = {w for w in said if w not in kept}
    if not gone:
        return frozenset()
    printed = index.lexical.retriever.vocab_dict
    pairs = [(a, b) for a, b in zip(said, said[1:]) if a in gone or b in gone]
    return frozenset(w for w in gone if not any(f"{a}_{b}" in printed for a, b in pairs if w in (a, b)))


def _title_only_words(u: Understanding | None) -> frozenset[str]:
    """The folded syllables the question uses only in the titles of the documents it names ("nghi", "quyet",
    "43" of "Nghị quyết 43 có đề cập đến …"): they route the question (the route boost), they do not say its topic."""
    titles = u.titles() if u is not None else []
    if not titles:
        return frozenset()
    t = list(u.folded)
    for a, b in u.alias_spans:
        if u.text[a:b] in titles:
            t[a:b] = " " * (b - a)
    return frozenset(words(u.folded)) - frozenset(words("".join(t)))


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
        qvec = self.vector(index, query)
        # heading lines are cited by the structure answers, not retrieved (the store keeps them apart, BM25 does
        # not index them): as candidates they lowered hit@1 on both dev splits (own 0.919 -> 0.823, user 0.792 -> 0.771)
        dense: dict[str, float] = dict(index.store.query(qvec, s.candidates, doc_ids=scope or None))
        routed = [d for d in u.routed if not scope or d in scope]
        if routed:
            dense.update(index.store.query(qvec, s.candidates // 2, doc_ids=routed))

        # BM25 ranks by the question's tokens without its function words; dev hit@1 of retrieval alone 189 -> 193
        # of 204 ranked (u089, a005, f001, u066 to first; a026 lost). The passages report the score of all its
        # tokens, the scale the across answerer's bar was set on (rag.answerers.work.across)
        # Each BM25 pass scores only the rows it needs: a search within documents their rows, the topic pass the
        # title rows, the "told" pass the candidates (LexicalIndex.scores(rows=...): the same values)
        ranking = query.ranking_tokens
        scoped = index.table.docs_mask(scope) if scope else None
        if scoped is not None:
            in_scope = np.flatnonzero(scoped)
            lex_all = np.zeros(len(index.order), dtype=np.float32)
            lex_all[in_scope] = index.lexical.scores(ranking, s.bigram_weight, rows=in_scope)
        else:
            lex_all = index.lexical.scores(ranking, s.bigram_weight)
        topic = query.topic_tokens
        if len(topic) < len(ranking) and not any(i in METADATA_INTENTS for i in u.intents) and not u.unit_kinds \
                and expected_slot(u.text) is None:
            # "Nghị quyết 43 có đề cập đến xuất khẩu gạo không": the named document's header matches the question
            # by its title alone and led it, a unit on no topic (generated absent topics refused 9 -> 13 of 24).
            # Not when a date, place or person is asked ("… ký ở đâu, ngày nào"): the header prints them
            t = index.table
            titled = np.isin(t.kind, [t.kind_pos[k] for k in TITLE_KINDS if k in t.kind_pos])
            if scoped is not None:
                titled &= scoped
            if titled.any():
                lex_all = lex_all.copy()
                at = np.flatnonzero(titled)
                lex_all[at] = index.lexical.scores(topic, s.bigram_weight, rows=at)
        top_lex = [index.order[i] for i in np.argsort(-lex_all)[: s.candidates] if lex_all[i] > 0]

        cand = list(dict.fromkeys(list(dense) + top_lex))
        if u.unit_kinds:
            # every unit of the asked kind (rows built once at load), scored from the header index
            kind_rows = index.table.rows_of_kinds(u.unit_kinds, scope)
            cand += [uid for uid in map(index.order.__getitem__, kind_rows) if uid not in dense]
            cand = list(dict.fromkeys(cand))
        missing = [c for c in cand if c not in dense]
        dense.update(zip(missing, self._dense(index, missing, qvec)))
        if not cand:
            return []
        rows = np.fromiter(map(index.lexical.row.__getitem__, cand), dtype=np.int64, count=len(cand))
        d = np.array([dense.get(c, 0.0) for c in cand], dtype=np.float32)
        lex = lex_all[rows].astype(np.float32)
        told = lex if len(ranking) == len(query.lexical_tokens) else \
            index.lexical.scores(query.lexical_tokens, s.bigram_weight, rows=rows).astype(np.float32)
        # a unit ranks by its best clause when that clause is closer to the question than the whole unit (less a
        # margin): a cadre's paraphrase matches one measure of a bullet that lists several. The passage still
        # reports its unit cosine (`d`), a signal of the decision
        rank_d = d if index.clauses is None else _with_clauses(d, index.clauses.best(rows, qvec))
        if s.fusion == "rrf":
            rd = np.argsort(np.argsort(-rank_d))
            rl = np.argsort(np.argsort(-lex))
            fused = 1.0 / (60 + rd) + 1.0 / (60 + rl)
            fused = _minmax(fused)
        else:
            lex_n = lex / lex.max() if lex.max() > 0 else lex
            fused = s.dense_weight * _minmax(rank_d) + (1 - s.dense_weight) * lex_n

        boosts = _boosts(index, cand, rows, u, routed, prefer_docs, s.route_boost)
        if not prefer_docs and not scope:
            # "Ở tỉnh, …", "Theo trung ương …": a level said (rag.question.levels), no document of that level named; not in
            # a search within given documents (a part of a two-part question is searched with the whole one's `u`).
            # Also when the question names a document of another level, as the subject ("Phổ biến NQ43 …: tỉnh
            # cho hạn tới bao giờ?"): the named one keeps its larger route boost. Dev: voices x018 to first place
            # (14 of 367 dev questions name a document and another level; no other rank changed)
            level_docs = documents_at(levels_said(u.text), index.docs)
            if level_docs and len(level_docs) < len(index.docs) and not set(level_docs) & set(routed):
                boosts[index.table.docs_mask(level_docs)[rows]] += LEVEL_BOOST
        total = fused + boosts
        order = np.argsort(-total)[:k]
        asked = qvec if query.asked_vector is None else query.asked_vector
        if query.asked_vector is not None:
            d[order] = self._dense(index, [cand[j] for j in order], asked)
        clause = index.clauses.best(rows[order], asked) if index.clauses is not None else np.full(len(order), np.nan)
        return [Passage(unit=index.units[cand[j]], score=float(total[j]), dense=float(d[j]),
                        lexical=float(told[j]), clause=float(c)) for j, c in zip(order, clause)]

    def vector(self, index: LoadedIndex, query: Query) -> np.ndarray:
        """The vector the query is ranked with (computed once, kept on the query)."""
        if query.vector is None:
            self._embed(index, query)
        return query.vector

    def _embed(self, index: LoadedIndex, query: Query) -> None:
        """Set the query's vectors (and its neighbours and their words): the mean of the question as asked and in
        the documents' own terms ("người già" -> "người cao tuổi"); for ranking, minus a share of the titles it
        says. One batch for all the texts not embedded yet."""
        # the question's everyday phrases paired with corpus phrases by the embedding model ("lính cũ" ->
        # "cựu chiến binh"); dev: cadre hit@1 0.896 -> 0.917, the other sets unchanged
        query.neighbours = neighbours(query.dense_text, index.vocabulary, index.lexical.accents, self.embedder,
                                      self.settings.neighbour_min_cosine)
        official = rewrite(query.official_text or query.dense_text, query.neighbours) or query.official_text
        texts = [query.dense_text] + ([official] if official else [])
        built = index.title_vectors if getattr(index, "title_model", "") == self.embedder.model_id else {}
        vecs, titles = _TITLES.embed(self.embedder, texts, query.titles, built)
        asked = _unit(vecs.sum(axis=0))
        query.vector, query.asked_vector = asked, None
        if len(titles):
            # dev hit@1 of retrieval alone: own 41 -> 43 of 48, user 21 -> 23 of 28, cadre, fresh, focus unchanged,
            # no question lost (the same for shares 0.3 to 0.5; embedding the question without its titles instead
            # gained one less and cost a second query embedding)
            query.vector = _unit(asked - TITLE_SHARE * _unit(titles.sum(axis=0)))
            query.asked_vector = asked
        # BM25 searches the neighbours' words too
        query.extra_words = query.extra_words + [w for _, n, _ in query.neighbours for w in words(fold(n))]

    @staticmethod
    def _dense(index: LoadedIndex, unit_ids: list[str], qvec: np.ndarray) -> np.ndarray:
        """Cosine of each unit with a vector: the header index's vectors, else the stored ones."""
        found = index.table.dense_scores(unit_ids, qvec)
        rest = [c for c in unit_ids if c not in found]
        for uid, vec in index.store.vectors(rest).items():
            found[uid] = float(np.dot(np.asarray(vec, dtype=np.float32), qvec))
        return np.array([found.get(c, 0.0) for c in unit_ids], dtype=np.float32)


def _with_clauses(d: np.ndarray, clause: np.ndarray) -> np.ndarray:
    """The dense score a candidate ranks by: its unit cosine, or its best clause's less CLAUSE_MARGIN when higher
    (units without clauses, NaN, keep their unit cosine)."""
    return np.where(np.isnan(clause), d, np.maximum(d, clause - CLAUSE_MARGIN)).astype(np.float32)


def _unit(v: np.ndarray) -> np.ndarray:
    return (v / np.linalg.norm(v)).astype(np.float32)


class _TitleVectors:
    """The query vectors of documents' titles as questions say them ("Nghị quyết 43", "KH 21"), kept across
    questions (a corpus has few and questions repeat them; most recent 1 024 per process). A kept vector is the
    one the text would get alone: the embedders give a text the same vector in any batch (tests/test_history.py)."""

    def __init__(self, size: int = 1024):
        self._kept = BatchLRU(size)

    def embed(self, embedder, texts: list[str], titles: list[str],
              built: dict[str, np.ndarray] | None = None) -> tuple[np.ndarray, np.ndarray]:
        """(the vectors of `texts`, those of `titles`), the texts and the titles not kept yet in one batch. A title
        the build keeps (`built`, rag.search.titlevecs: the same vector) is read from it."""
        done: list[np.ndarray] = []
        built = built or {}

        def compute(keys: list) -> np.ndarray:
            vecs = embedder.queries(texts + [t for _, t in keys])
            done.append(vecs[: len(texts)])
            return vecs[len(texts):]

        # keyed by the text embedded, as typed: the model is case-sensitive, and a key that folded case kept the
        # vector of whichever spelling came first ("Kế hoạch 21" then "kế hoạch 21"), so a question's scores
        # depended on the questions asked before it in the process
        rest = [t for t in titles if t not in built]
        got = dict(zip(rest, self._kept.get_many([(embedder.model_id, t) for t in rest], compute)))
        text_vecs = done[0] if done else embedder.queries(texts)
        kept = [built[t] if t in built else got[t] for t in titles]
        return text_vecs, np.array(kept, dtype=np.float32).reshape(len(titles), text_vecs.shape[1])


_TITLES = _TitleVectors()


def _boosts(index: LoadedIndex, cand: list[str], rows: np.ndarray, u: Understanding, routed: list[str],
            prefer_docs: list[str] | None, route_boost: float) -> np.ndarray:
    """The question's own signals per candidate, as float32 additions in a fixed order: the named document
    (or the one cited in the previous turn), the asked-for unit kind (or another document that states the
    named document's number; without a metadata question, signature and recipient lists are lowered), a
    deadline. Vectorised over the per-unit columns of `index.table`."""
    t = index.table
    n = len(cand)
    boosts = np.zeros(n, dtype=np.float32)
    in_routed = t.docs_mask(routed)[rows] if routed else np.zeros(n, dtype=bool)
    boosts[in_routed] += route_boost
    if prefer_docs:
        boosts[~in_routed & t.docs_mask(prefer_docs)[rows]] += CITED_DOC_BOOST
    kind_w = np.zeros(len(t.kinds), dtype=np.float32)
    for kind, w in u.unit_kinds.items():
        if kind in t.kind_pos:
            kind_w[t.kind_pos[kind]] = KIND_BOOST * w
    in_kinds = np.isin(t.kind[rows], [t.kind_pos[k] for k in u.unit_kinds if k in t.kind_pos])
    meta_intent = any(i in METADATA_INTENTS for i in u.intents)
    if not meta_intent and not u.unit_kinds:
        lists = [t.kind_pos[k] for k in LIST_KINDS if k in t.kind_pos]
        list_rows = np.flatnonzero(np.isin(t.kind[rows], lists))
        texts = [fold(index.units[cand[j]].text).lower() for j in list_rows]
        # the tagger runs only when needed: a list that cannot print any of the question's names is lowered
        named = named_things(u.text) if may_name_in(u.text, texts) else ()
        for j, text in zip(list_rows, texts):
            # a list that prints a name the question gives ("ông Nguyễn Văn A") is about it: kept
            if not any(contains_named(text, x) for x in named):
                boosts[j] -= KIND_BOOST
    need = np.flatnonzero(in_kinds | (meta_intent & ~in_routed))
    states = np.zeros(n, dtype=bool)
    if len(need):
        key = "states:" + ",".join(sorted(u.intents))
        states[need] = t.flag(key, rows[need], lambda r: states_metadata(index.units[index.order[r]], u.intents))
    kind_ok = in_kinds & states
    boosts[kind_ok] += kind_w[t.kind[rows[kind_ok]]]
    if meta_intent:
        # "Kế hoạch của tỉnh do cơ quan nào ban hành": the named document's own header / signature answers,
        # not a body paragraph that happens to say "ban hành"
        boosts[kind_ok & in_routed] += META_ROUTED_BOOST
    numbers = [index.docs[r].entry.get("number") for r in routed if index.docs[r].entry.get("number")]
    if meta_intent and numbers:
        # metadata about a document may be stated by another document that cites it by number
        other = np.flatnonzero(~kind_ok & ~in_routed & states)
        cites = [j for j in other if any(num in index.units[cand[j]].text for num in numbers)]
        # when none of the named document's own units states the date or number asked (a plan that prints
        # none), a unit that cites it and was checked to print it (states_metadata) answers as its header would
        # ("Bài báo nói kế hoạch 21 ra đời hôm nào"); for the other intents that check is no check
        checked = any(i in ("date", "number") for i in u.intents) and not (kind_ok & in_routed).any()
        boosts[cites] += route_boost + (KIND_BOOST if checked else KIND_BOOST / 2)
    if "deadline" in u.intents:
        boosts[t.deadline[rows]] += DEADLINE_BOOST
    if routed and expected_slot(u.text) == "place" and ISSUED_RE.search(u.folded):
        # "Nghị quyết 43 ban hành ở thành phố nào": a unit of the named document that names a place ("Hà Nội,
        # ngày …"); not where an event took place ("Hội nghị … tổ chức ở đâu"): that place is printed or not
        named = t.flag("place", rows, lambda r: has_place_name(index.units[index.order[r]].text))
        boosts[named & in_routed] += PLACE_BOOST
    return boosts
