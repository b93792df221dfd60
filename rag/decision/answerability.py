"""The answerability model: a logistic model over the signals (rag.decision.signals) whose coefficients, feature
scaling and operating threshold are data (`rag/data/answerability.json`, fitted by `python -m eval.fit` on the dev
splits and generated near-misses)."""
from __future__ import annotations

import functools
import json
import math

from rag.text import DATA


@functools.lru_cache(maxsize=1)
def model() -> dict:
    """{"features": [...], "mean": [...], "scale": [...], "coef": [...], "intercept": b, "threshold": t,
    "caution": c} — fitted by `python -m eval.fit`."""
    return json.loads((DATA / "answerability.json").read_text(encoding="utf-8"))


def probability(sig: dict[str, float], m: dict | None = None) -> float:
    m = m or model()
    z = m["intercept"] + sum(c * (sig[f] - mu) / s for f, c, mu, s in zip(m["features"], m["coef"], m["mean"], m["scale"]))
    return 1.0 / (1.0 + math.exp(-z))
