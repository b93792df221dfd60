"""The question as the overview reads it (rag.answerers.document.overview): its cue phrases (rag/data/question_forms.toml's
overview forms: what asks a purpose, a basis, a summary; the words that name no topic) and the folded question without
what names no topic inside the document: the document's names, the asker's context and asides, the words describing
one document by another ("bài báo tóm tắt Kế hoạch 21"), the length of the answer asked for ("1-2 câu"), the words
neutral only as typed ("nó"), a purpose set aside, the years the document prints, the words asking why it was issued,
and the sentences that ask nothing. Also read by rag.answerers.document.assessment and rag.answerers.document.backstop.
"""
from __future__ import annotations

import re

from rag.answerers.common import has_any, remaining_terms
from rag.answerers.document.besides import without_besides
from rag.answerers.document.qualifiers import without_aside, without_context
from rag.answerers.forms import forms, why_spans
from rag.question.kinds import KIND_WORDS
from rag.question.regional import standard_in_place
from rag.question.target import SENTENCE_RE, asks
from rag.text import fold, has_diacritics, typed_one_of

_O = forms()["overview"]
REQUIREMENT = tuple(_O["requirement"])      # "đòi hỏi … phải làm thế nào": what the "yêu cầu" units say
GOAL_CUES, BASIS_CUES, GENERAL_CUES = tuple(_O["goal"]) + REQUIREMENT, tuple(_O["basis"]), tuple(_O["general"]) + tuple(_O["reason"])
KIND_PHRASES = tuple(KIND_WORDS) + ("van ban", "thuc hien", "ban hanh", "dat ra", "de ra")
GENERIC, ASKING = tuple(_O["generic"]), tuple(_O["asking"])
SUMMARY_CUES = tuple(_O["summary"])       # asking for a summary in so many words, not just "what"
NEUTRAL = set(_O["neutral"])
NEUTRAL_TYPED = {fold(w): w for w in forms()["typed"]["overview_neutral"]}      # folded -> as typed ("nó", not "nợ")
# phrases that carry no topic: generic nouns and qualities ("điểm cốt lõi", "đáng chú ý"), blanked as whole
# phrases ("quan điểm" keeps its topic although "điểm" is generic and "quan trọng" a quality)
TOPICLESS = GENERIC + tuple(_O["quality"]) + ASKING
YEAR_RE = re.compile(r"\b(?:19|20)\d\d\b")
# a time asked by its year, with the words leading it ("tầm nhìn đến năm 2045", "tới 2030"): the date, no topic
_YEAR_PHRASE = re.compile(r"\b(?:tam nhin\s+)?(?:(?:den|toi|vao)\s+)?(?:nam\s+)?(?:19|20)\d\d\b")


def _without_printed_years(f: str, doc_text: str) -> str:
    """The question with the years the document prints blanked ("mục tiêu đến năm 2030" asks for its goals);
    a year it does not print stays a topic, for the retrieval refusal to judge."""
    printed = set(YEAR_RE.findall(doc_text))
    return re.sub(r"\b(?:(?:den|toi|vao|cho|tu)\s+)?(?:(?:nam|moc)\s+)?((?:19|20)\d\d)\b",
                  lambda m: " " * len(m.group(0)) if m.group(1) in printed else m.group(0), f)


# the time a document was issued, said to describe it ("cái nghị quyết hồi tháng 11 năm ngoái", "kế hoạch ra cuối
# tháng 11"): a month led by a word placing the issuing in time ("hồi", "vào", "ra", "ban hành", "cuối"…) or right
# after the kind's name, and a year said relative to now after it; not a month asked about ("nói gì về tháng 11",
# "xong trước tháng 12")
_MONTH_PHRASE = re.compile(r"\b(?:(?:hoi|hom|vao|ra|ban hanh|khoang|cuoi|dau|giua)\s+)*thang\s+(\d{1,2})\b"
                           r"(?:\s+nam\s+(?:ngoai|nay|truoc|roi|kia))?")
_MONTH_LEAD = re.compile(r"(?:hoi|hom|vao|ra|ban hanh|khoang|cuoi|dau|giua)\s")
_KIND_BEFORE = re.compile(r"(?:" + "|".join(sorted(map(re.escape, KIND_WORDS), key=len, reverse=True)) + r")\s+$")


def _without_issue_month(f: str, date: str) -> str:
    """The question with the month the document was issued in (its catalog `date`, "2023-11-24") blanked, with the
    words leading it and a relative year after it ("hồi tháng 11 năm ngoái"): it names the document, no topic; another
    month, or one with no word placing the issuing before it, stays."""
    month = date[5:7].lstrip("0") if len(date) >= 7 else ""

    def said(m: re.Match) -> bool:
        return m.group(1).lstrip("0") == month and bool(_MONTH_LEAD.match(f, m.start()) or
                                                        _KIND_BEFORE.search(f, 0, m.start()))
    return _MONTH_PHRASE.sub(lambda m: " " * len(m.group(0)) if month and said(m) else m.group(0), f)


# the length of the answer asked for ("nêu ngắn gọn 1-2 câu", "tóm trong 3 dòng"): a count of the answer's
# sentences or lines, not of anything the document holds
_ANSWER_LENGTH = re.compile(r"(?<![\w-])(?:\d+\s*(?:-|–|den|toi|hay|hoac)\s*)?\d+\s+(cau|dong)(?!\w)")
_LENGTH_NOUNS = ("câu", "dòng")       # as typed with accents ("cấu", "đông" are other words)


def _without_answer_length(f: str, typed: str) -> str:
    """The folded question with the answer length it asks for blanked (same offsets); `typed`: the question as
    typed, same offsets (with accents, only "câu" and "dòng" count)."""
    accented = has_diacritics(typed)
    for m in _ANSWER_LENGTH.finditer(f):
        if not accented or typed[m.start(1):m.end(1)].lower() in _LENGTH_NOUNS:
            f = f[:m.start()] + " " * (m.end() - m.start()) + f[m.end():]
    return f


def _without_descriptions(f: str, spans) -> str:
    """The question with the words between two document names blanked when they are a summary or "about"
    cue: they describe the first by the second ("bài báo tóm tắt Kế hoạch 21", "tin về …"), they ask nothing.
    A gap with a question word asks the first what it says about the second ("Bản tin viết những gì về Kế
    hoạch 21"): it is kept, and the second document, blanked as a name, narrows nothing."""
    spans = sorted(spans)
    for (_, b), (c, _) in zip(spans, spans[1:]):
        gap = f[b:c]
        if re.search(r"(?<!\w)(?:gi|nao)(?!\w)", gap):
            continue
        if gap.strip() and not remaining_terms(gap, NEUTRAL, SUMMARY_CUES + GENERAL_CUES) and \
                (has_any(gap, SUMMARY_CUES + GENERAL_CUES) or gap.split() == ["ve"]):
            f = f[:b] + " " * (c - b) + f[c:]
    return f


def without_why(f: str) -> str:
    """The folded question with the words asking why the document was issued blanked, same offsets."""
    spans = why_spans(f)
    return "".join(" " if any(a <= i < b for a, b in spans) else c for i, c in enumerate(f))


def asked_text(ctx, doc_id: str | None) -> str:
    """The folded question as the overview reads it: without the document's names, the asker's context, the
    words describing one document by another and the years the document prints."""
    f = without_context(_without_descriptions(ctx.u.without_doc_names(accented=False), ctx.u.alias_spans),
                        typed=ctx.u.without_doc_names(), named=ctx.u.alias_spans,
                        printed=ctx.index.docs[doc_id].text if doc_id else "")
    # "tóm lại nói những ý nào, anh em đọc không kịp"; not "…, tóm gọn giúp tôi"
    f = without_aside(f, SUMMARY_CUES + GENERAL_CUES) if has_any(f, SUMMARY_CUES) else f
    f = _without_answer_length(f, ctx.u.without_doc_names())
    # the Central question words read as the standard ones ("vì răng" asks "vì sao", "rứa" is "vậy"), not blanked
    f = standard_in_place(f, ctx.u.without_doc_names())
    f = _without_typed_neutral(f, ctx.u.without_doc_names())
    f = without_besides(f, ctx.u.without_doc_names())        # "ngoài chuyện học nghị quyết, … còn": no topic
    if not doc_id:
        return f
    f = _without_issue_month(f, str(ctx.index.docs[doc_id].entry.get("date", "")))
    return _without_printed_years(f, ctx.index.docs[doc_id].text)


def _without_typed_neutral(f: str, typed: str) -> str:
    """The folded question with the words neutral only as typed ("nó", "bài", "chút") blanked, same offsets; their
    folds typed as other words ("nợ", "bãi bỏ") stay (any reading holds in a question typed without marks), and so
    does one opening a kind's name ("bài báo")."""
    if len(typed) != len(f):
        return f
    for m in re.finditer(r"[a-z]+", f):
        w = NEUTRAL_TYPED.get(m.group(0))
        if any(k.startswith(m.group(0) + " ") and f.startswith(k, m.start()) for k in KIND_PHRASES):
            continue          # the first word of a kind's name ("bài báo"), blanked whole as a cue
        if w and typed_one_of(typed, m.span(), w):
            f = f[:m.start()] + " " * (m.end() - m.start()) + f[m.end():]
    return f


def asking_sentences(f: str) -> str:
    """The folded question with its sentences that ask nothing blanked, same offsets (`asking_only` without the years)."""
    return asking_only(f, "", years=False)


def asking_only(f: str, full: str = "", years: bool = True) -> str:
    """The folded question with its sentences that ask nothing blanked, same offsets ("Chú là trưởng ban công tác
    mặt trận mười mấy năm nay." says who asks; its words name no topic asked). When a sentence ends with a
    question mark, those are the ones that ask ("mười mấy năm" holds an asking word but asks nothing). The years
    asked, with the words leading them ("tầm nhìn đến năm 2045"), are blanked too: they lead to the purpose
    section, they name no topic (read on `full`, the whole folded question at the same offsets, when given: `f`
    may have lost its years already)."""
    for m in _YEAR_PHRASE.finditer(full if len(full) == len(f) else f) if years else ():
        f = f[:m.start()] + " " * (m.end() - m.start()) + f[m.end():]
    spans = [m.span() for m in SENTENCE_RE.finditer(f) if m.group(0).strip()]
    marked = [(a, b) for a, b in spans if f[a:b].rstrip().endswith("?")]
    asking = marked or [(a, b) for a, b in spans if asks(f, a, b)]
    if not asking:
        return f
    out = list(f)
    for a, b in spans:
        if (a, b) not in asking:
            out[a:b] = " " * (b - a)
    return "".join(out)
