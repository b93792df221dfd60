"""Helpers shared by the structure answerers: the document a question is about, its words once the
document's name is taken out, citing a unit with a quoted span, and quoting a node of the outline."""
from __future__ import annotations

import re

from rag.cite import make_citation
from rag.tables.outline import ONode, first_unit
from rag.text import content_terms, sentences
from rag.types import Unit

QUOTE_WHOLE = 420          # a unit up to this long is quoted whole, else its first sentence(s)


def doc_of(ctx) -> str | None:
    """The one document the question is about: the first it names, else a one-document scope."""
    if ctx.u.routed:
        return ctx.u.routed[0]
    if len(ctx.scope) == 1:
        return ctx.scope[0]
    return None


def without_doc_names(ctx) -> str:
    """The folded question with the spans naming documents blanked out (same offsets)."""
    t = list(ctx.u.folded)
    for a, b in ctx.u.alias_spans:
        t[a:b] = " " * (b - a)
    return "".join(t)


def remaining_terms(folded: str, neutral: set[str], cues: tuple[str, ...] = (),
                    keep: frozenset[str] = frozenset()) -> list[str]:
    """Content terms of a folded text once cue phrases and neutral words are removed (`keep`: stopword
    phrases that count as content here, see rag.text.content_terms)."""
    chars = list(folded)
    for c in cues:                       # every cue's matches are found in the original text (overlaps allowed)
        for m in re.finditer(rf"(?<![a-z]){re.escape(c)}(?![a-z])", folded):
            chars[m.start():m.end()] = " " * (m.end() - m.start())
    return [t for t in content_terms("".join(chars), keep=keep) if t not in neutral]


def has_any(folded: str, cues) -> bool:
    return any(re.search(rf"(?<![a-z0-9]){re.escape(c)}(?![a-z0-9])", folded) for c in cues)


def doc_meta(index, doc_id: str) -> dict:
    e = index.docs[doc_id].entry
    return {k: e.get(k, "") for k in ("kind", "number", "issuer", "date", "title", "signer")}


def quote_span(unit: Unit, whole: int = QUOTE_WHOLE) -> tuple[int, int]:
    """The whole unit when short, else its first sentence (and the next when the first is very short)."""
    if len(unit.text) <= whole:
        return 0, len(unit.text)
    sents = sentences(unit.text)
    a, b = sents[0]
    if b - a < 80 and len(sents) > 1:
        b = sents[1][1]
    return a, b


def inline(text: str) -> str:
    return " ".join(text.split())


class Citer:
    """Numbers citations in order; the same unit and span cited twice keeps its first number."""

    def __init__(self, index):
        self.index, self.citations, self._seen = index, [], {}

    def cite(self, unit: Unit, span: tuple[int, int] | None = None) -> tuple[int, str]:
        span = span or quote_span(unit)
        key = (unit.unit_id, span)
        if key not in self._seen:
            n = len(self.citations) + 1
            self.citations.append(make_citation(n, unit, span, doc_meta(self.index, unit.doc_id)))
            self._seen[key] = n
        n = self._seen[key]
        return n, unit.text[span[0]:span[1]]

    def cite_node(self, node: ONode, heading: bool = True) -> tuple[int, str, Unit] | None:
        """Cite a node by its heading unit (heading=True and the node has one), else by its first text."""
        uid = (node.heading or first_unit(node)) if heading else first_unit(node)
        if not uid or uid not in self.index.units:
            return None
        unit = self.index.units[uid]
        n, quote = self.cite(unit)
        return n, quote, unit


def node_heading(node: ONode) -> str:
    """'III. Nhiệm vụ, giải pháp chủ yếu', '2. Ban cán sự đảng Chính phủ', '2' (untitled)."""
    return f"{node.label}. {node.title}" if node.title else node.label
