"""Asking where a document says something: "(nằm / đặt / ghi) ở mục nào", "tại điểm nào", "ở những khoản nào",
"phần nào", "chỗ nào", "ở đâu". One definition, read by the cross-document answer (the asking is not the topic:
`rag.answerers.asked`) and by the resolution ↔ plan answer (a location asked: `rag.answerers.carried`)."""
from __future__ import annotations

import re

from rag.text import fold, has_diacritics, nfc

# the places of a document a question asks for, as typed: its numbered nodes, a passage, and a plan's items
PLACES = ("tiểu mục", "mục", "điểm", "phần", "khoản", "điều", "chương", "đoạn", "chỗ", "nội dung", "nhiệm vụ")
_PLACE = "|".join(sorted({fold(p) for p in PLACES}, key=len, reverse=True))
# "<verb> ở/tại (những|các) <place> nào" (the verb before "ở" is part of the asking: "nằm", "đặt", "ghi"),
# "<place> nào" on its own, "ở đâu", and "nằm ở" before the place it names
WHERE_RE = re.compile(r"(?<![a-z])(?:(?:[a-z]+\s+)?(?:o|tai)\s+(?:nhung\s+|cac\s+)?(?P<place>%s)\s+nao|"
                      r"(?P<bare>%s)\s+nao|o\s+(?P<where>dau)|(?P<stand>nam)\s+o)(?![a-z])" % (_PLACE, _PLACE))
# the words whose accents tell them from their look-alikes when the question is typed with accents ("mức", "phận",
# "ở đầu", "Nam ở" ask nothing)
_TYPED = {"place": set(PLACES), "bare": set(PLACES), "where": {"đâu"}, "stand": {"nằm"}}


def where_spans(folded: str, text: str = "") -> list[tuple[int, int]]:
    """Where a question asks where something is said: spans of `folded`; `text` is the question as typed, same
    offsets (a question typed with accents must spell the place word with its own)."""
    accented = has_diacritics(text)
    out = []
    for m in WHERE_RE.finditer(folded):
        group = next(g for g in _TYPED if m.group(g))
        if accented and nfc(text[m.start(group):m.end(group)]).lower() not in _TYPED[group]:
            continue
        out.append(m.span())
    return out


def asks_where(folded: str, text: str = "") -> bool:
    return bool(where_spans(folded, text))
