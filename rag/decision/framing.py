"""The words with which a question asks whether a document speaks of something ("có nhắc tới … không", "được đề
cập": the frames of rag/data/across.tsv without a question word) say how it asks, not what about. A document never prints "nhắc tới": counted
in the decision's coverage, such a word makes a passage that holds the whole subject look as if it missed part of
it. The frames are the table's own; the topic of the across answerer leaves them out the same way."""
from __future__ import annotations

from rag.text import words


def frame_syllables(u) -> frozenset[str]:
    """Folded syllables the question (its understanding `u`) says only inside the table's frames."""
    from rag.answerers.asked import _ASK_WORDS, phrase_spans, phrases    # the answerers import the decision: late
    # a frame with a question word in it asks for something ("giao ban nào": the board is the answer's, a passage
    # must print one); only the frames that say how the document is asked ("nhắc tới", "đề cập") are left out
    mention = [f for f in phrases()["frame"] if not set(f.split()) & _ASK_WORDS]
    spans = phrase_spans(u, mention)
    if not spans:
        return frozenset()
    chars = list(u.folded)
    framed: set[str] = set()
    for a, b in spans:
        framed.update(words(u.folded[a:b]))
        chars[a:b] = " " * (b - a)
    return frozenset(framed - set(words("".join(chars))))
