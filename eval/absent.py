"""Near-misses of a kind the corpus can verify: a real document asked about a topic it never treats.

`topic-absent`: "<document> nói gì về <topic>?" (and two other wordings) for a topic of public life from
eval/data/absent_topics.txt (written from general knowledge, never from an eval question) that no document
prints -> not answerable. `topic-present`: the same wordings for the heading of a titled part of that
document (its own words) -> answerable. Deterministic; never derived from any eval question.
"""
from __future__ import annotations

from pathlib import Path

from rag.search.lexical import prints_phrase
from rag.tables.outline import STRUCTURAL, outline_of
from rag.text import fold, words

TOPICS = Path(__file__).resolve().parent / "data" / "absent_topics.txt"
FORMS = ("{label} nói gì về {topic}?", "{label} quy định {topic} như thế nào?", "{label} có đề cập đến {topic} không?")


def topics(index) -> list[str]:
    """The listed topics the corpus never prints."""
    out = []
    for line in TOPICS.read_text(encoding="utf-8").splitlines():
        t = line.strip()
        if t and not t.startswith("#") and not prints_phrase(" ".join(words(fold(t))), index.lexical.accents):
            out.append(t)
    return out


def generate(index) -> dict[str, list[dict]]:
    out: dict[str, list[dict]] = {"topic-absent": [], "topic-present": []}
    absent = topics(index)
    docs = [d for d in index.docs.values() if d.entry.get("kind") != "Tin"]
    for n, topic in enumerate(absent):
        doc = docs[n % len(docs)]
        out["topic-absent"].append({"question": FORMS[n % len(FORMS)].format(label=doc.label, topic=topic),
                                    "answerable": False})
    n = 0
    for doc in docs:
        root = outline_of(index, doc.doc_id)
        for node in root.walk() if root else ():
            if node.kind in STRUCTURAL and node.title and 3 <= len(node.title.split()) <= 10:
                q = FORMS[n % len(FORMS)].format(label=doc.label, topic=node.title[:1].lower() + node.title[1:])
                out["topic-present"].append({"question": q, "answerable": True})
                n += 1
    return out
