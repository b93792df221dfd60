"""What a document of a kind the corpus holds none of sets out: beyond what the held texts say of it.

"Cái chiến lược đại đoàn kết … đến 2030 đặt ra mấy chỉ tiêu?" makes the strategy the subject of a verb of setting
out ("đặt ra", "đề ra", "quy định", "nêu", "gồm") and asks what it contains. When no held document is of that kind
(the catalog's kinds: here no "Chiến lược"), the held texts can only mention it (to be drafted, carried out); its
targets are in a text the corpus does not hold. A kind word after a verb ("xây dựng chiến lược …", "triển khai
chiến lược …") or a question about who drafts it and when is left to the other checks: the held texts print that.
"""
from __future__ import annotations

import re

from rag.decision.cited_subject import EXTRA_KINDS
from rag.question.kinds import KIND_WORDS
from rag.text import fold, has_diacritics

# the kind word opens the clause (its subject): at the start, after punctuation, or after a classifier
_OPEN = r"(?:^|[,.;:?!—–]\s*|(?<![a-z0-9])(?:cai|ban|con)\s+)"
# a verb of setting out, then what is asked of the contents: a count or a list ("có" is left out: "chiến lược có
# những ai soạn" asks who drafts it, which the held texts print)
_SETS = (r"(?:dat ra|de ra|quy dinh|neu ra|neu|gom)\s+(?:(?:tat ca|cu the|duoc)\s+)?"
         r"(?:may|bao nhieu|nhung|cac|gi)(?![a-z0-9])")
# words that end a description before the verb: another clause, or the thing named as what another document gives
# or cites ("chiến lược mà NQ 43 nhắc", "chiến lược do … giao"); read as typed, since folded they are also
# syllables of a description ("giao" / "tôn giáo", "dan" / "dân tộc"); folded only in a question typed without marks
_CLAUSE_WORDS = {"mà", "thì", "giao", "theo", "của", "do", "được", "phải", "nhắc", "dẫn", "trích"}


def unheld_kinds(docs: dict) -> list[str]:
    """Folded kind words of documents no held one is of ("chiến lược", "chỉ thị", "đề án" …), longest first."""
    held = {str(d.entry.get("kind", "")) for d in docs.values()}
    kinds = {k for k, v in KIND_WORDS.items() if v not in held} | set(EXTRA_KINDS)
    return sorted(kinds, key=len, reverse=True)


def unheld_content(text: str, docs: dict) -> str | None:
    """The kind word and description as typed ("chiến lược đại đoàn kết toàn dân tộc đến 2030") when the question asks
    what a document of a kind the corpus holds none of sets out; None otherwise."""
    f = fold(text).lower()
    if len(f) != len(text):
        return None
    kinds = "|".join(unheld_kinds(docs))
    pattern = re.compile(rf"{_OPEN}(?P<thing>(?P<kind>{kinds})(?P<desc>(?:\s+\S+){{1,12}}?))\s+{_SETS}")
    for m in pattern.finditer(f):
        said = text[m.start("desc"):m.end("desc")].lower().split()
        clause = _CLAUSE_WORDS if has_diacritics(text) else {fold(w) for w in _CLAUSE_WORDS}
        if set(said) & clause:
            continue
        return text[m.start("thing"):m.end("thing")]
    return None
