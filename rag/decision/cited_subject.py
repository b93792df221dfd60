"""Whose metadata a question asks: a document it names only by kind and description, cited by a held one.

"Chiến lược quốc gia phát triển đội ngũ doanh nhân mà NQ43 nhắc tới có số hiệu là gì?" names a held
document (NQ43) only as the one that cites; the number asked is the cited thing's. Vietnamese says so with
a citing verb: "<kind> <description> mà <held document> nhắc tới / viện dẫn / dẫn / đề cập", or "<held
document> có nhắc <kind> <description>". The held document's header answers nothing about it: a unit can
answer only when it prints the description (its rarer words, and every number or numeral it gives) in one
sentence. (A cited document the cited-documents table knows is answered before, by rag.answerers.printed.mentions.)
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from rag.decision.names import contains_named
from rag.decision.slots import slot_filled
from rag.search.lexical import rarity
from rag.question.kinds import KIND_WORDS
from rag.text import content_terms, fold, sentences, words

# kinds of documents a text cites, beyond the catalog's kind words (folded)
EXTRA_KINDS = ("chien luoc", "de an", "nghi dinh", "thong tu", "phap lenh", "hien phap", "dieu le", "quy che")
_KINDS = sorted({k for k, v in KIND_WORDS.items() if v != "Tin"} | set(EXTRA_KINDS), key=len, reverse=True)
# ("luật" of "pháp luật", "kỷ luật" names no law)
_KIND_RE = re.compile(rf"(?<![a-z])(?<!phap )(?<!ky )({'|'.join(_KINDS)})(?![a-z])")
# folded citing verbs ("mentions", "cites", "refers to")
_CITING = r"(?:nhac den|nhac toi|nhac lai|nhac|vien dan|trich dan|dan chieu|dan|de cap den|de cap toi|de cap|neu)"
_CITING_AFTER_RE = re.compile(rf"^\s*ma\s+(?:[a-z0-9/-]+\s+){{0,8}}?(?:co\s+)?{_CITING}(?![a-z])")
# (an article or classifier may come between the verb and the kind: "có nhắc một nghị quyết …", "viện dẫn cái chỉ thị …")
# ("nêu" only after a word that makes it a verb, "có/đã/không nêu": folded, "nếu một nghị quyết …" opens a condition)
_CITING_BEFORE = _CITING.replace("|neu)", "|(?:(?<=co )|(?<=da )|(?<=duoc )|(?<=khong )|(?<=chua )|(?<=deu ))neu)")
_CITING_BEFORE_RE = re.compile(rf"(?<![a-z]){_CITING_BEFORE}(?:\s+(?:den|toi))?(?:\s+(?:mot|cai|ban|mot cai|mot ban))?\s*$")
# where the description of the cited thing ends
# (and the particle closing a yes/no question: "… có nhắc đề án về du lịch cộng đồng không, số mấy?", "… không hay
# chỉ nhắc nghị quyết?", "… hay là …")
_DESC_END_RE = re.compile(r"\s+ma\s+|[,?;.]|\s+(?:so hieu|so may|ban hanh|da |duoc |la |ky |thi |do )|"
                          r"\s+(?:khong|chua|hong|ko)\s*(?=[,?;.]|$)|"
                          r"\s+(?:khong|chua|hong|ko)\s+(?:hay|hoac)(?![a-z])|\s+hay\s+(?:la|khong|chi)(?![a-z])")
# what may follow a kind word without naming another document ("nghị quyết này", "nghị quyết đó", "nghị quyết nào")
_NOT_NAMING = {"nay", "do", "nao", "tren", "ay", "kia", "ma", "thi", "co"}
# where a clause opens: the start, punctuation, or a classifier ("cái", "bản")
_OPENS_RE = re.compile(r"(?:^|[,.;:?!—–(]\s*|(?<![a-z0-9])(?:cai|ban|con)\s+)$")
BIND_SHARE = 2 / 3      # rarity-weighted share of the description's words one sentence must print


@dataclass(frozen=True)
class CitedThing:
    shown: str            # as the question prints it ("Chiến lược quốc gia phát triển đội ngũ doanh nhân đến 2030")
    kind: str             # its kind word, folded ("chien luoc")
    terms: tuple[str, ...]  # folded content words of its description
    named: tuple[str, ...]  # numbers and Roman numerals of its description ("4", "xii"): strict


def cited_thing(u) -> CitedThing | None:
    """The document a question names by kind and description as cited by a held document, if any."""
    f = u.folded
    for m in _KIND_RE.finditer(f):
        if any(a <= m.start() < b for a, b in u.alias_spans):
            continue
        rest = f[m.end():]
        first = rest.split()[:1]
        if not first or first[0] in _NOT_NAMING or first[0].isdigit() or first[0] == "so":
            continue
        end = _DESC_END_RE.search(rest)
        desc_end = m.end() + (end.start() if end else len(rest))
        cited_after = _CITING_AFTER_RE.search(f[desc_end:]) is not None
        cited_before = _CITING_BEFORE_RE.search(f[:m.start()]) is not None
        # a kind no held document is of (EXTRA_KINDS: "Chiến lược …", "Đề án …") opening its clause, the subject of
        # the question ("Cái Chiến lược … mà Mặt trận chủ trì làm đó, số mấy?"): only cited, whatever verb says so
        unheld = m.group(1) in EXTRA_KINDS and _OPENS_RE.search(f[:m.start()]) is not None
        if not (cited_after or cited_before or unheld):
            continue
        desc = f[m.end():desc_end]
        # "<kind> của <issuer> về <subject>": the subject is what names it (an issuer issues many)
        about = re.search(r"(?<![a-z])ve\s+(.+)", desc)
        subject = _KIND_RE.sub(" ", about.group(1) if about else desc)     # "… và các nghị quyết": no subject
        terms = tuple(t for t in content_terms(subject) if t != "ve")
        if len(terms) < 2:
            continue
        dw = words(desc)
        # numbers, and Roman numerals after "khóa" / "lần thứ" (a term of the Central Committee)
        named = tuple(w for i, w in enumerate(dw) if w.isdigit() or
                      (re.fullmatch(r"[ivx]+", w) and i and dw[i - 1] in ("khoa", "thu")))
        return CitedThing(u.text[m.start():desc_end].strip(), m.group(1), terms, named)
    return None


# a day-level date as documents are dated ("ngày 12/6/2021", "ngày 24 tháng 11 năm 2023"), folded
_DAY_RE = re.compile(r"\bngay \d{1,2}(?: thang \d{1,2}| \d{1,2} \d{4})|\b\d{1,2}/\d{1,2}/\d{4}")


def _mentions(sentence: str) -> list[tuple[str, str]]:
    """(kind word, the words up to the next kind word) for each document a folded sentence names: "Chỉ thị số
    18-CT/TW ngày 10/01/2018 … về công tác tôn giáo, Kết luận số 21-KL/TW …" is two mentions."""
    out: list[tuple[str, str]] = []
    for m in _KIND_RE.finditer(sentence):
        before = sentence[out[-1][1]:m.start()] if out else ""
        if before.count("“") > before.count("”"):
            continue        # named inside the previous one's quoted subject ("… “về tiếp tục thực hiện Nghị quyết …”")
        out.append((m.group(1), m.start()))
    ends = [start for _, start in out[1:]] + [len(sentence)]
    return [(kind, sentence[start + len(kind):end]) for (kind, start), end in zip(out, ends)]


def prints_thing(thing: CitedThing, text: str, vocab: dict[str, int], total: int, facts: list[str]) -> bool:
    """Whether a unit's text names the thing with the facts asked of it: a mention of a document of its kind (a
    sentence's words from the kind word to the next one) that gives every number and numeral of the description
    and the facts asked ("number": a document number, "date": a day-level date; others are not checked), and
    most of the description's words (weighted by rarity) in the mention or before any mention (in its sentence
    or in the paragraph's lead)."""
    weight = {t: rarity(t, vocab, total) for t in thing.terms}
    spans = sentences(text)
    # a paragraph's lead ending in a colon says what each of its sentences is for ("Hỗ trợ người Việt Nam ở nước
    # ngoài: Tiếp tục triển khai thực hiện Chỉ thị số 12-CT/TW …")
    lead = fold(text[spans[0][0]:spans[0][1]]).lower() if spans and text[:spans[0][1]].rstrip().endswith(":") else ""

    def share(said: str) -> float:
        said = " " + " ".join(words(said)) + " "
        return sum(w for t, w in weight.items() if f" {t} " in said) / (sum(weight.values()) or 1.0)

    for a, b in spans:
        sent = fold(text[a:b]).lower()
        first = _KIND_RE.search(sent)
        # its subject is said in the mention itself, or before any mention: in the sentence or in the lead
        before = lead + " " + (sent[:first.start()] if first else "")
        for kind, rest in _mentions(sent):
            s = " " + " ".join(words(rest)) + " "
            if kind != thing.kind or not all(contains_named(s, n) for n in thing.named):
                continue
            if "number" in facts and not slot_filled("number", rest):
                continue
            if "date" in facts and not _DAY_RE.search(rest):
                continue
            if share(before + " " + rest) >= BIND_SHARE:
                return True
    return False
