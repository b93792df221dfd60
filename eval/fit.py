"""`python -m eval.fit`: fit the answerability decision (rag/data/answerability.json).

Training rows are the questions that reach the model (no hard refusal, no structure/table answer) from
the DEV splits of both question sets plus the near-misses generated from the corpus (eval.nearmiss);
test splits are never read. Features are standardised, a logistic regression with an L2 penalty is
fitted by Newton's method (numpy), and the operating threshold is the one that refuses the most
unanswerables while refusing at most `--max-false` of the answerables. Prints the coefficients, the AUC
per source and the curve (refusal accuracy vs false refusals by threshold).
"""
from __future__ import annotations

import argparse
import json
import os
import sys

import numpy as np

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")


def fit_logistic(x: np.ndarray, y: np.ndarray, l2: float = 1.0, iters: int = 50) -> tuple[np.ndarray, float]:
    """Weights and intercept of an L2-penalised logistic regression (intercept not penalised)."""
    xb = np.hstack([x, np.ones((len(x), 1))])
    w = np.zeros(xb.shape[1])
    pen = np.full(xb.shape[1], l2)
    pen[-1] = 0.0
    for _ in range(iters):
        p = 1 / (1 + np.exp(-xb @ w))
        grad = xb.T @ (p - y) + pen * w
        hess = (xb * (p * (1 - p))[:, None]).T @ xb + np.diag(pen) + 1e-9 * np.eye(len(w))
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    return w[:-1], float(w[-1])


def auc(scores: np.ndarray, y: np.ndarray) -> float:
    """Probability that an answerable question scores above an unanswerable one (ties count half)."""
    pos, neg = scores[y == 1], scores[y == 0]
    if not len(pos) or not len(neg):
        return float("nan")
    return float(((pos[:, None] > neg[None, :]).sum() + 0.5 * (pos[:, None] == neg[None, :]).sum()) / (len(pos) * len(neg)))


def curve(scores: np.ndarray, y: np.ndarray) -> list[dict]:
    """For each candidate threshold: refusal accuracy on unanswerables and false refusals on answerables."""
    out = []
    for t in np.unique(np.concatenate([[0.0], scores, [1.0]])):
        refused = scores < t
        out.append({"threshold": float(t), "refusal_accuracy": float(refused[y == 0].mean()) if (y == 0).any() else 0.0,
                    "false_refusals": float(refused[y == 1].mean()) if (y == 1).any() else 0.0})
    return out


def collect(settings, with_generated: bool = True) -> list[dict]:
    from eval.nearmiss import generate
    from eval.run import SETS, load_questions, run_questions
    from rag.pipeline import get_assistant

    rows = []
    for name, path in SETS.items():
        if path.exists():
            for q in load_questions(path, "dev"):
                rows.append({**q, "source": name})
    if with_generated:
        index = get_assistant(settings).holder.get()
        rows += [{**q, "source": "generated"} for q in generate(index)]
    results = run_questions(settings, rows, progress=False)
    out = []
    for q, r in zip(rows, results):
        sig = (r.get("decision") or {}).get("signals")
        if sig:
            out.append({"id": q["id"], "source": q["source"], "kind": q.get("kind", ""), "label": int(q["answerable"]),
                        "signals": sig})
    return out


def main(argv: list[str] | None = None) -> int:
    from rag.config import load_settings
    from rag.decision.decide import FEATURES
    from rag.text import DATA

    ap = argparse.ArgumentParser(prog="python -m eval.fit")
    ap.add_argument("--max-false", type=float, default=0.04, help="false-refusal budget on the training rows")
    ap.add_argument("--l2", type=float, default=1.0)
    ap.add_argument("--no-generated", action="store_true", help="fit on the dev splits only")
    ap.add_argument("--dry-run", action="store_true", help="print, do not write the model")
    args = ap.parse_args(argv)

    settings = load_settings()
    rows = collect(settings, with_generated=not args.no_generated)
    x = np.array([[r["signals"][f] for f in FEATURES] for r in rows], dtype=float)
    y = np.array([r["label"] for r in rows], dtype=float)
    mean, scale = x.mean(0), x.std(0)
    scale[scale < 1e-6] = 1.0
    coef, intercept = fit_logistic((x - mean) / scale, y, l2=args.l2)
    scores = 1 / (1 + np.exp(-(((x - mean) / scale) @ coef + intercept)))
    pts = curve(scores, y)
    ok = [p for p in pts if p["false_refusals"] <= args.max_false]
    best = max(ok, key=lambda p: (p["refusal_accuracy"], -p["threshold"]))
    threshold = best["threshold"]
    model = {"features": list(FEATURES), "mean": mean.round(5).tolist(), "scale": scale.round(5).tolist(),
             "coef": coef.round(5).tolist(), "intercept": round(intercept, 5), "threshold": round(threshold, 5),
             "caution": round(min(1.0, threshold + 0.1), 5),
             "trained_on": {s: sum(r["source"] == s for r in rows) for s in sorted({r["source"] for r in rows})},
             "unanswerable": int((y == 0).sum()), "answerable": int((y == 1).sum()),
             "train_auc": round(auc(scores, y), 4),
             "train_point": {"refusal_accuracy": best["refusal_accuracy"], "false_refusals": best["false_refusals"]}}
    print(json.dumps({k: v for k, v in model.items()}, ensure_ascii=False, indent=1))
    for src in sorted({r["source"] for r in rows}):
        m = np.array([r["source"] == src for r in rows])
        print(f"AUC {src:<10} {auc(scores[m], y[m]):.3f}  ({int(m.sum())} rows, {int((y[m] == 0).sum())} unanswerable)")
    for kind in sorted({r["kind"] for r in rows if r["source"] == "generated"}):
        m = np.array([r["kind"] == kind for r in rows])
        print(f"generated {kind:<15} {int(m.sum())} rows, refused at the threshold: {float((scores[m] < threshold).mean()):.2f}")
    # what each kind of generated question does to the decision on the hand-written dev rows
    dev = np.array([r["source"] != "generated" for r in rows])
    for left_out in ["(none)", *sorted({r["kind"] for r in rows if r["source"] == "generated"}), "(all generated)"]:
        keep = np.array([not (r["source"] == "generated" and (left_out == "(all generated)" or r["kind"] == left_out))
                         for r in rows])
        c, b = fit_logistic((x[keep] - mean) / scale, y[keep], l2=args.l2)
        sc = 1 / (1 + np.exp(-(((x[dev] - mean) / scale) @ c + b)))
        print(f"without {left_out:<18} AUC on the dev rows {auc(sc, y[dev]):.3f}")
    print("curve (threshold: refusal accuracy / false refusals):")
    for p in pts[:: max(1, len(pts) // 15)]:
        print(f"  {p['threshold']:.3f}: {p['refusal_accuracy']:.2f} / {p['false_refusals']:.2f}")
    if not args.dry_run:
        (DATA / "answerability.json").write_text(json.dumps(model, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(f"written: {DATA / 'answerability.json'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
