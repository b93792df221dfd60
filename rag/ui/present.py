"""HTML shown in the chat page: the evidence panel of an answer and a document rendered from our own
parsed text, scrolled to a cited paragraph. Every piece of document or user text is escaped here;
nothing is read from disk but the current build's documents, looked up by id."""
from __future__ import annotations

import html

from rag.index import LoadedIndex
from rag.prompts import ui
from rag.text import printed_date
from rag.types import Answer, Citation

_e = html.escape


def _meta_line(meta: dict) -> str:
    """'Bộ Chính trị · ngày 28/11/2023' (kind and number are in the document label already)."""
    date = meta.get("date", "")
    date = f"ngày {printed_date(date, pad=True)}" if len(date) == 10 else date
    return " · ".join(p for p in (meta.get("issuer", ""), date) if p)


def _quoted(text: str, start: int, end: int) -> str:
    if 0 <= start < end <= len(text):
        return f"{_e(text[:start])}<mark>{_e(text[start:end])}</mark>{_e(text[end:])}"
    return _e(text)


def citation_html(c: Citation) -> str:
    return (f'<div class="cite" id="cite-{c.n}"><div class="cite-head"><b>[{c.n}]</b> {_e(c.doc)}'
            f'<span class="cite-meta"> — {_e(_meta_line(c.doc_meta))}</span></div>'
            f'<div class="cite-path">{_e(ui()["path_label"])}: {_e(c.path)}</div>'
            f'<p class="cite-text">{_quoted(c.text, c.quote_start, c.quote_end)}</p></div>')


def evidence_html(answer: Answer | None) -> str:
    t = ui()
    if answer is None:
        return f'<div class="evidence"><p class="muted">{_e(t["evidence_empty"])}</p></div>'
    parts = ['<div class="evidence">']
    if answer.low_confidence and not answer.refused:
        parts.append(f'<p class="warn">⚠ {_e(t["low_confidence"])}</p>')
    parts += [citation_html(c) for c in answer.citations]
    if answer.refused:
        parts.append(f'<p class="refused">{_e(answer.answer)}</p><h4>{_e(t["nearest_title"])}</h4>')
        for p in answer.retrieved[:3]:
            parts.append(f'<div class="cite near"><div class="cite-path">{_e(p.unit.path)}</div>'
                         f'<p class="cite-text">{_e(p.unit.text)}</p></div>')
    parts.append("</div>")
    return "".join(parts)


def document_html(index: LoadedIndex, doc_id: str, unit_id: str = "", quote: tuple[int, int] | None = None) -> str:
    """A corpus document rendered from its cleaned text, units as paragraphs with ids (heading units in
    bold), any other text between them as headings, the cited unit highlighted (class "cited", quoted span
    in <mark>)."""
    t = ui()
    doc = index.docs.get(doc_id)
    if doc is None:
        return f'<div id="doc-viewer"><p class="warn">{_e(t["viewer_unknown"].format(doc=doc_id))}</p></div>'
    units = sorted(index.doc_units(doc_id), key=lambda u: u.start)
    out = [f'<div id="doc-viewer"><h3>{_e(doc.label)}</h3><p class="cite-meta">{_e(_meta_line(doc.entry))}</p>']
    cursor = 0

    def gap(text: str) -> None:
        for block in text.split("\n\n"):
            if block.strip(" -–\n"):        # a bare dash is the bullet of the unit that follows
                out.append(f'<p class="doc-heading">{_e(block.strip())}</p>')

    for u in units:
        gap(doc.text[cursor:u.start])
        cited = u.unit_id == unit_id
        body = _quoted(u.text, *quote) if cited and quote else _e(u.text)
        bullet = "– " if ".g" in u.anchor or u.anchor.startswith("g") else ""
        kind = " doc-heading" if u.kind == "heading" else ""
        out.append(f'<p id="u-{_e(u.anchor)}" class="unit{kind}{" cited" if cited else ""}" '
                   f'title="{_e(u.path)}">{bullet}{body}</p>')
        cursor = max(cursor, u.end)
    gap(doc.text[cursor:])
    out.append("</div>")
    return "".join(out)


CSS = """
.evidence .cite{border-left:3px solid #2f6fad;padding:4px 8px;margin:6px 0;background:#f7f9fc}
.evidence .near{border-color:#999}.cite-path{font-size:.85em;color:#444}.cite-meta{color:#666;font-size:.85em}
.cite-text{white-space:pre-wrap}.warn{color:#8a5300;background:#fff4e0;padding:4px}.refused{font-weight:bold}
#doc-viewer{max-height:70vh;overflow-y:auto}#doc-viewer .unit{white-space:pre-wrap}
#doc-viewer .doc-heading{font-weight:bold;white-space:pre-wrap}
#doc-viewer .cited{background:#fff3b0;outline:2px solid #e0a800}mark{background:#ffe066}
"""
