"""`python -m eval`: run the question set, print metrics by split and kind, write results and a report.

    python -m eval                                  our set -> eval/results/<timestamp>-own.jsonl + .html
    python -m eval --set user                       the user-style set (../shared/eval-user), scored by its rules
    python -m eval --set both                       both sets, one report each
    python -m eval --set cadre                      a second user-style set written from the texts only (eval/cadre)
    python -m eval --set fresh                      a third one, written the same way (eval/fresh)
    python -m eval --set focus                      a fourth, on the weak kinds (eval/focus)
    python -m eval --set wide                       a fifth, one sentence form per question (eval/wide)
    python -m eval --set mix                        a sixth: aggregation, cited documents, metadata (eval/mix)
    python -m eval --set plain                      a seventh: asked in two voices, forms the others miss (eval/plain)
    python -m eval --set voices                     an eighth: four writers' voices, every kind (eval/voices)
    python -m eval --set field                      a ninth: four more voices, held out for a session (eval/field)
    python -m eval --set panel                      a tenth: four more voices, held out for a session (eval/panel)
    python -m eval --set cohort                     an eleventh: four more voices, held out for a session (eval/cohort)
    python -m eval --set forum                      a twelfth: four more voices, held out for a session (eval/forum)
    python -m eval --set hall                       a thirteenth: four more voices, held out for a session (eval/hall)
    python -m eval --set desk                       a fourteenth: four more voices, held out for a session (eval/desk)
    python -m eval --set court                      a fifteenth: four more voices, held out for a session (eval/court)
    python -m eval --set guild                      a sixteenth: four more voices, held out for a session (eval/guild)
    python -m eval --set circle                     a seventeenth: four more voices, held out for a session (eval/circle)
    python -m eval --set chamber                    an eighteenth: four more voices, held out for a session (eval/chamber)
    python -m eval --set council                    a nineteenth: four more voices, held out for a session (eval/council)
    python -m eval --set senate                     a twentieth: four more voices, held out for a session (eval/senate)
    python -m eval --set assembly                   a twenty-first: four more voices, held out for a session (eval/assembly)
    python -m eval --set congress                   a twenty-second: four more voices, held out for a session (eval/congress)
    python -m eval --set caucus                     a twenty-third: two voices, weighted to the weak kinds (eval/caucus)
    python -m eval --set convention                 a twenty-fourth: four voices, held out a session (eval/convention)
    python -m eval --set conference                 a twenty-fifth: four voices, held out a session (eval/conference)
    python -m eval --set plenum                     a twenty-sixth: four voices, held out a session (eval/plenum)
    python -m eval --set summit                     a twenty-seventh: two voices, held out a session (eval/summit)
    python -m eval --set roundtable                   a twenty-eighth: its voices held out a session (eval/roundtable)
    python -m eval --set square                       a twenty-ninth: its voices held out a session (eval/square)
    python -m eval --set commons                      a thirtieth: its voices held out a session (eval/commons)
    python -m eval --set quorum                       a thirty-first: its voices held out a session (eval/quorum)
    python -m eval --set agora                        a thirty-second: its voices held out a session (eval/agora)
    python -m eval --set rally                        a thirty-third: its voices held out a session (eval/rally)
    python -m eval --set tribune                      a thirty-fourth: its voices held out a session (eval/tribune)
    python -m eval --set all                        own + user + … + rally + tribune
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
    from eval.run import GROUPS, SETS

    ap = argparse.ArgumentParser(prog="python -m eval")
    ap.add_argument("--set", choices=[*SETS, *GROUPS], default="own",
                    help="own = eval/questions.jsonl; user = ../shared/eval-user (written independently); "
                         "cadre = eval/cadre (a second set written from the texts only); fresh = eval/fresh (a third); focus = eval/focus (a fourth, weak kinds); wide = eval/wide (a fifth, varied forms); mix = eval/mix (a sixth); plain = eval/plain (a seventh); voices = eval/voices (an eighth); field = eval/field (a ninth); panel = eval/panel (a tenth); cohort = eval/cohort (an eleventh); forum = eval/forum (a twelfth); hall = eval/hall (a thirteenth); desk = eval/desk (a fourteenth); court = eval/court (a fifteenth); guild = eval/guild (a sixteenth); circle = eval/circle (a seventeenth); chamber = eval/chamber (an eighteenth); council = eval/council (a nineteenth); senate = eval/senate (a twentieth); assembly = eval/assembly (a twenty-first); congress = eval/congress (a twenty-second); caucus = eval/caucus (a twenty-third); convention = eval/convention (a twenty-fourth); conference = eval/conference (a twenty-fifth); plenum = eval/plenum (a twenty-sixth); summit = eval/summit (a twenty-seventh); roundtable = eval/roundtable (a twenty-eighth); square = eval/square (a twenty-ninth); commons = eval/commons (a thirtieth); quorum = eval/quorum (a thirty-first); agora = eval/agora (a thirty-second); rally = eval/rally (a thirty-third); tribune = eval/tribune (a thirty-fourth); both = own + user; all")
    ap.add_argument("--questions", type=Path, help="any question file instead of a named set (batch mode)")
    ap.add_argument("--out", type=Path, help="results file (default eval/results/<timestamp>[-set].jsonl)")
    ap.add_argument("--split", choices=["dev", "test"], help="only this split")
    ap.add_argument("--compare", type=Path, help="an earlier results file of the same set to compare with")
    ap.add_argument("--check-floors", action="store_true", help="exit 1 if a metric is under eval/floors.json")
    ap.add_argument("--bench", action="store_true", help="run the benchmark instead")
    ap.add_argument("--units", "--bench-units", dest="units", type=int,
                    help="with --bench: size of a synthetic corpus (units) to ingest and query")
    ap.add_argument("--stand-in-vectors", action="store_true",
                    help="with --units: stand in passage vectors by mixes of real ones (cost, not quality)")
    ap.add_argument("--bench-questions", type=int, default=100, help="with --units: questions asked")
    ap.add_argument("--quiet", action="store_true")
    args = ap.parse_args(argv)

    from rag.config import load_settings
    from rag.errors import RagError

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
    except RagError as e:
        print(f"error: {e}", file=sys.stderr)
        return 1
    if args.questions:
        runs = [("", args.questions)]
    else:
        names = GROUPS.get(args.set, [args.set])
        runs = [(n, SETS[n]) for n in names]
        missing = [str(p) for _, p in runs if not p.exists()]
        if missing:
            print(f"error: question set not found: {', '.join(missing)}", file=sys.stderr)
            return 1
    stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%S")
    code = 0
    for name, path in runs:
        out = args.out or HERE / "results" / f"{stamp}{'-' + name if name else ''}.jsonl"
        if args.out and len(runs) > 1:
            out = args.out.with_name(f"{args.out.stem}-{name}{args.out.suffix}")
        code = max(code, _run_set(settings, name, path, out, args))
    return code


def _run_set(settings, name: str, path: Path, out: Path, args) -> int:
    from eval.metrics import check_floors
    from eval.run import compare, load_questions, read_jsonl, run_questions, score, table, write_jsonl
    from rag.errors import RagError

    try:
        questions = load_questions(path, args.split)
        results = run_questions(settings, questions, progress=not args.quiet)
    except RagError as e:
        print(f"error: {e}", file=sys.stderr)
        return 1
    write_jsonl(out, results)
    try:
        per_q, summary = score(results, questions, path)
    except RagError as e:
        print(f"error: {e}", file=sys.stderr)
        return 1
    if name:
        print(f"\n== set: {name} ({path})")
    if summary:
        from eval.report import render

        print(table(summary))
        out.with_suffix(".summary.json").write_text(json.dumps(summary, ensure_ascii=False, indent=1), encoding="utf-8")
        title = "Đánh giá Hỏi đáp văn kiện" + (f" — bộ câu hỏi {name}" if name else "")
        out.with_suffix(".html").write_text(render(summary, per_q, results, questions, title), encoding="utf-8")
        print(f"\nresults: {out}\nreport:  {out.with_suffix('.html')}")
    else:
        print(f"results: {out} ({len(results)} questions, no gold fields to score)")
    if args.compare:
        print("\n" + compare(read_jsonl(args.compare), results, questions, path))
    if args.check_floors:
        floors = json.loads((HERE / "floors.json").read_text(encoding="utf-8")).get(name or "own", {})
        group = f"split:{args.split}" if args.split else "all"
        failures = check_floors(summary.get(group, {}), floors)
        for f in failures:
            print(f"FLOOR ({name or 'own'}): {f}", file=sys.stderr)
        if failures:
            return 1
        print(f"floors: all {len(floors)} metrics of {name or 'own'} {group} at or above eval/floors.json")
    return 0


if __name__ == "__main__":
    sys.exit(main())
