"""The question forms the overview and structure answerers recognise, read once from
rag/data/question_forms.toml (accent-folded phrases: what a cadre says to ask for an overview, a count,
a list, the n-th item, what one part says, which body acts), the regular expressions built from them,
`asks_about`: does a question ask what something is about, and `asks_who`: does it ask which body acts."""
from __future__ import annotations

import re
import tomllib
from functools import lru_cache

from rag.text import DATA, phrase_re
from rag.answerers.common import has_any


@lru_cache(maxsize=1)
def forms() -> dict:
    return tomllib.loads((DATA / "question_forms.toml").read_text(encoding="utf-8"))


def _alt(phrases) -> str:
    """A regex alternation of phrases, longest first, spaces matching any run of spaces."""
    return "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in sorted(set(phrases), key=len, reverse=True))


def _not_after(words) -> str:
    """Lookbehinds: not right after any of these words ("hạn cuối" is a deadline, not the last item)."""
    return "".join(rf"(?<!\b{w}\s)" for w in words)


def _lying_in(s: dict) -> list[str]:
    """A verb of lying in the text and "ở"/"tại" ("nằm ở", "nằm tại", "thuộc ở"): where the node "chỗ thứ N" is."""
    return [f"{v} {p}" for v in s["place_verbs"] for p in ("o", "tai")]


@lru_cache(maxsize=1)
def structure_patterns() -> dict[str, re.Pattern]:
    s = forms()["structure"]
    noun, count = _alt(s["nouns"]), _alt(s["count_words"])
    ordinal = "|".join(sorted(s["ordinals"], key=len, reverse=True))
    bare = "|".join(w for w in sorted(s["ordinals"], key=len, reverse=True) if w not in ("sau", "nam"))
    return {
        # "<noun> [up to 4 words] thứ <n>|cuối (cùng)|đầu tiên": the n-th child of a container
        "ordinal": re.compile(rf"\b(?P<noun>{noun})\b(?P<mid>(?:\s+[a-z]+){{0,4}}?)\s+(?:thu\s+(?P<n>\d{{1,2}}|"
                              rf"{ordinal})|{_not_after(s['last_not_after'])}(?P<last>{_alt(s['last'])})\b(?!\s+(?:{_alt(s['last_not'])})\b)|"
                              rf"(?P<first>{_alt(s['first'])})\b(?!\s+(?:{_alt(s['first_not'])})\b))\b"),
        # "phần III", "mục 2.1", "phần ba" (an ordinal word: "thứ" left out); "(được) đánh số 4": the node numbered so
        # "đầu việc số 6", "nhóm số 3": a counted noun numbered with "số" (the figure only: "chương trình số 12-CTr"
        # is a document), or by a dotted number, which only a point of the outline prints ("việc 1.7", "nhiệm vụ 4.2")
        "ref": re.compile(rf"\b(phan|muc|diem|khoan|tiet|y|tieu muc|dau muc|danh so|"
                          rf"(?:{_alt(s['numbered_with_so'])})(?=\s+so\s+\d{{1,2}}(?![\d/-])|\s+\d{{1,2}}\.\d{{1,2}}(?![\d/-])))\s+(?:so\s+|(?:(?<=phan )|(?<=muc ))thu\s+(?=[ivxlc]+\b(?![.,]?\d)))?([ivxlc]+(?:\.\d{{1,2}})*|\d{{1,2}}(?:\.\d{{1,2}})*|"
                          rf"(?:{bare})\b(?!\s+\d))\b(?![.,]?\d)"),
        # "có mấy", "gồm bao nhiêu", "mấy nhiệm vụ"; the counted noun, when named, in group "noun"
        "count": re.compile(rf"\b(?:{_alt(s['count_verbs'])})\s+(?:{count})\b(?:\s+(?P<noun>{noun})\b)?|"
                            rf"\b(?:{count})\s+(?P<noun2>{noun})\b"),
        "list": re.compile(rf"\b(?:{_alt(s['list_cues'])})\b|\bcac (?:{noun})\b.*\b(?:la gi|nao)\b|"
                           rf"\bnhung (?:{noun}|ai|gi)\b.*\b(?:nao|gi)\b|"
                           r"\bgiao (?:cho )?(?:nhung )?(?:ai|co quan nao|don vi nao)\b"),
        "about": re.compile(rf"\b(?:{_alt(s['about_cues'])})\b"),
        # "ai đứng cuối danh sách", "cơ quan nào ở đầu danh sách": a body's place in the list of those assigned work
        # (the groups of "ordinal"); "đứng đầu" alone heads a body, it is no place in a list
        "ordinal_who": re.compile(rf"\b(?P<noun>{_alt(s['bodies'])})(?:\s+nao)?(?P<mid>\s+(?:dung|o|nam|xep))\s+"
                                  rf"(?:(?P<n>(?!x)x)?(?P<last>cuoi)|(?P<first>dau))\s+(?:danh sach|cung|tien)\b"),
        # "(bao nhiêu nhóm …,) cái thứ năm", "cái chót", "chỗ chót": the classifier (or "chỗ", a place in the list)
        # standing for the noun a count before it names (the groups of "ordinal"; no words between: "cái nhóm giải
        # pháp thứ hai" is the noun's own ordinal)
        # (a bare "cuối", "cái cuối nói gì", not of a time, "cái cuối năm")
        "ordinal_pronoun": re.compile(rf"\b(?P<noun>cai|cho)(?P<mid>)\s+(?:thu\s+(?P<n>\d{{1,2}}|{ordinal})|"
                                      rf"(?P<last>cuoi cung|sau cung|sau chot|chot|cuoi(?!\s+(?:{_alt(s['last_not'])})\b))|"
                                      r"(?P<first>dau tien))\b"),
        # "chỗ" stands for a counted noun only as a clause's subject: opening its clause ("…? Chỗ chót", "…, còn chỗ
        # thứ hai"; not the preposition "cho" typed without marks, "giao cho đầu tiên") and its ordinal closing the
        # noun phrase, before a copula, a verb of saying or the clause's end ("chỗ đầu tiên triển khai thí điểm" is
        # a place where something is done)
        "cho_opens": re.compile(rf"(?:^|[,.;:?!(]|\b(?:{_alt(s['clause_openers'])}))\s*$"),
        "cho_closes": re.compile(rf"\s*(?:[,.;:?!)]|$|(?:{_alt(s['cho_predicates'] + _lying_in(s))})\b)"),
        # "(cái cuối cùng) tôi muốn hỏi", "(cái đầu tiên) mà em thắc mắc": the asker's own clause right after
        "asker_clause": re.compile(rf"\s*(?:ma\s+)?(?:{_alt(s['asker_persons'])})\s+(?:\w+\s+)?"
                                   rf"(?P<verb>{_alt(s['asker_verbs'])})\b"),
        # "năm nhóm việc", "bảy ý", "4 nhóm": a count stated, asked with a check (group "noun2" for COUNT's shape)
        "claim": re.compile(rf"\b(?:\d{{1,2}}|{_alt(s['cardinals'])})\s+(?P<noun>{noun})\b(?P<noun2>)"),
        "check": re.compile(rf"\b(?:{_alt(s['check_cues'])})\b"),
    }


@lru_cache(maxsize=1)
def _dialect_about_re() -> re.Pattern:
    t = forms()["typed"]
    end = _alt(t['about_dialect_end'])
    return re.compile(rf"(?<!\w)(?:{_alt(t['about_dialect'])})(?=\s*(?:$|[?.,;:!…]|(?:{end})(?!\w)))")


def asks_about_typed(text: str) -> bool:
    """A question as typed (lower case or not) asks what one node says with the Central "chi" for "gì" ("Điểm 3.2
    ghi cái chi?"); "nói chi tiết", "là chỉ thị" do not."""
    return bool(_dialect_about_re().search(text.lower()))


def asks_about(f: str) -> bool:
    """A folded question asks what something is (about): a summary, purpose or basis cue; a generic noun or
    a quality with a question word ("những vấn đề gì", "điểm nào", "có gì quan trọng"); or, with no question
    word, a question mark after a noun phrase headed by a generic noun ("Những vấn đề cốt yếu mà … đặt ra?",
    "Điểm mấu chốt của …?")."""
    o = forms()["overview"]
    if has_any(f, o["goal"] + o["requirement"] + o["basis"] + o["general"]) or purpose_asked(f) or reason_asked(f):
        return True
    if has_any(f, o["asking"]):
        return has_any(f, o["generic"] + o["quality"])
    return bool(_generic_head_re().match(f)) and f.rstrip().endswith("?")


@lru_cache(maxsize=1)
def _generic_head_re() -> re.Pattern:
    """A question opening on a noun phrase headed by a generic noun ("những vấn đề …", "điểm …")."""
    generic = "|".join(sorted(map(re.escape, forms()["overview"]["generic"]), key=len, reverse=True))
    return re.compile(rf"\s*(?:(?:nhung|cac)\s+)?(?:{generic})\b")


@lru_cache(maxsize=1)
def _purpose_re() -> re.Pattern:
    o = forms()["overview"]
    return re.compile(rf"\b(?:{_alt(o['purpose_markers'])})(?:\s+[a-z]+){{1,3}}?\s+(?:{_alt(o['asking'])})\b")


def purpose_asked(f: str) -> bool:
    """A purpose marker followed by a verb and a question word asks what for: "nhằm giải quyết điều gì"."""
    return bool(_purpose_re().search(f))


def _why_issued_re() -> re.Pattern:
    """'why was it issued': "vì sao/tại sao" then the document as the object of "ra / ban hành / đề ra" ("sao Trung
    ương còn phải ra thêm nghị quyết", "vì sao phải ban hành <văn bản>": a kind word, "nó", or the blanked name or
    nothing, the question's end), as the subject of "ra đời" ("vì sao kế hoạch ra đời", "… ra đời vì sao") or as
    what "có" brings ("vì sao mà có nghị quyết 43"); not "vì sao cần ra sức",
    "tại sao lại đề ra mục tiêu …": what is made then is no document."""
    from rag.question.kinds import KIND_WORDS
    doc = r"(?:" + "|".join(sorted(KIND_WORDS, key=len, reverse=True)) + r"|van ban|no)"
    why = r"\b(?:vi sao|tai sao|sao)\b"
    made = rf"{why}(?:\s+[a-z0-9]+){{0,4}}?\s+(?:phai|lai|can)\s+(?:[a-z]+\s+)?(?:ra|ban hanh|de ra)\b" \
           rf"(?=(?:\s+them)?(?:\s*$|\s*[?.,;!]|\s{{2,}}|\s+{doc}\b))"
    born = rf"{why}\s+(?:{doc}\s+(?:[a-z0-9]+\s+)?)?(?:lai\s+|phai\s+)?ra doi\b"
    # "vì sao mà có Nghị quyết 43", "tại sao lại có kế hoạch này": the document as what came to be, named or blanked
    came = rf"{why}\s+(?:ma\s+)?(?:lai\s+)?co\b(?=(?:\s*$|\s*[?.,;!]|\s{{2,}}|\s+{doc}\b))"
    # "Nghị quyết 43 ra đời vì sao", "kế hoạch này ra đời là do đâu": the question word after "ra đời"
    after = r"\bra doi\s+(?:la\s+)?(?:vi sao|tai sao|do dau|vi dau|vi ly do gi)\b"
    return re.compile(rf"{made}|{born}|{came}|{after}")


_WHY_ISSUED = _why_issued_re()
# the circumstances asked for as what is asked: the object of a verb of telling in a sentence that asks ("Nghị quyết
# nêu bối cảnh, yêu cầu đặt ra như thế nào?"), the noun its question word asks of ("bối cảnh nào", "hoàn cảnh ra
# sao"), or the circumstances of its birth ("hoàn cảnh ra đời", "bối cảnh ban hành"): why it was issued. Not a
# setting of another question ("Với / Trước / Ở / Trong bối cảnh hiện nay, … yêu cầu gì"), nor a hardship ("hộ có
# hoàn cảnh khó khăn")
_CIRCUMSTANCE = r"(?:boi canh|hoan canh)(?!\s+(?:kho khan|dac biet)\b)"
_CONTEXT_ASKED = re.compile(
    rf"\b(?:neu|trinh bay|cho biet|noi ro|tom tat|giai thich|phan tich)\s+(?:(?:ve|cai)\s+)?{_CIRCUMSTANCE}\b"
    r"(?=[^.?!]*(?:\b(?:gi|nao|ra sao|the nao)\b|\?))|"
    rf"\b{_CIRCUMSTANCE}(?:\s+(?:ra doi|ban hanh|luc do|khi do|chung))?\s+(?:la\s+)?(?:nao|gi|ra sao|(?:nhu )?the nao)\b|"
    r"\b(?:boi canh|hoan canh) (?:ra doi|ban hanh)\b")


def why_spans(f: str) -> list[tuple[int, int]]:
    """The spans of a folded question that ask why the document was issued (`reason_asked`)."""
    return [m.span() for c in forms()["overview"]["reason"] for m in phrase_re(c).finditer(f)] + \
        [m.span() for m in _WHY_ISSUED.finditer(f)] + [m.span() for m in _CONTEXT_ASKED.finditer(f)]


def reason_asked(f: str) -> bool:
    """A folded question asks why the document was issued: "ra đời trong bối cảnh nào", "lý do", "sao Trung ương
    còn phải ra thêm …"."""
    return bool(why_spans(f))


def about_tail(f: str) -> str | None:
    """What follows the last cue of a question that asks what something is about ('nói gì về đội ngũ trí
    thức' -> ' về đội ngũ trí thức'); None when it does not ask that."""
    if not asks_about(f):
        return None
    o = forms()["overview"]
    ends = [m.end() for c in o["goal"] + o["basis"] + o["general"] + o["generic"] + o["asking"]
            for m in phrase_re(c).finditer(f)]
    # asked only why it was issued ("… lý do"), or by a generic head and a question mark alone: no cue of what it is
    # about
    return f[max(ends):] if ends else None


@lru_cache(maxsize=1)
def _who_re() -> re.Pattern:
    w = forms()["who"]
    return re.compile(rf"{_not_after(w['not_after'])}\b(?:{_alt(w['asks'])})\b")


def asks_who(f: str) -> bool:
    """A folded question asks which body acts ("ai chủ trì", "cơ quan nào", "Ban nào"; not "văn bản nào")."""
    return bool(_who_re().search(f))
