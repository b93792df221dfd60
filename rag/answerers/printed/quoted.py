"""Where the documents print a phrase the question quotes ("Câu “dân biết, dân bàn…” mấy văn bản này chỗ nào nhắc
tới, nhắc đủ câu ra sao?", "Kế hoạch 21 có nhắc “tốt đời, đẹp đạo” không?").

A phrase in quotation marks is the asker's own words for something a document prints word for word: a motto, a
slogan, a title. Retrieval finds the one passage that shares most words with the whole question; the asker wants
every place it is printed. The quoted words (folded; punctuation, a closing "…" and the quotation marks left out;
MIN_SYLLABLES at least) are looked for as one run in every unit (of the scope, when one is set), and the answer
lists the documents named that print them, else every document that does (the resolution before the plans that
carry it out), each with its units that print them, the ones retrieval ranks best for the question first, each
quoted at the sentence that prints the phrase. A document named that does not print it is said so first; asked
which documents do not print it ("Văn bản nào không nhắc tới “…”?"), those of the scope that do not, then where it is.

Taken only when the question asks where or whether it is printed, or how it reads in full (WHERE_CUES), and when
a few units print it: a phrase printed everywhere ("khối đại đoàn kết toàn dân tộc") is a topic, and a phrase no
unit prints is the asker's paraphrase; the other answerers read those.
"""
from __future__ import annotations

import re

from rag.answer import path_tail
from rag.answerers import Context, Structured
from rag.answerers.common import Citer
from rag.answerers.work.doc_order import ordered
from rag.answerers.work.listed import named_or_routed
from rag.decision.slots import expected_slot
from rag.prompts import msg
from rag.question.negation import NEGATIONS
from rag.text import fold, has_diacritics, nfc, words

MIN_SYLLABLES = 3      # a quoted phrase shorter than this is a word, not a phrase to find
MAX_UNITS = 12         # a phrase printed in more units than this is a topic, not a phrase to locate
PER_DOC = 3            # units quoted per document
SENTENCE_CHARS = 360   # the sentence around the phrase quoted up to this long on each side

# a quoted span: straight or curly double quotes, guillemets
QUOTED_RE = re.compile(r"[\"“”«]([^\"“”«»]{3,160})[\"“”»]")
# asking where or whether the documents print it, or how it reads in full (folded)
_WHERE = ("chỗ nào", "ở đâu", "nơi nào", "đoạn nào", "phần nào", "mục nào", "điểm nào", "văn bản nào", "nhắc", "đề cập",
          "có trong", "xuất hiện", "in ở", "ghi ở", "nguyên văn", "những vế", "mấy vế", "đủ câu", "cả câu",
          "câu đầy đủ", "đầy đủ câu", "đưa vào")
# read as typed when the question has accents ("những vế" is no "nhưng về", "đưa vào" no "dựa vào"), folded when not
WHERE_TYPED = re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, _WHERE)) + r")(?!\w)")
WHERE_FOLDED = re.compile(r"\b(?:" + "|".join(map(re.escape, sorted({fold(w) for w in _WHERE}))) + r")\b")
# a noun for a node right before the quote ("phần “Nhiệm vụ cụ thể”"): a heading named, the structure answerer's
NODE_BEFORE = re.compile(r"\b(?:phan|muc|tieu muc|diem|khoan|chuong|nhom|doan)\s*$")
# asking which documents do not print it
NEGATED = re.compile(r"\b(?:" + "|".join(NEGATIONS) + r")\s+(?:he\s+|co\s+)?(?:nhac|de cap|co|neu|ghi|in|dua)\b")


def phrase_of(text: str) -> tuple[str, list[str]] | None:
    """(the quoted phrase as the question writes it, its folded syllables), the first quoted span long enough and
    not a heading named by a noun for a node before it."""
    text = nfc(text)
    for m in QUOTED_RE.finditer(text):
        if NODE_BEFORE.search(fold(text[:m.start()]).lower()):
            continue
        said = m.group(1).strip().rstrip(".…").strip(" ,")
        syllables = words(fold(said).lower())
        if len(syllables) >= MIN_SYLLABLES:
            return said, syllables
    return None


def _run_re(syllables: list[str]) -> re.Pattern:
    """The syllables as one run in folded text, any punctuation or spacing between them."""
    return re.compile(r"(?<![a-z0-9])" + r"[^a-z0-9]+".join(map(re.escape, syllables)) + r"(?![a-z0-9])")


def sentence_span(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence of `text` around [start, end): from after the previous full stop to the next (a semicolon
    separates the tasks of one body, who is named at the sentence's start), SENTENCE_CHARS at most on each side."""
    a = max(text.rfind(". ", 0, start) + 1, start - SENTENCE_CHARS, 0)
    stop = text.find(". ", end)
    b = min(stop + 1 if stop >= 0 else len(text), end + SENTENCE_CHARS)
    return a + (len(text[a:b]) - len(text[a:b].lstrip())), b


_FOLDED: dict[str, list[tuple]] = {}


def _body_folded(index) -> list[tuple]:
    """(unit, its folded lower-case text) of every body unit of the loaded build, folded once per build (as
    rag.answerers.work.carried keeps its map): every question that fires this answerer reads them all."""
    key = getattr(index, "build_id", None) or str(id(index))
    if key not in _FOLDED:
        _FOLDED.clear()
        _FOLDED[key] = [(u, fold(u.text).lower()) for u in index.units.values() if u.kind == "body"]
    return _FOLDED[key]


def answer(ctx: Context) -> Structured | None:
    got = phrase_of(ctx.question)
    typed = nfc(ctx.u.text).lower()
    if got is None or not (WHERE_TYPED.search(typed) if has_diacritics(typed) else WHERE_FOLDED.search(ctx.u.folded)):
        return None
    if expected_slot(ctx.u.text) not in (None, "place"):
        return None                      # a date, a number, a name asked of it is another question ("ở đâu" is ours)
    said, syllables = got
    run = _run_re(syllables)
    docs = ctx.index.docs
    printing: dict[str, list] = {}
    for unit, folded in _body_folded(ctx.index):
        if not ctx.scope or unit.doc_id in ctx.scope:
            m = run.search(folded)
            if m:
                printing.setdefault(unit.doc_id, []).append((unit, m.span()))
    total = sum(len(v) for v in printing.values())
    if not total or total > MAX_UNITS:
        return None
    named = named_or_routed(ctx.u, docs)
    if NEGATED.search(ctx.u.folded):     # which documents do not print it: those, then where it is printed
        named = named or [d for d in docs if not ctx.scope or d in ctx.scope]
    missing = [d for d in named if d not in printing]
    # the documents named that print it; when none does, where it is printed instead
    shown = ordered([d for d in named if d in printing] or list(printing), ctx.u, docs, plan_first=False,
                    carried_first=True)
    rank = {p.unit.unit_id: i for i, p in enumerate(ctx.passages)}
    citer, lines = Citer(ctx.index), []
    if missing:
        lines.append(msg("quoted_missing", phrase=said, docs="; ".join(docs[d].label for d in missing)))
    lines.append(msg("quoted_lead", phrase=said, units=sum(len(printing[d]) for d in shown), count=len(shown),
                     docs="; ".join(docs[d].label for d in shown)))
    for d in shown:
        mine = sorted(printing[d], key=lambda x: (rank.get(x[0].unit_id, len(rank)), x[0].seq))
        lines.append(msg("quoted_doc", doc=docs[d].label, count=len(mine)))
        for unit, (s, e) in mine[:PER_DOC]:
            n, quote = citer.cite(unit, sentence_span(unit.text, s, e))
            lines.append(msg("quoted_unit", path=path_tail(unit), quote=" ".join(quote.split()), n=n))
        if len(mine) > PER_DOC:
            lines.append(msg("quoted_more", count=len(mine) - PER_DOC))
    return Structured(text="\n".join(lines), citations=citer.citations, mode="quoted")
