"""A structure question as the structure answerer reads it (rag.answerers.outline.structure): its document's
outline, the question as typed and folded with the asker's context and asides left out, and what it asks (a count,
a list, what one node says, each child, a stated count to check, a deadline of a node), with the picks the answer
needs (the paragraph that answers what is asked beyond a heading, the child picked after a count, the dated child)."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from rag.answerers import Structured
from rag.answerers.common import Citer, doc_of
from rag.answerers.document.qualifiers import without_context
from rag.answerers.forms import asks_about_typed
from rag.answerers.outline import address, headings, node_asks, render
from rag.answerers.outline.address import ABOUT_RE, COUNT_RE, LIST_RE, WHOLE
from rag.answerers.outline.asides import aside_spans
from rag.answerers.work.task_query import due_asked
from rag.question.intents import cues_of, intents_of
from rag.question.target import without
from rag.tables.outline import ONode, node_units, outline_of
from rag.tables.tasks import dated_units
from rag.text import has_diacritics

# "mỗi tiểu mục bàn chuyện gì", "từng nhóm nói gì": each child is asked about, not only named
EACH_RE = re.compile(r"\b(?:moi|tung)\s+(?:" + address.NOUN_ALT + r")\b")


@dataclass
class Asked:
    """A structure question as read: its document's outline, the question as typed (`text`, document names
    blanked) and folded (`f`, same offsets, the asker's context left out), and what it asks."""
    ctx: object
    doc_id: str
    root: ONode
    text: str
    f: str
    accented: bool
    cm: re.Match | None          # the count asked (or stated to be checked)
    counts: bool
    lists: bool
    about: bool
    each: bool                   # each child asked about, quoted in full
    claimed: bool                # a count the asker states to have it checked
    known: tuple[str, ...]       # the document's own title and issuer words
    citer: Citer = field(default=None)
    deadline: bool = False       # a deadline asked too ("mục cuối cùng giao cho ai, hạn chót khi nào")
    # the question as the cadre typed it, for the checks that read a syllable's marks (a heading typed whole, an
    # ordinal's words, a negation): `text`, or `f` when its marks were put back by the program, which are guesses
    # ("cai cuoi cung" -> "cải cuối cùng", "Ban" -> "Bàn")
    typed: str = ""

    def last_first(self, node: ONode) -> bool:
        """A count asked alone is attested by its last child cited first, and so is a stated count the tree
        corrects ("chia làm 6 phần" of five); a count asked with the list ("mấy khối, là những khối nào", not "bố cục
        gồm mấy phần"), or a stated count the tree confirms, is attested by the children listed in order, the first
        cited first."""
        if self.lists and any(m.group(0).strip() not in WHOLE for m in LIST_RE.finditer(self.f)):
            # "mấy khối, là những khối nào": the children listed in order attest the count; a word naming the
            # layout ("bố cục gồm mấy phần", "cấu trúc có mấy phần") asks no list: a count of parts, as asked alone
            return False
        return not self.claimed or node_asks.stated(self.cm) != len(node.numbered())

    def asked_unit(self, node: ONode):
        """The paragraph of `node` that prints most of what the question asks beyond its heading (or None)."""
        return node_asks.asked_unit(self.ctx, node_asks.cue_sentence(self.f, self.text), node, self.root,
                                    self.known, self.accented)

    def pick_at(self) -> int | None:
        """Where the question, after the count or the list it asks, picks one child by what it says ("…, nhiệm vụ
        nào nói đến …"); None when it picks none, or picks by what a child does not say ("nhóm nào không nói về …":
        the child printing those words is the opposite of the one asked)."""
        asked = self.cm if self.counts else LIST_RE.search(self.f) if self.lists else None
        at = node_asks.picked_after(self.f, asked) if not self.claimed else None
        return None if at is None or node_asks.negated_pick(self.f, at, self.typed) else at

    def picked(self, node: ONode):
        """The paragraph of a counted or listed node's child that the question picks by what it says after the
        count or the list ("có mấy nhiệm vụ trọng tâm, nhiệm vụ nào nói đến chuyện gỡ vướng …"): cited before the
        list, as the answer to that ask; None when no child is so picked or no paragraph prints what the ask says."""
        at = self.pick_at()
        if at is None or not node.numbered():
            return None
        return node_asks.picked_unit(self.ctx, self.text[at:], node, self.root, self.known, self.accented)

    def answering(self, node: ONode):
        """The paragraph of a listed node that prints what the question asks beyond its heading, cited before the
        list ("trong phần III, vai trò của cựu chiến binh được nói thế nào"); none for the whole document (its
        parts in order are the answer) or when the question sets one child aside ("ngoài Bộ Chính trị ra")."""
        if node is self.root or render.set_aside(self.ctx, node.numbered()) is not None:
            return None
        return self.asked_unit(node)

    def dated(self, node: ONode):
        """Asked a count and a deadline of a node named by its number or an ordinal ("Mục 8 phần IV kế hoạch 21 có
        mấy ý, hạn chót khi nào"; read() passes on no other deadline question): the one paragraph under the counted
        node whose task row sets a date or period (tasks.is_dated), cited before the list, as the answer to the
        deadline asked. Asked a deadline not set ("ý nào không có thời hạn", "chưa có thời hạn cụ thể": every deadline
        cue typed is negated, `node_asks.negated_before`; "việc chưa làm xong thì thời hạn khi nào" still asks one),
        the one child none of whose paragraphs sets one. None when no
        deadline is asked, or no one paragraph (or child) answers so."""
        if not (self.deadline and self.counts):
            return None
        dated = dated_units(getattr(self.ctx.index, "tasks", None) or [])
        cues = cues_of("deadline", self.f)
        if cues and all(node_asks.negated_before(self.f, c.start(), self.typed) for c in cues):
            undated = [node_units(k) for k in node.numbered() if not dated & set(node_units(k))]
            return self.ctx.index.units.get(undated[0][0]) if len(undated) == 1 and undated[0] else None
        under = [u for u in node_units(node) if u in dated]
        return self.ctx.index.units.get(under[0]) if len(under) == 1 else None

    def leaf(self, node: ONode) -> Structured | None:
        """A node without numbered children, quoted: the paragraph that answers what else is asked first."""
        several = node_asks.several(self.f)
        # asked only which bodies ("là cơ quan nào và phối hợp với những đơn vị nào"): the heading naming them answers
        who = several and node_asks.only_who(self.f)
        return render.leaf(self.ctx, self.doc_id, self.root, node, self.citer, whole=node_asks.whole(self.f),
                           first=None if who else self.asked_unit(node), text_first=several and not who)


def read(ctx, fallback=None) -> Asked | None:
    """The question read as a structure question of one document's outline; None when it asks a deadline (the task
    table's) or names no document with a numbered outline."""
    if getattr(ctx.index, "tasks", None) and due_asked(ctx.u):
        return None          # the list is restricted by a deadline, which the outline does not know: the task table
    doc_id = doc_of(ctx)
    root = outline_of(ctx.index, doc_id) if doc_id else None
    if root is None or not root.numbered():
        return None
    # same offsets; what the asker says of themselves asks nothing ("Tôi cần đưa vào phần mở đầu tờ trình.")
    text = ctx.u.without_doc_names()
    f = without_context(ctx.u.without_doc_names(accented=False), before_request=False, typed=text,
                        named=ctx.u.alias_spans, printed=ctx.index.docs[doc_id].text)
    # "Phần đầu thì tôi biết là …, còn phần thứ hai …", "giao cho những ai: A, B, … phải không": what the asker
    # says they know or guesses names no node asked
    aside = aside_spans(f, text)
    f, text = without(f, aside), without(text, aside)
    accented = has_diacritics(text)
    # "6 nhóm nhiệm vụ … hạn chót là năm nào": a deadline, asked of the tasks; of one node named by its place
    # ("mục cuối cùng giao cho ai, hạn chót khi nào"), the node answers when its text prints one (`answer`)
    deadline = "deadline" in intents_of(f)
    if deadline and address.ordinal(f, text) is None and not address.refs_in(f, text):
        return None
    cm = address.count_asked(f)
    counts, lists = bool(cm), bool(LIST_RE.search(f))
    about = bool(ABOUT_RE.search(f)) or asks_about_typed(text) or fallback is not None
    # "mỗi tiểu mục nói gì"; a count the asker states to have it checked ("ra bảy ý, đúng chưa"): each item in full,
    # the items themselves attest the count (not the last one cited first; the text's own statement of it still is)
    claimed = bool(cm) and COUNT_RE.search(f) is None
    # a list asked several things of at once ("nhắm tới những mục tiêu gì, mốc 2030 và 2045 đặt ra ra sao"): each
    # item quoted whole, as a node asked so is (`node_asks.whole`), its later sentences answering the other asks
    each = bool(EACH_RE.search(f)) or claimed or (lists and node_asks.several(f))
    return Asked(ctx, doc_id, root, text, f, accented, cm, counts, lists, about, each, claimed,
                 headings.doc_words(ctx, doc_id, accented), Citer(ctx.index), deadline,
                 text if ctx.u.accents_typed or not ctx.u.reaccented else f)
