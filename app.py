"""The chat page. `build_demo(settings)` assembles the Gradio app without launching it from its three tabs,
each a module of rag/ui with its own handlers and layout: the chat (`chat_tab`), «Văn bản» (`docs_tab`) and
«Nhiệm vụ & thời hạn» (`tasks_tab`); the handlers are plain methods, tested by calling them directly.
`python app.py` builds the index on first start (progress in the terminal), then serves on
RAG_HOST:RAG_PORT (127.0.0.1:7860)."""
from __future__ import annotations

import logging
import os
import sys

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")
os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")

import gradio as gr  # noqa: E402

from rag.config import Settings, load_settings  # noqa: E402
from rag.errors import RagError  # noqa: E402
from rag.pipeline import get_assistant  # noqa: E402
from rag.prompts import ui  # noqa: E402
from rag.ui import chat_tab, docs_tab, tasks_tab, tasks_view  # noqa: E402
from rag.ui.browse import BROWSE_CSS  # noqa: E402
from rag.ui.present import CSS  # noqa: E402


def build_demo(settings: Settings) -> gr.Blocks:
    t = ui()
    with gr.Blocks(title=t["title"]) as demo:
        answers = gr.State([])
        gr.Markdown(f"# {t['title']}\n{t['subtitle']}")
        with gr.Tab(t["chat_tab"], elem_id="tab-chat"):
            chat = chat_tab.build(settings, answers)
        with gr.Tab(t["tab_docs"], elem_id="tab-docs"):
            docs_tab.build(settings, demo)
        with gr.Tab(t["tasks_tab"], elem_id="tab-tasks"):
            tasks_tab.build(settings, demo)
        gr.api(chat.api_ask, api_name="ask")
    return demo


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
        get_assistant(settings).warm()   # load models, the index and the tagger once, before the first question
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
