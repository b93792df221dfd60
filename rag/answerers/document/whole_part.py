"""A part of a document asked about as a whole by what it says, not by its number or heading: "chương trình
nhìn lại tình hình … thế nào, còn vướng gì và vì sao?" asks what its assessment part says, paragraph by
paragraph.

Taken when the question asks several things at once (two question words or more) and most of the best
retrieved units lie in one part that is made of paragraphs only (no numbered children, a few paragraphs):
that part is quoted, the best unit cited first, its paragraphs quoted further (rag.answerers.outline.render.leaf). The
retrieval refusal model judges the question first: what it refuses, or answers only with a caveat (a place
the text does not print, low confidence), stays on the ordinary path.
"""
from __future__ import annotations

from collections import Counter

from rag.answerers import Structured

from rag.answerers.outline import render
from rag.answerers.common import Citer, doc_of
from rag.answerers.outline.node_asks import ASKS_RE, SEVERAL_WHOLE
from rag.tables.outline import STRUCTURAL, outline_of

TOP = 5                    # the best retrieved units looked at
MIN_IN_PART = 3            # this many of them in one part make the part what is asked
PART_UNITS = (3, 8)        # a part of paragraphs only, with this many paragraphs


def answer(ctx) -> Structured | None:
    doc_id = doc_of(ctx)
    if doc_id is None or not ctx.passages or ctx.verdict is None:
        return None
    f = ctx.u.without_doc_names(accented=False)
    if len({m.group(0) for m in ASKS_RE.finditer(f)}) < 2:
        return None
    root = outline_of(ctx.index, doc_id)
    if root is None:
        return None
    parts = {u: n for n in root.walk() if n.kind in STRUCTURAL and not n.numbered()
             and PART_UNITS[0] <= len(n.units) <= PART_UNITS[1] for u in n.units}
    top = [p for p in ctx.passages[:TOP] if p.unit.doc_id == doc_id]
    if not top or top[0].unit.unit_id not in parts:
        return None
    node = parts[top[0].unit.unit_id]
    if Counter(parts.get(p.unit.unit_id) is node for p in top)[True] < MIN_IN_PART:
        return None
    verdict = ctx.verdict()
    if verdict.refuse or verdict.note or verdict.low_confidence:
        return None         # refused, or answered with a caveat: the ordinary path says so
    citer = Citer(ctx.index)
    return render.leaf(ctx, doc_id, root, node, citer, whole=SEVERAL_WHOLE, first=top[0].unit,
                       most=PART_UNITS[1])
