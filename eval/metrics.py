"""Pure metric functions over one question's result and its gold annotations, and their aggregation.

Per question (answerable): hit@1, hit@5, MRR@10 on units and on documents (from the ranked `retrieved`
list), first-citation correctness, citation precision, fact recall (accent-insensitive, punctuation-
insensitive). Per question (unanswerable): whether it was refused. Aggregates: means per group, refusal
accuracy on unanswerables, false-refusal rate on answerables, latency p50/p95/max.
"""
from __future__ import annotations

import math
import re
import unicodedata

METRICS = ("unit_hit@1", "unit_hit@5", "unit_mrr@10", "doc_hit@1", "doc_hit@5", "doc_mrr@10",
           "first_citation_correct", "any_citation_correct", "citation_precision", "fact_recall")


def _fold_words(text: str) -> list[str]:
    text = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    text = "".join(c for c in text if unicodedata.category(c) != "Mn").lower()
    return re.findall(r"[a-z0-9]+", text)


def contains_fact(text: str, fact: str) -> bool:
    """True if the fact's words occur, in order and adjacent, in the text (accents/punctuation ignored)."""
    t, f = _fold_words(text), _fold_words(fact)
    if not f:
        return True
    return any(t[i:i + len(f)] == f for i in range(len(t) - len(f) + 1))


def hit_at(ranked: list[str], gold: set[str], k: int) -> float:
    return 1.0 if any(x in gold for x in ranked[:k]) else 0.0


def mrr_at(ranked: list[str], gold: set[str], k: int = 10) -> float:
    for i, x in enumerate(ranked[:k], 1):
        if x in gold:
            return 1.0 / i
    return 0.0


def _dedupe(xs: list[str]) -> list[str]:
    return list(dict.fromkeys(xs))


def any_alternative(text: str, fact: str) -> bool:
    """The user-style set's rule: one of the `a|b` alternatives is a substring of the normalised text."""
    from eval.gold import norm

    t = norm(text)
    return any(norm(alt) in t for alt in fact.split("|"))


def score_question(result: dict, gold: dict, is_gold=None, fact_ok=contains_fact, each_gold=None) -> dict:
    """Scores of one result line against one question's gold fields.

    Gold units are either unit ids (`gold_units`, our set) or decided by `is_gold(passage_dict) -> bool`
    (quote-based gold, the user-style set; see eval.gold), and `each_gold` holds one such test per gold passage
    (how many of them are cited). Document metrics need `gold_docs`."""
    refused = bool(result.get("refused"))
    if not gold.get("answerable", True):
        return {"answerable": False, "refused": refused, "correct_refusal": 1.0 if refused else 0.0}
    if is_gold is None:
        gu = set(gold.get("gold_units", []))
        is_gold = lambda item: item.get("unit_id") in gu  # noqa: E731
        each_gold = [lambda item, u=u: item.get("unit_id") == u for u in sorted(gu)]
    retrieved = result.get("retrieved", [])[:10]
    flags = [bool(is_gold(r)) for r in retrieved]
    cited = [bool(is_gold(c)) for c in result.get("citations", [])]
    facts = gold.get("facts", [])
    first = next((i for i, f in enumerate(flags) if f), None)
    s = {
        "answerable": True,
        "refused": refused,
        "unit_hit@1": float(first == 0), "unit_hit@5": float(first is not None and first < 5),
        "unit_mrr@10": 1.0 / (first + 1) if first is not None else 0.0,
        "first_citation_correct": 1.0 if cited and cited[0] else 0.0,
        "any_citation_correct": 1.0 if any(cited) else 0.0,
        "citation_precision": (sum(cited) / len(cited)) if cited else 0.0,
        "fact_recall": (sum(fact_ok(result.get("answer", ""), f) for f in facts) / len(facts)) if facts else None,
        "facts_found": sum(fact_ok(result.get("answer", ""), f) for f in facts), "facts_asked": len(facts),
        "gold_cited": sum(any(g(c) for c in result.get("citations", [])) for g in each_gold or []),
        "gold_passages": len(each_gold or []),
    }
    if gold.get("gold_docs"):
        docs = _dedupe([r.get("doc_id") or r["unit_id"].split(":")[0] for r in result.get("retrieved", [])])
        gd = set(gold["gold_docs"])
        s.update({"doc_hit@1": hit_at(docs, gd, 1), "doc_hit@5": hit_at(docs, gd, 5), "doc_mrr@10": mrr_at(docs, gd)})
    return s


def percentile(values: list[float], p: float) -> float:
    if not values:
        return float("nan")
    v = sorted(values)
    k = (len(v) - 1) * p / 100
    lo, hi = math.floor(k), math.ceil(k)
    return v[lo] + (v[hi] - v[lo]) * (k - lo)


def aggregate(scores: list[dict], latencies_ms: list[float]) -> dict:
    """Means of the per-question scores plus refusal rates and latency percentiles."""
    ans = [s for s in scores if s["answerable"]]
    una = [s for s in scores if not s["answerable"]]
    out: dict = {"questions": len(scores), "answerable": len(ans), "unanswerable": len(una)}
    for m in METRICS:
        vals = [s[m] for s in ans if s.get(m) is not None]
        out[m] = sum(vals) / len(vals) if vals else None
    asked = sum(s.get("facts_asked", 0) for s in ans)
    if asked:   # pooled over all facts (as the user-style set's scorer counts), not a mean of per-question shares
        out["fact_recall"] = sum(s.get("facts_found", 0) for s in ans) / asked
    passages = sum(s.get("gold_passages", 0) for s in ans)
    # the share of all gold passages that some citation holds (an aggregation question has several)
    out["gold_cited"] = sum(s.get("gold_cited", 0) for s in ans) / passages if passages else None
    out["refusal_accuracy"] = sum(s["correct_refusal"] for s in una) / len(una) if una else None
    out["false_refusal_rate"] = sum(s["refused"] for s in ans) / len(ans) if ans else None
    out["latency_p50_ms"] = percentile(latencies_ms, 50)
    out["latency_p95_ms"] = percentile(latencies_ms, 95)
    out["latency_max_ms"] = max(latencies_ms) if latencies_ms else float("nan")
    return out


def check_floors(summary: dict, floors: dict) -> list[str]:
    """Metrics under their floor ('false_refusal_rate' and latencies are ceilings)."""
    failures = []
    for name, bound in floors.items():
        value = summary.get(name)
        if value is None:
            continue
        ceiling = name == "false_refusal_rate" or name.startswith("latency")
        if (value > bound) if ceiling else (value < bound):
            failures.append(f"{name} = {value:.3f} {'above ceiling' if ceiling else 'below floor'} {bound}")
    return failures
