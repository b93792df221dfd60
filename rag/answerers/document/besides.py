"""What a purpose question sets aside: "ngoài chuyện hiểu cho sâu nghị quyết, nó còn yêu cầu cái gì nữa?", "Ngoài
chuyện học nghị quyết, kế hoạch 21 còn mong …", "…, ngoài việc cho cán bộ hiểu nghị quyết thì nó còn nhằm …".

"ngoài X (ra) … còn … (nữa)" asks for what the document sets beyond X: X names one of its purposes, which the asker
knows, not a topic asked. The phrase opens its clause ("ngoài" at the start of a sentence or after a comma, "thì",
"vậy"; not the "ngoài" of "nước ngoài", "đối ngoại", typed with its marks: "ngoại" is none) and closes with "ra" or
before a "còn"/"nữa" of the same sentence. Its words are blanked from the overview's reading (`without_besides`), and
the purpose unit retrieval finds closest to X (searched alone in the document) is quoted after the others
(`set_aside_unit`).
"""
from __future__ import annotations

import re

from rag.text import typed_one_of

_BESIDES = re.compile(r"(?:^|(?<=[,.;:?!])|(?<=\bthi )|(?<=\bvay ))\s*(?P<w>ngoai)\s+(?P<x>[a-z0-9][a-z0-9 ]{2,60}?)"
                      r"\s*(?:(?P<ra>\bra\b)\s*(?:thi\b)?|,|\bthi\b)")
_MORE = re.compile(r"\b(?:con|nua)\b")
SEARCHED = 40          # passages of the document searched for the purpose set aside


def besides(folded: str, typed: str = "") -> re.Match | None:
    """The "ngoài X (ra)" phrase of the folded question (group "x": X), or None; `typed`: the question as typed, same
    offsets ("ngoài", not "ngoại")."""
    for m in _BESIDES.finditer(folded):
        if len(typed) == len(folded) and not typed_one_of(typed, m.span("w"), "ngoài"):
            continue
        end = re.search(r"[.?!]", folded[m.end():])
        rest = folded[m.end():m.end() + end.start()] if end else folded[m.end():]
        if m.group("ra") or _MORE.search(rest):
            return m
    return None


def without_besides(folded: str, typed: str = "") -> str:
    """The folded question with its "ngoài X (ra)" phrase blanked, same offsets."""
    m = besides(folded, typed)
    return folded if m is None else folded[:m.start("w")] + " " * (m.end() - m.start("w")) + folded[m.end():]


def set_aside_unit(ctx, doc_id: str, unit_ids: set[str]) -> str | None:
    """Of `unit_ids` (a purpose section's units), the one the question's "ngoài X" names: ranked first among them when
    X alone is searched in the document; None when nothing is set aside or no search is at hand."""
    m = besides(ctx.u.folded, ctx.u.text)
    if m is None or not getattr(ctx, "search", None) or len(unit_ids) < 2:
        return None
    x = ctx.u.text[m.start("x"):m.end("x")] if len(ctx.u.text) == len(ctx.u.folded) else m.group("x")
    return next((p.unit.unit_id for p in ctx.search(x, [doc_id], SEARCHED) if p.unit.unit_id in unit_ids), None)
