"""`python -m eval.ranking`: how retrieval alone ranks the gold passage, on the dev splits, in seconds.

    python -m eval.ranking                              every set, dev split: hit@1 / hit@5 per set
    python -m eval.ranking --save /tmp/a.json           and keep each question's rank
    python -m eval.ranking --compare /tmp/a.json        which questions went up to first place, which fell from it
    python -m eval.ranking --misses /tmp/x/A            the dev questions an eval run (python -m eval --out /tmp/x/A.jsonl)
                                                        cited wrong first: where retrieval ranked their gold
    RAG_DENSE_WEIGHT=0.6 python -m eval.ranking ...     any setting, as for the assistant

For each answerable question without history, the question is understood and searched as the assistant does
(rag.question.route.understand, rag.search.retrieve.prepare_query with its understanding, Retriever.search) and the rank of the
first gold unit in the top 10 is kept: own set by unit id, the user-style sets by their quotes (eval/gold.py).
Questions the assistant answers from structure (rag.answerers: overview, structure, tasks …) are counted apart
("ranked" is the rest): their answer does not depend on this ranking. No answer is composed, nothing decided.
"""
from __future__ import annotations

import argparse
import json
import sys

from eval.gold import quote_gold_for
from eval.run import GROUPS, SETS, load_questions
from rag.answerers import Context, answer_structured
from rag.config import load_settings
from rag.decision.decide import fact_kind_asked, judge
from rag.pipeline import get_assistant
from rag.search.retrieve import prepare_query
from rag.question.route import understand
from rag.text import content_terms

TOP = 10
MISS_TOP = 20        # how deep --misses looks for the gold of a question cited wrong


def first_gold_rank(passages, is_gold, top: int = TOP) -> int | None:
    """0-based rank of the first passage `is_gold` accepts among the first `top`; None when there is none."""
    return next((i for i, p in enumerate(passages[:top]) if is_gold(p)), None)


def rank_bucket(rank: int | None) -> str:
    """Where a gold unit was ranked: "1" (retrieval put it first: the answer cited another), "2-5", "6-20" or
    "absent" (the retriever's miss)."""
    if rank is None:
        return "absent"
    return "1" if rank == 0 else "2-5" if rank < 5 else "6-20" if rank < MISS_TOP else "absent"


def misses(prefix: str, names: list[str], assistant) -> str:
    """For each set, the answerable dev questions whose first citation or unit hit@1 an eval run (`prefix`-<set>.jsonl)
    got wrong, counted by where retrieval ranked their first gold unit (rank_bucket), and how many of them were
    answered from structure (not by this ranking) or refused."""
    from eval.run import read_jsonl, score
    from pathlib import Path
    head = f"{'set':7s} {'dev':>4s} {'wrong':>5s} | {'1':>3s} {'2-5':>4s} {'6-20':>4s} {'absent':>6s} | {'struct':>6s} {'refused':>7s}"
    lines, total = [head], [0] * 8
    for name in names:
        path = Path(f"{prefix}-{name}.jsonl")
        if not path.exists():
            continue
        per, _ = score(read_jsonl(path), load_questions(SETS[name]), SETS[name])
        per = {s["id"]: s for s in per if s["split"] == "dev"}
        ranks = rank_set(name, "dev", assistant, top=MISS_TOP)
        wrong = [(k, r) for k, r in ranks.items() if k in per and
                 (per[k].get("first_citation_correct") == 0 or per[k].get("unit_hit@1") == 0)]
        b = [sum(1 for _, r in wrong if rank_bucket(r["rank"]) == x) for x in ("1", "2-5", "6-20", "absent")]
        row = [len(ranks), len(wrong), *b, sum(1 for _, r in wrong if not r["ranked"]),
               sum(1 for k, _ in wrong if per[k].get("refused"))]
        total = [t + x for t, x in zip(total, row)]
        lines.append(f"{name:7s} {row[0]:4d} {row[1]:5d} | {row[2]:3d} {row[3]:4d} {row[4]:4d} {row[5]:6d} | {row[6]:6d} {row[7]:7d}")
    t = total
    lines.append(f"{'total':7s} {t[0]:4d} {t[1]:5d} | {t[2]:3d} {t[3]:4d} {t[4]:4d} {t[5]:6d} | {t[6]:6d} {t[7]:7d}")
    return "\n".join(lines)


def rank_set(name: str, split: str, assistant, top: int = TOP) -> dict[str, dict]:
    """question id -> {"rank": 0-based or None, "ranked": not answered from structure}, for one set."""
    path = SETS[name]
    index = assistant.holder.get()
    settings = assistant.settings
    out = {}
    for q in load_questions(path, split):
        if not q.get("answerable", True) or q.get("history"):
            continue
        if q.get("gold"):
            matcher = quote_gold_for(str(path))
            is_gold = lambda p, g=q["gold"]: matcher.is_gold(p.unit.text, g)   # noqa: E731
        elif q.get("gold_units"):
            is_gold = lambda p, g=frozenset(q["gold_units"]): p.unit.unit_id in g   # noqa: E731
        else:
            continue
        u = understand(q["question"], index.docs)
        passages = assistant.retriever.search(index, prepare_query(q["question"], index, u=u), u)
        bare = u.without_doc_names()
        verdict = lambda: judge(bare, u, passages, content_terms(bare), index, settings)   # noqa: E731
        structured = None if fact_kind_asked(u) else \
            answer_structured(Context(q["question"], u, index, [], passages, None, settings, verdict))
        out[q["id"]] = {"rank": first_gold_rank(passages, is_gold, top), "ranked": structured is None}
    return out


def summary(ranks: dict[str, dict]) -> str:
    ranked = [r["rank"] for r in ranks.values() if r["ranked"]]
    every = [r["rank"] for r in ranks.values()]

    def hits(rs, k):
        return sum(1 for r in rs if r is not None and r < k)
    return (f"ranked hit@1 {hits(ranked, 1)}/{len(ranked)} hit@5 {hits(ranked, 5)}/{len(ranked)} | "
            f"all hit@1 {hits(every, 1)}/{len(every)}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m eval.ranking", description=__doc__.splitlines()[0])
    ap.add_argument("--set", default="all", choices=sorted(SETS) + sorted(GROUPS))
    ap.add_argument("--split", default="dev", choices=["dev", "test"])
    ap.add_argument("--save", help="write each question's rank to this JSON file")
    ap.add_argument("--compare", help="a file written by --save: list the questions that changed first place")
    ap.add_argument("--misses", metavar="PREFIX", help="an eval run's results (PREFIX-<set>.jsonl): where retrieval "
                    "ranked the gold of each dev question it cited wrong")
    args = ap.parse_args(argv)
    assistant = get_assistant(load_settings())
    names = GROUPS.get(args.set, [args.set])
    if args.misses:
        print(misses(args.misses, names, assistant))
        return 0
    ranks = {}
    for name in names:
        r = rank_set(name, args.split, assistant)
        print(f"{name:6s} {summary(r)}")
        ranks.update({f"{name}:{k}": v for k, v in r.items()})
    print(f"{'total':6s} {summary(ranks)}")
    if args.compare:
        old = json.loads(open(args.compare, encoding="utf-8").read())
        first = lambda d, k: d.get(k, {}).get("rank") == 0   # noqa: E731
        print("to first place:  ", " ".join(k for k in ranks if first(ranks, k) and not first(old, k)) or "-")
        print("from first place:", " ".join(k for k in ranks if first(old, k) and not first(ranks, k)) or "-")
    if args.save:
        with open(args.save, "w", encoding="utf-8") as f:
            json.dump(ranks, f, ensure_ascii=False, indent=0)
    return 0


if __name__ == "__main__":
    sys.exit(main())
