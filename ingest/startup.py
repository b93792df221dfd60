"""What a page does at start (`python app.py`): make sure there is a build to serve, and never give up
just because another process is ingesting into the same index dir.

- Nothing changed: the served build is checked against the corpus without taking the ingest lock
  (`build_index` compares the corpus fingerprint with the served build's manifest first); serve it.
- The corpus changed and the lock is free: build (progress on the console), then serve.
- The lock is held and a build is served (CURRENT): serve that build at once; the running page picks up
  the new build when the other ingest makes it current (the index holder checks CURRENT per question).
- The lock is held and there is no build yet: wait for the build being made, saying on the console how
  long and which lock, at most `settings.startup_wait` seconds; then stop with a message naming what to
  check. When the other ingest ends without a build (it failed), this page builds the index itself.
"""
from __future__ import annotations

import time
from typing import Callable

from ingest.index import build_index
from ingest.lock import holder, lock_path
from rag.config import Settings
from rag.errors import IndexMissingError, IngestBusyError
from rag.layout import current_build_dir

SAY_EVERY = 15.0        # seconds between two "still waiting" lines


def _served_build(settings: Settings) -> str | None:
    try:
        return current_build_dir(settings).name
    except IndexMissingError:
        return None


def prepare_index(settings: Settings, say: Callable[[str], None] = print, progress: bool = True,
                  poll: float = 1.0) -> str:
    """Bring the index up to date or find one to serve; returns what to print about it. Raises
    IngestBusyError when no build appeared within settings.startup_wait seconds, RagError otherwise."""
    start = time.monotonic()
    said_at = None
    while True:
        try:
            return build_index(settings, progress=progress).summary()
        except IngestBusyError as busy:
            served = _served_build(settings)
            if served:
                return (f"{busy}\nServing build {served} meanwhile; the build being made is served as soon as "
                        "it is made current, without a restart.")
            waited = time.monotonic() - start
            lock, who = lock_path(settings.index_dir), holder(settings.index_dir)
            by = f" by {who}" if who else ""
            if waited >= settings.startup_wait:
                raise IngestBusyError(
                    f"No index to serve after waiting {waited:.0f} s: {lock} is still held{by} and no build is "
                    f"current in {settings.index_dir}. Check that ingest (is it still embedding? its console or "
                    "log; `ps -p <pid>`); when it has finished or been stopped, start the page again "
                    "(or raise RAG_STARTUP_WAIT).") from None
            if said_at is None or waited - said_at >= SAY_EVERY:
                say(f"Waiting for the index another ingest is building ({lock} is held{by}): "
                    f"{waited:.0f} s so far, at most {settings.startup_wait:.0f} s.")
                said_at = waited
            time.sleep(poll)
