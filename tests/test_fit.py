"""The answerability model's operating point is chosen on the hand-written rows' in-sample scores (the shipped
model's choice), or with --held-out-point on their held-out scores: each set scored by a model fitted without
it. Small literal data."""
import json

import numpy as np

from eval.fit import choose_threshold, curve, fit, held_out_scores, main, operating_point

# one feature; three hand-written sets and generated rows. Set "c" holds an answerable row (0.45) lower than
# every answerable row of the others: in-sample it is learnt, held out it is not.
X = np.array([[0.9], [0.8], [0.2], [0.95], [0.7], [0.1], [0.45], [0.85], [0.15], [0.9], [0.05]])
Y = np.array([1, 1, 0, 1, 1, 0, 1, 1, 0, 1, 0], dtype=float)
SOURCES = ["a", "a", "a", "b", "b", "b", "c", "c", "c", "generated", "generated"]


def test_generated_rows_get_no_held_out_score_and_every_set_row_gets_one():
    sc = held_out_scores(X, Y, SOURCES, l2=1.0)
    assert np.isnan(sc[9:]).all()
    assert not np.isnan(sc[:9]).any()


def test_a_rows_held_out_score_does_not_see_its_own_sets_labels():
    flipped = Y.copy()
    flipped[6:9] = 1 - flipped[6:9]          # set c's labels flipped: c's held-out scores must not move
    a, b = held_out_scores(X, Y, SOURCES, 1.0), held_out_scores(X, flipped, SOURCES, 1.0)
    assert np.allclose(a[6:9], b[6:9])
    assert not np.allclose(a[:6], b[:6])    # the other sets' scores do see c's labels


def test_the_threshold_refuses_the_most_unanswerables_within_the_false_refusal_budget_held_out():
    sc = held_out_scores(X, Y, SOURCES, 1.0)
    t = choose_threshold(X, Y, SOURCES, 1.0, max_false=0.0, held_out=True)
    dev = ~np.isnan(sc)
    refused = sc[dev] < t
    assert not refused[Y[dev] == 1].any()                  # no answerable refused
    assert refused[Y[dev] == 0].all()                      # every unanswerable refused (they are separable)
    assert t == operating_point(curve(sc[dev], Y[dev]), 0.0)["threshold"]


def test_in_sample_and_held_out_points_differ_and_in_sample_is_the_default():
    dev = np.array([s != "generated" for s in SOURCES])
    own = fit(X, Y, 1.0).score(X)[dev]
    t_in = choose_threshold(X, Y, SOURCES, 1.0, max_false=0.0)
    t_held = choose_threshold(X, Y, SOURCES, 1.0, max_false=0.0, held_out=True)
    assert t_in == operating_point(curve(own, Y[dev]), 0.0)["threshold"]
    assert t_in != t_held
    # in-sample the model's own rows are separable: every unanswerable refused, no answerable
    assert (own[Y[dev] == 0] < t_in).all() and not (own[Y[dev] == 1] < t_in).any()


def test_main_writes_the_point_it_was_asked_for(tmp_path, capsys):
    from rag.decision.signals import FEATURES
    rows = [{"id": str(i), "source": s, "kind": "k", "label": int(y),
             "signals": {f: float(x[0]) * (k + 1) for k, f in enumerate(FEATURES)}}
            for i, (x, y, s) in enumerate(zip(X, Y, SOURCES))]
    path = tmp_path / "rows.json"
    path.write_text(json.dumps(rows), encoding="utf-8")
    chosen = {}
    for flag in ([], ["--held-out-point"]):
        main(["--rows", str(path), "--dry-run", "--max-false", "0", "--per-kind", "10", *flag])
        out = capsys.readouterr().out
        model = json.loads(out[: out.index("\n}\n") + 2])
        chosen[model["point"]["chosen_on"]] = model["threshold"]
    assert set(chosen) == {"in-sample", "held-out"} and chosen["in-sample"] != chosen["held-out"]
    xm = np.array([[r["signals"][f] for f in FEATURES] for r in rows])
    assert chosen["in-sample"] == round(choose_threshold(xm, Y, SOURCES, 1.0, 0.0), 5)
    assert chosen["held-out"] == round(choose_threshold(xm, Y, SOURCES, 1.0, 0.0, held_out=True), 5)
