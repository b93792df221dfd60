"""Asking where a document says something: "(nằm / đặt / ghi) ở mục nào", "tại điểm nào", "ở những khoản nào",
"phần nào", "chỗ nào", "ở đâu". One definition, read by the cross-document answer (the asking is not the topic:
`rag.answerers.work.asked`) and by the resolution ↔ plan answer (a location asked: `rag.answerers.work.carried`)."""
from __future__ import annotations

import re

from rag.text import fold, has_diacritics, nfc

# the places of a document a question asks for, as typed: its numbered nodes and a passage; a plan's contents
# ("nội dung", "nhiệm vụ") are places only after "ở"/"tại" — on their own ("giao những nhiệm vụ nào") they are what
# is asked, the topic
PLACES = ("tiểu mục", "mục", "điểm", "phần", "khoản", "điều", "chương", "đoạn", "chỗ")
CONTENTS = ("nội dung", "nhiệm vụ")
# the verbs of placing that belong to the asking ("được ghi ở mục nào"); any other word before "ở" is the topic's
VERBS = ("nằm", "đặt", "ghi", "nêu", "in", "viết", "nói", "đề cập", "quy định", "thể hiện", "trình bày")


def _alternation(words) -> str:
    return "|".join(sorted({fold(w) for w in words}, key=len, reverse=True))


# "<verb> ở/tại (những|các) <place> nào", "<place> nào" on its own, "ở đâu", and "nằm ở" before the place it names
WHERE_RE = re.compile(r"(?<![a-z])(?:(?:(?:%s)\s+)?(?:o|tai)\s+(?:nhung\s+|cac\s+)?(?P<place>%s)\s+nao|"
                      r"(?P<bare>%s)\s+nao|o\s+(?P<where>dau)|(?P<stand>nam)\s+o)(?![a-z])"
                      % (_alternation(VERBS), _alternation(PLACES + CONTENTS), _alternation(PLACES)))
# the words whose accents tell them from their look-alikes when the question is typed with accents ("mức", "phận",
# "ở đầu", "Nam ở" ask nothing)
_TYPED = {"place": set(PLACES + CONTENTS), "bare": set(PLACES), "where": {"đâu"}, "stand": {"nằm"}}


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
