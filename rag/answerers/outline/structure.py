"""Structure questions answered from the outline: "gồm những phần nào", "phần III có mấy …", "nhiệm vụ
thứ ba là gì", "mục IV giao cho những ai", "phần III.2 nói gì".

What is asked (a count, a list, what one node says) is read by rag.answerers.outline.structure_asked (`read`,
`Asked`); this module finds which way the node is named:
by number (`_numbered`), by an ordinal (rag.answerers.outline.ordinals), by its place among its siblings ("là phần thứ
mấy"; a bullet's inside the node named: "nội dung về … là ý thứ mấy"), or by heading words or a counted noun
(`_by_words`); rag.answerers.outline.address finds the node, rag.answerers.outline.node_asks reads what is asked of it beyond
its name, rag.answerers.outline.render writes the answer. Counts are the node's numbered children, counted from the tree.
Anything that is not clearly about structure returns None.
"""
from __future__ import annotations

import re

from rag.answerers import Structured
from rag.answerers.common import has_any, remaining_terms
from rag.answerers.forms import forms
from rag.answerers.outline import address, headings, node_asks, ordinals, render, siblings
from rag.answerers.outline.address import BODIES, GENERIC, NOUN_WORDS, WHOLE
from rag.answerers.outline.assigned import assigned_node
from rag.answerers.outline.body_number import assigning_named, body_numbered, names_assigning_part
from rag.answerers.outline.headings import KEEP, NEUTRAL
from rag.answerers.outline.structure_asked import Asked, read
from rag.tables.outline import ONode, node_units


def answer(ctx, fallback=None) -> Structured | None:
    """The structure answer, or None when the question is not recognised as one. `fallback(ctx, root)`, given
    when a model has already judged the question a structure question (rag.answerers.document.backstop), replaces the
    recognition by question forms: a node asked about is then assumed, and when no number, ordinal or heading
    words find it, `fallback` gives it."""
    q = read(ctx, fallback)
    if q is None:
        return None
    node, ref, numbered = _numbered(q)
    done, got, node = ordinals.answer(q, node)
    if done:
        return got if not q.deadline or _prints_deadline(ctx, got) else None
    if q.deadline:
        # "mục nhiệm vụ cụ thể, điểm số 8 giao những việc gì, hạn khi nào": an item named by its number answers as
        # one named by its place does, when its text prints the deadline; a part's deadlines are the task table's
        if node is None or node.kind == "part" or node is q.root:
            return None
        got = _named(q, node, numbered) or (q.leaf(node) if not node.numbered() else None)
        return got if _prints_deadline(ctx, got) else None
    if re.search(r"\bthu (?:may|bao nhieu)\b", q.f):
        # "phần tổ chức thực hiện là phần thứ mấy": the named node's place among its siblings
        node = node or headings.by_heading(q.f, q.typed, q.root, address.terms(q.text), q.accented, leaves=True,
                                           known=q.known)
        k = _bullet_placed(q, node)
        if k is not None:
            # "phần <heading words>, nội dung về … nằm ở gạch đầu dòng thứ mấy": the place of a bullet inside it
            return render.nth(ctx, q.doc_id, q.root, node, k, q.citer)
        parent = next((n for n in q.root.walk() if node is not None and node in n.numbered()), None)
        if parent is not None:
            return render.nth(ctx, q.doc_id, q.root, parent, parent.numbered().index(node) + 1, q.citer)
    place = _placed(q) if node is None else None
    if place is not None:
        return place
    if node is None and ref and (q.counts or q.lists or q.about):
        return render.absent(ctx, q.doc_id, q.root, address.missing_parent(q.root, ref), ref, q.citer)
    if node is not None:
        return _with_siblings(q, node, _named(q, node, numbered)) if numbered is None else _named(q, node, numbered)
    return _by_words(q, fallback)


def _with_siblings(q: Asked, node: ONode, got: Structured | None) -> Structured | None:
    """"mục 3 và mục 5 giao cho ai": the siblings later numbers name (rag.answerers.outline.siblings), each answered
    as the first, under it."""
    if got is None or got.refused:
        return got
    more = [_named(q, n, None) for n in siblings.more_named(q.f, q.text, q.root, node)]
    texts = [got.text] + [m.text for m in more if m is not None and not m.refused]
    return got if len(texts) == 1 else Structured("\n".join(texts), q.citer.citations, got.mode)


# "nằm ở đâu", "ở chỗ nào", "thuộc phần nào", "nằm ở mục mấy": where in the document a node is
# (a bare "ở đâu" asks where something is done, "giao việc ở đâu"; "ở chỗ nào", "ở phần nào" ask in the text)
_IN_TEXT = rf"(?:cho nao|vi tri nao|(?:{address.NOUN_ALT})\s+(?:nao|may|thu may|so may))"
PLACE_RE = re.compile(rf"\b(?:(?:{'|'.join(forms()['structure']['place_verbs'])})\s+(?:(?:o|tai)\s+)?(?:dau|{_IN_TEXT})|"
                      rf"(?:o|tai)\s+{_IN_TEXT})\b")


def _placed(q: Asked) -> Structured | None:
    """A node named by its whole heading after a noun for nodes or in quotes, asked where it lies ("Phần “Nhiệm vụ
    cụ thể” nằm ở đâu trong kế hoạch 21", "Mục Tổ chức thực hiện thuộc phần nào"): its place among its siblings,
    as "là phần thứ mấy" is answered. Not a node found by words alone ("Hội Nông dân nằm ở mục nào": the node
    assigning the body, `assigned`), nor a place of the world ("thí điểm ở đâu")."""
    if PLACE_RE.search(q.f) is None:
        return None
    node = headings.named_whole(q.f, q.typed if len(q.typed) == len(q.f) else q.text, q.root)
    parent = next((n for n in q.root.walk() if node is not None and node in n.numbered()), None)
    if parent is None:
        return None
    return render.nth(q.ctx, q.doc_id, q.root, parent, parent.numbered().index(node) + 1, q.citer)


# "(nằm ở) gạch đầu dòng thứ mấy", "ý thứ mấy": the place asked is a bullet's, inside the node named
BULLET_PLACE_RE = re.compile(r"\b(?:" + "|".join(sorted(address.DASH_NOUNS | {"y"}, key=len, reverse=True)) +
                             r")\s+thu\s+(?:may|bao nhieu)\b")
PLACE_SEARCHED = 20        # passages of the document searched for the bullet whose place is asked


def _bullet_placed(q: Asked, node: ONode | None) -> int | None:
    """The place (1-based) among `node`'s dash bullets of the one the question describes, when it asks a bullet's
    place ("gạch đầu dòng thứ mấy") inside a node listing bullets: the bullet holding the best passage of the
    document retrieval finds for the question; None otherwise."""
    if node is None or BULLET_PLACE_RE.search(q.f) is None:
        return None
    kids = node.numbered()
    if not kids or not all(k.kind == "dash" for k in kids):
        return None
    hits = q.ctx.search(q.ctx.question, [q.doc_id], PLACE_SEARCHED) if q.ctx.search else q.ctx.passages
    for p in hits:
        for i, kid in enumerate(kids, 1):
            if p.unit.unit_id in node_units(kid):
                return i
    return None


def _prints_deadline(ctx, got: Structured | None) -> bool:
    """The answer quotes a paragraph the task table reads a deadline in (its row's `due`, or an ongoing task)."""
    if got is None or got.refused:
        return False
    cited = {c.unit_id for c in got.citations}
    return any(r.get("unit_id") in cited and (r.get("due") or r.get("ongoing")) for r in getattr(ctx.index, "tasks", []))


def _numbered(q: Asked) -> tuple[ONode | None, str, ONode | None]:
    """The node a number names ("mục 2 phần IV"), the reference, and, when the asker says that number is the node
    some heading words name and it is another, the number's node said apart (the heading words' node is asked)."""
    node, ref = address.explicit(q.f, q.root, q.text, q.known)
    body = body_numbered(q.ctx, q.doc_id, q.f, q.text, q.root, ref)    # "đầu mối số 6", no part named
    node, ref = (body, body.anchor) if body is not None else (node, ref)
    numbered = None
    if node is not None and ref and address.CHECK_RE.search(q.f):
        other = address.named_instead(q.f, q.text, node, q.root, q.known, q.ctx.index.units)
        numbered, node = (node, other) if other is not None else (None, node)
    return node, ref, numbered


def _named(q: Asked, node: ONode, numbered: ONode | None) -> Structured | None:
    """A node named by number (or by an ordinal in apposition): its children, or its text."""
    node = assigned_node(q.f, node, q.ctx.index.units) or node     # "phần IV, mục giao cho Ban …"
    if not (q.counts or q.lists or q.about or address.only_names(q.f, q.text, node, q.root, q.known)):
        return None
    if q.about and not (q.counts or q.lists) and numbered is None:
        node = _child_named(q, node)        # "phần II, mục tiêu đến năm 2045 là gì": the child "Mục tiêu"
    if q.counts or q.lists:
        # "phần II có mấy quan điểm": the child headed by the noun counted holds the ones counted
        node = address.titled_child(node, address.bare_noun(address.asked_noun(q.f, q.cm)[0]), lambda n: True) or node
    parent = _parent(q.root, node) if q.counts and not q.claimed and _counted_before(q, node) else None
    if parent is not None:
        # "phần V có mấy điểm, điểm 2 giao ai": the count is asked before the point is named, of its part;
        # answered with the point itself ("điểm thứ 2 (trong 3 điểm)") and what it holds
        got = render.nth(q.ctx, q.doc_id, q.root, parent, parent.numbered().index(node) + 1, q.citer,
                         whole=node_asks.whole(q.f))
    elif node.numbered():
        got = render.children(q.ctx, q.doc_id, q.root, node, q.citer, q.counts,
                              itself=q.about and not (q.counts or q.lists), each=q.each,
                              last_first=q.last_first(node),
                              first=q.picked(node) or q.dated(node) or
                              (q.asked_unit(node) if q.counts and node_asks.several(q.f) else
                               None if q.counts else q.answering(node)))
    else:
        got = q.leaf(node)
    return render.with_number_elsewhere(got, numbered, q.root, q.citer) if numbered is not None else got


def _counted_before(q: Asked, node: ONode) -> bool:
    """The count is asked before the node's number is typed ("phần V có mấy điểm, điểm 2 …"), not after it
    ("mục 1.5 có mấy ý": a count of the point's own ideas); a point numbered in full ("phần III có bao nhiêu mục,
    mục 3.2 …") is not counted in its parent, which the count need not be asked of."""
    at = [m.start() for m in re.finditer(rf"(?<![\w.]){re.escape(node.label.lower())}(?![\w]|\.\d)", q.f)]
    return bool(at) and q.cm.start() < at[-1] and "." not in node.label


def _parent(root: ONode, node: ONode) -> ONode | None:
    """The node whose numbered children hold `node` (None for a top-level part's root or a node not listed)."""
    return next((n for n in root.walk() if node in n.numbered()), None)


def _child_named(q: Asked, node: ONode) -> ONode:
    """Inside a node named by number and asked what it says, the descendant the question names by its own heading
    words ("phần II, mục tiêu đến năm 2045 là gì": II.2 "Mục tiêu"); the node itself when none is named, or when
    the question says the node's own heading ("phần II quan điểm, mục tiêu nói gì": part II, not its children)."""
    asked = address.terms(q.text)
    own = headings.heading_words(node, q.accented) if node.title else []
    if own and sum(t in asked for t in own) >= headings.HEADING_SHARE * len(own):
        return node
    child = headings.heading_match(asked, node, q.accented, leaves=True, known=q.known)
    return child if child is not None and child is not node else node


def _by_words(q: Asked, fallback) -> Structured | None:
    """A node named by heading words, a marked topic, another noun for its heading, its opening words, the body
    it assigns, or the noun a count or a list asks about; the whole document when the question asks for it."""
    ctx, f, text, root = q.ctx, q.f, q.text, q.root
    counts, lists = q.counts, q.lists
    if not (counts or lists or (q.about and (fallback is not None or address.names_node(f, text) or
                                              names_assigning_part(f, q.typed)))):
        return None
    node = headings.by_heading(f, q.typed, root, address.terms(text), q.accented, leaves=not (counts or lists),
                               known=q.known)
    # "phần phân công của kế hoạch 21 nói gì", "phần giao việc có mấy mục": the part named by the act of assigning
    node = node or assigning_named(ctx, q.doc_id, f, text, root, q.accented, q.known, q.typed)
    marked = headings.marked_phrase(f, text) if node is None else ""
    if marked:
        # "chỗ nói về công tác dân vận": the words after the marker name the heading, the asker's own for the
        # place do not
        node = headings.heading_match(address.terms(marked), root, q.accented, leaves=not (counts or lists),
                                      known=q.known)
    if node is None and (counts or lists):
        # "mấy việc trọng tâm": another noun for the heading's; "đoạn nói về …": an untitled node's opening words
        node = headings.noun_named(f, text, root) or \
            headings.lead_match(address.terms(text), root, ctx.index, q.accented)
    # what a child is picked by ("mấy nhóm, nhóm nào nói về đối ngoại nhân dân") asks for no part of the node
    at = q.pick_at()
    if node is not None and node_asks.asks_part(ctx, node_asks.cue_sentence(f[:at], text[:at]), node, root, q.known,
                                                q.accented):
        node = None
    # "phần tổ chức thực hiện có một điểm giao riêng cho Mặt trận": the node inside it that assigns the body named
    node = assigned_node(f, node or root, ctx.index.units, named=node is not None) or node
    if node is None and fallback is not None:
        node = fallback(ctx, root)
    if not (counts or lists):
        # what a node named by its heading words says ("phần quan điểm, mục tiêu nói gì"): the node itself
        if node is None:
            return None
        if node.numbered():
            return render.children(ctx, q.doc_id, root, node, q.citer, itself=True, each=q.each)
        return q.leaf(node)
    noun, span = address.asked_noun(f, q.cm)
    # "giao MTTQ những nhiệm vụ gì": with a topic beyond the noun, the noun alone does not find a node
    lookup = "" if remaining_terms(f, NEUTRAL | NOUN_WORDS, keep=KEEP) else address.named_noun(f, noun)
    if node is None and lookup and lookup in BODIES:
        node = address.body_node(ctx, q.doc_id, root)
    elif node is None and lookup and address.bare_noun(lookup) not in GENERIC:
        node = address.noun_node(lookup, root)
    if node is None and counts and address.names_node(f, text):
        # "phần mục tiêu gồm mấy ý": a node named by its heading words that has no numbered children is quoted
        # (its paragraphs are what it holds), not the whole document counted
        leaf = headings.heading_match(address.terms(text), root, q.accented, leaves=True, known=q.known)
        node = leaf if leaf is not None and not leaf.numbered() else None
    if node is None and (has_any(f, WHOLE) or (noun and address.is_flat(root))):
        node = root
    if node is None:
        return None
    # "phần quan điểm, mục tiêu có mấy quan điểm": the child headed by the noun counted holds the ones counted
    node = address.titled_child(node, address.bare_noun(noun), lambda n: bool(n.numbered())) or node
    if not node.numbered():
        return render.leaf(ctx, q.doc_id, root, node, q.citer, whole=node_asks.whole(f))
    named = span if noun and noun not in BODIES and address.bare_noun(noun) not in ("phan", "muc") else None
    return render.children(ctx, q.doc_id, root, node, q.citer, counts, asked=named, each=q.each,
                           last_first=q.last_first(node), first=q.picked(node) or q.dated(node))
