"""The task table: one row per assigned task, built at ingest (ingest/tasks.py) and stored with the build
as tasks.jsonl. This module holds what both sides share: reading a deadline as printed into a due period,
reading a due filter ("2025", "2024Q1", "2023-12", "thuong-xuyen"), filtering rows by assignee, due period
and document, and telling whether a task's due period has passed.

A row is a dict: doc_id, doc_label, unit_id, path, heading, assignee, assignee_norm, level, role, text,
deadline_text, due ({year, quarter, month, day} | "thường xuyên" | None) and ongoing (the deadline also
says "thường xuyên", e.g. "hoàn thành trong năm 2025 và tổ chức thực hiện thường xuyên").
"""
from __future__ import annotations

import calendar
import functools
import json
import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from rag.text import expand_abbreviations, fold, nfc, words

ONGOING = "thường xuyên"
FIELDS = ("doc_id", "doc_label", "unit_id", "path", "heading", "assignee", "assignee_norm", "level", "role",
          "text", "deadline_text", "due", "ongoing")
ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "1": 1, "2": 2, "3": 3, "4": 4, "dau": 1, "cuoi": 4}

# a year may be said by its last two digits after a quarter or a month ("quý 1 năm 24", "tháng 3/25"): this century
_QUARTER_RE = re.compile(r"\bquy\s+(iv|iii|ii|i|[1-4]|dau|cuoi)\s*(?:/|nam\s+)\s*(\d{4}|\d{2})\b")
_DMY_RE = re.compile(r"\b(\d{1,2})\s*/\s*(\d{1,2})\s*/\s*(\d{4})\b")
_DM_RE = re.compile(r"\b(?:truoc|ngay)\s+(?:ngay\s+)?(\d{1,2})\s*/\s*(\d{1,2})\b(?!\s*/)")
_MONTH_RE = re.compile(r"\bthang\s+(\d{1,2})\s*(?:/|nam\s+)\s*(\d{4}|\d{2})\b")
_YEAR_RE = re.compile(r"\bnam\s+(\d{4})\b")


def _due(year=None, quarter=None, month=None, day=None) -> dict:
    if month and not quarter:
        quarter = (month - 1) // 3 + 1
    return {"year": year, "quarter": quarter, "month": month, "day": day}


def is_dated(row: dict) -> bool:
    """A task whose deadline is a date or a period as printed ("quý I/2024", "trước ngày 25/12": `due` a dict, its
    year may be unprinted), not "thường xuyên" nor none."""
    return isinstance(row.get("due"), dict)


def dated_units(rows: list[dict]) -> set[str]:
    """The units of the task rows that set a date or period (`is_dated`)."""
    return {r["unit_id"] for r in rows if is_dated(r)}


def _year(digits: str) -> int:
    """A year as printed or said by its last two digits ("24" -> 2024)."""
    return int(digits) if len(digits) == 4 else 2000 + int(digits)


def parse_period(text: str) -> dict | None:
    """The most precise period a text names: 'trước 10/01/2024' -> day; 'quý I/2024', 'quý đầu năm 2024' -> quarter;
    'tháng 12/2023' -> month; 'trong năm 2025' -> year; 'trước ngày 25/12' -> day and month, no year."""
    f = fold(nfc(text))
    m = _DMY_RE.search(f)
    if m:
        d, mo, y = int(m.group(1)), int(m.group(2)), int(m.group(3))
        if 1 <= mo <= 12 and 1 <= d <= 31:
            return _due(y, month=mo, day=d)
    m = _QUARTER_RE.search(f)
    if m:
        return _due(_year(m.group(2)), quarter=ROMAN[m.group(1)])
    m = _MONTH_RE.search(f)
    if m and 1 <= int(m.group(1)) <= 12:
        return _due(_year(m.group(2)), month=int(m.group(1)))
    m = _DM_RE.search(f)
    if m and 1 <= int(m.group(2)) <= 12 and 1 <= int(m.group(1)) <= 31:
        return _due(None, month=int(m.group(2)), day=int(m.group(1)))
    m = _YEAR_RE.search(f)
    if m:
        return _due(int(m.group(1)))
    return None


def parse_deadline(deadline_text: str) -> tuple[dict | str | None, bool]:
    """(due, ongoing) of a deadline as printed. A dated deadline that also says "thường xuyên" keeps its
    date as `due` and sets `ongoing`; "thực hiện thường xuyên" alone gives due "thường xuyên"."""
    if not deadline_text:
        return None, False
    ongoing = "thuong xuyen" in fold(deadline_text)
    period = parse_period(deadline_text)
    if period:
        return period, ongoing
    return (ONGOING if ongoing else None), ongoing


# --------------------------------------------------------------------------------------------- filters
@dataclass(frozen=True)
class DueFilter:
    """A due period asked for: a year, optionally a quarter or a month; or "thường xuyên"."""
    ongoing: bool = False
    year: int | None = None
    quarter: int | None = None
    month: int | None = None

    def matches(self, row: dict) -> bool:
        due = row.get("due")
        if self.ongoing:
            return due == ONGOING or bool(row.get("ongoing"))
        if not isinstance(due, dict) or due.get("year") != self.year:
            return False
        if self.month is not None:
            return due.get("month") == self.month
        if self.quarter is not None:
            return due.get("quarter") == self.quarter
        return True

    def label(self) -> str:
        if self.ongoing:
            return "thực hiện thường xuyên"
        if self.month:
            return f"tháng {self.month}/{self.year}"
        if self.quarter:
            return f"quý {'I' * self.quarter if self.quarter < 4 else 'IV'}/{self.year}"
        return f"năm {self.year}"


_SPEC_RE = re.compile(r"^(\d{4})(?:\s*[qQ]([1-4])|-(\d{1,2}))?$")


def parse_due_spec(spec: str) -> DueFilter:
    """'2025' | '2024Q1' | '2023-12' | 'thuong-xuyen' (also 'thường xuyên') -> DueFilter; ValueError otherwise."""
    s = spec.strip()
    if fold(s).replace("-", " ").replace("_", " ") == "thuong xuyen":
        return DueFilter(ongoing=True)
    m = _SPEC_RE.match(s)
    if not m or (m.group(3) and not 1 <= int(m.group(3)) <= 12):
        raise ValueError(f"--due {spec!r}: use a year (2025), a quarter (2024Q1), a month (2023-12) or thuong-xuyen")
    return DueFilter(year=int(m.group(1)), quarter=int(m.group(2)) if m.group(2) else None,
                     month=int(m.group(3)) if m.group(3) else None)


def name_words(text: str) -> list[str]:
    """The folded words of a name, abbreviations spelled out ("HĐND tỉnh" -> hoi dong nhan dan tinh)."""
    return words(fold(expand_abbreviations(nfc(text))))



_GENERIC_HEAD = {"cac", "o", "nhung"}


def assignee_key(phrase: str) -> list[str]:
    """Folded words of an assignee asked for, without "các … các cấp" around it: 'Ban Dân vận các cấp' -> ban dan van."""
    w = name_words(phrase)
    while w and w[0] in _GENERIC_HEAD:
        w = w[1:]
    while len(w) > 2 and w[-2:] == ["cac", "cap"]:
        w = w[:-2]
    return w


_ENTRUSTED_RE = re.compile(r"\bdo Đảng, Nhà nước giao nhiệm vụ\b", re.I)


@functools.lru_cache(maxsize=65536)
def _assignee_words(assignee: str) -> tuple[str, ...]:
    """The folded words of an assignee as printed, computed once per distinct assignee."""
    return tuple(name_words(_ENTRUSTED_RE.sub("", assignee)))


def _contains(have: tuple[str, ...], want: tuple[str, ...]) -> bool:
    n = len(want)
    return bool(want) and any(have[i:i + n] == want for i in range(len(have) - n + 1))


def assignee_matches(row: dict, phrase: str) -> bool:
    """The asked-for name stands, word for word, in the assignee as printed (accents and case ignored;
    "… hội quần chúng do Đảng, Nhà nước giao nhiệm vụ" does not make Đảng or Nhà nước an assignee)."""
    have = _assignee_words(row.get("assignee", ""))
    return any(_contains(have, want) for want in _wanted(phrase))


@functools.lru_cache(maxsize=4096)
def _wanted(phrase: str) -> tuple[tuple[str, ...], ...]:
    """The folded words of a name asked for, and of the same name under the other names the documents print it by
    (rag.tables.body_names: "quân đội" -> "quân ủy", "quân sự")."""
    from rag.tables.body_names import other_names
    key = tuple(assignee_key(phrase))
    return (key, *other_names(key)) if key else ()


_DISTINCT: dict[int, tuple[list[dict], list[tuple[str, ...]]]] = {}


def any_assignee_matches(rows: list[dict], phrase: str) -> bool:
    """`any(assignee_matches(r, phrase) for r in rows)`, looking at each distinct assignee once (the list of
    distinct ones is made once per rows list, which is treated as read-only, as a loaded build's table is)."""
    hit = _DISTINCT.get(id(rows))
    if hit is None or hit[0] is not rows:
        _DISTINCT.clear()          # one table is served at a time; a new build replaces it
        hit = _DISTINCT[id(rows)] = (rows, list(dict.fromkeys(_assignee_words(r.get("assignee", "")) for r in rows)))
    return any(_contains(have, want) for want in _wanted(phrase) for have in hit[1])


def filter_rows(rows: list[dict], assignee: str | None = None, due: DueFilter | None = None,
                doc: str | list[str] | None = None) -> list[dict]:
    docs = [doc] if isinstance(doc, str) else list(doc or [])
    out = []
    for r in rows:
        if docs and r["doc_id"] not in docs:
            continue
        if assignee and not assignee_matches(r, assignee):
            continue
        if due and not due.matches(r):
            continue
        out.append(r)
    return out


def assignee_heading(row: dict, units: dict) -> str | None:
    """The heading unit that prints a task's assignee when the task's own text does not ("2. Ban cán sự đảng
    Chính phủ" above "- Chủ trì, phối hợp …"): the nearest enclosing node whose heading line holds the name.
    None when the task names its assignee itself or has none."""
    name = row.get("assignee", "")
    if not name or row["text"].startswith(name):
        return None
    doc, anchor = row["unit_id"].split(":", 1)
    parts, want = anchor.split("."), fold(nfc(name))
    for k in range(len(parts) - 1, 0, -1):
        head = units.get(f"{doc}:{'.'.join(parts[:k])}")
        if head is not None and head.kind == "heading" and want in fold(nfc(head.text)):
            return head.unit_id
    return None


# ----------------------------------------------------------------------------------------------- dates
def due_end(due) -> date | None:
    """The last day of a due period; None for "thường xuyên", no deadline, or a day without a year."""
    if not isinstance(due, dict) or not due.get("year"):
        return None
    y = due["year"]
    if due.get("month"):
        m = due["month"]
        return date(y, m, due.get("day") or calendar.monthrange(y, m)[1])
    if due.get("quarter"):
        m = due["quarter"] * 3
        return date(y, m, calendar.monthrange(y, m)[1])
    return date(y, 12, 31)


def is_overdue(row: dict, today: date | None = None) -> bool:
    end = due_end(row.get("due"))
    return end is not None and end < (today or date.today())


def due_label(due) -> str:
    """'quý I/2024', 'tháng 12/2023', '10/01/2024', 'năm 2025', 'ngày 25/12 hằng năm', 'thường xuyên', ''."""
    if due == ONGOING:
        return ONGOING
    if not isinstance(due, dict):
        return ""
    y, q, m, d = due.get("year"), due.get("quarter"), due.get("month"), due.get("day")
    if d and m:
        return f"{d:02d}/{m:02d}/{y}" if y else f"ngày {d:02d}/{m:02d} hằng năm"
    if m:
        return f"tháng {m}/{y}"
    if q:
        return f"quý {['I', 'II', 'III', 'IV'][q - 1]}/{y}"
    return f"năm {y}" if y else ""


# ---------------------------------------------------------------------------------------------- storage
def write_rows(path: Path, rows: list[dict]) -> None:
    with open(path, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def load_rows(path: Path) -> list[dict]:
    """Rows of a build; a build written before the task table existed has none (re-run ingest)."""
    if not path.exists():
        return []
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
