"""`python -m eval.fit`: fit the answerability decision (rag/data/answerability.json).

Training rows are the questions that reach the model (no hard refusal, no structure/table answer) from
the DEV splits of both question sets plus the near-misses generated from the corpus (eval.nearmiss);
test splits are never read. Features are standardised, a logistic regression with an L2 penalty is
fitted by Newton's method (numpy), and the operating threshold is the one that refuses the most
unanswerables while refusing at most `--max-false` of the answerables on the HELD-OUT curve: each
hand-written set's dev rows scored by a model fitted without that set (leave one set out), so the point is
chosen where unseen questions fall, not where the model's own training rows do. Prints the coefficients, the
AUC per source, the leave-one-set-out numbers per set and the curve (refusal accuracy vs false refusals by
threshold).
"""
from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

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
        mean, scale = x[tr].mean(0), x[tr].std(0)
        scale[scale < 1e-6] = 1.0
        c, b = fit_logistic((x[tr] - mean) / scale, y[tr], l2=l2)
        out[te] = 1 / (1 + np.exp(-(((x[te] - mean) / scale) @ c + b)))
    return out


def held_out_threshold(x: np.ndarray, y: np.ndarray, sources: list[str], l2: float, max_false: float) -> float:
    """The operating threshold on the held-out curve of the hand-written rows (`held_out_scores`)."""
    sc = held_out_scores(x, y, sources, l2)
    dev = ~np.isnan(sc)
    return operating_point(curve(sc[dev], y[dev]), max_false)["threshold"]


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
    from rag.decision.decide import FEATURES
    from rag.text import DATA

    ap = argparse.ArgumentParser(prog="python -m eval.fit")
    ap.add_argument("--max-false", type=float, default=0.04, help="false-refusal budget on the training rows")
    # measured 2026-11-26, refit on nine sets' dev rows, full eval: the held-out point (0.57) cut test false
    # refusals 19 -> 13 of 337 but answered 21 of 88 test unanswerables instead of 19 (own dev 0.867 -> 0.667,
    # fresh test 0.769 -> 0.692, under its floor); the in-sample point (0.72) raised test false refusals to 21
    ap.add_argument("--in-sample-point", action="store_true",
                    help="choose the threshold on the model's own scores of the dev rows (the choice before 2026-11-26)")
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
    mean, scale = x.mean(0), x.std(0)
    scale[scale < 1e-6] = 1.0
    coef, intercept = fit_logistic((x - mean) / scale, y, l2=args.l2)
    scores = 1 / (1 + np.exp(-(((x - mean) / scale) @ coef + intercept)))
    # the operating point is chosen on the hand-written dev rows: the generated ones train the weights but,
    # being many and of few forms, would otherwise set the threshold for forms they do not hold. And on their
    # held-out scores: in-sample the model separates its own rows better than it will unseen ones, so an
    # in-sample point sits too high (measured 2026-11-26, leave one set out over eight sets: false refusals
    # 8/141 at the in-sample point, 1/141 at the held-out one, the same 30/36 unanswerables refused)
    sources = [r["source"] for r in rows]
    dev = np.array([s != "generated" for s in sources])
    held = held_out_scores(x, y, sources, args.l2)
    pts = curve((scores if args.in_sample_point else held)[dev], y[dev])
    best = operating_point(pts, args.max_false)
    threshold = best["threshold"]
    model = {"features": list(FEATURES), "mean": mean.round(5).tolist(), "scale": scale.round(5).tolist(),
             "coef": coef.round(5).tolist(), "intercept": round(intercept, 5), "threshold": round(threshold, 5),
             "caution": round(min(1.0, threshold + 0.1), 5),
             "trained_on": {s: sum(r["source"] == s for r in rows) for s in sorted({r["source"] for r in rows})},
             "unanswerable": int((y == 0).sum()), "answerable": int((y == 1).sum()),
             "train_auc": round(auc(scores, y), 4),
             "held_out_auc": round(auc(held[dev], y[dev]), 4),
             "point": {"chosen_on": "in-sample" if args.in_sample_point else "held-out",
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
        c, b = fit_logistic((x[keep] - mean) / scale, y[keep], l2=args.l2)
        sc = 1 / (1 + np.exp(-(((x[dev] - mean) / scale) @ c + b)))
        yd = y[dev]
        t = operating_point(curve(sc, yd), args.max_false)["threshold"]
        print(f"without {left_out:<18} dev rows: AUC {auc(sc, yd):.3f}, refused unanswerable "
              f"{float((sc < t)[yd == 0].mean()):.2f}, false refusals {float((sc < t)[yd == 1].mean()):.2f}")
    # does the decision transfer? each set's dev rows scored by a model fitted without them (and the threshold
    # chosen on the held-out curve of the remaining sets): the number that predicts unseen questions
    src = np.array(sources)
    tot = np.zeros(4, int)
    for held_set in sorted(set(sources) - {"generated"}):
        tr = src != held_set
        t = held_out_threshold(x[tr], y[tr], [s for s in sources if s != held_set], args.l2, args.max_false)
        te, yt = held[src == held_set], y[src == held_set]
        n = np.array([(te < t)[yt == 0].sum(), (yt == 0).sum(), (te < t)[yt == 1].sum(), (yt == 1).sum()])
        tot += n
        print(f"held out {held_set:<6} AUC {auc(te, yt):.3f}, refused unanswerable {n[0]}/{n[1]}, false refusals {n[2]}/{n[3]}")
    print(f"held out (all sets) refused unanswerable {tot[0]}/{tot[1]}, false refusals {tot[2]}/{tot[3]}")
    print("held-out curve on the dev rows (threshold: refusal accuracy / false refusals):")
    for p in pts[:: max(1, len(pts) // 15)]:
        print(f"  {p['threshold']:.3f}: {p['refusal_accuracy']:.2f} / {p['false_refusals']:.2f}")
    if not args.dry_run:
        (DATA / "answerability.json").write_text(json.dumps(model, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(f"written: {DATA / 'answerability.json'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
