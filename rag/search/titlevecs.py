"""The query vectors of the documents' names as questions type them, computed at ingest and kept with the build.

A question that names a document ("Nghị quyết 43", "kế hoạch 21", "KH 21") is ranked with the vector of that name
taken out (rag.search.retrieve): the name is embedded as typed, one query embedding (~30 ms of CPU) the first time a
process sees that spelling. Ingest embeds every catalog alias in the spellings a question types it in (as printed,
all lower case, first letter raised or lowered) and writes them to the build (`title_vectors.npy` with
`title_forms.json`); retrieval reads a name found there instead of embedding it. A kept vector is the one the text
gets alone (`embedder.queries` embeds each text alone when its vectors depend on the batch), so the question's
scores are the same as when the name is embedded at query time; a spelling not kept is embedded as before.
"""
from __future__ import annotations

import json
from pathlib import Path

import numpy as np

FORMS = "title_forms.json"
VECTORS = "title_vectors.npy"


def title_forms(entries: list[dict]) -> list[str]:
    """Each catalog alias in the spellings a question types it in, once each, in catalog order."""
    forms: dict[str, None] = {}
    for entry in entries:
        for alias in entry.get("aliases", []):
            alias = " ".join(str(alias).split())
            if alias:
                for f in (alias, alias.lower(), alias[:1].upper() + alias[1:], alias[:1].lower() + alias[1:]):
                    forms.setdefault(f, None)
    return list(forms)


def write_title_vectors(build_dir: Path, entries: list[dict], embedder, cache) -> int:
    """Embed the forms of `entries` as queries (read from / added to `cache`, ingest's EmbeddingCache) and write them
    to `build_dir`; returns how many were embedded now."""
    forms = title_forms(entries)
    model = embedder.model_id + "#query"          # a query vector, not the passage vector the cache keeps for units
    keys = {f: cache.key(model, f) for f in forms}
    kept = cache.get_many(list(keys.values()))
    todo = [f for f in forms if keys[f] not in kept]
    if todo:
        fresh = embedder.queries(todo)
        cache.put_many([(keys[f], v) for f, v in zip(todo, fresh)])
        kept.update((keys[f], v) for f, v in zip(todo, fresh))
    vecs = np.array([kept[keys[f]] for f in forms], dtype=np.float32).reshape(len(forms), embedder.dim)
    (build_dir / FORMS).write_text(json.dumps({"model_id": embedder.model_id, "forms": forms}, ensure_ascii=False),
                                   encoding="utf-8")
    np.save(build_dir / VECTORS, vecs)
    return len(todo)


def load_title_vectors(build_dir: Path) -> tuple[str, dict[str, np.ndarray]]:
    """(the model the vectors came from, form -> vector); ("", {}) for a build made without them."""
    f_path, v_path = build_dir / FORMS, build_dir / VECTORS
    if not f_path.exists() or not v_path.exists():
        return "", {}
    meta = json.loads(f_path.read_text(encoding="utf-8"))
    vecs = np.load(v_path)
    if len(vecs) != len(meta["forms"]):
        return "", {}
    return meta["model_id"], dict(zip(meta["forms"], vecs))
