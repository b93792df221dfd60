"""A document named before and taken up again by an anaphor of its kind word ("kết luận đó", "kế hoạch ấy") or of
"văn bản" ("văn bản ấy"). Read on the folded question; positions are the question's offsets. Used by
rag.question.route (which document is asked about) and rag.question.target (a cited document as the target); it
imports neither, so both may import it."""
from __future__ import annotations

import re

from rag.question.kinds import KIND_RE

# the demonstratives after a document word, folded: "này", "đó", "ấy", "đấy", "kia" and the Central "ni", "nớ"
# (rag.question.issued: "Kế hoạch này của tỉnh"; rag.answerers.printed.which_doc: "Ai ký văn bản này")
DEMONSTRATIVE = r"(?:nay|do|ay|day|kia|ni|no)"

# "<kind word> đó / ấy / này / kia / trên" (and "văn bản đó"): a document named before, taken up again
ANAPHOR_RE = re.compile(rf"\b(?:{KIND_RE}|van ban)\s+(?:do|ay|nay|kia|tren|vua (?:noi|ke|neu))\b")


def taken_up(f: str, at: list[int], kind_word: str | tuple[str, ...], others: list[int],
             van_ban: bool = True) -> bool:
    """Whether the document of `kind_word` (folded; or any of several) named at `at` is taken up again by an
    anaphor of its kind (or, with `van_ban`, of "văn bản": "kết luận đó", "văn bản ấy") whose nearest document
    named before it is this one, not one of `others` ("Kế hoạch của tỉnh có nhắc Nghị quyết 02 không, kế hoạch
    này …" takes up the plan). Without `van_ban`, "văn bản ấy" takes up none (it may mean either document)."""
    words = (kind_word,) if isinstance(kind_word, str) else kind_word
    heads = tuple(w + " " for w in words) + (("van ban ",) if van_ban else ())
    for m in ANAPHOR_RE.finditer(f):
        if not m.group(0).startswith(heads):
            continue
        mine = [i for i in at if i < m.start()]
        theirs = [i for i in others if i < m.start()]
        if mine and (not theirs or max(mine) > max(theirs)):
            return True
    return False
