"""Reading a document's outline (written at ingest by `ingest.outline`): the tree of parts, items,
sub-items and dash bullets, each with its number, heading and own units.

    root = outline_of(index, "kh-21-2023")
    part = find(root, "IV")             # also "IV.2", "III.2.1", "2" (an item of a document without parts)
    [c.label for c in part.numbered()]  # ["1", …, "8"]
    first_unit(part)                    # the node's first text unit (its own paragraph, else its first descendant's)
    node_unit(part)                     # the unit that stands for the node: its heading line, else first_unit
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

STRUCTURAL = ("part", "item", "subitem")


@dataclass
class ONode:
    kind: str                  # root | preamble | part | item | subitem | dash
    label: str                 # "III", "2", "2.1", "4" (a dash bullet's ordinal)
    title: str                 # heading (sentence case); a dash bullet's italic lead; "" when none
    anchor: str                # "III.2.1"; unit anchors of the node start with it
    units: list[str]           # ids of the units holding the node's own paragraphs
    children: list["ONode"] = field(default_factory=list)
    heading: str = ""          # id of the node's heading unit ("5. Phát huy dân chủ …"); "" when untitled

    @classmethod
    def from_dict(cls, d: dict) -> "ONode":
        return cls(d["kind"], d["label"], d.get("title", ""), d.get("anchor", ""), list(d.get("units", [])),
                   [cls.from_dict(c) for c in d.get("children", [])], d.get("heading", ""))

    def numbered(self) -> list["ONode"]:
        """The node's numbered children (parts, items, sub-items); when it has none, its dash bullets."""
        nums = [c for c in self.children if c.kind in STRUCTURAL]
        return nums or [c for c in self.children if c.kind == "dash"]

    def walk(self):
        yield self
        for c in self.children:
            yield from c.walk()


def outline_of(index, doc_id: str) -> ONode | None:
    doc = index.docs.get(doc_id)
    if doc is None or not getattr(doc, "outline", None):
        return None
    return ONode.from_dict(doc.outline)


def find(root: ONode, ref: str) -> ONode | None:
    """The node a reference names: 'IV', 'IV.2', 'III.2.1', '2.1' or '2' (searched at the top level first,
    then anywhere, first in document order)."""
    ref = ref.strip().upper().rstrip(".")
    for node in root.walk():
        if node.anchor.upper() == ref and node.kind in STRUCTURAL:
            return node
    if re.fullmatch(r"\d+(\.\d+)?", ref):
        for node in root.walk():
            if node.kind in STRUCTURAL and node.label == ref:
                return node
    return None


def first_unit(node: ONode) -> str | None:
    """The unit to cite for a node: its own first paragraph, else the first unit below it."""
    for n in node.walk():
        if n.units:
            return n.units[0]
    return None


def node_unit(node: ONode) -> str | None:
    """The unit that stands for the node itself: its heading line, else `first_unit`."""
    return node.heading or first_unit(node)


def node_units(node: ONode) -> list[str]:
    """Every unit of a node and of everything below it, in document order."""
    return [u for n in node.walk() for u in n.units]
