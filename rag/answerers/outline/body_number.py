"""The node listing the bodies work is assigned to, named without its heading.

(1) A body numbered without its part ("Kế hoạch 21, đầu mối số 6 là cơ quan nào"): a noun that stands for whoever
work is assigned to ("đầu mối", "khối"), numbered with "số", counts the children of the node that lists those
bodies, as "có mấy đầu mối" does (rag.answerers.outline.address.body_node), not the first node of the document
numbered so (which may be a task of another part: "Nhiệm vụ trọng tâm" 6).

Only when no part is named (a Roman number, heading words: rag.answerers.outline.address.explicit then finds the
node inside it) and the number is a plain figure the body list holds ("đầu mối số 9" of eight bodies is left to
the reference as found).

(2) A part named by the act of assigning ("phần giao việc cho từng nơi", "phần phân công", "đoạn giao nhiệm vụ"): the
scope an ordinal's container is looked for in ("mục thứ ba của phần giao việc", "phần giao việc cho Mặt trận, ý thứ
hai"), and the node named when no ordinal is asked ("phần phân công nói gì", "có mấy mục").
"""
from __future__ import annotations

import re

from rag.answerers.outline.address import BODIES, body_node, refs_in, terms
from rag.answerers.outline.headings import by_heading
from rag.tables.outline import ONode
from rag.text import has_diacritics

# the nouns for an item of a body's part after the body's number ("đầu mối số 3, ý số 2")
_ITEM_NOUNS = ("y", "diem", "gach", "gach dau dong", "tiet")
# "đầu mối (được) đánh số 6": the noun numbered stands before "đánh số"
_BEFORE_NUMBERING_RE = re.compile(r"\b(" + "|".join(sorted(BODIES, key=len, reverse=True)) + r")(?:\s+duoc)?\s*$")


def body_numbered(ctx, doc_id: str, f: str, text: str, root: ONode, ref: str) -> ONode | None:
    """Child N of the node listing the bodies, when the question's only reference is a body noun numbered N
    ("đầu mối số 6", "khối số 2") and `ref`, the reference as resolved without it, is that bare figure; else None."""
    found = refs_in(f, text)
    if len(found) == 2 and _noun(f, found[1]) in _ITEM_NOUNS and found[1].group(2).isdigit():
        # "đầu mối số 3, ý số 2": item 2 of the third body
        body = body_numbered(ctx, doc_id, f[:found[1].start()], text[:found[1].start()], root, found[0].group(2))
        items = body.numbered() if body is not None else []
        k = int(found[1].group(2))
        return items[k - 1] if 1 <= k <= len(items) else None
    if len(found) != 1 or _noun(f, found[0]) not in BODIES or not ref.isdigit() or found[0].group(2) != ref:
        return None
    node = body_node(ctx, doc_id, root)
    kids = node.numbered() if node is not None else []
    return kids[int(ref) - 1] if 1 <= int(ref) <= len(kids) else None


def _noun(f: str, m: re.Match) -> str:
    """The noun a reference numbers: its own ("đầu mối số 6"), or before "(được) đánh số" ("đầu mối đánh số 6")."""
    if m.group(1) != "danh so":
        return m.group(1)
    before = _BEFORE_NUMBERING_RE.search(f, 0, m.start())
    return before.group(1) if before else ""


# a part word, then the act of assigning work ("phần giao việc", "phần phân công nhiệm vụ", "đoạn giao nhiệm vụ cho
# từng nơi", "chỗ chia việc"), folded
_ASSIGNING_PART_RE = re.compile(r"\b(?:phan|doan|cho)\s+(?:(?:ve|noi ve)\s+)?(?:viec\s+)?(?:giao viec|giao nhiem vu|"
                                r"phan cong|phan viec|chia viec|giao cho (?:tung|cac|moi))\b"
                                r"(?:\s+(?:nhiem vu|trach nhiem|cong viec))?(?:\s+(?:cu the|rieng))?")
# a part named only as a landmark or a predicate ("phần thứ năm sau phần phân công", "phần thứ tư là phần phân
# công"): the ordinal counts its siblings, not in it
_LANDMARK_RE = re.compile(r"\b(?:sau|truoc|la|ngoai|khac|giua|canh|ke|tiep theo)\s*$")
_PART_TYPED = ("phần", "đoạn", "chỗ")      # the part words as typed ("đoàn" of "Đảng đoàn" folds to "doan" too)


def _assigning(f: str, text: str = "") -> re.Match | None:
    """The words naming a part by the act of assigning in the folded question (`text`: as the asker typed it, same
    offsets, not with accents restored; with accents, the part word typed as one: "Đảng đoàn phân công" names no
    part), not as a landmark or a predicate."""
    m = _ASSIGNING_PART_RE.search(f)
    if m is None or _LANDMARK_RE.search(f, 0, m.start()):
        return None
    if has_diacritics(text) and len(text) == len(f) and text[m.start():m.end()].split()[0].lower() not in _PART_TYPED:
        return None
    return m


def names_assigning_part(f: str, text: str = "") -> bool:
    """The folded question names a part by the act of assigning ("phần phân công của kế hoạch 21 nói gì")."""
    return _assigning(f, text) is not None


def assigning_part(ctx, doc_id: str, f: str, root: ONode, text: str = "") -> tuple[ONode, tuple[int, int]] | None:
    """The node listing the bodies and the span of the words naming it, when the folded question names a part by
    the act of assigning (`_assigning`); else None. The scope a body named beside it is looked for in ("phần giao
    việc cho Mặt trận", "phần phân công, ý thứ hai của Ban Dân vận": that body's own item,
    rag.answerers.outline.address.container_of)."""
    m = _assigning(f, text)
    if m is None:
        return None
    node = body_node(ctx, doc_id, root)
    return (node, m.span()) if node is not None else None


def assigning_named(ctx, doc_id: str, f: str, text: str, root: ONode, accented: bool, known,
                    typed: str = "") -> ONode | None:
    """The node a question names by the act of assigning, with no ordinal: a body named beside it by its heading
    words ("phần phân công, mục của Ban Tuyên giáo nói gì"), else the node listing the bodies itself ("phần phân
    công có mấy mục"); None when it names none. `text`: the question with its accents (maybe restored), `typed`: as
    the asker typed it (`_assigning`), both at the offsets of `f`."""
    part = assigning_part(ctx, doc_id, f, root, typed)
    if part is None:
        return None
    scope, (a, b) = part
    f, text = f[:a] + " " * (b - a) + f[b:], text[:a] + " " * (b - a) + text[b:]
    inner = by_heading(f, text, scope, terms(text), accented, leaves=True, known=known)
    return inner if inner is not None and inner is not scope else scope
