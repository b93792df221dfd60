"""The documents the corpus cites: every mention of another document by kind and number, with what the
citing sentence says of it (date, issuer, khóa, subject), gathered into one row per cited document.

    "Nghị quyết số 23-NQ/TW ngày 12/3/2003 của Ban Chấp hành Trung ương Đảng khóa IX “Về …”"
    -> {kind: Nghị quyết, number: 23-NQ/TW, date: 12/3/2003, issuer: Ban Chấp hành Trung ương Đảng,
        term: IX, subject: Về …, mentions: [{unit_id, start, end}, …]}

A row whose number is a catalog document's number is marked `held` with that document's id. The table
is written into the build folder (`cited.json`) and read by `rag.tables.cited`.
"""
from __future__ import annotations

import re

from rag.text import nfc
from rag.types import Unit

KINDS = ("Nghị quyết", "Chỉ thị", "Kết luận", "Quyết định", "Quy định", "Luật", "Kế hoạch", "Chương trình",
         "Thông báo", "Hướng dẫn", "Quy chế", "Nghị định", "Thông tư", "Công văn")
_KIND = "|".join(KINDS)
NUMBER = r"\d{1,4}(?:\s*-\s*[A-ZĐ]+\s*/\s*[A-ZĐ]+|/\d{4}/[A-ZĐ0-9-]+)"
MENTION_RE = re.compile(rf"\b(?P<kind>{_KIND})\s+(?:số\s+)?(?P<number>{NUMBER})(?![\w/-])", re.I)
DATE_RE = re.compile(r"^,?\s*ngày\s+(?:(?P<d>\d{1,2})/(?P<m>\d{1,2})/(?P<y>\d{4})|"
                     r"(?P<d2>\d{1,2})\s+tháng\s+(?P<m2>\d{1,2})\s+năm\s+(?P<y2>\d{4}))")
_TERM = r"kh(?:óa|oá)\s+[IVXL]+\b"
ISSUER_RE = re.compile(rf"^\s*của\s+(?P<issuer>.+?)(?=\s+{_TERM}|\s*[“\"(]|\s+về\s|\s+gắn với|\s+(?:{_KIND})\s"
                       r"|\s*[,;.:)”]|$)", re.I)
TERM_RE = re.compile(r"^\s*,?\s*kh(?:óa|oá)\s+(?P<term>[IVXL]+)\b", re.I)
QUOTED_RE = re.compile(r"^\s*(?:về\s+)?[“\"]\*?(?P<subject>[^”\"]{3,300}?)\*?[”\"]”?")
ABOUT_RE = re.compile(rf"^\s*về\s+(?P<subject>.{{3,240}}?)(?=\s*[;.(]|\s+gắn với|,\s+(?:{_KIND})\b|\s+và\s+(?:{_KIND})\b|$)")


def _norm_number(s: str) -> str:
    return re.sub(r"\s+", "", s).replace("Đ", "Đ").upper()


def parse_mention(text: str, m: re.Match) -> dict:
    """What the sentence says right after a mention: {kind, number, date, date_iso, issuer, term, subject,
    start, end} (start/end: the span of the mention and its description in `text`)."""
    kind = next(k for k in KINDS if k.lower() == m.group("kind").lower())
    row = {"kind": kind, "number": _norm_number(m.group("number")), "date": "", "date_iso": "",
           "issuer": "", "term": "", "subject": "", "start": m.start(), "end": m.end()}
    pos = m.end()
    dm = DATE_RE.match(text[pos:])
    if dm:
        d, mo, y = (dm.group("d") or dm.group("d2"), dm.group("m") or dm.group("m2"), dm.group("y") or dm.group("y2"))
        row["date"], row["date_iso"] = f"{int(d)}/{int(mo)}/{y}", f"{y}-{int(mo):02d}-{int(d):02d}"
        pos += dm.end()
    im = ISSUER_RE.match(text[pos:])
    if im:
        row["issuer"] = im.group("issuer").strip()
        pos += im.end()
    tm = TERM_RE.match(text[pos:])
    if tm:
        row["term"] = tm.group("term").upper()
        pos += tm.end()
    sm = QUOTED_RE.match(text[pos:]) or ABOUT_RE.match(text[pos:])
    if sm:
        row["subject"] = sm.group("subject").strip(" *")
        pos += sm.end()
    row["end"] = pos
    return row


def extract_mentions(units: list[Unit]) -> list[dict]:
    """Every mention in the units' text, in document order, each with its unit id."""
    out = []
    for u in units:
        if u.kind in ("header", "signature", "recipients", "copy_recipients"):
            continue
        text = nfc(u.text)
        for m in MENTION_RE.finditer(text):
            row = parse_mention(text, m)
            row["unit_id"], row["doc_id"] = u.unit_id, u.doc_id
            out.append(row)
    return out


def cited_table(units: list[Unit], catalog: list[dict]) -> list[dict]:
    """One row per cited document (kind + number), fields taken from its fullest mention, all citing
    units listed; rows in order of first mention."""
    return cited_rows(extract_mentions(units), catalog)


def cited_rows(mentions: list[dict], catalog: list[dict]) -> list[dict]:
    """The cited-documents table from mentions gathered document by document (extract_mentions)."""
    held = {(e.get("kind", ""), _norm_number(e.get("number", ""))): e["id"] for e in catalog if e.get("number")}
    rows: dict[tuple[str, str], dict] = {}
    for mn in mentions:
        key = (mn["kind"], mn["number"])
        row = rows.setdefault(key, {"kind": mn["kind"], "number": mn["number"], "date": "", "date_iso": "",
                                    "issuer": "", "term": "", "subject": "", "held": held.get(key, ""),
                                    "mentions": []})
        for f in ("date", "date_iso", "issuer", "term"):   # the first mention that states a field
            if not row[f] and mn[f]:
                row[f] = mn[f]
        if not row["subject"] and mn["subject"]:
            row["subject"] = mn["subject"].rstrip("”\" ")
        row["mentions"].append({"unit_id": mn["unit_id"], "doc_id": mn["doc_id"], "start": mn["start"],
                                "end": mn["end"]})
    return list(rows.values())
