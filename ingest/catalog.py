"""Read corpus/catalog.toml and the .txt files beside it; validate them.

A document without a catalog entry still ingests: its metadata is read from its header and a warning
says so. Problems that would make the index wrong (unreadable file, empty file, an entry whose file is
missing, duplicate ids) are collected and reported together, naming the file and the fix.
"""
from __future__ import annotations

import hashlib
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from ingest.frame import header_meta

FIELDS = ("id", "file", "kind", "number", "issuer", "date", "place", "signer", "signer_title", "title",
          "aliases", "copy_office", "copy_number", "copy_date", "copy_signer", "copy_signer_title", "note")


@dataclass
class SourceDoc:
    entry: dict
    path: Path
    text: str
    sha256: str


@dataclass
class Corpus:
    docs: list[SourceDoc] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)


def _slug(stem: str) -> str:
    return re.sub(r"[^a-z0-9-]+", "-", stem.lower()).strip("-") or "doc"


def read_text(path: Path) -> str:
    data = path.read_bytes()
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise ValueError(f"{path.name}: not UTF-8 (byte {e.start}). Re-save it as UTF-8 and re-run ingest.") from None
    if not text.strip():
        raise ValueError(f"{path.name}: the file is empty. Remove it or put the document's text in it.")
    return text


def load_corpus(corpus_dir: Path) -> Corpus:
    corpus = Corpus()
    corpus_dir = Path(corpus_dir)
    if not corpus_dir.is_dir():
        corpus.errors.append(f"No corpus folder at {corpus_dir}. Set RAG_CORPUS_DIR or create it.")
        return corpus
    catalog_path = corpus_dir / "catalog.toml"
    entries: list[dict] = []
    if catalog_path.exists():
        try:
            entries = tomllib.loads(catalog_path.read_text(encoding="utf-8")).get("document", [])
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as e:
            corpus.errors.append(f"catalog.toml cannot be read: {e}. Fix the file and re-run ingest.")
            return corpus
    else:
        corpus.warnings.append("corpus/catalog.toml is missing: every document is described from its header only")

    seen_ids: dict[str, str] = {}
    by_file: dict[str, dict] = {}
    for k, e in enumerate(entries, 1):
        unknown = set(e) - set(FIELDS)
        if unknown:
            corpus.warnings.append(f"catalog entry {k} ({e.get('id', '?')}): unknown fields {sorted(unknown)} ignored")
        if not e.get("id") or not e.get("file"):
            corpus.errors.append(f"catalog entry {k}: needs both 'id' and 'file'")
            continue
        if e["id"] in seen_ids:
            corpus.errors.append(f"catalog: duplicate id {e['id']!r} (files {seen_ids[e['id']]} and {e['file']}). "
                                 "Give each document its own id.")
            continue
        seen_ids[e["id"]] = e["file"]
        if not (corpus_dir / e["file"]).is_file():
            corpus.errors.append(f"catalog: entry {e['id']!r} names {e['file']}, which is not in {corpus_dir}. "
                                 "Add the file or remove the entry.")
            continue
        if e["file"] in by_file:
            corpus.errors.append(f"catalog: {e['file']} is listed twice ({by_file[e['file']]['id']}, {e['id']})")
            continue
        by_file[e["file"]] = {f: e.get(f, [] if f == "aliases" else "") for f in FIELDS}

    for path in sorted(corpus_dir.glob("*.txt")):
        try:
            text = read_text(path)
        except ValueError as err:
            corpus.errors.append(str(err))
            continue
        entry = by_file.get(path.name)
        if entry is not None:
            corpus.errors.extend(contradictions(entry, text))
        if entry is None:
            entry = _entry_from_header(path, text)
            if entry["id"] in seen_ids:
                entry["id"] = f"{entry['id']}-{hashlib.sha256(path.name.encode()).hexdigest()[:6]}"
            seen_ids[entry["id"]] = path.name
            corpus.warnings.append(f"{path.name}: no catalog entry; ingested as {entry['id']!r} with metadata "
                                   "read from its header. Add an entry to corpus/catalog.toml.")
        sha = hashlib.sha256(text.encode("utf-8")).hexdigest()
        corpus.docs.append(SourceDoc(entry=entry, path=path, text=text, sha256=sha))
    if not corpus.docs and not corpus.errors:
        corpus.errors.append(f"No .txt documents in {corpus_dir}.")
    return corpus


def _entry_from_header(path: Path, text: str) -> dict:
    from ingest.parse import parse

    tree = parse(text)
    meta = header_meta(tree.header.text) if tree.header else {}
    entry = {f: ([] if f == "aliases" else "") for f in FIELDS}
    entry.update(id=_slug(path.stem), file=path.name, kind=meta.get("kind", ""), number=meta.get("number", ""),
                 date=meta.get("date", ""), place=meta.get("place", ""), signer=tree.meta.get("signer", ""),
                 title=path.stem)
    if entry["number"]:
        entry["aliases"] = [entry["number"]]
    return entry


def contradictions(entry: dict, text: str) -> list[str]:
    """Where the catalog entry and the document's own header disagree (number, date, kind)."""
    from ingest.parse import parse

    tree = parse(text)
    meta = header_meta(tree.header.text) if tree.header else {}
    out = []
    for field_name in ("number", "date", "kind"):
        said, printed = entry.get(field_name, ""), meta.get(field_name, "")
        if said and printed and said != printed:
            out.append(f"catalog entry {entry['id']!r} says {field_name} = {said!r} but {entry['file']} prints "
                       f"{printed!r}. Correct the catalog (or the file) and re-run ingest.")
    return out
