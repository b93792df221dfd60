"""A document's purpose sections: the headed nodes whose heading names "mục đích", "yêu cầu", "mục tiêu" …,
found in its outline, quoted as the overview shows them, and whether retrieval's best passage lies in one; and
its account of the situation that led to it (the titled top-level part with text of its own that comes before
any purpose section: "I. Tình hình"), which answers why the document was issued.

Used by the overview (rag.answerers.document.overview) and by the question-kind backstop (rag.answerers.document.backstop), which
passes retrieval's ranking so that the purpose paragraph ranked best is quoted first.
"""
from __future__ import annotations

import re

from rag.answerers.common import Citer, inline, node_heading, quote_span
from rag.answerers.forms import forms
from rag.prompts import msg
from rag.tables.outline import STRUCTURAL, ONode, node_units
from rag.text import fold

_O = forms()["overview"]
PURPOSE_WORDS, PURPOSE_MARKERS = tuple(_O["purpose_words"]), tuple(_O["purpose_markers"])
MAX_PURPOSE_UNITS = 4
PURPOSE_WHOLE = 700        # a purpose unit up to this long is quoted whole (its goals often end the sentence)
PURPOSE_BEST = 1500        # the unit retrieval ranked best, up to this long, is quoted whole


def purpose_nodes(root: ONode, wanted: tuple[str, ...] = PURPOSE_WORDS) -> list[ONode]:
    """Headed nodes whose heading names a purpose word (`wanted`), most specific first-found (a child heading
    'Mục tiêu' under 'Quan điểm, mục tiêu' is taken instead of its parent)."""
    out: list[ONode] = []
    for node in root.walk():
        if node.kind not in STRUCTURAL or not node.title:
            continue
        title = fold(node.title)
        if any(w in title for w in wanted):
            kids = [c for c in node.children if c.title and any(w in fold(c.title) for w in wanted)]
            if not kids and not any(node in o.walk() for o in out):
                out.append(node)
    return out


def purpose_lines(ctx, citer: Citer, root: ONode, wanted: tuple[str, ...], ranked: tuple[str, ...] = (),
                  last: str | None = None) -> list[str]:
    """The purpose sections quoted; the unit `ranked` (unit ids, best first) puts first in each, first; `last`: a
    unit the question sets aside ("ngoài X ra … còn"), quoted after its section's others."""
    lines = []
    for node in purpose_nodes(root, wanted)[:2]:
        units = [ctx.index.units[u] for u in node_units(node) if u in ctx.index.units]
        ids = {x.unit_id for x in units}
        best = next((u for u in ranked if u in ids), None)
        # the best-ranked unit first, then the section's others in order, at most MAX_PURPOSE_UNITS in all (the
        # best is chosen before the window: a section's fifth bullet can be the one asked)
        units = sorted(units, key=lambda u: (u.unit_id == last, u.unit_id != best))[:MAX_PURPOSE_UNITS]
        if not units:
            continue
        lines.append(msg("overview_section", heading=node_heading(node)))
        for unit in units:
            # the unit retrieval ranked best quoted whole up to PURPOSE_BEST: what the question asks may stand past
            # its first sentence
            n, quote = citer.cite(unit, quote_span(unit, whole=PURPOSE_BEST if unit.unit_id == best else
                                                   PURPOSE_WHOLE))
            lines.append(msg("quote_item", heading=unit.path.split(" › ")[-1], quote=inline(quote), n=n))
    return lines


def ranked_first_in_purpose(root: ONode, ranked: tuple[str, ...], wanted: tuple[str, ...] = PURPOSE_WORDS) -> bool:
    """Retrieval's best passage (`ranked`: unit ids, best first) lies in a purpose section (or in a section whose
    heading names one of `wanted`): the question is about what the document aims at (or about that section)."""
    return bool(ranked) and any(ranked[0] in node_units(n) for n in purpose_nodes(root, wanted))


def first_asked(f: str) -> bool:
    """A purpose word said with "first" ("mục đích trước tiên", "yêu cầu trước hết"): the section's first item is
    asked, so its items keep their order (retrieval's best is not put first)."""
    return any(re.search(rf"\b{w}(?:\s+[a-z]+)?\s+(?:truoc tien|truoc het|dau tien)\b", f) for w in PURPOSE_WORDS)


def in_purpose(root: ONode, node: ONode) -> bool:
    """`node` is a purpose section or lies inside one."""
    return any(node is n for p in purpose_nodes(root) for n in p.walk())


SITUATION_UNITS, SITUATION_WHOLE = 6, 1200    # the situation's paragraphs quoted: at most this many, whole up to


def situation_node(root: ONode) -> ONode | None:
    """The first top-level part when it is titled, has paragraphs of its own and is no purpose section, and no
    purpose section comes before it (the account that leads to the purpose): None when the document has none."""
    top = root.numbered()
    if not top or not top[0].title or not top[0].units or in_purpose(root, top[0]):
        return None
    return top[0]


def situation_lines(ctx, citer: Citer, root: ONode) -> list[str]:
    """The situation part quoted, heading first, its paragraphs whole (up to SITUATION_WHOLE characters each)."""
    node = situation_node(root)
    if node is None:
        return []
    units = [ctx.index.units[u] for u in node.units if u in ctx.index.units][:SITUATION_UNITS]
    lines = [msg("overview_section", heading=node_heading(node))]
    for unit in units:
        n, quote = citer.cite(unit, quote_span(unit, whole=SITUATION_WHOLE))
        lines.append(msg("quote_item", heading=unit.path.split(" › ")[-1], quote=inline(quote), n=n))
    return lines

