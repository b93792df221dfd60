"""A year typed as part of a held document's name that is not the year the document was issued ("NQ 43 năm 2018",
"Kế hoạch 21 của Bộ Chính trị năm 2022" for documents of 2023): a slip of memory, as a wrong month or a missing
"số" would be. The rest of the name (its kind and number, or its issuer) already picks one held document, so the
year says which document is asked, as the name does: no passage need print it (rag.decision.unnamed_numbers reads
it as a number that names no thing), and the answer says which document it took, with its date (`note`).

A year stands in the name only when it follows the name directly: "năm 2022", "(2022)", "/2022", with between the
name and it nothing but the words of the document's issuer and the verbs of issuing ("của Bộ Chính trị ban hành năm
2022", "ký năm 2022"). A year said elsewhere ("… đặt mục tiêu đến năm 2030", "kế hoạch 21, năm 2024 phải làm gì")
is what the question asks about, and stays a named thing.

A year after the document's own year names it only when a verb of issuing stands between ("Kế hoạch 21 ban hành
năm 2024"): without one, "Kế hoạch 21 năm 2025 cần làm gì", "Nghị quyết 43 năm 2030 phải đạt gì", it is the time
the question asks about (a document is not asked about by a year before it existed, but is asked about the years it
plans for). A document the catalog gives no date is named by a year only with a verb of issuing, and no note is
written.
"""
from __future__ import annotations

import re

from rag.text import fold, nfc, words

_YEAR_RE = re.compile(r"(?:\bnam\s+|/|\(\s*)((?:19|20)\d\d)\b")
# words that may stand between a document's name and the year that ends it: the verbs of issuing and signing
_LINK_WORDS = frozenset("cua do ban hanh ky ra doi duoc".split())
# the verbs of issuing among them: with one, any year is the year the asker believes the document was issued
_ISSUING = re.compile(r"\b(?:ban hanh|ky|ra doi)\b")


def _held_date(entry: dict) -> str:
    """The catalog's date of a document as "YYYY-MM-DD", or "" when it gives none (or only part of one)."""
    date = str(entry.get("date") or "")
    return date if re.match(r"\d{4}-\d\d-\d\d$", date) else ""


def _links(between: str, issuer: str) -> bool:
    """Whether the folded text between a name and a year holds only issuing words and the issuer's words."""
    allowed = _LINK_WORDS | set(words(issuer))
    if re.search(r"[.,;:?!]", between):
        return False
    return all(w in allowed for w in words(between))


def naming_years(u, docs: dict) -> list[tuple[str, str]]:
    """(doc_id, year as typed) for each year typed as the end of the name of a document `u` routes by
    (rag.question.route.Understanding): one up to the document's own year, or any year after a verb of issuing."""
    from rag.question.route import find_references

    hits, _, _ = find_references(u.folded, docs, u.text)
    out: list[tuple[str, str]] = []
    for _, doc_id, (_, end) in hits:
        if doc_id not in u.routed:
            continue
        issuer = fold(nfc(str(docs[doc_id].entry.get("issuer") or "")))
        rest = u.folded[end:end + 80]
        m = _YEAR_RE.search(rest)
        if not m or not _links(rest[:m.start()], issuer) or (doc_id, m.group(1)) in out:
            continue
        held_year = _held_date(docs[doc_id].entry)[:4]
        if _ISSUING.search(rest[:m.start()]) or (held_year and m.group(1) <= held_year):
            out.append((doc_id, m.group(1)))
    return out


def slips(u, docs: dict) -> list[tuple[str, str, str]]:
    """(doc_id, year typed, date held "YYYY-MM-DD") for each naming year (`naming_years`) other than the year of
    the document's catalog date; documents without a date are left out."""
    out = []
    for doc_id, year in naming_years(u, docs):
        date = _held_date(docs[doc_id].entry)
        if date and date[:4] != year:
            out.append((doc_id, year, date))
    return out


def note(u, docs: dict) -> str:
    """The line an answer opens with when the question names a held document with a year it was not issued in
    ("" when none): which document the answer is taken from and its date."""
    from rag.prompts import msg

    lines = []
    for doc_id, year, date in slips(u, docs):
        y, m, d = date.split("-")
        lines.append(msg("year_slip", doc=docs[doc_id].label, year=year, date=f"{int(d)}/{int(m)}/{y}"))
    return "\n".join(lines)
