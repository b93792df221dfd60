"""`python -m eval.kind_fit`: fit the question-kind model (overview / structure / other) of rag.question.question_kind
and write it to rag/data/question_kind.json.

Training rows are the DEV splits of every question set (eval.run.SETS); test splits are never read. Each
question is embedded as the backstop embeds it (rag.question.question_kind.kind_text: without its document names) and its
label is its set's `kind` field (overview, structure, anything else -> other). The model is a multinomial
logistic regression (scikit-learn, balanced class weights, L2 strength `--c`). Before the final fit it reports
leave-one-set-out transfer: fitted on the dev splits of all sets but one, scored on the held-out set's dev
split, per set: 3-kind accuracy and, at the `--confident` probability, how many questions the model calls
overview/structure and how many of those are right; with `--results PREFIX` (files PREFIX-<set>.jsonl of a
`python -m eval --set all` run) the hand-written recognition (answer mode overview/structure) beside it.

The screen (rag.question.question_kind: the same regression over the vector retrieval ranks the question with,
`question_vector`) is reported the same way: per held-out set, the highest probability of "other" it gives an
overview/structure question or one the kind model calls overview/structure at `--confident`, and how many questions
it screens out. The screen's bar is `--screen-bar` or, when a held-out p(other) of such a question reaches it, the
next hundredth above the highest (`screen_bar`): no fold screens out a question that must be kept, or the screen
would change answers.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
from collections import Counter
from pathlib import Path

import numpy as np

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")

KINDS = ("overview", "structure")


def label(kind: str | None) -> str:
    return kind if kind in KINDS else "other"


def collect(settings) -> list[dict]:
    """One row per dev question of every set: set, id, label, the query vector of its kind text and its ranking vector."""
    from eval.run import SETS, load_questions
    from rag.pipeline import get_assistant
    from rag.question.question_kind import kind_text, question_vector
    from rag.question.route import understand

    assistant = get_assistant(settings)
    index = assistant.holder.get()
    rows = []
    for name, path in SETS.items():
        if not Path(path).exists():
            continue
        for q in load_questions(path, split="dev"):
            u = understand(q["question"], index.docs)
            rows.append({"set": name, "id": q["id"], "label": label(q.get("kind")),
                         "vector": assistant.embedder.query(kind_text(u, index)),
                         "ranking": question_vector(q["question"], u, index, assistant.retriever)})
    return rows


def fit(x: np.ndarray, y: np.ndarray, c: float):
    from sklearn.linear_model import LogisticRegression

    return LogisticRegression(C=c, max_iter=5000, class_weight="balanced").fit(x, y)


def _column(rows: list[dict], key: str) -> np.ndarray:
    return np.array([r[key] for r in rows])


def _held_out(rows: list[dict]):
    """(set name, mask of its rows) for each set in turn: the fold a leave-one-set-out report holds out."""
    sets = _column(rows, "set")
    for name in dict.fromkeys(sets):
        yield name, sets == name


def _kind_model(model, confident: float, model_id: str, screen=None):
    """A fitted regression as rag.question.question_kind keeps it."""
    from rag.question.question_kind import KindModel

    return KindModel(tuple(model.classes_), model.coef_, model.intercept_, confident, model_id, screen)


def hand_modes(prefix: str | None) -> dict[tuple[str, str], str]:
    """(set, id) -> the kind the hand-written forms gave it in a results run (its answer's mode)."""
    out: dict[tuple[str, str], str] = {}
    if not prefix:
        return out
    for path in Path(prefix).parent.glob(Path(prefix).name + "-*.jsonl"):
        name = path.stem[len(Path(prefix).name) + 1:]
        for line in path.read_text(encoding="utf-8").splitlines():
            r = json.loads(line)
            out[(name, r["id"])] = label(r.get("mode"))
    return out


def leave_one_set_out(rows: list[dict], c: float, confident: float, hand: dict) -> list[dict]:
    """Per held-out set: n, accuracy, fired (called overview/structure at `confident`), right among fired,
    recall of the overview/structure questions; the hand forms' accuracy, fired and right when known."""
    x, y = _column(rows, "vector"), _column(rows, "label")
    report = []
    for name, held in _held_out(rows):
        model = fit(x[~held], y[~held], c)
        probs = model.predict_proba(x[held])
        c_ = Counter()
        for r, p in zip([r for r, h in zip(rows, held) if h], probs):
            kind, conf = model.classes_[p.argmax()], p.max()
            fired = kind != "other" and conf >= confident
            c_["n"] += 1
            c_["acc"] += kind == r["label"]
            c_["pos"] += r["label"] != "other"
            c_["fired"] += fired
            c_["right"] += fired and kind == r["label"]
            hk = hand.get((name, r["id"]))
            if hk is not None:
                c_["hand_n"] += 1
                c_["hand_acc"] += hk == r["label"]
                c_["hand_fired"] += hk != "other"
                c_["hand_right"] += hk != "other" and hk == r["label"]
                backstop = hk == "other" and fired       # the model where the hand forms said nothing
                c_["back_fired"] += backstop
                c_["back_right"] += backstop and kind == r["label"]
        report.append({"set": name, **c_})
    return report


def screen_report(rows: list[dict], c: float, confident: float, bar: float) -> list[dict]:
    """Per held-out set: n, how many the screen (fitted on the other sets' ranking vectors) rules out at `bar`,
    and among the questions it must never rule out (labelled overview/structure, or called so by the kind model
    fitted on the other sets at `confident`) how many there are, the highest "other" probability it gives one
    and how many it rules out."""
    x, xr, y = _column(rows, "vector"), _column(rows, "ranking"), _column(rows, "label")
    report = []
    for name, held in _held_out(rows):
        kind, screen = fit(x[~held], y[~held], c), fit(xr[~held], y[~held], c)
        probs = kind.predict_proba(x[held])
        fires = (kind.classes_[probs.argmax(axis=1)] != "other") & (probs.max(axis=1) >= confident)
        keep = fires | (y[held] != "other")
        other = screen.predict_proba(xr[held])[:, list(screen.classes_).index("other")]
        report.append({"set": name, "n": int(held.sum()), "out": int((other >= bar).sum()), "keep": int(keep.sum()),
                       "keep_max": float(other[keep].max()) if keep.any() else 0.0,
                       "keep_out": int((keep & (other >= bar)).sum())})
    return report


def screen_bar(screens: list[dict], floor: float, step: float = 0.01) -> float:
    """The screen's bar: `floor`, or when a held-out set gives a question that must be kept a p(other) at or
    above it, the first multiple of `step` above the highest such p(other), so that no fold screens one out."""
    need = max((r["keep_max"] for r in screens), default=0.0)
    if need < floor:
        return floor
    return round((np.floor(need / step + 1e-9) + 1) * step, 6)


def main(argv: list[str] | None = None) -> int:
    from rag.config import load_settings
    from rag.question.question_kind import DATA

    ap = argparse.ArgumentParser(prog="python -m eval.kind_fit", description=__doc__.split("\n")[0])
    ap.add_argument("--c", type=float, default=64.0, help="inverse L2 strength of the logistic regression")
    ap.add_argument("--confident", type=float, default=0.85, help="probability a backstop needs to act")
    ap.add_argument("--screen-bar", type=float, default=0.95,
                    help='the lowest probability of "other" from the screen at or above which the kind text is not '
                         "embedded; raised above the highest held-out p(other) of a question that must be kept")
    ap.add_argument("--results", help="prefix of a `python -m eval --set all` run, to report the hand forms beside")
    ap.add_argument("--dry-run", action="store_true", help="report, do not write the model")
    args = ap.parse_args(argv)

    settings = load_settings()
    rows = collect(settings)
    print(f"{len(rows)} dev questions: {dict(Counter(r['label'] for r in rows))}")
    report = leave_one_set_out(rows, args.c, args.confident, hand_modes(args.results))
    print(f"leave-one-set-out (model at p >= {args.confident}; hand = answer mode of {args.results or '-'}):")
    print(f"{'set':8} {'n':>4} {'pos':>4} {'acc':>6} {'fired':>6} {'right':>6} | {'hand acc':>8} {'fired':>6} {'right':>6}"
          f" | backstop fired right")
    tot = Counter()
    for r in report:
        tot.update({k: v for k, v in r.items() if k != "set"})
    for r in report + [{"set": "all", **tot}]:
        hand = (f"{r['hand_acc'] / r['hand_n']:8.3f} {r['hand_fired']:6d} {r['hand_right']:6d} | "
                f"{r['back_fired']:14d} {r['back_right']:5d}" if r.get("hand_n") else f"{'-':>8} {'-':>6} {'-':>6}")
        print(f"{r['set']:8} {r['n']:4d} {r['pos']:4d} {r['acc'] / r['n']:6.3f} {r['fired']:6d} {r['right']:6d} | {hand}")
    screens = screen_report(rows, args.c, args.confident, args.screen_bar)
    bar = screen_bar(screens, args.screen_bar)
    if bar != args.screen_bar:
        print(f"screen bar {args.screen_bar} -> {bar}: a held-out p(other) of a question that must be kept reaches "
              f"{max(r['keep_max'] for r in screens):.4f}")
        screens = screen_report(rows, args.c, args.confident, bar)
    print(f"screen, leave-one-set-out (rules out at p(other) >= {bar}; kept = overview/structure by label "
          f"or by the kind model at p >= {args.confident}):")
    print(f"{'set':8} {'n':>4} {'out':>4} | {'kept':>4} {'max p(other)':>12} {'out':>4}")
    for r in screens:
        print(f"{r['set']:8} {r['n']:4d} {r['out']:4d} | {r['keep']:4d} {r['keep_max']:12.4f} {r['keep_out']:4d}")
    print(f"{'all':8} {sum(r['n'] for r in screens):4d} {sum(r['out'] for r in screens):4d} | "
          f"{sum(r['keep'] for r in screens):4d} {max(r['keep_max'] for r in screens):12.4f} "
          f"{sum(r['keep_out'] for r in screens):4d}")
    from rag.search.embed import get_embedder

    model_id = get_embedder(settings).model_id
    y = _column(rows, "label")
    screen = _kind_model(fit(_column(rows, "ranking"), y, args.c), bar, model_id)
    kind = _kind_model(fit(_column(rows, "vector"), y, args.c), args.confident, model_id, screen)
    if args.dry_run:
        return 0
    DATA.write_text(json.dumps(kind.to_json()) + "\n", encoding="utf-8")
    print(f"wrote {DATA}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
