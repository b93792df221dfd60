"""The document tree a parse yields: paragraphs (Para) with offsets into the cleaned text, body nodes
(parts, items, sub-items, dash bullets), footnotes, and the DocTree holding them with the header and tail;
and how the cleaned document text is assembled from the tree (every paragraph's offsets set)."""
from __future__ import annotations

from dataclasses import dataclass, field

from ingest.markers import SUPERSCRIPTS, is_upper_line


def sentence_case(title: str) -> str:
    """'NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU' -> 'Nhiệm vụ, giải pháp chủ yếu' (only for all-caps headings)."""
    if not is_upper_line(title, 0.9):
        return title
    low = title.lower()
    return low[:1].upper() + low[1:]


@dataclass
class Para:
    text: str
    start: int = -1          # offsets into DocTree.text, set when the cleaned text is assembled
    end: int = -1
    deadline: str = ""
    lead: str = ""
    footnote_refs: list[str] = field(default_factory=list)
    heading: bool = False    # the heading line of a part, item or sub-item ("5. Phát huy dân chủ …")


@dataclass
class Node:
    kind: str                # root | part | item | subitem | dash | preamble
    label: str               # "III", "2", "2.1", "4" (dash ordinal)
    title: str = ""          # heading text, for parts and heading items
    paras: list[Para] = field(default_factory=list)
    children: list["Node"] = field(default_factory=list)
    lead: str = ""
    head: Para | None = None  # the heading line as printed, marker included, for a titled part/item/sub-item


@dataclass
class Footnote:
    mark: str                # "1"
    para: Para
    attached_to: Para | None = None


@dataclass
class DocTree:
    text: str                                  # the cleaned document
    root: Node
    header: Para | None = None
    recipients: Para | None = None
    signature: Para | None = None
    copy: Para | None = None
    copy_recipients: Para | None = None
    footnotes: list[Footnote] = field(default_factory=list)
    meta: dict = field(default_factory=dict)   # read from the header: number, place, date, kind, signer
    warnings: list[str] = field(default_factory=list)

    def walk(self):
        """Yield (node, depth) over the body tree, depth-first in document order."""
        stack = [(self.root, 0)]
        while stack:
            node, depth = stack.pop()
            yield node, depth
            stack.extend((c, depth + 1) for c in reversed(node.children))


def all_paras(tree: DocTree):
    """Every Para in document order, with the text that precedes it in the cleaned document."""
    if tree.header:
        yield tree.header, ""
    for node, _ in tree.walk():
        if node.head is not None:
            yield node.head, ""
        if node.kind in ("item", "subitem"):
            marker = f"{node.label}."
            for k, p in enumerate(node.paras):
                yield p, (f"{marker} " if k == 0 and not node.title else "")
            continue
        for k, p in enumerate(node.paras):
            yield p, ("- " if node.kind == "dash" else "")
    for fn in tree.footnotes:
        yield fn.para, "".join(SUPERSCRIPTS[int(d)] for d in fn.mark) + " "
    for key in ("recipients", "signature", "copy", "copy_recipients"):
        p = getattr(tree, key)
        if p:
            yield p, ""


def assemble(tree: DocTree) -> None:
    """Build the cleaned document text; set every paragraph's offsets into it."""
    parts: list[str] = []
    pos = 0
    for para, prefix in all_paras(tree):
        block = prefix + para.text
        para.start = pos + len(prefix)
        para.end = para.start + len(para.text)
        parts.append(block)
        pos += len(block) + 2
    tree.text = "\n\n".join(parts)
