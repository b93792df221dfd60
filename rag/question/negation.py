"""The words that negate in a question, written once: which folded syllables say "not" and how each is typed (a
question typed with marks has its own: "chứa" is no "chưa", "chặng" no "chẳng"), which of them also close a yes/no
question ("… không?", "… chưa?"), and what a negation word before a verb says when it only softens or connects
("không biết …": the asker does not know, nothing is negated). Read by rag.answerers.outline.node_asks (a pick or a deadline
asked negated), rag.answerers.work.asked and rag.answerers.printed.fill_in (a clause or a blank asked yes or no),
rag.decision.counting (the asking words beside "mấy") and rag.answerers.work.acts (a whole action negated)."""
from __future__ import annotations

import re

from rag.text import typed_one_of

# folded -> as typed, lower case, NFC
NEGATIONS: dict[str, str] = {"khong": "không", "chua": "chưa", "chang": "chẳng"}
YES_NO = ("khong", "chua")          # the negations that also close a yes/no question
# a negation that softens or connects, not one of what is asked ("không biết hạn chót khi nào": a polite ask)
_NOT_NEGATING_AFTER_RE = re.compile(r"\s+(?:biet|ro)\b")
NEGATION_RE = re.compile(r"\b(?:" + "|".join(NEGATIONS) + r")\b")
# the spoken negations beside them ("chả ai lo việc đó"): read only where any negation word in a folded clause
# says the action is negated (rag.answerers.work.acts), never to close a yes/no question
SPOKEN: dict[str, str] = {"cha": "chả"}
ANY_NEGATION_RE = re.compile(r"\b(?:" + "|".join({**NEGATIONS, **SPOKEN}) + r")\b")


def negation_at(folded: str, typed: str, span: tuple[int, int]) -> bool:
    """The folded syllable at `span` negates: one of NEGATIONS as typed (`typed`, same offsets; any reading holds in a
    question typed without marks), not a polite "không biết", "không rõ"."""
    w = folded[span[0]:span[1]]
    return w in NEGATIONS and typed_one_of(typed, span, NEGATIONS[w]) and \
        not _NOT_NEGATING_AFTER_RE.match(folded, span[1])
