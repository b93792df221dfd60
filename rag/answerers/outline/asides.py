"""What the asker says aside in a structure question, which names no node to go to (rag.answerers.outline.structure blanks
it before the question is read): a clause saying what they already know before turning, with "còn", to what they
ask ("Phần đầu thì tôi biết là mục đích yêu cầu rồi, còn phần thứ hai nói về gì"), and the children they guess after
a list asked and a colon, to have them checked ("chia ra giao cho những ai: cấp ủy, Hội đồng nhân dân, … phải
không"). Spans of the folded question (the typed one has the same offsets)."""
from __future__ import annotations

import re

from rag.answerers.outline.address import CHECK_RE, LIST_RE
from rag.text import has_diacritics

# "Phần đầu thì tôi biết là mục đích yêu cầu rồi, còn phần thứ hai …": a clause in which the asker says what they
# already know, before a clause that turns to what they ask ("còn …"); from the clause's start to the comma. Not a
# request to be told: "cho em biết phần I nói gì, còn phần II …" asks both ("cho" or "để" before the pronoun)
_KNOWN = re.compile(r"(?:^|(?<=[.?!;:,]))(?P<k>[^.?!;:,]*?\b(?<!cho )(?<!de )(?:toi|em|minh|chung toi|chung em)\s+(?:da\s+)?"
                    r"(?:biet|nam|ro|hieu|doc)\b[^.?!;:,]*)(?=,\s*con\b)")


def known_spans(folded: str, typed: str = "") -> list[tuple[int, int]]:
    """The clauses in which the asker says what they already know before turning, with "còn", to what they ask
    ("Phần đầu thì tôi biết là mục đích yêu cầu rồi, còn phần thứ hai nói về gì"): a node named there is not the
    one asked about. Typed with accents, the pronoun must be typed as one ("tới biết" is none). Offsets of
    `folded` (and `typed`, the same)."""
    out = []
    for m in _KNOWN.finditer(folded):
        if typed and has_diacritics(typed) and not re.search(r"\b(?:tôi|em|mình|chúng tôi|chúng em)\s",
                                                              typed[m.start("k"):m.end("k")].lower()):
            continue
        out.append(m.span("k"))
    return out


def guessed_spans(f: str) -> list[tuple[int, int]]:
    """The children the asker guesses after a list asked and a colon, to have them checked ("chia ra giao cho
    những ai: cấp ủy, Hội đồng nhân dân, … phải không"): the span of the guess, which names no node to go to (the
    list asked is of the node named before it); [] when the sentence asks no list before the colon or no check."""
    out = []
    for m in re.finditer(r"[^.?!]+", f):
        colon = m.group(0).find(":")
        if colon < 0 or not LIST_RE.search(m.group(0)[:colon]):
            continue
        check = CHECK_RE.search(m.group(0), colon)
        if check is not None:
            out.append((m.start() + colon + 1, m.start() + check.start()))
    return out


def aside_spans(f: str, text: str = "") -> list[tuple[int, int]]:
    """Every span the asker says aside: what they know (`known_spans`) and what they guess (`guessed_spans`)."""
    return known_spans(f, text) + guessed_spans(f)
