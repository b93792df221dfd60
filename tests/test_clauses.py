"""Clause vectors (rag.search.clauses): split, written at ingest for body units only, read back, and a unit's
best clause found on the real corpus."""
from __future__ import annotations

import numpy as np
import pytest

from rag.search.clauses import ClauseIndex, ClauseWriter, split_clauses


def test_a_bullet_splits_into_its_clauses_and_short_pieces_are_dropped():
    text = ("Kính trọng, bảo vệ, chăm sóc người cao tuổi; khuyến khích người cao tuổi tham gia các hoạt động. "
            "Xây dựng môi trường thân thiện với người cao tuổi: Cụ thể:")
    assert split_clauses(text) == ["Kính trọng, bảo vệ, chăm sóc người cao tuổi;",
                                   "khuyến khích người cao tuổi tham gia các hoạt động.",
                                   "Xây dựng môi trường thân thiện với người cao tuổi:"]
    assert split_clauses("Tổ chức thực hiện") == ["Tổ chức thực hiện"]
    assert split_clauses("   ") == []


def test_written_vectors_read_back_per_unit(tmp_path):
    w = ClauseWriter(tmp_path)
    a = np.eye(4, dtype=np.float32)[:2]          # unit 0: two clauses
    w.add(a)
    w.add(None)                                  # unit 1: none (a header)
    w.add(np.eye(4, dtype=np.float32)[3:])       # unit 2: one clause
    w.finish()
    idx = ClauseIndex.load(tmp_path, dim=4, units=3)
    q = np.array([0.0, 1.0, 0.0, 0.5], dtype=np.float32)
    best = idx.best(np.array([0, 1, 2]), q)
    assert best[0] == pytest.approx(1.0) and np.isnan(best[1]) and best[2] == pytest.approx(0.5)
    assert ClauseIndex.load(tmp_path, dim=4, units=5) is None      # another build's row count: not used


def test_the_real_index_holds_clauses_for_body_units_only(built_index):
    from rag.index import LoadedIndex

    index = LoadedIndex(built_index)
    assert index.clauses is not None
    counts = np.diff(index.clauses.offsets)
    kinds = np.array([index.units[u].kind for u in index.order])
    assert (counts[kinds != "body"] == 0).all() and (counts[kinds == "body"] >= 1).all()
    assert counts.max() >= 4                     # long bullets have several


def test_the_clause_that_answers_is_the_best_of_its_unit(built_index):
    from rag.search.embed import get_embedder
    from rag.index import LoadedIndex

    index = LoadedIndex(built_index)
    uid = next(u for u in index.order if index.units[u].doc_id == "nq-43-2023"
               and "môi trường thân thiện với người cao tuổi" in index.units[u].text)
    row = index.order.index(uid)
    clauses = split_clauses(index.units[uid].text)
    q = get_embedder(built_index).query("chính sách bảo trợ người cao tuổi cô đơn không nơi nương tựa")
    a, b = index.clauses.offsets[row], index.clauses.offsets[row + 1]
    sims = np.asarray(index.clauses.vectors[a:b], dtype=np.float32) @ q
    assert len(sims) == len(clauses)
    assert "nương tựa" in clauses[int(np.argmax(sims))]
    assert index.clauses.best(np.array([row]), q)[0] == pytest.approx(float(sims.max()), abs=1e-6)
