"""The ingest lock: one writer per index dir at a time. `ingest_lock` takes it (or raises IngestBusyError at
once); the holder's pid and start time are written into the lock file so that a process that found it
held can say who holds it. Nobody polls the lock by taking it: a probe would make a real ingest fail.

The lock is an flock on <index_dir>/ingest.lock: the kernel releases it when the holder exits or is
killed, so a lock is never left behind by a crash; a lock held for long means a live ingest (or a hung one).
"""
from __future__ import annotations

import fcntl
import os
import time
from contextlib import contextmanager
from pathlib import Path

from rag.errors import IngestBusyError

LOCK_NAME = "ingest.lock"


def lock_path(index_dir: Path) -> Path:
    return Path(index_dir) / LOCK_NAME


def holder(index_dir: Path) -> str:
    """What the holder wrote into the lock file ("pid 123 since 2026-11-25 20:10:05"), or ""."""
    try:
        return lock_path(index_dir).read_text(encoding="utf-8").strip()
    except OSError:
        return ""


def _busy(index_dir: Path) -> IngestBusyError:
    who = holder(index_dir)
    return IngestBusyError(f"Another ingest is running on {index_dir} ({lock_path(index_dir)} is held"
                           f"{' by ' + who if who else ''}). Wait for it to finish.")


@contextmanager
def ingest_lock(index_dir: Path):
    """Hold the ingest lock for the block; IngestBusyError at once if another process holds it."""
    index_dir = Path(index_dir)
    index_dir.mkdir(parents=True, exist_ok=True)
    with open(lock_path(index_dir), "a+", encoding="utf-8") as f:   # "a+": a loser must not erase the holder's line
        try:
            fcntl.flock(f, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise _busy(index_dir) from None
        f.seek(0)
        f.truncate()
        f.write(f"pid {os.getpid()} since {time.strftime('%Y-%m-%d %H:%M:%S')}\n")
        f.flush()
        try:
            yield
        finally:
            f.seek(0)
            f.truncate()
            f.flush()

