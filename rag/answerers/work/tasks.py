"""Aggregation questions answered from the task table (rag.tables.tasks), with every matching row:

- by due period: "Những việc nào phải xong trong năm 2025?", "việc gì có hạn là quý I/2024?";
- recurring: "nhiệm vụ thường xuyên của …", "những việc nào phải làm thường xuyên?";
- by assignee: "Ban Dân vận các cấp được giao những nhiệm vụ gì?", "Kế hoạch 21 giao Ban Tuyên giáo Trung
  ương nhiệm vụ gì?", "nhiệm vụ của Mặt trận Tổ quốc Việt Nam";
- who leads: "Ai chủ trì việc xây dựng Chiến lược đại đoàn kết?".
The answer states what was searched and the count, groups the rows by document and cites each row's
unit. Any other question returns None (the retrieval answer handles it); so does an assignee the table
does not know. What the question asks is read by rag/answerers/work/task_query.py; this module filters and renders.
"""
from __future__ import annotations

import math
import re

from rag.answer import doc_meta
from rag.answerers import Context, Structured
from rag.answerers.work.asked import clause_documents
from rag.answerers.work.counterparts import counterparts_first
from rag.answerers.work.doc_order import ordered
from rag.answerers.work.listed import counted_documents, named_documents
from rag.answerers.forms import asks_who
from rag.answerers.work.task_query import read_question
from rag.cite import make_citation
from rag.question.levels import documents_at, levels_said
from rag.prompts import msg
from rag.tables.tasks import assignee_heading, filter_rows
from rag.text import fold, with_bigrams, words

TOPIC_SHARE = 0.5
CLOSE = 0.85
EACH_DOC_SHARE = 0.5
# the question asks each level or place on its own: "ở từng cấp", "mỗi cấp", "mỗi nơi", "lần lượt"
EACH_PLACE = re.compile(r"\b(?:(?:tung|moi) (?:cap|noi|ben|van ban)|lan luot)\b")


def _terms(row: dict) -> set[str]:
    return set(with_bigrams(words(fold(row["text"] + " " + row["heading"]))))


def about(rows: list[dict], topic: list[str], role: str = "", each_doc: bool = False) -> list[dict]:
    """The rows (led by their assignee when `role` says so) whose text covers the topic best: terms weighted by
    how rare they are among the task rows; every row within CLOSE of the best, and over TOPIC_SHARE, is kept.
    Asked of each document (`each_doc`: "ở từng cấp, ai chủ trì …"), each document's best row is kept too when it
    covers the topic at EACH_DOC_SHARE of the best: each document words the same work its own way."""
    sets = [_terms(r) for r in rows]
    weight = {t: math.log((1 + len(rows)) / (1 + sum(t in s for s in sets))) + 0.1 for t in topic}
    total = sum(weight.values())
    scored = [(sum(weight[t] for t in topic if t in s) / total, r) for s, r in zip(sets, rows)
              if not role or r["role"] == role]
    best = max((sc for sc, _ in scored), default=0.0)
    if best < TOPIC_SHARE:
        return []
    keep = {id(r) for sc, r in scored if sc >= CLOSE * best}
    if each_doc:
        for d in {r["doc_id"] for _, r in scored}:
            sc, r = max(((sc, r) for sc, r in scored if r["doc_id"] == d), key=lambda x: x[0])
            if sc >= EACH_DOC_SHARE * best:
                keep.add(id(r))
    return [r for _, r in scored if id(r) in keep]


def jointly(pool: list[dict], names: list[str], due) -> list[dict]:
    """The rows assigned to several bodies asked together: in each document, the rows assigned to all of them at
    once when it has any ("Mặt trận, các đoàn thể", "quân đội, công an": one assignee that names both), else the
    rows of each ("Đảng đoàn Quốc hội và HĐND")."""
    each = [{id(r) for r in filter_rows(pool, assignee=name, due=due)} for name in names]
    joint = set.intersection(*each) if each else set()
    union = set().union(*each)
    joint_docs = {r["doc_id"] for r in pool if id(r) in joint}
    return [r for r in pool if id(r) in (joint if r["doc_id"] in joint_docs else union)]


def two_parts(u) -> bool:
    """Whether the question asks one thing of one place and, "còn …", another of another (rag.answerers.compound.parts):
    a listing of the table by deadline alone ("các mốc thời hạn: … khi nào; còn … ngày nào") answers neither."""
    from rag.answerers.compound.parts import split
    return split(u) is not None and not clause_documents(u)


def _printed(row: dict) -> str:
    """The assignee as the document prints it (abbreviations and long lists kept), without a leading "Giao"."""
    name = re.sub(r"^(?:Giao|Đối với)\s+", "", row["assignee"] or row["assignee_norm"] or "—")
    return name[:1].upper() + name[1:]


def cite_once(ctx: Context, citations: list, unit_id: str) -> int | None:
    """Cite a unit whole unless it is cited already; its number (None when it was cited before)."""
    if any(c.unit_id == unit_id for c in citations):
        return None
    unit = ctx.index.units[unit_id]
    n = len(citations) + 1
    citations.append(make_citation(n, unit, (0, len(unit.text)), doc_meta(ctx.index, unit.doc_id)))
    return n


def row_lines(ctx: Context, citations: list, rows: list[dict], who: bool) -> list[str]:
    """One document's task rows as printed: its line, then each row cited whole with its assignee, role and
    deadline; asked who (`who`), the heading that prints the assignee is cited once, after its first task."""
    lines = [msg("tasks_doc", doc=ctx.index.docs[rows[0]["doc_id"]].label, count=len(rows))]
    for r in rows:
        name = _printed(r)
        unit = ctx.index.units[r["unit_id"]]
        n = len(citations) + 1
        citations.append(make_citation(n, unit, (0, len(unit.text)), doc_meta(ctx.index, r["doc_id"])))
        if who:
            head = assignee_heading(r, ctx.index.units)
            h = cite_once(ctx, citations, head) if head else None
            name = msg("assignee_cited", assignee=name, n=h) if h else name
        lines.append(msg("tasks_line", assignee=name, role=r["role"],
                         deadline=r["deadline_text"] or msg("tasks_no_deadline"), text=r["text"], n=n))
    return lines


def answer(ctx: Context) -> Structured | None:
    rows = getattr(ctx.index, "tasks", [])
    if not rows:
        return None
    q = read_question(ctx.u, rows)
    if q is None:
        return None
    if q.due is not None and not (q.assignee or q.assignees) and two_parts(ctx.u):
        return None      # one deadline asked of one place, "còn" another of another: rag.answerers.compound.parts
    # "ở trung ương, ở tỉnh và ở Cần Thơ", "Ban Tuyên giáo Tỉnh ủy và Ban Tuyên giáo Thành ủy Cần Thơ": every document
    # ... unless the question lists, by their names, the documents to look in ("Ban Dân vận ở ba văn bản: Kế hoạch 21,
    # kế hoạch tỉnh và chương trình Cần Thơ"; a list of bare levels still means every level) or names them by their
    # count and kind ("… trong hai kế hoạch"): those documents
    # (a list of levels where no body is asked, "ở trung ương, ở tỉnh, rồi ở Cần Thơ, ban nào chủ trì …", names the
    # documents issued at them)
    listed = named_documents(ctx.u, ctx.index.docs)
    if not (len(listed) > 1 and (set(listed) <= set(ctx.u.routed) or not (q.assignee or q.assignees or q.levels))):
        counted = counted_documents(ctx.u, ctx.index.docs)
        listed = counted[1] if counted else []
    routed = listed if listed else \
        [] if q.every_level or (q.assignees and q.names_place_only(ctx.u)) else ctx.u.routed
    said = levels_said(ctx.u.text)              # the levels the question says, wherever it says them
    each_place = bool(EACH_PLACE.search(ctx.u.folded))
    if not listed and (q.assignee or q.assignees) and not q.levels:
        # the levels said elsewhere in the question beside one another or beside a document named by its place
        # ("Quân đội, công an được giao gì ở trung ương và ở Cần Thơ?"): the documents issued at each level and
        # the named ones
        at = documents_at(said, ctx.index.docs) if said else []
        others = [d for d in ctx.u.routed if d not in at]
        if len(said) > 1 or (at and others):
            routed = at + others
    if q.chair_topic and not listed and each_place:
        routed = []     # "mỗi cấp, ban nào chủ trì …": every document, whatever one the question names as the work's
    scope = list(ctx.scope) or [d for d in routed if any(r["doc_id"] == d for r in rows)]
    if not scope and q.levels and not q.every_level:
        # one level asked ("Mặt trận ở tỉnh"): the documents issued at that level (rag.question.levels)
        scope = [d for d in documents_at(levels_said(q.levels), ctx.index.docs) if any(r["doc_id"] == d for r in rows)]
    pool = filter_rows(rows, doc=scope or None)
    if q.assignees:
        found = jointly(pool, q.assignees, q.due)
    else:
        found = filter_rows(pool, assignee=q.assignee or None, due=q.due)
    if q.chair_topic:
        each = each_place or len(said) > 1 or len(listed) > 1
        found = about(found, q.chair_topic, role="chủ trì", each_doc=each)
        if not found:
            return None
    if q.topic:
        found = about(found, q.topic)
        if not found:
            return None
    searched_docs = ordered(list(dict.fromkeys(r["doc_id"] for r in pool)), ctx.u, ctx.index.docs)
    searched = msg("tasks_searched", docs=", ".join(ctx.index.docs[d].label for d in searched_docs),
                   total=len(pool))
    if not found:
        return Structured(text=msg("tasks_none", criteria=q.criteria(), searched=searched), citations=[],
                      mode="tasks", refused=True, reason="tasks_none")
    # the documents in the one order of answers across documents (rag.answerers.work.doc_order, a sort by a key of each
    # document alone, so the found ones keep the searched ones' order); at one level, the plan carrying out another
    # first, then the catalog's order
    found_docs = {r["doc_id"] for r in found}
    order = [d for d in searched_docs if d in found_docs]
    found = sorted(found, key=lambda r: order.index(r["doc_id"]))
    if q.assignee or q.assignees or q.topic or q.chair_topic:
        # one body's or one topic's tasks in several documents are read side by side: each document's tasks that
        # the others repeat first (a list by deadline alone keeps each document's order)
        found = counterparts_first(found, lambda r: r["text"], lambda r: r["doc_id"])
    lines, citations = [msg("tasks_lead", count=len(found), docs=len(order), criteria=q.criteria(),
                            searched=searched)], []
    who = asks_who(ctx.u.folded)     # an assignee printed in a heading is cited too
    for d in order:
        lines += row_lines(ctx, citations, [r for r in found if r["doc_id"] == d], who)
    return Structured(text="\n".join(lines), citations=citations, mode="tasks")
