"""Questions about what several documents say or require on one topic, answered document by document.

"Các văn bản yêu cầu gì về …", "những văn bản nào / văn bản nào nói về …", "mỗi văn bản …", "… ở các cấp",
"từ trung ương xuống …", "trung ương và địa phương …" (the forms are data: `rag/data/across.tsv`), and documents
named side by side ("Nghị quyết 43 và kế hoạch của tỉnh", "nghị quyết trung ương, kế hoạch tỉnh và chương trình
Cần Thơ"); reading the question is `rag.answerers.work.asked` and `rag.answerers.work.listed`. A top-k list answers such a question with the few
passages that score best overall, often several of one document, and looks complete while it is not. Here the
topic is searched in each document on its own; a document's best unit is kept when it addresses the topic nearly
as strongly as the best document's (lexical and dense scores; the bar measured on the dev splits by `python -m
eval.across_bar`), and a unit that repeats the wording of another document's best unit is kept too (plans repeat
the resolution they carry out); the answer quotes each kept document's units, cited, and says which documents
were searched and which had nothing. When no document clears the bar, or the decision model refuses both the
topic on the units found and the whole question on its ordinary retrieval, the question is left to the ordinary
path.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from rag.answer import doc_meta, path_tail, quote_span
from rag.answerers import Context, Structured
from rag.answerers.work.asked import Topic, clause_documents, phrase_spans, phrases, topic_of
from rag.answerers.work.doc_order import ordered
from rag.answerers.work.listed import counted_documents, kinds_asked, named_documents
from rag.answerers.work.asked_docs import carried_out_only
from rag.answerers.work.per_doc import assigning_first
from rag.answerers.work.which_body import asks_which_body
from rag.answerers.forms import asks_who
from rag.answerers.work.tasks import cite_once
from rag.cite import make_citation
from rag.decision.decide import judge
from rag.prompts import msg
from rag.question.intents import METADATA_INTENTS
from rag.tables.tasks import assignee_heading
from rag.text import fold, nfc, words
from rag.types import Passage

PER_DOC = 8            # candidates retrieved in each document
MAX_DOCS = 12          # documents searched one by one (the rest are ranked by one search of them all)
# A document is kept when relevance(its best unit) >= BAR, where relevance = the unit's lexical (BM25) score
# over the best document's + DENSE_WEIGHT x (its dense cosine - the best document's). Measured by
# `python -m eval.across_bar` on the dev splits of both sets (every answerable question asked of every
# document; 110 questions, 125 documents with gold): at 0.5 it keeps 94% of the documents with gold (87% where the
# gold spans several documents), precision 0.42 (0.68); at 0.3, 98% (93%) at precision 0.36 (0.62).
BAR = 0.5
DENSE_WEIGHT = 10.0
SECOND = 0.9           # a document's second unit is kept when its retrieval score is this close to the first's
MAX_PER_DOC = 2
ECHO = 0.45            # a unit echoes another document's best unit when it repeats this share of its quoted word pairs
ECHO_BAR = 0.3         # ... and it addresses the topic at least this strongly (relevance, as BAR)
ECHO_SOURCES = 3       # the kept documents (best first) whose best units are echoed
CITING_DEPTH = 3       # asked which documents each relies on: how much deeper each document is searched
NAMED_SHARE = 0.5      # the topic names a body when this share of its words are in the body's name


def read_question(ctx: Context) -> tuple[Topic, list[str]] | None:
    """(the topic, the documents to search) of a cross-document question, or None when it is not one.
    Documents: the page's scope; else the documents the question names side by side; else, for a cue of levels
    ("ở các cấp", "từ trung ương xuống …", "… và trong …"), every document; else, for a cue of documents
    ("các văn bản …"), the documents it names if several, none if one (the ordinary answer), else every one."""
    u = ctx.u
    if u.structure or any(i in METADATA_INTENTS for i in u.intents):
        return None
    docs_cue, wide_cue = phrase_spans(u, phrases()["cue"]), phrase_spans(u, phrases()["wide"])
    named = named_documents(u, ctx.index.docs) or clause_documents(u)
    counted = counted_documents(u, ctx.index.docs)
    if not (docs_cue or wide_cue or named or counted):
        return None
    if ctx.scope:
        docs = list(ctx.scope)
    elif named:
        docs = named
    elif counted:
        docs = counted[1]
    elif wide_cue:
        docs = list(ctx.index.docs)
    elif u.routed:
        docs = list(u.routed)
    else:
        docs = list(ctx.index.docs)
    docs = carried_out_only(u, docs, ctx.index.docs)
    if len(docs) < 2:
        return None                      # one document: the ordinary answer
    topic = topic_of(u, ctx.index.docs)
    return (topic, docs) if topic else None


@dataclass
class Found:
    doc_id: str
    passages: list[Passage]        # the units kept, best first
    relevance: float               # the best unit's relevance


def _limit(ctx: Context, topic: Topic, docs: list[str]) -> list[str]:
    """At most MAX_DOCS documents: over that, those whose units rank best in one search of them all."""
    if len(docs) > MAX_DOCS:
        ranked = ctx.search(topic.text, docs, PER_DOC * MAX_DOCS)
        docs = list(dict.fromkeys(p.unit.doc_id for p in ranked if p.unit.doc_id in docs))[:MAX_DOCS]
    return docs


def best_units(ctx: Context, topic: Topic, doc_id: str) -> list[Passage]:
    """The document's body units for the topic, best first (hybrid retrieval within the document). When the question
    asks which documents of some kinds each one relies on ("luật hay chỉ thị nào"), the units that name a document
    of those kinds come first, from a deeper search."""
    kinds = kinds_asked(ctx.u)
    found = [p for p in ctx.search(topic.text, [doc_id], PER_DOC * (CITING_DEPTH if kinds else 1))
             if p.unit.kind == "body"]
    if not kinds:
        return found
    cites = _cites(tuple(kinds[1]))
    citing = [p for p in found if cites.search(p.unit.text)]
    return citing + [p for p in found if p not in citing][:PER_DOC - len(citing)] if citing else found[:PER_DOC]


def citing_units(ctx: Context, per_doc: dict[str, list[Passage]]) -> set[str]:
    """Asked which documents of some kinds each one relies on: the documents' best units that name one (a second
    signal beside the topic's words: such a unit is kept at ECHO_BAR)."""
    kinds = kinds_asked(ctx.u)
    if not kinds:
        return set()
    cites = _cites(tuple(kinds[1]))
    return {ps[0].unit.unit_id for ps in per_doc.values() if ps and cites.search(ps[0].unit.text)}


@lru_cache(maxsize=64)
def _cites(kinds: tuple[str, ...]) -> re.Pattern:
    """A document of these kinds named in a text: the kind word, capitalised, then a number or a name ("Luật Tín
    ngưỡng", "Chỉ thị số 18-CT/TW"); compiled once per set of kinds, not per document searched."""
    return re.compile(r"(?<![\w])(?:%s)\s+(?:số\s+\d|[A-ZĐ\d])" % "|".join(map(re.escape, kinds)))


def relevance(p: Passage, best_lexical: float, best_dense: float) -> float:
    """How strongly a unit addresses the topic against the best document's best unit (1.0 for that unit)."""
    lex = p.lexical / best_lexical if best_lexical > 0 else 0.0
    return lex + DENSE_WEIGHT * (p.dense - best_dense)


def keep_documents(per_doc: dict[str, list[Passage]], lowered: set[str] = frozenset()) -> list[Found]:
    """The documents whose best unit clears the bar (ECHO_BAR for the units in `lowered`), or, failing it, a later
    candidate that clears BAR, each with that unit and a close second."""
    tops = [ps[0] for ps in per_doc.values() if ps]
    if not tops:
        return []
    best_lex = max(p.lexical for p in tops)
    best_dense = max(p.dense for p in tops)
    found = []
    for d, ps in per_doc.items():
        if not ps:
            continue
        if relevance(ps[0], best_lex, best_dense) < (ECHO_BAR if ps[0].unit.unit_id in lowered else BAR):
            # the fused ranking may put first a unit that shares the question's frame, not its topic ("Cấp ủy …
            # thực hiện"): a later candidate that clears the bar on its own leads the document
            lead = next((p for p in ps[1:] if relevance(p, best_lex, best_dense) >= BAR), None)
            if lead is None:
                continue
            ps = [lead] + [p for p in ps if p is not lead]
        keep = [ps[0]] + [p for p in ps[1:MAX_PER_DOC] if p.score >= SECOND * ps[0].score
                          and relevance(p, best_lex, best_dense) >= BAR]
        found.append(Found(d, keep, relevance(ps[0], best_lex, best_dense)))
    return found


def body_tasks(ctx: Context, topic: Topic, found: Found, rows: dict[str, dict]) -> list[Passage]:
    """When the topic is the body a kept task is assigned to by its heading ("quân đội với công an" -> "4. Quân
    ủy Trung ương và Đảng ủy Công an Trung ương": at least NAMED_SHARE of the topic's words are in the name),
    every task under that heading is kept: the question asks for that body's tasks, all of them."""
    best = found.passages[0]
    row = rows.get(best.unit.unit_id)
    head = assignee_heading(row, ctx.index.units) if row else None
    if not head:
        return found.passages
    name = set(words(fold(nfc(row["assignee"]))))
    if sum(t in name for t in topic.terms) < NAMED_SHARE * len(topic.terms):
        return found.passages
    kept = {p.unit.unit_id for p in found.passages}
    more = [Passage(ctx.index.units[r["unit_id"]], best.score, best.dense, best.lexical) for r in rows.values()
            if r["doc_id"] == found.doc_id and r["unit_id"] not in kept and assignee_heading(r, ctx.index.units) == head]
    return found.passages + more


def _pairs(text: str) -> set[tuple[str, str]]:
    w = words(fold(nfc(text)))
    return set(zip(w, w[1:]))


def echo(source: Passage, topic: Topic, unit) -> float:
    """The share of the word pairs of the sentences quoted from `source` that `unit` repeats."""
    a, b = quote_span(source.unit, topic.terms, [])
    have = _pairs(source.unit.text[a:b])
    return len(have & _pairs(unit.text)) / len(have) if have else 0.0


def echoes(topic: Topic, per_doc: dict[str, list[Passage]], found: list[Found]) -> list[Found]:
    """Plans repeat the wording of the resolution they carry out: a document's candidate for the topic that
    repeats at least ECHO of the words quoted from another kept document's best unit, and addresses the topic
    at least ECHO_BAR, is kept too (a document below the bar is kept for it). Keeps the documents' order."""
    tops = [ps[0] for ps in per_doc.values() if ps]
    if not found or not tops:
        return found
    best_lex, best_dense = max(p.lexical for p in tops), max(p.dense for p in tops)
    sources = [f.passages[0] for f in sorted(found, key=lambda f: -f.relevance)[:ECHO_SOURCES]]
    by_doc = {f.doc_id: f for f in found}
    for d, ps in per_doc.items():
        for p in ps:
            if relevance(p, best_lex, best_dense) < ECHO_BAR:
                continue
            if not any(s.unit.doc_id != d and echo(s, topic, p.unit) >= ECHO for s in sources):
                continue
            f = by_doc.get(d)
            if f is None:
                by_doc[d] = Found(d, [p], relevance(p, best_lex, best_dense))
            elif all(q.unit.unit_id != p.unit.unit_id for q in f.passages):
                f.passages.append(p)
            break
    return [by_doc[d] for d in per_doc if d in by_doc]


def find(ctx: Context, topic: Topic, docs: list[str]) -> tuple[list[str], list[Found]]:
    """(documents searched, the documents that address the topic with their units), in the given order."""
    docs = _limit(ctx, topic, docs)
    per_doc = {d: best_units(ctx, topic, d) for d in docs}
    found = echoes(topic, per_doc, keep_documents(per_doc, citing_units(ctx, per_doc)))
    rows = {r["unit_id"]: r for r in getattr(ctx.index, "tasks", [])}
    if asks_which_body(ctx.u.text, ctx.u.folded):    # which body acts: each document's unit that assigns the work first
        tops = [ps[0] for ps in per_doc.values() if ps]
        best_lex, best_dense = max(p.lexical for p in tops), max(p.dense for p in tops)
        for f in found:
            f.passages = assigning_first(per_doc[f.doc_id], f.passages, rows,
                                         lambda p: relevance(p, best_lex, best_dense) >= ECHO_BAR)
    for f in found:
        f.passages = body_tasks(ctx, topic, f, rows)
    return docs, found


def answer(ctx: Context) -> Structured | None:
    if ctx.search is None:
        return None
    asked = read_question(ctx)
    if asked is None:
        return None
    topic, asked_docs = asked
    docs, found = find(ctx, topic, asked_docs)
    if not found:
        return None                      # nothing clears the bar: retrieval and the decision model judge
    # the documents in the one order of answers across documents (rag.answerers.work.doc_order)
    by_doc = {f.doc_id: f for f in found}
    # (at one level, the plan carrying out the other first when asked which body acts; else the stronger first)
    found = [by_doc[d] for d in ordered(list(by_doc), ctx.u, ctx.index.docs, {f.doc_id: f.relevance for f in found},
                                        plan_first=asks_which_body(ctx.u.text, ctx.u.folded))]
    # the best document is always "best": whether the documents answer at all is the decision model's call,
    # on the topic and the units found, or on the whole question and its ordinary retrieval (when both refuse,
    # the question is left to the ordinary path, which refuses)
    units = sorted((p for f in found for p in f.passages), key=lambda p: -p.score)
    rows = {r["unit_id"]: r for r in getattr(ctx.index, "tasks", [])} if asks_who(ctx.u.folded) else {}
    if judge(topic.text, ctx.u, units, topic.terms, ctx.index, ctx.settings).refuse:
        if ctx.verdict is None or ctx.verdict().refuse:
            return None
    labels = {d: ctx.index.docs[d].label for d in docs}
    nothing = [labels[d] for d in docs if d not in {f.doc_id for f in found}]
    lines = [msg("across_lead", count=len(found), total=len(asked_docs), topic=topic.text,
                 searched="; ".join(labels[d] for d in docs))]
    citations = []
    # asked who acts ("ai làm"): a quoted task whose assignee is printed in a heading above it cites that heading
    for f in found:
        lines.append(msg("across_doc", doc=labels[f.doc_id]))
        for p in f.passages:
            span = quote_span(p.unit, topic.terms, ctx.u.intents)
            n = len(citations) + 1
            c = make_citation(n, p.unit, span, doc_meta(ctx.index, f.doc_id))
            citations.append(c)
            lines.append(msg("quote_line", path=path_tail(p.unit), quote=" ".join(c.quote.split()), n=n))
            head = assignee_heading(rows[p.unit.unit_id], ctx.index.units) if p.unit.unit_id in rows else None
            n = cite_once(ctx, citations, head) if head else None
            if n:
                lines.append(msg("across_assignee", assignee=rows[p.unit.unit_id]["assignee"], n=n))
    if nothing:
        lines.append(msg("across_nothing", docs="; ".join(nothing)))
    skipped = [ctx.index.docs[d].label for d in asked_docs if d not in docs]
    if skipped:          # over MAX_DOCS: say which documents were only ranked, not searched one by one
        lines.append(msg("across_skipped", count=len(skipped), docs="; ".join(skipped)))
    return Structured(text="\n".join(lines), citations=citations, mode="across")
