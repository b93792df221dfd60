"""The text and citations of a structure answer (rag.answerers.outline.structure decides which node is asked):
a node's children listed (a count cites the last child, or the sentence that states the count, first; "ngoài
Bộ Chính trị ra còn ai" leaves out the child that names the body set aside),
the n-th child with its own text and its children, a leaf quoted, a missing number refused with how many
there are. A label heading is cited after the text it stands for; a child is shown by its heading and the
opening of its text.
"""
from __future__ import annotations

import re

from rag.answerers import Structured
from rag.answerers.common import Citer, inline, labelled_line, node_heading, quote_span, says_much
from rag.tables.outline import ONode, first_unit
from rag.prompts import messages, msg
from rag.text import fold, has_diacritics, nfc


def absent(ctx, doc_id: str, root: ONode, container: ONode | None, label: str, citer: Citer) -> Structured | None:
    """A numbered node the document does not have: refused, with how many there are (cited to the last)."""
    if container is None or not container.numbered():
        return None
    kids = container.numbered()
    unit = messages()["node_units"].get(kids[0].kind, "mục")
    doc = ctx.index.docs[doc_id].label
    where = doc if container is root else f"{doc}, {section_path(container, root)}"
    got = citer.cite_node(kids[-1])
    if got is None:
        return None
    text = msg("structure_absent", doc=doc, unit=unit, label=label, where=where, count=len(kids), n=got[0])
    return Structured(text, citer.citations, "structure", refused=True, reason="structure_absent")


def section_path(node: ONode, root: ONode) -> str:
    """The heading chain of a node: 'IV. Nhiệm vụ cụ thể › 2. Ban cán sự đảng Chính phủ'."""
    chain: list[str] = []

    def walk(n: ONode, trail: list[str]) -> bool:
        if n is node:
            chain.extend(trail)
            return True
        return any(walk(c, trail + [node_heading(c)]) for c in n.children)

    walk(root, [])
    return " › ".join(chain)


LEAF_WHOLE = 700          # a paragraph of a node shown by itself is quoted whole up to this long


def _child_line(citer: Citer, child: ONode, full: bool, whole: int = 0) -> str | None:
    """A listed child: a titled one by its heading line (cited to its heading unit); a bullet, an untitled
    item, or (full) a child shown with its text, by a quote of its first paragraph (whole up to `whole`
    characters when given)."""
    if child.title and child.kind != "dash" and not full:
        return labelled_line(citer, child)
    if whole and first_unit(child) in citer.index.units:
        unit = citer.index.units[first_unit(child)]
        n, quote = citer.cite(unit, quote_span(unit, whole=whole))
    else:
        got = citer.cite_node(child, heading=not full)
        if got is None:
            return None
        n, quote, unit = got
    heading = f"{child.label}. {child.title}" if child.title and child.kind != "dash" else child.label
    if child.kind == "dash":
        heading = f"{messages()['node_units']['dash']} {child.label}"
    return msg("quote_item", heading=heading, quote=inline(quote), n=n)


def picked(ctx, doc_id: str, root: ONode, parent: ONode, child: ONode, citer: Citer,
           asked: tuple[int, int] | None = None) -> str | None:
    """A child of `parent` picked by what the question says of it, with its own lead ("…: nhóm có nội dung được
    hỏi là nhóm 6 (trong 7 nhóm):") and its heading line (a label with the opening of the text under it), cited;
    None when nothing of it can be cited."""
    line = _child_line(citer, child, full=False)
    if line is None:
        return None
    kids = parent.numbered()
    unit = _unit_word(ctx, kids, asked)
    section = section_path(parent, root) if parent is not root else ""
    lead = msg("structure_pick_lead", doc=ctx.index.docs[doc_id].label, section=section or "", unit=unit,
               label=child.label, count=len(kids)).replace(", :", ":")
    return "\n".join([lead, line])


def _unit_word(ctx, kids: list[ONode], asked: tuple[int, int] | None) -> str:
    """What the children are called: the noun the question counts them by ('nhóm nhiệm vụ'), as typed (typed
    without accents, as the corpus prints it: 'viec' -> 'việc'), else the word for their kind ('phần', 'mục', 'ý')."""
    if asked is not None and kids and kids[0].kind != "part" and ctx.u.folded[asked[0]:asked[1]] != "ai":
        typed = ctx.u.text[asked[0]:asked[1]]                 # "ai" (who) names no kind of child
        return (typed if has_diacritics(typed) else ctx.index.lexical.restore_accents(typed)).lower()
    return messages()["node_units"].get(kids[0].kind, "mục") if kids else "mục"


CARDINALS = {1: "một", 2: "hai", 3: "ba", 4: "bốn", 5: "năm", 6: "sáu", 7: "bảy", 8: "tám", 9: "chín", 10: "mười"}


def _count_stated(ctx, doc_id: str, count: int, unit: str):
    """A unit that states the count the tree counted, with the counted noun's head word ("đề ra 06 nhóm nhiệm vụ
    trọng tâm" for 6 nhóm): the document's own text first, else a held document that reports on it (`_reporting`).
    The count is always the tree's; the sentence is quoted only when it states that same number, as the place a
    reader finds it said in words (a plan that numbers its groups without counting them, a news item that counts
    them)."""
    head = fold(unit).lower().split()[:1]
    if not head:
        return None
    # the head word right after the count, or after one classifier ("06 nhóm nhiệm vụ" counts "nhiệm vụ" too)
    digits = re.compile(rf"(?<![\d.]){'0?' if count < 10 else ''}{count}\s+(?:[a-z]+\s+)?{head[0]}\b")
    # or in words, accents kept ("sáu nhóm"; folded, "tám" would be "tâm", "tạm")
    word = CARDINALS.get(count)
    spelled = re.compile(rf"(?<!\w){word}\s+{re.escape(unit.lower().split()[0])}\b") if word else None
    return next((u for d in _reporting(ctx, doc_id) for u in ctx.index.doc_units(d)
                 if u.kind not in ("heading", "header")
                 and (digits.search(fold(u.text).lower()) or (spelled and spelled.search(nfc(u.text).lower())))),
                None)


def _reporting(ctx, doc_id: str) -> list[str]:
    """The document itself, then the held documents whose text names it (the cited table's mentions of a held
    document: a news item reporting a plan)."""
    out = [doc_id]
    for row in getattr(ctx.index, "cited", None) or []:
        if row.get("held") == doc_id:
            out += [m["doc_id"] for m in row.get("mentions", []) if m.get("doc_id") not in out]
    return out


def _stated_line(ctx, doc_id: str, stated, n: int, quote: str) -> str:
    """The line quoting the sentence that states a count; one of another document is headed by that document."""
    where = stated.path.split(" › ")[-1]
    if stated.doc_id != doc_id:
        where = f"{ctx.index.docs[stated.doc_id].label}, {where}"
    return msg("quote_item", heading=where, quote=inline(quote), n=n)


# "ngoài Bộ Chính trị ra (thì) còn …", "ngoài X, còn …": X is set aside, the rest is asked for
BESIDES_RE = re.compile(r"\bngoai\s+(?P<x>[a-z0-9][a-z0-9 ]{2,60}?)\s*(?:\bra\b|,)\s*(?:thi\s+)?(?:con|cung)\b")
BESIDES_OPENING = 80       # the set-aside words are looked for in a child's title and the opening of its text


def set_aside(ctx, kids: list[ONode]) -> tuple[ONode, str] | None:
    """The one child the question sets aside ("ngoài Bộ Chính trị ra còn …": the child whose title or opening
    names it) and the words as typed; None when the question sets nothing aside or not exactly one child names it."""
    m = BESIDES_RE.search(ctx.u.folded)
    if m is None:
        return None
    x = m.group("x")
    named = []
    for k in kids:
        uid = first_unit(k)
        opening = fold(k.title + " " + (ctx.index.units[uid].text[:BESIDES_OPENING] if uid in ctx.index.units else ""))
        if re.search(rf"(?<![a-z0-9]){re.escape(x)}(?![a-z0-9])", " ".join(opening.lower().split())):
            named.append(k)
    return (named[0], ctx.u.text[m.start("x"):m.end("x")]) if len(named) == 1 and len(kids) > 1 else None


def children(ctx, doc_id: str, root: ONode, node: ONode, citer: Citer, counts: bool = False,
             itself: bool = False, asked: tuple[int, int] | None = None, each: bool = False,
             last_first: bool = True, first=None) -> Structured:
    """The node's numbered children listed; a count cites the last child first; asked what the node itself
    is (itself=True), its heading line is cited first; asked what each child says (each=True), an untitled
    child's first paragraph is quoted whole up to LEAF_WHOLE, and a titled one's after its heading; last_first=False:
    a count is not attested by citing the last child first (the children listed in full attest it); `first`: a unit of the node cited before all (the one that answers what else the question asks of it)."""
    if first is not None:
        citer.cite(first, quote_span(first, whole=LEAF_WHOLE))       # quoted below as its child is
    kids = node.numbered()
    unit = _unit_word(ctx, kids, asked)
    label = ctx.index.docs[doc_id].label
    if node is root:
        lead = msg("structure_doc_lead", doc=label, count=len(kids), unit=unit)
    else:
        lead = msg("structure_lead", doc=label, section=section_path(node, root), count=len(kids), unit=unit)
    aside = set_aside(ctx, kids)
    if aside is not None:        # "ngoài X ra còn …": the others, X named in the lead
        kids = [k for k in kids if k is not aside[0]]
        lead = msg("structure_besides", doc=label, section=section_path(node, root) or label, count=len(kids) + 1,
                   unit=unit, label=aside[0].label, besides=aside[1], rest=len(kids))
    stated = _count_stated(ctx, doc_id, len(kids), unit) if counts and aside is None else None
    said = []
    if stated is not None:       # the text states the count ("đề ra 06 nhóm nhiệm vụ"): that sentence first
        n, quote = citer.cite(stated)
        said = [_stated_line(ctx, doc_id, stated, n, quote)]
    if counts and each and last_first and not kids[-1].title and first_unit(kids[-1]) in ctx.index.units:
        first = ctx.index.units[first_unit(kids[-1])]
        citer.cite(first, quote_span(first, whole=LEAF_WHOLE))     # quoted below as each child is
    last = citer.cite_node(kids[-1], heading=says_much(kids[-1])) if counts and last_first else None
    if last is not None:         # a count is attested by the last numbered child: cite it first
        lead = lead.rstrip(":") + msg("structure_count_last", unit=unit, last=kids[-1].label, n=last[0]) + ":"
    lines = said + (_heading_lines(ctx, citer, node) if itself and node is not root else [])
    if first is not None and first.unit_id not in {u for k in kids for u in (first_unit(k), k.heading)}:
        # the paragraph that answers lies deeper than the children's opening lines: quoted by itself, first
        n, quote = citer.cite(first, quote_span(first, whole=LEAF_WHOLE))
        lines.append(msg("quote_item", heading=first.path.split(" › ")[-1], quote=inline(quote), n=n))
    for k in kids:
        line = _child_line(citer, k, full=False, whole=LEAF_WHOLE if each and not k.title else 0)
        lines += [line] if line else []
        if each and k.title and k.kind != "dash" and k.units and k.units[0] in ctx.index.units and \
                not says_much(k):       # a short heading says little: what the child's paragraph says
            own = ctx.index.units[k.units[0]]
            n, quote = citer.cite(own, quote_span(own, whole=LEAF_WHOLE))
            lines.append(msg("quote_item", heading=k.label, quote=inline(quote), n=n))
    return Structured("\n".join([lead] + lines), citer.citations, "structure")


def nth(ctx, doc_id: str, root: ONode, parent: ONode, k: int, citer: Citer,
        asked: tuple[int, int] | None = None, whole: int = LEAF_WHOLE) -> Structured | None:
    """The k-th child of `parent`, with its own text and its children; `whole`: its paragraph is quoted whole up to
    this long (longer when the question asks several things of it: "nhóm cuối có phải nói về X không, nói cụ thể
    gì"). A count asked beside it is quoted by the caller (count_line, after every child asked)."""
    kids = parent.numbered()
    if not 1 <= k <= len(kids):
        return None
    child = kids[k - 1]
    unit = _unit_word(ctx, kids, asked)
    section = section_path(parent, root) if parent is not root else ""
    lead = msg("structure_nth_lead", doc=ctx.index.docs[doc_id].label, section=section or "", unit=unit, k=k,
               count=len(kids)).replace(", :", ":")
    grand = child.numbered()
    lines = (_heading_lines(ctx, citer, child) if child.heading else []) or \
        [x for x in [_child_line(citer, child, full=True, whole=whole)] if x]
    lines += [x for x in (_child_line(citer, g, full=False) for g in grand[:12]) if x]
    return Structured("\n".join([lead] + lines), citer.citations, "structure")


def count_line(ctx, doc_id: str, parent: ONode, citer: Citer, asked: tuple[int, int] | None = None) -> str | None:
    """The line quoting the sentence that states how many children `parent` has, cited (None when no text
    states it)."""
    kids = parent.numbered()
    stated = _count_stated(ctx, doc_id, len(kids), _unit_word(ctx, kids, asked))
    if stated is None:
        return None
    n, quote = citer.cite(stated)
    return _stated_line(ctx, doc_id, stated, n, quote)


def _heading_lines(ctx, citer: Citer, node: ONode) -> list[str]:
    """A node itself: a titled one by its heading line cited to its heading unit, then its own first
    paragraph quoted (an untitled one: that paragraph alone)."""
    lines = []
    if node.title and not says_much(node):
        _text_first(ctx, citer, node)
    if node.heading and node.heading in ctx.index.units:
        n, _ = citer.cite(ctx.index.units[node.heading])
        lines.append(msg("structure_line", heading=node_heading(node), n=n))
    if node.units and node.units[0] in ctx.index.units:
        unit = ctx.index.units[node.units[0]]
        k, quote = citer.cite(unit, quote_span(unit, whole=700))
        lines.append(msg("quote_item", heading=node.label, quote=inline(quote), n=k))
    return lines


def _text_first(ctx, citer: Citer, node: ONode) -> None:
    """Cite first the text a label heading stands for, as the lines below will quote it: the node's own
    first paragraph (quoted up to 700 characters), else its first child's opening (an untitled item, a
    bullet or a labelled child)."""
    if node.units and node.units[0] in ctx.index.units:
        unit = ctx.index.units[node.units[0]]
        citer.cite(unit, quote_span(unit, whole=700))
        return
    kids = node.numbered()
    if kids and not (kids[0].title and kids[0].kind != "dash" and says_much(kids[0])):
        uid = first_unit(kids[0])
        if uid and uid in ctx.index.units:
            citer.cite(ctx.index.units[uid])


def leaf(ctx, doc_id: str, root: ONode, node: ONode, citer: Citer, whole: int = LEAF_WHOLE,
         first=None, most: int = 4, text_first: bool = False) -> Structured | None:
    """A node without numbered children: its heading line and up to `most` paragraphs quoted (whole up to
    `whole` characters); `first`: a unit of it cited first (the one retrieval ranked best); `text_first` (the
    node is asked several things: "giao cho ai, làm việc gì, hạn khi nào"): its first paragraph, which says what
    is to be done, is cited before its heading, as a label's is."""
    units = [ctx.index.units[u] for n in node.walk() for u in n.units if u in ctx.index.units]
    if first is not None and first in units[most:]:
        units = [first] + units[:most - 1]      # the paragraph that answers, further on, is shown too
    units = units[:most]
    if not units:
        return None
    if first is not None and first in units:
        citer.cite(first, quote_span(first, whole=whole))
    lines = [msg("structure_node_lead", doc=ctx.index.docs[doc_id].label, section=section_path(node, root))]
    if node.title and (text_first or not says_much(node)):
        citer.cite(units[0], quote_span(units[0], whole=whole))
    if node.heading in ctx.index.units:       # the node itself first: its heading line
        n, _ = citer.cite(ctx.index.units[node.heading])
        lines.append(msg("structure_line", heading=node_heading(node), n=n))
    for unit in units:
        n, quote = citer.cite(unit, quote_span(unit, whole=whole))
        lines.append(msg("quote_item", heading=unit.path.split(" › ")[-1], quote=inline(quote), n=n))
    return Structured("\n".join(lines), citer.citations, "structure")


def with_number_elsewhere(got: Structured | None, numbered: ONode, root: ONode, citer: Citer) -> Structured | None:
    """An answer about the node the question's heading words name, with the node its number names said apart
    (cited to that node's heading, else its first paragraph)."""
    if got is None:
        return None
    cited = citer.cite_node(numbered)
    if cited is None:
        return got
    line = msg("structure_number_elsewhere", label=numbered.label, section=section_path(numbered, root), n=cited[0])
    return Structured(got.text + "\n" + line, citer.citations, got.mode)
