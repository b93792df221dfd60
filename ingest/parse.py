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
import unicodedata
from dataclasses import dataclass, field

# ---------------------------------------------------------------------------------------------- patterns
PART_RE = re.compile(r"^([IVXLC]+)\s*[-.–]\s*(\S.*)$")
SUBITEM_RE = re.compile(r"^(\d{1,2})\.(\d{1,2})\.?\s+(\S.*)$")
ITEM_RE = re.compile(r"^(\d{1,2})\.\s+(\S.*)$")
DASH_RE = re.compile(r"^[-–•+]\s*(\S.*)$")
FOOTNOTE_RE = re.compile(r"^([¹²³⁴⁵⁶⁷⁸⁹⁰]+)\s*(\S.*)$")
SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
SIGN_MARK_RE = re.compile(r"^(T/M|TM\.|K/T|KT\.|TL\.|T/L|Q\.|TUQ\.)\s*\S", re.I)
RECIPIENTS_RE = re.compile(r"^Nơi nhận\s*:?", re.I)
NAME_RE = re.compile(r"^[A-ZÀ-ỸĐ][a-zà-ỹđ]+(?: [A-ZÀ-ỸĐ][a-zà-ỹđ]+){1,4}$")
TIMESTAMP_RE = re.compile(r"^\d{2}-\d{2}-\d{4} \d{2}:\d{2}:\d{2} [+-]\d{2}:\d{2}$")
STAMP_RES = [
    re.compile(r"^VĂN BẢN ĐẾN\b"),
    re.compile(r"^Số\s*:\s*\d+\s+Ngày\s*:"),
    re.compile(r"^(Chuyển|Lưu hồ sơ|Kính chuyển)\s*:\s*$"),
    re.compile(r"^ĐẾN\s+Số\s*:"),
]
SEPARATOR_RE = re.compile(r"^[*\s]+$")
DOCNUM_RE = re.compile(r"\bSố:?\s*(\d+\s*[-–]\s*[A-ZĐ]+(?:\s*/\s*[A-ZĐƯ]+)+)")
PLACE_DATE_RE = re.compile(r"^(?P<place>[^,\d]{2,40}),\s*ngày\s+(?P<d>\d{1,2})\s+tháng\s+(?P<m>\d{1,2})\s+năm\s+(?P<y>\d{4})")
KIND_WORDS = ("NGHỊ QUYẾT", "KẾ HOẠCH", "CHƯƠNG TRÌNH", "CHỈ THỊ", "KẾT LUẬN", "QUYẾT ĐỊNH", "THÔNG BÁO",
              "HƯỚNG DẪN", "QUY ĐỊNH", "BÁO CÁO", "CÔNG VĂN")
DEADLINE_RE = re.compile(
    r"\(((?:hoàn thành|thực hiện thường xuyên|triển khai, thực hiện khi|triển khai thực hiện khi|trước ngày|"
    r"đầu tháng|cuối tháng|giữa tháng|trong (?:tháng|quý|năm))[^()]*)\)", re.I)
TERMINAL = tuple(".;:!?”\")…/")


def _is_upper_line(line: str, ratio: float = 0.75) -> bool:
    letters = [c for c in line if c.isalpha()]
    return len(letters) >= 3 and sum(c.isupper() for c in letters) / len(letters) >= ratio


def sentence_case(title: str) -> str:
    """'NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU' -> 'Nhiệm vụ, giải pháp chủ yếu' (only for all-caps headings)."""
    if not _is_upper_line(title, 0.9):
        return title
    low = title.lower()
    return low[:1].upper() + low[1:]


# ------------------------------------------------------------------------------------------------ tree
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


# -------------------------------------------------------------------------------------------- cleaning
def _strip_emphasis(line: str) -> tuple[str, str]:
    """Remove markdown emphasis; return (clean line, italic lead of a dash bullet or '')."""
    lead = ""
    m = re.match(r"^([-–•+]\s*)\*([^*]{3,200}?)\*(?!$)", line)
    if m and not line.rstrip().endswith(m.group(2) + "*"):
        lead = m.group(2).strip().rstrip(":").strip()
    return line.replace("*", ""), lead


def clean_lines(raw: str) -> tuple[list[tuple[str, str]], list[str]]:
    """Normalise, drop noise lines (inbound-mail stamps, signature timestamps, separators).

    Returns (lines as (text, lead); blank lines are ("", "")), and warnings."""
    text = unicodedata.normalize("NFC", raw.replace("\r\n", "\n").replace("\r", "\n"))
    text = text.replace("\u00a0", " ").replace("\ufeff", "").replace("\u200b", "")
    lines = [re.sub(r"[ \t]+", " ", ln).strip() for ln in text.split("\n")]
    noise = [False] * len(lines)
    nonblank = [i for i, ln in enumerate(lines) if ln]
    for pos, i in enumerate(nonblank):
        ln = lines[i]
        if TIMESTAMP_RE.match(ln):
            noise[i] = True
            # the digital signer's name stands on the line just before its timestamp
            if pos > 0 and not any(r.match(lines[nonblank[pos - 1]]) for r in (PART_RE, ITEM_RE)):
                noise[nonblank[pos - 1]] = True
        elif any(r.match(ln) for r in STAMP_RES):
            noise[i] = True
            if ln.startswith("VĂN BẢN ĐẾN"):
                # the receiving office's name heads the stamp: "VĂN PHÒNG TỈNH ỦY ..." a line or two before
                for j in nonblank[max(0, pos - 3):pos]:
                    if lines[j].startswith("VĂN PHÒNG") and _is_upper_line(lines[j]):
                        noise[j] = True
        elif SEPARATOR_RE.match(ln):
            noise[i] = True
    out = []
    for ln, is_noise in zip(lines, noise):
        out.append(("", "") if is_noise or not ln else _strip_emphasis(ln))
    return out, []


def to_blocks(lines: list[tuple[str, str]]) -> list[tuple[list[str], str]]:
    """Group consecutive non-blank lines into blocks: (lines, lead)."""
    blocks, cur, lead = [], [], ""
    for text, ld in lines + [("", "")]:
        if text:
            if not cur:
                lead = ld
            cur.append(text)
        elif cur:
            blocks.append((cur, lead))
            cur, lead = [], ""
    return blocks


def _is_marker(line: str) -> bool:
    return bool(PART_RE.match(line) and _is_upper_line(PART_RE.match(line).group(2), 0.6)) or bool(
        SUBITEM_RE.match(line) or ITEM_RE.match(line) or DASH_RE.match(line) or FOOTNOTE_RE.match(line))


def _starts_lower(line: str) -> bool:
    s = line.lstrip("“\"'(")
    return bool(s) and s[0].isalpha() and s[0].islower()


def repair_page_breaks(paras: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Join a paragraph split by a page break: the next part starts lower-case, or the previous part is a
    long body paragraph that ends without terminal punctuation (and the next part is not a new marker)."""
    out: list[tuple[str, str]] = []
    for text, lead in paras:
        if out and not _is_marker(text):
            prev = out[-1][0]
            prev_is_heading = bool(PART_RE.match(prev) or ITEM_RE.match(prev))
            broken = _starts_lower(text) and not PART_RE.match(prev)
            unfinished = (not prev.endswith(TERMINAL) and not prev_is_heading and len(prev) > 120)
            if broken or unfinished:
                out[-1] = (prev + " " + text, out[-1][1])
                continue
        out.append((text, lead))
    return out


# ------------------------------------------------------------------------------------------- structure
def _find_tail(paras: list[str], body_start: int) -> int:
    for i in range(body_start, len(paras)):
        first = paras[i].split("\n", 1)[0]
        if RECIPIENTS_RE.match(first) or SIGN_MARK_RE.match(first):
            return i
    return len(paras)


def _is_title_like(block: str) -> bool:
    """Header lines are short and unpunctuated (titles wrap over several short lines)."""
    lines = block.split("\n")
    return (all(len(ln) < 110 for ln in lines) and not block.endswith((".", ";", ":"))) or _is_upper_line(block)


def _find_body_start(paras: list[str]) -> tuple[int, int]:
    """(index of the first preamble paragraph, index of the first structural paragraph)."""
    first_part = next((i for i, p in enumerate(paras)
                       if PART_RE.match(p) and _is_upper_line(PART_RE.match(p).group(2), 0.6)), None)
    limit = first_part if first_part is not None else len(paras)
    preamble = next((i for i in range(limit) if not _is_title_like(paras[i]) or
                     paras[i].startswith(("Thực hiện", "Căn cứ"))), limit)
    if first_part is None:
        first_struct = next((i for i in range(preamble, len(paras))
                             if ITEM_RE.match(paras[i]) or SUBITEM_RE.match(paras[i])), len(paras))
        return preamble, first_struct
    return preamble, first_part


class _Builder:
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
        if m and _is_upper_line(m.group(2), 0.6):
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


def _promote_empty_headings(node: Node) -> None:
    """A heading item with nothing under it is content: its title becomes its paragraph."""
    for child in node.children:
        _promote_empty_headings(child)
    if node.kind in ("item", "subitem") and node.title and not node.paras and not node.children:
        node.paras.append(Para(node.title))
        node.title = ""


def _set_heads(node: Node) -> None:
    """Give every titled part, item and sub-item its heading line as a paragraph of its own."""
    for child in node.children:
        _set_heads(child)
    if node.kind in ("part", "item", "subitem") and node.title:
        marker = f"{node.label}- " if node.kind == "part" else f"{node.label}. "
        node.head = Para(marker + node.title, heading=True)


# ----------------------------------------------------------------------------------------------- tail
def _parse_tail(blocks: list[str]) -> dict[str, str]:
    """Split the tail into recipients / signature / copy / copy_recipients texts."""
    # re-insert block boundaries as "" so that the signature block ends where its block ends
    seq: list[str] = []
    for b in blocks:
        seq.extend(b.split("\n"))
        seq.append("")
    out: dict[str, list[str]] = {}
    i, n, seen_signature = 0, len(seq), False
    while i < n:
        ln = seq[i]
        if not ln:
            i += 1
            continue
        if RECIPIENTS_RE.match(ln):
            key = "copy_recipients" if seen_signature else "recipients"
            buf = [ln]
            i += 1
            while i < n:
                nxt = seq[i]
                if nxt and (SIGN_MARK_RE.match(nxt) or nxt.startswith("SAO Y") or
                            (_is_upper_line(nxt, 0.9) and not nxt.startswith(("-", "–")))):
                    break
                if nxt:
                    buf.append(nxt)
                i += 1
            out.setdefault(key, []).extend(buf)
            continue
        if SIGN_MARK_RE.match(ln) and not seen_signature:
            buf = [ln]
            i += 1
            while i < n and seq[i]:
                buf.append(seq[i])
                i += 1
            # the name stands in the next block, alone
            j = i
            while j < n and not seq[j]:
                j += 1
            if j < n and NAME_RE.match(seq[j]) and (j + 1 >= n or not seq[j + 1]):
                buf.append(seq[j])
                i = j + 1
            out["signature"] = buf
            seen_signature = True
            continue
        out.setdefault("copy" if seen_signature else "signature", []).append(ln)
        i += 1
    return {k: "\n".join(v) for k, v in out.items()}


# ------------------------------------------------------------------------------------------------ main
def header_meta(header: str) -> dict:
    """What a header says about its document: kind, number, place, date (ISO), issuer guess."""
    meta: dict = {}
    m = DOCNUM_RE.search(header)
    if m:
        meta["number"] = re.sub(r"\s+", "", m.group(1)).replace("–", "-")
    for ln in header.split("\n"):
        pd = PLACE_DATE_RE.match(ln)
        if pd and "date" not in meta:
            meta["place"] = pd.group("place").strip()
            meta["date"] = f"{pd.group('y')}-{int(pd.group('m')):02d}-{int(pd.group('d')):02d}"
        if ln.strip() in KIND_WORDS and "kind" not in meta:
            meta["kind"] = sentence_case(ln.strip())
    return meta


def parse(raw: str) -> DocTree:
    """Parse raw document text into a DocTree (see module docstring)."""
    lines, warnings = clean_lines(raw)
    blocks = to_blocks(lines)
    joined = [("\n".join(ls), lead) for ls, lead in blocks]
    texts = [t for t, _ in joined]
    pre_start, body_start = _find_body_start(texts)
    tail_start = _find_tail(texts, max(pre_start, 1) if pre_start < len(texts) else 0)
    header_blocks = texts[:pre_start]
    # within header and tail blocks keep line breaks; in the body every line is a paragraph unless it
    # continues a hard-wrapped line of the same block
    flow: list[tuple[str, str]] = []
    for (block_lines, lead) in blocks[pre_start:tail_start]:
        for k, ln in enumerate(block_lines):
            if k and not _is_marker(ln) and not flow[-1][0].endswith(TERMINAL):
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

    builder = _Builder()
    footnotes: list[Footnote] = []
    for t, lead in body:
        fm = FOOTNOTE_RE.match(t)
        if fm:
            footnotes.append(Footnote(mark=_sup_to_digits(fm.group(1)), para=Para(fm.group(2))))
            continue
        builder.add(t, lead)
    _promote_empty_headings(builder.root)
    _set_heads(builder.root)
    if not builder.root.children:
        warnings.append("no parts, items or bullets found: the text is indexed paragraph by paragraph")
    pre_node = Node("preamble", "", paras=[Para(t) for t, _ in preamble])
    if pre_node.paras:
        builder.root.children.insert(0, pre_node)

    tail = _parse_tail(texts[tail_start:])
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
    _assemble(tree)
    _attach_footnotes(tree)
    _extract_deadlines(tree)
    return tree


def _sup_to_digits(s: str) -> str:
    return "".join(str(SUPERSCRIPTS.index(c)) for c in s)


def _all_paras(tree: DocTree):
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


def _assemble(tree: DocTree) -> None:
    """Build the cleaned document text; set every paragraph's offsets into it."""
    parts: list[str] = []
    pos = 0
    for para, prefix in _all_paras(tree):
        block = prefix + para.text
        para.start = pos + len(prefix)
        para.end = para.start + len(para.text)
        parts.append(block)
        pos += len(block) + 2
    tree.text = "\n\n".join(parts)


def _attach_footnotes(tree: DocTree) -> None:
    body = [p for p, _ in _all_paras(tree) if p is not tree.header and not p.heading]
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
    for p, _ in _all_paras(tree):
        if not p.heading:
            found = DEADLINE_RE.findall(p.text)
            p.deadline = "; ".join(f.strip() for f in found)
