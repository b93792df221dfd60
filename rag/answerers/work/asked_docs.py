"""Which documents a cross-document question asks (rag.answerers.work.across).

A document named only as what the others carry out is not one of the documents asked: "ai theo dõi việc thực
hiện Nghị quyết 43 ở trung ương, ở tỉnh và ở thành phố" asks the plan and the programmes that carry the
resolution out at each level, each of which names its own follow-up body (the resolution is the object of "thực
hiện", as rag.question.route reads it). It is dropped when at least two of the documents searched implement it
(their catalog titles say so: rag.tables.align.implementing) and it is named nowhere else in the question.
"""
from __future__ import annotations

from rag.question.route import OBJECT_RE, find_references
from rag.tables.align import implementing

MIN_CARRIERS = 2       # a document carried out is dropped when this many of the searched documents implement it


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
