"""`python -m eval`: run the question set, print metrics by split and kind, write results and a report.

    python -m eval                                  whole set -> eval/results/<timestamp>.jsonl + .html
    python -m eval --split test --check-floors      what CI runs: fail if a metric is under eval/floors.json
    python -m eval --questions F.jsonl --out R.jsonl   batch mode for any question file
    python -m eval --compare OLD.jsonl              what got better / worse against an earlier run
    python -m eval --bench                          ingest and query cost on the bundled corpus
    python -m eval --bench --units 10000 --stand-in-vectors   the same on a synthetic corpus (see eval/bench.py)
"""
from __future__ import annotations

import argparse
import json
import os
import sys
from datetime import datetime, timezone
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")

HERE = Path(__file__).resolve().parent


def main(argv: list[str] | None = None) -> int:
    from eval.metrics import check_floors
    from eval.run import QUESTIONS, compare, load_questions, read_jsonl, run_questions, score, table, write_jsonl
    from rag.config import load_settings
    from rag.errors import RagError

    ap = argparse.ArgumentParser(prog="python -m eval")
    ap.add_argument("--questions", type=Path, default=QUESTIONS)
    ap.add_argument("--out", type=Path, help="results file (default eval/results/<timestamp>.jsonl)")
    ap.add_argument("--split", choices=["dev", "test"], help="only this split")
    ap.add_argument("--compare", type=Path, help="an earlier results file to compare with")
    ap.add_argument("--check-floors", action="store_true", help="exit 1 if a metric is under eval/floors.json")
    ap.add_argument("--bench", action="store_true", help="run the benchmark instead")
    ap.add_argument("--units", "--bench-units", dest="units", type=int,
                    help="with --bench: size of a synthetic corpus (units) to ingest and query")
    ap.add_argument("--stand-in-vectors", action="store_true",
                    help="with --units: stand in passage vectors by mixes of real ones (cost, not quality)")
    ap.add_argument("--bench-questions", type=int, default=100, help="with --units: questions asked")
    ap.add_argument("--quiet", action="store_true")
    args = ap.parse_args(argv)

    try:
        settings = load_settings()
        if args.bench:
            from eval.bench import TABLE_HEAD, run_bench, run_scaled, table_row

            if not args.units:
                print(json.dumps(run_bench(settings), ensure_ascii=False, indent=1))
                return 0
            result = run_scaled(settings, args.units, args.stand_in_vectors, args.bench_questions)
            print(json.dumps(result, ensure_ascii=False, indent=1))
            print(f"\npassage vectors: {result['passage_vectors']}\n{TABLE_HEAD}\n{table_row(result)}")
            return 0
        from ingest.index import build_index

        build_index(settings, progress=not args.quiet)       # no-op when the index is up to date
        questions = load_questions(args.questions, args.split)
        results = run_questions(settings, questions, progress=not args.quiet)
    except RagError as e:
        print(f"error: {e}", file=sys.stderr)
        return 1
    stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%S")
    out = args.out or HERE / "results" / f"{stamp}.jsonl"
    write_jsonl(out, results)
    per_q, summary = score(results, questions)
    if summary:
        from eval.report import render

        print(table(summary))
        out.with_suffix(".summary.json").write_text(json.dumps(summary, ensure_ascii=False, indent=1), encoding="utf-8")
        out.with_suffix(".html").write_text(render(summary, per_q, results, questions, "Đánh giá Hỏi đáp văn kiện"),
                                            encoding="utf-8")
        print(f"\nresults: {out}\nreport:  {out.with_suffix('.html')}")
    else:
        print(f"results: {out} ({len(results)} questions, no gold fields to score)")
    if args.compare:
        print("\n" + compare(read_jsonl(args.compare), results, questions))
    if args.check_floors:
        floors = json.loads((HERE / "floors.json").read_text(encoding="utf-8"))
        group = f"split:{args.split}" if args.split else "all"
        failures = check_floors(summary.get(group, {}), floors)
        for f in failures:
            print(f"FLOOR: {f}", file=sys.stderr)
        if failures:
            return 1
        print(f"floors: all {len(floors)} metrics of {group} at or above eval/floors.json")
    return 0


if __name__ == "__main__":
    sys.exit(main())
