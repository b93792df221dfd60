"""Which items of the implementing plans carry out a numbered item of a resolution ("Nhiệm vụ 6 của Nghị quyết 43
được kế hoạch tỉnh cụ thể hóa ở những điểm nào?", "mục 3 của nghị quyết, chương trình Cần Thơ triển khai ở mục
nào?"), answered from the resolution↔plan map (rag.tables.align) instead of from one search of the question.

The question must name one resolution that has implementing plans (the catalog's titles say so), number one of the
resolution's task items, and ask where (a location asked: "ở điểm nào", "mục nào", "ở đâu") something carries it out
(a verb of carrying out: "cụ thể hóa", "triển khai", "thực hiện", "tương ứng"). The plans are those it names beside
the resolution, else every implementing plan. The answer cites the resolution's item, then each plan's items the map
keeps for it (closest first), and says the map matches items by their content. Any other question returns None.
"""
from __future__ import annotations

import re

from rag.answer import doc_meta, path_tail
from rag.answerers import Context, Structured
from rag.answerers.outline.address import ORDINAL_WORDS, is_roman, refs_in
from rag.answerers.work.where import asks_where
from rag.cite import make_citation
from rag.prompts import msg
from rag.tables.align import align, implementing

# a task item named by the task nouns the outline's address reader does not know ("nhiệm vụ 6", "giải pháp số 3",
# "nhóm nhiệm vụ III.2"); "mục 6", "điểm III.6", "mục 6 phần III" are read by rag.answerers.outline.address
TASK_ITEM_RE = re.compile(r"(?<![a-z])(?:nhiem vu|giai phap|nhom nhiem vu|noi dung)\s+(?:so\s+)?"
                          r"(?:(?P<part>[ivx]+)\s*\.\s*)?(?P<n>\d{1,2})(?![\d.]|\s*/)")
ITEM_NOUNS = ("muc", "diem")     # the address reader's nouns that name a task item; "phần" names its part
_ITEM_VALUE_RE = re.compile(r"(?:(?P<part>[ivx]+)\.)?(?P<n>\d{1,2})")
# "thực hiện" inside the heading words "tổ chức thực hiện" names a part, it carries nothing out; "thể hiện" asks
# where something stands in the resolution itself, not which plan carries it out
CARRY_RE = re.compile(r"(?<![a-z])(?:cu the hoa|trien khai|(?<!to chuc )thuc hien|tuong ung|ung voi|dua vao)(?![a-z])")
# a part named by its heading words ("điểm 2 phần tổ chức thực hiện"): the item is not one of the task items
WORDED_PART_RE = re.compile(r"(?<![a-z])phan\s+(?!(?:[ivx]+|nao)(?![a-z]))[a-z]")
# a count asked too ("có bao nhiêu nhiệm vụ, nhiệm vụ 3 …"): a two-part question, left to the other answerers
COUNT_RE = re.compile(r"(?<![a-z])(?:bao nhieu|may)\s+(?:nhiem vu|muc|diem|phan|noi dung|giai phap)(?![a-z])")

_MAPS: dict[str, list[dict]] = {}


def _map(index) -> list[dict]:
    """The resolution↔plan map of the loaded build, computed once per build."""
    key = getattr(index, "build_id", None) or str(id(index))
    if key not in _MAPS:
        _MAPS.clear()
        _MAPS[key] = align(index)
    return _MAPS[key]


def items_named(f: str, text: str = "") -> list[tuple[str, str]]:
    """The task items a question names, in its order: (Roman part or "", item number). "mục III.6" and "mục 6 phần
    III" -> ("III", "6"); "điểm 6", "mục sáu" -> ("", "6"); "nhiệm vụ 6" -> ("", "6"). A sub-item ("mục 2.1") or a
    dated number ("6/2023") names no task item."""
    refs = [m for m in refs_in(f, text) if not f[m.end():].lstrip().startswith("/")]
    parts = [m.group(2).upper() for m in refs if m.group(1) == "phan" and is_roman(m.group(2))]
    found: list[tuple[int, str, str]] = []
    for m in refs:
        if m.group(1) not in ITEM_NOUNS:
            continue
        v = _ITEM_VALUE_RE.fullmatch(str(ORDINAL_WORDS.get(m.group(2), m.group(2))))
        if v:
            found.append((m.start(), (v.group("part") or "").upper() or (parts[0] if parts else ""), v.group("n")))
    for m in TASK_ITEM_RE.finditer(f):
        found.append((m.start(), (m.group("part") or "").upper(), m.group("n")))
    return [(part, n) for _, part, n in sorted(found)]


def read_question(ctx: Context) -> tuple[str, str, list[str]] | None:
    """(resolution doc_id, the item's anchor "III.6", the plans asked) or None."""
    u, f = ctx.u, ctx.u.folded
    if not (CARRY_RE.search(f) and asks_where(f, u.text)) or WORDED_PART_RE.search(f) or COUNT_RE.search(f):
        return None
    plans_of = implementing(ctx.index.docs)
    resolutions = [d for d in u.routed if d in plans_of]
    if len(resolutions) != 1:
        return None
    rid = resolutions[0]
    anchors = [r["resolution_unit"].split(":", 1)[1] for r in _map(ctx.index)
               if r["resolution_unit"].startswith(rid + ":")]
    for part, n in items_named(f, u.text):
        hits = [a for a in anchors if a.split(".")[1:2] == [n] and (not part or a.split(".")[0] == part)]
        if hits:
            plans = [d for d in u.routed if d in plans_of[rid]] or list(plans_of[rid])
            return rid, ".".join(hits[0].split(".")[:2]), plans
    return None


def answer(ctx: Context) -> Structured | None:
    asked = read_question(ctx)
    if asked is None:
        return None
    rid, anchor, plans = asked
    row = next(r for r in _map(ctx.index) if r["resolution_unit"].startswith(f"{rid}:{anchor}."))
    citations = []

    def cite(unit_id: str) -> int:
        unit = ctx.index.units[unit_id]
        n = len(citations) + 1
        citations.append(make_citation(n, unit, (0, len(unit.text)), doc_meta(ctx.index, unit.doc_id)))
        return n

    docs = ctx.index.docs
    lines = [msg("carried_lead", item=anchor, doc=docs[rid].label, heading=row["resolution_heading"],
                 n=cite(row["resolution_unit"]))]
    for pid in plans:
        mine = [m for m in row["implementing"] if m["doc_id"] == pid]
        if not mine:
            continue
        lines.append(msg("across_doc", doc=docs[pid].label))
        for m in mine:
            lines.append(msg("carried_line", path=path_tail(ctx.index.units[m["unit_id"]]), n=cite(m["unit_id"])))
    if len(lines) == 1:
        return None
    lines.append(msg("carried_note"))
    return Structured(text="\n".join(lines), citations=citations, mode="carried")
