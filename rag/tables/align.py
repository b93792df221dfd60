"""Which items of each implementing plan carry out each task group of a resolution.

Read from the catalog: a document implements a resolution when its title opens with "Thực hiện" and names
the resolution, by number ("Nghị quyết số 43-NQ/TW") or by the resolution's own title. The resolution's
task groups are the numbered items of its part headed "nhiệm vụ" (not "tổ chức thực hiện"); a plan's
candidates are the numbered items of its own "nhiệm vụ" parts. An item is the mean of its units' stored
embeddings (each embeds its citation path, so the heading counts, and its text); the score is their
cosine plus a small bonus for standing at the same relative place in the list (plans tend to follow the
resolution's order). `python -m rag align [--format table|json]` prints the map.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from dataclasses import dataclass

import numpy as np

from rag.text import fold, nfc

ORDER_WEIGHT = 0.04      # bonus for the same relative position (0..1) in both lists
KEEP_WITHIN = 0.03       # further items of a plan listed when this close to its best
MAX_PER_PLAN = 3
_NUMBER_RE = re.compile(r"\b(\d{1,4}-[A-ZĐ]+/[A-ZĐ]+)\b")


@dataclass
class Item:
    doc_id: str
    unit_id: str          # the item's first unit (what a citation opens)
    anchor: str           # "III.2"
    heading: str
    vector: np.ndarray


def implementing(docs: dict) -> dict[str, list[str]]:
    """resolution doc_id -> the doc_ids whose title says they implement it."""
    out: dict[str, list[str]] = {}
    for rid, r in docs.items():
        number, title = r.entry.get("number", ""), fold(nfc(r.entry.get("title", ""))).strip(" .")
        for pid, p in docs.items():
            if pid == rid:
                continue
            ptitle = nfc(p.entry.get("title", ""))
            if not fold(ptitle).startswith("thuc hien"):
                continue
            if (number and number in _NUMBER_RE.findall(ptitle)) or (len(title) > 30 and title in fold(ptitle)):
                out.setdefault(rid, []).append(pid)
    return out


def _is_task_part(heading: str) -> bool:
    f = fold(heading)
    return "nhiem vu" in f and "to chuc thuc hien" not in f


def items(index, doc_id: str, first_part_only: bool = False) -> list[Item]:
    """The numbered items of the document's task parts, each with the mean vector of its units."""
    units = [u for u in index.doc_units(doc_id) if u.kind == "body" and u.headings and _is_task_part(u.headings[0])]
    if first_part_only and units:
        part = units[0].anchor.split(".")[0]
        units = [u for u in units if u.anchor.split(".")[0] == part]
    groups: dict[str, list] = {}
    for u in units:
        seg = u.anchor.split(".")
        if len(seg) >= 2 and seg[1].isdigit():
            groups.setdefault(".".join(seg[:2]), []).append(u)
    vecs = index.store.vectors([u.unit_id for g in groups.values() for u in g])
    out = []
    for anchor, us in groups.items():
        v = np.mean([np.asarray(vecs[u.unit_id], dtype=np.float32) for u in us], axis=0)
        heading = us[0].headings[1] if len(us[0].headings) > 1 else ""
        if not heading or heading.strip(". ").isdigit():       # an item without a title: its opening words
            first = us[0].text if len(us[0].text) <= 110 else us[0].text[:110].rsplit(" ", 1)[0] + "…"
            heading = f"{anchor.split('.')[-1]}. {first}"
        out.append(Item(doc_id, us[0].unit_id, anchor, heading, v))
    return out


def _centre(groups: list[Item], plans: dict[str, list[Item]]) -> None:
    """Subtract the mean item vector and renormalise: every text here is about the same subject, so raw
    cosines crowd near 0.95; centred, they tell the items apart."""
    every = groups + [c for cands in plans.values() for c in cands]
    mean = np.mean([x.vector for x in every], axis=0)
    for x in every:
        v = x.vector - mean
        x.vector = v / (np.linalg.norm(v) or 1.0)


def align(index) -> list[dict]:
    """[{resolution_unit, resolution_heading, implementing: [{doc_id, unit_id, heading, score}]}] for every
    resolution in the index that has implementing documents."""
    result = []
    for rid, plan_ids in implementing(index.docs).items():
        groups = items(index, rid, first_part_only=True)
        plans = {pid: items(index, pid) for pid in plan_ids}
        _centre(groups, plans)
        for i, g in enumerate(groups):
            row = {"resolution_unit": g.unit_id, "resolution_heading": g.heading, "implementing": []}
            for pid, cands in plans.items():
                if not cands:
                    continue
                pos = i / max(1, len(groups) - 1)
                scored = sorted(((float(g.vector @ c.vector) + ORDER_WEIGHT *
                                  (1 - abs(pos - j / max(1, len(cands) - 1))), c) for j, c in enumerate(cands)),
                                key=lambda x: -x[0])
                best = scored[0][0]
                for score, c in scored[:MAX_PER_PLAN]:
                    if score >= best - KEEP_WITHIN:
                        row["implementing"].append({"doc_id": pid, "unit_id": c.unit_id, "heading": c.heading,
                                                    "score": round(score, 4)})
            result.append(row)
    return result


def main(argv: list[str] | None = None) -> int:
    from rag.config import load_settings
    from rag.errors import RagError
    from rag.index import LoadedIndex

    ap = argparse.ArgumentParser(prog="python -m rag align",
                                 description="Map each task group of a resolution to the plan items that implement it.")
    ap.add_argument("--format", choices=("table", "json"), default="table")
    args = ap.parse_args(argv)
    try:
        rows = align(LoadedIndex(load_settings()))
    except RagError as e:
        print(f"error: {e}", file=sys.stderr)
        return 1
    if args.format == "json":
        print(json.dumps(rows, ensure_ascii=False, indent=1))
        return 0
    for r in rows:
        print(f"{r['resolution_unit']}  {r['resolution_heading'][:90]}")
        for m in r["implementing"]:
            print(f"    {m['score']:.3f}  {m['unit_id']:32s} {m['heading'][:70]}")
    return 0
