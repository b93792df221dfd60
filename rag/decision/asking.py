"""The sentences of a question that ask, apart from the ones that set up its context.

A cadre often opens with what prompted the question ("Bà con xã tôi than là cả năm không được gặp lãnh đạo. Kế hoạch
của tỉnh có bắt người đứng đầu đối thoại với dân không?"). The opening sentence's words are the asker's own, which
no document prints; counted with the asking sentence's, they make the passage that answers look as if it covered
little of the question. When a question typed in several sentences marks the ones that ask with "?", the others are
context: the coverage signals (rag.decision.signals.signals) are read on the asking sentences too, and the better of
the two readings counts. A question without a "?", or whose every sentence ends with one, is read whole.

A proper name said only in a context sentence ("Dạ bên tụi em ở Chợ Lớn có nhiều chùa. Nghị quyết … có nói …?") is
where the asker stands, not what is asked (`names_asked`), unless the asking sentence takes the place up again with an
anaphor of place ("tỉnh này", "ở đó", "chỗ đấy") or a possessive ("tỉnh mình", "quê tôi", "bên tụi em"), or takes up
a document ("kế hoạch này"), or the context sentence says what it asks about ("Em hỏi về tỉnh Sóc Trăng. …") or
names a document or body of the place ("Kế hoạch của Tỉnh ủy Sóc Trăng. …"). A demonstrative after a noun that is no place ("mấy cái hội kiểu đó", "lề lối cũ nớ") takes up a
thing of the context, not its place.
"""
from __future__ import annotations

import re

from rag.question.kinds import KIND_WORDS
from rag.question.target import SENTENCE_RE
from rag.text import content_terms, nfc

# nouns of a place or an administrative level, and the demonstratives (Northern, Southern, Central) that take one up
PLACE_NOUNS = ("tỉnh", "thành phố", "huyện", "quận", "thị xã", "xã", "phường", "thị trấn", "địa phương", "vùng",
               "miền", "quê", "nơi", "chỗ", "bên", "làng", "bản", "ấp", "thôn", "khu", "ở", "tại")
DEMONSTRATIVES = ("này", "đó", "ấy", "đấy", "đây", "kia", "nớ", "ni", "nọ")
# the personal pronouns that make a place noun the asker's own ("tỉnh mình", "quê tôi", "bên tụi em", "xã chúng tôi"):
# the Northern and Southern ways of saying "my province", which take up the place the context said; not after "ở" or
# "tại" ("tại tôi" is "because of me")
PRONOUNS = ("chúng tôi", "chúng em", "chúng ta", "chúng mình", "tụi em", "tụi tui", "tụi mình", "bọn tôi", "bọn em",
            "mình", "tôi", "tui", "em", "ta")
_OWN_PLACE_NOUNS = tuple(n for n in PLACE_NOUNS if n not in ("ở", "tại"))
_PLACE_ANAPHOR = re.compile(rf"(?<!\w)(?:{'|'.join(PLACE_NOUNS)})\s+(?:{'|'.join(DEMONSTRATIVES)})(?!\w)", re.I)
_OWN_PLACE = re.compile(rf"(?<!\w)(?:{'|'.join(_OWN_PLACE_NOUNS)})\s+(?:{'|'.join(PRONOUNS)})(?!\w)", re.I)
# a possessive place takes the place up only in a clause that asks (the last one, or one holding a word of asking):
# "Tỉnh mình có kế hoạch … không?" asks of it; "Quê em có nhiều đồng bào Khmer, nghị quyết 43 nói gì …?" describes it
_CLAUSE = re.compile(r"[^,;:]+")
_ASKING_WORD = re.compile(r"(?<!\w)(?:không|gì|nào|ai|sao|bao nhiêu|chưa|đâu|mấy|chi|hông|hả)(?!\w)", re.I)
# the kinds of document (rag.question.kinds, with their marks), and the bodies of a place that issue them
KINDS = tuple(sorted({k.lower() for k in KIND_WORDS.values() if k != "Tin"} | {"văn bản", "đề án"}, key=len, reverse=True))
BODIES = ("tỉnh ủy", "tỉnh uỷ", "thành ủy", "thành uỷ", "huyện ủy", "huyện uỷ", "quận ủy", "quận uỷ", "thị ủy",
          "thị uỷ", "đảng ủy", "đảng uỷ", "ủy ban nhân dân", "uỷ ban nhân dân", "ubnd", "hội đồng nhân dân", "hđnd")
_KIND = re.compile(rf"(?<!\w)(?:{'|'.join(KINDS)})(?!\w)", re.I)
# the asking sentence takes up a document the context names ("kế hoạch này", "chương trình hành động đó")
_DOCUMENT_ANAPHOR = re.compile(rf"(?<!\w)(?:{'|'.join(KINDS)})(?:\s+\w+){{0,3}}?\s+(?:{'|'.join(DEMONSTRATIVES)})(?!\w)",
                               re.I)
# a name inside a document's or a body's name ("Tỉnh ủy Sóc Trăng", "kế hoạch của tỉnh Bạc Liêu"): what is asked,
# not where the asker stands; the name is the run of capitalised words right after the match (`_named_in`)
_NAMED_BODY = (re.compile(rf"(?<!\w)(?:{'|'.join(BODIES)})\s+", re.I),
               re.compile(rf"(?<!\w)(?:{'|'.join(KINDS)})(?:\s+\w+){{0,4}}?\s+của(?:\s+(?:{'|'.join(_OWN_PLACE_NOUNS)}))?\s+",
                          re.I))
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


def _own_place_asked(asking: str) -> bool:
    """A possessive place ("tỉnh mình", "quê tôi") in a clause of the asking sentences that asks (`_ASKING_WORD`, or
    the clause that ends a sentence with "?")."""
    clauses = [c.strip() for c in _CLAUSE.findall(asking) if c.strip()]
    return any(_OWN_PLACE.search(c) and (c.endswith("?") or _ASKING_WORD.search(c)) for c in clauses)


def names_asked(question: str, typed: str | None = None) -> str:
    """The text whose proper names the question asks about: its asking sentences when a context sentence opens it
    and neither takes up the other's place or document (`_PLACE_ANAPHOR`, `_DOCUMENT_ANAPHOR`, `_ASKS_ABOUT`), with
    the context's documents' and bodies' names that hold a proper name (`_NAMED_BODY`: "kế hoạch của Tỉnh ủy Sóc
    Trăng" names what is asked); else the whole question. `typed`: the question before its document names were
    blanked (same offsets), which the context is read on ("Kế hoạch của Tỉnh ủy Sóc Trăng" is partly an alias)."""
    question = nfc(question)
    typed = nfc(typed) if typed is not None and len(nfc(typed)) == len(question) else question
    sentences = [m for m in SENTENCE_RE.finditer(typed) if m.group(0).strip()]
    asks = [m.group(0).strip().endswith("?") for m in sentences]
    if not any(asks) or all(asks):
        return question
    asking = " ".join(question[m.start():m.end()].strip() for m, a in zip(sentences, asks) if a)
    asked_typed = " ".join(m.group(0).strip() for m, a in zip(sentences, asks) if a)
    context = " ".join(m.group(0) for m, a in zip(sentences, asks) if not a)
    taken_up = _DOCUMENT_ANAPHOR.search(asked_typed) and _KIND.search(context)     # a document the context names
    if (_ASKS_ABOUT.search(context) or _PLACE_ANAPHOR.search(asked_typed) or taken_up
            or _own_place_asked(asked_typed)):
        return question
    named = _named_in(context)
    return f"{asking} {named}" if named else asking


def _named_in(context: str) -> str:
    """The documents' and bodies' names of the context that hold a proper name ("Tỉnh ủy Sóc Trăng"), joined."""
    out = []
    for m in (m for pattern in _NAMED_BODY for m in pattern.finditer(context)):
        words = []
        for w in context[m.end():].split():
            w = w.strip(".,;:!?()\"'«»")
            if not w or not w[0].isupper():
                break
            words.append(w)
        if words:
            out.append(m.group(0) + " ".join(words))
    return " ".join(out)
