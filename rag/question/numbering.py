"""A sentence opening with "số N", its noun left out ("Phần IV đánh số tới mấy? Số 3 giao cho ai?", "Phần nhiệm vụ cụ
thể có 8 mục phải không? Số 3 và số 5 giao cho ai?"): item N of the container a sentence before it names, by a
reference ("Phần IV") or by a count of its children ("đánh số tới 8", "có 8 mục"), and so is every "số M" joined to
it ("và số 5", ", số 6"); so is one set after the container's reference ("phần IV, số 3"). Not when its sentence speaks of a document ("Số 43 ban hành ngày nào?", "Số 21 là kế
hoạch của ai?", "Số 43-NQ/TW"): "số" + a number is how cadres name a document. rag.question.split keeps such a piece
with the one before it only when that one states or asks the container's numbering or count; rag.answerers.address
reads the numbers as references beside the others, and reads them only when the container holds that many."""
from __future__ import annotations

import re

from rag.answerers.forms import forms, structure_patterns
from rag.question.kinds import KIND_RE
from rag.text import fold

# "Số 8 …" opening a sentence: the number alone (not a document's number, "Số 43-NQ/TW", nor a dotted date)
_NUMBER = r"(so)\s+(\d{1,2})\b(?![.,/-]?\d|\s*-\s*[a-z])"
BARE_SO_RE = re.compile(rf"(?:^|(?<=[.?!])|(?<=[.?!]\s))\s*{_NUMBER}")
_APPOSED_RE = re.compile(rf"\s*,\s*{_NUMBER}")
# "… và số 5", ", số 6", "với số 7": another number joined to the one before
_JOINED_RE = re.compile(rf"\s*(?:,|;|va|voi|hoac|hay|cung)\s*(?:,\s*)?{_NUMBER}")
# the sentence speaks of a document: "số N" is then its number ("Số 43 ban hành ngày nào", "Số 21 là kế hoạch của ai")
_DOCUMENT_RE = re.compile(rf"^\s*(?:la\s+|cua\s+)?(?:{KIND_RE})\b|\bban hanh\b|\bky ban hanh\b")
_NOUNS = "|".join(sorted(forms()["structure"]["nouns"], key=len, reverse=True))
# a container said by the count of its children: "đánh số (tới) 8", "có 8 mục", "gồm 8 nhiệm vụ"
_COUNTED_RE = re.compile(rf"\bdanh so\b|\b(?:co|gom)\s+(?:tat ca\s+|tong cong\s+)?\d{{1,2}}\s+(?:{_NOUNS})\b")
# a count of the container's children asked ("có mấy mục", "bao nhiêu đầu mối")
_COUNT_ASKED_RE = re.compile(rf"\b(?:may|bao nhieu)\s+(?:{_NOUNS})\b|\bdanh so\b[^.?!]*\b(?:may|bao nhieu)\b")
_SENTENCE_END = re.compile(r"[.?!]")


def names_container(before: str) -> bool:
    """The folded text `before` names a container: a reference ("phần IV") or a count of its children."""
    return bool(_COUNTED_RE.search(before) or structure_patterns()["ref"].search(before))


def _of_a_document(f: str, m: re.Match) -> bool:
    """The rest of the sentence of "số N" (`m`) speaks of a document: the number is a document's."""
    end = _SENTENCE_END.search(f, m.end())
    return bool(_DOCUMENT_RE.search(f[m.end():end.start() if end else len(f)]))


def bare_numbers(f: str) -> list[re.Match]:
    """The "số N" opening a sentence of the folded question after one that names a container, and the "số M" joined
    to it; groups 1 ("so") and 2 (the number), as a reference's. None of a sentence that speaks of a document."""
    out = []
    refs = structure_patterns()["ref"]
    # "phần IV, số 3 giao cho ai": a number set after the container's reference, in apposition
    apposed = [m for m in _APPOSED_RE.finditer(f) if any(r.end() == m.start() for r in refs.finditer(f, 0, m.start()))]
    for m in sorted([*BARE_SO_RE.finditer(f), *apposed], key=lambda m: m.start()):
        if m.start(1) == 0 or not names_container(f[:m.start(1)]) or _of_a_document(f, m):
            continue
        out.append(m)
        while (j := _JOINED_RE.match(f, out[-1].end())) is not None:
            out.append(j)
    return out


def takes_up(before: list[str], piece: str) -> bool:
    """The piece opens with "số N" (not a document's number) and the piece before it states or asks the numbering or
    the count of the container's children ("… đánh số tới 8 phải hông? | Số 8 …", "… có 8 mục phải không? | Số 3
    …"); a count asked with no figure stated is a question of its own ("Phần IV đánh số tới mấy? | Số 3 …": two
    questions, the second carried on), and so is one that only names the container ("Phần IV … nói gì? | Số 43 …")."""
    last = fold(before[-1]).lower() if before else ""
    m = BARE_SO_RE.match(fold(piece).lower())
    return m is not None and not _of_a_document(fold(piece).lower(), m) and \
        bool(_COUNTED_RE.search(last) or _COUNT_ASKED_RE.search(last)) and \
        not (_COUNT_ASKED_RE.search(last) and not _FIGURE_SAID_RE.search(last))


# a figure the asker states or checks ("tới 8 phải hông", "có phải tới 6", "có 8 mục", "từ 1 đến 8")
_FIGURE_SAID_RE = re.compile(r"\b(?:toi|den|co|gom|la)\s+\d{1,2}\b(?![.,/-]?\d)")
