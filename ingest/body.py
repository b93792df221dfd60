"""The body tree built from the body's paragraphs: parts ("III- …"), items ("2. …"), sub-items ("2.1 …")
and dash bullets nested as printed; a short unpunctuated line after a marker is its heading; a heading
with nothing under it becomes content; every titled node gets its heading line as a paragraph."""
from __future__ import annotations

from ingest.markers import DASH_RE, ITEM_RE, PART_RE, SUBITEM_RE, TERMINAL, is_upper_line
from ingest.tree import Node, Para


class Builder:
    """Turns body paragraphs into the Node tree."""

    def __init__(self):
        self.root = Node("root", "")
        self.part: Node | None = None
        self.item: Node | None = None
        self.sub: Node | None = None

    def container(self) -> Node:
        return self.sub or self.item or self.part or self.root

    def add(self, text: str, lead: str) -> None:
        m = PART_RE.match(text)
        if m and is_upper_line(m.group(2), 0.6):
            self.part = Node("part", m.group(1), title=m.group(2).strip())
            self.root.children.append(self.part)
            self.item = self.sub = None
            return
        m = SUBITEM_RE.match(text)
        if m:
            parent = self.item or self.part or self.root
            self.sub = Node("subitem", f"{m.group(1)}.{m.group(2)}")
            self._head_or_para(self.sub, m.group(3), text)
            parent.children.append(self.sub)
            return
        m = ITEM_RE.match(text)
        if m:
            self.item = Node("item", m.group(1))
            self.sub = None
            self._head_or_para(self.item, m.group(2), text)
            (self.part or self.root).children.append(self.item)
            return
        m = DASH_RE.match(text)
        if m:
            parent = self.container()
            dash = Node("dash", str(sum(c.kind == "dash" for c in parent.children) + 1), lead=lead)
            dash.paras.append(Para(m.group(1), lead=lead))
            parent.children.append(dash)
            return
        self.container().paras.append(Para(text))

    @staticmethod
    def _head_or_para(node: Node, body: str, full: str) -> None:
        if body.endswith(TERMINAL) or len(body) > 400:
            node.paras.append(Para(body))
        else:
            node.title = body


def promote_empty_headings(node: Node) -> None:
    """A heading item with nothing under it is content: its title becomes its paragraph."""
    for child in node.children:
        promote_empty_headings(child)
    if node.kind in ("item", "subitem") and node.title and not node.paras and not node.children:
        node.paras.append(Para(node.title))
        node.title = ""


def set_heads(node: Node) -> None:
    """Give every titled part, item and sub-item its heading line as a paragraph of its own."""
    for child in node.children:
        set_heads(child)
    if node.kind in ("part", "item", "subitem") and node.title:
        marker = f"{node.label}- " if node.kind == "part" else f"{node.label}. "
        node.head = Para(marker + node.title, heading=True)
