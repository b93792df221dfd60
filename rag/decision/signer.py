"""Who a signature block names, and which office it does not.

Vietnamese administrative texts sign by a fixed convention: the last line is the signer's name, the line
above it the signer's own title, and lines opening with "K/T" (ký thay), "TL." (thừa lệnh) or "TUQ."
(thừa ủy quyền) name the office the signer signs *for* ("T/M", thay mặt, names the collective body the
signer represents). So a block "K/T CHÁNH VĂN PHÒNG / PHÓ CHÁNH VĂN PHÒNG / <name>" names the deputy, not
the head; "PHÓ BÍ THƯ THƯỜNG TRỰC / <name>" does not name the Bí thư. A question asking for the person
holding such an office is asking something the text does not print.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from rag.decision.slots import has_person_name
from rag.text import fold, phrase_re

SIGNATURE_KINDS = ("signature", "copy")
# markers of signing for someone else (folded, at the start of a line): the office after them is not the signer's
FOR_OFFICE_RE = re.compile(r"^(k/t|kt\.?|tl\.?|tuq\.?|q\.)\s+")
ON_BEHALF_RE = re.compile(r"^(t/m|tm\.?)\s+")
# qualifiers that make a title a deputy's: "phó X", "X thường trực" is the deputy's own
DEPUTY_PREFIX = "pho "
DEPUTY_SUFFIX = " thuong truc"


@dataclass(frozen=True)
class Block:
    name: str                  # as printed
    title: str                 # the signer's own title as printed ("" when the line above the name is T/M ...)
    not_signer: tuple[tuple[str, str], ...]  # (folded, as printed) offices the block shows the named person does not hold


def _f(s: str) -> str:
    return " ".join(fold(s).lower().split())


# a line wholly in brackets is a note on the signing, not a title or a name: "(Đã ký)", "(ký tên, đóng dấu)"
_NOTE_LINE_RE = re.compile(r"^[(\[].*[)\]]$")


def block_lines(text: str) -> list[str]:
    """The printed lines of a signature block, notes on the signing ("(Đã ký)") left out."""
    return [ln.strip() for ln in text.splitlines() if ln.strip() and not _NOTE_LINE_RE.match(ln.strip())]


def read_block(text: str) -> Block | None:
    lines = block_lines(text)
    at = next((i for i in range(len(lines) - 1, -1, -1) if has_person_name(lines[i])), None)
    if at is None:
        return None
    above = lines[at - 1] if at else ""
    own = "" if not above or FOR_OFFICE_RE.match(_f(above)) or ON_BEHALF_RE.match(_f(above)) else above
    offices = {}
    for ln in lines[:at]:
        m = FOR_OFFICE_RE.match(_f(ln))
        if m:
            printed = ln.split(None, 1)[1] if len(ln.split(None, 1)) > 1 else ""
            offices[_f(ln)[m.end():]] = printed
    own_f, words = _f(own), own.split()
    if own_f.startswith(DEPUTY_PREFIX):
        words = words[1:]
    if own_f.endswith(DEPUTY_SUFFIX):
        words = words[:-2]
    core = " ".join(words)
    if core and _f(core) != own_f:
        offices.setdefault(_f(core), core)
    kept = tuple((f, p) for f, p in offices.items() if f and f != own_f)
    return Block(name=lines[at], title=own, not_signer=kept)


def _has(folded_question: str, phrase: str) -> bool:
    return phrase_re(phrase, digits=False).search(folded_question) is not None


def unnamed_office(folded_question: str, units) -> tuple[str, object] | None:
    """(office as printed, unit) when the question names the office a signature block prints without a
    signer's name under it, or the body the block signs for ("T/M BAN CHẤP HÀNH TRUNG ƯƠNG / TỔNG BÍ THƯ", the
    name not printed): the holder's name is something the text does not give."""
    for unit in units:
        if unit.kind not in SIGNATURE_KINDS or read_block(unit.text) is not None:
            continue
        lines = block_lines(unit.text)
        office = lines[-1] if lines else ""
        m = FOR_OFFICE_RE.match(_f(office)) or ON_BEHALF_RE.match(_f(office))
        if m or len(office.split()) < 2:
            continue
        # "ai ký thay mặt Ban Chấp hành Trung ương": the block's own "T/M …" line names it as well as its office
        behalf = [ON_BEHALF_RE.sub("", _f(ln)) for ln in lines if ON_BEHALF_RE.match(_f(ln))]
        if any(_has(folded_question, "thay mat " + b) for b in behalf) or \
                (_has(folded_question, _f(office)) and not _has(folded_question, DEPUTY_PREFIX + _f(office))):
            return office, unit
    return None


# titles of an office (folded), longest first: a question that asks who holds one asks for that holder's name
OFFICE_TITLES = ("tong bi thu", "pho bi thu", "bi thu", "pho chu tich", "chu tich", "pho truong ban", "truong ban",
                 "pho chanh van phong", "chanh van phong", "pho giam doc", "giam doc", "chu nhiem", "bo truong",
                 "thu truong", "tong bien tap")
# one of them as a whole word (folded)
TITLE_RE = re.compile(rf"(?<![a-z])(?:{'|'.join(OFFICE_TITLES)})(?![a-z])")
