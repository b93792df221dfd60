"""Hỏi đáp văn kiện: question answering over Vietnamese Party and government documents.

Public API: `ask(question, scope=None, history=None, settings=None) -> Answer` and `Settings`.
"""
from rag.config import Settings, load_settings
from rag.types import Answer, Citation, Passage, Unit


def ask(question, scope=None, history=None, settings=None):
    """Answer `question` from the indexed corpus (see rag.pipeline.Assistant.ask)."""
    from rag.pipeline import get_assistant

    return get_assistant(settings or load_settings()).ask(question, scope=scope, history=history)


__all__ = ["ask", "Settings", "load_settings", "Answer", "Citation", "Passage", "Unit"]
