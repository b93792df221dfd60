"""The backstop for overview and structure questions the hand-written forms did not recognise: tried after
every other answerer, it asks the question-kind model (rag.question_kind, over the query embedding of the
question without its document names) and acts only when the model is confident and the question is about one
document (routed or the UI scope) that has an outline.

- overview: of a part the question names by number or heading words (not a purpose section), that part as
  the structure answer shows it; else the document's overview (rag.answerers.overview.compose), the purpose
  paragraph retrieval ranked best quoted first, and the purpose first when that paragraph is retrieval's best;
- structure: the structure answer with its form recognition replaced by the model's (rag.answerers.structure
  with a `fallback`): the node named by number, ordinal or heading words as usual, else the node whose heading
  line is the closest to the question in the embedding space (the heading vectors kept in the store), else the
  document's top level when no heading is close.

Anything else, or no model file, or an embedder the model was not fitted on, returns None: the question goes
on to retrieval as before.
"""
from __future__ import annotations

import numpy as np

from rag.answerers import Structured, address, headings, overview, render, structure
from rag.answerers.common import Citer, doc_of
from rag.answerers.qualifiers import without_context
from rag.embed import get_embedder
from rag.question_kind import kind_text, load
from rag.tables.outline import ONode, node_units, outline_of
from rag.text import has_diacritics

# a heading this close to the question (cosine of the question's kind vector with the heading line's passage
# vector) names the node asked about; below it, the question asks about the document's top level
HEADING_MIN_COSINE = 0.84


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
    trương chính sách … đại ý bàn chuyện gì"), unless it is a purpose section (the overview quotes those)."""
    f = overview.asked_text(ctx, doc_id)
    if overview.aim(f):
        return None                  # what the document is for: the overview's purpose lines
    text = ctx.u.without_doc_names()
    accented = has_diacritics(text)
    known = headings.doc_words(ctx, doc_id, accented)
    # the words the asker says of themselves name no part ("… để báo cáo Ban Thường trực Mặt trận")
    said = without_context(ctx.u.without_doc_names(accented=False), before_request=False)
    words = "".join(c if s != " " or c.isspace() else " " for c, s in zip(text, said))
    node = address.explicit(said, root, words, known)[0] or \
        headings.heading_match(address.terms(words), root, accented, leaves=True, known=known)
    purposes = {id(n) for p in overview.purpose_nodes(root) for n in p.walk()}
    return None if node is None or node is root or id(node) in purposes else node


def answer(ctx) -> Structured | None:
    model = load()
    # one document: the only one the question names, else a one-document scope
    doc_id = doc_of(ctx) if len(ctx.u.routed) == 1 or (not ctx.u.routed and len(ctx.scope) == 1) else None
    root = outline_of(ctx.index, doc_id) if doc_id and model is not None and ctx.settings is not None else None
    if root is None or not root.numbered():
        return None
    embedder = get_embedder(ctx.settings)
    if embedder.model_id != model.model_id:
        return None
    vector = embedder.query(kind_text(ctx.u, ctx.index))
    kind, p = model.kind(vector)
    if p < model.confident:
        return None
    part = part_named(ctx, doc_id, root) if kind == "overview" else None
    if part is not None:             # an overview of one part: the part itself, as the structure answer gives it
        citer = Citer(ctx.index)
        got = (render.children(ctx, doc_id, root, part, citer, itself=True) if part.numbered() else
               render.leaf(ctx, doc_id, root, part, citer))
    elif kind == "overview":
        ranked = tuple(x.unit.unit_id for x in ctx.passages)
        # retrieval's best passage in a purpose section: the question is about what the document aims at
        aims = bool(ranked) and any(ranked[0] in node_units(n) for n in overview.purpose_nodes(root))
        got = overview.compose(ctx, doc_id, root, overview.asked_text(ctx, doc_id), ranked, aims)
    elif kind == "structure":
        def node_asked(ctx, root: ONode) -> ONode:
            near, cosine = closest_heading(ctx.index, root, vector)
            return near if near is not None and cosine >= HEADING_MIN_COSINE else root

        got = structure.answer(ctx, fallback=node_asked)
    else:
        return None
    if got is not None:
        got.mode = f"{got.mode}-backstop"
    return got
