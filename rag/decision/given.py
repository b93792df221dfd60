"""What the question itself states is not what it asks: a date the question gives does not fill its time slot.

A near-miss often restates what the asker already knows to point at its subject and then asks for what the text
does not print: "Chương trình … mà Kế hoạch 21 yêu cầu xong trong quý I/2024 đã ban hành ngày nào?" (the deadline
is given, the issue date is asked), "Chiến lược … đến 2030 giao bộ nào chủ trì, hạn trình khi nào?" (the span of
the strategy's name is given, its deadline is asked). A sentence whose only time expression is the one the question
states (in the sentence that asks; a statement before it sets up context) answers nothing new, so before the slot is tested (rag.decision.binding) the question's own time expressions
are blanked out of the sentence, and so is the span of a named programme ("Chiến lược … đến năm 2030, tầm nhìn đến
năm 2045", rag.decision.slots.without_horizons) that holds a year the question gives: the question names that
programme, the span is part of its name. What the sentence adds stays: a year given does not blank the day and month
of a full date ("ngày 24/11/2023" still gives "ngày nào" of a question that says "năm 2023"). A question that asks
to confirm the date it states ("… tháng 12/2023 hay khi nào?", "… đúng không?") or asks only "khi nào" gives none but
a programme's span: the sentence printing that date is then its answer.
"""
from __future__ import annotations

import re

from rag.decision.slots import HORIZON_RE, SLOT_CUES, SLOT_FILL
from rag.text import fold, nfc

# the slots a stated date can seem to fill
DATE_SLOTS = frozenset({"time", "date", "day"})
_YEAR_RE = re.compile(r"(?<![\d/-])(?:19|20)\d\d(?![\d/-])")


# a sentence of the question: a statement before the asking one sets up context (a deadline stated to compare with
# the one asked: "Trung ương cho hạn quý I/2024. Tỉnh đòi xong trước ngày nào? So hai cái hạn"), it does not describe
# the subject asked of
_SENTENCE_RE = re.compile(r"[^.?!]+[.?!]*")


# a sentence that asks to confirm the date it states ("… tháng 12/2023 hay khi nào?", "… quý I/2024 đúng không?"):
# the sentence printing that date answers it
_CONFIRM_RE = re.compile(r"\b(?:hay (?:la )?(?:khi nao|bao gio|luc nao|ngay nao|thang nao|nam nao)|dung khong|"
                         r"phai khong|co phai|dung chua|phai chang)\b")
# a time asked at a given grain ("ngày nào", "tháng mấy"): a date the question states at a coarser grain does not
# give it; asked only as "khi nào" / "bao giờ" / "hạn chót", the date the question states may be the very answer
_GRAIN_RE = re.compile(r"\b(?:ngay|hom|thang|quy|nam) (?:nao|may|bao nhieu)\b")
# a year a programme reaches ("… doanh nhân đến 2030"): the span of its name, not a date of the asked work
_REACH_RE = re.compile(r"\b(?:den|toi) (?:nam )?((?:19|20)\d\d)(?![\d/-])")


def given_dates(question: str) -> list[str]:
    """The time expressions the question prints in a sentence that asks a time at a given grain ("ngày nào") and
    does not ask to confirm them, folded ("quy i", "2024", "thang 12"), longest first; in a sentence that asks only
    "khi nào", the years of the programme spans it names ("Chiến lược … đến năm 2030", "… doanh nhân đến 2030")."""
    found: set[str] = set()
    typed = nfc(question)
    folded = fold(typed).lower()
    if len(folded) != len(typed):
        typed = folded
    for m in _SENTENCE_RE.finditer(folded):
        sentence = m.group(0)
        if not any(SLOT_CUES[s].search(sentence) for s in ("day", "date", "time")) or _CONFIRM_RE.search(sentence):
            continue
        if _GRAIN_RE.search(sentence):
            found |= {d.group(0).strip() for d in SLOT_FILL["date"].finditer(sentence)}
            found |= set(_YEAR_RE.findall(sentence))
        else:
            spans = " ".join(h.group(0) for h in HORIZON_RE.finditer(typed[m.start():m.end()]))
            found |= set(_YEAR_RE.findall(spans)) | set(_REACH_RE.findall(sentence))
    return sorted((g for g in found if g), key=len, reverse=True)


def without_given(text: str, slot: str, given: list[str]) -> str:
    """`text` less the time expressions of `given` (given_dates) and the spans of named programmes that hold a
    given year, when `slot` asks a time; the text unchanged otherwise."""
    if slot not in DATE_SLOTS or not given:
        return text
    years = {g for g in given if _YEAR_RE.fullmatch(g)}
    text = nfc(text)
    if years:
        text = HORIZON_RE.sub(lambda m: " " * len(m.group(0)) if set(_YEAR_RE.findall(m.group(0))) & years
                              else m.group(0), text)
    folded = fold(text).lower()
    if len(folded) != len(text):
        text = folded
    chars = list(text)
    for g in given:
        for m in re.finditer(rf"(?<!\w){re.escape(g)}(?!\w)", folded):
            chars[m.start():m.end()] = " " * (m.end() - m.start())
        folded = "".join(c if c == " " else f for c, f in zip(chars, folded))
    return "".join(chars)
