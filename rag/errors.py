"""Errors shown to users. Each message names the thing that is wrong and the next step."""


class RagError(Exception):
    """Base class: str(err) is a message fit to show a user (CLI or page)."""


class ConfigError(RagError):
    """A setting (RAG_* variable or argument) is invalid."""


class CorpusError(RagError):
    """A corpus file or catalog entry cannot be used."""


class IndexMissingError(RagError):
    """No built index where the settings point."""


class StoreUnavailableError(RagError):
    """The vector store (embedded Chroma or a Chroma server) cannot be reached or read."""


class EmbeddingError(RagError):
    """The embedding model could not be loaded or used."""


class BadQuestionError(RagError):
    """The question cannot be processed (empty, too long, ...). Message is Vietnamese."""


class LLMError(RagError):
    """The optional LLM endpoint failed; callers fall back to the extractive answer."""


class IngestBusyError(RagError):
    """Another process holds the index dir's ingest lock (it is building); try again when it is done."""
