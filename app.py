"""The chat page. `build_demo(settings)` builds the Gradio app without launching it: a chat tab, a
"Văn bản" tab (documents, outlines, cited documents) and a "Nhiệm vụ & thời hạn" tab (`build_tasks_tab`). The handlers are plain methods of `Handlers` and
`TaskHandlers`, tested by calling them directly. `python app.py` builds the index on first
start (progress in the terminal), then serves on RAG_HOST:RAG_PORT (127.0.0.1:7860)."""
from __future__ import annotations

import html
import json
import logging
import os
import sqlite3
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")
os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")

import gradio as gr  # noqa: E402

from rag.ui import tasks_view  # noqa: E402
from rag.tables.align import align  # noqa: E402
from rag.ui.browse import BROWSE_CSS, cited_html, documents_html, node_view  # noqa: E402
from rag.cite import format_plain  # noqa: E402
from rag.config import Settings, load_settings  # noqa: E402
from rag.ui.exports import answer_docx, answer_markdown, tasks_csv, tasks_xlsx  # noqa: E402
from rag.errors import BadQuestionError, IndexMissingError, RagError, StoreUnavailableError  # noqa: E402
from rag.feedback import FeedbackStore  # noqa: E402
from rag.pipeline import get_assistant  # noqa: E402
from rag.ui.present import CSS, document_html, evidence_html  # noqa: E402
from rag.prompts import ui  # noqa: E402
from rag.types import Answer  # noqa: E402

log = logging.getLogger("app")
STREAM_WORDS = 12          # words revealed per streamed chunk
EXPORTS = Path(tempfile.mkdtemp(prefix="rag-exports-"))     # downloads written by this process


def _scroll_js(viewer_id: str) -> str:
    """Scroll the highlighted paragraph of one viewer into view (each tab has its own viewer)."""
    return (f"() => {{ const el = document.querySelector('#{viewer_id} .cited'); "
            "if (el) el.scrollIntoView({block: 'center'}); }")


SCROLL_JS = _scroll_js("viewer")
BROWSE_SCROLL_JS = _scroll_js("browse-viewer")
TASKS_SCROLL_JS = _scroll_js("tasks-viewer")
# a click on an outline node or a citing unit (data-unit) sends its unit id to the hidden #browse-target box
BROWSE_CLICK_JS = """() => {
  if (window.__browseClick) return;
  window.__browseClick = true;
  document.addEventListener('click', (ev) => {
    const node = ev.target.closest('.browse [data-unit]');
    const box = document.querySelector('#browse-target textarea');
    if (!node || !box) return;
    box.value = node.dataset.unit;
    box.dispatchEvent(new Event('input', {bubbles: true}));
  });
}"""


def _viewer_note(text: str) -> str:
    return f'<div id="doc-viewer"><p>{html.escape(text)}</p></div>'


class Handlers:
    """Everything the page does, as plain functions of (inputs) -> outputs."""

    def __init__(self, settings: Settings):
        self.settings = settings

    def _error_text(self, err: Exception) -> str:
        t = ui()
        if isinstance(err, BadQuestionError):
            return str(err)
        if isinstance(err, IndexMissingError):
            return t["index_building"]
        if isinstance(err, StoreUnavailableError):
            return t["error_store"]
        return t["error_generic"]

    def ask(self, question: str, scope: list[str] | None, answers: list[Answer]) -> tuple[Answer | None, str]:
        """(answer or None, text for the chat)."""
        try:
            answer = get_assistant(self.settings).ask(question or "", scope=scope or None, history=answers[-3:])
        except RagError as e:
            log.warning("question not answered: %s", e)
            return None, self._error_text(e)
        except Exception:  # never a traceback in the page; the log keeps it
            log.exception("unexpected error while answering")
            return None, ui()["error_generic"]
        return answer, answer.answer

    def respond(self, question, chat, answers, scope):
        """Streamed chat turn. Yields (question box, chat, answers, evidence, citation choices, copy text,
        document viewer); the viewer is reset with every answer, so it never shows a paragraph of an earlier one."""
        chat, answers = list(chat or []), list(answers or [])
        shown_q = html.escape((question or "").strip()[:2000]) or "…"
        answer, text = self.ask(question, scope, answers)
        if answer is not None:
            answers.append(answer)
        chat.append({"role": "user", "content": shown_q})
        chat.append({"role": "assistant", "content": ""})
        words = text.split(" ")
        for i in range(0, len(words), STREAM_WORDS):
            chat[-1] = {"role": "assistant", "content": " ".join(words[:i + STREAM_WORDS])}
            yield "", chat, answers, gr.update(), gr.update(), gr.update(), gr.update()
        chat[-1] = {"role": "assistant", "content": text}
        choices = self.citation_choices(answer)
        viewer = _viewer_note(ui()["viewer_empty" if choices else "viewer_no_citation"])
        yield ("", chat, answers, evidence_html(answer),
               gr.update(choices=choices, value=choices[0][1] if choices else None), "", viewer)

    @staticmethod
    def citation_choices(answer: Answer | None) -> list[tuple[str, str]]:
        if answer is None:
            return []
        return [(f"[{c.n}] {c.path}", str(c.n)) for c in answer.citations]

    def view(self, choice: str | None, answers: list[Answer]) -> str:
        """The cited document, scrolled to and highlighting the chosen citation's paragraph."""
        if not answers or not choice:
            return _viewer_note(ui()["viewer_empty"])
        answer = answers[-1]
        c = next((c for c in answer.citations if str(c.n) == str(choice)), None)
        if c is None:
            return _viewer_note(ui()["viewer_empty"])
        try:
            index = get_assistant(self.settings).holder.get()
        except RagError as e:
            return f'<div id="doc-viewer"><p class="warn">{html.escape(self._error_text(e))}</p></div>'
        return document_html(index, c.doc_id, c.unit_id, (c.quote_start, c.quote_end))

    def send_feedback(self, rating: str | None, comment: str, answers: list[Answer]) -> str:
        t = ui()
        if not answers:
            return t["feedback_nothing"]
        if rating not in t["feedback_choices"]:
            return t["feedback_pick"]
        a = answers[-1]
        try:
            FeedbackStore(self.settings.index_dir).add(rating, comment or "", a.question, a.answer,
                                                       a.to_json()["citations"])
        except (OSError, sqlite3.Error):
            log.exception("feedback not stored")
            return t["feedback_failed"]
        return t["feedback_saved"].format(rating=rating)

    @staticmethod
    def copy_plain(answers: list[Answer]) -> str:
        return format_plain(answers[-1]) if answers else ""

    @staticmethod
    def export_answer(answers: list[Answer]) -> tuple[str | None, str | None]:
        """The last answer with its citations as DOCX and as Markdown (paths for the download buttons)."""
        if not answers:
            return None, None
        folder = Path(tempfile.mkdtemp(dir=EXPORTS))
        md = folder / "tra-loi.md"
        md.write_text(answer_markdown(answers[-1]), encoding="utf-8")
        return str(answer_docx(answers[-1], folder / "tra-loi.docx")), str(md)

    def browse(self) -> tuple[str, str]:
        """The "Văn bản" tab: the documents with their outlines, and the cited-documents table."""
        try:
            index = get_assistant(self.settings).holder.get()
        except RagError as e:
            warn = f'<p class="warn">{html.escape(self._error_text(e))}</p>'
            return warn, ""
        return documents_html(index), cited_html(index)

    def open_node(self, unit_id: str) -> str:
        """The document holding the clicked node, scrolled to it, with its citation path."""
        try:
            index = get_assistant(self.settings).holder.get()
        except RagError as e:
            return f'<div id="doc-viewer"><p class="warn">{html.escape(self._error_text(e))}</p></div>'
        return node_view(index, (unit_id or "").strip())

    @staticmethod
    def clear():
        return [], [], evidence_html(None), gr.update(choices=[], value=None), "", ""

    def api_ask(self, question: str, scope: list[str] | None = None) -> str:
        """Named API endpoint `/ask`: the same JSON text as `python -m rag --json`. (Returned as text:
        Gradio would take the citations' "path" keys for files if it were returned as a dict.)"""
        answer, text = self.ask(question, scope, [])
        out = {"question": question, "error": text} if answer is None else answer.to_json()
        return json.dumps(out, ensure_ascii=False)


class TaskHandlers:
    """The "Nhiệm vụ & thời hạn" tab: filter the task table, open a row in the viewer, export, compare."""

    def __init__(self, settings: Settings):
        self.settings = settings
        self._align: tuple[str, list[dict]] | None = None

    def _index(self):
        return get_assistant(self.settings).holder.get()

    def filter(self, docs, assignee, due_text, ongoing):
        """(table rows, status line, unit ids of the rows, CSV path, XLSX path)."""
        try:
            due = tasks_view.read_filters(due_text or "", bool(ongoing))
        except ValueError as e:
            return [], str(e), [], None, None
        try:
            index = self._index()
        except RagError as e:
            return [], Handlers(self.settings)._error_text(e), [], None, None
        rows = tasks_view.select(index.tasks, docs, assignee or "", due)
        folder = Path(tempfile.mkdtemp(dir=EXPORTS))
        csv_path = folder / "nhiem-vu.csv"
        csv_path.write_text(tasks_csv(rows), encoding="utf-8-sig")      # BOM: Excel reads UTF-8 CSV right
        xlsx_path = tasks_xlsx(rows, folder / "nhiem-vu.xlsx")
        return (tasks_view.table(rows), tasks_view.count_line(rows), [r["unit_id"] for r in rows],
                str(csv_path), str(xlsx_path))

    def open_row(self, unit_ids: list[str], evt: gr.SelectData) -> str:
        """The document of the clicked row, scrolled to and highlighting the task's paragraph."""
        row = evt.index[0] if isinstance(evt.index, (list, tuple)) else evt.index
        if not unit_ids or row is None or not 0 <= row < len(unit_ids):
            return _viewer_note(ui()["viewer_empty"])
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


def build_tasks_tab(settings: Settings):
    """The task table with its filters, viewer and exports, and the "So sánh triển khai" view (inside a Blocks)."""
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
    outputs = [table, status, unit_ids, csv_btn, xlsx_btn]
    for event in (apply.click, assignee.submit, due.submit, docs.change, ongoing.change):
        event(h.filter, [docs, assignee, due, ongoing], outputs, api_visibility="private")
    table.select(h.open_row, [unit_ids], viewer, api_visibility="private").then(None, js=TASKS_SCROLL_JS)
    gr.Markdown(f"### {t['align_title']}\n{t['align_intro'] if align_choices else t['align_none']}")
    pick = gr.Dropdown(choices=align_choices, label=t["align_pick"], elem_id="align-pick")
    compare = gr.HTML(elem_id="align")
    pick.change(h.compare, [pick], compare, api_visibility="private")
    return h.filter, [docs, assignee, due, ongoing], outputs      # what fills the table when the page loads


def _scope_choices(settings: Settings) -> list[tuple[str, str]]:
    try:
        index = get_assistant(settings).holder.get()
    except RagError:
        return []
    return [(d.label, d.doc_id) for d in index.docs.values()]


def build_demo(settings: Settings) -> gr.Blocks:
    t = ui()
    h = Handlers(settings)
    with gr.Blocks(title=t["title"]) as demo:
        answers = gr.State([])
        gr.Markdown(f"# {t['title']}\n{t['subtitle']}")
        with gr.Tab(t["chat_tab"], elem_id="tab-chat"):
            _chat_tab(settings, h, answers)
        with gr.Tab(t["tab_docs"], elem_id="tab-docs"):
            _documents_tab(h, demo)
        with gr.Tab(t["tasks_tab"], elem_id="tab-tasks"):
            fill, inputs, outputs = build_tasks_tab(settings)
        demo.load(fill, inputs, outputs, api_visibility="private")      # the whole table on arrival
        gr.api(h.api_ask, api_name="ask")
    return demo


def _documents_tab(h: Handlers, demo: gr.Blocks) -> None:
    """The "Văn bản" tab: documents and outlines (left), the viewer and the cited documents (right)."""
    t = ui()
    with gr.Row():
        with gr.Column(scale=3):
            gr.Markdown(f"### {t['docs_title']}")
            docs = gr.HTML(elem_id="browse-docs")
        with gr.Column(scale=2):
            target = gr.Textbox(elem_id="browse-target", show_label=False, container=False)
            viewer = gr.HTML(_viewer_note(t["browse_pick"]), elem_id="browse-viewer")
            gr.Markdown(f"### {t['cited_title']}")
            cited = gr.HTML(elem_id="browse-cited")
    target.change(h.open_node, target, viewer, api_visibility="private").then(None, js=BROWSE_SCROLL_JS)
    demo.load(h.browse, None, [docs, cited], api_visibility="private").then(None, js=BROWSE_CLICK_JS)


def _chat_tab(settings: Settings, h: Handlers, answers) -> None:
    """Question, chat, evidence, the document viewer, feedback, copy and the answer's downloads."""
    t = ui()
    with gr.Row():
        with gr.Column(scale=3):
            scope = gr.Dropdown(choices=_scope_choices(settings), multiselect=True, label=t["scope_label"],
                                elem_id="scope")
            chat = gr.Chatbot(height=480, show_label=False, elem_id="chat", sanitize_html=True,
                              buttons=["copy"], feedback_options=None)
            question = gr.Textbox(label=t["question_label"], placeholder=t["question_placeholder"],
                                  lines=2, max_lines=6, elem_id="question")
            with gr.Row():
                send = gr.Button(t["send"], variant="primary", elem_id="send")
                clear = gr.Button(t["clear"], elem_id="clear")
            gr.Examples(examples=[[e] for e in t["examples"]], inputs=[question], label=t["examples_label"])
            with gr.Accordion(t["feedback_title"], open=False):
                rating = gr.Radio(choices=t["feedback_choices"], label=t["feedback_label"], elem_id="rating")
                comment = gr.Textbox(label=t["feedback_comment"], lines=2, elem_id="comment")
                send_fb = gr.Button(t["feedback_send"], elem_id="send-feedback")
                fb_status = gr.Markdown(elem_id="feedback-status")
            with gr.Accordion(t["copy_label"], open=False):
                copy_btn = gr.Button(t["copy_button"], elem_id="copy-plain")
                plain = gr.Textbox(show_label=False, lines=6, buttons=["copy"], elem_id="plain")
            with gr.Accordion(t["export_label"], open=True):
                with gr.Row():
                    docx_btn = gr.DownloadButton(t["export_docx"], elem_id="answer-docx")
                    md_btn = gr.DownloadButton(t["export_md"], elem_id="answer-md")
        with gr.Column(scale=2):
            gr.Markdown(f"### {t['evidence_title']}")
            evidence = gr.HTML(evidence_html(None), elem_id="evidence")
            pick = gr.Radio(choices=[], label=t["citation_pick"], elem_id="pick")
            open_doc = gr.Button(t["open_in_doc"], elem_id="open-doc")
            gr.Markdown(f"### {t['viewer_title']}")
            viewer = gr.HTML(elem_id="viewer")

    outputs = [question, chat, answers, evidence, pick, plain, viewer]
    for event in (send.click, question.submit):
        event(h.respond, [question, chat, answers, scope], outputs, api_visibility="private").then(
            h.export_answer, [answers], [docx_btn, md_btn], api_visibility="private")
    clear.click(h.clear, None, [chat, answers, evidence, pick, plain, viewer], api_visibility="private")
    open_doc.click(h.view, [pick, answers], viewer, api_visibility="private").then(None, js=SCROLL_JS)
    send_fb.click(h.send_feedback, [rating, comment, answers], fb_status, api_visibility="private")
    copy_btn.click(h.copy_plain, [answers], plain, api_visibility="private")


def _auth(settings: Settings):
    if not settings.auth:
        return None
    pairs = [p.strip().split(":", 1) for p in settings.auth.split(",") if p.strip()]
    if any(len(p) != 2 or not p[0] or not p[1] for p in pairs):
        raise RagError("RAG_AUTH must look like user:password[,user:password]")
    return [(u, p) for u, p in pairs]


def main(argv: list[str] | None = None) -> int:
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    for noisy in ("httpx", "bm25s"):                        # a line per request / per index build is noise
        logging.getLogger(noisy).setLevel(logging.WARNING)
    from ingest.startup import prepare_index

    try:
        settings = load_settings()
        auth = _auth(settings)
        print(ui()["index_building"] if not os.path.exists(os.path.join(settings.index_dir, "CURRENT")) else
              "Kiểm tra chỉ mục…", flush=True)
        # another ingest holding the lock: serve the current build, or wait (bounded) for the first one
        print(prepare_index(settings, say=lambda line: print(line, flush=True)), flush=True)
        get_assistant(settings)          # load models and the index once, before the first question
    except RagError as e:
        print(f"error: {e}", file=sys.stderr)
        return 1
    demo = build_demo(settings)
    demo.queue(default_concurrency_limit=settings.concurrency)
    demo.launch(server_name=settings.host, server_port=settings.port, auth=auth, share=False, css=CSS + BROWSE_CSS + tasks_view.CSS,
                footer_links=[], show_error=False)
    return 0


if __name__ == "__main__":
    sys.exit(main())
