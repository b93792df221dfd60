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


def test_cause_reads_the_three_ranks_and_what_the_run_answered():
    from eval.ranking import cause
    assert cause({"fused": 1, "dense": 3, "bm25": 1}, True, "weak_evidence", "extractive") == "refused: weak_evidence"
    assert cause({"fused": 4, "dense": 1, "bm25": 9}, True, "", "extractive") == "refused, gold 4"
    assert cause({"fused": 0, "dense": 0, "bm25": 0}, True, "", "extractive") == "refused, gold -"
    assert cause({"fused": 1, "dense": 1, "bm25": 1}, False, "", "extractive") == "cited another"
    assert cause({"fused": 1, "dense": 2, "bm25": 1}, False, "", "overview") == "answerer: overview"
    assert cause({"fused": 3, "dense": 1, "bm25": 5}, False, "", "extractive") == "near tie: dense ahead"
    assert cause({"fused": 3, "dense": 4, "bm25": 2}, False, "", "extractive") == "near tie: BM25 ahead"
    assert cause({"fused": 3, "dense": 0, "bm25": 7}, False, "", "extractive") == "near tie: both behind"
    assert cause({"fused": 6, "dense": 1, "bm25": 1}, False, "", "extractive") == "deep"


def test_why_lists_a_dev_question_cited_wrong_with_its_gold_ranks(built_index, tmp_path):
    """An eval run (written here) that cited our dev q001 (cựu chiến binh) with the header: retrieval put the gold
    III.2.1.g7 first, so the cause is the answer's, not the ranking's; a question answered right is not listed."""
    import json
    from eval.ranking import why
    from rag.pipeline import Assistant

    assistant = Assistant(built_index)
    units = assistant.holder.get().units
    header = units["nq-43-2023:header"]
    right = units["nq-43-2023:II.2.p1"]                    # q003's gold
    rows = [{"id": "q001", "answer": header.text, "refused": False, "refusal_reason": "", "mode": "extractive",
             "citations": [{"n": 1, "unit_id": header.unit_id, "text": header.text}],
             "retrieved": [{"unit_id": header.unit_id, "text": header.text}], "timings_ms": {"total": 1.0}},
            {"id": "q003", "answer": right.text, "refused": False, "refusal_reason": "", "mode": "extractive",
             "citations": [{"n": 1, "unit_id": right.unit_id, "text": right.text}],
             "retrieved": [{"unit_id": right.unit_id, "text": right.text}], "timings_ms": {"total": 1.0}}]
    (tmp_path / "r-own.jsonl").write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), encoding="utf-8")
    out = why(str(tmp_path / "r"), ["own"], assistant)
    first = out.splitlines()[0]
    assert first.startswith("own:q001") and "fused   1" in first and first.endswith("cited another")
    assert "own:q003" not in out
    assert out.splitlines()[-1] == "   1  cited another"
