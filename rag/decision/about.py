"""The topic a question states with "về" (about) that no document of the corpus prints.

"Kế hoạch 21 nói gì về phát triển năng lượng mặt trời?" states its topic after "về". When the nearest passages answer
only weakly (a score under the caution line of the answerability model) and the whole corpus never prints that
topic keeping the accents (rag.decision.accents: a synonym or meaning-neighbour of the phrase counts as printed),
the passages answer another question. Only the phrase after "về" is read: a paraphrase's everyday words elsewhere
in a question ("bên quân đội", "tóm tắt") are unprinted as often as an absent topic's, and measured on the dev
splits of the 13 sets they are (2026-11-27: in the caution zone the "về" topic flags the one near-miss q133 and no
answerable question; over the whole question it flags three answerable ones as well).
"""
from __future__ import annotations

import re

from rag.decision.accents import TEXT_VIEWS, absent_topic, text_view
from rag.decision.wordclass import content_only
from rag.search.lexical import lexical_text
from rag.text import content_terms

# "về <topic>" up to the end of its clause; not the verb "về" (to come back) after a verb of going, "đi lính về",
# "đi làm về giờ ở nhà", "trở về", "quay về" ("đi sâu về …" is "about")
_ABOUT_RE = re.compile(r"(?<!\w)(?<!\btrở )(?<!\bquay )(?<!\bđi về )(?<!\bđi lính )(?<!\bđi làm )(?<!\bđi học )"
                       r"(?<!\bđi chợ )(?<!\bđi xa )(?<!\bđi ra )về\s+([^?.,;:!]+)", re.I)
_TEXTS: dict[tuple[str, str | None], str] = {}


def corpus_text(index) -> str:
    """Every unit's text of the build, once per build."""
    return _text(index, None)


def document_text(index, doc_id: str) -> str:
    """Every unit's text of one document of the build, once per build (rag.decision.topic_absent.topic_not_printed)."""
    return _text(index, doc_id)


def _text(index, doc_id: str | None) -> str:
    key = (index.build_id, doc_id)
    if key not in _TEXTS:
        if any(b != index.build_id for b, _ in _TEXTS):
            _TEXTS.clear()
        docs = index.docs if doc_id is None else [doc_id]
        _TEXTS[key] = " ".join(lexical_text(x) for d in docs for x in index.doc_units(d))
    return _TEXTS[key]


def warm(index) -> None:
    """Read the corpus, and each document when all fit in the kept views (TEXT_VIEWS), as absent_topic does, once,
    before the first question (≈ 0.2 s of CPU for the corpus, 50 ms for a document, that a question would pay)."""
    text_view(corpus_text(index))
    if len(index.docs) < TEXT_VIEWS:
        for d in index.docs:
            text_view(document_text(index, d))


def about_absent(bare: str, whole: str, index, near: dict | None = None) -> str | None:
    """The topic (2-4 syllables, lower case) a "về" phrase of the question names that no document prints; None when
    the question has no "về" phrase or the corpus prints its topic. `bare`: the question without its document
    names; `whole`: as typed (the tagger reads it)."""
    for m in _ABOUT_RE.finditer(bare):
        span = m.group(1)
        terms = content_only(content_terms(span), span)
        topic = absent_topic(bare, terms, corpus_text(index), near, whole=whole) if terms else None
        if topic:
            return topic
    return None
