"""Whether "mấy" asks a count or only marks a plural.

In Southern and Central speech "mấy + noun" is a plural determiner ("mấy người có uy tín" = those respected
people, "mấy văn bản ni" = these documents, "nhờ mấy già làng" = the village elders), not a question: the clause
asks something else ("… nói răng về mấy người có uy tín?", "Mấy văn bản làm theo nghị quyết 43, bản nào …?"). A
count is asked by a verb of having or dividing right before it ("có / gồm / được / là / chia làm / đề ra mấy …"), or
by "mấy …" in a clause that asks nothing else and closes the question ("Mấy người được khen thưởng?").

So "mấy" at a position reads as a plural determiner when the word before it is not such a verb and either its own
clause holds another asking word, or its clause is a leading phrase closed by a comma or semicolon and what follows
in the sentence asks. Read on the question as typed where a fold is shared ("răng" how / "rằng" that, "mô" where /
"mồ", "đâu" / "đầu", "chi" what / "chỉ", "chị"); a question typed without marks keeps every reading
(rag.text.typed_one_of).
"""
from __future__ import annotations

import re

from rag.question.negation import NEGATIONS, YES_NO
from rag.text import typed_one_of

# the word before a counting "mấy": a verb of having, comprising or dividing ("có mấy nhóm", "gồm mấy phần",
# "được mấy lần", "là mấy", "chia làm / thành / ra / theo mấy", "đề ra / đặt ra mấy", "tất cả mấy")
_COUNT_BEFORE_RE = re.compile(r"\b(?:co|gom|duoc|la|lam|thanh|ra|theo|ca|mat|can|dat)\s+$")
# asking words besides "mấy" (folded); the ambiguous folds are kept only as typed (_TYPED)
_ASKING_RE = re.compile(r"\b(?:gi|chi|nao|ai|sao|rang|mo|dau|the nao|ra sao|bao gio|khong|hong|chua)\b")
_TYPED = {"chi": ("chi", "chì"), "rang": ("răng",), "mo": ("mô",), "dau": ("đâu",), "sao": ("sao",),
          "hong": ("hông",), **{w: (NEGATIONS[w],) for w in YES_NO}}
# "sao" of a certified copy ("bản sao", "sao y") is not "why"
_NOT_ASKING_SAO_RE = re.compile(r"\b(?:ban|bao)\s+$")
_NOT_ASKING_SAO_AFTER_RE = re.compile(r"\s+(?:y|luc)\b")
_CLAUSE_END_RE = re.compile(r"[,;:]|\s[–-]\s")
_SENTENCE_END_RE = re.compile(r"[.?!]")


def _asks(typed: str, folded: str, a: int, b: int) -> bool:
    """Whether folded[a:b] holds an asking word other than "mấy" (as typed, where its fold is shared)."""
    for m in _ASKING_RE.finditer(folded, a, b):
        w = m.group(0)
        if w == "sao" and (_NOT_ASKING_SAO_RE.search(folded[:m.start()]) or _NOT_ASKING_SAO_AFTER_RE.match(folded, m.end())):
            continue
        if w in _TYPED and not typed_one_of(typed, m.span(), *_TYPED[w]):
            continue
        return True
    return False


def _span(pattern: re.Pattern, folded: str, at: int, lo: int = 0, hi: int | None = None) -> tuple[int, int, str]:
    """The span around `at` between two marks of `pattern` within [lo, hi), and the mark that closes it ("" at the end)."""
    hi = len(folded) if hi is None else hi
    start = lo
    for m in pattern.finditer(folded, lo, at):
        start = m.end()
    m = pattern.search(folded, at, hi)
    return (start, m.start(), m.group(0)) if m else (start, hi, "")


# "số mấy", "thứ mấy", "khóa mấy", "ngày mấy", "lần thứ mấy": a number or an ordinal asked, never a plural
_ORDINAL_BEFORE_RE = re.compile(r"\b(?:so|thu|khoa|ngay|thang|nam|quy|lan|doi|dot)\s+$")
# a noun phrase after "mấy" that closes its clause within this many words asks its count ("chia mấy nhóm, nhóm cuối
# là gì", "giao mấy đầu việc, …"); a determiner's noun goes on with what it names ("mấy người có uy tín trong …")
_CLOSING_WORDS = 2


def is_plural_determiner(typed: str, folded: str, at: int) -> bool:
    """Whether the "mấy" starting at `at` of the folded question (typed: the question as typed, same offsets) marks a
    plural rather than asking a count (module docstring)."""
    before = folded[max(0, at - 12):at]
    if _COUNT_BEFORE_RE.search(before) or _ORDINAL_BEFORE_RE.search(before):
        return False
    s_start, s_end, _ = _span(_SENTENCE_END_RE, folded, at)
    c_start, c_end, mark = _span(_CLAUSE_END_RE, folded, at, s_start, s_end)
    if len(folded[at:c_end].split()) <= 1 + _CLOSING_WORDS:
        return False
    if _asks(typed, folded, c_start, c_end):
        return True
    return mark != "" and _asks(typed, folded, c_end, s_end)
