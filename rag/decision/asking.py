"""The sentences of a question that ask, apart from the ones that set up its context.

A cadre often opens with what prompted the question ("Bà con xã tôi than là cả năm không được gặp lãnh đạo. Kế hoạch
của tỉnh có bắt người đứng đầu đối thoại với dân không?"). The opening sentence's words are the asker's own, which
no document prints; counted with the asking sentence's, they make the passage that answers look as if it covered
little of the question. When a question typed in several sentences marks the ones that ask with "?", the others are
context: the coverage signals (rag.decision.signals.signals) are read on the asking sentences too, and the better of
the two readings counts. A question without a "?", or whose every sentence ends with one, is read whole.
"""
from __future__ import annotations

from rag.question.target import SENTENCE_RE
from rag.text import content_terms, nfc


def asking_sentences(question: str) -> str | None:
    """The question's sentences that end with "?", joined, when some other sentence does not; else None."""
    sentences = [m.group(0).strip() for m in SENTENCE_RE.finditer(nfc(question)) if m.group(0).strip()]
    asking = [s for s in sentences if s.endswith("?")]
    if not asking or len(asking) == len(sentences):
        return None
    return " ".join(asking)


def asking_terms(question: str, terms: list[str]) -> list[str] | None:
    """The asking sentences' content terms, in their order, that are among `terms` (the whole question's); None when
    the question has no context sentence (asking_sentences) or its asking sentences hold none of them."""
    asking = asking_sentences(question)
    if asking is None:
        return None
    wanted = set(terms)
    kept = [t for t in content_terms(asking) if t in wanted]
    return kept or None
