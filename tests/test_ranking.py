"""eval.ranking: the retrieval-only harness over the dev splits. Real corpus, literal expectations."""
from __future__ import annotations

from eval.ranking import first_gold_rank, rank_bucket, rank_set, summary


def test_first_gold_rank_is_the_first_accepted_within_the_top_ten():
    assert first_gold_rank(list("abcgd"), lambda p: p in "gd") == 3
    assert first_gold_rank(list("abc"), lambda p: p == "z") is None
    assert first_gold_rank(list("abcdefghijk"), lambda p: p == "k") is None


def test_own_dev_ranks_and_structured_questions_are_counted_apart(built_index):
    from rag.pipeline import Assistant

    ranks = rank_set("own", "dev", Assistant(built_index))
    assert ranks["q001"] == {"rank": 0, "ranked": True}          # cựu chiến binh: III.2.1.g7 first
    assert "q119" not in ranks                                    # a follow-up (history): left out
    assert any(not r["ranked"] for r in ranks.values())           # structure / task questions exist
    assert summary({"a": {"rank": 0, "ranked": True}, "b": {"rank": 3, "ranked": True},
                    "c": {"rank": None, "ranked": False}}) == "ranked hit@1 1/2 hit@5 2/2 | all hit@1 1/3"


def test_first_gold_rank_looks_as_deep_as_asked_and_buckets_read_it():
    assert first_gold_rank(list("abcdefghijklm"), lambda p: p == "m", top=20) == 12
    assert [rank_bucket(r) for r in (0, 1, 4, 5, 19, 20, None)] == ["1", "2-5", "2-5", "6-20", "6-20", "absent",
                                                                     "absent"]
