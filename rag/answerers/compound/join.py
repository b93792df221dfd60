"""One message answered part by part (rag.answerers.compound.questions: several questions; rag.answerers.compound.asks: several asks
of one document): each part's answer quoted under the part as typed, in the order typed, the citations of all
numbered once in the order given (a passage an earlier part cited keeps its number)."""
from __future__ import annotations

from dataclasses import replace

from rag.cite import renumber
from rag.prompts import msg
from rag.types import Citation


def join_answers(parts: list[str], answers: list, order: list[int] | None = None) -> tuple[str, list[Citation]]:
    """(the joined text, its citations renumbered). `answers`: each part's answer (rag.types.Answer: its text and
    citations); `order`: the parts whose citations are numbered first (default: as typed)."""
    lines, citations, number = [msg("parts_lead", count=len(parts))], [], {}
    for k in order if order is not None else range(len(parts)):
        for c in answers[k].citations:
            if c.unit_id not in number:
                number[c.unit_id] = len(citations) + 1
                citations.append(replace(c, n=number[c.unit_id]))
    for k, (part, a) in enumerate(zip(parts, answers), 1):
        mapping = {c.n: number[c.unit_id] for c in a.citations}
        lines += [msg("parts_part", n=k, part=part.rstrip(" ?")), renumber(a.answer, mapping)]
    return "\n".join(lines), citations
