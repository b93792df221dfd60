"""HTML of the document browser ("Văn bản" tab): each document with its catalog fields and its outline as
a tree, the table of documents the corpus cites, and a node opened in the document viewer. Every node
and citing unit carries `data-unit` (a unit id); the page sends a clicked id to `node_view`. Document and
catalog text is escaped here."""
from __future__ import annotations

import html
import re

from rag.tables.cited import label as cited_label
from rag.tables.cited import not_held
from rag.index import LoadedIndex
from rag.tables.outline import ONode, first_unit, node_unit, outline_of
from rag.text import printed_date
from rag.ui.present import document_html
from rag.prompts import ui

_e = html.escape
SNIPPET = 90
FIELDS = ("kind", "number", "date", "issuer", "signer", "title")

BROWSE_CSS = """
#browse-target{display:none}
.browse .doc{border:1px solid #d6dde6;border-radius:6px;padding:6px 10px;margin:8px 0;background:#fbfcfe}
.browse .doc summary{font-weight:bold;cursor:pointer}.browse dl{display:grid;grid-template-columns:max-content 1fr;
gap:2px 10px;margin:6px 0;font-size:.9em}.browse dt{color:#555}.browse dd{margin:0}
.browse ul.outline{list-style:none;padding-left:16px;margin:2px 0}
.browse .node{cursor:pointer;color:#1d4f86}.browse .node:hover{text-decoration:underline}
.browse .count{color:#777;font-size:.85em}.cited-docs table{border-collapse:collapse;font-size:.88em}
.cited-docs td,.cited-docs th{border:1px solid #d6dde6;padding:3px 6px;vertical-align:top}
"""


def _node_text(index: LoadedIndex, node: ONode) -> str:
    if node.title and node.kind != "dash":
        return f"{node.label}. {node.title}"
    uid = first_unit(node)
    text = index.units[uid].text if uid in index.units else ""
    text = " ".join(text.split())
    snippet = text if len(text) <= SNIPPET else text[:SNIPPET].rsplit(" ", 1)[0] + "…"
    return f"– {snippet}" if node.kind == "dash" else f"{node.label}. {snippet}".lstrip(". ")


def _tree(index: LoadedIndex, node: ONode) -> str:
    items = []
    for child in node.children:
        uid = node_unit(child)          # a titled node opens at its heading line
        if not uid or uid not in index.units:
            continue
        kids = child.numbered()
        count = f' <span class="count">({len(kids)})</span>' if kids and child.kind != "preamble" else ""
        text = ui()["browse_preamble"] if child.kind == "preamble" else _node_text(index, child)
        sub = _tree(index, child) if child.children else ""
        items.append(f'<li><span class="node" data-unit="{_e(uid)}" title="{_e(index.units[uid].path)}">'
                     f'{_e(text)}</span>{count}{sub}</li>')
    return f'<ul class="outline">{"".join(items)}</ul>' if items else ""


def documents_html(index: LoadedIndex) -> str:
    t = ui()
    names = t["browse_fields"]
    out = ['<div class="browse">']
    for doc in index.docs.values():
        e = doc.entry
        rows = []
        for f in FIELDS:
            value = printed_date(e.get(f, "")) if f == "date" else e.get(f, "")
            rows.append(f"<dt>{_e(names[f])}</dt><dd>{_e(value) if value else '<i>' + _e(t['browse_absent']) + '</i>'}</dd>")
        root = outline_of(index, doc.doc_id)
        tree = _tree(index, root) if root else ""
        out.append(f'<details class="doc" id="doc-{_e(doc.doc_id)}" open><summary>{_e(doc.label)}</summary>'
                   f'<dl>{"".join(rows)}</dl>{tree}</details>')
    out.append("</div>")
    return "".join(out)


def cited_html(index: LoadedIndex) -> str:
    t = ui()
    head = "".join(f"<th>{_e(h)}</th>" for h in t["cited_columns"])
    rows = []
    for r in not_held(index):
        where = []
        for m in r["mentions"]:
            unit = index.units.get(m["unit_id"])
            if unit is not None:
                where.append(f'<span class="node" data-unit="{_e(unit.unit_id)}" title="{_e(unit.path)}">'
                             f'{_e(unit.path)}</span>')
        rows.append(f"<tr><td>{_e(cited_label(r))}</td><td>{_e(r['date'])}</td><td>{_e(r['issuer'])}</td>"
                    f"<td>{_e(r['term'])}</td><td>{_e(r['subject'])}</td><td>{'<br>'.join(where)}</td></tr>")
    return f'<div class="cited-docs browse"><table><tr>{head}</tr>{"".join(rows)}</table></div>'


def node_view(index: LoadedIndex, unit_id: str) -> str:
    """The document holding a unit, that unit highlighted, its citation path above."""
    unit = index.units.get(unit_id or "")
    if unit is None:
        return f'<div id="doc-viewer"><p>{_e(ui()["browse_pick"])}</p></div>'
    path = f'<p class="cite-path" id="browse-path">{_e(ui()["path_label"])}: {_e(unit.path)}</p>'
    return path + document_html(index, unit.doc_id, unit.unit_id)
