"""Files a cadre downloads: the task table as CSV or XLSX (openpyxl), and a cited answer as Markdown or
DOCX (python-docx). Pure builders: rows / an Answer in, text or a written file out; column titles and
labels come from prompts/ui.toml."""
from __future__ import annotations

import csv
import io
from datetime import date
from pathlib import Path

from rag.prompts import ui
from rag.tables.tasks import due_label, is_overdue
from rag.types import Answer

# row field behind each column of ui()["task_columns"], in the same order
TASK_FIELDS = ("doc_label", "path", "assignee_norm", "level", "role", "text", "deadline_text", "due", "overdue",
               "unit_id")
WIDTHS = (22, 45, 32, 11, 14, 80, 30, 16, 9, 30)


def task_cells(row: dict, today: date | None = None) -> list[str]:
    """One row of the export, in TASK_FIELDS order."""
    t = ui()
    out = []
    for f in TASK_FIELDS:
        if f == "due":
            out.append(due_label(row.get("due")))
        elif f == "overdue":
            out.append(t["task_overdue_yes"] if is_overdue(row, today) else "")
        else:
            out.append(str(row.get(f) or ""))
    return out


def tasks_csv(rows: list[dict], today: date | None = None) -> str:
    buf = io.StringIO()
    w = csv.writer(buf)
    w.writerow(ui()["task_columns"])
    for r in rows:
        w.writerow(task_cells(r, today))
    return buf.getvalue()


def tasks_xlsx(rows: list[dict], path: Path, today: date | None = None) -> Path:
    """One sheet, header frozen, column widths set, wrapped text, the citation path on every row."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    wb = Workbook()
    ws = wb.active
    ws.title = ui()["task_sheet"]
    ws.append(ui()["task_columns"])
    for cell in ws[1]:
        cell.font = Font(bold=True)
    for r in rows:
        ws.append(task_cells(r, today))
    for i, width in enumerate(WIDTHS, 1):
        ws.column_dimensions[get_column_letter(i)].width = width
    for row in ws.iter_rows(min_row=2):
        for cell in row:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = ws.dimensions
    wb.save(path)
    return path


# ---------------------------------------------------------------------------------------------- answers
def answer_markdown(answer: Answer) -> str:
    """Question, answer, then numbered sources with document, path and the quoted paragraph."""
    t = ui()
    lines = [f"# {t['export_title']}", "", f"**{t['export_question']}** {answer.question}", "",
             f"## {t['export_answer']}", "", answer.answer.strip(), ""]
    if answer.citations:
        lines += [f"## {t['export_sources']}", ""]
        for c in answer.citations:
            lines.append(f"{c.n}. **{c.doc}** — {c.path} (`{c.unit_id}`)")
            lines.append("")
            lines.append("   > " + c.text.replace("\n", "\n   > "))
            lines.append("")
    return "\n".join(lines)


def answer_docx(answer: Answer, path: Path) -> Path:
    from docx import Document

    t = ui()
    doc = Document()
    doc.add_heading(t["export_title"], level=1)
    p = doc.add_paragraph()
    p.add_run(t["export_question"] + " ").bold = True
    p.add_run(answer.question)
    doc.add_heading(t["export_answer"], level=2)
    for para in answer.answer.strip().split("\n"):
        if para.strip():
            doc.add_paragraph(para)
    if answer.citations:
        doc.add_heading(t["export_sources"], level=2)
        for c in answer.citations:
            item = doc.add_paragraph()
            item.add_run(f"[{c.n}] {c.doc}").bold = True
            item.add_run(f" — {c.path}")
            quote = doc.add_paragraph(f"“{c.text}”", style="Quote")
            quote.paragraph_format.left_indent = None
    doc.save(path)
    return path
