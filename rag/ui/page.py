"""What the three tabs of the page share: the loaded index of the running assistant, the Vietnamese text
of an error, the viewer's placeholder, the script that scrolls a viewer to its highlighted paragraph, and
the folder the downloads of this process are written to. Used by `chat_tab`, `docs_tab` and `tasks_tab`."""
from __future__ import annotations

import html
import tempfile
from pathlib import Path

from rag.config import Settings
from rag.errors import BadQuestionError, IndexMissingError, StoreUnavailableError
from rag.pipeline import get_assistant
from rag.prompts import ui

EXPORTS = Path(tempfile.mkdtemp(prefix="rag-exports-"))     # downloads written by this process


def current_index(settings: Settings):
    """The build the assistant answers from now (RagError when there is none or the store is unreachable)."""
    return get_assistant(settings).holder.get()


def export_folder() -> Path:
    """A fresh folder for one download (each click gets its own files)."""
    return Path(tempfile.mkdtemp(dir=EXPORTS))


def error_text(err: Exception) -> str:
    """What the page says for an error: the question's own problem, an index being built, the store gone."""
    t = ui()
    if isinstance(err, BadQuestionError):
        return str(err)
    if isinstance(err, IndexMissingError):
        return t["index_building"]
    if isinstance(err, StoreUnavailableError):
        return t["error_store"]
    return t["error_generic"]


def viewer_note(text: str) -> str:
    return f'<div id="doc-viewer"><p>{html.escape(text)}</p></div>'


def viewer_warning(err: Exception) -> str:
    return f'<div id="doc-viewer"><p class="warn">{html.escape(error_text(err))}</p></div>'


def scroll_js(viewer_id: str) -> str:
    """Scroll the highlighted paragraph of one viewer into view (each tab has its own viewer)."""
    return (f"() => {{ const el = document.querySelector('#{viewer_id} .cited'); "
            "if (el) el.scrollIntoView({block: 'center'}); }")
