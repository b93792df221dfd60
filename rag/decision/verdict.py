"""The decision's result: answer or refuse, why, and the lines it adds to an answer."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable


@dataclass
class Verdict:
    refuse: bool
    reason: str = ""
    message: str = ""
    listed: str = ""                # after a refusal's message: the sentence pointing at the nearest passages listed
    low_confidence: bool = False
    note: str = ""                  # a line added to the answer: which part of the question the text does not answer
    cited_note: Callable[[list], str] | None = None     # the note, worded by the units the answer cites
    lead: str = ""                  # the unit to quote first (the one that prints what is asked), when not the best
    score: float | None = None
    signals: dict = field(default_factory=dict)
