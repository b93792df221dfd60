"""Citations: number passages, parse and validate [n] markers, re-read cited units, format sources.

A citation is a stored unit id, never free text. Before an answer leaves `rag`, every citation is
re-read from the store; one whose unit is gone, or whose quote is no longer in the unit's text, is
dropped and counted.
"""
from __future__ import annotations

import logging
import re

from rag.types import Answer, Citation, Unit

log = logging.getLogger(__name__)
MARKER_RE = re.compile(r"\[(\d{1,3})\]")


def number_passages(units: list[Unit]) -> str:
    return "\n\n".join(f"[{i}] ({u.path})\n{u.text}" for i, u in enumerate(units, 1))


def validate_markers(text: str, n_passages: int) -> tuple[str, list[int], int]:
    """Keep markers that point at a passage; remove the others. Returns (text, valid ns in order, dropped)."""
    valid: list[int] = []
    dropped = 0

    def _sub(m: re.Match) -> str:
        nonlocal dropped
        n = int(m.group(1))
        if 1 <= n <= n_passages:
            if n not in valid:
                valid.append(n)
            return m.group(0)
        dropped += 1
        return ""

    return MARKER_RE.sub(_sub, text), valid, dropped


def renumber(text: str, mapping: dict[int, int]) -> str:
    return MARKER_RE.sub(lambda m: f"[{mapping[int(m.group(1))]}]" if int(m.group(1)) in mapping else "", text)


def make_citation(n: int, unit: Unit, span: tuple[int, int], doc_meta: dict) -> Citation:
    a, b = span
    return Citation(n=n, unit_id=unit.unit_id, doc=unit.doc_label, doc_id=unit.doc_id, path=unit.path,
                    para=unit.para, text=unit.text, quote=unit.text[a:b], quote_start=a, quote_end=b,
                    doc_meta=doc_meta)


def reread(citations: list[Citation], store) -> tuple[list[Citation], int]:
    """Replace each citation's text by the stored unit's text; drop the ones that no longer hold."""
    stored = store.get(list(dict.fromkeys(c.unit_id for c in citations)))
    kept, dropped = [], 0
    for c in citations:
        unit = stored.get(c.unit_id)
        if unit is None or (c.quote and unit.text[c.quote_start:c.quote_end] != c.quote):
            log.warning("citation [%d] -> %s dropped: not in the store as quoted", c.n, c.unit_id)
            dropped += 1
            continue
        c.text, c.path = unit.text, unit.path
        kept.append(c)
    return kept, dropped


def format_plain(answer: Answer) -> str:
    """The answer with its sources, as plain text to copy (document, path, quoted paragraph)."""
    lines = [answer.answer.strip()]
    if answer.citations:
        lines += ["", "Nguồn:"]
        for c in answer.citations:
            lines.append(f"[{c.n}] {c.path}: “{c.text}”")
    return "\n".join(lines)
