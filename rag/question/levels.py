"""The level of administration a question says ("ở tỉnh", "theo trung ương", "thành phố") and the documents
issued at that level, from the catalog's issuers and the small table rag/data/levels.tsv.

A question that names no document but says a level ("Ở tỉnh, chuyện phổ biến nghị quyết … xong trước ngày
mấy?") is about the documents of that level; retrieval lifts them a little (rag.search.retrieve). The level word
counts only on its own: "Ban Tuyên giáo Trung ương", "Tỉnh ủy", "Tỉnh đoàn" name bodies, not a level, and
"các tỉnh" (every province, as a central plan assigns) is not one province's level, nor is "tỉnh nào" (the
province is what is asked).
"""
from __future__ import annotations

import functools
import re

from rag.text import DATA, data_rows, fold, nfc

_EVERY_BEFORE = re.compile(r"\b(?:các|mọi|nhiều|những)\s+$", re.I)
_NAME_AFTER = re.compile(r"\s+[^\W\d_]")       # a level word then a capitalised word: one place's name
_ASKED_AFTER = re.compile(r"\s+(?:nào|gì)(?![\wÀ-ỹ])", re.I)   # "ở thành phố nào": the place asked, not a level


def _split(field: str) -> tuple[str, ...]:
    return tuple(nfc(x.strip()).lower() for x in field.split("|") if x.strip())


@functools.lru_cache(maxsize=1)
def _words() -> dict[str, tuple[str, ...]]:
    """The @-lines of the table: words after (@after) and before (@before, @break) a level word in a body's name."""
    return {row[0][1:]: _split(row[1]) for row in data_rows(DATA / "levels.tsv") if row[0].startswith("@")}


@functools.lru_cache(maxsize=1)
def _table() -> tuple[tuple[str, re.Pattern, tuple[str, ...]], ...]:
    verbs = [v.split() for v in _words().get("verb", ())]
    names = [re.escape(w) + "".join(rf"(?!\s+{re.escape(' '.join(v[1:]))}(?![\wÀ-ỹ]))" for v in verbs if v[0] == w)
             for w in _words()["after"]]
    after = rf"(?!\s+(?:{'|'.join(names)})(?![\wÀ-ỹ]))"
    out = []
    for level, word, issuers in data_rows(DATA / "levels.tsv", skip=("#", "@")):
        pattern = re.compile(rf"(?<![\wÀ-ỹ]){re.escape(nfc(word))}(?![\wÀ-ỹ]){after}", re.I)
        out.append((level, pattern, _split(issuers)))
    return tuple(out)


@functools.lru_cache(maxsize=1)
def level_terms() -> tuple[tuple[str, str, tuple[str, ...]], ...]:
    """(level, the question's word for it, the words of an issuer at it), as the table lists them (NFC)."""
    out = []
    for level, word, issuers in data_rows(DATA / "levels.tsv", skip=("#", "@")):
        out.append((level, nfc(word.strip()), tuple(nfc(x.strip()) for x in issuers.split("|") if x.strip())))
    return tuple(out)


@functools.lru_cache(maxsize=1)
def issuer_words() -> frozenset[str]:
    """The folded words an issuer is named with in a question: the level words, the words of the issuers the table
    lists, the first words of a body's name (@before), and "chấp hành" / "thường vụ" that stand between them
    ("Ban Chấp hành Đảng bộ tỉnh", "Ban Thường vụ Tỉnh ủy")."""
    words = {"chap", "hanh", "thuong", "vu"}
    for _, word, issuers in level_terms():
        for name in (word, *issuers):
            words.update(fold(name).lower().split())
    for w in _words()["before"] + _words()["after"]:
        words.update(fold(w).split())
    return frozenset(words)


@functools.lru_cache(maxsize=1)
def place_follows() -> tuple[str, ...]:
    """The folded last words of the @placed words: a place's name may follow them in an issuer's name ("tỉnh Lạng
    Sơn", "thành phố Cần Thơ" -> "pho", "Tỉnh ủy Lạng Sơn" -> "uy")."""
    return tuple(dict.fromkeys(fold(w).split()[-1] for w in _words()["placed"]))


@functools.lru_cache(maxsize=1)
def other_bodies() -> tuple[str, ...]:
    """The folded @other names: bodies other than the Party's committees ("hoi dong nhan dan", "chinh phu")."""
    return tuple(fold(w) for w in _words()["other"])


def name_words_after() -> tuple[str, ...]:
    """The @after words: right after a level word they make it part of a body's name ("tỉnh ủy", "tỉnh đoàn")."""
    return _words()["after"]


def _in_body_name(before: str) -> bool:
    """The three words before a level word hold the first word of a body's name (any case) with no @break word
    after it, in the same clause: "ban tuyên giáo trung ương", "Đảng ủy Công an Trung ương" (not "cán bộ ở tỉnh", nor
    "nghị quyết đoàn kết: Trung ương, tỉnh …")."""
    before = re.split(r"[.:;?!()]", before)[-1]       # a name runs across no clause break ("… đoàn kết: Trung ương")
    last = [w.strip(",.;:?!()\"'").lower() for w in before.split()[-3:]]
    heads = [i for i, w in enumerate(last) if w in _words()["before"]]
    return bool(heads) and not set(last[heads[-1] + 1:]) & set(_words()["break"])


def _place_named_after(text: str, end: int) -> bool:
    """A capitalised word follows the level word ending at `end`: one place's name ("tỉnh Lạng Sơn")."""
    return bool((n := _NAME_AFTER.match(text[end:])) and n.group(0)[-1].isupper())


def _on_its_own(text: str, m: re.Match) -> bool:
    before, after = text[:m.start()], text[m.end():]
    named = _place_named_after(text, m.end())
    return not _EVERY_BEFORE.search(before) and not _in_body_name(before) and not named \
        and not _ASKED_AFTER.match(after)


def levels_said(text: str) -> list[str]:
    """The levels a question (NFC, as typed) says on their own, in table order (levels_where, each once)."""
    said = {level for _, level in levels_where(text)}
    return [level for level, _, _ in _table() if level in said]


def levels_where(text: str) -> list[tuple[int, str]]:
    """(start, level) of every level a question (NFC, as typed) says on its own, in the order it says them."""
    return sorted((m.start(), level) for level, pattern, _ in _table() for m in pattern.finditer(text)
                  if _on_its_own(text, m))


def level_at(text: str, start: int) -> str | None:
    """The level whose word the question (NFC, as typed) says on its own at `start` ("ở tỉnh,"), None when the
    word there is no level or is part of a body's name ("Tỉnh ủy", "Trung ương Đoàn")."""
    for level, pattern, _ in _table():
        m = pattern.match(text, start)
        if m and _on_its_own(text, m):
            return level
    return None


# a document's kind word as typed ("Nghị quyết", "kế hoạch", "CT"), where the phrase of a number opens
_KIND_BEFORE = re.compile(r"(?:nghị quyết|kế hoạch|chỉ thị|kết luận|quyết định|quy định|chương trình|thông tri|"
                          r"hướng dẫn|luật|đề án|nq|kh|ct|kl|qđ|qd)(?![\wÀ-ỹ])", re.I)
_PHRASE_END = re.compile(r"[,.;:?!]|\s(?:thì|còn|nhưng)\s")
# what a question denies ("không phải của tỉnh mà …", "nghị quyết 02, không phải của Bộ Chính trị"): up to "mà" or
# the clause's end
_DENIED = re.compile(r"(?<![\wÀ-ỹ])không phải(?:\s+là)?\s[^,;.?!]*?(?=\s+mà\s|[,;.?!]|$)", re.I)


def levels_of_number(text: str, number: int) -> set[str]:
    """The levels said in the phrase of a document's number in a question (NFC, as typed), through the level words
    and the issuers of the table: from the start of its clause when the number's kind word is the clause's only
    one ("Tỉnh ban hành nghị quyết 02 khi nào?"), else from that kind word ("Kế hoạch của tỉnh nhắc nghị quyết 02
    của Bộ Chính trị" says trung ương, not tỉnh), to the clause's end ("nghị quyết 02 của tỉnh ban hành …", "… số 02
    của Tỉnh ủy"), leaving out what it denies ("… không phải của tỉnh mà của trung ương")."""
    text = _DENIED.sub(lambda d: " " * len(d.group()), text)       # same length: positions stay
    out: set[str] = set()
    for m in re.finditer(rf"(?<![\d/.,-])0*{number}(?![\d/])", text):
        clause = max((e.end() for e in _PHRASE_END.finditer(text, 0, m.start())), default=0)
        kinds = [k.start() for k in _KIND_BEFORE.finditer(text, clause, m.start())]
        start = kinds[-1] if len(kinds) > 1 else clause
        end = (e.start() + m.end() if (e := _PHRASE_END.search(text[m.end():])) else len(text))
        out |= {level for at, level in levels_where(text) if start <= at < end}
        # "của tỉnh Lạng Sơn": one place, at that level (a document of that place is of that level)
        out |= {level for level, pattern, _ in _table() for p in pattern.finditer(text, start, end)
                if _place_named_after(text, p.end()) and not _in_body_name(text[:p.start()])}
        if level := issuer_level(text[start:end]):
            out.add(level)
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


def in_body_name(before: str) -> bool:
    """Whether a name that follows `before` (NFC, as typed) is the tail of a longer body's name ("Ban Dân vận"
    before "Tỉnh ủy"), not a body named on its own."""
    return _in_body_name(before)
