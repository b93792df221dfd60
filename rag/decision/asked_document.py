"""Whose number or date a question asks: the document it routes by, or another one it names by a bare kind word.

"Kế hoạch 21 giao Ban cán sự đảng Chính phủ xây dựng Chương trình hành động, vậy Chính phủ đã ban hành nghị quyết
số mấy, ngày nào?" routes by Kế hoạch 21, but the clause that asks the number and the date has its own subject, a
resolution named only by its kind ("nghị quyết"), outside every span that names a held document. A unit that
states the routed document's number (its header, a news item that prints "Kế hoạch số 21-KH/TW") does not answer
it; only a passage that prints a number or a date where that other document is spoken of can (the slot binding of
rag.decision.binding decides). A kind word inside the span that names the routed document ("Kế hoạch của Ban
Thường vụ Tỉnh ủy số mấy") or a clause without one ("Bản sao đó số mấy") keeps the routed document as the subject.
"""
from __future__ import annotations

import re

from rag.decision.slots import SLOT_CUES
from rag.question.kinds import KIND_RE, KIND_WORDS

# the cues of a document's number or date (rag.decision.slots)
_CUE_SLOTS = ("number", "day", "date")
# where the clause of a cue begins: a sentence end or a comma, semicolon, colon or dash
_CLAUSE_RE = re.compile(r"[.?!,;:]|\s[–-]\s")
_KIND_WORD_RE = re.compile(rf"(?<![a-z0-9])(?:{KIND_RE})(?![a-z0-9])")
# a kind word followed by its number or code names a document ("nghị quyết 43", "chỉ thị số 05"): the routing
# reads it; only a bare kind word is another, unnamed document
_NUMBERED_RE = re.compile(r"\s*(?:so\s+)?\d")


def metadata_of_another(folded: str, alias_spans: list[tuple[int, int]], routed_kinds: set[str],
                        carried_out: bool = False) -> bool:
    """Whether the clause that asks a number or a date holds a bare kind word outside every span naming a document
    the question routes by, of a kind none of them is (module docstring: "Chương trình … ban hành ngày nào" beside
    "Thành ủy Cần Thơ" is the routed programme). `folded`: the question folded, lower case (Understanding.folded);
    `routed_kinds`: the catalog kinds of the routed documents. `carried_out`: every routed document is named as what
    is carried out (Understanding.named_as_carried_out: "Chính phủ ra nghị quyết số mấy để thực hiện NQ 43"); a bare
    kind word ahead of them is then the document that carries them out, of whatever kind."""
    cues = [m.start() for s in _CUE_SLOTS for m in SLOT_CUES[s].finditer(folded)]
    for at in cues:
        start = max((m.end() for m in _CLAUSE_RE.finditer(folded, 0, at)), default=0)
        for k in _KIND_WORD_RE.finditer(folded, start, at):
            if any(a <= k.start() < b for a, b in alias_spans):
                continue
            # (a kind word after the carried-out span takes it up: "Thực hiện NQ 43, nghị quyết đó số mấy")
            ahead = carried_out and all(k.start() < a for a, _ in alias_spans)
            if _NUMBERED_RE.match(folded, k.end()) or (KIND_WORDS[k.group(0)] in routed_kinds and not ahead):
                continue
            return True
    return False


# a number or a date asked of the document the routed one carries out or rests on, named by a bare kind word right
# after the verb ("Chương trình của Cần Thơ thực hiện nghị quyết số mấy?", "kế hoạch tỉnh cụ thể hóa nghị quyết ngày
# nào?", "kế hoạch tỉnh căn cứ vào nghị quyết số mấy?"; not a deadline, "cụ thể hóa chương trình trước ngày nào"): the
# routed document's own catalog number or date does not answer it, the resolution it carries out, which its title
# prints, does
_CARRIED_OUT_ASKED_RE = re.compile(rf"\b(?:thuc hien|trien khai|cu the hoa|quan triet|lam theo|can cu(?: vao)?|"
                                   rf"dua (?:tren|vao))\s+(?:(?:cai|ban)\s+)?"
                                   rf"(?P<kind>{KIND_RE})(?!\s+(?:so\s+)?\d)(?:\s+(?!(?:truoc|han|xong|hoan|cham|cua)\b)\S+){{0,6}}?\s+"
                                   r"(?:so may|so bao nhieu|so hieu|ky hieu|mang so|ngay nao|ngay may|nam nao|"
                                   r"ngay thang nao)\b")


def metadata_of_carried_out(folded: str, titles: list[str]) -> bool:
    """Whether the number or the date is asked of the document the question's subject carries out, named by a bare
    kind word after the verb of carrying it out (_CARRIED_OUT_ASKED_RE), and a routed document's catalog title
    (`titles`, folded) numbers a document of that kind ("Thực hiện Nghị quyết số 43-NQ/TW …"): asked "thực hiện chỉ
    thị số mấy" of a plan whose title carries out a resolution, the title does not answer and the refusal stands. No
    gap word is "của", which names the routed document's own issuer ("kế hoạch triển khai nghị quyết của tỉnh ký ngày
    nào" asks the plan's own date). `folded` as Understanding.folded."""
    m = _CARRIED_OUT_ASKED_RE.search(folded)
    return bool(m) and any(f"{m.group('kind')} so" in t for t in titles)


def without_held_numbers(text: str, docs: dict) -> str:
    """The text less the numbers of the documents the corpus holds ("Nghị quyết số 43-NQ/TW"): asked the number of
    another document, a held one's number printed beside it does not give it."""
    for d in docs.values():
        number = str(d.entry.get("number", "") or "")
        if number:
            text = re.sub(rf"(?<![\w/-]){re.escape(number)}(?![\w/-])", " ", text)
    return text
