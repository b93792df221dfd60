"""A structure question that names a child by its place, "nhóm thứ hai", "việc đầu tiên", "cái cuối cùng" (for
rag.answerers.outline.structure): the container it counts in (named by number, heading words, the body it assigns, or the
noun counted; rag.answerers.outline.address), and the n-th child, with more ordinals of the same noun answered together.
An ordinal in apposition to the heading words of the node it counts ("phần kết — tổ chức thực hiện —") names that
node itself, which is handed back; so does one that counts, by a noun its parent's heading prints, the node the other
words name or one holding it ("nhóm giải pháp thứ hai, chỗ nói về các giai tầng": address.counts_what_holds)."""
from __future__ import annotations

import re

from rag.answerers import Structured

from rag.answerers.outline import address, headings, node_asks, render
from rag.answerers.outline.address import ORD_RE
from rag.answerers.outline.assigned import assigned_node
from rag.answerers.outline.body_number import assigning_part
from rag.answerers.outline.described_list import described_list
from rag.answerers.document.purpose import PURPOSE_WORDS, purpose_nodes


def answer(q, node):
    """(done, answer, node): done when the ordinal was answered (the answer may be None); else the node the
    question names, which an ordinal in apposition may have set."""
    ctx, f, text, root = q.ctx, q.f, q.text, q.root
    om = address.ordinal(f, q.typed)
    if om and re.search(r"\blan\s*$", f[:om.start("n") if om.group("n") else om.start()]):
        om = None                    # "lần thứ hai": a time, no node's ordinal
    if not om:
        return False, None, node
    if node is not None and _number_in_apposition(q, om, node):
        # "mục cuối cùng (mục 7)": the ordinal and the number name the same node, which is asked about
        return False, None, node
    # the question less the ordinal and its noun: the words that name the container
    words = text[:om.start()] + " " + text[om.start("mid"):om.end("mid")] + " " + text[om.end():]
    folded_words, typed_words = (t[:om.start()] + " " + t[om.start("mid"):om.end("mid")] + " " + t[om.end():]
                                 for t in (f, q.typed if len(q.typed) == len(f) else f))
    # "mục thứ ba của phần giao việc", "phần giao việc cho Mặt trận, ý thứ hai": the part that assigns the work,
    # whose heading is not said, is the scope the container is looked for in (a body named inside it, else itself)
    scope, part = root, None if node else assigning_part(ctx, q.doc_id, folded_words, root, typed_words)
    if part is not None:
        scope, (a, b) = part
        words = words[:a] + " " * (b - a) + words[b:]      # the words naming the part name no heading inside it
    container = node or purpose_counted(f, om, root) or address.container_of(ctx, q.doc_id, words, om, scope)
    if part is not None and container is scope:
        # "phần phân công, ý thứ hai của Ban Dân vận": a body named inside it that holds no numbered child (one
        # paragraph) is still the one counted in, not the list of bodies
        container = headings.heading_match(address.terms(words), scope, q.accented, leaves=True, known=q.known) \
            or container
    # "cái mục giao cho Mặt trận …, việc đầu tiên": the node that assigns the body named counts the ordinal
    named = container not in (None, root)
    container = assigned_node(f, container or root, ctx.index.units, named=named) or container
    if node is None and (address.in_apposition(om, container, root) or
                         address.counts_what_holds(om, container, root)):
        # "phần kết — tổ chức thực hiện —", "phần <heading words>, tức phần thứ N": the ordinal and
        # the heading words name the same node, which is then what is asked about, not its last child; an ordinal
        # after it counts in that node ("phần tổ chức thực hiện cuối cùng có mấy điểm, điểm thứ hai giao cho ai")
        later = address.ordinal(f, q.typed, om.end()) if container.numbered() else None
        if later is None:
            return False, None, container
        return True, _nth(q, container, later, *address.counted_noun(f, later)), node
    noun, noun_span = address.counted_noun(f, om)
    if noun in address.DASH_NOUNS and (container is None or not any(c.kind == "dash" for c in container.numbered())):
        # "gạch đầu dòng cuối" of a node not found, or found without bullets: not the last part, but the list the
        # question describes ("một đoạn kể lần lượt từng giai tầng, … mở đầu là giai cấp công nhân")
        container = described_list(ctx, words, root,
                                   lambda n: 1 <= address.ordinal_of(om, len(n.numbered())) <= len(n.numbered()))
    if container is None:
        return False, None, node
    return True, _nth(q, container, om, noun, noun_span), node


def purpose_counted(f: str, om: re.Match, root):
    """"Mục đích thứ hai", "yêu cầu đầu tiên", "mục tiêu cuối cùng": the ordinal counts the numbered items of the
    section whose heading names that purpose word (rag.answerers.document.purpose), when it has them."""
    said = f[om.start("noun"):]
    word = next((w for w in PURPOSE_WORDS if re.match(rf"{w}\b", said)), None)
    if word is None:
        return None
    return next((n for n in purpose_nodes(root, (word,)) if len(n.numbered()) > 1), None)


def _nth(q, container, om: re.Match, noun: str, noun_span: tuple[int, int]) -> Structured | None:
    ctx, f, root, citer, cm = q.ctx, q.f, q.root, q.citer, q.cm
    k = address.ordinal_of(om, len(container.numbered()))
    kth = container.numbered()[k - 1] if 1 <= k <= len(container.numbered()) else None
    if kth is not None and kth.numbered() and cm and cm.start() > om.end():
        # "phần thứ ba gồm mấy nhiệm vụ": the ordinal names the node whose children are counted
        return render.children(ctx, q.doc_id, root, kth, citer, bool(cm))
    # "chia thành mấy nhóm? Nhóm nào là nhóm nói về …, và nhóm cuối cùng nói về gì?": the child picked by its
    # heading between the count and the ordinal is answered first, under its own lead; not when the ordinal names
    # no child (a refusal cites nothing else) or names the child picked (said once)
    pick = _picked_child(q, container, om) if kth is not None else None
    picked = render.picked(ctx, q.doc_id, root, container, pick, citer, noun_span) \
        if pick is not None and pick is not kth else None
    got = (render.nth(ctx, q.doc_id, root, container, k, citer, noun_span, whole=node_asks.whole(f)) or
           render.absent(ctx, q.doc_id, root, container, str(k), citer))
    if got is not None and picked:
        got = Structured("\n".join([picked, got.text]), citer.citations, got.mode)
    # "nhóm thứ tư với nhóm cuối": more ordinals of the same noun, in the same container; "nhóm thứ hai
    # và thứ năm": a bare ordinal joined to the first one
    more = [m for m in ORD_RE.finditer(f, om.end()) if address.same_noun(m.group("noun"), noun)]
    # "cái thứ hai và cái thứ tư": more ordinals on the classifier, of the noun counted (`counted_noun`)
    more += [m for m in _pronoun_ordinals(f, q.typed, om.end())
             if address.same_noun(address.counted_noun(f, m)[0], noun)]
    more = address.joined_ordinals(f, om, q.typed) + sorted(more, key=lambda m: m.start())
    texts = [got.text] if got is not None else []
    for m in more if got is not None and not got.refused else []:
        own = "noun" in m.re.groupindex and m.group("noun") not in address.PRONOUNS
        extra = render.nth(ctx, q.doc_id, root, container, address.ordinal_of(m, len(container.numbered())),
                           citer, m.span("noun") if own else noun_span)
        texts += [extra.text] if extra is not None else []
    # "có bao nhiêu nhóm …, nhóm thứ năm …": the sentence of the text that states the count, after the children
    said = render.count_line(ctx, q.doc_id, container, citer, noun_span) if cm and got is not None and \
        not got.refused else None
    texts += [said] if said else []
    return Structured("\n".join(texts), citer.citations, "structure") if len(texts) > 1 or said else got


def _picked_child(q, container, om: re.Match):
    """The child of `container` that a "<noun> nào …" ask after the count and before the ordinal picks by its
    heading ("mấy nhóm? Nhóm nào là nhóm nói về đổi mới cách làm của Mặt trận …, và nhóm cuối cùng …"; not a
    negated ask, "nhóm nào không nói về …": `Asked.pick_at`): only the counted children are candidates, by their
    heading lines (`node_asks.picked_child`). None when none is asked or picked, or two tie."""
    at = q.pick_at() if q.cm is not None else None
    if at is None or at >= om.start():
        return None
    return node_asks.picked_child(q.ctx, q.text[at:om.start()], container, q.root, q.accented)


def _pronoun_ordinals(f: str, text: str, start: int) -> list[re.Match]:
    """The ordinals on the classifier "cái" from `start` on (`address.pronoun_ordinal`)."""
    out = []
    while (m := address.pronoun_ordinal(f, text, start)) is not None:
        out.append(m)
        start = m.end()
    return out


def _number_in_apposition(q, om: re.Match, node) -> bool:
    """The node a number names is the one the ordinal counts among its siblings, and the number is typed with the
    ordinal's own noun ("cái mục cuối cùng (mục 7)", "nhóm thứ ba, tức nhóm 3"), or the ordinal's noun is the word
    for the node's kind; "phần III, mục cuối" counts in part III."""
    if om.group("noun") in address.PRONOUNS:
        return False
    if address.in_apposition(om, node, q.root):
        return True
    parent = next((n for n in q.root.walk() if node in n.numbered()), None)
    if parent is None:
        return False
    kids = parent.numbered()
    k = address.ordinal_of(om, len(kids))
    return 1 <= k <= len(kids) and kids[k - 1] is node and \
        any(address.same_noun(m.group(1), om.group("noun")) for m in address.refs_in(q.f, q.text))
