"""The backstop for overview and structure questions the hand-written forms did not recognise: tried after
every other answerer, it asks the question-kind model (rag.question_kind, over the assistant's own query
vector) and acts only when the model is confident and the question is about one document (routed or the UI
scope).

- overview: the document's overview (rag.answerers.overview.compose);
- structure: the node the question names by number (rag.answerers.address.explicit), else the node whose
  heading line is the closest to the question in the embedding space (the heading vectors kept in the store),
  else the document's top level when no heading is close; a node with numbered children has them listed
  (counted when a count is asked), a node without has its paragraphs quoted.

Anything else, or no model file, returns None: the question goes on to retrieval as before.
"""
from __future__ import annotations

import numpy as np

from rag.answerers import Structured, overview, structure
from rag.answerers.common import doc_of
from rag.question_kind import load
from rag.tables.outline import ONode, outline_of

# a heading this close to the question (cosine of the query vector with the heading line's passage vector)
# names the node asked about; below it, the question asks about the document's top level
HEADING_MIN_COSINE = 0.84


def kind_of(ctx) -> tuple[str, float] | None:
    """The model's kind and probability for this question; None without a model or a vector it can read."""
    model, vector = load(), getattr(ctx, "vector", None)
    if model is None or vector is None or len(vector) != model.weights.shape[1]:
        return None
    if ctx.settings is not None and model.model_id and _model_id(ctx.settings) != model.model_id:
        return None
    return model.kind(vector)


def _model_id(settings) -> str:
    from rag.embed import get_embedder
    return get_embedder(settings).model_id


def closest_heading(ctx, root: ONode) -> tuple[ONode | None, float]:
    """The titled node whose heading line is closest to the question's vector, and that cosine."""
    nodes = [n for n in root.walk() if n is not root and n.heading]
    vecs = ctx.index.store.vectors([n.heading for n in nodes])
    best, score = None, -1.0
    for n in nodes:
        if n.heading in vecs:
            c = float(np.dot(np.asarray(vecs[n.heading], dtype=np.float32), ctx.vector))
            if c > score:
                best, score = n, c
    return best, score


def node_asked(ctx, root: ONode) -> ONode:
    """The node a structure question names when no number, ordinal or heading words found it: the node whose
    heading line is closest to the question, when close enough; else the document's top level."""
    near, cosine = closest_heading(ctx, root)
    return near if near is not None and cosine >= HEADING_MIN_COSINE else root


def answer(ctx) -> Structured | None:
    doc_id = doc_of(ctx)
    root = outline_of(ctx.index, doc_id) if doc_id else None
    judged = kind_of(ctx) if root is not None and root.numbered() else None
    if judged is None:
        return None
    kind, p = judged
    if p < load().confident:
        return None
    if kind == "overview":
        # the purpose paragraph retrieval ranked best is quoted first ("mục tiêu … đến 2030": the targets)
        got = overview.compose(ctx, doc_id, root, overview.asked_text(ctx, doc_id),
                               tuple(p.unit.unit_id for p in ctx.passages))
    elif kind == "structure":
        got = structure.answer(ctx, fallback=node_asked)
    else:
        return None
    if got is not None:
        got.mode = f"{got.mode}-backstop"
    return got
