"""Slot verification bound to the question's subject.

A near-miss quotes a date, a number or a name that belongs to something else: "hạn chót của 6 nhóm nhiệm vụ
trọng tâm" answered with the deadline of one task printed beside them. So the asked slot counts as filled
only in a sentence that carries the question's *subject*: its content words other than the names of the
documents it routes by (the routed document is a container, not the subject) and other than the words
that only ask for the slot ("hạn chót", "năm nào", "số hiệu"). A sentence carries the subject when it
covers, with its unit's headings (a task's body is often named in the heading above it), enough of those
words by word or by meaning (rarity-weighted, rag.decision.meaning.soft_coverage).
"""
from __future__ import annotations

import re

from rag.decision.meaning import soft_coverage
from rag.decision.slots import contains_named, slot_filled
from rag.text import fold, sentences, words

# folded syllables that ask for a slot rather than name the subject, per slot (the slot cues of
# rag.decision.slots and their usual companions)
ASKING_WORDS: dict[str, frozenset[str]] = {
    "time": frozenset("khi nao bao gio luc thoi han chot cuoi gian diem moc hoan thanh xong truoc phai tu khoang "
                      "vao nam thang ngay quy tien do lau".split()),
    "frequency": frozenset("bao lau mot lan may dinh ky tan suat ngay tuan thang quy nam".split()),
    "person": frozenset("ai ten ho la nguoi dong chi ong ba vi nao dung dau hien nay".split()),
    "amount": frozenset("bao nhieu may so luong muc ty le phan tram".split()),
    "place": frozenset("o dau tai noi nao tinh thanh pho dia diem phuong dien ra".split()),
    "number": frozenset("so hieu may ky bao nhieu mang van ban hanh chua da la gi".split()),
}
ASKING_WORDS["date"] = ASKING_WORDS["time"]
# a sentence carries the subject when it covers at least this share of the subject's words
BOUND = 0.5
# words of a sentence that only completes the one before it (a deadline, an assignee)
SHORT = 15


# a body named in the question ("Ban Tuyên giáo", "Đảng đoàn Quốc hội", "Ủy ban Mặt trận"): its head noun and
# the capitalised word (with one more syllable) that names it; strict, like a person's name
_BODY_RE = re.compile(r"\b(Ban|Đảng đoàn|Ban cán sự đảng|Ủy ban|Uỷ ban|Hội đồng|Hội|Mặt trận|Văn phòng|Bộ|Sở|Công an)"
                      r"\s+([A-ZĐÀ-Ỹ][^\W\d_]*(?:\s+[^\W\d_]+)?)")


def named_bodies(text: str) -> tuple[str, ...]:
    """Folded names of the bodies a question names ("ban tuyen giao", "bo chinh tri")."""
    out = []
    for m in _BODY_RE.finditer(text):
        if m.group(2)[0].isupper():
            out.append(" ".join(words(fold(f"{m.group(1)} {m.group(2)}").lower())))
    return tuple(dict.fromkeys(out))


def subject_terms(terms: list[str], slot: str) -> list[str]:
    """The question's content terms (already without the routed documents' names) less the slot's asking words."""
    asking = ASKING_WORDS.get(slot, frozenset())
    return [t for t in terms if t not in asking]


def _heading_words(unit) -> list[str]:
    return words(fold(" ".join(unit.headings))) if unit.headings else []


def subject_coverage(subject: list[str], question_words: list[str], text: str, unit, vocab: dict[str, int],
                     vocab_total: int) -> float:
    """How much of the subject a piece of a unit's text (with the unit's headings) covers; 1.0 for no subject."""
    if not subject:
        return 1.0
    return soft_coverage(subject, question_words, words(fold(text)) + _heading_words(unit), vocab, vocab_total)


def bound_fill(slot: str, subject: list[str], question_words: list[str], units, vocab: dict[str, int],
               vocab_total: int, named: tuple[str, ...] = ()) -> tuple[float, object | None]:
    """(best subject coverage of a sentence that fills `slot`, its unit) over `units`; (0.0, None) when no
    sentence fills the slot. A sentence's coverage counts the sentence, its unit's headings and, for a
    bullet that names its task first and its deadline in a short second sentence, the unit's first sentence.
    Named things are strict: a sentence whose context lacks one of `named` (folded names and numbers of the
    question, "ban tuyen giao") fills the slot of something else."""
    best, best_unit = 0.0, None
    for unit in units:
        if unit.deadline and slot_filled(slot, unit.deadline):
            # the parser found the unit's own deadline ("(thực hiện thường xuyên)" closing the paragraph):
            # it dates every sentence of the unit
            candidates = [unit.text]
        else:
            spans = sentences(unit.text)
            first = unit.text[spans[0][0]:spans[0][1]] if spans else ""
            # a short sentence after the first ("Hoàn thành trong quý I/2024.") dates the task the first
            # names; a long one says something of its own
            candidates = [s if s == first or len(s.split()) > SHORT else f"{first} {s}"
                          for s in (unit.text[a:b] for a, b in spans) if slot_filled(slot, s)]
        for context in candidates:
            if named:
                folded = " ".join(words(fold(f"{context} {' '.join(unit.headings)}").lower()))
                if not all(contains_named(folded, t) for t in named):
                    continue
            cov = min(1.0, subject_coverage(subject, question_words, context, unit, vocab, vocab_total))
            if cov > best:
                best, best_unit = cov, unit
    return best, best_unit


def about_other_thing(subject: list[str], question_words: list[str], stating_units, vocab: dict[str, int],
                      vocab_total: int, min_terms: int = 3) -> bool:
    """A catalog question ("số hiệu là gì", "ban hành chưa") whose subject is not the routed document but a
    thing it mentions ("Chiến lược … mà NQ43 nhắc tới"): several subject words the document's own header
    or signature does not cover."""
    if len(subject) < min_terms:
        return False
    return all(subject_coverage(subject, question_words, u.text, u, vocab, vocab_total) < BOUND
               for u in stating_units)
