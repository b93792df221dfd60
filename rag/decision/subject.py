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

from rag.decision.meaning import soft_coverage
from rag.decision.slots import slot_filled
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
               vocab_total: int) -> tuple[float, object | None]:
    """(best subject coverage of a sentence that fills `slot`, less how much better a sentence that does not
    fill it carries the subject; its unit) over `units`; (0.0, None) when no sentence fills the slot. A sentence's coverage counts the sentence, its unit's headings and, for a
    bullet that names its task first and its deadline in a short second sentence, the unit's first sentence."""
    best, best_unit, unfilled = 0.0, None, 0.0
    for unit in units:
        if unit.deadline and slot_filled(slot, unit.deadline):
            # the parser found the unit's own deadline ("(thực hiện thường xuyên)" closing the paragraph):
            # it dates every sentence of the unit
            cov = min(1.0, subject_coverage(subject, question_words, unit.text, unit, vocab, vocab_total))
            if cov > best:
                best, best_unit = cov, unit
            continue
        spans = sentences(unit.text)
        first = unit.text[spans[0][0]:spans[0][1]] if spans else ""
        for a, b in spans:
            s = unit.text[a:b]
            filled = slot_filled(slot, s)
            # a short sentence after the first ("Hoàn thành trong quý I/2024.") dates the task the first names;
            # a long one says something of its own
            context = s if s == first or len(s.split()) > SHORT else f"{first} {s}"
            cov = min(1.0, subject_coverage(subject, question_words, context, unit, vocab, vocab_total))
            if filled and cov > best:
                best, best_unit = cov, unit
            elif not filled:
                unfilled = max(unfilled, cov)
    if best_unit is None:
        return 0.0, None
    # a sentence that carries the subject better but prints no such slot is where the subject is: a fill
    # elsewhere belongs to something else ("Nghị quyết của Bộ Chính trị về … Cựu chiến binh" has no number)
    return max(0.0, best - max(0.0, unfilled - best)), best_unit


def about_other_thing(subject: list[str], question_words: list[str], stating_units, vocab: dict[str, int],
                      vocab_total: int, min_terms: int = 3) -> bool:
    """A catalog question ("số hiệu là gì", "ban hành chưa") whose subject is not the routed document but a
    thing it mentions ("Chiến lược … mà NQ43 nhắc tới"): several subject words the document's own header
    or signature does not cover."""
    if len(subject) < min_terms:
        return False
    return all(subject_coverage(subject, question_words, u.text, u, vocab, vocab_total) < BOUND
               for u in stating_units)
