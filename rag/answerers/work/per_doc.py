"""Which unit answers a cross-document question in each document (rag.answerers.work.across).

Asked which body is assigned the work (rag.answerers.work.which_body: "giao ban nào lo", "ai chủ trì", "cơ quan nào theo
dõi"), a document's answer is the unit that assigns the work to a body (a row of the task table whose assignee is
printed), not a unit that only states the topic: each kept document's best such candidate, when it addresses the
topic at least as strongly as the bar for echoes, is cited first. Which documents are asked: rag.answerers.work.asked_docs.
"""
from __future__ import annotations


def assigning_first(candidates: list, kept: list, rows: dict, good) -> list:
    """The kept units of one document with its best candidate that assigns work to a body (a task row with an
    assignee) first, when the first kept unit assigns none and such a candidate passes `good` (a test of how
    strongly it addresses the topic); `kept` unchanged otherwise. `candidates`: the document's units, best first."""
    if not kept or _assigns(kept[0], rows):
        return kept
    for p in candidates:
        if _assigns(p, rows) and good(p):
            return [p] + [q for q in kept if q.unit.unit_id != p.unit.unit_id]
    return kept


def _assigns(p, rows: dict) -> bool:
    row = rows.get(p.unit.unit_id)
    return bool(row and row.get("assignee"))
