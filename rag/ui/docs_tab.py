"""The «Văn bản» tab: the documents with their catalog facts and outlines, the documents the corpus cites,
and a viewer that opens the document at a clicked outline node or citing paragraph. Handlers are plain
methods of `DocsHandlers`; `build` lays the tab out."""
from __future__ import annotations

import html

import gradio as gr

from rag.config import Settings
from rag.errors import RagError
from rag.prompts import ui
from rag.ui.browse import cited_html, documents_html, node_view
from rag.ui.page import current_index, error_text, scroll_js, viewer_note, viewer_warning

# a click on an outline node or a citing unit (data-unit) sends its unit id to the hidden #browse-target box
CLICK_JS = """() => {
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


class DocsHandlers:
    def __init__(self, settings: Settings):
        self.settings = settings

    def browse(self) -> tuple[str, str]:
        """The documents with their outlines, and the cited-documents table."""
        try:
            index = current_index(self.settings)
        except RagError as e:
            return f'<p class="warn">{html.escape(error_text(e))}</p>', ""
        return documents_html(index), cited_html(index)

    def open_node(self, unit_id: str) -> str:
        """The document holding the clicked node, scrolled to it, with its citation path."""
        try:
            index = current_index(self.settings)
        except RagError as e:
            return viewer_warning(e)
        return node_view(index, (unit_id or "").strip())


def build(settings: Settings, demo: gr.Blocks) -> DocsHandlers:
    """Documents and outlines (left), the viewer and the cited documents (right), filled when the page loads."""
    t = ui()
    h = DocsHandlers(settings)
    with gr.Row():
        with gr.Column(scale=3):
            gr.Markdown(f"### {t['docs_title']}")
            docs = gr.HTML(elem_id="browse-docs")
        with gr.Column(scale=2):
            target = gr.Textbox(elem_id="browse-target", show_label=False, container=False)
            viewer = gr.HTML(viewer_note(t["browse_pick"]), elem_id="browse-viewer")
            gr.Markdown(f"### {t['cited_title']}")
            cited = gr.HTML(elem_id="browse-cited")
    target.change(h.open_node, target, viewer, api_visibility="private").then(None, js=scroll_js("browse-viewer"))
    demo.load(h.browse, None, [docs, cited], api_visibility="private").then(None, js=CLICK_JS)
    return h
