"""The backstop for overview and structure questions the hand-written forms did not recognise: tried after
every other answerer, it asks the question-kind model (rag.question_kind, over the query embedding of the
question without its document names) and acts only when the model is confident and the question is about one
document (routed or the UI scope) that has an outline.

- overview: the document's overview (rag.answerers.overview.compose), the purpose paragraph retrieval ranked
  best quoted first;
- structure: the structure answer with its form recognition replaced by the model's (rag.answerers.structure
  with a `fallback`): the node named by number, ordinal or heading words as usual, else the node whose heading
  line is the closest to the question in the embedding space (the heading vectors kept in the store), else the
  document's top level when no heading is close.

Anything else, or no model file, or an embedder the model was not fitted on, returns None: the question goes
on to retrieval as before.
"""
from __future__ import annotations

import numpy as np

from rag.answerers import Structured, overview, structure
from rag.answerers.common import doc_of
from rag.embed import get_embedder
from rag.question_kind import kind_text, load
from rag.tables.outline import ONode, outline_of

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


def answer(ctx) -> Structured | None:
    model = load()
    doc_id = doc_of(ctx)
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
    if kind == "overview":
        got = overview.compose(ctx, doc_id, root, overview.asked_text(ctx, doc_id),
                               tuple(x.unit.unit_id for x in ctx.passages))
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
