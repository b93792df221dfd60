"""The same deadline asked of two or more documents in one question ("Bộ Chính trị bắt các tỉnh ra kế hoạch trước
khi nào; còn kế hoạch của tỉnh thì quán triệt xong trước ngày nào?", "mốc quán triệt …: bên trung ương bao giờ
xong, bên tỉnh hạn ngày nào?"), answered from the task table (rag.tables.tasks).

The question is read as sides, one for each place it names: a document (by number, kind and issuer, alias:
rag.question.route.find_references; one named only as what is carried out, "thực hiện NQ 43", is the subject
matter, not a side), a level said on its own ("bên tỉnh", "ở trung ương": rag.question.levels) or an issuer of a
level by its name ("Bộ Chính trị"). Each side runs from its name to the next side's and is about the documents
issued there whose task table prints deadlines; the words before the first name open the first side. A side that
asks twice ("quán triệt xong trước ngày nào, rồi mỗi năm báo cáo trước ngày nào") is cut after each question word
into asks. Each ask is answered by its document's task whose words it carries most (terms weighted by how rare
they are among the tasks): a task with a dated or conditioned deadline first, one "thực hiện thường xuyên" only
when no such task carries any of its words. An ask that names its work (rag.answerers.asked_work: the verb's
objects, or the verb; "hạn xây dựng nhà văn hóa" -> "nhà văn") takes only a task carrying one of those head words,
not one that shares any other word ("xây dựng"), and the words of a body work is assigned to ("Ban Dân vận Trung
ương theo dõi …") are no work; when its document has no such task, nothing is answered (the other answerers read
the question). An ask that names no work is read with its side's words, then with the
words before the first side (the topic the whole question sets), then with all the question's words outside the
names of places: sides named first and the work asked after the last ("Kế hoạch 21 và kế hoạch của tỉnh: mỗi bên
hẹn quán triệt xong khi nào?") ask that work of every side. A named document whose task table prints no deadline
is said to print none. Nothing answered when fewer than two sides name different documents, or the question asks
no deadline: the other answerers read it.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass

from rag.answer import doc_meta
from rag.answerers import Context, Structured
from rag.answerers.asked_work import heads, terms as _terms
from rag.question.intents import METADATA_INTENTS
from rag.cite import make_citation
from rag.prompts import msg
from rag.question.levels import documents_at, level_terms, levels_where
from rag.question.route import OBJECT_RE, find_references
from rag.tables.tasks import ONGOING
from rag.text import fold

# the question asks when (folded): a deadline, a date, "when"
ASKS_DUE = re.compile(r"\b(?:han|thoi han|moc|xong|hoan thanh|khi nao|bao gio|luc nao|ngay nao|ngay may|nam nao"
                      r"|thang nao|quy nao|truoc khi nao)\b")
# where an ask ends inside a side (folded): the question word of a date or a time
ASK_END = re.compile(r"\b(?:khi nao|bao gio|luc nao|ngay nao|ngay may|nam nao|thang nao|quy nao)\b")
# the words before an issuer's name that make it no side: a longer body's name, every one of them, one set to work
NOT_SIDE_BEFORE = re.compile(r"\b(?:ban|bo|dang|uy ban|hoi dong|cac|moi|nhung|nhieu|bat|giao|cho|yeu cau|doi"
                             r"|de nghi|chi dao)\s+$")
# a level word typed without accents, after a word that says where ("bên tinh", "o trung uong")
FOLDED_LEVEL_BEFORE = r"\b(?:ben|phia|o|cap|tai)\s+"
# a question word of anything but a date (folded, once those of a date are blanked): "ai", "gì", "ban nào", "mấy"
OTHER_ASK = re.compile(r"\b(?:ai|gi|nao|the nao|ra sao|bao nhieu|may|hay khong|chua|khong|lam sao|o dau)\b")
CLOSE = 0.85           # a second task is given when it carries the ask's words this close to the best
PER_ASK = 2            # tasks given per ask at most


@dataclass
class Side:
    start: int
    end: int
    at: int                  # where its place is named
    named_end: int           # and where its name ends
    docs: list[str]          # the documents of the side whose task table prints deadlines
    unprinted: list[str]     # named documents of the side whose task table prints none


def _dated(rows: list[dict]) -> set[str]:
    return {r["doc_id"] for r in rows if r.get("deadline_text")}


def _anchors(u, docs: dict) -> list[tuple[int, int, list[str], bool]]:
    """(start, end, documents, named as a document) of each place the question names, in its order."""
    hits, taken, _ = find_references(u.folded, docs, u.text)
    out = []
    for start, doc_id, (a, b) in hits:
        if OBJECT_RE.search(u.folded[:start]):
            continue              # "thực hiện Nghị quyết 43": what is carried out, not a side
        out.append((a, b, [doc_id], True))
    inside = lambda x: any(a <= x < b for a, b in taken)
    levels = [(start, len(level), level) for start, level in levels_where(u.text)]
    if not u.accents_typed:
        # typed without accents: a level word after a word that says where ("ben tinh thi …")
        for level, word, _ in level_terms():
            for m in re.finditer(rf"{FOLDED_LEVEL_BEFORE}({re.escape(fold(word))})(?![a-z])(?!\s+(?:uy|doan|hoi|dang|bo|cuc|ban)\b)", u.folded):
                levels.append((m.start(1), len(m.group(1)), level))
    # a level said on its own is a side only where no document of it is named ("HĐND tỉnh …: KH 21 và KH của BTV
    # TU …": the province's plan is the side, "tỉnh" qualifies a body)
    by_name = {d for _, _, ds, _ in out for d in ds}
    for start, length, level in levels:
        at = documents_at([level], docs)
        if not inside(start) and not set(at) & by_name:
            out.append((start, start + length, at, False))
    issuers: list[tuple[int, int, list[str], bool]] = []
    for level, _, names in level_terms():
        for name in names:
            for m in re.finditer(rf"(?<![a-z]){re.escape(fold(name))}(?![a-z])", u.folded):
                # a body's own name ("Ban Tuyên giáo Trung ương" holds "trung ương"), every body of a level ("các
                # tỉnh ủy") or the body a document sets to work ("bắt tỉnh ủy ban hành …") is no side
                if not inside(m.start()) and not NOT_SIDE_BEFORE.search(u.folded[:m.start()]):
                    issuers.append((m.start(), m.end(), documents_at([level], docs), False))
    # an issuer's name is a side only where nothing else names its documents ("kế hoạch của tỉnh … tỉnh ủy, thành
    # ủy phải …": the bodies set to work)
    named = {d for _, _, ds, _ in out for d in ds}
    out += [x for x in issuers if not set(x[2]) & named]
    out.sort()
    kept: list[tuple[int, int, list[str], bool]] = []
    for a in out:
        if kept and a[0] < kept[-1][1]:
            continue              # overlapping names: the first read
        kept.append(a)
    return kept


def sides(u, docs: dict, rows: list[dict], scope: list[str]) -> list[Side] | None:
    """The sides of a question naming two or more places with different documents; None otherwise."""
    dated = _dated(rows)
    found: list[Side] = []
    for a, b, ds, named in _anchors(u, docs):
        if scope:
            ds = [d for d in ds if d in scope]
        have = [d for d in ds if d in dated]
        lacking = [d for d in ds if d not in dated] if named else []
        if not have and not lacking:
            continue
        if found and (found[-1].docs, found[-1].unprinted) == (have, lacking):
            continue              # the same place named again: one side
        found.append(Side(a, b, a, b, have, lacking))
    dated_sides = {tuple(s.docs) for s in found if s.docs}
    if len(dated_sides) < 2:
        return None
    for k, s in enumerate(found):
        s.start = 0 if k == 0 else s.start
        s.end = found[k + 1].start if k + 1 < len(found) else len(u.text)
    return found


def _asks(u, side: Side) -> list[tuple[int, int]]:
    """The spans of a side's asks: cut after each question word of a date; the rest joins the last ask."""
    cuts = [m.end() for m in ASK_END.finditer(u.folded, side.start, side.end)]
    spans, a = [], side.start
    for c in cuts:
        spans.append((a, c))
        a = c
    if not spans:
        return [(side.start, side.end)]
    spans[-1] = (spans[-1][0], side.end)
    return spans


def _best(rows: list[dict], terms: set[str], weight: dict) -> list[dict]:
    """The rows carrying the ask's terms most: a bounded deadline first, "thường xuyên" only when none carries any."""
    bounded = [r for r in rows if r.get("deadline_text") and r.get("due") != ONGOING]
    ongoing = [r for r in rows if r.get("deadline_text") and r.get("due") == ONGOING]
    for pool in (bounded, ongoing):
        scored = [(_score(r, terms, weight), r) for r in pool]
        best = max((s for s, _ in scored), default=0.0)
        if best > 0:
            ranked = sorted((x for x in scored if x[0] >= CLOSE * best), key=lambda x: -x[0])
            return [r for _, r in ranked[:PER_ASK]]
    return []


def _score(row: dict, terms: set[str], weight: dict) -> float:
    """The weight of the ask's terms the task carries, plus that of those its assignee carries in the share of the
    assignee's name they cover: an ask that names the body ("bắt các tỉnh ủy, thành ủy ra kế hoạch") points at the
    task assigned to that body, not at one whose long list of bodies names it in passing. The sum is divided by the
    square root of the task's own length (the norm of its terms' weights): a long task that carries the asked words
    among many others ("bí thư tỉnh ủy, thành ủy … chịu trách nhiệm chỉ đạo … xây dựng chương trình, kế hoạch thực
    hiện …") gives way to a short one that is mostly the asked work ("Xây dựng, ban hành chương trình, kế hoạch …"),
    while one shared word of a short task does not outweigh several of a long one (the root, not the length)."""
    own = sum(weight.get(t, 0.0) for t in terms & row["_terms"])
    who = row["_who"]
    if who:
        said = terms & who
        own += sum(weight.get(t, 0.0) for t in said) * len(said) / len(who)
    return own / math.sqrt(row["_norm"]) if row["_norm"] else 0.0


def _pick(mine: list[dict], texts, weight: dict, bodies: set[str]) -> list[dict] | None:
    """The tasks of one document answering one ask, read from the first of `texts` (the ask, its side, the words
    before the first side, the whole question) that names a work (rag.answerers.asked_work; the words of a body work
    is assigned to, "Ban Dân vận Trung ương", "Mặt trận tỉnh", are no work): only a task carrying one of its head
    words answers it, among them the one carrying its words most. None when no task does (the document sets no
    deadline for that work, or the question reads it otherwise) or no text names a work: words an ask shares with
    a task besides its work ("các đoàn thể … khi nào bắt tay vô làm") choose no task."""
    for text in texts:
        work = heads(text) - bodies
        if work:
            # "xây dựng nhà văn hóa" is no task that only shares "xây dựng"
            return _best([r for r in mine if work & r["_terms"]], _terms(text), weight) or None
    return None


def _ask_text(u, a: int, b: int, blanks: list[tuple[int, int]]) -> str:
    t = list(u.text[a:b])
    for x, y in blanks:
        for i in range(max(x, a), min(y, b)):
            t[i - a] = " "
    return "".join(t)


def answer(ctx: Context) -> Structured | None:
    rows = getattr(ctx.index, "tasks", [])
    u = ctx.u
    if not rows or u.structure or not ASKS_DUE.search(u.folded) or any(i in METADATA_INTENTS for i in u.intents):
        return None
    if OTHER_ASK.search(ASK_END.sub(" ", u.folded)):
        return None           # a body, a content or a count asked besides the date: the other answerers read it
    found = sides(u, ctx.index.docs, rows, list(ctx.scope))
    if found is None:
        return None
    # the words that name places are no words of the work asked
    blanks = [(s.at, s.named_end) for s in found] + list(u.alias_spans)
    table = [dict(r, _terms=_terms(" ".join((r["text"], r["heading"], r["assignee"] or ""))),
                  _who=_terms(r["assignee"] or "")) for r in rows]
    n = len(table)
    df: dict[str, int] = {}
    for r in table:
        for t in r["_terms"]:
            df[t] = df.get(t, 0) + 1
    weight = {t: math.log((1 + n) / (1 + c)) for t, c in df.items()}
    for r in table:
        r["_norm"] = math.sqrt(sum(weight[t] ** 2 for t in r["_terms"]))
    bodies = set().union(*(r["_who"] for r in table))     # the words of the bodies work is assigned to
    lead_text = _ask_text(u, 0, found[0].at, blanks)      # the words before the first place: the topic of all
    whole_text = _ask_text(u, 0, len(u.text), blanks)     # and all the words outside the places' names
    lines, citations, given = [msg("deadlines_lead")], [], set()
    answered = 0
    for s in found:
        side_text = _ask_text(u, s.start, s.end, blanks)
        for d in s.docs:
            mine = [r for r in table if r["doc_id"] == d]
            picked: list[dict] = []
            for a, b in _asks(u, s):
                got = _pick(mine, (_ask_text(u, a, b, blanks), side_text, lead_text, whole_text), weight, bodies)
                if got is None:
                    return None   # a work asked that no task of this document carries: the other answerers read it
                picked += [r for r in got if r["unit_id"] not in {p["unit_id"] for p in picked}]
            label = ctx.index.docs[d].label
            if not picked:
                lines.append(msg("deadlines_none", doc=label))
                continue
            for r in picked:
                if r["unit_id"] in given:
                    continue
                given.add(r["unit_id"])
                unit = ctx.index.units[r["unit_id"]]
                k = len(citations) + 1
                citations.append(make_citation(k, unit, (0, len(unit.text)), doc_meta(ctx.index, d)))
                lines.append(msg("deadlines_line", doc=label, deadline=r["deadline_text"],
                                 assignee=re.sub(r"^(?:Giao|Đối với)\s+", "", r["assignee"] or "—"),
                                 text=r["text"], n=k))
                answered += 1
        for d in s.unprinted:
            lines.append(msg("deadlines_none", doc=ctx.index.docs[d].label))
    if not answered:
        return None
    return Structured(text="\n".join(lines), citations=citations, mode="deadlines")

