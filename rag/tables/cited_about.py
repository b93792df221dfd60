"""A cited document named by no kind word of its own, only as "a document about X" that a held document cites:
"Văn bản về giáo dục lý tưởng, đạo đức cho giới trẻ mà chương trình Cần Thơ nhắc lại là văn bản nào, ai ban
hành?". The last of rag.tables.cited.match's readers.

The question says a generic word for a document ("văn bản", "văn kiện", "tài liệu"), what it is about after "về",
and a verb of citing ("nhắc lại", "dẫn", "căn cứ", "viện dẫn"). The phrase after "về" is read against each cited
row's subject as the citing sentence gives it: the row named is the one whose subject holds most of the phrase's
words, weighted by their rarity in the corpus (a question retells a part of a long subject in its own words, so the
share is of the phrase, not of the subject), when it holds at least ABOUT_SHARE of them and no other row holds as
much. Without a verb of citing the question asks about the held documents ("văn bản nào nói về …"): none is named.
The verb is read as typed ("dân", "nhạc" are no "dẫn", "nhắc"), folded only when the question was typed with no
accents at all (the re-accented text may put the wrong ones: "Cần Thơ dân là"). When the question names held documents ("mà Kế hoạch 21 căn cứ"), only rows they cite count, and a held
document whose title holds the phrase as well as the best row's subject is what is meant: none is named.
"""
from __future__ import annotations

import re

from rag.question.kinds import KIND_WORDS
from rag.question.particles import closing_tail
from rag.search.lexical import rarity
from rag.text import content_terms, fold, phrase_re

ABOUT_SHARE = 2 / 3        # rarity-weighted share of the phrase's words a row's subject must hold
ABOUT_MIN_WORDS = 3        # a shorter phrase ("về dân tộc") names no one document
MARGIN = 0.15              # the best row's share over the next one's
# a document said by no kind of its own, or by its kind word alone (then only rows of that kind count), then what
# it is about ("văn bản về …", "một nghị quyết về công đoàn")
_KINDS = {w: k for w, k in KIND_WORDS.items() if k != "Tin"}
_GENERIC = re.compile(rf"\b(?:van ban|van kien|tai lieu|(?P<kind>{'|'.join(sorted(_KINDS, key=len, reverse=True))}))"
                      r"\s+(?:(?:nao|nay|do|kia|ay|co|ma|rieng)\s+)?(?:noi\s+)?ve\s+")
# where the phrase after "về" ends: a clause break, or the words that take the document up ("mà …", "được …",
# "do …", "là …"); "của", "ở", "trong" stay inside a subject ("hoạt động của Hội …", "dân chủ ở cơ sở")
_PHRASE_END = re.compile(r"[.;:?!]|\s(?:ma|duoc|do|la|thi)\s|$|"
                         # a comma before what is asked of it ("…, số mấy?", "…, ngày nào", "…, do ai ký")
                         r",\s*(?=(?:so (?:may|hieu|bao nhieu|nao)|ngay nao|nam nao|ai|do ai|khi nao|bao gio|la gi|"
                         r"the nao|ra sao)\b)")
# a held document citing it: "nhắc lại", "nhắc tới", "dẫn", "viện dẫn", "trích dẫn", "căn cứ", "đề cập"
# "nêu" cites only after a word of having/asserting ("có nêu một nghị quyết …"; "Kế hoạch nêu …" states its own)
# "ghi chú", "chú thích": cited in a footnote
# (written once, as typed; the folded pattern derived from it, each longest phrase first)
_CITING_PHRASES = ("nhắc lại", "nhắc tới", "nhắc đến", "nhắc", "viện dẫn", "trích dẫn", "dẫn chiếu", "dẫn", "căn cứ",
                   "đề cập", "ghi chú", "chú thích") + tuple(f"{w} nêu" for w in ("có", "đã", "không", "chưa", "được", "đều"))


def _citing_re(folded: bool) -> re.Pattern:
    phrases = sorted({fold(p).lower() if folded else p for p in _CITING_PHRASES}, key=len, reverse=True)
    alts = "|".join(r"\s+".join(map(re.escape, p.split())) for p in phrases)
    return re.compile(rf"\b(?:{alts})\b" if folded else rf"(?<!\w)(?:{alts})(?!\w)")


_CITING, _CITING_TYPED = _citing_re(True), _citing_re(False)


def _phrase(folded: str, typed: str = "") -> tuple[str, int, str | None] | None:
    """The words said after a generic document word's "về", up to where the phrase ends (the particles closing the
    clause left out: "… về công đoàn à?"), where that is, and the kind the document word names (None for "văn
    bản", "văn kiện", "tài liệu"). `typed`: the question as typed with accents, same offsets, when there is one."""
    m = _GENERIC.search(folded)
    if not m:
        return None
    end = _PHRASE_END.search(folded, m.end())
    words = folded[m.end():end.start()].split()
    typed_words = typed[m.end():end.start()].split() if len(typed) == len(folded) else None
    closing = closing_tail(words, typed_words)
    return " ".join(words[:len(words) - closing]), end.start(), _KINDS.get(m.group("kind") or "")


def _cites(folded: str, said: tuple[str, int], u) -> bool:
    """A verb of citing after the phrase, or before it; as typed when the question has accents."""
    text, citing = folded, _CITING
    if u is not None and u.accents_typed:
        text, citing = u.without_doc_names(accented=True).lower(), _CITING_TYPED
        if len(text) != len(folded):
            text, citing = folded, _CITING
    return bool(citing.search(text, said[1]) or citing.search(text[:folded.find(said[0])]))


def _share(weight: dict[str, float], whole: float, words: str) -> float:
    held = set(content_terms(fold(words)))
    return sum(w for t, w in weight.items() if t in held) / whole


def _of_kind(index, terms: list[str], rows: list[dict]) -> list[dict]:
    """The one row of the kind said whose subject holds the phrase: a short one (under ABOUT_MIN_WORDS words, "một
    nghị quyết về công đoàn") as it stands, its syllables side by side ("công bằng … đoàn kết" is not it); a longer
    one every word of it ("nghị quyết về công tác dân vận" is not the one "về công tác dân tộc"). None when several
    rows hold it ("nghị quyết về dân tộc" when two are about it) or a held document's title does."""
    if not terms:
        return []
    if len(terms) < ABOUT_MIN_WORDS:
        said_re = phrase_re(" ".join(terms), digits=False)
        holds = lambda text: bool(said_re.search(fold(text)))
    else:
        holds = lambda text: set(terms) <= set(content_terms(fold(text)))
    rows = [r for r in rows if holds(r.get("subject", ""))]
    if len(rows) != 1 or any(holds(d.entry.get("title", "")) for d in index.docs.values()):
        return []
    return rows


def by_about(index, folded: str, rows: list[dict], u=None) -> list[dict]:
    """The cited row a question names as "văn bản về X" that a held document cites (see the module's docstring).
    `u`: the question's rag.question.route.Understanding, when known (the verb as typed, the held documents named)."""
    said = _phrase(folded, u.without_doc_names(accented=True).lower() if u is not None and u.accents_typed else "")
    if said is None or not _cites(folded, said, u):
        return []
    routed = set(u.routed) if u is not None else set()
    if routed:
        # only what the named held documents cite ("mà Kế hoạch 21 căn cứ": not a row only another one cites)
        rows = [r for r in rows if any(mn["unit_id"].split(":")[0] in routed for mn in r["mentions"])]
    kind = said[2]
    if kind:
        rows = [r for r in rows if r.get("kind") == kind]
    terms = list(dict.fromkeys(t for t in content_terms(said[0]) if not t.isdigit()))
    if kind:
        return _of_kind(index, terms, rows)
    if len(terms) < ABOUT_MIN_WORDS:
        return []
    vocab, total = index.lexical.vocab, index.lexical.vocab_total
    weight = {t: rarity(t, vocab, total) for t in terms}
    whole = sum(weight.values()) or 1.0
    scored = sorted(((_share(weight, whole, r.get("subject", "")), r) for r in rows), key=lambda x: -x[0])
    if not scored or scored[0][0] < ABOUT_SHARE:
        return []
    if len(scored) > 1 and scored[1][0] > scored[0][0] - MARGIN:
        return []
    # a held document's own title fits as well ("văn bản về phát huy sức mạnh đại đoàn kết toàn dân tộc"): it is meant
    if any(_share(weight, whole, d.entry.get("title", "")) >= scored[0][0] for d in index.docs.values()):
        return []
    return [scored[0][1]]
