"""What the asker says of themselves, told apart from what they ask: sentences and clauses opening with the asker
("Tôi đang soạn đề cương.", "Mình đang làm slide cho buổi sinh hoạt chi đoàn, | tóm gọn giúp mình KH 21 …", "… về
chủ đề gì vậy, | mình cần ghi title slide cho chuẩn") are context and are blanked, unless they name a document, a
topic after a marker ("Em hỏi về kiều bào, …") or, for a clause, the object of the asker's verb that the document
prints ("Mình quan tâm đến kiều bào, …"). Read by rag.answerers.document.qualifiers.without_context."""
from __future__ import annotations

import functools
import re

from rag.answerers.forms import forms
from rag.nlp import tags
from rag.question.kinds import KIND_RE
from rag.text import fold, has_diacritics, phrase_re

_O = forms()["overview"]
# a sentence that speaks of the asker with its subject left out ("Đang soạn đề cương …", "Cần nắm để báo cáo …"),
# read with its accents when the question has them ("Đảng ta …", "Cần Thơ …" are not the asker)
_OWN_OPEN = r"(?:toi|em|minh|chung toi|chung em|dang|vua|sap|can)"
_OWN_OPEN_TYPED = r"(?:tôi|em|mình|chúng tôi|chúng em|đang|vừa|sắp|cần)"
# a time adverbial may stand before the subject ("Chiều mai tôi nói chuyện với bà con …", "Tuần sau, em phải …"):
# the sentence still speaks of the asker
_TIME_LEAD = r"(?:(?:(?:sang|chieu|toi|trua|dem)\s+)?(?:mai|nay|qua)|hom nay|ngay mai|hom qua|(?:tuan|thang)\s+(?:nay|sau|toi))\s*,?\s*"
_TIME_LEAD_TYPED = r"(?:(?:(?:sáng|chiều|tối|trưa|đêm)\s+)?(?:mai|nay|qua)|hôm nay|ngày mai|hôm qua|(?:tuần|tháng)\s+(?:này|sau|tới))\s*,?\s*"
# a lead that relays who asks, closed by a colon ("Chị em bên Hội Phụ nữ hỏi:", "Các cụ ở thôn hỏi:"): who asks, not
# what; read with its accents when the question has them ("hỏi", not "hội")
_RELAY = re.compile(r"\bhoi\s*:\s*$")
_RELAY_TYPED = re.compile(r"(?<!\w)hỏi\s*:\s*$")


def blank(text: str, a: int, b: int) -> str:
    return text[:a] + " " * (b - a) + text[b:]


def _self_sufficient(rest: str) -> bool:
    """What remains of a question asks something of its own: a content term beyond asking and generic words,
    or a cue of what is asked (its purpose, basis, the reason it was issued, a summary)."""
    from rag.answerers.common import has_any, remaining_terms
    if has_any(rest, _O["goal"] + _O["requirement"] + _O["basis"] + _O["reason"] + _O["summary"]):
        return True
    cues = tuple(_O["asking"] + _O["generic"] + _O["quality"] + _O["general"])
    return bool(remaining_terms(rest, set(_O["neutral"]), cues))


def _states_topic(folded: str, a: int, b: int, named, markers) -> bool:
    """The lead folded[a:b] names a document (a span of `named`, or a kind and number still in the text) or
    holds a topic marker followed by content words: it says what is asked about, not who asks."""
    from rag.answerers.common import remaining_terms
    from rag.question.route import REF_RE
    if any(x < b and a < y for x, y in named) or REF_RE.search(folded, a, b):
        return True
    neutral = set(_O["neutral"])
    return any(remaining_terms(folded[m.end():b], neutral, tuple(_O["asking"]))
               for r in markers for m in r.finditer(folded, a, b))


def without_own_sentences(folded: str, typed: str = "", named=()) -> str:
    """Sentences (or leads closed by a colon) that open with a first-person word or a subject-less verb of the
    asker's ("Đang soạn …") and do not end in a question mark, blanked, when another sentence of the question
    ends in one. A sentence that names a topic ("Sắp tới chi bộ học về …") or a body ("Vừa qua Bộ Chính trị có giao việc cho …") stays unless what
    remains asks something of its own: "Theo Kế hoạch 21 cụ thể là việc gì?" refers to it. `typed`: the question
    as typed, same offsets (its accents tell "đang" from "Đảng", its capitals "Cần Thơ" from "cần")."""
    # a lead closed by a colon (the asker's place and errand, then ":" and the question) is a sentence of its own,
    # unless it names a document or a topic: then it says what is asked
    sentences = list(re.finditer(r"[^.?!:]+[.?!:]*", folded))
    if not any(m.group(0).rstrip().endswith("?") for m in sentences):
        return folded
    accented = has_diacritics(typed)
    markers = [phrase_re(mk) for mk in _O["topic_markers"]]
    out = folded
    for m in sentences:
        if m.group(0).rstrip().endswith("?"):
            continue
        words = typed[m.start():m.end()].split()
        if accented:        # "Cần Thơ …": a name (its next word capitalised), not the asker
            lead = re.match(_TIME_LEAD_TYPED, " ".join(words).lower())
            rest = words[len(lead.group(0).split()):] if lead else words
            own = re.match(rf"{_OWN_OPEN_TYPED}(?!\w)", " ".join(rest).lower()) and \
                not (len(rest) > 1 and rest[1][:1].isupper())
            relay = _RELAY_TYPED.search(" ".join(words).lower())
        else:
            own = re.match(rf"\s*(?:{_TIME_LEAD})?{_OWN_OPEN}\b", m.group(0))
            relay = _RELAY.search(m.group(0))
        own = own or (relay and m.group(0).rstrip().endswith(":"))
        if not own or m.group(0).rstrip().endswith(":") and _states_topic(folded, m.start(), m.end(), named, markers):
            continue
        names = any(r.search(m.group(0)) for r in markers) or any(w[:1].isupper() for w in words[1:])
        if not names or _self_sufficient(blank(folded, m.start(), m.end())):
            out = blank(out, m.start(), m.end())
    return out


# a clause closing a complete question ("… về chủ đề gì vậy, | mình cần ghi …"): its asking word, then particles
_ASKED_THEN = re.compile(r"\b(?:gi|nao|sao|chi|dau)(?:\s+(?:vay|a|nhi|ha|the|day|nhe|nha|ha|vay a))?\s*,\s*")
# (the Central "chi" for "gì", not the noun of "chi bộ", "chi đoàn")
_ASKS = re.compile(r"\b(?:gi|nao|sao|ai|dau|may|bao nhieu|chi(?!\s+(?:bo|doan|hoi|cuc|nhanh|tiet|tieu|phi|dao)\b))\b|"
                   r"\b(?:khong|chua)\s*\?")


def _opens_own(folded: str, typed: str, at: int) -> bool:
    """The clause at `at` opens with the asker as its subject ("mình đang làm …", "tôi cần …"), read as typed when
    it has accents ("Đảng", "Cần Thơ" are none)."""
    if has_diacritics(typed) and len(typed) == len(folded):
        words = typed[at:].split()
        rest = " ".join(words).lower()
        lead = re.match(_TIME_LEAD_TYPED, rest)
        rest_words = words[len(lead.group(0).split()):] if lead else words
        return bool(re.match(rf"{_OWN_OPEN_TYPED}(?!\w)", " ".join(rest_words).lower())) and \
            not (len(rest_words) > 1 and rest_words[1][:1].isupper())
    return bool(re.match(rf"\s*(?:{_TIME_LEAD})?{_OWN_OPEN}\b", folded[at:]))


# what may follow the asker before their verb ("mình đang …", "em cũng rất …", "em mới được …")
_OWN_AUX = frozenset({"dang", "vua", "sap", "can", "da", "se", "rat", "cung", "moi", "hay", "muon", "phai", "thi",
                      "duoc"})
# where the asker's doing turns to its audience, place or aim ("tập huấn | cho đoàn viên", "bài nói chuyện | ở tổ
# dân phố"): read as typed when it has accents ("vấn đề" is no "để")
_OWN_AUDIENCE = frozenset({"cho", "ở", "tại", "với", "để", "nên", "thì", "mà"})
# the preposition a verb of attending takes before its object ("quan tâm đến …", "tìm hiểu về …")
_TO = frozenset({"den", "toi", "ve", "vao"})
# a noun naming a field of work before the field itself ("công tác | tôn giáo", "khối | doanh nhân", "vấn đề | trí
# thức"): a word class, the field is what the document may print
_FIELD = tuple(sorted(_O["field_nouns"], key=len, reverse=True))
# a document's kind ends the object ("học tập | nghị quyết"); before it, verbs of carrying out a document are the
# asker's work ("triển khai thực hiện nghị quyết ở cơ sở"), not a topic
_KIND_RE = re.compile(rf"^(?:{KIND_RE})\b")
_CARRYING_OUT = tuple(_O["carrying_out"])
# the verbs of assigning after a passive "được" ("được giao", "được phân công"): the work assigned follows
_ASSIGNED = ("phan cong", "giao", "cu", "bo tri")


@functools.lru_cache(maxsize=16)
def _folded_words(text: str) -> str:
    # punctuation breaks a run, but for a comma between coordinated words ("kiểm tra, giám sát"), which the asker
    # may leave out ("công tác kiểm tra giám sát")
    return " " + " ".join(w for w in re.findall(r"[a-z0-9]+|[^\sa-z0-9]", fold(text).lower()) if w != ",") + " "


def _object_starts(words: list[str], i: int, cut: int, typed: str) -> list[int]:
    """Where the object of the asker's verb may start among the folded `words` (the verb at `i`, the object ending
    at `cut`): after the verb and its preposition ("quan tâm đến | kiều bào", "tìm hiểu | công tác tôn giáo"), the
    verb's length read from underthesea's word segmentation when the clause is typed with accents, else one or two
    syllables."""
    tagged = tuple(t for t in tags(typed) if re.search(r"\w", t[0])) if has_diacritics(typed) else ()
    if tagged and sum(len(w.split()) for w, *_ in tagged) == len(words):
        at, verb = 0, None
        for w, pos, *_ in tagged:
            n = len(w.split())
            if verb is None and at >= i:
                verb = at + n
            elif verb is not None and at == verb and pos == "E":
                verb += n
            at += n
        return [verb] if verb is not None and verb < cut else []
    out = []
    for v in (1, 2):
        k = i + v
        out.append(k + 1 if k < cut and words[k] in _TO else k)
    return out


def object_printed(clause: str, printed: str, typed: str = "") -> bool:
    """The asker's clause names what the document prints as the object of its verb ("mình quan tâm đến | kiều bào",
    "tôi phụ trách mảng | dân vận"): the whole object, from its head to where the asker's audience or place begins
    (a field noun before it dropped), printed in the document as a run of two syllables or more. The asker's own
    work is not ("đang viết báo cáo tổng kết năm", "làm slide cho buổi sinh hoạt chi đoàn"), nor is who the asker is
    ("tôi là cán bộ Mặt trận")."""
    words = re.findall(r"[a-z0-9]+", clause)
    lead = re.match(rf"\s*(?:{_TIME_LEAD})?{_OWN_OPEN}\b", clause)
    i = len(re.findall(r"[a-z0-9]+", lead.group(0))) if lead else 0
    while i < len(words) and words[i] in _OWN_AUX:
        i += 1
    # "được giao / phân công" + the verb of the work assigned ("em được phân công | theo dõi phong trào thi đua")
    assigned = next((a for a in _ASSIGNED if i and words[i - 1] == "duoc" and words[i:i + len(a.split())] == a.split()), "")
    i += len(assigned.split())
    if i >= len(words) or words[i] == "la":
        return False
    said = re.findall(r"\w+", typed.lower()) if has_diacritics(typed) else []
    said, audience = (said, _OWN_AUDIENCE) if len(said) == len(words) else \
        (words, {fold(w) for w in _OWN_AUDIENCE} - {"de"})
    cut = next((k for k in range(i + 1, len(words)) if said[k] in audience), len(words))
    text = _folded_words(printed)
    typed_words = " ".join(typed.split()) if len(said) == len(words) and has_diacritics(typed) else ""
    for k in _object_starts(words, i, cut, typed_words):
        obj = words[k:cut]
        field = next((f for f in _FIELD if obj[:len(f.split())] == f.split()), "")
        obj = obj[len(field.split()):] if field else obj
        kind = next((j for j in range(len(obj)) if _KIND_RE.match(" ".join(obj[j:]))), None)
        if kind is not None:
            # "học tập nghị quyết", "triển khai thực hiện nghị quyết ở cơ sở": the document carried out, no topic
            obj = obj[:kind]
            while obj and any(obj[:len(v.split())] == v.split() for v in _CARRYING_OUT):
                obj = obj[len(next(v for v in _CARRYING_OUT if obj[:len(v.split())] == v.split()).split()):]
        if len(obj) > 1 and f" {' '.join(obj)} " in text:
            return True
    return False


def without_own_clauses(folded: str, typed: str = "", named=(), printed: str = "") -> str:
    """Inside the sentence that asks (ends with "?", or the last), the asker's own clauses, blanked (same offsets): one
    opening it with the asker as subject and closed by a comma, before a clause naming the document ("Mình đang làm
    slide cho buổi sinh hoạt chi đoàn, | tóm gọn giúp mình KH 21 …"), and those after a complete question that open
    so and ask nothing ("… là nghị quyết về chủ đề gì vậy, | mình cần ghi title slide cho chuẩn, ko muốn ghi sai
    tên"). A clause naming a document, a topic after a marker ("Em hỏi về kiều bào, …") or an object of the asker's verb
    that `printed` (the document's text) prints as a run (`object_printed`) stays."""
    markers = [phrase_re(mk) for mk in _O["topic_markers"]]
    out = folded
    for s in re.finditer(r"[^.?!]+[.?!]*", folded):
        a, b = s.span()
        first = re.match(r"[^,;:]+,", folded[a:b])
        if first is not None and _opens_own(folded, typed, a + len(first.group(0)) - len(first.group(0).lstrip())):
            c = a + first.end()
            if not _states_topic(folded, a, c, named, markers) and \
                    not (printed and object_printed(folded[a:c], printed, typed[a:c])) and \
                    any(a <= x and y <= b and x >= c for x, y in named):
                out = blank(out, a, c)
        m = _ASKED_THEN.search(folded, a, b)
        if m is not None and _opens_own(folded, typed, m.end()) and not _ASKS.search(folded, m.end(), b) and \
                not _states_topic(folded, m.end(), b, named, markers):
            comma = folded.find(",", m.end(), b)
            c = b if comma < 0 else comma           # its first clause ("… gì vậy, | mình quan tâm đến kiều bào")
            if not (printed and object_printed(folded[m.end():c], printed, typed[m.end():c])):
                out = blank(out, m.end(), b)
    return out
