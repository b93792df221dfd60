"""Answerers that answer from the parsed structure and the tables built at ingest (catalog, outline,
cited documents, tasks) instead of from retrieved passages.

Each answerer module exposes `answer(ctx: Context) -> Structured | None`; `None` means "not my kind of
question". `answer_structured` tries them in `ANSWERERS` order and returns the first answer. A
`Structured` answer is exact: it either answers with citations or refuses with a specific message
(the text does not print what is asked), and it never goes through the retrieval refusal model.
"""
from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np

from rag.types import Citation, Passage

# module names under rag.answerers, tried in this order
ANSWERERS: list[str] = ["printed.fill_in", "printed.mentions", "compound.questions", "printed.which_doc", "compound.asks", "printed.holder", "document.assessment", "printed.quoted", "document.overview", "work.carried", "outline.structure", "work.tasks", "compound.parts", "work.acts", "work.across", "document.whole_part", "document.backstop"]


@dataclass
class Context:
    question: str                  # the cleaned question
    u: object                      # rag.question.route.Understanding
    index: object                  # rag.index.LoadedIndex
    scope: list[str] = field(default_factory=list)
    passages: list[Passage] = field(default_factory=list)   # hybrid retrieval results, best first
    # search(text, doc_ids, k): hybrid retrieval of another text within some documents (None: not available)
    search: Callable[[str, list[str], int], list[Passage]] | None = None
    settings: object = None        # rag.config.Settings of the assistant (None: not available)
    # verdict(): the decision model's verdict on the whole question and `passages` (rag.decision.decide.judge),
    # computed at most once per question and reused by the pipeline when no answerer answers (None: not available)
    verdict: Callable[[], object] | None = None
    # the vector retrieval ranked the question alone with (rag.question.question_kind.question_vector); None when it was
    # not computed that way (a follow-up searched with its previous turn's words, a caller without retrieval's)
    vector: np.ndarray | None = None
    # ask(text): the whole assistant's answer (rag.types.Answer) to another question, in the same scope (None: not
    # available); rag.answerers.compound.questions asks each question of a message that holds several
    ask: Callable[[str], object] | None = None


@dataclass
class Structured:
    text: str
    citations: list[Citation]
    mode: str                      # "overview", "structure", "mentions", "tasks", "parts", ...
    refused: bool = False
    reason: str = ""               # refusal reason code when refused
    low_confidence: bool = False   # answered from evidence that fits the question loosely (a part of rag.answerers.compound.asks)


def answer_structured(ctx: Context) -> Structured | None:
    for name in ANSWERERS:
        module = importlib.import_module(f"rag.answerers.{name}")
        result = module.answer(ctx)
        if result is not None:
            return result
    return None
