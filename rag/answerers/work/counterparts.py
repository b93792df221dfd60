"""Within one document of an answer across documents, the passages that have a counterpart in the other documents
come first (rag.answerers.work.tasks).

An answer across documents is read side by side: "so sánh việc giao cho <body> ở <document A>, <document B> và
<document C>" sets the task each document gives the body next to the others'. A central plan often gives one body
several tasks where a province's plan gives it one; the task to lead with is the one the others repeat (plans
carry out the same resolution, and repeat each other's wording: "<body> chủ trì, phối hợp … theo dõi, đôn đốc
…"), not the one the plan happens to print first. A passage's counterpart share is the share of its word pairs
that the closest passage of another document repeats; the order within a document is by that share, highest
first, the document's own order kept among equals.
"""
from __future__ import annotations

from rag.text import fold, nfc, words


def _pairs(text: str) -> set[tuple[str, str]]:
    w = words(fold(nfc(text)))
    return set(zip(w, w[1:]))


def share(text: str, others: list[str]) -> float:
    """The share of `text`'s word pairs that the closest of `others` repeats (0.0 with no others)."""
    mine = _pairs(text)
    if not mine:
        return 0.0
    return max((len(mine & _pairs(o)) / len(mine) for o in others), default=0.0)


def counterparts_first(items: list, text_of, doc_of) -> list:
    """`items` (of several documents) with each document's own items reordered by their counterpart share in the
    other documents, highest first (stable); the documents keep their places. Items of one document only: unchanged."""
    docs = list(dict.fromkeys(doc_of(x) for x in items))
    if len(docs) < 2:
        return list(items)
    texts = [text_of(x) for x in items]
    shares = [share(t, [texts[j] for j, y in enumerate(items) if doc_of(y) != doc_of(x)])
              for t, x in zip(texts, items)]
    out = []
    for d in docs:
        mine = [i for i, x in enumerate(items) if doc_of(x) == d]
        out += [items[i] for i in sorted(mine, key=lambda i: -shares[i])]
    return out
