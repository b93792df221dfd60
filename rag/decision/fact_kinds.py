"""The kinds of figure a question may ask that no outline or table answers (money, percentages, contacts, a citizen's
paperwork): only a passage that prints one does."""
from __future__ import annotations

import re

from rag.question.route import Understanding
from rag.nlp import tags
from rag.text import fold, has_diacritics, nfc

FACT_KINDS = {
    # kind: (cues in the question as typed with diacritics, pattern the evidence must contain); a question
    # typed without diacritics is matched on the folded cues ("đó là" must not read as "đô la")
    "money": (("kinh phí", "ngân sách", "bao nhiêu tiền", "tỷ đồng", "tỉ đồng", "triệu đồng", "nguồn vốn",
               "chi phí", "mức lương", "tiền lương", "mức hỗ trợ bao nhiêu", "usd", "đô la"),
              re.compile(r"\d[\d.,]*\s*(tỷ|triệu|nghìn|ngàn)?\s*đồng|VNĐ|USD|đô la", re.I)),
    "percent": (("tỷ lệ", "tỉ lệ", "phần trăm", "%"), re.compile(r"\d+([.,]\d+)?\s*%|phần trăm", re.I)),
    "contact": (("số điện thoại", "điện thoại", "email", "thư điện tử", "địa chỉ liên hệ", "hotline", "website"),
                re.compile(r"\b0\d{8,10}\b|@|https?://", re.I)),
    # a citizen's paperwork: the procedure for obtaining a paper ("thủ tục làm / xin / cấp …") or the papers to
    # bring ("cần giấy tờ gì", "nộp hồ sơ ở đâu"); procedures named as a topic ("cải cách thủ tục hành chính",
    # "hài lòng với thủ tục") are not asked for. Party resolutions and plans assign work to bodies; only a
    # passage that prints a procedure or its papers answers it
    "procedure": (("thủ tục làm", "thủ tục xin", "thủ tục cấp", "thủ tục đăng ký", "thủ tục đổi", "thủ tục nộp",
                   "giấy tờ gì", "giấy tờ nào", "những giấy tờ", "cần giấy tờ", "hồ sơ gì", "hồ sơ gồm",
                   "nộp hồ sơ", "làm hồ sơ"),
                  re.compile(r"thủ tục|hồ sơ|giấy tờ", re.I)),
}

# papers sent up to the centre or a higher level ("địa phương gửi hồ sơ gì lên Trung ương", "trình hồ sơ lên cấp
# trên"): the reporting line between party bodies, which the plans do print, not a citizen's paperwork at an office
_SENT_VERBS = ("gửi", "trình", "chuyển", "báo cáo")
_UPPER = ("trung ương", "tw", "cấp trên", "bộ chính trị", "ban bí thư", "ban chấp hành", "ban thường vụ")


def _sent_up(words: tuple[str, ...], upper: tuple[str, ...]) -> re.Pattern:
    return re.compile(rf"(?<!\w)(?:{'|'.join(words)})\s+(?:\S+\s+){{0,5}}?lên\s+(?:{'|'.join(upper)})(?!\w)"
                      .replace("lên", "(?:lên|len)"))


_SENT_UP = {True: _sent_up(_SENT_VERBS, _UPPER),
            False: _sent_up(tuple(map(fold, _SENT_VERBS)), tuple(map(fold, _UPPER)))}


def fact_kind_asked(u: Understanding) -> str | None:
    """The kind of figure the question asks for (money, percent, contact, a citizen's paperwork), if any: no
    outline or table answers those, only a passage that prints one."""
    accented = has_diacritics(u.text)
    text = u.text.lower() if accented else u.folded
    for kind, (cues, _) in FACT_KINDS.items():
        if any(re.search(rf"(?<!\w){re.escape(c if accented else fold(c))}(?!\w)", text) for c in cues):
            if kind == "procedure" and _SENT_UP[accented].search(text):
                continue
            return kind
    return "money" if accented and paid_how_much(u.text) else None


# a payment asked how much ("được phụ cấp mỗi tháng bao nhiêu", "lương … là bao nhiêu"): the words of pay, as the
# tagger cuts the question (a whole word: "lương" of "lương thực", "lương tâm" is none); "bồi dưỡng", in these
# documents mostly training, is pay only after "tiền" or before "mỗi" ("tiền bồi dưỡng", "bồi dưỡng mỗi buổi")
PAY_WORDS = frozenset({"phụ cấp", "trợ cấp", "thù lao", "tiền công", "lương", "tiền lương", "mức lương"})
# how far "bao nhiêu" may stand after the word of pay, in words of the same clause
PAY_REACH = 6
# tags of a noun after "bao nhiêu": what is counted ("bao nhiêu người", "bao nhiêu lớp", "bao nhiêu tấn"), not money
COUNTED_TAGS = frozenset({"N", "Nc", "Nu", "Np"})


def paid_how_much(text: str) -> bool:
    """Whether the question asks how much a payment is: a word of pay, then "bao nhiêu" within PAY_REACH words of its
    clause, not followed by a noun it counts."""
    tagged = [(nfc(t[0]).lower(), t[1]) for t in tags(text)]
    for i, (word, _) in enumerate(tagged):
        pay = word in PAY_WORDS or (word == "bồi dưỡng" and (
            (i and tagged[i - 1][0] == "tiền") or (i + 1 < len(tagged) and tagged[i + 1][0] == "mỗi")))
        if not pay:
            continue
        for j in range(i + 1, min(len(tagged), i + 2 + PAY_REACH)):
            if tagged[j][1] == "CH":
                break
            if tagged[j][0] == "bao nhiêu":
                if j + 1 >= len(tagged) or tagged[j + 1][1] not in COUNTED_TAGS:
                    return True
                break
    return False
