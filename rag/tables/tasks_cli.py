"""`python -m rag tasks [--assignee TEXT] [--due 2025|2024Q1|2023-12|thuong-xuyen] [--doc ID]
[--format table|csv|json]`: the task table of the current build, filtered."""
from __future__ import annotations

import argparse
import json
import sys

from rag.config import load_settings
from rag.errors import RagError
from rag.ui.exports import tasks_csv
from rag.layout import current_build_dir
from rag.tables.tasks import FIELDS, due_label, filter_rows, is_overdue, load_rows, parse_due_spec

TEXT_WIDTH = 90


def _table(rows: list[dict]) -> str:
    out = []
    for r in rows:
        due = due_label(r["due"]) or "-"
        mark = " (quá hạn)" if is_overdue(r) else ""
        text = r["text"] if len(r["text"]) <= TEXT_WIDTH else r["text"][:TEXT_WIDTH].rsplit(" ", 1)[0] + "…"
        out.append(f"{r['unit_id']}\n  {r['assignee_norm'] or '-'} [{r['level']}; {r['role']}] hạn: {due}{mark}\n"
                   f"  {text}")
    docs = len({r["doc_id"] for r in rows})
    out.append(f"{len(rows)} nhiệm vụ trong {docs} văn bản")
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m rag tasks", description="List the tasks assigned in the documents.")
    ap.add_argument("--assignee", help="part of the assignee's name, e.g. 'Ban Dân vận' (accents optional)")
    ap.add_argument("--due", help="2025 | 2024Q1 | 2023-12 | thuong-xuyen")
    ap.add_argument("--doc", action="append", default=[], help="a document id (repeatable)")
    ap.add_argument("--format", choices=("table", "csv", "json"), default="table")
    args = ap.parse_args(argv)
    try:
        due = parse_due_spec(args.due) if args.due else None
    except ValueError as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    try:
        rows = load_rows(current_build_dir(load_settings()) / "tasks.jsonl")
    except RagError as e:
        print(f"error: {e}", file=sys.stderr)
        return 1
    known = {r["doc_id"] for r in rows}
    unknown = [d for d in args.doc if d not in known]
    if unknown:
        print(f"error: no tasks for document {', '.join(unknown)}; documents with tasks: {', '.join(sorted(known))}",
              file=sys.stderr)
        return 2
    rows = filter_rows(rows, assignee=args.assignee, due=due, doc=args.doc or None)
    if args.format == "json":
        print(json.dumps([{k: r.get(k) for k in FIELDS} | {"overdue": is_overdue(r)} for r in rows],
                         ensure_ascii=False, indent=1))
    elif args.format == "csv":
        sys.stdout.write(tasks_csv(rows))
    else:
        print(_table(rows))
    return 0
