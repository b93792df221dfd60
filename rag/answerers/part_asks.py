"""The several times one part of a two-part question asks ("… còn kế hoạch của tỉnh đặt hạn quán triệt là ngày nào
và báo cáo hằng năm trước ngày nào?"): each ask, cut where the next one opens (a comma, "và", "rồi"), so that
rag.answerers.parts quotes the unit that answers each, not only the unit that answers the part as a whole.
"""
from __future__ import annotations

import re

from rag.decision.slots import expected_slot
from rag.text import fold, nfc

# where a part's next ask may open: a comma, "và", "rồi", "với" (on the folded part, whose offsets are the text's)
_CUT_RE = re.compile(r"\s*,\s*(?:(?:va|roi)\s+)?|\s+(?:va|roi)\s+")
_TIME_NOUN_RE = re.compile(r"(?<![a-z])(?:moc(?: thoi gian)?|thoi diem)\s+nao(?![a-z])")
TIME_SLOTS = ("date", "time", "day")


def _asks_time(text: str) -> bool:
    return expected_slot(text) in TIME_SLOTS or bool(_TIME_NOUN_RE.search(fold(nfc(text))))


def time_asks(part: str) -> list[str]:
    """The stretches of a part (as typed) that each ask a time, in order, when it asks more than one; else []. A
    stretch that asks none is joined to the ask after it ("việc quán triệt, tức là học nghị quyết, xong khi nào")."""
    folded = fold(nfc(part))
    asks, start = [], 0
    for m in [*_CUT_RE.finditer(folded), None]:
        end = m.start() if m else len(folded)
        piece = part[start:end].strip(" ,;.?")
        if piece and _asks_time(piece):
            asks.append(piece)
            start = m.end() if m else end
    return asks if len(asks) > 1 else []
