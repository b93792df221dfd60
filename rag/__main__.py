"""`python -m rag "câu hỏi"`: print the answer and its numbered sources (`--json` for one JSON object).

`python -m rag COMMAND …` runs one of the table commands listed in `COMMANDS` instead (each module's
`main(argv) -> int`)."""
from __future__ import annotations

import argparse
import json
import os
import sys

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")

# command -> module whose main(argv) runs it
COMMANDS: dict[str, str] = {
    "cited": "rag.tables.cited",
    "tasks": "rag.tables.tasks_cli",
    "align": "rag.tables.align",
}


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv and argv[0] in COMMANDS:
        import importlib

        return importlib.import_module(COMMANDS[argv[0]]).main(argv[1:])
    from rag.config import load_settings
    from rag.errors import RagError
    from rag.pipeline import get_assistant
    from rag.prompts import msg

    ap = argparse.ArgumentParser(prog="python -m rag", description="Ask the documents a question.")
    ap.add_argument("question")
    ap.add_argument("--json", action="store_true", help="print one JSON object")
    ap.add_argument("--scope", action="append", default=[], help="restrict to a document id (repeatable)")
    args = ap.parse_args(argv)
    try:
        answer = get_assistant(load_settings()).ask(args.question, scope=args.scope or None)
    except RagError as e:
        if args.json:
            print(json.dumps({"question": args.question, "error": str(e)}, ensure_ascii=False))
        else:
            print(f"error: {e}", file=sys.stderr)
        return 1
    if args.json:
        print(json.dumps(answer.to_json(), ensure_ascii=False))
        return 0
    print(answer.answer)
    if answer.low_confidence and not answer.refused:
        print("\n" + msg("low_confidence"))
    if answer.citations:
        print("\nNguồn:")
        for c in answer.citations:
            print(f"[{c.n}] {c.path} — {c.unit_id}")
    elif answer.refused and answer.retrieved:
        print("\n" + msg("nearest_heading"))
        for p in answer.retrieved[:3]:
            print(f"- {p.unit.path}: {p.unit.text[:160]}…")
    return 0


if __name__ == "__main__":
    sys.exit(main())
