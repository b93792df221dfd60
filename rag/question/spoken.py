"""Numbers said as words, as a speech-to-text question prints them, read as the figures the documents and the
question readers know: "kế hoạch hai mươi mốt" -> "kế hoạch 21", "nghị quyết bốn ba" -> "nghị quyết 43", "năm hai
nghìn không trăm ba mươi" / "năm hai không ba mươi" -> "năm 2030", "ngày mười hai tháng ba" -> "ngày 12 tháng 3".

A number word is read as a figure only where it names a number, by the word before it:
- a document's number of two digits or more, after a kind word ("nghị quyết", "kế hoạch" … of rag.question.kinds)
  or after "số" (one digit there is a count more often than a number: "quy định ba trường hợp"): the
  words are read in groups, each group a number of its own ("hai mươi mốt", "hai mốt", or one digit) and the
  figures written one after the other, as numbers are said digit by digit ("bốn ba" = 43, "hai không ba mươi" =
  2030);
- a year, after "năm": the same reading, kept only when it gives a year (1900-2100), or two digits after a quarter
  or month just read ("quý một năm hai tư" -> "quý 1 năm 24"); a number said in full with "nghìn" that gives a
  year is read anywhere ("tầm nhìn hai nghìn không trăm bốn mươi lăm");
- a term of the Central Committee or a congress after "khóa", "đại hội", in Roman figures as the documents print
  it ("khóa chín" -> "khóa IX", "Đại hội mười ba" -> "Đại hội XIII");
- a day before "tháng", a month (1-12) after "tháng", a quarter (1-4) after "quý" ("tư" only where it ends what is
  said or comes before a year: "tháng tư vấn" is no month);
- an item's number after "mục", "khoản", "phần", "điểm", "điều" only when said in several words ("mục mười hai"):
  one word ("phần bốn") is read by the structure answerer itself (rag.answerers.outline.address).
A number followed by a noun it counts is a count and stays words ("kế hoạch hai năm"; a month
after "mỗi", "mấy" or before "lần": "mấy tháng một lần"), as
does any number word elsewhere ("có mấy", "hai bên", "một số", "một lòng").

The spoken forms are read generally: "mươi" (and "mười" after a digit, a common slip), "mốt"/"một", "lăm"/"nhăm",
"tư"/"bốn" after a tens word, "linh"/"lẻ" after hundreds, the tens word left out before "mốt", "lăm", "tư" ("hai
mốt" = 21, "ba lăm" = 35). "năm" is a digit only before "mươi", "trăm", "nghìn" or after "linh"/"lẻ": elsewhere it
is the word for year ("nghị quyết hai mươi sáu năm hai nghìn …").

    figures_for_number_words("kế hoạch hai mốt có mấy nhiệm vụ")   # "kế hoạch 21 có mấy nhiệm vụ"
"""
from __future__ import annotations

import re

from rag.question.kinds import KIND_WORDS
from rag.nlp import tags
from rag.text import ROMAN, fold, nfc

DIGITS = {"không": 0, "một": 1, "hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "bẩy": 7, "tám": 8,
          "chín": 9}
# the units after a tens word: "mốt", "lăm"/"nhăm", "tư" stand only there ("hai mươi mốt", "mười lăm")
_AFTER_TENS = {**{w: v for w, v in DIGITS.items() if w not in ("không", "năm")},
               "mốt": 1, "lăm": 5, "nhăm": 5, "tư": 4}
_ONLY_AFTER_TENS = {"mốt": 1, "lăm": 5, "nhăm": 5, "tư": 4}
_TENS = {"mươi", "mười"}
_LARGE = {"trăm": 100, "nghìn": 1000, "ngàn": 1000}
_ZERO_TENS = {"linh", "lẻ"}
# the units after "linh"/"lẻ": the digits and the unit forms said there too ("hai nghìn linh tư", "một trăm lẻ mốt")
_AFTER_ZERO = {**{w: v for w, v in DIGITS.items() if w != "không"}, **_ONLY_AFTER_TENS}
# the words that open a document's issuer or term after its number ("kế hoạch 21 bộ chính trị", "nghị quyết 23
# khóa IX", "chỉ thị 35 trung ương"): nouns that count nothing
_NAMING = {"bộ", "ban", "tỉnh", "thành", "khóa", "khoá", "trung", "chính", "đảng", "quốc", "ủy", "uỷ", "hội", "đại",
           "ubnd", "hđnd", "bch", "bct"}
_COUNT_TAGS = {"N", "Nc", "Nu"}
# the nouns a number before them counts ("hai năm", "một lần", "ba bên"), lowercased with their marks (folded,
# "nội" would be "nói"): such a number stays words; any other noun underthesea tags as one counts too (`_counts`)
COUNTED = frozenset((
    "năm", "tháng", "ngày", "tuần", "quý", "lần", "bên", "số", "cấp", "khâu", "mặt", "nhóm", "điều", "điểm",
    "nội", "việc", "vấn", "phần", "mục", "khoản", "nhiệm", "giải", "văn", "cái", "chỉ", "bước", "trụ", "người",
    "tổ", "khối", "đầu", "lĩnh", "giai", "ngành", "loại", "ý", "chương", "triệu", "tỷ", "tỉ", "lòng", "đối",
    "tiêu", "đợt", "câu", "trang", "dòng", "đoạn", "chữ", "phương", "hình", "yếu", "chiều",
    "nguyên", "tầng", "giới", "lớp", "kiểu", "hướng", "vùng", "hộ", "đơn"))
# (the words an issuer opens with, "bộ", "ban", "tỉnh", "thành", and the term, "khóa", follow a document's number:
# they count nothing)
_KINDS = sorted((k.split() for k in KIND_WORDS), key=len, reverse=True)
# words before "tháng" that make it a span counted, not a month named ("mấy tháng một lần", "mỗi tháng hai lần")
_EVERY = {"mỗi", "hàng", "hằng", "mấy", "vài", "các", "những", "nhiêu", *DIGITS}
_ITEM_NOUNS = {"mục", "khoản", "phần", "điểm", "điều"}
_WORD_RE = re.compile(r"[^\W_]+")


def _group(words: list[str], i: int) -> tuple[int, int, bool] | None:
    """One number said from words[i]: (value, index after it, whether it is said with a tens, hundreds or
    thousands word), or None when words[i] starts none."""
    n = len(words)
    w = words[i]
    nxt = words[i + 1] if i + 1 < n else ""
    if w == "năm" and nxt not in _TENS | set(_LARGE):
        return None                                     # "năm" alone is the word for year
    if w == "mười":
        if nxt in _AFTER_TENS:
            return 10 + _AFTER_TENS[nxt], i + 2, True
        return 10, i + 1, True
    if w not in DIGITS:
        return None
    d = DIGITS[w]
    if nxt in _LARGE:
        return _large(words, i)
    if d >= 2 and nxt in _TENS:
        after = words[i + 2] if i + 2 < n else ""
        if after in _AFTER_TENS:
            return 10 * d + _AFTER_TENS[after], i + 3, True
        return 10 * d, i + 2, True
    if d >= 2 and nxt in _ONLY_AFTER_TENS:
        return 10 * d + _ONLY_AFTER_TENS[nxt], i + 2, True      # "hai mốt", "ba lăm"
    return d, i + 1, False


def _below_hundred(words: list[str], i: int) -> tuple[int, int] | None:
    """A number under 100 said from words[i] ("ba mươi", "mười tám", "bảy"), as (value, index after)."""
    if i >= len(words):
        return None
    if words[i] in _ZERO_TENS and i + 1 < len(words) and words[i + 1] in _AFTER_ZERO:
        return _AFTER_ZERO[words[i + 1]], i + 2                  # "linh năm", "lẻ một", "linh tư", "lẻ mốt"
    if words[i] in DIGITS and i + 1 < len(words) and words[i + 1] in _LARGE:
        return None
    g = _group(words, i)
    return (g[0], g[1]) if g else None


def _large(words: list[str], i: int) -> tuple[int, int, bool]:
    """A number said with "nghìn" or "trăm" from words[i] ("hai nghìn không trăm ba mươi", "một trăm linh năm")."""
    value, j = 0, i
    if j + 1 < len(words) and words[j] in DIGITS and words[j + 1] in ("nghìn", "ngàn"):
        value += 1000 * DIGITS[words[j]]
        j += 2
    if j + 1 < len(words) and words[j] in DIGITS and words[j + 1] == "trăm":
        value += 100 * DIGITS[words[j]]
        j += 2
    rest = _below_hundred(words, j)
    if rest:
        value += rest[0]
        j = rest[1]
    return value, j, True


def _said(words: list[str], i: int, digit_by_digit: bool = True) -> tuple[str, int, int] | None:
    """The figures said from words[i]: (figures, index after, how many groups); the longest reading of
    `_readings`."""
    readings = _readings(words, i, digit_by_digit)
    return readings[-1] if readings else None


def _readings(words: list[str], i: int, digit_by_digit: bool = True) -> list[tuple[str, int, int]]:
    """Every reading of the figures said from words[i], shortest first: (figures, index after, how many groups).
    Groups said one after the other are written one after the other ("bốn ba" -> "43", "hai không ba mươi" ->
    "2030") only after a group of one digit: a group said with a tens word ends the number ("hai mươi mốt hai
    mươi hai" is 21, then 22 said apart); a number said with "nghìn" or "trăm" stands alone."""
    out, j, groups, readings = "", i, 0, []
    while j < len(words):
        g = _group(words, j)
        if not g:
            break
        value, end, tens = g
        large = any(w in _LARGE for w in words[j:end])
        if groups and (large or not digit_by_digit):
            break
        out += str(value)
        j, groups = end, groups + 1
        readings.append((out, j, groups))
        if large or tens or not digit_by_digit:
            break
    return readings


def _counts(words: list[str], end: int) -> bool:
    """Whether the word after a number is a noun it counts ("hai năm", "một lần", "hai mươi xã"): one of COUNTED,
    or a word underthesea tags as a noun (common, classifier or unit) that opens no issuer or term; "năm" before a
    year is not."""
    if end >= len(words):
        return False
    nxt = words[end]
    if nxt == "năm" and end + 1 < len(words) and _group(words, end + 1):
        return False
    if nxt in COUNTED:
        return True
    if nxt in _NAMING:
        return False
    tagged = tags(" ".join(words[end:end + 4]))
    return bool(tagged) and tagged[0][1] in _COUNT_TAGS and tagged[0][0].lower().split()[0] not in _NAMING


def _five_then_digit(words: list[str], i: int) -> tuple[str, int] | None:
    """A document's number of two digits said digit by digit that opens with "năm" ("nghị quyết năm bảy" = 57):
    "năm" then one digit and no further number word ("nghị quyết năm hai không hai ba" says a year)."""
    if words[i] != "năm" or i + 1 >= len(words):
        return None
    g = _group(words, i + 1)
    if not g or g[2] or i + 2 < len(words) and _group(words, i + 2):
        return None
    return f"5{g[0]}", i + 2


def _last_word(words: list[str], i: int) -> bool:
    """Whether words[i] ends what is said or stands before a year ("tháng tư năm 2024"): "tư" opens many words of
    its own ("tư vấn", "tư tưởng", "tư nhân")."""
    return i + 1 >= len(words) or words[i + 1] in ("năm", "này", "tới", "vừa", "rồi") or words[i + 1].isdigit()


def _after_kind(words: list[str], i: int) -> bool:
    """Whether words[i] follows a document kind word, with or without "số" ("nghị quyết số …", "kế hoạch …")."""
    j = i - 1 if i and words[i - 1] == "số" else i
    folded = [fold(w) for w in words[max(0, j - 2):j]]
    return any(folded[-len(k):] == k for k in _KINDS if len(k) <= len(folded))


def _reading(words: list[str], i: int, previous: str, read_to: int = -1) -> tuple[str, int] | None:
    """(figures, index after) when words[i] starts a number said where a number names something (module
    docstring); `previous`: what the last read number was ("quý", "tháng" or ""); `read_to`: the index after it
    (a month after a day just read: "ngày mười hai tháng ba")."""
    before = words[i - 1] if i else ""
    if _after_kind(words, i) or (before == "số" and (i < 2 or words[i - 2] not in DIGITS)):
        five = _five_then_digit(words, i)
        if five and not _counts(words, five[1]):
            return five
        for figures, end, _ in reversed(_readings(words, i)):   # the longest reading not ending on a count
            if len(figures) > 1 and not _counts(words, end):
                return figures, end
        return None
    if before == "năm":
        said = _said(words, i)
        if said and (1900 <= int(said[0]) <= 2100 and len(said[0]) == 4
                     or previous in ("quý", "tháng") and len(said[0]) == 2):
            return said[0], said[1]
        return None
    if before == "ngày":
        said = _said(words, i, digit_by_digit=False)
        if said and 1 <= int(said[0]) <= 31 and said[1] < len(words) and words[said[1]] == "tháng":
            return said[0], said[1]
        return None
    if before in ("tháng", "quý"):
        top = 12 if before == "tháng" else 4
        g = _group(words, i) if words[i] != "tư" else (4, i + 1, False) if _last_word(words, i) else None
        if g and 1 <= g[0] <= top and (i < 2 or words[i - 2] not in _EVERY or read_to == i - 1) \
                and (g[1] >= len(words) or words[g[1]] != "lần"):
            return str(g[0]), g[1]
        return None
    if before in ("khóa", "khoá") or (before == "hội" and i > 1 and words[i - 2] == "đại"):
        g = _group(words, i)
        if g and 1 <= g[0] < len(ROMAN) and not _counts(words, g[1]):
            return ROMAN[g[0]], g[1]
        return None
    if before in _ITEM_NOUNS and (i < 2 or words[i - 2] not in DIGITS):
        g = _group(words, i)
        if g and g[2] and g[1] - i > 1 and not _counts(words, g[1]):
            return str(g[0]), g[1]
        return None
    g = _group(words, i)
    if g and g[1] - i > 2 and any(w in ("nghìn", "ngàn") for w in words[i:g[1]]) and 1900 <= g[0] <= 2100:
        return str(g[0]), g[1]
    return None


def figures_for_number_words(question: str) -> str:
    """The question with its numbers said as words read as figures where they name a number (module docstring);
    every other character as typed (in NFC when a number was read)."""
    text = nfc(question)
    spans = [(m.start(), m.end()) for m in _WORD_RE.finditer(text)]
    words = [text[s:e].lower() for s, e in spans]
    out, last, i, previous, read_to = [], 0, 0, "", -1
    while i < len(words):
        read = _reading(words, i, previous, read_to)
        if not read:
            previous = previous if words[i] in ("năm",) else ""
            i += 1
            continue
        figures, end = read
        out.append(text[last:spans[i][0]] + figures)
        last = spans[end - 1][1]
        previous = words[i - 1] if i and words[i - 1] in ("quý", "tháng") else ""
        i = read_to = end
    if not out:
        return question                     # nothing read: the question exactly as typed
    out.append(text[last:])
    return "".join(out)
