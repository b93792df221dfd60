"""What kind of question this is — an overview of a document, its structure, or anything else — judged by a
small model over the question's query embedding, not by question words, after a screen that costs nothing.

The model is a multinomial logistic regression over the query embedding of the question without the names of
its documents (`kind_text`: what is asked, not of which document; accents restored as for retrieval). Embedding
that text is a second query embedding (about half a question's time), so a screen reads first the vector
retrieval already ranked the question with (`question_vector`): the same kind of regression fitted on those
vectors, and when it gives "other" a probability at or above its bar the question is not an overview or
structure one and the kind text is never embedded. The bar is set from leave-one-set-out transfer so that no dev
question of those kinds is screened out. Both are fitted by `python -m eval.kind_fit` on the dev splits of the
question sets and kept as data in `rag/data/question_kind.json` (classes, weights, intercepts, the confidence a
backstop needs; the screen under "screen"). Nothing is fitted at run time. The hand-written forms
(rag.answerers.forms) stay first; this model only speaks where they said nothing (rag.answerers.document.backstop).
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np

DATA = Path(__file__).resolve().parents[1] / "data" / "question_kind.json"


def kind_text(u, index) -> str:
    """What the model reads: the question less the spans naming its documents (rag.question.route.Understanding), with
    its accents restored or repaired as the dense side of retrieval has them (rag.search.retrieve.prepare_query)."""
    from rag.search.retrieve import prepare_query

    return prepare_query(" ".join(u.without_doc_names().split()), index).dense_text


def question_vector(question: str, u, index, retriever) -> np.ndarray:
    """What the screen reads: the vector `retriever` (rag.search.retrieve.Retriever) ranks the question alone with, as
    the pipeline computes it for a question that carries no previous turn (it passes that vector on)."""
    from rag.search.retrieve import prepare_query

    return retriever.vector(index, prepare_query(question, index, u=u))


@dataclass(frozen=True)
class KindModel:
    classes: tuple[str, ...]
    weights: np.ndarray        # (classes, dim)
    intercepts: np.ndarray     # (classes,)
    confident: float           # the probability above which a backstop acts on the model's kind (the screen:
                               # the probability of "other" at or above which the kind text is not embedded)
    model_id: str              # the embedding model the vectors came from
    screen: KindModel | None = None   # the same regression over `question_vector`

    def probabilities(self, vector: np.ndarray) -> dict[str, float]:
        """The probability of each kind for a query vector."""
        z = self.weights @ np.asarray(vector, dtype=np.float64) + self.intercepts
        p = np.exp(z - z.max())
        p /= p.sum()
        return {c: float(x) for c, x in zip(self.classes, p)}

    def kind(self, vector: np.ndarray) -> tuple[str, float]:
        """The most probable kind and its probability."""
        probs = self.probabilities(vector)
        best = max(probs, key=probs.get)
        return best, probs[best]

    def screened_out(self, ranking_vector: np.ndarray) -> bool:
        """The screen says "other" for the question's ranking vector with at least its bar (never without one)."""
        return self.screen is not None and self.screen.probabilities(ranking_vector)["other"] >= self.screen.confident

    def to_json(self) -> dict:
        d = {"classes": list(self.classes), "weights": np.round(self.weights, 6).tolist(),
             "intercepts": np.round(self.intercepts, 6).tolist(), "confident": self.confident,
             "model_id": self.model_id}
        return d | ({"screen": self.screen.to_json()} if self.screen is not None else {})


def from_json(d: dict) -> KindModel:
    return KindModel(tuple(d["classes"]), np.asarray(d["weights"], dtype=np.float64),
                     np.asarray(d["intercepts"], dtype=np.float64), float(d["confident"]), d.get("model_id", ""),
                     from_json(d["screen"]) if "screen" in d else None)


@lru_cache(maxsize=1)
def load(path: Path = DATA) -> KindModel | None:
    """The fitted model, or None when the data file is absent (the backstop then does nothing)."""
    if not path.exists():
        return None
    return from_json(json.loads(path.read_text(encoding="utf-8")))
