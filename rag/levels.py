"""The level of administration a question says ("ở tỉnh", "theo trung ương", "thành phố") and the documents
issued at that level, from the catalog's issuers and the small table rag/data/levels.tsv.

A question that names no document but says a level ("Ở tỉnh, chuyện phổ biến nghị quyết … xong trước ngày
mấy?") is about the documents of that level; retrieval lifts them a little (rag.retrieve). The level word
counts only on its own: "Ban Tuyên giáo Trung ương", "Tỉnh ủy", "Tỉnh đoàn" name bodies, not a level, and
"các tỉnh" (every province, as a central plan assigns) is not one province's level.
"""
from __future__ import annotations

import functools
import re

from rag.text import DATA, nfc

# words after the level word that make it part of a body's name ("tỉnh ủy", "tỉnh đoàn", "trung ương đảng")
_BODY_AFTER = r"(?!\s+(?:ủy|uỷ|đoàn|hội|đảng|ương|bộ|cục|ban)\b)"
# the first word of a body's name among the three words before it makes it part of that name ("Ban Tuyên giáo
# Trung ương", "Đảng ủy Công an Trung ương"); "các", "mọi" right before it make it every one of that level
_BODY_HEADS = frozenset("Ban Bộ Đảng Quân Quận Ủy Uỷ Hội Văn Đoàn Mặt Công Thường Học Viện Tòa Cục".split())
_EVERY_BEFORE = re.compile(r"\b(?:các|mọi|nhiều|những)\s+$", re.I)


@functools.lru_cache(maxsize=1)
def _table() -> tuple[tuple[str, re.Pattern, tuple[str, ...]], ...]:
    out = []
    for line in (DATA / "levels.tsv").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        level, word, issuers = line.split("\t")
        pattern = re.compile(rf"(?<![\wÀ-ỹ]){re.escape(nfc(word))}(?![\wÀ-ỹ]){_BODY_AFTER}", re.I)
        out.append((level, pattern, tuple(nfc(x.strip()).lower() for x in issuers.split("|"))))
    return tuple(out)


def levels_said(text: str) -> list[str]:
    """The levels a question (NFC, as typed) says on their own, in table order."""
    out = []
    for level, pattern, _ in _table():
        for m in pattern.finditer(text):
            before = text[:m.start()]
            if not _EVERY_BEFORE.search(before) and not _BODY_HEADS & set(before.split()[-3:]):
                out.append(level)
                break
    return out


def issuer_level(issuer: str) -> str | None:
    """The level of a document's issuer ("Ban Thường vụ Tỉnh ủy" -> "tỉnh"); None when the table has none."""
    low = nfc(issuer).lower()
    for level, _, issuers in _table():
        if any(x in low for x in issuers):
            return level
    return None


def documents_at(levels: list[str], docs: dict) -> list[str]:
    """The documents (doc_id -> object with `.entry`) whose issuer is at one of the levels."""
    return [d for d, doc in docs.items() if levels and issuer_level(doc.entry.get("issuer", "")) in levels]
