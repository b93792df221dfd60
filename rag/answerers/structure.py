"""Structure questions answered from the outline: "gồm những phần nào", "phần III có mấy …", "nhiệm vụ
thứ ba là gì", "mục IV giao cho những ai", "phần III.2 nói gì".

This module decides what is asked (a count, a list, the n-th child, what one node says) and hands the
node to rag.answerers.render; rag.answerers.address finds the node (by number, ordinal word, heading words
or counted noun). Counts are the node's numbered children, counted from the tree; "là phần thứ mấy" asks a
node's place among its siblings. Anything that is not clearly about structure returns None.
"""
from __future__ import annotations

import re

from rag.answerers import Structured, address, headings, render
from rag.answerers.assigned import assigned_node
from rag.answerers.address import ABOUT_RE, BODIES, COUNT_RE, GENERIC, LIST_RE, NOUN_WORDS, ORD_RE, WHOLE
from rag.answerers.headings import KEEP, NEUTRAL
from rag.answerers.common import Citer, doc_of, has_any, remaining_terms
from rag.answerers.forms import asks_about_typed, forms
from rag.answerers.qualifiers import without_context
from rag.answerers.task_query import due_asked
from rag.question.intents import intents_of
from rag.tables.outline import node_units, outline_of
from rag.text import content_terms, fold, has_diacritics

# "mỗi tiểu mục bàn chuyện gì", "từng nhóm nói gì": each child is asked about, not only named
EACH_RE = re.compile(r"\b(?:moi|tung)\s+(?:" + address.NOUN_ALT + r")\b")
ASKS_RE = re.compile(r"\b(?:gi|nao|ra sao|the nao|o dau|vi sao|tai sao|bao nhieu|ai)\b")
CLAUSE_RE = re.compile(r"[,;:?.!]|\b(?:va|con|hay)\b")   # where one ask of a question ends and another may begin
SEVERAL_WHOLE = 1000       # a node asked several things at once is quoted whole up to this many characters


def _whole(f: str) -> int:
    """How long a paragraph of a node is quoted whole: longer when the question asks several things of it ("đánh
    giá tình hình ra sao: làm được gì, còn yếu ở đâu, vì sao"), which its later sentences answer."""
    several = len({m.group(0) for m in ASKS_RE.finditer(f)}) >= 2 or \
        sum(bool(ASKS_RE.search(c)) for c in CLAUSE_RE.split(f)) >= 2     # "hạn chế gì và nguyên nhân là gì"
    return SEVERAL_WHOLE if several else render.LEAF_WHOLE


def _beyond_heading(text: str, node, root, known: tuple[str, ...], accented: bool) -> list[str]:
    """The question's words in order, those its node's heading chain (and the document's name) already says, and
    the neutral ones, blanked to "" (so two words side by side stay side by side only when typed so)."""
    asked = address.terms(text)
    chain = [n for n in root.walk() if n.title and node in n.walk()]
    said = {t for n in chain for t in content_terms(n.title if accented else fold(n.title))} | set(known)
    return [t if t not in said and t not in NEUTRAL else "" for t in headings.without_nouns(asked)]


def _pairs_in(extra: list[str], body: str) -> set[str]:
    """The pairs of words side by side in `extra` that `body` (content words joined by spaces) prints."""
    return {f"{a} {b}" for a, b in zip(extra, extra[1:]) if a and b and f"{a} {b}" in body}


def _body(ctx, uids, accented: bool) -> str:
    return " ".join(" ".join(content_terms(ctx.index.units[u].text if accented else fold(ctx.index.units[u].text)))
                    for u in uids if u in ctx.index.units)


def _asks_part(ctx, text: str, node, root, known: tuple[str, ...], accented: bool) -> bool:
    """A node named by part of a long heading ("Đảng đoàn Mặt trận Tổ quốc …"), and beyond the words of its
    heading chain the question names two words side by side that the node's text prints ("… những nhiệm vụ gì
    về giám sát, phản biện"): it asks for part of the node, which retrieval finds."""
    asked = address.terms(text)
    own = content_terms(node.title if accented else fold(node.title))
    if own and sum(t in asked for t in own) >= headings.HEADING_SHARE * len(own):
        return False              # the heading said whole ("phần tổ chức thực hiện"): the node itself
    extra = _beyond_heading(text, node, root, known, accented)
    return bool(_pairs_in(extra, _body(ctx, node_units(node), accented)))


def _asked_unit(ctx, text: str, node, root, known: tuple[str, ...], accented: bool):
    """The paragraph of a node named whole by its heading that prints the most of what the question asks beyond
    that heading, as pairs of words side by side ("phần đánh giá tình hình chỉ ra những hạn chế gì và nguyên
    nhân chủ yếu là gì": the paragraph on the causes of the shortcomings); None when none prints any pair."""
    extra = _beyond_heading(text, node, root, known, accented)
    best, most = None, 0
    for uid in (u for n in node.walk() for u in n.units):
        got = len(_pairs_in(extra, _body(ctx, [uid], accented)))
        if got > most:
            best, most = ctx.index.units[uid], got
    return best


def _cue_sentence(f: str, text: str) -> str:
    """The sentence of the question (as typed, `text`; `f` folded, same offsets) that asks for the count or the
    list; the whole question when no one sentence does. A sentence beside it asks something of its own ("<place>
    gồm mấy ý? Trong đó có ý nào nhắc tới <tên cơ quan> không?"), which the children quoted answer."""
    for m in re.finditer(r"[^.?!]+[.?!]*", f):
        if COUNT_RE.search(m.group(0)) or LIST_RE.search(m.group(0)):
            return text[m.start():m.end()]
    return text


def _stated(claim: re.Match) -> int | None:
    """The count a claim states: its digits ("4 nhóm") or its cardinal word ("bảy ý", folded; the claim pattern's
    own table of cardinals, rag/data/question_forms.toml)."""
    word = claim.group(0).split()[0]
    return int(word) if word.isdigit() else forms()["structure"]["cardinals"].get(word)


def answer(ctx, fallback=None) -> Structured | None:
    """The structure answer, or None when the question is not recognised as one. `fallback(ctx, root)`, given
    when a model has already judged the question a structure question (rag.answerers.backstop), replaces the
    recognition by question forms: a node asked about is then assumed, and when no number, ordinal or heading
    words find it, `fallback` gives it."""
    if getattr(ctx.index, "tasks", None) and due_asked(ctx.u):
        return None          # the list is restricted by a deadline, which the outline does not know: the task table
    doc_id = doc_of(ctx)
    root = outline_of(ctx.index, doc_id) if doc_id else None
    if root is None or not root.numbered():
        return None
    # same offsets; what the asker says of themselves asks nothing ("Tôi cần đưa vào phần mở đầu tờ trình.")
    text = ctx.u.without_doc_names()
    f = without_context(ctx.u.without_doc_names(accented=False), before_request=False, typed=text,
                        named=ctx.u.alias_spans)
    accented = has_diacritics(text)
    if "deadline" in intents_of(f):
        return None             # "6 nhóm nhiệm vụ … hạn chót là năm nào": a deadline, asked of the tasks
    cm = address.count_asked(f)
    counts, lists = bool(cm), bool(LIST_RE.search(f))
    about = bool(ABOUT_RE.search(f)) or asks_about_typed(text) or fallback is not None
    # "mỗi tiểu mục nói gì"; a count the asker states to have it checked ("ra bảy ý, đúng chưa"): each item in full,
    # the items themselves attest the count (not the last one cited first; the text's own statement of it still is)
    claimed = bool(cm) and COUNT_RE.search(f) is None

    def last_first(node) -> bool:
        """A count asked is attested by its last child cited first, and so is a stated count the tree corrects
        ("chia làm 6 phần" of five); a stated count the tree confirms is attested by the children listed."""
        return not claimed or _stated(cm) != len(node.numbered())
    # a list asked several things of at once ("nhắm tới những mục tiêu gì, mốc 2030 và 2045 đặt ra ra sao"): each
    # item quoted whole, as a node asked so is (`_whole`), its later sentences answering the other asks
    each = bool(EACH_RE.search(f)) or claimed or (bool(LIST_RE.search(f)) and _whole(f) == SEVERAL_WHOLE)
    citer = Citer(ctx.index)
    # "giao cho mấy đầu mối": what is counted are the bodies work is assigned to
    counted = address.asked_noun(f, cm)[0] if counts else ""
    bodies = bool(counted) and (counted in BODIES or address.bare_noun(counted) in BODIES)
    known = headings.doc_words(ctx, doc_id, accented)
    node, ref = address.explicit(f, root, text, known)
    numbered = None
    if node is not None and ref and address.CHECK_RE.search(f):
        # the asker says a number is the node some heading words name, and it is another: the heading words say
        # what they want, the number's node is said apart
        other = address.named_instead(f, text, node, root, known, ctx.index.units)
        numbered, node = (node, other) if other is not None else (None, node)
    om = address.ordinal(f, text)
    if om and re.search(r"\blan\s*$", f[:om.start("n") if om.group("n") else om.start()]):
        om = None                    # "lần thứ hai": a time, no node's ordinal
    if om:
        # the question less the ordinal and its noun: the words that name the container
        words = text[:om.start()] + " " + text[om.start("mid"):om.end("mid")] + " " + text[om.end():]
        container = node or address.container_of(ctx, doc_id, words, om, root)
        # "cái mục giao cho Mặt trận …, việc đầu tiên": the node that assigns the body named counts the ordinal
        named = container not in (None, root)
        container = assigned_node(f, container or root, ctx.index.units, named=named) or container
        if node is None and address.in_apposition(om, container, root):
            # "phần kết — tổ chức thực hiện —", "phần <heading words>, tức phần thứ N": the ordinal and
            # the heading words name the same node, which is then what is asked about, not its last child
            node, om = container, None
    if om:
        noun, noun_span = address.counted_noun(f, om)
        if container is not None and noun in address.DASH_NOUNS and \
                not any(c.kind == "dash" for c in container.numbered()):
            container = None         # "gạch đầu dòng cuối" of a node not found: not the last part
        if container is not None:
            k = address.ordinal_of(om, len(container.numbered()))
            kth = container.numbered()[k - 1] if 1 <= k <= len(container.numbered()) else None
            if kth is not None and kth.numbered() and cm and cm.start() > om.end():
                # "phần thứ ba gồm mấy nhiệm vụ": the ordinal names the node whose children are counted
                return render.children(ctx, doc_id, root, kth, citer, bool(cm))
            got = (render.nth(ctx, doc_id, root, container, k, citer, noun_span, counts=bool(cm),
                              text_first=_whole(f) == SEVERAL_WHOLE) or
                   render.absent(ctx, doc_id, root, container, str(k), citer))
            # "nhóm thứ tư với nhóm cuối": more ordinals of the same noun, in the same container; "nhóm thứ hai
            # và thứ năm": a bare ordinal joined to the first one
            more = [m for m in ORD_RE.finditer(f, om.end()) if address.same_noun(m.group("noun"), noun)]
            more = address.joined_ordinals(f, om, text) + more
            texts = [got.text] if got is not None else []
            for m in more if got is not None and not got.refused else []:
                extra = render.nth(ctx, doc_id, root, container, address.ordinal_of(m, len(container.numbered())),
                                   citer, m.span("noun") if "noun" in m.re.groupindex else noun_span)
                texts += [extra.text] if extra is not None else []
            return Structured("\n".join(texts), citer.citations, "structure") if len(texts) > 1 else got
    if re.search(r"\bthu (?:may|bao nhieu)\b", f):
        # "phần tổ chức thực hiện là phần thứ mấy": the named node's place among its siblings
        node = node or headings.heading_match(address.terms(text), root, accented, leaves=True, known=known)
        parent = next((n for n in root.walk() if node is not None and node in n.numbered()), None)
        if parent is not None:
            return render.nth(ctx, doc_id, root, parent, parent.numbered().index(node) + 1, citer)
    if node is None and ref and (counts or lists or about):
        return render.absent(ctx, doc_id, root, address.missing_parent(root, ref), ref, citer)
    if node is not None:
        node = assigned_node(f, node, ctx.index.units) or node     # "phần IV, mục giao cho Ban …"
        if not (counts or lists or about or address.only_names(f, text, node, root, known)):
            return None
        if node.numbered():
            got = render.children(ctx, doc_id, root, node, citer, counts, itself=about and not (counts or lists),
                                  each=each, last_first=last_first(node), bodies=bodies,
                                  first=_asked_unit(ctx, _cue_sentence(f, text), node, root, known, accented)
                                  if counts and _whole(f) == SEVERAL_WHOLE else None)
        else:
            got = render.leaf(ctx, doc_id, root, node, citer, whole=_whole(f),
                              first=_asked_unit(ctx, _cue_sentence(f, text), node, root, known, accented),
                              text_first=_whole(f) == SEVERAL_WHOLE)
        return render.with_number_elsewhere(got, numbered, root, citer) if numbered is not None else got
    if not (counts or lists or (about and (fallback is not None or address.names_node(f, text)))):
        return None
    node = headings.heading_match(address.terms(text), root, accented, leaves=not (counts or lists), known=known)
    marked = headings.marked_phrase(f, text) if node is None else ""
    if marked:
        # "chỗ nói về công tác dân vận": the words after the marker name the heading, the asker's own for the
        # place do not
        node = headings.heading_match(address.terms(marked), root, accented, leaves=not (counts or lists), known=known)
    if node is None and (counts or lists):
        # "mấy việc trọng tâm": another noun for the heading's; "đoạn nói về …": an untitled node's opening words
        node = headings.noun_named(f, text, root) or \
            headings.lead_match(address.terms(text), root, ctx.index, accented)
    if node is not None and _asks_part(ctx, _cue_sentence(f, text), node, root, known, accented):
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
            return render.children(ctx, doc_id, root, node, citer, itself=True, each=each)
        return render.leaf(ctx, doc_id, root, node, citer, whole=_whole(f),
                           first=_asked_unit(ctx, _cue_sentence(f, text), node, root, known, accented),
                           text_first=_whole(f) == SEVERAL_WHOLE)
    noun, span = address.asked_noun(f, cm)
    # "giao MTTQ những nhiệm vụ gì": with a topic beyond the noun, the noun alone does not find a node
    lookup = "" if remaining_terms(f, NEUTRAL | NOUN_WORDS, keep=KEEP) else address.named_noun(f, noun)
    if node is None and lookup and lookup in BODIES:
        node = address.body_node(ctx, doc_id, root)
    elif node is None and lookup and address.bare_noun(lookup) not in GENERIC:
        node = address.noun_node(lookup, root)
    if node is None and (has_any(f, WHOLE) or (noun and address.is_flat(root))):
        node = root
    if node is None:
        return None
    if not node.numbered():
        return render.leaf(ctx, doc_id, root, node, citer, whole=_whole(f))
    named = span if noun and noun not in BODIES and address.bare_noun(noun) not in ("phan", "muc") else None
    return render.children(ctx, doc_id, root, node, citer, counts, asked=named, each=each, last_first=last_first(node),
                           bodies=bodies)
