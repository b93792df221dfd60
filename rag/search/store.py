"""The only module that knows Chroma: per build, one collection of the units retrieval searches and one
of the units it never searches (heading lines, `APART_KINDS`: read back when cited, never ranked), written
through llama-index's ChromaVectorStore with our own vectors (Chroma never embeds anything itself) and
queried directly. Keeping headings apart means no `kind` filter on a search: at 142k units Chroma took
1 137 ms for `kind != heading` against 1.1 ms unfiltered.

Embedded mode keeps the collection under the build directory; server mode (RAG_CHROMA_URL) keeps it on a
Chroma server under the name `units-<build_id>`, so a new build never disturbs the one being served.
"""
from __future__ import annotations

import json
import math
from pathlib import Path
from urllib.parse import urlparse

import chromadb
import numpy as np
from chromadb.config import Settings as ChromaSettings
from llama_index.core.schema import NodeRelationship, RelatedNodeInfo, TextNode
from llama_index.vector_stores.chroma import ChromaVectorStore

from rag.search.cache import BatchLRU
from rag.config import Settings
from rag.errors import StoreUnavailableError
from rag.types import Unit

_CHROMA_ERRORS = (ConnectionError, OSError, ValueError, RuntimeError)


APART_KINDS = ("heading",)
VECTORS_KEPT = 8192          # stored vectors kept in memory per build, most recently used (about 1.5 kB each)


def collection_name(build_id: str) -> str:
    return f"units-{build_id}"


def apart_collection_name(build_id: str) -> str:
    return f"units-{build_id}-apart"


def make_client(settings: Settings, build_dir: Path):
    chroma_settings = ChromaSettings(anonymized_telemetry=False, allow_reset=False)
    try:
        if settings.chroma_url:
            u = urlparse(settings.chroma_url)
            if not u.hostname or not u.port:
                raise StoreUnavailableError(f"RAG_CHROMA_URL={settings.chroma_url!r} must look like http://host:port")
            return chromadb.HttpClient(host=u.hostname, port=u.port, ssl=u.scheme == "https",
                                       settings=chroma_settings)
        return chromadb.PersistentClient(path=str(build_dir / "chroma"), settings=chroma_settings)
    except StoreUnavailableError:
        raise
    except Exception as e:  # chromadb raises its own and httpx error types
        where = settings.chroma_url or str(build_dir / "chroma")
        _forget_failed_client(where)
        fix = ("check that the Chroma server runs (chroma run --path DIR --port N)" if settings.chroma_url else
               "free disk space or fix the folder's permissions if the disk is full or read-only; otherwise "
               "re-run: python -m ingest")
        raise StoreUnavailableError(f"Cannot open the Chroma store at {where}: {e}. Fix: {fix}") from None


def _forget_failed_client(identifier: str) -> None:
    """chromadb caches a client's System per path (or URL) before it has finished starting; when the start
    fails (full disk, corrupt files, server down) the broken System stays cached and every later open of the
    same path fails too. Drop it so that the next question can try again."""
    from chromadb.api.shared_system_client import SharedSystemClient

    with SharedSystemClient._refcount_lock:
        SharedSystemClient._identifier_to_system.pop(identifier, None)
        SharedSystemClient._identifier_to_refcount.pop(identifier, None)


def _read_only(v: np.ndarray) -> np.ndarray:
    """A cached vector is shared by every caller: none may change it in place."""
    v.setflags(write=False)
    return v


def _to_metadata(u: Unit) -> dict:
    d = u.to_dict()
    d["headings"] = json.dumps(list(u.headings), ensure_ascii=False)
    d.pop("text")
    return d


def _from_metadata(text: str, md: dict) -> Unit:
    fields = {k: md[k] for k in Unit.__dataclass_fields__ if k in md and k != "text"}
    fields["headings"] = tuple(json.loads(md.get("headings", "[]")))
    return Unit(text=text, **fields)


class UnitStore:
    def __init__(self, settings: Settings, build_id: str, build_dir: Path, create: bool = False):
        self.name = collection_name(build_id)
        self.client = make_client(settings, build_dir)
        self.collection = self._open(self.name, create)
        self.apart = self._open(apart_collection_name(build_id), create)
        self.vs = ChromaVectorStore(chroma_collection=self.collection)
        self.vs_apart = ChromaVectorStore(chroma_collection=self.apart)
        # stored vectors already read (a build's vectors never change; `add` forgets them): the lexical-only
        # candidates of one question are often those of the next
        self._vectors = BatchLRU(VECTORS_KEPT)

    def _open(self, name: str, create: bool):
        try:
            if create:
                return self.client.get_or_create_collection(name, metadata={"hnsw:space": "cosine"},
                                                            embedding_function=None)
            return self.client.get_collection(name, embedding_function=None)
        except Exception as e:  # NotFoundError, connection errors
            raise StoreUnavailableError(
                f"Chroma collection {name!r} cannot be opened ({type(e).__name__}: {e}). "
                "Re-run: python -m ingest") from None

    def add(self, units: list[Unit], vectors, batch: int = 256) -> None:
        nodes, apart = [], []
        for u, v in zip(units, vectors):
            md = _to_metadata(u)
            # the source relationship names the document: llama-index writes its id into the stored "doc_id"
            # (and "ref_doc_id") metadata, overwriting ours with 'None' without it, so filters by document
            # matched nothing
            (apart if u.kind in APART_KINDS else nodes).append(
                TextNode(id_=u.unit_id, text=u.text, embedding=[float(x) for x in v], metadata=md,
                         excluded_embed_metadata_keys=list(md), excluded_llm_metadata_keys=list(md),
                         relationships={NodeRelationship.SOURCE: RelatedNodeInfo(node_id=u.doc_id)}))
        try:
            for vs, group in ((self.vs, nodes), (self.vs_apart, apart)):
                for i in range(0, len(group), batch):
                    vs.add(group[i:i + batch])
        except Exception as e:  # chromadb reports a full disk or a lost server as its own error types
            raise StoreUnavailableError(f"Chroma write failed ({type(e).__name__}: {e})") from None
        finally:                # emptied after the write: a read during it cannot keep an id as missing
            self._vectors = BatchLRU(VECTORS_KEPT)

    def query(self, vector, k: int, doc_ids: list[str] | None = None) -> list[tuple[str, float]]:
        """(unit_id, cosine similarity) of the k nearest searchable units (never `APART_KINDS`), optionally
        only in `doc_ids`."""
        # the collection is asked directly, for ids and distances only: the same call, filter and arithmetic as
        # ChromaVectorStore.query, without reading back texts and metadata and building a node per hit
        # (≈ 10 ms per query, two queries per question)
        where = {"where": {"doc_id": {"$in": list(doc_ids)}}} if doc_ids else {}
        try:
            res = self.collection.query(query_embeddings=[float(x) for x in vector], n_results=k,
                                        include=["distances"], **where)
        except Exception as e:  # server gone, files corrupt
            raise StoreUnavailableError(f"Chroma query failed ({type(e).__name__}: {e}). "
                                        "Check the Chroma server or re-run: python -m ingest") from None
        # as ChromaVectorStore reports it, exp(-distance); with cosine space distance = 1 - cos
        return [(i, 1.0 + math.log(max(math.exp(-d), 1e-12))) for i, d in zip(res["ids"][0], res["distances"][0])]

    def get(self, unit_ids: list[str]) -> dict[str, Unit]:
        """Units re-read from the store (what a citation shows)."""
        if not unit_ids:
            return {}
        out = {}
        for res in self._get(unit_ids, ["documents", "metadatas"]):
            out.update({i: _from_metadata(t, m) for i, t, m in zip(res["ids"], res["documents"], res["metadatas"])})
        return out

    def _get(self, unit_ids: list[str], include: list[str]) -> list[dict]:
        """Chroma's answers for these ids: from the searchable collection, then the rest from the other."""
        try:
            res = self.collection.get(ids=list(unit_ids), include=include)
            found = [res]
            rest = sorted(set(unit_ids) - set(res["ids"]))
            if rest:
                found.append(self.apart.get(ids=rest, include=include))
            return found
        except Exception as e:
            raise StoreUnavailableError(f"Chroma read failed ({type(e).__name__}: {e})") from None

    def vectors(self, unit_ids: list[str]) -> dict[str, np.ndarray]:
        """Stored embeddings of some units (to score candidates found only by the lexical side); the ids the store
        does not hold are left out."""
        if not unit_ids:
            return {}

        def read(ids: list[str]) -> list[np.ndarray | None]:
            out = {}
            for res in self._get(ids, ["embeddings"]):
                out.update(zip(res["ids"], res["embeddings"]))
            return [None if out.get(i) is None else _read_only(np.asarray(out[i], dtype=np.float32)) for i in ids]

        got = self._vectors.get_many(list(unit_ids), read)
        return {i: v for i, v in zip(unit_ids, got) if v is not None}

    def count(self) -> int:
        return self.collection.count() + self.apart.count()

    def close(self) -> None:
        """Release the client: embedded, its files and memory once no other client of the same folder is open."""
        self.client.close()


def drop_collection(settings: Settings, build_id: str, build_dir: Path) -> None:
    """Delete a superseded build's collection (server mode; embedded builds go with their folder)."""
    from chromadb.errors import NotFoundError

    client = make_client(settings, build_dir)
    for name in (collection_name(build_id), apart_collection_name(build_id)):
        try:
            client.delete_collection(name)
        except NotFoundError:
            continue
