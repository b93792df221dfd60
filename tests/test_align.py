"""`python -m rag align`: each task group of Nghị quyết 43 beside the plan items that implement it,
measured against a map written by hand (tests/data/align_gold.json)."""
import json
from pathlib import Path

from rag.__main__ import main as rag_main
from rag.tables.align import align, implementing
from rag.index import LoadedIndex

GOLD = json.loads((Path(__file__).parent / "data" / "align_gold.json").read_text(encoding="utf-8"))


def item(unit_id: str) -> str:
    return ".".join(unit_id.split(":")[1].split(".")[:2])


def firsts(rows: list[dict]) -> dict[tuple[str, str, str], str]:
    out = {}
    for r in rows:
        res_doc = r["resolution_unit"].split(":")[0]
        for m in r["implementing"]:
            out.setdefault((res_doc, item(r["resolution_unit"]), m["doc_id"]), item(m["unit_id"]))
    return out


def precision_at_1(rows: list[dict]) -> float:
    got = firsts(rows)
    pairs = [(res, k, plan, ok) for res, groups in GOLD.items() if not res.startswith("_")
             for k, plans in groups.items() for plan, ok in plans.items()]
    return sum(got.get((res, k, plan)) in ok for res, k, plan, ok in pairs) / len(pairs)


def test_plans_are_found_from_their_titles(built_index):
    index = LoadedIndex(built_index)
    assert {k: sorted(v) for k, v in implementing(index.docs).items()} == {
        "nq-43-2023": ["ct-tucantho-nq43", "kh-21-2023", "kh-btvtu-nq43"]}


def test_can_tho_items_map_to_the_same_resolution_items_and_precision(built_index, monkeypatch, capsys):
    monkeypatch.setenv("RAG_INDEX_DIR", str(built_index.index_dir))
    assert rag_main(["align", "--format", "json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [item(r["resolution_unit"]) for r in rows] == [f"III.{k}" for k in range(1, 8)]
    for r in rows:
        assert set(r) == {"resolution_unit", "resolution_heading", "implementing"}
        assert all(set(m) == {"doc_id", "unit_id", "heading", "score"} for m in r["implementing"])
    got = firsts(rows)
    for k in range(1, 8):
        assert got[("nq-43-2023", f"III.{k}", "ct-tucantho-nq43")] == f"III.{k}"
    p = precision_at_1(rows)
    print(f"align precision@1 = {p:.3f}")
    # 19 of 21 first picks right when measured (0.905); a freshly installed machine (2026-11-28) gets 18: KH 21's
    # pick for III.3 turns on a near tie (IV.1 0.122 over III.4 0.120), so the bar keeps one pair's slack
    assert p >= 0.85
    assert rows == align(LoadedIndex(built_index))       # the CLI prints exactly the map
