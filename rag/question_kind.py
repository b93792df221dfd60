"""What kind of question this is — an overview of a document, its structure, or anything else — judged by a
small model over the question's query embedding, not by question words.

The model is a multinomial logistic regression over the query embedding of the question without the names of
its documents (`kind_text`: what is asked, not of which document; accents restored as for retrieval), fitted
by `python -m eval.kind_fit` on the dev splits of the question sets and kept as data in
`rag/data/question_kind.json` (classes, weights, intercepts, the confidence a backstop needs). Nothing is
fitted at run time. The hand-written forms (rag.answerers.forms) stay first; this model only speaks where
they said nothing (rag.answerers.backstop).
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np

DATA = Path(__file__).resolve().parent / "data" / "question_kind.json"


def kind_text(u, index) -> str:
    """What the model reads: the question less the spans naming its documents (rag.route.Understanding), with
    its accents restored or repaired as the dense side of retrieval has them (rag.retrieve.prepare_query)."""
    from rag.retrieve import prepare_query

    return prepare_query(" ".join(u.without_doc_names().split()), index).dense_text


@dataclass(frozen=True)
class KindModel:
    classes: tuple[str, ...]
    weights: np.ndarray        # (classes, dim)
    intercepts: np.ndarray     # (classes,)
    confident: float           # the probability above which a backstop acts on the model's kind
    model_id: str              # the embedding model the vectors came from

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

    def to_json(self) -> dict:
        return {"classes": list(self.classes), "weights": np.round(self.weights, 6).tolist(),
                "intercepts": np.round(self.intercepts, 6).tolist(), "confident": self.confident,
                "model_id": self.model_id}


def from_json(d: dict) -> KindModel:
    return KindModel(tuple(d["classes"]), np.asarray(d["weights"], dtype=np.float64),
                     np.asarray(d["intercepts"], dtype=np.float64), float(d["confident"]), d.get("model_id", ""))


@lru_cache(maxsize=1)
def load(path: Path = DATA) -> KindModel | None:
    """The fitted model, or None when the data file is absent (the backstop then does nothing)."""
    if not path.exists():
        return None
    return from_json(json.loads(path.read_text(encoding="utf-8")))
