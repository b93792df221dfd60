"""A held document named by its subject, no number: "văn bản về khối đại đoàn kết toàn dân tộc", "nghị quyết về đại
đoàn kết toàn dân tộc", "trong văn bản về khối đại đoàn kết, phần nhiệm vụ …".

A document's subject is its catalog title from its "Về" on: a resolution's title is "Về <subject>" (its own subject);
a plan's is "Thực hiện <the resolution> về <subject>" (the subject of what it carries out), or, with no "về", the
whole title ("Phòng cháy, chữa cháy rừng mùa khô năm 2024"). A kind word (or "văn
bản", any kind) then "về" and a run of at least RUN_MIN words its subject prints side by side (one word before the
run may be the asker's own, "khối") names the documents of that kind whose subject prints the run; of several, the
one whose own subject it is. None when several are left ("kế hoạch về đại đoàn kết": two plans carry it out), when
the kind word is counted or plural ("các văn bản về …": several asked), or when no run is said.
"""
from __future__ import annotations

import re

from rag.question.kinds import KIND_RE, KIND_WORDS
from rag.text import fold

RUN_MIN = 3                # words of the subject said side by side
_DESCRIBED = re.compile(rf"(?<!\bcac )(?<!\bnhung )(?<!\bmay )(?<!\bmoi )(?<!\btung )(?<!\bhai )\b({KIND_RE}|van ban)"
                        rf"\s+(?:(?:nay|do|ay)\s+)?ve\s+(?P<said>[a-z0-9 ,]+)")
_SUBJECT = re.compile(r"(?:^|\s)ve\s+(.*)$")
_CARRYING = ("thuc hien", "trien khai", "quan triet")      # a title carrying out another document


def _subject(entry: dict) -> tuple[str, bool]:
    """The title's subject, folded, as ' word word … ', and whether the title opens with it (its own subject)."""
    title = " ".join(re.findall(r"[a-z0-9]+", fold(entry.get("title", "")).lower()))
    m = _SUBJECT.search(title)
    if m is None:           # a title that is its subject ("Phòng cháy, chữa cháy rừng mùa khô năm 2024")
        return (f" {title} " if title and not title.startswith(_CARRYING) else "", True)
    return (f" {m.group(1)} ", m.start() == 0)


def _run_said(said: list[str], subject: str) -> tuple[int, int]:
    """The longest run of `said` (from its first or second word) that `subject` prints side by side: (its length, the
    number of words of `said` up to its end)."""
    best = (0, 0)
    for start in (0, 1):
        n = 0
        while start + n < len(said) and f" {' '.join(said[start:start + n + 1])} " in subject:
            n += 1
        best = max(best, (n, start + n))
    return best


def described_held(f: str, docs: dict, taken: list) -> list[str]:
    """The held document the folded question names by its subject ([] when none or several); the span from the kind
    word to the end of the run said is added to `taken`."""
    for m in _DESCRIBED.finditer(f):
        if any(a <= m.start() < b for a, b in taken):
            continue
        kind = KIND_WORDS.get(m.group(1))
        said = re.findall(r"[a-z0-9]+", m.group("said"))
        fits = []
        for doc_id, doc in docs.items():
            if kind is not None and doc.entry.get("kind") != kind:
                continue
            subject, own = _subject(doc.entry)
            run, upto = _run_said(said, subject) if subject else (0, 0)
            if run >= RUN_MIN:
                fits.append((own, upto, doc_id))
        own = [x for x in fits if x[0]]
        chosen = own if own else fits
        if len(chosen) == 1:
            words = list(re.finditer(r"[a-z0-9]+", f[m.start("said"):m.end()]))
            taken.append((m.start(), m.start("said") + words[chosen[0][1] - 1].end()))
            return [chosen[0][2]]
    return []
