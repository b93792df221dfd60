"""A document's outline, built at ingest from its parsed tree and its units, stored with the build.

The outline mirrors the body tree: parts (I, II …), items (1.), sub-items (2.1), dash bullets, and the
preamble. Each node carries its kind, its own number, its heading (sentence-cased), the anchor its units
use, the ids of the units that hold its own paragraphs, and the id of its heading unit ("" when
untitled). `rag.tables.outline` reads it back; answerers and the page count and list from it, so counts
are always counted from the text, never guessed.
"""
from __future__ import annotations

import re

from ingest.chunk import node_anchor
from ingest.tree import DocTree, Node, sentence_case
from rag.types import Unit


def _unit_owner(unit: Unit) -> str:
    """The anchor of the node whose own paragraph a unit is: 'III.2.p1.s2' -> 'III.2', 'III.2.g4' stays,
    'p1' (a paragraph directly under the root) -> ''."""
    a = re.sub(r"\.s\d+$", "", unit.anchor)
    a = re.sub(r"(^|\.)p\d+$", "", a)
    return a


def build_outline(tree: DocTree, units: list[Unit]) -> dict:
    """The outline of one document as a JSON-ready dict (root node; see module docstring)."""
    by_anchor: dict[str, list[str]] = {}
    heading = {u.anchor: u.unit_id for u in units if u.kind == "heading"}
    for u in units:
        if u.kind in ("body", "preamble"):
            by_anchor.setdefault(_unit_owner(u), []).append(u.unit_id)

    def visit(node: Node, anchor: str) -> dict:
        title = sentence_case(node.title) if node.title else ""
        if node.kind == "dash" and node.lead:
            title = node.lead
        out = {"kind": node.kind, "label": node.label, "title": title, "anchor": anchor,
               "units": by_anchor.get(anchor, []), "heading": heading.get(anchor, "") if anchor else "",
               "children": []}
        for child in node.children:
            out["children"].append(visit(child, node_anchor(anchor, child)))
        return out

    return visit(tree.root, "")
