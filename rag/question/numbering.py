"""A sentence opening with "số N", its noun left out ("Phần IV đánh số tới mấy? Số 3 giao cho ai?", "Phần nhiệm vụ cụ
thể có 8 mục phải không? Số 3 giao cho ai?"): item N of the container a sentence before it names, by a reference
("Phần IV") or by a count of its children ("đánh số tới 8", "có 8 mục"). rag.question.split keeps such a piece with
the one before it; rag.answerers.address reads the number as a reference beside the others."""
from __future__ import annotations

import re

from rag.answerers.forms import forms, structure_patterns
from rag.text import fold

# "Số 8 …" opening a sentence: the number alone (not a document's number, "Số 43-NQ/TW", nor a dotted date)
BARE_SO_RE = re.compile(r"(?:^|(?<=[.?!])|(?<=[.?!]\s))\s*(so)\s+(\d{1,2})\b(?![.,/-]?\d|\s*-\s*[a-z])")
_NOUNS = "|".join(sorted(forms()["structure"]["nouns"], key=len, reverse=True))
# a container said by the count of its children: "đánh số (tới) 8", "có 8 mục", "gồm 8 nhiệm vụ"
_COUNTED_RE = re.compile(rf"\bdanh so\b|\b(?:co|gom)\s+(?:tat ca\s+|tong cong\s+)?\d{{1,2}}\s+(?:{_NOUNS})\b")


def names_container(before: str) -> bool:
    """The folded text `before` names a container: a reference ("phần IV") or a count of its children."""
    return bool(_COUNTED_RE.search(before) or structure_patterns()["ref"].search(before))


def bare_numbers(f: str) -> list[re.Match]:
    """The "số N" opening a sentence of the folded question after one that names a container; groups 1 ("so") and 2
    (the number), as a reference's."""
    return [m for m in BARE_SO_RE.finditer(f) if m.start(1) > 0 and names_container(f[:m.start(1)])]


def takes_up(before: list[str], piece: str) -> bool:
    """The piece opens with "số N" and the piece before it names the container (`names_container`) without asking
    a count of its own ("Phần IV đánh số tới mấy? | Số 3 …" are two questions, the second carried on; "… đánh số tới 8
    phải hông? Số 8 …" is one)."""
    last = fold(before[-1]).lower() if before else ""
    return bool(BARE_SO_RE.match(fold(piece).lower())) and names_container(" ".join(fold(b).lower() for b in before)) \
        and not (_COUNT_ASKED_RE.search(last) and not _FIGURE_SAID_RE.search(last))


_COUNT_ASKED_RE = re.compile(r"\b(?:may|bao nhieu)\b")
# a figure the asker states or checks ("tới 8 phải hông", "có phải tới 6", "có 8 mục", "từ 1 đến 8")
_FIGURE_SAID_RE = re.compile(r"\b(?:toi|den|co|gom|la)\s+\d{1,2}\b(?![.,/-]?\d)")
