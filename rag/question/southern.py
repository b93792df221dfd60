"""Southern spoken words a question types for what the question readers know only in the standard words, read as
the standard ones before the question is read (pipeline._read), as `loanwords` does for English ones:

- "nhiêu" alone for "bao nhiêu": "giao cho nhiêu đầu mối?", "có nhiêu ý?" (a count asked, rag.answerers.forms),
  not after "bao / bấy / biết bao", where it is already the standard word;
- "khúc" for a stretch of a text, "phần": "khúc cuối NQ 43", "khúc giao cho Mặt trận …"; not where it is part of
  another word or names something else ("khúc mắc", "khúc ruột ngàn dặm", "ca khúc", "khúc sông").

Only words typed with their marks are read so: folded, "nhieu" is also "nhiều" (many) and "khuc" many a word; a
question typed without marks is re-accented after this (rag.question.diacritics) and left as it comes out.

    standard_for_southern("Phần IV giao cho nhiêu đầu mối?")  # "Phần IV giao cho bao nhiêu đầu mối?"
"""
from __future__ import annotations

import re

from rag.text import nfc

# "nhiêu" not already after the word it stands without
_NHIEU = re.compile(r"(?<![^\W\d_])(?<!bao )(?<!bấy )(?<!bây )(nhiêu)(?![^\W\d_])", re.IGNORECASE)
# "khúc" as a stretch of a text: not in a compound or a stretch of something else
_KHUC = re.compile(r"(?<![^\W\d_])(?<!ca )(?<!điệp )(?<!tình )(?<!nhạc )(?<!đoản )(?<!khúc )(khúc)(?![^\W\d_])"
                   r"(?!\s+(?:mắc|khuỷu|khuỷa|xạ|ruột|sông|đường|ca|hát|nhạc|gỗ|cây|côn|khích|khắc|cá|"
                   r"chiết|quanh|xương|thịt|bánh|khúc)(?![^\W\d_]))", re.IGNORECASE)


def _cased(word: str, standard: str) -> str:
    return standard[:1].upper() + standard[1:] if word[:1].isupper() else standard


def standard_for_southern(question: str) -> str:
    """The question with its Southern "nhiêu" and "khúc" read as "bao nhiêu" and "phần" (module docstring);
    unchanged when it has none."""
    q = nfc(question)
    q = _NHIEU.sub(lambda m: _cased(m.group(1), "bao nhiêu"), q)
    return _KHUC.sub(lambda m: _cased(m.group(1), "phần"), q)
