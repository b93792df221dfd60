"""`python -m ingest`: build or update the index from corpus/."""
from __future__ import annotations

import argparse
import os
import sys

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")


def main(argv: list[str] | None = None) -> int:
    from ingest.index import build_index
    from rag.config import load_settings
    from rag.errors import RagError

    ap = argparse.ArgumentParser(prog="python -m ingest", description="Build or update the index from the corpus.")
    ap.add_argument("--force", action="store_true", help="rebuild even when nothing changed")
    ap.add_argument("--skip-bad", action="store_true", help="index the readable documents, skip the bad ones")
    ap.add_argument("--quiet", action="store_true", help="no progress bar")
    args = ap.parse_args(argv)
    try:
        settings = load_settings()
        report = build_index(settings, progress=not args.quiet, force=args.force, skip_bad=args.skip_bad)
    except RagError as e:
        print(f"error: {e}", file=sys.stderr)
        return 1
    for w in report.warnings:
        print(f"warning: {w}", file=sys.stderr)
    print(report.summary())
    return 0


if __name__ == "__main__":
    sys.exit(main())
