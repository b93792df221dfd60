"""The evaluation suite: metric functions (literal cases), the question set's integrity, the runner."""
import json

import pytest

from eval.__main__ import main as eval_main
from eval.metrics import aggregate, check_floors, contains_fact, hit_at, mrr_at, percentile, score_question
from eval.run import QUESTIONS, load_questions
from rag.layout import current_build_dir


def test_hit_and_mrr():
    ranked = ["a", "b", "c", "d"]
    assert hit_at(ranked, {"c"}, 1) == 0.0 and hit_at(ranked, {"c"}, 3) == 1.0
    assert mrr_at(ranked, {"c", "d"}) == pytest.approx(1 / 3)
    assert mrr_at(ranked, {"z"}) == 0.0
    assert mrr_at(["x"] * 10 + ["a"], {"a"}, 10) == 0.0


def test_contains_fact_ignores_accents_case_and_punctuation():
    assert contains_fact("Hoàn thành trong Quý I/2024.", "quy I/2024")
    assert contains_fact("sống “tốt đời, đẹp đạo”", "tốt đời đẹp đạo")
    assert not contains_fact("quý II/2024", "quý I/2024")
    assert not contains_fact("tốt đẹp đời", "tốt đời đẹp")


def test_score_question_answerable_and_unanswerable():
    result = {"refused": False, "answer": "Theo ...: “... (hoàn thành trong quý I/2024).” [1]",
              "citations": [{"unit_id": "d:1"}, {"unit_id": "d:9"}],
              "retrieved": [{"unit_id": "d:9", "doc_id": "d"}, {"unit_id": "d:1", "doc_id": "d"}]}
    gold = {"answerable": True, "gold_units": ["d:1"], "gold_docs": ["d"], "facts": ["quý I/2024", "năm 2030"]}
    s = score_question(result, gold)
    assert s["unit_hit@1"] == 0.0 and s["unit_hit@5"] == 1.0 and s["unit_mrr@10"] == 0.5
    assert s["doc_hit@1"] == 1.0 and s["first_citation_correct"] == 1.0 and s["citation_precision"] == 0.5
    assert s["fact_recall"] == 0.5
    assert score_question({"refused": True}, {"answerable": False}) == \
        {"answerable": False, "refused": True, "correct_refusal": 1.0}


def test_aggregate_and_floors():
    scores = [
        {"answerable": True, "refused": False, "unit_hit@1": 1.0, "fact_recall": None},
        {"answerable": True, "refused": True, "unit_hit@1": 0.0, "fact_recall": 0.5},
        {"answerable": False, "refused": True, "correct_refusal": 1.0},
    ]
    agg = aggregate(scores, [10.0, 20.0, 30.0])
    assert agg["unit_hit@1"] == 0.5 and agg["fact_recall"] == 0.5
    assert agg["refusal_accuracy"] == 1.0 and agg["false_refusal_rate"] == 0.5
    assert agg["latency_p50_ms"] == 20.0 and agg["latency_max_ms"] == 30.0
    assert percentile([1, 2, 3, 4], 95) == pytest.approx(3.85)
    assert check_floors(agg, {"unit_hit@1": 0.6, "false_refusal_rate": 0.4}) == [
        "unit_hit@1 = 0.500 below floor 0.6", "false_refusal_rate = 0.500 above ceiling 0.4"]


def test_question_set_is_complete_and_consistent(built_index):
    qs = load_questions(QUESTIONS)
    assert len(qs) >= 120 and len({q["id"] for q in qs}) == len(qs)
    unanswerable = [q for q in qs if not q["answerable"]]
    assert len(unanswerable) >= 25
    assert {q["split"] for q in qs} == {"dev", "test"}
    build = current_build_dir(built_index)
    units = {json.loads(l)["unit_id"]: json.loads(l) for l in (build / "units.jsonl").read_text(encoding="utf-8").splitlines()}
    assert {q["gold_docs"][0] for q in qs if q["answerable"]} >= {"nq-43-2023", "kh-21-2023", "kh-btvtu-nq43",
                                                                   "ct-tucantho-nq43", "tin-kh21"}
    kinds = {q["kind"] for q in qs}
    assert kinds >= {"lookup", "goal", "assignee", "deadline", "metadata", "structure", "comparison", "informal_name",
                     "paraphrase", "unaccented", "abbreviation", "typo", "followup", "unanswerable"}
    for q in qs:
        for u in q["gold_units"]:
            assert u in units, f"{q['id']}: gold unit {u} does not exist"
            assert units[u]["doc_id"] in q["gold_docs"], f"{q['id']}: {u} not in gold_docs"
        for fact in q["facts"]:
            assert any(contains_fact(units[u]["text"], fact) for u in q["gold_units"]), f"{q['id']}: fact {fact!r}"


def test_batch_mode_on_any_question_file(built_index, tmp_path, monkeypatch, capsys):
    qfile = tmp_path / "q.jsonl"
    qfile.write_text('{"id": "a", "question": "Ai ký Kế hoạch 21?", "ignored": 1}\n'
                     '{"id": "b", "question": "Giá vàng hôm nay?"}\n', encoding="utf-8")
    out = tmp_path / "r.jsonl"
    monkeypatch.setenv("RAG_INDEX_DIR", str(built_index.index_dir))
    assert eval_main(["--questions", str(qfile), "--out", str(out), "--quiet"]) == 0
    rows = [json.loads(l) for l in out.read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in rows] == ["a", "b"]
    assert {"id", "question", "answer", "refused", "citations", "retrieved", "timings_ms"} <= set(rows[0])
    assert rows[0]["citations"][0]["text"] == "T/M BỘ CHÍNH TRỊ\nTrương Thị Mai"
    assert rows[1]["refused"] is True


def test_eval_on_the_test_split_meets_the_recorded_floors(built_index, tmp_path, monkeypatch, capsys):
    """What CI gates on: the test split of the fixed question set against eval/floors.json."""
    monkeypatch.setenv("RAG_INDEX_DIR", str(built_index.index_dir))
    out = tmp_path / "test.jsonl"
    code = eval_main(["--split", "test", "--check-floors", "--out", str(out), "--quiet"])
    printed = capsys.readouterr()
    assert code == 0, printed.err
    assert out.with_suffix(".html").read_text(encoding="utf-8").startswith("<!doctype html>")
    summary = json.loads(out.with_suffix(".summary.json").read_text(encoding="utf-8"))
    assert summary["split:test"]["questions"] == 76


def test_compare_reports_better_and_worse_per_question():
    from eval.run import compare

    questions = [{"id": "a", "question": "Ai ký?", "answerable": True, "gold_units": ["d:sig"], "gold_docs": ["d"],
                  "facts": ["Mai"], "kind": "metadata"},
                 {"id": "b", "question": "Giá vàng?", "answerable": False, "kind": "unanswerable"}]
    old = [{"id": "a", "refused": False, "answer": "x", "citations": [{"unit_id": "d:1"}], "retrieved": [{"unit_id": "d:1"}]},
           {"id": "b", "refused": True}]
    new = [{"id": "a", "refused": False, "answer": "Mai [1]", "citations": [{"unit_id": "d:sig"}],
            "retrieved": [{"unit_id": "d:sig"}]},
           {"id": "b", "refused": False}]
    out = compare(old, new, questions).splitlines()
    assert out[0].startswith("a [metadata] Ai ký?: unit_hit@1 0.00→1.00 better; first_citation_correct 0.00→1.00 better")
    assert out[1] == "b [unanswerable] Giá vàng?: correct_refusal 1.00→0.00 WORSE"
    assert out[2] == "2 questions changed: 1 with improvements, 1 with regressions"


def test_quote_gold_follows_the_user_set_rules(tmp_path):
    from eval.gold import QuoteGold, norm

    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "001_x.txt").write_text("Mở đầu.\nĐẩy mạnh tuyên truyền về khối đại đoàn kết toàn dân tộc.\n", encoding="utf-8")
    (seeds / "002_y.txt").write_text("Một văn bản khác nói về đại đoàn kết toàn dân tộc và các việc khác.\n", encoding="utf-8")
    g = QuoteGold(seeds)
    assert norm("Đẩy  mạnh, TUYÊN-truyền!") == "day manh tuyen truyen"
    gold = [{"seed": "001", "quote": "tuyên truyền về khối đại đoàn kết"}]
    assert g.is_gold("- Đẩy mạnh tuyên truyền về khối đại đoàn kết toàn dân tộc.", gold)
    assert not g.is_gold("Một văn bản khác nói về đại đoàn kết toàn dân tộc", gold)
    # a unit placed in another seed is not gold even when it holds the quote's words
    assert not g.is_gold("Một văn bản khác nói về đại đoàn kết toàn dân tộc và các việc khác.",
                         [{"seed": "001", "quote": "đại đoàn kết toàn dân tộc"}])


def test_quote_gold_without_its_seed_texts_stops_with_a_message(tmp_path):
    """No seeds, no seed check: a quote found in another document would count, so the scorer refuses to score."""
    from eval.gold import QuoteGold
    from rag.errors import CorpusError

    with pytest.raises(CorpusError, match="seed texts"):
        QuoteGold(tmp_path / "no-such-folder")


def test_fact_recall_is_pooled_over_facts_like_the_user_set_scorer():
    from eval.metrics import any_alternative

    assert any_alternative("Chăm lo người cao tuổi", "chăm sóc|chăm lo")
    assert not any_alternative("người cao tuổi", "chăm sóc|chăm lo")
    gold = {"answerable": True, "gold_units": ["d:1"], "facts": ["a", "b", "c"]}
    one = score_question({"answer": "a b c", "retrieved": [], "citations": []}, gold)
    other = score_question({"answer": "x", "retrieved": [], "citations": []}, {**gold, "facts": ["a"]})
    assert aggregate([one, other], [1.0, 1.0])["fact_recall"] == 0.75      # 3 of 4 facts, not (1 + 0) / 2


def test_gold_passages_cited_are_counted_one_by_one_and_pooled():
    gold = {"answerable": True, "gold_units": ["a:1", "b:2", "c:3"], "facts": []}
    cites = [{"unit_id": "b:2"}, {"unit_id": "x:9"}, {"unit_id": "a:1"}]
    two = score_question({"answer": "", "retrieved": [], "citations": cites}, gold)
    assert (two["gold_cited"], two["gold_passages"], two["any_citation_correct"]) == (2, 3, 1.0)
    one = score_question({"answer": "", "retrieved": [], "citations": [{"unit_id": "d:4"}]},
                         {**gold, "gold_units": ["d:4"]})
    assert aggregate([two, one], [1.0, 1.0])["gold_cited"] == 0.75      # 3 of 4 passages, not (2/3 + 1) / 2


USER_SET = QUESTIONS.parent.parent.parent / "shared" / "eval-user"


@pytest.mark.skipif(not (USER_SET / "score.py").exists(), reason="../shared/eval-user is not beside the repository")
@pytest.mark.parametrize("name", ["user", "cadre", "fresh", "focus", "wide", "mix", "plain", "voices", "field", "panel",
                                  "cohort", "forum", "hall", "desk", "court", "guild", "circle", "chamber",
                                  "council", "senate", "assembly", "congress", "caucus", "convention", "conference", "plenum", "summit", "roundtable", "square", "commons", "quorum", "agora", "rally", "tribune"])
def test_user_style_test_split_meets_its_floors_and_agrees_with_the_sets_scorer(name, built_index, tmp_path,
                                                                                monkeypatch, capsys):
    """The questions written independently of the project (eval-user; eval/cadre, eval/fresh, eval/focus, eval/wide,
    eval/mix, eval/plain, eval/voices, eval/field, eval/panel, eval/cohort, eval/forum, eval/hall, eval/desk, eval/court, eval/guild, eval/circle, eval/chamber, eval/council, eval/senate, eval/assembly, eval/congress, eval/caucus, eval/convention, eval/conference, eval/plenum, eval/summit, eval/roundtable, eval/square, eval/commons, eval/quorum, eval/agora, eval/rally and eval/tribune in its format):
    floors on the test split, and our metrics equal to what eval-user's score.py computes from the same results."""
    import subprocess
    import sys

    from eval.run import SETS

    monkeypatch.setenv("RAG_INDEX_DIR", str(built_index.index_dir))
    out = tmp_path / f"{name}.jsonl"
    code = eval_main(["--set", name, "--split", "test", "--check-floors", "--out", str(out), "--quiet"])
    assert code == 0, capsys.readouterr().err
    ours = json.loads(out.with_suffix(".summary.json").read_text(encoding="utf-8"))["split:test"]
    theirs = json.loads(subprocess.run([sys.executable, str(USER_SET / "score.py"), str(out), "--split", "test",
                                        "--questions", str(SETS[name]), "--json"],
                                       capture_output=True, text=True, check=True).stdout)
    pairs = {"unit_hit@1": "hit_at_1", "unit_hit@5": "hit_at_5", "unit_mrr@10": "mrr_at_10",
             "first_citation_correct": "first_citation_correct", "any_citation_correct": "any_citation_correct",
             "fact_recall": "fact_recall", "refusal_accuracy": "refusal_accuracy",
             "false_refusal_rate": "false_refusal_rate"}
    for mine, score_py in pairs.items():
        assert ours[mine] == pytest.approx(theirs[score_py]), mine
