"""A part named by a noun for parts and the words after it, in a phrase of its own ("cái phần quán triệt của
kế hoạch …", "có một phần riêng về chuyện quán triệt"), for the container an ordinal counts in
(rag.answerers.address.container_of) when the question's words taken whole name no heading: the asker's other
words ("ghi ở đó là việc chi, ai làm, làm khi mô") are no heading words, the phrase's are.

The phrase: after "phần" or "mục" (not "góp phần"), up to the end of its clause or to the words that name the
document it lies in ("của", "trong") or begin to say something of it ("có", "là", "gồm", "thì"); when it holds
a topic marker ("phần riêng về …", "mục nói về …"), the words after the marker, less the noun naming the matter
right after it ("về chuyện quán triệt", "về việc …")."""
from __future__ import annotations

import re

from rag.answerers.headings import heading_match
from rag.text import has_diacritics

_PHRASE_RE = re.compile(r"(?<!\bgop )\b(?:phan|muc)\b(?P<rest>[^.,:;?!()]+)")
# where the phrase ends: the document it lies in, or a verb saying something of the part
_END_WORDS = ("của", "trong", "ở", "có", "là", "gồm", "thì", "được", "này", "đó", "ấy", "kia")
_END_RE = re.compile(r"\s(?:cua|trong|o|co|la|gom|thi|duoc|nay|do|ay|kia)\b")
_MARKER_RE = re.compile(r"\b(?:noi ve|ban ve|de cap|ve)\s+(?:(?:chuyen|vu|viec|cai)\s+)?")
# a question word or a number right after the noun: the part is asked or numbered, not named by its words
_ASKED_RE = re.compile(r"^\s*(?:nao|gi|may|thu|so|\d|[ivx]+\b)")


def _end(f: str, text: str, a: int, b: int) -> int:
    """Where the phrase from `a` ends before `b`: at the first end word, typed as such when the question has
    marks ("cơ chế", "thi đua", "lá" are no "có", "thì", "là")."""
    for m in _END_RE.finditer(f, a, b):
        typed = text[m.start() + 1:m.end()].lower()
        if not has_diacritics(text) or typed in _END_WORDS:
            return m.start()
    return b


def phrases(f: str, text: str = "") -> list[tuple[int, int]]:
    """The spans (in the folded question `f`; `text` as typed, same offsets) of the words naming a part after
    "phần"/"mục", in order."""
    text = text if len(text) == len(f) else f
    out = []
    for m in _PHRASE_RE.finditer(f):
        a, b = m.span("rest")
        if _ASKED_RE.match(f[a:b]):
            continue
        b = _end(f, text, a, b)
        marker = None
        for marker in _MARKER_RE.finditer(f, a, b):
            pass
        a = marker.end() if marker else a
        if f[a:b].strip():
            out.append((a, b))
    return out


def part_named(f: str, text: str, root, accented: bool, terms, known: tuple[str, ...], fits):
    """The node with numbered children that `fits` whose heading the words of a part phrase name (`terms`: the
    function giving a phrase's content words; `text`: the question as typed, same offsets as `f`); None when no
    phrase names one."""
    for a, b in phrases(f, text):
        node = heading_match(terms(text[a:b]), root, accented, known=known)
        if node is not None and node.numbered() and fits(node):
            return node
    return None
