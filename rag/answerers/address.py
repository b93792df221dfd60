"""Which node of a document's outline a structure question names (rag.answerers.structure answers it).

A node is addressed by number (Roman, Arabic, 2.1-style: "mục 2 phần IV" = IV.2; "phần 3" = part III when
the parts are Roman), by an ordinal word ("thứ ba", "cuối cùng", "đầu tiên") counted in a container, by the
words of its heading ("phần nhiệm vụ trọng tâm"), by the noun a question counts ("mấy nhiệm vụ"), or, for
the bodies work is assigned to ("giao cho ai"), by the node whose children name assignees of the task table.
Nothing here writes an answer: see rag.answerers.render.
"""
from __future__ import annotations

import re

from rag.answerers.common import remaining_terms
from rag.answerers.forms import forms, structure_patterns
from rag.tables.outline import STRUCTURAL, ONode, find, node_units
from rag.text import content_terms, fold

_S = forms()["structure"]
ORDINAL_WORDS: dict[str, int] = _S["ordinals"]
_P = structure_patterns()
ORD_RE, REF_RE, COUNT_RE, LIST_RE, ABOUT_RE = _P["ordinal"], _P["ref"], _P["count"], _P["list"], _P["about"]
HEADING_SHARE = 0.6
NEUTRAL = set(_S["neutral"])
MIN_BODY_SHARE = 0.5       # a node "assigns bodies" when at least this share of its children name an assignee
_NOUN_ALT = "|".join(sorted(_S["nouns"], key=len, reverse=True))
NOUN_WORDS = {w for n in _S["nouns"] + _S["bodies"] for w in n.split()}
GENERIC = set(_S["generic"])          # nouns naming any numbered node: not looked for in headings
KEEP = frozenset(_S["keep"])          # "nhiệm vụ", "cụ thể": content here, though stopwords elsewhere
BODIES = tuple(_S["bodies"])
WHOLE = tuple(_S["whole"])
ROMAN = ["", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]


def terms(f: str) -> list[str]:
    return remaining_terms(f, NEUTRAL, keep=KEEP)


def is_roman(s: str) -> bool:
    return bool(re.fullmatch(r"[ivxlc]+", s))


def explicit(f: str, root: ONode) -> tuple[ONode | None, str]:
    """The node a number names ('mục 2 phần IV' = IV.2), and the reference itself ('' when none)."""
    refs = [(m.group(1), _number(m.group(1), m.group(2), root)) for m in REF_RE.finditer(f)]
    if not refs:
        return None, ""
    romans = [v.upper() for _, v in refs if is_roman(v.split(".")[0])]
    arabic = [v for _, v in refs if not is_roman(v.split(".")[0])]
    if romans and arabic:
        ref = f"{romans[0]}.{arabic[0]}"
    else:
        ref = (romans or arabic)[0].upper()
    if arabic and not romans:
        # "phần tổ chức thực hiện … điểm 4": a number inside the part the question names by its heading
        within = heading_match(terms(REF_RE.sub(" ", f)), root)
        if within is not None and find(within, ref) is not None:
            return find(within, ref), f"{within.anchor}.{ref}"
    return find(root, ref), ref


def _number(noun: str, value: str, root: ONode) -> str:
    """A reference's number as the tree writes it: an ordinal word as a figure ("ba" -> "3"), and a part
    given in Arabic figures in Roman ones when the document's parts are Roman ("phần 3" -> "III")."""
    value = str(ORDINAL_WORDS.get(value, value))
    top = root.numbered()
    if noun == "phan" and value.isdigit() and top and top[0].kind == "part" and is_roman(top[0].label.lower()):
        return ROMAN[int(value)].lower() if int(value) < len(ROMAN) else value
    return value


def missing_parent(root: ONode, ref: str) -> ONode | None:
    """For a reference the tree lacks, the node that should hold it: 'IV.9' -> IV; 'V' -> the document."""
    if "." in ref:
        return find(root, ref.rsplit(".", 1)[0])
    if is_roman(ref.lower()) and root.numbered() and root.numbered()[0].kind == "part":
        return root
    return None


def heading_match(terms: list[str], root: ONode) -> ONode | None:
    """The node with numbered children whose heading words the question holds best."""
    q = set(terms)
    best, best_key = None, (0.0, 0)
    for node in root.walk():
        if node.kind not in STRUCTURAL or not node.title or not node.numbered():
            continue
        # from the accented heading: "trọng tâm" is not the stopword "trong" once folded
        words = [t for t in dict.fromkeys(content_terms(node.title, keep=KEEP)) if t not in ("doi", "voi")]
        if not words:
            continue
        hit = sum(t in q for t in words)
        share = hit / len(words)
        if share >= HEADING_SHARE and hit >= min(2, len(words)) and (share, hit) > best_key:
            best, best_key = node, (share, hit)
    return best


def bare_noun(noun: str) -> str:
    """'nhóm nhiệm vụ' -> 'nhiệm vụ' (folded): the qualifier before a counted noun is not in headings."""
    words = noun.split()
    while len(words) > 1 and words[0] in _S["qualifiers"]:
        words = words[1:]
    return " ".join(words)


def noun_node(noun: str, root: ONode, fits=lambda n: bool(n.numbered())) -> ONode | None:
    """The first node, in document order, whose heading holds the noun and that `fits`."""
    noun = bare_noun(noun)
    for n in root.walk():
        if n.kind in STRUCTURAL and n.title and re.search(rf"\b{noun}\b", fold(n.title).lower()) and fits(n):
            return n
    return None


def body_node(ctx, doc_id: str, root: ONode) -> ONode | None:
    """The node whose numbered children are the bodies it assigns work to: most children whose heading
    names an assignee of the task table (or, untitled, whose own paragraph is a task row)."""
    rows = [r for r in ctx.index.tasks if r["doc_id"] == doc_id]
    best, best_key = None, (0, 0)
    for n in root.walk():
        kids = [c for c in n.numbered() if c.kind in STRUCTURAL]
        if len(kids) < 2:
            continue
        titled = untitled = 0
        for c in kids:
            under, title = set(node_units(c)), fold(c.title).lower()
            if c.title:
                titled += any(r["unit_id"] in under and fold(r["assignee"]).lower() in title for r in rows)
            else:
                untitled += any(r["unit_id"] in c.units[:1] for r in rows)
        key = (titled, untitled)        # bodies named by headings outrank bodies opening a paragraph
        if titled + untitled >= max(2, MIN_BODY_SHARE * len(kids)) and key > best_key:
            best, best_key = n, key
    return best


def container_of(ctx, doc_id: str, words: str, om: re.Match, root: ONode) -> ONode | None:
    """The node an ordinal counts in: the one whose heading the question's other words name, else (a body
    counted: "cơ quan cuối cùng") the node listing the bodies work is assigned to, else the first node whose
    heading holds the counted noun and has enough children, else the top level."""
    node = heading_match(terms(words), root)
    if node is not None:
        return node
    noun = bare_noun(om.group("noun"))
    fits = lambda n: 1 <= ordinal_of(om, len(n.numbered())) <= len(n.numbered())  # noqa: E731
    node = body_node(ctx, doc_id, root) if noun in _S["bodies"] else None
    if node is None and noun not in GENERIC:
        node = noun_node(noun, root, fits)
    if node is not None and (fits(node) or noun in _S["bodies"]):     # too few bodies: said so (_absent)
        return node
    return root if 1 <= ordinal_of(om, len(root.numbered())) <= len(root.numbered()) else None


def ordinal_of(m: re.Match, count: int) -> int:
    if m.group("last"):
        return count
    if m.group("first"):
        return 1
    n = m.group("n")
    return int(n) if n.isdigit() else ORDINAL_WORDS[n]


def asked_noun(f: str, cm: re.Match | None) -> tuple[str, tuple[int, int] | None]:
    """The noun a count or a list asks about ('mấy nhiệm vụ', 'những cơ quan nào', 'giao cho ai') and its
    span in the question; ('', None)."""
    if cm is not None and (cm.group("noun") or cm.group("noun2")):
        g = "noun" if cm.group("noun") else "noun2"
        return cm.group(g), cm.span(g)
    m = re.search(rf"\b(?:cac|nhung|bao nhieu|may)\s+({_NOUN_ALT})\b", f)
    if m:
        return m.group(1), m.span(1)
    return ("ai", None) if re.search(r"\bgiao (?:viec |nhiem vu )?(?:cho )?(?:nhung )?ai\b", f) else ("", None)


def named_noun(f: str, noun: str) -> str:
    """The noun that names what is counted: 'chia nhiệm vụ làm mấy nhóm' counts 'nhóm' of 'nhiệm vụ'."""
    if noun and noun in _S["qualifiers"]:
        other = [m.group(0) for m in re.finditer(rf"\b(?:{_NOUN_ALT})\b", f) if m.group(0) not in _S["qualifiers"]]
        return other[0] if other else noun
    return noun


def is_flat(root: ONode) -> bool:
    """A document whose only numbered list is its top level of untitled items (a news item's six tasks):
    whatever noun a count or a list names, it is that list."""
    return all(n.kind not in STRUCTURAL or not n.title for n in root.walk()) and \
        not any(c.numbered() for c in root.numbered())

