"""A cited document named by no kind word of its own, only as "a document about X" that a held document cites:
"Văn bản về giáo dục lý tưởng, đạo đức cho giới trẻ mà chương trình Cần Thơ nhắc lại là văn bản nào, ai ban
hành?". The last of rag.tables.cited.match's readers.

The question says a generic word for a document ("văn bản", "văn kiện", "tài liệu"), what it is about after "về",
and a verb of citing ("nhắc lại", "dẫn", "căn cứ", "viện dẫn"). The phrase after "về" is read against each cited
row's subject as the citing sentence gives it: the row named is the one whose subject holds most of the phrase's
words, weighted by their rarity in the corpus (a question retells a part of a long subject in its own words, so the
share is of the phrase, not of the subject), when it holds at least ABOUT_SHARE of them and no other row holds as
much. Without a verb of citing the question asks about the held documents ("văn bản nào nói về …"): none is named.
"""
from __future__ import annotations

import re

from rag.search.lexical import rarity
from rag.text import content_terms, fold

ABOUT_SHARE = 2 / 3        # rarity-weighted share of the phrase's words a row's subject must hold
ABOUT_MIN_WORDS = 3        # a shorter phrase ("về dân tộc") names no one document
MARGIN = 0.15              # the best row's share over the next one's
# a document said by no kind of its own, then what it is about
_GENERIC = re.compile(r"\b(?:van ban|van kien|tai lieu)\s+(?:(?:nao|nay|do|kia|ay|co|ma)\s+)?(?:noi\s+)?ve\s+")
# where the phrase after "về" ends: a clause break, or the words that take the document up ("mà …", "được …",
# "do …", "là …"); "của", "ở", "trong" stay inside a subject ("hoạt động của Hội …", "dân chủ ở cơ sở")
_PHRASE_END = re.compile(r"[.;:?!]|\s(?:ma|duoc|do|la|thi)\s|$")
# a held document citing it: "nhắc lại", "nhắc tới", "dẫn", "viện dẫn", "trích dẫn", "căn cứ", "đề cập"
_CITING = re.compile(r"\b(?:nhac(?:\s+(?:lai|toi|den))?|vien dan|trich dan|dan chieu|dan|can cu|de cap)\b")


def _phrase(folded: str) -> tuple[str, int] | None:
    """The words said after a generic document word's "về", up to where the phrase ends, and where that is."""
    m = _GENERIC.search(folded)
    if not m:
        return None
    end = _PHRASE_END.search(folded, m.end())
    return folded[m.end():end.start()], end.start()


def by_about(index, folded: str, rows: list[dict]) -> list[dict]:
    """The cited row a question names as "văn bản về X" that a held document cites (see the module's docstring)."""
    said = _phrase(folded)
    if said is None or not _CITING.search(folded, said[1]) and not _CITING.search(folded[:folded.find(said[0])]):
        return []
    terms = list(dict.fromkeys(t for t in content_terms(said[0]) if not t.isdigit()))
    if len(terms) < ABOUT_MIN_WORDS:
        return []
    vocab, total = index.lexical.vocab, index.lexical.vocab_total
    weight = {t: rarity(t, vocab, total) for t in terms}
    whole = sum(weight.values()) or 1.0
    scored = []
    for r in rows:
        subject = set(content_terms(fold(r.get("subject", ""))))
        scored.append((sum(w for t, w in weight.items() if t in subject) / whole, r))
    scored.sort(key=lambda x: -x[0])
    if not scored or scored[0][0] < ABOUT_SHARE:
        return []
    if len(scored) > 1 and scored[1][0] > scored[0][0] - MARGIN:
        return []
    return [scored[0][1]]
