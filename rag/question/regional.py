"""A question's Central regional question words and demonstratives read as the standard ones, folded: "ra ngày mô"
-> "ra ngay nao", "bàn về chuyện chi?" -> "ban ve chuyen gi?", "mấy văn bản ni" -> "may van ban nay", "Kế hoạch
21 nớ" -> "ke hoach 21 do", "ký bữa mô" -> "ky hom nao". For readers that match standard cue phrases ("ngày nào",
"về gì", "mấy văn bản này") on what a question asks, not on where it says it: the text returned does not keep the
question's offsets.

A word is read so only where its fold names nothing else: typed with its marks ("mô", not "mồ" or "mở"; "chi" only
where a clause ends, "nói chi?", since "chi bộ", "chi tiết" are content); typed bare, only where a clause ends
("ra ngay mo?"), since "mo", "ni", "no", "rang" fold many words.
"""
from __future__ import annotations

import re

from rag.text import fold, has_diacritics, nfc

# regional word as typed -> the standard word (folded)
STANDARD = {"mô": "nao", "răng": "sao", "rứa": "vay", "ni": "nay", "nớ": "do", "tê": "kia", "chi": "gi",
            "hông": "khong", "bữa": "hom"}
# typed with marks, these stand for the standard word only where a clause ends (elsewhere "chi bộ", "tê liệt")
CLAUSE_FINAL_ONLY = frozenset({"chi", "tê"})
# "bữa" is "hôm" only before a question word ("bữa nào", "bữa mô"), not in "bữa ăn"
_BEFORE_ASKING = {"bữa": re.compile(r"\s+(?:nào|mô|nao|mo)\b")}
# words that make a "mô" part of another word ("mô hình", "mô tả")
_NOT_BEFORE = {"mô": re.compile(r"\s+(?:hình|tả|phỏng|đun|típ)\b")}
# an item of a list of nouns is content, not a question word ("các khoản thu, chi?", "những chi, tổ hội")
_LISTED = re.compile(r"(?:,|\b(?:các|những|mọi|cac|nhung|moi))\s*$")
_FINAL = re.compile(r"(?:\s+(?:vậy|rứa|á|ta|vay|rua|a))*\s*(?:[?.!,;:…]|$)")
_WORD = re.compile(r"[^\W\d_]+")


def _regional(text: str) -> list[tuple[int, int, str]]:
    """The spans of `text` (NFC, lower case) that are regional question words read as standard ones (module
    docstring), each with its standard word, folded."""
    marked = has_diacritics(text)
    out = []
    for m in _WORD.finditer(text):
        w = m.group(0)
        key = w if marked else next((k for k in STANDARD if fold(k) == w), None)
        if key not in STANDARD:
            continue
        final = bool(_FINAL.match(text, m.end()))
        if (not marked or key in CLAUSE_FINAL_ONLY) and not final:
            continue
        if final and _LISTED.search(text[:m.start()]):
            continue
        if key in _BEFORE_ASKING and not _BEFORE_ASKING[key].match(text, m.end()):
            continue
        if key in _NOT_BEFORE and _NOT_BEFORE[key].match(text, m.end()):
            continue
        out.append((m.start(), m.end(), STANDARD[key]))
    return out


def standard_folded(typed: str) -> str:
    """The folded question with its regional question words read as the standard ones (module docstring)."""
    text = nfc(typed).lower()
    out, last = [], 0
    for a, b, word in _regional(text):
        out.append(fold(text[last:a]) + word)
        last = b
    out.append(fold(text[last:]))
    return "".join(out)


def standard_in_place(f: str, typed: str) -> str:
    """The folded question `f` (same offsets as `typed`) with each regional question word whose standard word is no
    longer replaced by it, padded with blanks ("vì răng mà có" -> "vi sao  ma co", "cái chi rứa" -> "cai gi vay"),
    for readers that need the offsets; one longer than its standard word ("mô" = "nào") stays."""
    text = nfc(typed).lower()
    if len(text) != len(f):
        return f
    for a, b, word in _regional(text):
        if len(word) <= b - a:
            f = f[:a] + word.ljust(b - a) + f[b:]
    return f
