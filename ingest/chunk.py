"""Turn a parsed DocTree into citable Units with stable ids, citation paths and offsets.

Anchors (the part of a unit id after "<doc_id>:") follow the document's own numbering:
    header, preamble.p1, I.p2, III.2.p1, III.2.1.p1, III.2.1.g4 (4th dash bullet), fn1, recipients,
    signature, copy, copy_recipients; a paragraph too long for the embedding model is split at sentence
    boundaries into pieces ".s1", ".s2", ...
The heading line of a titled part, item or sub-item is a unit of kind "heading" anchored at the node
itself ("III", "III.5", "III.1.4"), so an answer that names a part or item cites its heading.
The same text at the same position gives the same id on every ingest.
"""
from __future__ import annotations

from typing import Callable

from ingest.tree import DocTree, Node, Para, sentence_case
from rag.text import nfc, sentences
from rag.types import Unit

SEP = " › "
TITLE_MAX = 80

TokenCounter = Callable[[str], int]


def _short(title: str) -> str:
    title = sentence_case(title)
    return title if len(title) <= TITLE_MAX else title[:TITLE_MAX].rsplit(" ", 1)[0] + "…"


def _node_labels(node: Node) -> tuple[str, str]:
    """(label shown in the citation path, full heading)."""
    if node.kind == "part":
        full = f"{node.label}. {sentence_case(node.title)}"
        return full, full
    if node.kind in ("item", "subitem"):
        if node.title:
            return f"{node.label}. {_short(node.title)}", f"{node.label}. {node.title}"
        return node.label, node.label
    if node.kind == "dash":
        label = f"gạch đầu dòng {node.label}"
        return label, label
    if node.kind == "preamble":
        return "Phần mở đầu", "Phần mở đầu"
    return "", ""


def node_anchor(parent_anchor: str, node: Node) -> str:
    """The anchor of `node` under a parent anchored at `parent_anchor` ('' for the root)."""
    if node.kind == "preamble":
        return "preamble"
    if node.kind == "part":
        return node.label
    if node.kind == "dash":
        own = f"g{node.label}"
    elif node.kind == "subitem":
        # "2.1" under item "2" of part III -> "III.2.1"; keep the item number the sub-item carries
        item_no, sub_no = node.label.split(".")
        base = parent_anchor.rsplit(".", 1)[0] if parent_anchor.split(".")[-1] == item_no else parent_anchor
        return f"{base}.{item_no}.{sub_no}" if base else f"{item_no}.{sub_no}"
    else:
        own = node.label
    return f"{parent_anchor}.{own}" if parent_anchor else own


def split_to_fit(text: str, max_tokens: int, count: TokenCounter) -> list[tuple[int, int]]:
    """Spans of `text`, each within max_tokens, cut only between sentences (or, for a single sentence
    that is itself too long, between its clauses at '; ' or ', ')."""
    if count(text) <= max_tokens:
        return [(0, len(text))]
    spans = []
    for a, b in sentences(text):
        if count(text[a:b]) <= max_tokens:
            spans.append((a, b))
        else:
            spans.extend(_split_clauses(text, a, b, max_tokens, count))
    pieces: list[tuple[int, int]] = []
    for a, b in spans:
        if pieces and count(text[pieces[-1][0]:b]) <= max_tokens:
            pieces[-1] = (pieces[-1][0], b)
        else:
            pieces.append((a, b))
    return pieces


def _split_clauses(text: str, a: int, b: int, max_tokens: int, count: TokenCounter) -> list[tuple[int, int]]:
    out, start = [], a
    for sep in ("; ", ", "):
        cuts = [i + len(sep) for i in range(a, b) if text.startswith(sep, i)]
        if cuts:
            break
    else:
        raise ValueError(f"a sentence of {count(text[a:b])} tokens has no clause boundary to split at")
    last_ok = None
    for cut in cuts + [b]:
        if count(text[start:cut]) <= max_tokens:
            last_ok = cut
        elif last_ok and last_ok > start:
            out.append((start, last_ok))
            start = last_ok
    out.append((start, b))
    return [(x, y) for x, y in out if text[x:y].strip()]


def doc_label(entry: dict) -> str:
    kind, number, issuer = entry.get("kind", ""), entry.get("number", ""), entry.get("issuer", "")
    if kind == "Tin" or not kind:
        return entry.get("title") or entry["id"]
    if number:
        return f"{kind} {number}"
    return f"{kind} của {issuer}" if issuer else kind


def embed_text(unit: Unit) -> str:
    """What is embedded for a unit: its citation path, then its text (the path never enters `text`)."""
    return nfc(unit.path + "\n" + unit.text)


def tree_to_units(tree: DocTree, entry: dict, max_tokens: int, count: TokenCounter) -> list[Unit]:
    """All units of one document, in document order."""
    doc_id, label = entry["id"], doc_label(entry)
    units: list[Unit] = []
    para_unit: dict[int, str] = {}

    def emit(kind: str, anchor: str, labels: list[str], heads: list[str], para: Para, ordinal: int,
             lead: str = "", attached_to: str = "") -> None:
        spans = split_to_fit(para.text, max_tokens, count)
        for k, (a, b) in enumerate(spans, 1):
            # trim spaces at piece boundaries so offsets stay exact
            while a < b and para.text[a].isspace():
                a += 1
            while b > a and para.text[b - 1].isspace():
                b -= 1
            piece_anchor = anchor if len(spans) == 1 else f"{anchor}.s{k}"
            suffix = [] if len(spans) == 1 else [f"phần {k}/{len(spans)}"]
            path = SEP.join([label] + labels + suffix)
            unit = Unit(
                unit_id=f"{doc_id}:{piece_anchor}", doc_id=doc_id, kind=kind, anchor=piece_anchor, path=path,
                headings=tuple(heads), para=ordinal, seq=len(units), start=para.start + a,
                end=para.start + b, text=para.text[a:b], deadline=para.deadline, lead=lead,
                attached_to=attached_to, doc_label=label)
            assert tree.text[unit.start:unit.end] == unit.text, unit.unit_id
            units.append(unit)
            para_unit.setdefault(id(para), unit.unit_id)

    if tree.header:
        emit("header", "header", ["Phần đầu văn bản"], ["Phần đầu văn bản"], tree.header, 1)

    def visit(node: Node, anchor: str, labels: list[str], heads: list[str]) -> None:
        if node.head is not None:        # the heading line, cited as the node itself: anchor "III.5"
            emit("heading", anchor, labels, heads, node.head, 0)
        for k, para in enumerate(node.paras, 1):
            if node.kind == "dash":
                a, lab = anchor, labels
            else:
                a = f"{anchor}.p{k}" if anchor else f"p{k}"
                lab = labels + ([f"đoạn {k}"] if len(node.paras) > 1 else [])
            emit("preamble" if node.kind == "preamble" else "body", a, lab, heads, para, k, lead=node.lead)
        for child in node.children:
            short, full = _node_labels(child)
            child_anchor = node_anchor(anchor, child)
            visit(child, child_anchor, labels + [short], heads + [full])

    visit(tree.root, "", [], [])

    for fn in tree.footnotes:
        host = para_unit.get(id(fn.attached_to)) if fn.attached_to else ""
        host_unit = next((u for u in units if u.unit_id == host), None)
        labels = (host_unit.path.split(SEP)[1:] if host_unit else []) + [f"chú thích {fn.mark}"]
        heads = (list(host_unit.headings) if host_unit else []) + [f"chú thích {fn.mark}"]
        emit("footnote", f"fn{fn.mark}", labels, heads, fn.para, 1, attached_to=host or "")

    tail = [("recipients", "recipients", ["Nơi nhận"]), ("signature", "signature", ["Chữ ký"]),
            ("copy", "copy", ["Bản sao y"]), ("copy_recipients", "copy_recipients", ["Bản sao y", "Nơi nhận"])]
    for attr, kind, labels in tail:
        para = getattr(tree, attr)
        if para:
            emit(kind, attr, labels, labels, para, 1)
    return units
