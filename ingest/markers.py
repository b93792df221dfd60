"""The line patterns of a document's body: part, item, sub-item, dash bullet and footnote markers, and the
tests on a line that the cleaner, the header/tail splitter and the body builder share."""
from __future__ import annotations

import re

PART_RE = re.compile(r"^([IVXLC]+)\s*[-.–]\s*(\S.*)$")
SUBITEM_RE = re.compile(r"^(\d{1,2})\.(\d{1,2})\.?\s+(\S.*)$")
ITEM_RE = re.compile(r"^(\d{1,2})\.\s+(\S.*)$")
DASH_RE = re.compile(r"^[-–•+]\s*(\S.*)$")
FOOTNOTE_RE = re.compile(r"^([¹²³⁴⁵⁶⁷⁸⁹⁰]+)\s*(\S.*)$")
SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
TERMINAL = tuple(".;:!?”\")…/")


def is_upper_line(line: str, ratio: float = 0.75) -> bool:
    letters = [c for c in line if c.isalpha()]
    return len(letters) >= 3 and sum(c.isupper() for c in letters) / len(letters) >= ratio


def is_part(line: str) -> bool:
    """A part heading: a Roman numeral and an (upper-case) title, "III- NHIỆM VỤ, GIẢI PHÁP"."""
    m = PART_RE.match(line)
    return bool(m and is_upper_line(m.group(2), 0.6))


def is_marker(line: str) -> bool:
    return is_part(line) or bool(
        SUBITEM_RE.match(line) or ITEM_RE.match(line) or DASH_RE.match(line) or FOOTNOTE_RE.match(line))
