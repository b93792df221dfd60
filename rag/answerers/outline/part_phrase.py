"""A part named by a noun for parts and the words after it, in a phrase of its own ("cái phần quán triệt của
kế hoạch …", "có một phần riêng về chuyện quán triệt"), for the container an ordinal counts in
(rag.answerers.outline.address.container_of) when the question's words taken whole name no heading: the asker's other
words ("ghi ở đó là việc chi, ai làm, làm khi mô") are no heading words, the phrase's are.

The noun: "phần", "mục" or "đoạn" as a word of its own, typed as such when the question has marks ("Phân tích",
"phấn đấu", "mức" are none; "đoạn", which folds as "đoàn" does, only so), not a compound ("góp phần", "thành
phần", "giai đoạn", "phần lớn", "phần mềm", "mục tiêu", "mục đích"). The phrase: after the noun, up to the end
of its clause or to the words that name the document it lies in ("của", "trong") or begin to say something of it
("có", "là", "gồm", "thì"); when it holds a topic marker ("phần riêng về …", "đoạn về …"), the words after the
marker, less the noun naming the matter right after it ("về chuyện quán triệt", "về việc …"). A phrase that
negates ("phần không nói về quán triệt") or only counts ("phần hai", "phần cuối") names no part by its words."""
from __future__ import annotations

import re

from rag.answerers.outline.headings import heading_match
from rag.question.negation import NEGATION_RE, negation_at
from rag.text import fold, has_diacritics

_NOUNS_TYPED = ("phần", "mục", "đoạn")
# "đoạn" folds as "đoàn" does ("đại đoàn kết"): read only typed with its marks
_TYPED_ONLY = ("doan",)
_NOUN_RE = re.compile(r"\b(?:" + "|".join(fold(n) for n in _NOUNS_TYPED) + r")\b")
_CLAUSE_END_RE = re.compile(r"[.,:;?!()]")
# words before the noun that make it a verb or another noun ("góp phần", "thành phần", "giai đoạn", "công đoạn"), and
# words after it that make a compound ("phần lớn": most of; "mục tiêu", "mục đích": a goal, a purpose), folded
# (also "thủ đoạn", "phân đoạn", "danh mục", "hạng mục"; "phần tử", "đoạn trích": review ov27 F6)
_NOT_AFTER = ("gop", "thanh", "giai", "cong", "thu", "phan", "danh", "hang")
_COMPOUND_RE = re.compile(r"\s+(?:lon|dong|nhieu|mem|tram|thuong|tieu|dich|tu|trich)\b")
# where the phrase ends: the document it lies in, or a verb saying something of the part (as typed)
_END_WORDS = ("của", "trong", "ở", "có", "là", "gồm", "thì", "được", "này", "đó", "ấy", "kia")
_END_RE = re.compile(r"\s(?:" + "|".join(sorted({fold(w) for w in _END_WORDS})) + r")\b")
_MARKER_RE = re.compile(r"\b(?:noi ve|ban ve|de cap|ve)\s+(?:(?:chuyen|vu|viec|cai)\s+)?")
# a question word or a number right after the noun: the part is asked or numbered, not named by its words
_ASKED_RE = re.compile(r"^\s*(?:nao|gi|may|thu|so|\d|[ivx]+\b)")
# a phrase of number words only ("phần hai", "phần cuối", "mục đầu tiên"): a part counted, not named
_COUNTING = frozenset("nhat hai ba tu bon nam sau bay tam chin muoi cuoi dau cung tien chot".split())
_PREV_WORD_RE = re.compile(r"([a-z]+)\s+$")


def _end(f: str, text: str, a: int, b: int) -> int:
    """Where the phrase from `a` ends before `b`: at the first end word, typed as such when the question has
    marks ("cơ chế", "thi đua", "lá" are no "có", "thì", "là")."""
    for m in _END_RE.finditer(f, a, b):
        typed = text[m.start() + 1:m.end()].lower()
        if not has_diacritics(text) or typed in _END_WORDS:
            return m.start()
    return b


def _is_noun(f: str, text: str, m: re.Match) -> bool:
    """The folded "phan"/"muc" at `m` is the noun for a part: typed as such, no compound, no "góp phần"."""
    if has_diacritics(text) and text[m.start():m.end()].lower() not in _NOUNS_TYPED or \
            not has_diacritics(text) and m.group(0) in _TYPED_ONLY:
        return False
    before = _PREV_WORD_RE.search(f, 0, m.start())
    return not (before and before.group(1) in _NOT_AFTER) and not _COMPOUND_RE.match(f, m.end())


def _negated(f: str, text: str, a: int, b: int) -> bool:
    return any(negation_at(f, text, n.span()) for n in NEGATION_RE.finditer(f, a, b))


def phrases(f: str, text: str = "") -> list[tuple[int, int]]:
    """The spans (in the folded question `f`; `text` as typed, same offsets) of the words naming a part after
    "phần"/"mục", in order."""
    text = text if len(text) == len(f) else f
    out = []
    for m in _NOUN_RE.finditer(f):
        if not _is_noun(f, text, m):
            continue
        a = m.end()
        stop = _CLAUSE_END_RE.search(f, a)
        b = stop.start() if stop else len(f)
        if _ASKED_RE.match(f[a:b]):
            continue
        b = _end(f, text, a, b)
        marker = None
        for marker in _MARKER_RE.finditer(f, a, b):
            pass
        negation = next((n for n in NEGATION_RE.finditer(f, a, b) if negation_at(f, text, n.span())), None)
        if negation is not None and marker is not None and f[marker.end():negation.start()].strip(" ma"):
            # "phần về Mặt trận mà không phải của tỉnh": the negation after the marked words qualifies what follows
            b = len(re.sub(r"\s+ma\s*$", "", f[:negation.start()]))
        elif _negated(f, text, a, b):
            continue
        a = marker.end() if marker else a
        words = f[a:b].split()
        if words and not set(words) <= _COUNTING:
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
