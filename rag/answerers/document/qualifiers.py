"""Where a word stands in a question about one document decides whether it names a topic inside the document
or qualifies the whole: rules of Vietnamese word order, not lists of words.

A short phrase (one word, up to MAX_SLOT syllables) that no topic marker ("về", "đối với") introduces
qualifies the whole document when it stands
- as the document's predicate, between the document's name (its subject) and what is asked, and all the
  question says beyond asking ("Nghị quyết 43 nhấn mạnh những gì", "… xoay quanh chủ đề gì");
- as a modifier of a generic noun, between that noun and what is asked, the document or the end of the
  question ("những nội dung trọng yếu nào", "điểm mấu chốt của …", "những vấn đề cốt yếu mà …");
- as the head of the question, owned by the document ("Trọng tâm của Nghị quyết 43 nằm ở đâu?").
A phrase typed elsewhere ("Tôn giáo trong Nghị quyết 43 thế nào?", "… nói gì về tôn giáo") keeps naming a topic;
so does a predicate the document prints itself (rag.answerers.document.overview checks: "… khuyến khích những gì" asks what
it encourages, where it says so).

`slot_spans` returns those phrases' spans in the folded question; rag.answerers.document.overview blanks them before
rag.answerers.document.topic judges the rest.
"""
from __future__ import annotations

import re

from rag.answerers.document.asker import blank, without_own_clauses, without_own_sentences
from rag.answerers.forms import forms
from rag.text import has_diacritics, phrase_re

MAX_SLOT = 2               # syllables: a longer run describes something inside the document
_DOC, _GEN, _ASK, _CUE = "\x01", "\x02", "\x03", "\x00"
_TOKEN = re.compile(r"\x01+|\x02+|\x03+|\x00+|[a-z0-9]+|[?.!;:,]")
# words that may stand between a slot and what flanks it without breaking the slot ("được", "những", "các")
_GLUE = frozenset({"da", "duoc", "co", "se", "dang", "nhung", "cac", "mot", "so", "nay", "ay", "do", "thi", "la"})
_OWNER = frozenset({"cua", "ma"})      # "… của <văn bản>", "… mà <văn bản> đặt ra"


def _mark(folded: str, spans, phrases, char: str, chars: list[str]) -> None:
    for a, b in spans:
        chars[a:b] = char * (b - a)
    for p in phrases:
        for m in phrase_re(p).finditer(folded):
            if all(c not in (_DOC,) for c in chars[m.start():m.end()]):
                chars[m.start():m.end()] = char * (m.end() - m.start())


def _tokens(folded: str, doc_spans, cues) -> list[tuple[str, int, int]]:
    """(kind, start, end): 'D' the document's name, 'G' a generic noun, 'A' an asking phrase, 'C' another cue,
    'P' punctuation, 'W' a word."""
    o = forms()["overview"]
    chars = list(folded)
    _mark(folded, (), cues, _CUE, chars)
    _mark(folded, (), o["generic"] + ["chu de"], _GEN, chars)
    _mark(folded, (), o["asking"], _ASK, chars)
    _mark(folded, doc_spans, (), _DOC, chars)
    kinds = {_DOC: "D", _GEN: "G", _ASK: "A", _CUE: "C"}
    out = []
    for m in _TOKEN.finditer("".join(chars)):
        t = m.group(0)
        kind = kinds.get(t[0]) or ("P" if not t[0].isalnum() else "W")
        out.append((kind, m.start(), m.end()))
    return out


def slot_spans(folded: str, doc_spans, cues, neutral: set[str]) -> list[tuple[int, int, str]]:
    """(start, end, slot) of the folded question's short phrases that qualify the whole document (see the module
    doc); slot: "predicate", "modifier" or "head"."""
    toks = _tokens(folded, doc_spans, cues)
    word = lambda i: folded[toks[i][1]:toks[i][2]]         # noqa: E731
    markers = [tuple(m.split()) for m in forms()["overview"]["topic_markers"]]
    out, runs = [], 0
    i = 0
    while i < len(toks):
        if toks[i][0] != "W" or word(i) in _GLUE | _OWNER:
            i += 1
            continue
        j = i
        while j + 1 < len(toks) and toks[j + 1][0] == "W" and word(j + 1) not in _GLUE | _OWNER:
            j += 1
        run = [word(k) for k in range(i, j + 1)]
        if all(w in neutral for w in run):
            i = j + 1
            continue
        runs += 1
        before = [word(k) for k in range(max(0, i - 3), i) if toks[k][0] == "W"]
        marked = any(tuple(before[-len(mk):]) == mk for mk in markers if len(before) >= len(mk))
        slot = _flanked(toks, i, j, word) if len(run) <= MAX_SLOT and not marked else ""
        if slot:
            out.append((toks[i][1], toks[j][2], slot))
        i = j + 1
    # a predicate qualifies the whole only when it is all the question says beyond asking: beside other words
    # ("… muốn <ai> làm gì") it is part of what they describe
    return [x for x in out if x[2] != "predicate" or runs == 1]


def whole_qualifiers(folded: str, typed: str, doc_spans, cues, neutral: set[str], headings: str,
                     doc_text: str) -> list[tuple[int, int]]:
    """The slot spans (`slot_spans`) that qualify the whole document: not the words of one of its headings
    (`headings`: "phần tình hình" names part I), and no predicate the document prints itself (`doc_text`:
    "… khuyến khích những gì" asks what it encourages, where it says so). `typed`: the question as typed, lower
    case, same offsets (read with its accents when it has them, like `headings` and `doc_text`)."""
    accented = has_diacritics(typed)
    headings, doc_text = " ".join(headings.split()), " ".join(doc_text.split())
    out = []
    for a, b, slot in slot_spans(folded, doc_spans, cues, neutral):
        phrase = re.compile(rf"(?<!\w){re.escape(typed[a:b] if accented else folded[a:b])}(?!\w)")
        if not phrase.search(headings) and not (slot == "predicate" and phrase.search(doc_text)):
            out.append((a, b))
    return out


def _flanked(toks, i: int, j: int, word) -> str:
    left = i - 1
    while left >= 0 and toks[left][0] == "W" and word(left) in _GLUE:
        left -= 1
    right = j + 1
    while right < len(toks) and toks[right][0] in ("W", "G") and (toks[right][0] == "G" or word(right) in _GLUE):
        right += 1
    lk = toks[left][0] if left >= 0 else "^"
    rk = toks[right][0] if right < len(toks) else "$"
    # "… của <văn bản>": the document named by its name, or by its kind ("của Nghị quyết đại đoàn kết")
    owned = right < len(toks) and toks[right][0] == "W" and word(right) in _OWNER and \
        right + 1 < len(toks) and toks[right + 1][0] in ("D", "C")
    asked = rk == "A" or (rk == "P" and word(right) == "?") or rk == "$"
    if lk == "D" and asked:
        # the document's predicate: "<văn bản> nhấn mạnh những gì"; not a noun asked by "nào" right after it
        # ("đăng trên báo nào": which newspaper is what is asked)
        return "" if right == j + 1 and rk == "A" and word(right) == "nao" else "predicate"
    if lk == "G" and (asked or owned or rk == "D"):
        return "modifier"             # a generic noun's modifier: "nội dung trọng yếu nào", "điểm mấu chốt của …"
    return "head" if lk == "^" and owned else ""     # the head, owned by the document: "Trọng tâm của <văn bản> …"


# a request addressed to the assistant ("nhờ đồng chí", "xin anh", "đề nghị đồng chí"); a first-person word
_REQUEST = re.compile(r"\b(?:nho|xin|de nghi|mong|phien)\s+(?:dong chi|anh|chi|ban|em|ong|ba|tro ly)\b")
_SELF = re.compile(r"\b(?:toi|em|minh|chung toi|chung em)\b")
# the asker's purpose closing a sentence ("… để tôi thưa lại với các cụ", "…, để báo cáo Ban Thường trực"): why they
# ask, not what; a clause "để" + a first-person word ("tôi" not "tới năm"), or one of the asker's own activities
# (rag/data/question_forms.toml) after a complete question or naming the asker's own audience; "… yêu cầu gì để
# báo cáo kết quả với Thường trực" asks what the document assigns. A colon closes the clause ("Để <người hỏi> <việc của mình>: <câu hỏi>")
_O = forms()["overview"]
_DOING = "|".join(_O["asker_doing"])
_SELF_PURPOSE = re.compile(r"\bde\s+(?:(?:em|minh|chung toi|chung em|anh em)\b|toi\s+(?!(?:nam|ngay|thang|khi|luc|muc|nay)\b))[^.?!:]*")
_SELF_PURPOSE_TYPED = re.compile(r"(?<!\w)để\s+(?:em|mình|chúng tôi|chúng em|anh em|tôi)(?!\w)[^.?!:]*")
# the asking words that close a complete question ("… nói những ý nào, …"): what may follow is context or an aside
_CLOSES_QUESTION = r"\b(?:gi|nao|sao|khong|chua)"
_DOING_AFTER_QUESTION = re.compile(_CLOSES_QUESTION + r"\s*[,;:]\s*(de\s+(?:" + _DOING + r")\b[^.?!]*)")
_DOING_FOR_AUDIENCE = re.compile(r"\bde\s+(?:" + _DOING + r")\b[^.?!]*?\b(?:" + "|".join(_O["asker_audience"]) +
                                 r")\b[^.?!:]*")


def without_context(folded: str, before_request: bool = True, typed: str = "",
                    named: tuple[tuple[int, int], ...] = (), printed: str = "") -> str:
    """The folded question with what the asker says of themselves before a request addressed to the assistant
    blanked ("Kính gửi đồng chí, tôi là cán bộ Văn phòng …, sáng mai phải báo cáo giao ban nên | nhờ đồng chí
    tóm lược …"): it tells why they ask, not what; the request itself too. Kept when it names no asker (a topic
    led in: "Về tôn giáo, nhờ đồng chí …"). A sentence that opens with the asker ("Tôi cần nêu đúng ý để đưa vào
    phần mở đầu tờ trình.") beside one that asks with a question mark is context too; `before_request`=False
    keeps what comes before a request ("Tôi đếm … ra bảy ý, nhờ đồng chí kiểm tra": the count to check is what
    a structure question asks). `typed`: the question as typed, same offsets (its accents tell "đang" from
    "Đảng", "tôi" from "tới"). `named`: the spans naming documents (blanked in `folded` by the callers). `printed`:
    the text of the document asked about; an own clause whose object it prints names the topic ("Mình quan tâm
    đến kiều bào, …"). Same offsets."""
    accented = has_diacritics(typed)
    folded = without_own_clauses(without_own_sentences(folded, typed, named), typed, named, printed)
    purposes = [_SELF_PURPOSE_TYPED.finditer(typed.lower())] if accented else [_SELF_PURPOSE.finditer(folded)]
    for m in [m for it in purposes + [_DOING_FOR_AUDIENCE.finditer(folded)] for m in it]:
        folded = blank(folded, m.start(), m.end())
    for m in _DOING_AFTER_QUESTION.finditer(folded):
        folded = blank(folded, m.start(1), m.end(1))
    if not before_request:
        return folded
    m = None
    for m in _REQUEST.finditer(folded):
        pass
    if m is None:
        return folded
    start = m.start()           # the request itself asks nothing
    if _SELF.search(folded, 0, m.start()) and not re.search(r"\bve\b", folded[:m.start()]):
        start = 0
    return blank(folded, start, m.end())



# a closing clause that narrows what is asked to one topic ("…, phần về báo chí thôi", "…, nhất là với kiều bào")
_NARROWING = tuple(_O["topic_markers"] + _O["narrowing"])
_ASKED_END = re.compile(_CLOSES_QUESTION + r"\s*\??\s*$")


def without_aside(folded: str, requests: tuple[str, ...] = ()) -> str:
    """The folded question with a closing clause that follows a complete question (one ending in an asking word,
    "… nói những ý nào,") and asks nothing itself blanked: the asker's aside ("…, anh em ở huyện đọc không kịp");
    a clause with one of `requests` in it asks for something ("…, tóm gọn giúp tôi") and stays, and so does one that
    narrows the question to a topic ("…, phần về báo chí thôi"). Same offsets."""
    clauses = list(re.finditer(r"[^,;.?!]+[,;.?!]*", folded))
    if len(clauses) < 2:
        return folded
    last, before = clauses[-1], clauses[-2]
    if _ASKED_END.search(before.group(0).rstrip(",;. ")) and not _ASKED_END.search(last.group(0).rstrip(",;. ")) \
            and not re.search(r"\b(?:gi|nao|sao|ai|dau|may|bao nhieu)\b", last.group(0)) \
            and not any(phrase_re(r).search(last.group(0)) for r in requests + _NARROWING):
        return blank(folded, last.start(), last.end())
    return folded

