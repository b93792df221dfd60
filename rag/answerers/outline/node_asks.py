"""What a structure question asks of the node it names beyond naming it (rag.answerers.outline.structure): how many
things at once (a node asked several is quoted longer, its text cited first), which of its paragraphs prints what
it asks beyond its heading, whether it asks for part of the node only, the sentence that asks the count or the
list, and the count an asker states."""
from __future__ import annotations

import re

from rag.answerers.outline import address, headings, render
from rag.answerers.outline.address import COUNT_RE, LIST_RE
from rag.answerers.forms import forms
from rag.answerers.outline.headings import NEUTRAL
from rag.question.negation import NEGATION_RE, NEGATIONS, negation_at
from rag.tables.outline import node_units
from rag.text import FOLDED_WORD_RE, content_terms, fold, typed_one_of

ASKS_RE = re.compile(r"\b(?:gi|nao|ra sao|the nao|o dau|vi sao|tai sao|bao nhieu|ai)\b")
CLAUSE_RE = re.compile(r"[,;:?.!]|\b(?:va|con|hay)\b")   # where one ask of a question ends and another may begin
SEVERAL_WHOLE = 1000       # a node asked several things at once is quoted whole up to this many characters


def whole(f: str) -> int:
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


def asks_part(ctx, text: str, node, root, known: tuple[str, ...], accented: bool) -> bool:
    """A node named by part of a long heading ("Đảng đoàn Mặt trận Tổ quốc …"), and beyond the words of its
    heading chain the question names two words side by side that the node's text prints ("… những nhiệm vụ gì
    về giám sát, phản biện"): it asks for part of the node, which retrieval finds."""
    asked = address.terms(text)
    own = content_terms(node.title if accented else fold(node.title))
    if own and sum(t in asked for t in own) >= headings.HEADING_SHARE * len(own):
        return False              # the heading said whole ("phần tổ chức thực hiện"): the node itself
    extra = _beyond_heading(text, node, root, known, accented)
    return bool(_pairs_in(extra, _body(ctx, node_units(node), accented)))


def asked_unit(ctx, text: str, node, root, known: tuple[str, ...], accented: bool):
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


# "nhiệm vụ nào nói đến …", "nhóm nào là nhóm …", "có câu nào dính tới …": one child (or one sentence of the node)
# picked by what it says (not "những/các khối nào", a list)
WHICH_RE = re.compile(r"(?<!nhung )(?<!cac )\b(?:" + address.NOUN_ALT + r"|cau|doan)\s+nao\b")


NEGATED_WITHIN = 3     # a pick is negated by one of the first this many words after its "nào"
# "ngoài" of a pick ("nhóm nào ngoài phạm vi …"), not "besides" one node ("nhóm nào ngoài nhóm đầu", "ngoài cái thứ
# hai"): a node noun or an ordinal after it sets that node aside, the pick is still by what a child says
_BESIDES_RE = re.compile(r"\s+(?:(?:" + address.NOUN_ALT + r"|cai)\b|thu\s)")


def _negates(f: str, typed: str, w: re.Match) -> bool:
    """The folded word `w` negates what is picked: a negation as typed (rag.question.negation), or "ngoài" that sets
    no node aside."""
    if w.group(0) == "ngoai":
        return typed_one_of(typed, w.span(), "ngoài") and not _BESIDES_RE.match(f, w.end())
    return negation_at(f, typed, w.span())


def negated_pick(f: str, at: int, typed: str = "") -> bool:
    """The ask picking a child at `at` (folded, WHICH_RE's match; `typed` the question as typed, same offsets, "" when
    only the fold is known) picks it by what it does not say ("nhóm nào không nói về Mặt trận …", "ý nào chưa có thời
    hạn cụ thể", "nhóm nào là nhóm không …"): a negation among the first NEGATED_WITHIN words after its "nào", not the
    last word of its clause (a closing "… không?" asks yes or no); "chứa" typed is no "chưa", "ngoài nhóm đầu" sets
    a node aside."""
    m = WHICH_RE.match(f, at)
    if m is None:
        return False
    end = CLAUSE_RE.search(f, m.end())
    words = list(FOLDED_WORD_RE.finditer(f, m.end(), end.start() if end else len(f)))
    return any(_negates(f, typed, w) for w in words[:NEGATED_WITHIN][:len(words) - 1])


# "không có thời hạn", "chưa được giao hạn chót": a negation right before the deadline's cue, or its verb
_NEGATED_CUE_RE = re.compile(r"\b(?:" + "|".join(NEGATIONS) + r")(?:\s+(?:co|duoc\s+giao|duoc))?\s+$")


def negated_before(f: str, at: int, typed: str = "") -> bool:
    """The cue at `at` of the folded question (`typed` as typed, same offsets) is asked negated: a negation right
    before it or its verb ("ý nào không có thời hạn", "chưa được giao hạn chót"), or after a "nào" of its clause
    ("ý nào không ghi thời hạn"). A negation elsewhere in the clause negates something else ("việc chưa làm xong thì
    thời hạn khi nào"), and a polite "không biết hạn chót khi nào" negates nothing."""
    starts = [m.end() for m in CLAUSE_RE.finditer(f, 0, at)]
    start = starts[-1] if starts else 0
    m = _NEGATED_CUE_RE.search(f, start, at)
    if m is not None and negation_at(f, typed, FOLDED_WORD_RE.match(f, m.start()).span()):
        return True
    which = [w.end() for w in re.finditer(r"\bnao\b", f[:at]) if w.start() >= start]
    return bool(which) and any(negation_at(f, typed, w.span()) for w in NEGATION_RE.finditer(f, which[0], at))


def picked_after(f: str, asked: re.Match | None) -> int | None:
    """Where, after the count or the list it asks (`asked`), the folded question asks which one of the children
    says something ("có mấy nhiệm vụ trọng tâm, nhiệm vụ nào nói đến …"; "chia thành mấy nhóm? Nhóm nào là nhóm nói
    về …"; "chia làm những tiểu mục nào? Chỗ đó có câu nào dính tới …"): the offset of that ask, None when it asks
    none."""
    if asked is None:
        return None
    # a list's own question word ends it ("những tiểu mục nào"; its pattern may run on to a later "nào")
    end = re.compile(r"\b(?:nao|gi)\b").search(f, asked.start())
    m = WHICH_RE.search(f, min(asked.end(), end.end() if end else asked.end()))
    return m.start() if m else None


PICK_PAIRS = 2         # word pairs a child's heading must share with the ask that picks the child by its heading


def _pick(ctx, text: str, node, root, known: tuple[str, ...], accented: bool, headings_only: bool):
    """(child, unit, pairs, tied) of the best-scored unit among `node`'s children: the pairs of words side by side
    that `text` (the ask picking a child) says beyond the heading chain and the unit prints. Each child's heading
    line counts as its text does (and leads on a tie: the heading names the child picked); `headings_only`: only
    the children's heading lines are read (a child picked by its heading, never a paragraph deeper down)."""
    extra = _beyond_heading(text, node, root, known, accented)
    best, unit, most, tied = None, None, 0, False
    for kid in node.numbered():
        for n in [kid] if headings_only else kid.walk():
            for uid in ([n.heading] if n.heading else []) + ([] if headings_only else list(n.units)):
                got = len(_pairs_in(extra, _body(ctx, [uid], accented))) if uid in ctx.index.units else 0
                if got > most:
                    best, unit, most, tied = kid, ctx.index.units[uid], got, False
                elif got and got == most and kid is not best:
                    tied = True
    return best, unit, most, tied


def picked_unit(ctx, text: str, node, root, known: tuple[str, ...], accented: bool):
    """The unit of one of `node`'s children that prints the most of what `text` (the ask picking a child) says
    beyond the heading chain, as pairs of words side by side (`_pick`); None when none prints any pair."""
    return _pick(ctx, text, node, root, known, accented, headings_only=False)[1]


def picked_child(ctx, text: str, node, root, accented: bool):
    """The child of `node` whose heading line alone prints the most of what `text` (the ask picking a child) says
    beyond the heading chain, at least PICK_PAIRS pairs of words side by side (`_pick`, its heading lines only);
    None when none prints so many, or two children print as many. The words of the document's own name are read
    here: a child's heading may say them ("Nhóm nào nói về phát huy dân chủ …", "… xây dựng, chỉnh đốn Đảng" of a
    document on "phát huy … đại đoàn kết …, xây dựng đất nước"), and a pick by them alone ties or falls short."""
    kid, _, most, tied = _pick(ctx, text, node, root, (), accented, headings_only=True)
    return kid if most >= PICK_PAIRS and not tied else None


def cue_sentence(f: str, text: str) -> str:
    """The sentence of the question (as typed, `text`; `f` folded, same offsets) that asks for the count or the
    list; the whole question when no one sentence does. A sentence beside it asks something of its own ("<place>
    gồm mấy ý? Trong đó có ý nào nhắc tới <tên cơ quan> không?"), which the children quoted answer."""
    for m in re.finditer(r"[^.?!]+[.?!]*", f):
        if COUNT_RE.search(m.group(0)) or LIST_RE.search(m.group(0)):
            return text[m.start():m.end()]
    return text


def stated(claim: re.Match) -> int | None:
    """The count a claim states: its digits ("4 nhóm") or its cardinal word ("bảy ý", folded; the claim pattern's
    own table of cardinals, rag/data/question_forms.toml)."""
    word = claim.group(0).split()[0]
    return int(word) if word.isdigit() else forms()["structure"]["cardinals"].get(word)


def several(f: str) -> bool:
    """The folded question asks several things of its node at once ("giao cho ai, làm gì, hạn khi nào")."""
    return whole(f) == SEVERAL_WHOLE


# which body, said by its noun ("cơ quan nào", "những đơn vị nào", "ban nào") or "ai"
_WHO_RE = re.compile(r"\b(?:(?:co quan|don vi|ban|ben|to chuc|luc luong|bo phan|nganh|cap)\s+nao|ai)\b")


def only_who(f: str) -> bool:
    """Every ask of the folded question asks which body ("đầu mối số 6 là cơ quan nào và phối hợp với những đơn vị
    nào"): what a heading naming the bodies answers, not the work they are given ("giao cho ai, làm gì")."""
    asking = [c for c in CLAUSE_RE.split(f) if ASKS_RE.search(c)]
    return bool(asking) and all(
        {m.span() for m in ASKS_RE.finditer(c)} <= {(w.end() - len(w.group(0).split()[-1]), w.end()) for w in
                                                   _WHO_RE.finditer(c)} for c in asking)
