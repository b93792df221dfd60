"""The «Nhiệm vụ & thời hạn» tab: the task table with its filters, a viewer that opens a row's paragraph,
CSV and XLSX downloads of the filtered rows, and the «So sánh triển khai» view (a resolution's task group
beside the plan items that implement it). Handlers are plain methods of `TaskHandlers`; `build` lays the
tab out; what is shown comes from `rag.ui.tasks_view` and `rag.ui.exports`."""
from __future__ import annotations

import gradio as gr

from rag.config import Settings
from rag.errors import RagError
from rag.prompts import ui
from rag.tables.align import align
from rag.ui import tasks_view
from rag.ui.exports import tasks_csv, tasks_xlsx
from rag.ui.page import current_index, error_text, export_folder, scroll_js, viewer_note
from rag.ui.present import document_html


class TaskHandlers:
    """Filter the task table, open a row in the viewer, export, compare."""

    def __init__(self, settings: Settings):
        self.settings = settings
        self._align: tuple[str, list[dict]] | None = None

    def _index(self):
        return current_index(self.settings)

    def filter(self, docs, assignee, due_text, ongoing):
        """(table rows, status line, unit ids of the rows, CSV path, XLSX path)."""
        try:
            due = tasks_view.read_filters(due_text or "", bool(ongoing))
        except ValueError as e:
            return [], str(e), [], None, None
        try:
            index = self._index()
        except RagError as e:
            return [], error_text(e), [], None, None
        rows = tasks_view.select(index.tasks, docs, assignee or "", due)
        folder = export_folder()
        csv_path = folder / "nhiem-vu.csv"
        csv_path.write_text(tasks_csv(rows), encoding="utf-8-sig")      # BOM: Excel reads UTF-8 CSV right
        xlsx_path = tasks_xlsx(rows, folder / "nhiem-vu.xlsx")
        return (tasks_view.table(rows), tasks_view.count_line(rows), [r["unit_id"] for r in rows],
                str(csv_path), str(xlsx_path))

    def open_row(self, unit_ids: list[str], evt: gr.SelectData) -> str:
        """The document of the clicked row, scrolled to and highlighting the task's paragraph."""
        row = evt.index[0] if isinstance(evt.index, (list, tuple)) else evt.index
        if not unit_ids or row is None or not 0 <= row < len(unit_ids):
            return viewer_note(ui()["viewer_empty"])
        index = self._index()
        unit = index.units[unit_ids[row]]
        return document_html(index, unit.doc_id, unit.unit_id, (0, len(unit.text)))

    def align_rows(self) -> list[dict]:
        index = self._index()
        if self._align is None or self._align[0] != index.build_id:
            self._align = (index.build_id, align(index))
        return self._align[1]

    def compare(self, resolution_unit: str | None) -> str:
        return tasks_view.align_html(self._index(), self.align_rows(), resolution_unit)


def build(settings: Settings, demo: gr.Blocks) -> TaskHandlers:
    """The filters, the table and its viewer, the downloads and the comparison view; the whole table is
    filled when the page loads."""
    t = ui()
    h = TaskHandlers(settings)
    try:
        index = h._index()
        doc_choices = tasks_view.doc_choices(index.tasks, index)
        align_choices = tasks_view.align_choices(h.align_rows())
    except RagError:
        doc_choices, align_choices = [], []
    unit_ids = gr.State([])
    gr.Markdown(t["tasks_intro"])
    with gr.Row():
        docs = gr.Dropdown(choices=doc_choices, multiselect=True, label=t["tasks_doc_filter"], elem_id="tasks-docs")
        assignee = gr.Textbox(label=t["tasks_assignee_filter"], elem_id="tasks-assignee")
        due = gr.Textbox(label=t["tasks_due_filter"], elem_id="tasks-due")
        ongoing = gr.Checkbox(label=t["tasks_ongoing_filter"], elem_id="tasks-ongoing")
    with gr.Row():
        apply = gr.Button(t["tasks_apply"], variant="primary", elem_id="tasks-apply")
        csv_btn = gr.DownloadButton(t["tasks_export_csv"], elem_id="tasks-csv")
        xlsx_btn = gr.DownloadButton(t["tasks_export_xlsx"], elem_id="tasks-xlsx")
    status = gr.Markdown(elem_id="tasks-status")
    with gr.Row():
        with gr.Column(scale=3):
            table = gr.Dataframe(headers=tasks_view.headers(), interactive=False, wrap=True, max_height=640,
                                 column_widths=list(tasks_view.COLUMN_WIDTHS), elem_id="tasks-table")
        with gr.Column(scale=2):
            viewer = gr.HTML(elem_id="tasks-viewer")
    inputs, outputs = [docs, assignee, due, ongoing], [table, status, unit_ids, csv_btn, xlsx_btn]
    for event in (apply.click, assignee.submit, due.submit, docs.change, ongoing.change):
        event(h.filter, inputs, outputs, api_visibility="private")
    table.select(h.open_row, [unit_ids], viewer, api_visibility="private").then(None, js=scroll_js("tasks-viewer"))
    gr.Markdown(f"### {t['align_title']}\n{t['align_intro'] if align_choices else t['align_none']}")
    pick = gr.Dropdown(choices=align_choices, label=t["align_pick"], elem_id="align-pick")
    compare = gr.HTML(elem_id="align")
    pick.change(h.compare, [pick], compare, api_visibility="private")
    demo.load(h.filter, inputs, outputs, api_visibility="private")      # the whole table on arrival
    return h
