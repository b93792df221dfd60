"""The chat tab: ask, stream the answer, show its evidence, open a citation in the document viewer, rate
the answer, copy it as plain text and download it (DOCX, Markdown); and the named API `/ask`. The
handlers are plain methods of `ChatHandlers` (tested by calling them); `build` lays the tab out."""
from __future__ import annotations

import html
import json
import logging
import sqlite3

import gradio as gr

from rag.cite import format_plain
from rag.config import Settings
from rag.errors import RagError
from rag.feedback import FeedbackStore
from rag.pipeline import get_assistant
from rag.prompts import ui
from rag.types import Answer
from rag.ui.exports import answer_docx, answer_markdown
from rag.ui.page import current_index, error_text, export_folder, scroll_js, viewer_note, viewer_warning
from rag.ui.present import document_html, evidence_html

log = logging.getLogger("app")
STREAM_WORDS = 12          # words revealed per streamed chunk


class ChatHandlers:
    """Everything the chat tab does, as plain functions of (inputs) -> outputs."""

    def __init__(self, settings: Settings):
        self.settings = settings

    def ask(self, question: str, scope: list[str] | None, answers: list[Answer]) -> tuple[Answer | None, str]:
        """(answer or None, text for the chat)."""
        try:
            answer = get_assistant(self.settings).ask(question or "", scope=scope or None, history=answers[-3:])
        except RagError as e:
            log.warning("question not answered: %s", e)
            return None, error_text(e)
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
        viewer = viewer_note(ui()["viewer_empty" if choices else "viewer_no_citation"])
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
            return viewer_note(ui()["viewer_empty"])
        c = next((c for c in answers[-1].citations if str(c.n) == str(choice)), None)
        if c is None:
            return viewer_note(ui()["viewer_empty"])
        try:
            index = current_index(self.settings)
        except RagError as e:
            return viewer_warning(e)
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
        folder = export_folder()
        md = folder / "tra-loi.md"
        md.write_text(answer_markdown(answers[-1]), encoding="utf-8")
        return str(answer_docx(answers[-1], folder / "tra-loi.docx")), str(md)

    @staticmethod
    def clear():
        return [], [], evidence_html(None), gr.update(choices=[], value=None), "", ""

    def api_ask(self, question: str, scope: list[str] | None = None) -> str:
        """Named API endpoint `/ask`: the same JSON text as `python -m rag --json`. (Returned as text:
        Gradio would take the citations' "path" keys for files if it were returned as a dict.)"""
        answer, text = self.ask(question, scope, [])
        out = {"question": question, "error": text} if answer is None else answer.to_json()
        return json.dumps(out, ensure_ascii=False)

    def scope_choices(self) -> list[tuple[str, str]]:
        try:
            index = current_index(self.settings)
        except RagError:
            return []
        return [(d.label, d.doc_id) for d in index.docs.values()]


def build(settings: Settings, answers: gr.State) -> ChatHandlers:
    """Question, chat, evidence, the document viewer, feedback, copy and the answer's downloads (inside a Tab)."""
    t = ui()
    h = ChatHandlers(settings)
    with gr.Row():
        with gr.Column(scale=3):
            scope = gr.Dropdown(choices=h.scope_choices(), multiselect=True, label=t["scope_label"], elem_id="scope")
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
    open_doc.click(h.view, [pick, answers], viewer, api_visibility="private").then(None, js=scroll_js("viewer"))
    send_fb.click(h.send_feedback, [rating, comment, answers], fb_status, api_visibility="private")
    copy_btn.click(h.copy_plain, [answers], plain, api_visibility="private")
    return h
