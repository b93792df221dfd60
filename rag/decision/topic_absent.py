"""The topic a document the question names never prints, and the part its nearest passage stands in
(rag.decision.accents): a refusal naming what is not there."""
from __future__ import annotations

import re

from rag.index import LoadedIndex
from rag.decision.about import document_text
from rag.decision.accents import absent_topic
from rag.decision.wordclass import content_only
from rag.prompts import msg
from rag.question.route import Understanding
from rag.types import Passage

# a heading that is only a label ("gạch đầu dòng 2", "2.2"): not a part a cadre recognises
_LABEL_ONLY = re.compile(r"^\s*(gạch đầu dòng|đoạn|điểm|tiểu mục)?\s*[\dIVXivx.]*\s*$", re.I)


def topic_not_printed(question_text: str, u: Understanding, top: list[Passage], terms: list[str],
                      index: LoadedIndex, near: dict | None) -> tuple[str, str] | None:
    """(the refusal that names the topic the routed document never prints (rag.decision.accents), the sentence
    naming the part its nearest passage stands in, listed beside it); None unless the question names exactly one
    document, or when it prints every term."""
    if len(u.routed) != 1:           # two documents named: one not printing the topic says nothing of the other
        return None
    doc = index.docs[u.routed[0]]
    nearest = next((p.unit for p in top if p.unit.doc_id == doc.doc_id and p.unit.headings), None)
    if nearest is None:
        return None
    text = document_text(index, doc.doc_id)
    # the asker's function and discourse words are no topic (rag.decision.wordclass): "bên" of "giao cho bên quân đội"
    topic = absent_topic(question_text, content_only(terms, question_text), text, near, whole=u.text)
    if not topic:
        return None
    # the nearest titled heading; under headings that are only labels ("6"), the passage's own opening words
    part = next((h for h in reversed(nearest.headings) if not _LABEL_ONLY.match(h)), nearest.text)
    part = part if len(part) <= 80 else part[:80].rsplit(" ", 1)[0] + "…"
    return msg("refusal_topic", doc=doc.label, topic=topic), msg("nearest_part", nearby=part)
