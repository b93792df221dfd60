"""The lines of a document's overview (rag.answerers.document.overview), each cited: its opening paragraphs (those
stating a purpose first when one is asked), what it is (kind, number, date, issuer from the catalog, cited to the unit
printing them; its title, its signer; the fields the text does not print said missing) and its outline (the numbered
parts with their headings or opening words).
"""
from __future__ import annotations

import re

from rag.answerers.common import Citer, has_any, inline, labelled_line, quote_span
from rag.answerers.document.purpose import PURPOSE_MARKERS, PURPOSE_WORDS
from rag.prompts import messages, msg
from rag.tables.outline import ONode, node_unit
from rag.text import fold, printed_date

MAX_LEAD_UNITS, MAX_LEAD_CHARS = 3, 1000     # the opening paragraphs quoted: at most this many, this long
def lead_lines(ctx, citer: Citer, doc_id: str, goal: bool = False) -> list[str]:
    """The opening paragraphs; asked for a purpose, the ones that state one ("nhằm", "mục đích") first."""
    units = []
    for u in (u for u in ctx.index.doc_units(doc_id) if u.kind == "preamble"):
        if len(units) == MAX_LEAD_UNITS or sum(len(x.text) for x in units) + len(u.text) > MAX_LEAD_CHARS:
            break
        units.append(u)
    if not units:
        units = [u for u in ctx.index.doc_units(doc_id) if u.kind == "body"][:1]
    if goal:
        units.sort(key=lambda u: not has_any(fold(u.text).lower(), PURPOSE_WORDS + PURPOSE_MARKERS))
    out = []
    for unit in units:
        n, quote = citer.cite(unit, quote_span(unit, whole=600))
        out.append(msg("overview_lead", quote=inline(quote), n=n))
    return out


def _prints_identity(unit, e: dict) -> bool:
    """The unit prints the document's number or its issuer (the issuer's first two words: "Thành ủy" for
    "Thành ủy Cần Thơ")."""
    text = " ".join(fold(unit.text).lower().split())
    issuer = fold(e.get("issuer", "")).lower().split()[:2]
    return bool(e.get("number") and fold(e["number"]).lower() in text) or \
        bool(len(issuer) == 2 and re.search(rf"\b{' '.join(issuer)}\b", text))


def identity_lines(ctx, citer: Citer, doc_id: str) -> list[str]:
    doc = ctx.index.docs[doc_id]
    e, units = doc.entry, ctx.index.doc_units(doc_id)
    header = next((u for u in units if u.kind == "header"), None)
    signature = next((u for u in units if u.kind == "signature"), None)
    # the identity is cited to the unit that prints it: the header when it prints the number or the issuer,
    # else the opening paragraph that names the issuer ("… Thành ủy xây dựng Chương trình …")
    opening = [u for u in units if u.kind in ("preamble", "body")][:MAX_LEAD_UNITS]
    anchor = next((u for u in ([header] if header else []) + opening if _prints_identity(u, e)), None) or \
        header or (opening[0] if opening else None)
    if anchor is None:
        return []
    facts_t = messages()["overview_facts"]
    date = e.get("date", "")
    date = printed_date(date)
    values = {"number": e.get("number", ""), "date": date, "issuer": e.get("issuer", "")}
    rest = ", ".join(facts_t[k].format(**{k: v}) for k, v in values.items() if v)
    facts = " ".join(x for x in (facts_t["kind"].format(kind=e.get("kind", "")), rest) if x.strip())
    if header is None and not rest:
        return []          # no header and nothing the catalog can add: the opening paragraph says what it is
    n, quote = citer.cite(anchor, (0, len(anchor.text)))
    lines = [msg("overview_identity", doc=doc.label, facts=facts, n=n) if facts != doc.label else
             msg("overview_identity_short", doc=doc.label, n=n)]
    if anchor is not header:          # the opening paragraph that says who made it and why, quoted
        lines.append(msg("overview_lead", quote=inline(quote), n=n))
    title = e.get("title", "")
    if header and title and fold(title)[:40].lower() in " ".join(fold(header.text).lower().split()):
        lines.append(msg("overview_title", title=title, n=citer.cite(header, (0, len(header.text)))[0]))
    if e.get("signer") and signature is not None:
        sn, _ = citer.cite(signature, (0, len(signature.text)))
        who = e["signer"] + (f" ({e['signer_title']})" if e.get("signer_title") else "")
        lines.append(msg("overview_signer", signer=who, n=sn))
    missing = [messages()["missing_fields"][k] for k in ("number", "date", "signer") if not e.get(k)]
    if missing and header is not None:
        lines.append(msg("overview_missing", fields=", ".join(missing)))
    return lines


def outline_lines(ctx, citer: Citer, root: ONode) -> list[str]:
    top = root.numbered()
    if not top:
        return []
    lines = [msg("overview_outline", count=len(top), unit=messages()["node_units"].get(top[0].kind, "mục"))]
    for node in top:
        if node.title:                  # a titled part by its heading line (a label with its opening text)
            line = labelled_line(citer, node)
            lines += [line] if line else []
            continue
        uid = node_unit(node)
        if uid and uid in ctx.index.units:
            n, quote = citer.cite(ctx.index.units[uid])
            lines.append(msg("quote_item", heading=node.label, quote=inline(quote), n=n))
    return lines
