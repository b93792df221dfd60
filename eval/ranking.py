"""`python -m eval.ranking`: how retrieval alone ranks the gold passage, on the dev splits, in seconds.

    python -m eval.ranking                              every set, dev split: hit@1 / hit@5 per set
    python -m eval.ranking --save /tmp/a.json           and keep each question's rank
    python -m eval.ranking --compare /tmp/a.json        which questions went up to first place, which fell from it
    python -m eval.ranking --misses /tmp/x/A            the dev questions an eval run (python -m eval --out /tmp/x/A.jsonl)
                                                        cited wrong first: where retrieval ranked their gold
    python -m eval.ranking --misses /tmp/x/A --why [--kind paraphrase]
                                                        one line per such question (or refused one): the gold's rank
                                                        fused, by the dense side alone and by BM25 alone, and its cause
    RAG_DENSE_WEIGHT=0.6 python -m eval.ranking ...     any setting, as for the assistant

For each answerable question without history, the question is understood and searched as the assistant does
(rag.question.route.understand, rag.search.retrieve.prepare_query with its understanding, Retriever.search) and the rank of the
first gold unit in the top 10 is kept: own set by unit id, the user-style sets by their quotes (eval/gold.py).
Questions the assistant answers from structure (rag.answerers: overview, structure, tasks …) are counted apart
("ranked" is the rest): their answer does not depend on this ranking. No answer is composed, nothing decided.

`--why` reads each answerable dev question the run cited wrong first or refused, searched again as the assistant
reads it (rag.pipeline._read: re-accented when typed without marks), and gives the first gold unit's rank three
ways (1-based, 0 when not in the first DEPTH): in the fused list, by the dense side alone (the ranking vector
against every stored unit) and by BM25 alone (the ranking tokens against every unit). With what the run answered
that gives its cause (`cause`):

- `refused: <reason>`   the gold unit was retrieved first and the decision refused (the reason the run gave);
- `refused, gold <n>`   refused, and retrieval did not put the gold first either;
- `answerer: <mode>`    retrieval put the gold first and another answerer (overview, structure …) cited another;
- `cited another`       retrieval put the gold first and the extractive answer led with another unit;
- `near tie: …`         the gold is 2nd to NEAR-th in the fused list: `dense ahead` when the dense side alone ranks
                        it better than fusion does, `BM25 ahead` likewise, `both behind` when neither does;
- `deep`                the gold is lower (or not found) in the fused list.
Only dev splits are read, never a test split.
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

import numpy as np

from eval.gold import quote_gold_for
from eval.run import GROUPS, SETS, load_questions, read_jsonl, score
from rag.answerers import Context, answer_structured
from rag.config import load_settings
from rag.decision.decide import judge
from rag.decision.fact_kinds import fact_kind_asked
from rag.pipeline import _read, get_assistant
from rag.search.retrieve import prepare_query
from rag.question.route import understand
from rag.text import content_terms

TOP = 10
MISS_TOP = 20        # how deep --misses looks for the gold of a question cited wrong
DEPTH = 200          # how deep --why reads each side (fused, dense, BM25) for the gold unit
NEAR = 5             # --why: a gold unit ranked 2nd to NEAR-th in the fused list is a near tie


def first_gold_rank(passages, is_gold, top: int = TOP) -> int | None:
    """0-based rank of the first passage `is_gold` accepts among the first `top`; None when there is none."""
    return next((i for i, p in enumerate(passages[:top]) if is_gold(p)), None)


def rank_bucket(rank: int | None) -> str:
    """Where a gold unit was ranked: "1" (retrieval put it first: the answer cited another), "2-5", "6-20" or
    "absent" (the retriever's miss)."""
    if rank is None:
        return "absent"
    return "1" if rank == 0 else "2-5" if rank < 5 else "6-20" if rank < MISS_TOP else "absent"


def dev_scored(prefix: str, name: str) -> list[tuple[dict, dict, dict]] | None:
    """(question, result, scores) of each DEV question of one set that an eval run (`prefix`-<set>.jsonl) answered;
    None when the run has no file for the set."""
    path = Path(f"{prefix}-{name}.jsonl")
    if not path.exists():
        return None
    questions = {q["id"]: q for q in load_questions(SETS[name], "dev")}
    results = {r["id"]: r for r in read_jsonl(path) if r["id"] in questions}
    per, _ = score(list(results.values()), list(questions.values()), SETS[name])
    return [(questions[s["id"]], results[s["id"]], s) for s in per]


def misses(prefix: str, names: list[str], assistant) -> str:
    """For each set, the answerable dev questions whose first citation or unit hit@1 an eval run (`prefix`-<set>.jsonl)
    got wrong, counted by where retrieval ranked their first gold unit (rank_bucket), and how many of them were
    answered from structure (not by this ranking) or refused."""
    head = f"{'set':7s} {'dev':>4s} {'wrong':>5s} | {'1':>3s} {'2-5':>4s} {'6-20':>4s} {'absent':>6s} | {'struct':>6s} {'refused':>7s}"
    lines, total = [head], [0] * 8
    for name in names:
        scored = dev_scored(prefix, name)
        if scored is None:
            continue
        per = {s["id"]: s for _, _, s in scored}
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
    index = assistant.holder.get()
    settings = assistant.settings
    out = {}
    for q in load_questions(SETS[name], split):
        is_gold = gold_test(q, name) if q.get("answerable", True) and not q.get("history") else None
        if is_gold is None:
            continue
        u = understand(q["question"], index.docs)
        passages = assistant.retriever.search(index, prepare_query(q["question"], index, u=u), u)
        bare = u.without_doc_names()
        verdict = lambda: judge(bare, u, passages, content_terms(bare), index, settings)   # noqa: E731
        structured = None if fact_kind_asked(u) else \
            answer_structured(Context(q["question"], u, index, [], passages, None, settings, verdict))
        rank = first_gold_rank(passages, lambda p: is_gold(p.unit), top)
        out[q["id"]] = {"rank": rank, "ranked": structured is None}
    return out


def side_ranks(assistant, question: str, is_gold) -> dict[str, int]:
    """1-based rank of the first unit `is_gold(unit)` accepts: fused (the assistant's retrieval), dense alone,
    BM25 alone; 0 when that side does not hold one in its first DEPTH."""
    index = assistant.holder.get()
    question = _read(question, index)[1]      # as the assistant reads it first (English words, numbers said, marks)
    u = understand(question, index.docs)
    query = prepare_query(question, index, u=u)
    fused = [p.unit.unit_id for p in assistant.retriever.search(index, query, u, k=DEPTH)]
    vec = assistant.retriever.vector(index, query)
    dense = [uid for uid, _ in sorted(index.store.query(vec, DEPTH), key=lambda x: -x[1])]
    lex = index.lexical.scores(query.ranking_tokens, assistant.settings.bigram_weight)
    bm25 = [index.order[i] for i in np.argsort(-lex)[:DEPTH] if lex[i] > 0]

    def first(ids: list[str]) -> int:
        return next((n for n, uid in enumerate(ids, 1) if is_gold(index.units[uid])), 0)
    return {"fused": first(fused), "dense": first(dense), "bm25": first(bm25)}


def cause(ranks: dict[str, int], refused: bool, reason: str, mode: str) -> str:
    """The cause of one wrong answer (module docstring) from the gold's ranks and what the run answered."""
    f, d, b = ranks["fused"], ranks["dense"], ranks["bm25"]
    if refused:
        return f"refused: {reason or '?'}" if f == 1 else f"refused, gold {f or '-'}"
    if f == 1:
        return "cited another" if mode in ("extractive", "llm") else f"answerer: {mode}"
    if 1 < f <= NEAR:
        if d and d < f:
            return "near tie: dense ahead"
        if b and b < f:
            return "near tie: BM25 ahead"
        return "near tie: both behind"
    return "deep"


def wrong_dev(prefix: str, name: str, kind: str | None) -> list[tuple[dict, dict]]:
    """(question, result) of each answerable DEV question of one set the run cited wrong first or refused."""
    return [(q, r) for q, r, s in dev_scored(prefix, name) or []
            if q.get("answerable", True) and not q.get("history") and not (kind and q.get("kind") != kind)
            and (s.get("refused") or s.get("first_citation_correct") == 0)]


def gold_test(q: dict, name: str):
    """unit -> whether it is gold for `q` (the user-style sets by their quotes, our set by unit id); None when `q`
    has no gold."""
    if q.get("gold"):
        matcher = quote_gold_for(str(SETS[name]))
        return lambda unit: matcher.is_gold(unit.text, q["gold"])
    if q.get("gold_units"):
        gold = frozenset(q["gold_units"])
        return lambda unit: unit.unit_id in gold
    return None


def why(prefix: str, names: list[str], assistant, kind: str | None = None) -> str:
    """One line per wrong dev question of an eval run (`prefix`-<set>.jsonl): its gold's three ranks and cause, then
    the causes counted (a question without gold is left out)."""
    counts: Counter = Counter()
    lines = []
    for name in names:
        for q, r in wrong_dev(prefix, name, kind):
            is_gold = gold_test(q, name)
            if is_gold is None:
                continue
            ranks = side_ranks(assistant, q["question"], is_gold)
            c = cause(ranks, bool(r.get("refused")), r.get("refusal_reason", ""), r.get("mode", ""))
            counts[c] += 1
            lines.append(f"{name}:{q['id']:8s} [{q.get('kind', '')}] fused {ranks['fused']:3d} dense "
                         f"{ranks['dense']:3d} bm25 {ranks['bm25']:3d}  {c}\n    {q['question'][:150]}")
    lines.append("\ncauses:")
    lines += [f"{n:4d}  {c}" for c, n in counts.most_common()]
    return "\n".join(lines)


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
    ap.add_argument("--why", action="store_true", help="with --misses: one line per question, its gold's rank fused, "
                    "dense alone and BM25 alone, and its cause")
    ap.add_argument("--kind", help="with --why: only questions of this kind (paraphrase, aggregation …)")
    args = ap.parse_args(argv)
    if (args.why or args.kind) and not args.misses:
        ap.error("--why and --kind read an eval run: give it with --misses PREFIX")
    assistant = get_assistant(load_settings())
    names = GROUPS.get(args.set, [args.set])
    if args.misses:
        print(why(args.misses, names, assistant, args.kind) if args.why else misses(args.misses, names, assistant))
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
