"""A blank to fill ("Điền vào chỗ trống: xây dựng và phát triển thành phố Cần Thơ ngày càng …"): the asker copies the
document's words up to the blank (an ellipsis "…" or "...", or a run of underscores), and the blank is what is
asked: a word of filling ("điền", "hoàn thành câu", "viết tiếp") or nothing asked after the blank (a quotation
followed by "… là văn bản nào?", "… nghĩa là gì?", "… có trong Kế hoạch 21 không?" asks something else). The unit that prints those words,
folded, adjacent and in order, answers whatever else the question asks; a unit printing the words copied after the
blank too, in the same sentence, comes first. Its sentence holding them, to its end (the words that fill the blank), is quoted and cited: in the documents the
question names, else in each document that prints them, the one highest in the issuers' hierarchy first (plans
copy their resolution's words). Copied words no unit prints (a paraphrase, a text the documents do not hold) leave
the question to the others.
"""
from __future__ import annotations

import re

from rag.answerers import Structured
from rag.answerers.common import Citer, inline
from rag.answerers.work.doc_order import level_rank
from rag.prompts import msg
from rag.question.negation import YES_NO
from rag.question.target import ASKS_RE, SENTENCE_RE
from rag.text import WORD_RE, fold

_BLANK = re.compile(r"\u2026|\.{3,}|_{3,}")
# where the copied words start: after the last colon, quotation mark or sentence end before the blank (a ";" inside
# the copied words is the document's: "… phồn vinh, hạnh phúc; …")
_OPENS = re.compile(r".*[:\u201c\"'?!]|.*[.](?=\s)", re.S)
# a word of filling a blank, folded ("điền vào chỗ trống", "điền tiếp", "hoàn thành câu", "viết tiếp", "nối tiếp");
# "dien" alone is also "diện" ("toàn diện"): only before the words that go with filling, or a colon
_FILL = re.compile(r"(?<![a-z0-9])(?:dien(?=\s*(?::|vao|tiep|cho|not|giup|di|nhe|\.|$))|cho trong|"
                   r"hoan (?:thanh|chinh) (?:cau|doan|noi dung)|(?:viet|noi|doc) tiep)(?![a-z0-9])")
MIN_WORDS = 5          # fewer copied words may be any sentence's ("nhằm …")
MAX_DOCS = 3           # words several documents print (a plan copies its resolution): each one's unit, best-ranked first


def copied_words(question: str) -> list[str]:
    """The folded words the question copies up to its first blank ([] when it has no blank or copies too few)."""
    m = _BLANK.search(question)
    if not m:
        return []
    head = question[:m.start()]
    opened = _OPENS.match(head)
    words = WORD_RE.findall(fold(head[opened.end() if opened else 0:]).lower())
    return words if len(words) >= MIN_WORDS else []


def blank_asked(question: str) -> bool:
    """The blank is what the question asks: a word of filling, or no question word after the blank ("Đại đoàn kết toàn dân tộc là …?" asks the blank; "tăng cường đồng thuận xã hội… là mục tiêu
    của văn bản nào?", "… nghĩa là gì?", "… có trong Kế hoạch 21 không?" ask something of the quoted words)."""
    f = fold(question).lower()
    if _FILL.search(f):
        return True
    m = _BLANK.search(question)
    # any question word after the blank asks ("… là mục tiêu của văn bản nào"); the yes/no tails only at the end
    # (the copied words may print "không ngừng", "chưa")
    return m is not None and not any(a.group(0) not in YES_NO or not f[a.end():].strip(" ?.!")
                                     for a in ASKS_RE.finditer(f, m.end()))


def words_after(question: str) -> list[str]:
    """The folded words the question copies after its first blank, up to the next stop or quotation mark ("Đại
    đoàn kết toàn dân tộc là …, đường lối chiến lược quan trọng" -> đường lối chiến lược quan trọng)."""
    m = _BLANK.search(question)
    if not m:
        return []
    tail = re.split(r"[.?!;:\u201d\"\u2026]|\.{3}|_{3}", question[m.end():], maxsplit=1)[0]
    return WORD_RE.findall(fold(tail).lower())


def _joined(words: list[str]) -> str:
    return r"[\W_]+".join(map(re.escape, words))


def _sentence(text: str, a: int, b: int) -> tuple[int, int]:
    """The sentences of `text` holding [a, b), whole (a ";" or ":" ends none: the words after the copied ones, which
    fill the blank, are printed)."""
    spans = [m.span() for m in SENTENCE_RE.finditer(text) if m.end() > a and m.start() < b]
    if not spans:
        return 0, len(text)
    start = spans[0][0]
    return start + len(text[start:a]) - len(text[start:a].lstrip()), spans[-1][1]


def answer(ctx) -> Structured | None:
    words = copied_words(ctx.question)
    if not words or not blank_asked(ctx.question):
        return None
    pattern = re.compile(r"(?<![^\W_])" + _joined(words) + r"(?![^\W_])")
    after = words_after(ctx.question)
    # the words after the blank, when the question copies some, follow within a sentence
    closed = re.compile(r"(?<![^\W_])" + _joined(words) + r"[^.;!?]{1,200}?(?<![^\W_])" + _joined(after) +
                        r"(?![^\W_])") if len(after) >= 2 else None
    routed = ctx.scope or ctx.u.routed
    ranked = [p.unit for p in ctx.passages]
    units = [u for u in ranked if not routed or u.doc_id in routed]
    listed = {u.unit_id for u in units}
    units += [u for d in (routed or ctx.index.docs) for u in ctx.index.doc_units(d) if u.unit_id not in listed]
    if closed is not None:
        units.sort(key=lambda u: closed.search(fold(u.text).lower()) is None)
    hits: list[tuple] = []
    for unit in units:
        if unit.kind in ("header", "signature") or any(unit.doc_id == h[0].doc_id for h in hits):
            continue
        folded = fold(unit.text).lower()
        hit = pattern.search(folded)
        if hit:
            # the sentence holding the words (the whole unit when folding moved its offsets)
            hits.append((unit, _sentence(unit.text, *hit.span()) if len(folded) == len(unit.text) else (0, len(unit.text))))
            if len(hits) == MAX_DOCS:
                break
    # words several documents print: the one highest in the issuers' hierarchy first (plans copy the resolution)
    hits.sort(key=lambda h: level_rank(ctx.index.docs[h[0].doc_id].entry))
    citer, lines = Citer(ctx.index), []
    for unit, span in hits:
        n, quote = citer.cite(unit, span)
        lines += [msg("lead_one", doc=ctx.index.docs[unit.doc_id].label),
                  msg("quote_item", heading=" › ".join(unit.path.split(" › ")[1:]), quote=inline(quote), n=n)]
    return Structured("\n".join(lines), citer.citations, "fill_in") if lines else None
