"""Southern spoken words a question types for what the question readers know only in the standard words, read as
the standard ones before the question is read (pipeline._read), as `loanwords` does for English ones:

- "nhiêu" alone for "bao nhiêu": "giao cho nhiêu đầu mối?", "có nhiêu ý?" (a count asked, rag.answerers.forms),
  not after "bao / bấy / biết bao", where it is already the standard word, not in "nhiêu đó / nhiêu đây / nhiêu thôi"
  ("that much", nothing asked) nor "nhiêu khê" (cumbersome), and not as a name ("kênh Nhiêu Lộc": capitalised inside a sentence);
- "khúc" for a stretch of a text, "phần", only where a word about a place in a text follows it: "khúc cuối NQ 43",
  "khúc giao cho Mặt trận …", "khúc nói về …", "khúc thứ hai"; anything else is another word or a name ("khúc mắc",
  "khúc ruột ngàn dặm", "uốn khúc", "ca khúc", "họ Khúc").

Only words typed with their marks are read so: folded, "nhieu" is also "nhiều" (many) and "khuc" many a word; a
question typed without marks is re-accented after this (rag.question.diacritics) and left as it comes out.

    standard_for_southern("Phần IV giao cho nhiêu đầu mối?")  # "Phần IV giao cho bao nhiêu đầu mối?"
"""
from __future__ import annotations

import re

from rag.text import nfc

# "nhiêu" not already after the word it stands without (any spacing: "bao  nhiêu"), nor "that much" ("nhiêu đó"), nor
# "nhiêu khê" (cumbersome)
_NHIEU = re.compile(r"(?<![^\W\d_])(nhiêu)(?![^\W\d_])(?!\s+(?:đó|đây|đấy|thôi|khê)(?![^\W\d_]))", re.IGNORECASE)
_STANDARD_BEFORE_RE = re.compile(r"(?:^|[^\w])(?:bao|bấy|bây)\s+$", re.IGNORECASE)
# "khúc" as a stretch of a text: a word placing it in the text, or saying what it gives or says, right after it (not
# the "khúc" of a song or a bend: "ca khúc nào", "uốn khúc này")
_KHUC = re.compile(r"(?<![^\W\d_])(?<!ca )(?<!điệp )(?<!tình )(?<!nhạc )(?<!đoản )(?<!uốn )(khúc)\s+(?=(?:cuối|đầu|giữa|trên|dưới|sau|trước|này|đó|nào|kia|ấy|thứ|số|giao|nói|"
                   r"về|bàn|viết|ghi|chót|[ivxlc]+|\d)(?![^\W\d_]))", re.IGNORECASE)


def _name_inside(q: str, m: re.Match) -> bool:
    """The word matched is capitalised inside a sentence: a name ("kênh Nhiêu Lộc", "họ Khúc"), not the spoken word."""
    before = q[:m.start(1)].rstrip()
    return q[m.start(1)].isupper() and bool(before) and before[-1] not in ".?!:;\n"


def _cased(word: str, standard: str) -> str:
    return standard[:1].upper() + standard[1:] if word[:1].isupper() else standard


def standard_for_southern(question: str) -> str:
    """The question with its Southern "nhiêu" and "khúc" read as "bao nhiêu" and "phần" (module docstring);
    unchanged when it has none."""
    q = nfc(question)
    q = _NHIEU.sub(lambda m: m.group(0) if _STANDARD_BEFORE_RE.search(q[:m.start(1)]) or _name_inside(q, m)
                   else _cased(m.group(1), "bao nhiêu"), q)
    return _KHUC.sub(lambda m: m.group(0) if _name_inside(q, m) else _cased(m.group(1), "phần") + " ", q)
