"""Measure the relevance bar of the cross-document answer (rag/answerers/work/across.py) on the dev splits.

Every answerable dev question of both sets is treated as if it asked all documents: its topic is searched in
each document and the document's best unit scored by `across.relevance` against the best document's. A
document "has gold" when one of its units is gold for the question. The table shows, for each bar, the share
of documents with gold that are kept (recall) and of kept documents that have gold (precision), over all
questions and over those whose gold spans several documents. `python -m eval.across_bar [--questions PATH ...]`
"""
from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

from eval.gold import quote_gold_for  # noqa: E402
from rag.answerers.work import across  # noqa: E402
from rag.config import load_settings  # noqa: E402
from rag.pipeline import get_assistant  # noqa: E402
from rag.search.retrieve import prepare_query  # noqa: E402
from rag.question.route import understand  # noqa: E402

OWN = Path(__file__).resolve().parent / "questions.jsonl"
USER = Path(__file__).resolve().parent.parent.parent / "shared" / "eval-user" / "questions.jsonl"
BARS = (0.3, 0.4, 0.5, 0.55, 0.6, 0.65, 0.7, 0.8)


def rows_for(path: Path, a, index) -> list[dict]:
    """One row per (dev question, document): the relevance of the document's best unit and whether it has gold."""
    qs = [q for q in map(json.loads, path.read_text(encoding="utf-8").splitlines())
          if q.get("split") == "dev" and q.get("answerable")]
    gold = quote_gold_for(str(path)) if qs and "gold" in qs[0] else None
    out = []
    for q in qs:
        u = understand(q["question"], index.docs)
        topic = across.topic_of(u)
        if topic is None:
            continue
        query = prepare_query(topic.text, index)

        def is_gold(unit) -> bool:
            return gold.is_gold(unit.text, q["gold"]) if gold else unit.unit_id in q.get("gold_units", [])

        tops = {}
        for d in index.docs:
            ps = [p for p in a.retriever.search(index, query, u, scope=[d], k=across.PER_DOC) if p.unit.kind == "body"]
            if ps:
                tops[d] = ps[0]
        if not tops:
            continue
        with_gold = {d for d in tops if any(is_gold(x) for x in index.doc_units(d))}
        best_lex, best_dense = max(p.lexical for p in tops.values()), max(p.dense for p in tops.values())
        for d, p in tops.items():
            out.append({"q": q["id"], "doc": d, "relevance": across.relevance(p, best_lex, best_dense),
                        "gold_doc": d in with_gold, "gold_unit": is_gold(p.unit), "multi": len(with_gold) > 1})
    return out


def _line(rows: list[dict], bar: float) -> str:
    pos = sum(r["gold_doc"] for r in rows)
    kept = [r for r in rows if r["relevance"] >= bar]
    tp = sum(r["gold_doc"] for r in kept)
    return f"{tp / max(pos, 1):6.3f} {tp / max(len(kept), 1):9.3f}"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--questions", nargs="*", type=Path, default=[OWN, USER])
    args = ap.parse_args(argv)
    a = get_assistant(load_settings())
    index = a.holder.get()
    rows = [r for p in args.questions if p.exists() for r in rows_for(p, a, index)]
    multi = [r for r in rows if r["multi"]]
    pos = [r for r in rows if r["gold_doc"]]
    print(f"{len({r['q'] for r in rows})} questions, {len(pos)} documents with gold, {len(rows) - len(pos)} without; "
          f"{len({r['q'] for r in multi})} questions with gold in several documents")
    print(f"best unit of a document with gold is gold: {sum(r['gold_unit'] for r in pos) / max(len(pos), 1):.3f}")
    print("bar    recall precision | several documents: recall precision")
    for bar in BARS:
        mark = "  <- across.BAR" if abs(bar - across.BAR) < 1e-9 else ""
        print(f"{bar:4.2f} {_line(rows, bar)} | {_line(multi, bar)}{mark}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
