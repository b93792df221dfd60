"""What the "Nhiệm vụ & thời hạn" tab of the page shows, as plain data and HTML: the filtered task table
(overdue rows marked against today's date), the filter choices, and the "So sánh triển khai" view of a
resolution's task group beside the plan items that implement it. Every piece of document text is
escaped here."""
from __future__ import annotations

import html
from datetime import date

from rag.prompts import ui
from rag.tables.tasks import DueFilter, due_label, filter_rows, is_overdue, parse_due_spec

_e = html.escape
SHORT = 220
# columns shown in the page (the exports carry every column of rag.ui.exports)
VIEW_COLUMNS = (0, 2, 4, 5, 6, 7, 8)        # indices into ui()["task_columns"]
COLUMN_WIDTHS = ("13%", "15%", "8%", "38%", "12%", "7%", "7%")


def read_filters(due_text: str, ongoing: bool) -> DueFilter | None:
    """The due filter typed in the page; ValueError (with a Vietnamese message) when it cannot be read."""
    if ongoing:
        return DueFilter(ongoing=True)
    if not (due_text or "").strip():
        return None
    try:
        return parse_due_spec(due_text)
    except ValueError:
        raise ValueError(ui()["tasks_bad_due"].format(value=due_text.strip())) from None


def select(rows: list[dict], docs: list[str] | None, assignee: str, due: DueFilter | None) -> list[dict]:
    return filter_rows(rows, assignee=(assignee or "").strip() or None, due=due, doc=docs or None)


def headers() -> list[str]:
    cols = ui()["task_columns"]
    return [cols[i] for i in VIEW_COLUMNS]


def table(rows: list[dict], today: date | None = None) -> list[list[str]]:
    """One list per row, in headers() order; long task texts shortened (the viewer shows them whole)."""
    mark = ui()["task_overdue_yes"]
    out = []
    for r in rows:
        text = r["text"] if len(r["text"]) <= SHORT else r["text"][:SHORT].rsplit(" ", 1)[0] + "…"
        out.append([r["doc_label"], r["assignee_norm"], r["role"], text, r["deadline_text"], due_label(r["due"]),
                    ("⚠ " + mark) if is_overdue(r, today) else ""])
    return out


def count_line(rows: list[dict], today: date | None = None) -> str:
    today = today or date.today()
    return ui()["tasks_count"].format(count=len(rows), docs=len({r["doc_id"] for r in rows}),
                                      today=today.strftime("%d/%m/%Y"))


def doc_choices(rows: list[dict], index) -> list[tuple[str, str]]:
    ids = list(dict.fromkeys(r["doc_id"] for r in rows))
    return [(index.docs[d].label if d in index.docs else d, d) for d in ids]


# ------------------------------------------------------------------------------- "So sánh triển khai"
def align_choices(align_rows: list[dict]) -> list[tuple[str, str]]:
    return [(r["resolution_heading"][:120], r["resolution_unit"]) for r in align_rows]


def align_html(index, align_rows: list[dict], resolution_unit: str | None) -> str:
    """The resolution's task group (all its paragraphs) on the left; each implementing plan's items on the right."""
    t = ui()
    row = next((r for r in align_rows if r["resolution_unit"] == resolution_unit), None)
    if row is None:
        return f'<div id="align-view"><p class="muted">{_e(t["align_intro"])}</p></div>'
    res = index.units[resolution_unit]
    group = ".".join(res.anchor.split(".")[:2])
    paras = [u for u in index.doc_units(res.doc_id) if u.anchor == group or u.anchor.startswith(group + ".")]
    left = "".join(f'<p class="unit">{_e(u.text)}</p>' for u in paras)
    right = []
    for m in row["implementing"]:
        u = index.units[m["unit_id"]]
        item = ".".join(u.anchor.split(".")[:2])
        body = "".join(f'<p class="unit">{_e(x.text)}</p>' for x in index.doc_units(u.doc_id)
                       if x.anchor == item or x.anchor.startswith(item + "."))
        right.append(f'<div class="align-plan"><div class="cite-head"><b>{_e(index.docs[u.doc_id].label)}</b> — '
                     f'{_e(m["heading"])} <span class="cite-meta">({m["score"]:.2f})</span></div>{body}</div>')
    return (f'<div id="align-view" class="align"><div class="align-res"><div class="cite-head"><b>'
            f'{_e(index.docs[res.doc_id].label)}</b> — {_e(row["resolution_heading"])}</div>{left}</div>'
            f'<div class="align-plans">{"".join(right)}</div></div>')


CSS = """
.align{display:flex;gap:12px}.align-res{flex:1;border-left:3px solid #8a1c1c;padding:4px 8px;background:#fcf7f7}
.align-plans{flex:1.3}.align-plan{border-left:3px solid #2f6fad;padding:4px 8px;margin-bottom:8px;background:#f7f9fc}
#align-view{max-height:75vh;overflow-y:auto}#align-view .unit{white-space:pre-wrap}
"""
