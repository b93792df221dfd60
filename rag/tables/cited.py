"""The documents the corpus cites but does not hold (the `cited.json` table written by `ingest.cited`):
finding the row a question names, and `python -m rag cited [--format table|json]`.

A question names a cited document by its number ("Nghị quyết 02-NQ/TW", "Nghị quyết 23", "luật số
10/2022/QH15") or, without a number, by its kind and most of the words of its subject as the corpus
states it ("Luật thực hiện dân chủ ở cơ sở"), each word weighted by its rarity in the corpus, so that a
question may drop the subject's common words ("luật về dân chủ ở cơ sở") but not its rare ones, or by its
opening words side by side ("nghị quyết về công tác dân tộc").
"""
from __future__ import annotations

import argparse
import json
import re
import sys

from rag.lexical import rarity
from rag.text import content_terms, fold

SUBJECT_SHARE = 2 / 3     # rarity-weighted share of a subject's content words a question must hold to name it without a number
SUBJECT_MIN_WORDS = 4


def not_held(index) -> list[dict]:
    return [r for r in index.cited if not r.get("held")]


def _kind_word(row: dict) -> str:
    return fold(row["kind"])


def _by_number(folded: str, rows: list[dict]) -> list[dict]:
    q = re.sub(r"\s*([-/])\s*", r"\1", folded)
    full = [r for r in rows if re.search(rf"(?<![\w/]){re.escape(fold(r['number']))}(?![\w/])", q)]
    if full:
        return full
    out = []
    for r in rows:
        digits = re.match(r"\d+", r["number"]).group(0)
        if re.search(rf"\b{_kind_word(r)}\s+(?:so\s+)?0*{int(digits)}(?![\w/-])", q) or \
                re.search(rf"\b{_kind_word(r)}\s+(?:so\s+)?{digits}(?![\w/-])", q):
            out.append(r)
    years = set(re.findall(r"\b(19\d\d|20\d\d)\b", q))
    if len(out) > 1 and years:
        out = [r for r in out if r.get("date_iso", "")[:4] in years] or out
    return out[:1]


def _by_subject(folded: str, rows: list[dict], vocab: dict[str, int], total: int) -> list[dict]:
    """Most of a subject's words, weighted by rarity, or its opening words side by side ("nghị quyết về công
    tác dân tộc" for "Về công tác dân tộc trong tình hình mới"), with the document's kind word."""
    asked = content_terms(folded)
    qterms, said = set(asked), " " + " ".join(asked) + " "

    best, best_share = None, 0.0
    for r in rows:
        terms = [t for t in dict.fromkeys(content_terms(fold(r.get("subject", "")))) if t != "ve"]
        if len(terms) < SUBJECT_MIN_WORDS or not re.search(rf"\b{_kind_word(r)}\b", folded):
            continue
        share = sum(rarity(t, vocab, total) for t in terms if t in qterms) / \
            (sum(rarity(t, vocab, total) for t in terms) or 1.0)
        opening = f" {' '.join(terms[:SUBJECT_MIN_WORDS])} " in said
        if (share >= SUBJECT_SHARE or opening) and share > best_share:
            best, best_share = r, share
    return [best] if best else []


def match(index, folded: str) -> list[dict]:
    """The cited-but-not-held documents a (folded) question names, best first."""
    rows = not_held(index)
    return _by_number(folded, rows) or _by_subject(folded, rows, index.lexical.vocab, index.lexical.vocab_total)


def label(row: dict) -> str:
    return f"{row['kind']} {row['number']}"


# ------------------------------------------------------------------------------------------------ CLI
def _table(rows: list[dict]) -> str:
    head = ("văn bản", "ngày", "cơ quan", "khóa", "trích yếu", "trong kho", "nhắc đến tại")
    lines = [" | ".join(head)]
    for r in rows:
        subject = r["subject"] if len(r["subject"]) <= 70 else r["subject"][:69] + "…"
        where = ", ".join(dict.fromkeys(m["unit_id"] for m in r["mentions"]))
        lines.append(" | ".join((label(r), r["date"], r["issuer"], r["term"], subject, r["held"] or "-", where)))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    from rag.config import load_settings
    from rag.errors import RagError
    from rag.index import LoadedIndex

    ap = argparse.ArgumentParser(prog="python -m rag cited",
                                 description="List the documents the corpus cites (one row each, with the citing units).")
    ap.add_argument("--format", choices=("table", "json"), default="table")
    ap.add_argument("--all", action="store_true", help="include the cited documents the corpus holds")
    args = ap.parse_args(argv)
    try:
        index = LoadedIndex(load_settings())
    except RagError as e:
        print(f"error: {e}", file=sys.stderr)
        return 1
    rows = index.cited if args.all else not_held(index)
    print(json.dumps(rows, ensure_ascii=False, indent=1) if args.format == "json" else _table(rows))
    return 0
