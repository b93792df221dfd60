"""Several questions in one message ("<document> có bao nhiêu nhóm …? nhiệm vụ thứ 5 nội dung thế nào?"), answered
one by one, each by the whole assistant (so each by the answerer its kind needs: a count from the outline, a
deadline from the task table, a date from the catalog, a passage from retrieval).

Where the message is cut is rag.question.split. A question that names no document, after one that does, is asked of
the documents the one before named ("…KH 21 có bao nhiêu nhóm…? nhiệm vụ thứ 5 …?" -> "Kế hoạch 21-KH/TW: nhiệm vụ
thứ 5 …?"); a lead that sets the subject of all of them is carried into each. The answer quotes each question as
typed and its own answer, with its citations. When the assistant refuses any of the questions, or one of them
says nothing of its own beside the documents it names, the message is left to the other answerers, which read it
whole.
"""
from __future__ import annotations

import re

from rag.answerers import Context, Structured
from rag.answerers.outline import address
from rag.answerers.outline.address import ordinal
from rag.answerers.forms import structure_patterns
from rag.answerers.compound.join import join_answers
from rag.answerers.work.task_query import read_question
from rag.question.levels import levels_said
from rag.question.route import understand
from rag.question.split import questions
from rag.text import content_terms, fold

# a question opening with a modal or aspect word ("Phải …", "Cần …", "Được …", "Sẽ …") leaves its subject unsaid:
# it is the subject of the question before
SUBJECTLESS_RE = re.compile(r"^(?:phải|cần|được|bị|sẽ|đã|đang|nên|có thể|có phải)(?![\wÀ-ỹ])", re.I)
# "Còn <subject> thì …?": a question that sets its own subject against the one before
CONTRAST_RE = re.compile(r"^còn\s+(?!phải|cần|được|bị|sẽ|nên|gì|ai|nào)[\wÀ-ỹ]", re.I)
MIN_TERMS = 2          # content terms a question must say beside the documents it names to be asked alone


def texts_asked(ctx: Context) -> tuple[list[str], list[str]] | None:
    """(the questions as typed, the texts asked for them): each with the message's lead, and a question that names
    neither a document nor a level with the documents of the nearest question before it that names some."""
    got = questions(ctx.question, own=lambda piece: names_own_document(piece, ctx.index.docs))
    if got is None:
        return None
    lead, parts = got
    if counts_then_picks(parts, ctx.index.docs):
        return None
    texts, carried, routed, bodies = [], "", [], []
    rows = getattr(ctx.index, "tasks", [])
    for part in parts:
        text = f"{lead}: {part}" if lead else part
        u = understand(text, ctx.index.docs)
        if len(content_terms(u.without_doc_names())) < MIN_TERMS and not _counts_nodes(u):
            return None
        q = read_question(u, rows) if rows else None
        body = bool(q and q.assignee) or bool(CONTRAST_RE.match(part))
        if u.routed and routed and not any(routed):
            return None             # "Vì sao …? <document> nêu … là gì?": the first frames what the document is asked
        if not u.routed and not body and (any(bodies) or SUBJECTLESS_RE.match(part)):
            return None             # "<body> được giao việc gì? Phải báo cáo cho ai?": the subject is the one before
        routed.append(bool(u.routed))
        bodies.append(body)
        if u.routed:
            carried = " và ".join(ctx.index.docs[d].label for d in u.routed)
        elif carried and not levels_said(text):
            text = f"{carried}: {text}"
        texts.append(text)
    return parts, texts


# a demonstrative right after a document's name: the name points back at one said before ("chương trình đó")
POINTS_BACK_RE = re.compile(r"\s*(?:do|nay|ay|kia|tren|noi tren|vua neu)(?![a-z])")


def names_own_document(piece: str, docs) -> bool:
    """The piece names a document by its kind or number ("Nghị quyết 43 phần cuối nói gì?"), not by a name that
    points back ("chương trình đó", "kế hoạch này"; rag.question.split keeps such a piece with the one before)."""
    u = understand(piece, docs)
    if not u.routed:
        return False
    titles = set(u.titles())
    return any(u.text[a:b] in titles and not POINTS_BACK_RE.match(u.folded, b) for a, b in u.alias_spans)


def _counts_nodes(u) -> bool:
    """The question asks a count of the nodes of a named document's outline ("Kế hoạch 21 có mấy phần?"): a whole
    question in one content word."""
    f = u.without_doc_names(accented=False)
    return bool(u.routed) and address.count_asked(f) is not None and address.names_node(f, u.without_doc_names())


def counts_then_picks(parts: list[str], docs) -> bool:
    """A count followed by a question picking one of the children counted, naming no document of its own ("… gồm
    mấy ý? ý thứ 2 nói gì", "… chia mấy nhóm? Nhóm chót là về cái gì?"): one structure question, the count and the
    asked child (rag.answerers.outline.ordinals), which asked alone would lose the node it counts in."""
    count = structure_patterns()["count"]
    for before, part in zip(parts, parts[1:]):
        f = fold(part).lower()
        if count.search(fold(before).lower()) and ordinal(f, part) is not None and \
                not understand(part, docs).routed:
            return True
    return False


def answer(ctx: Context) -> Structured | None:
    if ctx.ask is None:
        return None
    got = texts_asked(ctx)
    if got is None:
        return None
    parts, texts = got
    answers = [ctx.ask(t) for t in texts]
    # a part answered with low confidence would lose its hedge inside the merged answer: the message is read whole
    if any(a.refused or not a.citations or a.low_confidence for a in answers):
        return None
    lead = picked_within(parts, answers)
    order = ([lead] if lead is not None else []) + [k for k in range(len(parts)) if k != lead]
    # the part picked inside a node counted before is cited first
    text, citations = join_answers(parts, answers, order)
    return Structured(text=text, citations=citations, mode="questions")


def picked_within(parts: list[str], answers) -> int | None:
    """The later question that asks of one node inside the node an earlier one counts or lists ("KH BTV TU mục III
    chia mấy khối? khối Đảng đoàn HĐND tỉnh được giao mấy việc?", "Kế hoạch 21 có mấy phần? Riêng phần công tác
    quán triệt có những mốc nào?"): the count surveys the node, the later question picks what the asker is after,
    and its answer leads the citations (the text keeps the order typed). None when no later answer cites first a
    node strictly inside what an earlier structure answer counted or listed."""
    patterns = structure_patterns()
    for i, (part, a) in enumerate(zip(parts, answers)):
        f = fold(part).lower()
        if a.mode != "structure" or not (patterns["count"].search(f) or patterns["list"].search(f)):
            continue
        scope = _common_node(a.citations)
        if scope is None:
            continue
        for j in range(i + 1, len(parts)):
            first = _node_path(answers[j].citations[0].unit_id) if answers[j].citations else None
            if first and first[0] == scope[0] and len(first[1]) > len(scope[1]) and \
                    first[1][:len(scope[1])] == scope[1] and ROMAN_RE.fullmatch(first[1][0]):
                return j
    return None


ROMAN_RE = re.compile(r"[IVXL]+")
# a unit's anchor: its nodes' labels ("IV", "8", "2.1" as "2", "1", a dash bullet "g3"), then its paragraph ("p1")
NODE_LABEL_RE = re.compile(r"[IVXL]+|\d+|g\d+")


def _node_path(unit_id: str) -> tuple[str, list[str]] | None:
    """(document, the labels of the nodes down to the unit): "kh-21-2023:IV.8.g1" -> ("kh-21-2023", ["IV", "8",
    "g1"]); a paragraph's own label ("p1", "s2") ends the path."""
    doc, _, anchor = unit_id.partition(":")
    if not anchor:
        return None
    path = []
    for label in anchor.split("."):
        if not NODE_LABEL_RE.fullmatch(label):
            break
        path.append(label)
    return doc, path


def _common_node(citations) -> tuple[str, list[str]] | None:
    """The deepest node holding every cited unit (one document; the document itself: an empty path)."""
    paths = [p for p in (_node_path(c.unit_id) for c in citations) if p is not None]
    if not paths or len(paths) != len(citations) or len({d for d, _ in paths}) != 1:
        return None
    common = paths[0][1]
    for _, p in paths[1:]:
        k = 0
        while k < min(len(common), len(p)) and common[k] == p[k]:
            k += 1
        common = common[:k]
    return paths[0][0], common
