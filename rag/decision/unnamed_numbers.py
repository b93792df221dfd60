"""Numbers of a question that name no thing the evidence must print (rag.decision.names reads every number of a
question as a named thing, and a named thing the best passages lack counts against answering):

- a number of the document the question names, as its catalog entry holds it: the year it was issued ("nghị quyết
  Trung ương năm 2023 về đoàn kết"), a number of its own number or of a name it goes by ("Trung ương 8"), the term
  of its issuer ("khóa 13" for "khóa XIII"). The number says which document is asked, as its name does, and the
  passage that answers from inside that document need not print it;
- a number inside the phrase that asks the slot ("bao lâu 1 lần", "mấy tháng một lần"): the asking, not the asked;
- the length a reader asks the answer to have ("nêu ngắn gọn 1-2 câu", "cần 2-3 dòng"): an instruction about the
  answer, not about the text.

Measured 2026-11-27 on the sixteen sets' dev splits: 13 dev questions of 7 sets have a named number the best
passages lack; 3 (court) are answerable questions refused by it (a year of the document, an answer length, "1 lần"),
none of the 6 unanswerable ones has a number of these three kinds.
"""
from __future__ import annotations

import re

from rag.decision.names import NUMBER_RE
from rag.decision.slots import SLOT_CUES
from rag.text import fold, has_diacritics, nfc

# "1-2 câu", "2 – 3 dòng": the answer's length in sentences or lines, read as typed ("dòng" folds like "đồng",
# a sum of money, and "câu" like "cầu")
_LENGTH_RE = re.compile(r"(?<![\w/.,])(\d+(?:\s*[-–]\s*\d+)?)\s+(?:câu|dòng)(?!\w)", re.I)
_ROMAN = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100}
_TERM_RE = re.compile(r"\bkhoa ([ivxlc]+)\b")


def _roman(numeral: str) -> int:
    values = [_ROMAN[c] for c in numeral]
    return sum(-v if i + 1 < len(values) and v < values[i + 1] else v for i, v in enumerate(values))


def document_numbers(entry: dict) -> set[str]:
    """The numbers a catalog entry names its document by (folded): the year of its date, the numbers of its number
    and aliases, its issuer's term in Arabic figures."""
    out: set[str] = set()
    date = str(entry.get("date") or "")
    if re.match(r"\d{4}-", date):
        out.add(date[:4])
    names = [str(entry.get("number") or ""), *map(str, entry.get("aliases") or [])]
    for name in names:
        out.update(m.group(0) for m in NUMBER_RE.finditer(fold(name)))
    for m in _TERM_RE.finditer(fold(str(entry.get("issuer") or ""))):
        out.add(str(_roman(m.group(1))))
    return out


def asking_numbers(question: str) -> set[str]:
    """The numbers (folded, as rag.decision.names reads them) inside a phrase that asks a slot, or giving the
    answer's length."""
    folded = fold(nfc(question))
    out: set[str] = set()
    for pattern in SLOT_CUES.values():
        for m in pattern.finditer(folded):
            out.update(n.group(0) for n in NUMBER_RE.finditer(m.group(0)))
    if has_diacritics(question):
        for m in _LENGTH_RE.finditer(nfc(question)):
            out.update(n.group(0) for n in NUMBER_RE.finditer(m.group(1)))
            out.add(re.sub(r"\s+", "", m.group(1)).replace("–", "-"))
    return out


def unnamed_numbers(question: str, entries: list[dict]) -> set[str]:
    """The question's numbers that name no thing the evidence must print (module docstring); `entries`: the
    catalog entries of the documents the question names."""
    out = asking_numbers(question)
    for entry in entries:
        out |= document_numbers(entry)
    return out
