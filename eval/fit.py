"""`python -m eval.fit`: fit the answerability decision (rag/data/answerability.json).

Training rows are the questions that reach the model (no hard refusal, no structure/table answer) from
the DEV splits of both question sets plus the near-misses generated from the corpus (eval.nearmiss);
test splits are never read. Features are standardised, a logistic regression with an L2 penalty is
fitted by Newton's method (numpy), and the operating threshold is the one that refuses the most
unanswerables while refusing at most `--max-false` of the answerables among the hand-written dev rows, on the
model's own scores of them (in-sample, the choice the shipped model was made with) or, with
`--held-out-point`, on their held-out scores (each set's rows scored by a model fitted without that set).
Prints the coefficients, the AUC per source, the leave-one-set-out numbers per set (the threshold chosen the
same way on the remaining sets) and the curve (refusal accuracy vs false refusals by threshold).
"""
from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path
from typing import NamedTuple

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


class Fit(NamedTuple):
    """A fitted model on standardised features: score(x) is the probability that a question is answerable."""
    mean: np.ndarray
    scale: np.ndarray
    coef: np.ndarray
    intercept: float

    def score(self, x: np.ndarray) -> np.ndarray:
        return 1 / (1 + np.exp(-(((x - self.mean) / self.scale) @ self.coef + self.intercept)))


def fit(x: np.ndarray, y: np.ndarray, l2: float, mean: np.ndarray | None = None,
        scale: np.ndarray | None = None) -> Fit:
    """Standardise the features (on x's own mean and spread unless given) and fit the logistic regression."""
    if mean is None or scale is None:
        mean, scale = x.mean(0), x.std(0)
        scale[scale < 1e-6] = 1.0
    coef, intercept = fit_logistic((x - mean) / scale, y, l2=l2)
    return Fit(mean, scale, coef, intercept)


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


def operating_point(points: list[dict], max_false: float) -> dict:
    """The point of the curve that refuses the most unanswerables within the false-refusal budget."""
    ok = [p for p in points if p["false_refusals"] <= max_false]
    return max(ok, key=lambda p: (p["refusal_accuracy"], -p["threshold"]))


def held_out_scores(x: np.ndarray, y: np.ndarray, sources: list[str], l2: float) -> np.ndarray:
    """Each hand-written set's rows scored by a model fitted on every other row (the other sets and the
    generated ones); generated rows get NaN. Features standardised on the training rows of each fit."""
    src = np.array(sources)
    out = np.full(len(x), np.nan)
    for held in sorted(set(sources) - {"generated"}):
        tr, te = src != held, src == held
        out[te] = fit(x[tr], y[tr], l2).score(x[te])
    return out


def dev_curve(x: np.ndarray, y: np.ndarray, sources: list[str], l2: float, held_out: bool) -> list[dict]:
    """The curve of the hand-written rows: on the scores of a model fitted on all rows (in-sample), or on
    their held-out scores (`held_out_scores`)."""
    dev = np.array([s != "generated" for s in sources])
    sc = held_out_scores(x, y, sources, l2) if held_out else fit(x, y, l2).score(x)
    return curve(sc[dev], y[dev])


def choose_threshold(x: np.ndarray, y: np.ndarray, sources: list[str], l2: float, max_false: float,
                     held_out: bool = False) -> float:
    """The operating threshold on the curve of the hand-written rows (`dev_curve`)."""
    return operating_point(dev_curve(x, y, sources, l2, held_out), max_false)["threshold"]


def cap_generated(rows: list[dict], per_kind: int) -> list[dict]:
    """At most `per_kind` generated rows of each kind, evenly spaced, then as many unanswerable as answerable
    ones; hand-written rows all kept."""
    by_kind: dict[str, list[dict]] = {}
    for r in rows:
        if r["source"] == "generated":
            by_kind.setdefault(r["kind"], []).append(r)
    kept = [r for rs in by_kind.values() for r in rs[:: max(1, -(-len(rs) // per_kind))][:per_kind]]
    # as many answerable as unanswerable generated rows: both are cut from the corpus (high similarity),
    # so unbalanced they teach that a close match means "not answerable" (measured: leave-one-set-out
    # false refusals on the user set 0.15 -> 0.04, own set AUC 0.92 -> 0.96)
    pos, neg = [r for r in kept if r["label"] == 1], [r for r in kept if r["label"] == 0]
    n = min(len(pos), len(neg))
    keep = {id(r) for r in pos[:n]} | {id(neg[int(i * len(neg) / n)]) for i in range(n)}
    return [r for r in rows if r["source"] != "generated" or id(r) in keep]


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
    from rag.decision.signals import FEATURES
    from rag.text import DATA

    ap = argparse.ArgumentParser(prog="python -m eval.fit")
    ap.add_argument("--max-false", type=float, default=0.04,
                    help="false-refusal budget: the share of the hand-written dev rows' answerables the threshold "
                         "may refuse (generated rows do not count)")
    # measured 2026-11-26 on nine sets' dev rows, leave one set out (each set's threshold chosen on the others):
    # in-sample point 34/40 unanswerables refused and 9/159 false refusals, held-out point 31/40 and 7/159, a
    # trade of one error for the other rather than a gain; the in-sample point stays the default so that a refit
    # makes the shipped model's choice
    ap.add_argument("--held-out-point", action="store_true",
                    help="choose the threshold on the dev rows' held-out scores (each set scored by a model fitted "
                         "without it) instead of the model's own scores of them")
    ap.add_argument("--l2", type=float, default=1.0)
    ap.add_argument("--no-generated", action="store_true", help="fit on the dev splits only")
    ap.add_argument("--rows", help="a JSON file of collected rows: read if it exists, else written after collecting")
    # measured 2026-11-26: with the deadline-none rows the dev rows' refusal at the operating point fell from
    # 0.81 to 0.59 (their task phrases, cut from any paragraph, often match a dated sentence elsewhere)
    ap.add_argument("--leave-out", nargs="*", default=["deadline-none"], help="generated kinds not trained on")
    # measured 2026-11-26 (rows of all dev splits): 40 per kind -> dev refusal 0.78 at 0.03 false refusals,
    # 10 per kind -> 0.89 at 0.03 (an easy kind of 40 rows pulls all weight onto one signal)
    ap.add_argument("--per-kind", type=int, default=10, help="generated rows kept per kind (evenly spaced)")
    ap.add_argument("--dry-run", action="store_true", help="print, do not write the model")
    args = ap.parse_args(argv)

    if args.rows and Path(args.rows).exists():
        rows = json.loads(Path(args.rows).read_text(encoding="utf-8"))
    else:
        rows = collect(load_settings(), with_generated=not args.no_generated)
        if args.rows:
            Path(args.rows).write_text(json.dumps(rows, ensure_ascii=False), encoding="utf-8")
    rows = [r for r in rows if not (r["source"] == "generated" and r["kind"] in args.leave_out)]
    rows = cap_generated(rows, args.per_kind)
    x = np.array([[r["signals"][f] for f in FEATURES] for r in rows], dtype=float)
    y = np.array([r["label"] for r in rows], dtype=float)
    model_fit = fit(x, y, args.l2)
    mean, scale, coef, intercept = model_fit
    scores = model_fit.score(x)
    # the operating point is chosen on the hand-written dev rows: the generated ones train the weights but,
    # being many and of few forms, would otherwise set the threshold for forms they do not hold
    sources = [r["source"] for r in rows]
    dev = np.array([s != "generated" for s in sources])
    held = held_out_scores(x, y, sources, args.l2)
    pts = curve((held if args.held_out_point else scores)[dev], y[dev])
    best = operating_point(pts, args.max_false)
    threshold = best["threshold"]
    model = {"features": list(FEATURES), "mean": mean.round(5).tolist(), "scale": scale.round(5).tolist(),
             "coef": coef.round(5).tolist(), "intercept": round(intercept, 5), "threshold": round(threshold, 5),
             "caution": round(min(1.0, threshold + 0.1), 5),
             "trained_on": {s: sum(r["source"] == s for r in rows) for s in sorted({r["source"] for r in rows})},
             "unanswerable": int((y == 0).sum()), "answerable": int((y == 1).sum()),
             "train_auc": round(auc(scores, y), 4),
             "held_out_auc": round(auc(held[dev], y[dev]), 4),
             "point": {"chosen_on": "held-out" if args.held_out_point else "in-sample",
                       "refusal_accuracy": best["refusal_accuracy"], "false_refusals": best["false_refusals"]}}
    print(json.dumps({k: v for k, v in model.items()}, ensure_ascii=False, indent=1))
    for src in sorted({r["source"] for r in rows}):
        m = np.array([r["source"] == src for r in rows])
        print(f"AUC {src:<10} {auc(scores[m], y[m]):.3f}  ({int(m.sum())} rows, {int((y[m] == 0).sum())} unanswerable)")
    for kind in sorted({r["kind"] for r in rows if r["source"] == "generated"}):
        m = np.array([r["kind"] == kind for r in rows])
        print(f"generated {kind:<15} {int(m.sum())} rows, refused at the threshold: {float((scores[m] < threshold).mean()):.2f}")
    # what each kind of generated question does to the decision on the hand-written dev rows
    for left_out in ["(none)", *sorted({r["kind"] for r in rows if r["source"] == "generated"}), "(all generated)"]:
        keep = np.array([not (r["source"] == "generated" and (left_out == "(all generated)" or r["kind"] == left_out))
                         for r in rows])
        sc = fit(x[keep], y[keep], args.l2, mean, scale).score(x[dev])
        yd = y[dev]
        t = operating_point(curve(sc, yd), args.max_false)["threshold"]
        print(f"without {left_out:<18} dev rows: AUC {auc(sc, yd):.3f}, refused unanswerable "
              f"{float((sc < t)[yd == 0].mean()):.2f}, false refusals {float((sc < t)[yd == 1].mean()):.2f}")
    # does the decision transfer? each set's dev rows scored by a model fitted without them (and the threshold
    # chosen on the remaining sets as the operating point is chosen): the number that predicts unseen questions
    src = np.array(sources)
    tot = np.zeros(4, int)
    for held_set in sorted(set(sources) - {"generated"}):
        tr = src != held_set
        t = choose_threshold(x[tr], y[tr], [s for s in sources if s != held_set], args.l2, args.max_false,
                             held_out=args.held_out_point)
        te, yt = held[src == held_set], y[src == held_set]
        n = np.array([(te < t)[yt == 0].sum(), (yt == 0).sum(), (te < t)[yt == 1].sum(), (yt == 1).sum()])
        tot += n
        print(f"held out {held_set:<6} AUC {auc(te, yt):.3f}, refused unanswerable {n[0]}/{n[1]}, false refusals {n[2]}/{n[3]}")
    print(f"held out (all sets) refused unanswerable {tot[0]}/{tot[1]}, false refusals {tot[2]}/{tot[3]}")
    print(f"{'held-out' if args.held_out_point else 'in-sample'} curve on the dev rows "
          "(threshold: refusal accuracy / false refusals):")
    for p in pts[:: max(1, len(pts) // 15)]:
        print(f"  {p['threshold']:.3f}: {p['refusal_accuracy']:.2f} / {p['false_refusals']:.2f}")
    if not args.dry_run:
        (DATA / "answerability.json").write_text(json.dumps(model, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(f"written: {DATA / 'answerability.json'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
