"""The sentences of a question that ask, apart from the ones that set up its context.

A cadre often opens with what prompted the question ("Bà con xã tôi than là cả năm không được gặp lãnh đạo. Kế hoạch
của tỉnh có bắt người đứng đầu đối thoại với dân không?"). The opening sentence's words are the asker's own, which
no document prints; counted with the asking sentence's, they make the passage that answers look as if it covered
little of the question. When a question typed in several sentences marks the ones that ask with "?", the others are
context: the coverage signals (rag.decision.signals.signals) are read on the asking sentences too, and the better of
the two readings counts. A question without a "?", or whose every sentence ends with one, is read whole.

A proper name said only in a context sentence ("Dạ bên tụi em ở Chợ Lớn có nhiều chùa. Nghị quyết … có nói …?") is
where the asker stands, not what is asked (`names_asked`), unless the asking sentence takes the place up again with an
anaphor of place ("tỉnh này", "ở đó", "chỗ đấy") or the context sentence says what it asks about ("Em hỏi về tỉnh
Sóc Trăng. …"). A demonstrative after a noun that is no place ("mấy cái hội kiểu đó", "lề lối cũ nớ") takes up a
thing of the context, not its place.
"""
from __future__ import annotations

import re

from rag.question.target import SENTENCE_RE
from rag.text import content_terms, nfc

# nouns of a place or an administrative level, and the demonstratives (Northern, Southern, Central) that take one up
PLACE_NOUNS = ("tỉnh", "thành phố", "huyện", "quận", "thị xã", "xã", "phường", "thị trấn", "địa phương", "vùng",
               "miền", "quê", "nơi", "chỗ", "bên", "làng", "bản", "ấp", "thôn", "khu", "ở", "tại")
DEMONSTRATIVES = ("này", "đó", "ấy", "đấy", "đây", "kia", "nớ", "ni", "nọ")
_PLACE_ANAPHOR = re.compile(rf"(?<!\w)(?:{'|'.join(PLACE_NOUNS)})\s+(?:{'|'.join(DEMONSTRATIVES)})(?!\w)", re.I)
# the context sentence says what the question is about: a verb of asking, then "về"
_ASKS_ABOUT = re.compile(r"(?<!\w)hỏi\s+(?:\w+\s+){0,2}?về(?!\w)", re.I)


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


def names_asked(question: str) -> str:
    """The text whose proper names the question asks about: its asking sentences when a context sentence opens it
    and neither takes up the other's place (`_PLACE_ANAPHOR`, `_ASKS_ABOUT`); else the whole question."""
    asking = asking_sentences(question)
    if asking is None:
        return question
    context = " ".join(m.group(0) for m in SENTENCE_RE.finditer(nfc(question)) if not m.group(0).strip().endswith("?"))
    if _ASKS_ABOUT.search(context) or _PLACE_ANAPHOR.search(asking):
        return question
    return asking
