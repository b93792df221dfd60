"""The backstop for overview and structure questions the hand-written forms did not recognise: tried after
every other answerer, it asks the question-kind model (rag.question.question_kind, over the query embedding of the
question without its document names, unless its screen over the vector retrieval ranked the question with has
ruled the question out) and acts only when the model is confident and the question is about one
document (routed or the UI scope) that has an outline.

- overview: of a part the question names by number or heading words (not a purpose section), that part as
  the structure answer shows it, each item's opening paragraph (or the part's paragraphs) quoted whole; else the document's overview (rag.answerers.document.overview.compose), the purpose
  paragraph retrieval ranked best quoted first, and the purpose first when that paragraph is retrieval's best;
- structure: the structure answer with its form recognition replaced by the model's (rag.answerers.outline.structure
  with a `fallback`): the node named by number, ordinal or heading words as usual, else the node whose heading
  line is the closest to the question in the embedding space (the heading vectors kept in the store), else the
  document's top level when no heading is close and what is counted is its parts (or nothing is named); a count
  of anything else with no heading close returns None.

Anything else, or no model file, or an embedder the model was not fitted on, returns None: the question goes
on to retrieval as before.
"""
from __future__ import annotations

import numpy as np

from rag.answerers import Structured

from rag.answerers.outline import address, headings, node_asks, render, structure

from rag.answerers.document import overview, overview_asked, purpose
from rag.answerers.common import Citer, doc_of
from rag.answerers.document.qualifiers import without_context
from rag.decision.metadata import asks_locality
from rag.search.embed import get_embedder
from rag.question.question_kind import kind_text, load
from rag.tables.outline import ONode, outline_of
from rag.text import has_diacritics

# a heading this close to the question (cosine of the question's kind vector with the heading line's passage
# vector) names the node asked about. Measured on the dev structure questions of all nine sets routed to one
# document (57): at >= 0.84 the closest heading holds the gold in 35 of 47, below it in 2 of 6 (0.84-0.85: 2 of
# 4; >= 0.85: 33 of 43); 4 had no titled heading
HEADING_MIN_COSINE = 0.84
# the nouns that count a document's own divisions: with no heading close, a count of these is of the top level
PART_NOUNS = frozenset({"phan", "chuong", "muc", "dau muc", "tieu muc", "tiet", "dieu", "khoan"})


def closest_heading(index, root: ONode, vector: np.ndarray) -> tuple[ONode | None, float]:
    """The titled node whose heading line is closest to `vector`, and that cosine."""
    nodes = [n for n in root.walk() if n is not root and n.heading]
    vecs = index.store.vectors([n.heading for n in nodes])
    best, score = None, -1.0
    for n in nodes:
        if n.heading in vecs:
            c = float(np.dot(np.asarray(vecs[n.heading], dtype=np.float32), vector))
            if c > score:
                best, score = n, c
    return best, score


def part_named(ctx, doc_id: str, root: ONode) -> ONode | None:
    """The part an overview question names by number or by its heading words ("khúc nói về hoàn thiện chủ
    trương chính sách … đại ý bàn chuyện gì"), even when it asks what that part requires or aims at, unless it
    is a purpose section (the overview quotes those)."""
    text = ctx.u.without_doc_names()
    accented = has_diacritics(text)
    known = headings.doc_words(ctx, doc_id, accented)
    # the words the asker says of themselves name no part ("… để báo cáo Ban Thường trực Mặt trận")
    said = without_context(ctx.u.without_doc_names(accented=False), before_request=False, typed=text,
                           named=ctx.u.alias_spans, printed=ctx.index.docs[doc_id].text)
    words = "".join(c if s != " " or c.isspace() else " " for c, s in zip(text, said))
    node = address.explicit(said, root, words, known)[0] or \
        headings.heading_match(address.terms(words), root, accented, leaves=True, known=known)
    return None if node is None or node is root or purpose.in_purpose(root, node) else node


def answer(ctx) -> Structured | None:
    model = load()
    # one document: the only one the question names, else a one-document scope
    doc_id = doc_of(ctx) if len(ctx.u.routed) == 1 or (not ctx.u.routed and len(ctx.scope) == 1) else None
    root = outline_of(ctx.index, doc_id) if doc_id and model is not None and ctx.settings is not None else None
    if root is None or not root.numbered():
        return None
    if asks_locality(ctx.u):
        return None                  # which province it comes from: a fact of the catalog (rag.decision.metadata)
    embedder = get_embedder(ctx.settings)
    if embedder.model_id != model.model_id:
        return None
    if ctx.vector is not None and model.screened_out(ctx.vector):
        return None                  # surely not an overview or structure question: no second embedding
    vector = embedder.query(kind_text(ctx.u, ctx.index))
    kind, p = model.kind(vector)
    if p < model.confident:
        return None
    part = part_named(ctx, doc_id, root) if kind == "overview" else None
    if part is not None:             # an overview of one part: the part itself, as the structure answer gives it
        citer = Citer(ctx.index)
        # what each of its items says, its paragraphs whole (an overview asks for the gist of each)
        got = (render.children(ctx, doc_id, root, part, citer, itself=True, each=True) if part.numbered() else
               render.leaf(ctx, doc_id, root, part, citer, whole=node_asks.SEVERAL_WHOLE))
    elif kind == "overview":
        f = overview_asked.asked_text(ctx, doc_id)
        # an overview of one topic no heading names ("phần về thanh niên", "đoạn nói về báo chí"): retrieval's; only
        # a marked topic counts, the model has already read the asker's other words ("viết ra để làm gì")
        if overview.names_topic(ctx, doc_id, root, f, marked=True):
            return None
        ranked = tuple(x.unit.unit_id for x in ctx.passages)
        got = overview.compose(ctx, doc_id, root, f, ranked, purpose.ranked_first_in_purpose(root, ranked))
    elif kind == "structure":
        def node_asked(ctx, root: ONode) -> ONode | None:
            near, cosine = closest_heading(ctx.index, root, vector)
            if near is not None and cosine >= HEADING_MIN_COSINE:
                return near
            # no heading close: the top level when what is counted is the document's parts (or nothing is
            # named), else nothing ("mấy đầu việc lớn" counts the tasks of one part, not the parts)
            f = without_context(ctx.u.without_doc_names(accented=False), typed=ctx.u.without_doc_names(),
                                named=ctx.u.alias_spans, printed=ctx.index.docs[doc_id].text)
            noun = address.bare_noun(address.asked_noun(f, address.count_asked(f))[0])
            return root if not noun or noun in PART_NOUNS else None

        got = structure.answer(ctx, fallback=node_asked)
    else:
        return None
    if got is not None:
        got.mode = f"{got.mode}-backstop"
    return got
