"""Parse a document's text into a tree that mirrors how cadres cite it.

    raw text -> cleaned lines (noise removed, emphasis markers stripped)
             -> blocks (paragraphs; page-broken paragraphs repaired)
             -> zones: header | preamble | body (parts I-, items 1., sub-items 2.1., dash bullets) | tail
             -> DocTree, whose `text` is the cleaned document and whose paragraphs carry offsets into it.

The tail holds the recipients ("Nơi nhận"), the signature block, and a certified-copy ("sao y") block with
its own recipients. Footnotes (lines opening with a superscript number) are attached to the paragraph
that carries the same superscript. Nothing here knows about embeddings or storage.
"""
from __future__ import annotations

import re

from ingest.body import Builder, promote_empty_headings, set_heads
from ingest.clean import clean_lines, repair_page_breaks, to_blocks
from ingest.frame import NAME_RE, find_body_start, find_tail, header_meta, parse_tail
from ingest.markers import FOOTNOTE_RE, ITEM_RE, PART_RE, SUBITEM_RE, SUPERSCRIPTS, TERMINAL, is_marker
from ingest.tree import DocTree, Footnote, Node, Para, all_paras, assemble

__all__ = ["parse", "header_meta", "DocTree", "Node", "Para", "Footnote"]

DEADLINE_RE = re.compile(
    r"\(((?:hoàn thành|thực hiện thường xuyên|triển khai, thực hiện khi|triển khai thực hiện khi|trước ngày|"
    r"đầu tháng|cuối tháng|giữa tháng|trong (?:tháng|quý|năm))[^()]*)\)", re.I)


def parse(raw: str) -> DocTree:
    """Parse raw document text into a DocTree (see module docstring)."""
    lines, warnings = clean_lines(raw)
    blocks = to_blocks(lines)
    joined = [("\n".join(ls), lead) for ls, lead in blocks]
    texts = [t for t, _ in joined]
    pre_start, body_start = find_body_start(texts)
    tail_start = find_tail(texts, max(pre_start, 1) if pre_start < len(texts) else 0)
    header_blocks = texts[:pre_start]
    # within header and tail blocks keep line breaks; in the body every line is a paragraph unless it
    # continues a hard-wrapped line of the same block
    flow: list[tuple[str, str]] = []
    for (block_lines, lead) in blocks[pre_start:tail_start]:
        for k, ln in enumerate(block_lines):
            if k and not is_marker(ln) and not flow[-1][0].endswith(TERMINAL):
                flow[-1] = (flow[-1][0] + " " + ln, flow[-1][1])
            else:
                flow.append((ln, lead if k == 0 else ""))
    flow = repair_page_breaks(flow)
    preamble_n = 0
    for t, _ in flow:
        if ITEM_RE.match(t) or SUBITEM_RE.match(t) or PART_RE.match(t):
            break
        preamble_n += 1
    preamble, body = flow[:preamble_n], flow[preamble_n:]

    builder = Builder()
    footnotes: list[Footnote] = []
    for t, lead in body:
        fm = FOOTNOTE_RE.match(t)
        if fm:
            footnotes.append(Footnote(mark=_sup_to_digits(fm.group(1)), para=Para(fm.group(2))))
            continue
        builder.add(t, lead)
    promote_empty_headings(builder.root)
    set_heads(builder.root)
    if not builder.root.children:
        warnings.append("no parts, items or bullets found: the text is indexed paragraph by paragraph")
    pre_node = Node("preamble", "", paras=[Para(t) for t, _ in preamble])
    if pre_node.paras:
        builder.root.children.insert(0, pre_node)

    tail = parse_tail(texts[tail_start:])
    tree = DocTree(text="", root=builder.root, warnings=warnings)
    if header_blocks:
        tree.header = Para("\n".join(header_blocks))
        tree.meta.update(header_meta(tree.header.text))
    for key in ("recipients", "signature", "copy", "copy_recipients"):
        if tail.get(key):
            setattr(tree, key, Para(tail[key]))
    if tree.signature:
        names = [ln for ln in tree.signature.text.split("\n") if NAME_RE.match(ln)]
        tree.meta["signer"] = names[-1] if names else ""
    tree.footnotes = footnotes
    assemble(tree)
    _attach_footnotes(tree)
    _extract_deadlines(tree)
    return tree


def _sup_to_digits(s: str) -> str:
    return "".join(str(SUPERSCRIPTS.index(c)) for c in s)


def _attach_footnotes(tree: DocTree) -> None:
    body = [p for p, _ in all_paras(tree) if p is not tree.header and not p.heading]
    for fn in tree.footnotes:
        sup = "".join(SUPERSCRIPTS[int(d)] for d in fn.mark)
        for p in body:
            if p is not fn.para and sup in p.text:
                fn.attached_to = p
                p.footnote_refs.append(fn.mark)
                break
        else:
            tree.warnings.append(f"footnote {fn.mark} is not referenced by any paragraph")


def _extract_deadlines(tree: DocTree) -> None:
    for p, _ in all_paras(tree):
        if not p.heading:
            found = DEADLINE_RE.findall(p.text)
            p.deadline = "; ".join(f.strip() for f in found)
