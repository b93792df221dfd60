"""Which documents a cross-document question asks, and which unit answers it in each (rag.answerers.across).

A document named only as what the others carry out is not one of the documents asked: "ai theo dõi việc thực
hiện Nghị quyết 43 ở trung ương, ở tỉnh và ở thành phố" asks the plan and the programmes that carry the
resolution out at each level, each of which names its own follow-up body (the resolution is the object of "thực
hiện", as rag.question.route reads it). It is dropped when at least two of the documents searched implement it
(their catalog titles say so: rag.tables.align.implementing) and it is named nowhere else in the question.

Asked which body is assigned the work ("giao ban nào lo", "ai chủ trì", "cơ quan nào theo dõi"), a document's answer is the unit that assigns
the work to a body (a row of the task table whose assignee is printed), not a unit that only states the topic:
each kept document's best such candidate, when it addresses the topic at least as strongly as the bar for echoes,
is cited first.
"""
from __future__ import annotations

import re

from rag.answerers.forms import asks_who
from rag.decision.slots import _typed_as
from rag.question.route import OBJECT_RE, find_references
from rag.tables.align import implementing

# the verbs of giving work to a body or of doing it as the one in charge: "ai" / "ban nào" with one of them asks
# which body is assigned ("giao ban nào lo", "ai chủ trì", "ai đứng ra theo dõi"); "ai" with another verb does not
# ("lấy ai làm nền tảng", "ai là …")
ASSIGNING_RE = re.compile(r"\b(?:(?P<giao>giao)|chu tri|theo doi|don doc|phu trach|chiu trach nhiem|dung ra|dau moi)\b")
# "giáo" folds to "giao" too ("tôn giáo", "Tuyên giáo", "Công giáo", "giáo dục" are no assigning): typed "giáo", the
# syllable says so (rag.decision.slots._typed_as); typed "giao", the words around it still may ("tôn giao", a mark
# slipped in a question typed with marks, or one typed without)
_GIAO_WORDS_RE = re.compile(r"(?<!ton )(?<!tuyen )giao(?! duc| vien| ly)")
MIN_CARRIERS = 2       # a document carried out is dropped when this many of the searched documents implement it


def asks_which_body(typed: str, f: str) -> bool:
    """A question (`typed`, and folded `f`, same offsets) asks which body is assigned the work: a who-question
    (rag.answerers.forms.asks_who) with a verb of assigning or of being in charge (ASSIGNING_RE)."""
    return asks_who(f) and any(_assigning(typed, f, m) for m in ASSIGNING_RE.finditer(f))


def _assigning(typed: str, f: str, m: re.Match) -> bool:
    """A verb of ASSIGNING_RE; "giao" only when not typed "giáo" and no words around it make a "giáo"
    (_GIAO_WORDS_RE)."""
    return m.start("giao") < 0 or (_typed_as(typed, m.span("giao"), "giao") and bool(_GIAO_WORDS_RE.match(f, m.start())))


def carried_out_only(u, docs: list[str], catalog: dict) -> list[str]:
    """The documents `docs` without those the question names only as what is carried out ("thực hiện <document>")
    when at least MIN_CARRIERS of the others implement it; `docs` unchanged when fewer than two would remain."""
    hits, _, _ = find_references(u.folded, catalog)
    named: dict[str, list[int]] = {}
    for start, d, _ in hits:
        named.setdefault(d, []).append(start)
    carriers = implementing(catalog)
    drop = {d for d in docs if named.get(d) and all(OBJECT_RE.search(u.folded[:s]) for s in named[d])
            and sum(p in docs for p in carriers.get(d, [])) >= MIN_CARRIERS}
    kept = [d for d in docs if d not in drop]
    return kept if len(kept) >= 2 else docs


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
