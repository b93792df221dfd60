"""A node of the outline named by whom it assigns work to: "cái mục giao cho Mặt trận với các đoàn thể, Tỉnh
đoàn có mấy việc", "ở phần tổ chức thực hiện, có một điểm giao riêng cho Mặt trận và các đoàn thể". The words after
"giao (riêng) cho" / "dành (riêng) cho" name a body; the node is the one, inside the node the question already
names (or the whole document), whose heading names that body ("4. Đảng đoàn Mặt trận Tổ quốc Việt Nam, …, Ban
Thường vụ Tỉnh đoàn …") or, untitled, whose paragraph opens on it ("Mặt trận Tổ quốc Việt Nam, các tổ chức …
tăng cường …"). Two words side by side of the asker's phrase must stand side by side there ("mặt trận"), so a
body the asker names in other words than the text does not pick a node by one shared syllable."""
from __future__ import annotations

import re

from rag.answerers.forms import forms
from rag.answerers.outline.headings import NEUTRAL
from rag.tables.outline import STRUCTURAL, ONode
from rag.text import content_terms, fold

# "giao (riêng) cho X", "dành (riêng) cho X", up to the end of the clause or the verb that asks about it
_ASSIGNED = (r"\b(?:giao|danh)\s+(?:rieng\s+)?cho\s+(?P<body>[^.?!;:]+?)"
             r"(?=\s+(?:co|gom|chia|thi|la|duoc|nhung|may|bao nhieu)\b|\s*[.?!;:]|\s*$)")
_ASSIGNED_RE = re.compile(_ASSIGNED)
# "giao X những việc gì", "giao X làm gì" (no "cho"): the body stands between the verb and what it is given, asked
_GIVEN_RE = re.compile(r"\bgiao\s+(?!cho\b|rieng\b|nhiem vu\b|viec\b|nhung\b|phan viec\b|dau viec\b)"
                       r"(?P<body>[^.?!;:,]+?)\s+(?=(?:nhung\s+)?(?:(?:nhiem vu|phan viec|dau viec|viec)\s+)?gi\b|"
                       r"(?:nhung\s+)?(?:nhiem vu|phan viec|dau viec|viec)\b|lam\s+(?:nhung\s+)?gi\b)")
# the same after a noun for a node ("cái mục giao cho …", "một điểm giao riêng cho …", "mục dành cho …"): with no
# node named otherwise, only this names one ("Kế hoạch 21 giao cho Ban Tuyên giáo những việc gì" asks the tasks)
_NODE_ASSIGNED_RE = re.compile(r"\b(?:phan viec|tieu muc|phan|muc|diem|y|khoan|nhom|doan)\s+(?:nao\s+)?(?:duoc\s+)?"
                               + _ASSIGNED[2:])
# "Tỉnh đoàn bọn em nằm ở khối nào", "Hội Nông dân thuộc mục nào": the body the asker places in a node, from where
# its clause begins; the node holding it is asked for, whatever else the question names
_PLACED_RE = re.compile(r"(?:^|[.?!;:,]|\bva\b)\s*(?P<body>[^.?!;:,]+?)\s+(?:nam\s+(?:o|trong)|thuoc)\s+(?:"
                        + "|".join(sorted(forms()["structure"]["nouns"], key=len, reverse=True)) + r")\s+nao\b")
# a placed phrase that opens on a noun for what a node says ("mục tiêu đến năm 2030 thuộc phần nào") names a topic,
# not a body
_TOPIC_START_RE = re.compile(r"(?:" + "|".join(sorted(set(forms()["structure"]["nouns"]) - set(forms()["structure"]["bodies"]),
                                                      key=len, reverse=True)) + r")\b")
OPENING_WORDS = 6          # a body opens an untitled paragraph when it stands within its first words (its subject)


def _pairs(words: list[str]) -> set[tuple[str, str]]:
    return set(zip(words, words[1:]))


def assigned_phrases(f: str, after_noun: bool = False) -> list[list[str]]:
    """The content words of each body the folded question names after "giao (riêng) cho" / "dành cho" (after a
    noun for a node: `after_noun`), between "giao" and what it gives ("giao Mặt trận với các đoàn thể những việc
    gì"; not after a noun), or places in a node ("Tỉnh đoàn nằm ở khối nào")."""
    out = []
    placed = [m for m in _PLACED_RE.finditer(f) if not _TOPIC_START_RE.match(m.group("body"))]
    given = [] if after_noun else list(_GIVEN_RE.finditer(f))
    for m in [*(_NODE_ASSIGNED_RE if after_noun else _ASSIGNED_RE).finditer(f), *given, *placed]:
        # the body's words as typed, a neutral one kept inside a name ("Chính phủ"); a pair of neutral words
        # names nothing (`_asked_pairs`)
        words = content_terms(m.group("body"))
        if len(words) >= 2 and any(t not in NEUTRAL for t in words):
            out.append(words)
    return out


def _asked_pairs(words: list[str]) -> set[tuple[str, str]]:
    """The pairs of a body's words side by side, those of two neutral words left out."""
    return {p for p in _pairs(words) if not (p[0] in NEUTRAL and p[1] in NEUTRAL)}


def _names(node: ONode, units) -> list[str]:
    """The words of a node that name whom it assigns: its heading, or, untitled, the opening of its paragraph."""
    if node.title:
        return content_terms(fold(node.title))
    if node.units and node.units[0] in units:
        return content_terms(fold(units[node.units[0]].text))[:OPENING_WORDS]
    return []


def assigned_node(f: str, within: ONode, units, named: bool = True) -> ONode | None:
    """The node under `within` (not itself) that the question names by the body it assigns work to (`named`:
    `within` is a node the question names, else the whole document, where only a noun for a node before "giao
    cho" names one); None when the question names no body so, when `within`'s own heading already names it
    (the question names `within`), or when no node's heading or opening holds two words of it side by side. Most such pairs wins, then the
    shallowest; none when the words name several nodes ("giao cho Ban Tuyên giáo và Ban Dân vận": another node
    outside the best one's line prints a pair it lacks, or as many pairs: "giao cho các ban trung ương")."""
    phrases = assigned_phrases(f, after_noun=not named)
    if not phrases:
        return None
    asked = set().union(*(_asked_pairs(p) for p in phrases))
    if asked & _pairs(content_terms(fold(within.title))):
        return None
    hits: list[tuple[ONode, set, int]] = []

    def visit(node: ONode, depth: int) -> None:
        for c in node.children:
            if c.kind not in STRUCTURAL:
                continue
            got = asked & _pairs(_names(c, units))
            if got:
                hits.append((c, got, depth))
            visit(c, depth + 1)

    visit(within, 0)
    if not hits:
        return None
    best, pairs, _ = max(hits, key=lambda h: (len(h[1]), -h[2]))       # max keeps the first among equals
    line = set(map(id, best.walk())) | {id(n) for n, _, _ in hits if best in n.walk()}
    others = [(n, got) for n, got, _ in hits if id(n) not in line]
    if any(got - pairs or len(got) >= len(pairs) for _, got in others):
        return None
    return best
