"""The one order in which an answer across documents sets out its documents (rag.answerers.work.across, tasks).

The documents the question names come in the order it names them ("so <document A> với <document B>": A, then
B); the others follow the hierarchy of their issuers, from the centre down (the table rag/data/levels.tsv lists
the levels from the top: trung ương, tỉnh, thành phố, huyện, xã; a document whose issuer has no level comes
last); documents at one level, or named at one place (a level word standing for the documents issued at it, "ở
trung ương"), come, when the answer is about who is given the work (tasks, "ban nào theo dõi"), with the one that
carries out another of that level first (the plan that sets the resolution's work out, assigning bodies and
deadlines: its title says it implements the other, rag.tables.align); then by how strongly each answers (the
caller's measure: on a topic, the strongest document of a level leads), then in the catalog's order.
"""
from __future__ import annotations

from rag.answerers.work.listed import listed_documents
from rag.question.levels import documents_at, issuer_level, level_terms, levels_where
from rag.question.route import OBJECT_RE, find_references
from rag.tables.align import implementing


def level_rank(entry: dict) -> int:
    """The rank of a document's issuer in the hierarchy (0 at the top); past the table's levels when it has none."""
    levels = [level for level, _, _ in level_terms()]
    level = issuer_level(entry.get("issuer", "") or "")
    return levels.index(level) if level in levels else len(levels)


def named_at(u, docs: dict) -> dict[str, int]:
    """Where the question first names each document it asks about: by an alias (not as what is carried out,
    "thực hiện <document>": rag.question.route.OBJECT_RE), by kind and level in a list (rag.answerers.work.listed), or
    by a level said on its own, which stands for the documents issued at it ("ở trung ương, ở tỉnh …")."""
    hits, _, _ = find_references(u.folded, docs)
    said = [(h[0], h[1]) for h in hits if not OBJECT_RE.search(u.folded[:h[0]])]
    said += [(s[0], d) for s, d in listed_documents(u, docs)]
    said += [(start, d) for start, level in levels_where(u.text) for d in documents_at([level], docs)]
    first: dict[str, int] = {}
    for start, d in sorted(said):
        first.setdefault(d, start)
    return first


def carries_out_at_its_level(docs: dict) -> set[str]:
    """The documents that carry out another document issued at their own level (a central plan of a central
    resolution)."""
    return {p for r, carriers in implementing(docs).items() for p in carriers
            if level_rank(docs[p].entry) == level_rank(docs[r].entry)}


def ordered(doc_ids: list[str], u, docs: dict, strength: dict[str, float] | None = None,
            plan_first: bool = True, carried_first: bool = False) -> list[str]:
    """`doc_ids` in the answer's order: the question's order of naming, then the hierarchy of their issuers, then
    the plan carrying out another of its level first (with `plan_first`: the answer is about who is given the work)
    or the document carried out first (with `carried_first` and not `plan_first`: the answer is about what the texts
    say, the resolution before the plans carrying it out), then `strength` (higher first), then the catalog's
    order."""
    at = named_at(u, docs)
    catalog = {d: i for i, d in enumerate(docs)}
    strength = strength or {}
    never = len(u.folded) + 1
    plans = carries_out_at_its_level(docs) if plan_first or carried_first else set()
    return sorted(doc_ids, key=lambda d: (at.get(d, never), level_rank(docs[d].entry),
                                          (d not in plans) if plan_first else (d in plans),
                                          -strength.get(d, 0.0), catalog.get(d, len(catalog))))
