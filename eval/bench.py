"""`python -m eval --bench`: what ingesting and answering cost, and how that grows with the corpus.

1. cold ingest of the bundled corpus into a fresh index (no embedding cache), then a warm re-ingest;
2. warm query latency p50/p95 over the whole question set;
3. the same on a synthetic corpus of about `synthetic_units` units (the bundled documents plus generated
   ones whose paragraphs recombine real sentences under real-looking structure): ingest throughput
   (units/s) and query p95;
4. peak resident memory of the process.
"""
from __future__ import annotations

import json
import platform
import random
import resource
import shutil
import tempfile
import time
from dataclasses import replace
from datetime import datetime, timezone
from pathlib import Path

from eval.metrics import percentile
from eval.run import QUESTIONS, load_questions
from ingest.index import build_index
from rag.config import Settings
from rag.pipeline import Assistant
from rag.text import sentences

ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII"]


def _latencies(settings: Settings, questions: list[str]) -> list[float]:
    assistant = Assistant(settings)
    assistant.ask(questions[0])                     # warm-up: models and index loaded
    out = []
    for q in questions:
        t0 = time.perf_counter()
        assistant.ask(q)
        out.append((time.perf_counter() - t0) * 1000)
    return out


def make_synthetic_corpus(src: Path, dest: Path, target_units: int, seed: int = 0) -> int:
    """Copy the real corpus and add generated documents until about `target_units` units. Returns the
    number of generated documents."""
    shutil.copytree(src, dest)
    pool = []
    for f in sorted(src.glob("*.txt")):
        for line in f.read_text(encoding="utf-8").splitlines():
            if len(line) > 80:
                pool += [line[a:b] for a, b in sentences(line) if b - a > 40]
    rng = random.Random(seed)
    catalog = [(dest / "catalog.toml").read_text(encoding="utf-8")]
    units_per_doc, n_docs = 100, max(1, (target_units - 190) // 100)
    for d in range(n_docs):
        lines = ["KẾ HOẠCH", f"thực hiện nhiệm vụ giả lập số {d + 1}", ""]
        units = 0
        for part in ROMAN:
            if units >= units_per_doc:
                break
            lines += [f"{part}- PHẦN GIẢ LẬP {part}", ""]
            for item in range(1, 6):
                lines += [f"{item}. Nhóm nhiệm vụ {item}", ""]
                for _ in range(3):
                    lines += ["- " + " ".join(rng.sample(pool, 2)), ""]
                    units += 1
        name = f"synthetic-{d + 1:04d}.txt"
        (dest / name).write_text("\n".join(lines), encoding="utf-8")
        catalog.append(f'\n[[document]]\nid = "synthetic-{d + 1:04d}"\nfile = "{name}"\nkind = "Kế hoạch"\n'
                       f'title = "Văn bản giả lập {d + 1}"\n')
    (dest / "catalog.toml").write_text("".join(catalog), encoding="utf-8")
    return n_docs


def run_bench(settings: Settings, synthetic_units: int = 10000) -> dict:
    questions = [q["question"] for q in load_questions(QUESTIONS) if not q.get("history")]
    report: dict = {"date": datetime.now(timezone.utc).strftime("%Y-%m-%d"),
                    "machine": f"{platform.machine()}, {platform.processor() or 'cpu'}, "
                               f"{__import__('os').cpu_count()} cores", "embed_backend": settings.embed_backend}
    with tempfile.TemporaryDirectory(prefix="rag-bench-") as tmp:
        tmp = Path(tmp)
        small = replace(settings, index_dir=tmp / "index-small", chroma_url="")
        t0 = time.perf_counter()
        r = build_index(small, progress=False)
        report["corpus"] = {"documents": r.documents, "units": r.units,
                            "cold_ingest_s": round(time.perf_counter() - t0, 1)}
        t0 = time.perf_counter()
        build_index(small, progress=False)
        report["corpus"]["warm_reingest_s"] = round(time.perf_counter() - t0, 2)
        lat = _latencies(small, questions)
        report["corpus"].update(query_p50_ms=round(percentile(lat, 50), 1), query_p95_ms=round(percentile(lat, 95), 1),
                                queries=len(lat))

        corpus = tmp / "corpus-synthetic"
        n_docs = make_synthetic_corpus(Path(settings.corpus_dir), corpus, synthetic_units)
        big = replace(settings, index_dir=tmp / "index-big", corpus_dir=corpus, chroma_url="")
        t0 = time.perf_counter()
        r = build_index(big, progress=True)
        secs = time.perf_counter() - t0
        lat = _latencies(big, questions[:40])
        report["synthetic"] = {"documents": r.documents, "generated_documents": n_docs, "units": r.units,
                               "ingest_s": round(secs, 1), "ingest_units_per_s": round(r.units / secs, 1),
                               "query_p50_ms": round(percentile(lat, 50), 1),
                               "query_p95_ms": round(percentile(lat, 95), 1), "queries": len(lat)}
    report["peak_rss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
    return report


if __name__ == "__main__":  # pragma: no cover - use `python -m eval --bench`
    from rag.config import load_settings

    print(json.dumps(run_bench(load_settings()), ensure_ascii=False, indent=1))
