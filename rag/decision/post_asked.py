"""Which post's holder a question asks the name of ("Bí thư Thành ủy Cần Thơ tên đầy đủ là gì", "Ai là Bí thư
Thành ủy Cần Thơ?", "Họ tên Phó Bí thư Thường trực Tỉnh ủy?"), read from the folded question.

A post is asked for its holder only when it is the subject whose name is asked: the asking words stand right
before it ("ai là …", "đồng chí nào là …", "họ tên …", "tên đầy đủ của …") or right after the post and the body it
heads, closing the clause ("… là ai?", "… tên (đầy đủ) là gì?", "… là đồng chí nào?"). A post offered as a guess
("ai là người phải gương mẫu trước, bí thư thành ủy à?", "… có phải bí thư thành ủy không?") or named as the one
who acts ("bí thư, chủ tịch có phải …") is not asked. A title that ends a body's name ("Ban Bí thư", "Ban Chủ
nhiệm", "Ban Giám đốc") is that body, not the post. The body words are every word after the title up to the
asking words or the clause's end, so a place or a proper name said after the post ("Thành ủy Hà Nội") is kept and
must be carried by the block that answers."""
from __future__ import annotations

import re

from rag.decision.signer import DEPUTY_SUFFIX, TITLE_RE
from rag.question.particles import closing_alt

# a title right after "ban" is the tail of a body's name ("ban bi thu", "ban chu nhiem")
_BODY_NAME_BEFORE = ("ban ",)
# asking words right before the post, opening the clause (folded); "đồng chí / ông / bà" may stand before the post
_BEFORE_RE = re.compile(r"(?:^|[,.;:?!] ?|\b(?:cho (?:toi|em|minh) (?:hoi|biet)|xin (?:hoi|cho biet)|cho hoi|vay|the) )"
                        r"(?:(?:ai|dong chi nao|nguoi nao|ong nao|ba nao)(?: hien nay| hien tai| hien)?(?: dang)? "
                        r"(?:la|giu chuc|giu cuong vi|dam nhiem(?: chuc)?|lam)"
                        r"|ho (?:va )?ten(?: cua)?|ten (?:day du |cu the |that )?cua"
                        r")(?: dong chi| ong| ba)? $")
# the particles and forms of address a polite question ends with, closing the clause ("… là ai vậy ạ?", "… là ai
# thế nhỉ anh?"; rag.question.particles)
_CLOSING = rf"(?: {closing_alt()}){{0,3}}\s*(?:[,.;:?!]|$)"
# the time the post is asked at, right after it ("hiện nay", "nhiệm kỳ này"), and the post taken up by a pronoun
# after a comma ("Bí thư Thành ủy Cần Thơ, đồng chí ấy tên là gì?", "…, người đó là ai") (folded)
# (a time of holding said generally: "hiện nay / hiện thời / bây giờ", "đương nhiệm / đương chức", a term or
# session taken as the present one, "nhiệm kỳ / khóa + này / hiện tại / hiện nay / hiện thời")
_NOW_WORD = r"(?:hien nay|hien tai|hien thoi|hien gio|bay gio|luc nay|hien|duong nhiem|duong chuc)"
_NOW = rf"(?:(?:(?:trong|o) )?(?:nhiem ky|khoa) (?:nay|{_NOW_WORD})|{_NOW_WORD})"
_NOW_RE = re.compile(rf"{_NOW}(?![a-z])")
_TAKEN_UP = r"(?:(?:, ?(?:thi )?|thi )(?:dong chi|ong|ba|nguoi|vi) (?:ay|do|nay) )"
_TAKEN_UP_RE = re.compile(_TAKEN_UP.replace("(?:, ?(?:thi )?|thi )", "thi "))
# asking words right after the post and its body, closing the clause (folded)
_AFTER_RE = re.compile(rf"^{_TAKEN_UP}?(?:{_NOW} )?(?:(?:ho )?ten (?:day du |cu the |that )?(?:la )?"
                       r"(?:gi|ai)|ten (?:day du|cu the|that)|ho (?:va )?ten (?:la )?gi|"
                       r"la (?:ai|dong chi nao|ong nao|ba nao|nguoi nao)|(?:do )?ai (?:dam nhiem|giu|nam giu))"
                       + _CLOSING)
# words after a title that end the body it heads before the asking words
# (not the syllables of places and bodies: "đảng", "đà", "thị", "bà", "hồ" fold to "dang", "da", "thi", "ba", "ho")
_BODY_END = {"la", "ten", "hien", "nay", "ky", "nao", "do", "duoc", "co", "ve", "cua", "trong", "khi", "luc", "ai",
             "va", "nhiem", "bay", "giu", "vay", "the", "a", "nhi", "nhe", "vao"}


def folded_words(folded: str) -> str:
    """A folded text as its words, "/" a space ("T/M" -> "t m"), lower case, single-spaced: the form posts and the
    blocks that hold them are compared in (also by rag.answerers.printed.holder)."""
    return " ".join(folded.lower().replace("/", " ").split())


def _body(after: str) -> tuple[tuple[str, ...], int]:
    """The body words right after a title, and where they end in `after`."""
    words, end = [], 0
    for m in re.finditer(r"[^\s,.;:?!]+|[,.;:?!]", after):
        w = m.group()
        if w == "cua" and not words and not end:
            end = m.end()       # "bí thư của Thành ủy …": the body follows "của"
            continue
        if w in _BODY_END or not w[0].isalnum() or re.match(r"ho (?:va )?ten\b", after[m.start():]) or \
                _NOW_RE.match(after, m.start()) or _TAKEN_UP_RE.match(after, m.start()):
            break
        words.append(w)
        end = m.end()
    return tuple(words), end


# a clause between the post and the asking words saying when it was held or what its holder signed ("Chánh Văn
# phòng … lúc sao y nghị quyết 43 là ai", "… khi ký Kế hoạch 21 là ai", "Bí thư Tỉnh ủy ký kế hoạch của tỉnh tên
# là gì"): not a word of its body (folded)
_WHEN_CLAUSE_RE = re.compile(r"^(?:(?:vao|tai|o) )?(?:luc|khi|thoi diem|thoi gian|hoi) |^(?:(?:da|nguoi) )?ky ")


def _past_when(rest: str) -> str:
    """`rest` after a time clause that the asking words close, else `rest`."""
    m = _WHEN_CLAUSE_RE.match(rest)
    if m is None:
        return rest
    words = list(re.finditer(r"\S+", rest[m.end():]))
    for w in words[:8]:
        after = rest[m.end() + w.end():].strip()
        if _AFTER_RE.match(after):
            return after
        if not w.group()[-1].isalnum():
            break
    return rest


def asked_post(folded: str) -> tuple[str, tuple[str, ...]] | None:
    """(title, body words) of the post whose holder's name the question asks, or None."""
    q = folded_words(folded)
    for m in TITLE_RE.finditer(q):
        if q[:m.start()].endswith(_BODY_NAME_BEFORE):
            continue
        body, end = _body(q[m.end():])
        rest = _past_when(q[m.end() + end:].strip())
        if _BEFORE_RE.search(q[:m.start()]) or _AFTER_RE.match(rest):
            return m.group(), body
    return None


def named_body(post: tuple[str, tuple[str, ...]]) -> tuple[str, ...]:
    """The words that say which body a post heads: its body words without a deputy's qualifier after the title
    ("Phó Bí thư Thường trực" names no body)."""
    body = post[1]
    qualifier = tuple(DEPUTY_SUFFIX.split())
    return body[len(qualifier):] if body[:len(qualifier)] == qualifier else body


# "người đứng đầu Thành ủy Cần Thơ là ai", "ai đứng đầu Ban Thường vụ": the head of a body (folded); "ai / đồng chí
# nào" ask by themselves, "người đứng đầu" only with the asking words closing the clause
_HEAD_RE = re.compile(r"(?:^|[,.;:?!] ?|\b(?:cho (?:toi|em|minh) (?:hoi|biet)|xin (?:hoi|cho biet)|cho hoi) )"
                      r"(?:(?P<who>ai|dong chi nao)(?: la nguoi)?|nguoi) (?:dung dau|lanh dao cao nhat)(?: cua)? ")


def asked_head(folded: str) -> tuple[str, tuple[str, ...]] | None:
    """("", body words) when the question asks who heads a body: its holder is whoever signs for that body
    with a title of his own that is no deputy's."""
    q = folded_words(folded)
    m = _HEAD_RE.search(q)
    if m is None:
        return None
    body, end = _body(q[m.end():])
    rest = q[m.end() + end:].strip()
    if not body or not (m.group("who") or _AFTER_RE.match(rest)):
        return None
    return "", body


# the post of a named person asked, right after the name ("Nguyễn Văn Hiếu giữ chức vụ gì", "… làm chức gì", "… là
# chức gì", "Ông … là ai", "… là người nào", "… hiện giữ cương vị gì"), closing the clause or before the body it is
# held in ("… giữ chức vụ gì trong Thành ủy") (folded)
_POST_OF_RE = re.compile(r"^(?:(?:hien nay|hien tai|hien|dang) )*(?:(?:giu|dam nhiem|nam giu|co|lam|la) )?"
                         r"(?:chuc vu|chuc danh|cuong vi|chuc)(?: (?:la|gi|nao))+"
                         r"|^la (?:ai|nguoi nao|dong chi nao|ong nao|ba nao)"
                         # "… là gì của Thành ủy": the post, with the body it is held in
                         r"|^la (?:gi|chuc (?:vu )?gi)(?= (?:cua|trong|o|tai) )")
_NAME_BEFORE_RE = re.compile(r"(?:^|[,.;:?!] ?|\b(?:cho (?:toi|em|minh) hoi|xin hoi|cho hoi|vay|the) )"
                             r"(?:(?:ong|ba|dong chi|anh|chi) )?$")
# the post's noun before the name, the asking words after it ("Chức vụ của Nguyễn Văn Hiếu là gì", "Chức danh của
# đồng chí … hiện nay là gì") (folded)
_POST_BEFORE_RE = re.compile(r"(?:^|[,.;:?!] ?|\b(?:cho (?:toi|em|minh) (?:hoi|biet)|xin (?:hoi|cho biet)|cho hoi) )"
                             r"(?:chuc vu|chuc danh|cuong vi)(?: cua)?(?: (?:ong|ba|dong chi))? $")
_IS_WHAT_RE = re.compile(r"^(?:(?:hien nay|hien tai|luc do|khi do) )?la (?:gi|chuc (?:vu )?gi)")
# the body the post is held in, said after the asking words ("trong Thành ủy", "ở Tỉnh ủy Lạng Sơn") (folded)
_HELD_BEFORE_RE = re.compile(r"^(?:trong|o|tai|cua) ([a-z]+(?: [a-z]+){0,5}?) "
                             r"(?=(?:(?:hien nay|hien tai|luc do|khi do) )?la )")
_HELD_IN_RE = re.compile(r"^ (?:trong|o|tai|cua) ([a-z]+(?: [a-z]+){0,5}?)(?=" + _CLOSING + ")")


def post_of_asked(folded: str, name: str) -> tuple[str, ...] | None:
    """When the question asks the post of the person `name` (as a block prints it): the body words it says the post
    is held in (none: ()), else None. The name opens the clause and the asking words close it, or the post's noun
    opens it before the name ("Chức vụ của … là gì", "Chức vụ của … ở Thành ủy là gì": the body between them)."""
    q, who = folded_words(folded), folded_words(name)
    for m in re.finditer(rf"(?<![a-z]){re.escape(who)}(?![a-z])", q):
        rest = q[m.end():].strip()
        before = q[:m.start()]
        after = _POST_OF_RE.match(rest) if _NAME_BEFORE_RE.search(before) else \
            _IS_WHAT_RE.match(rest) if _POST_BEFORE_RE.search(before) else None
        held_before = ()
        if after is None and _POST_BEFORE_RE.search(before):
            # "Chức vụ của … ở Thành ủy là gì": the body it is held in said between the name and the asking words
            between = _HELD_BEFORE_RE.match(rest)
            what = _IS_WHAT_RE.match(rest[between.end():]) if between else None
            after = what and between
            held_before = tuple(between.group(1).split()) if what else ()
        if after is None:
            continue
        tail = rest[between.end() + what.end():] if held_before else rest[after.end():]
        if held_before:
            return held_before if re.match(_CLOSING, tail) else None
        if re.match(_CLOSING, tail):
            return ()
        held = _HELD_IN_RE.match(tail)
        if held:
            return tuple(held.group(1).split())
    return None
