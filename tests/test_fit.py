"""The answerability model's operating point is chosen on held-out scores: each hand-written set scored by a
model fitted without it. Small literal data."""
import numpy as np

from eval.fit import curve, held_out_scores, held_out_threshold, operating_point

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
    t = held_out_threshold(X, Y, SOURCES, 1.0, max_false=0.0)
    dev = ~np.isnan(sc)
    refused = sc[dev] < t
    assert not refused[Y[dev] == 1].any()                  # no answerable refused
    assert refused[Y[dev] == 0].all()                      # every unanswerable refused (they are separable)
    assert t == operating_point(curve(sc[dev], Y[dev]), 0.0)["threshold"]
