"""Users' ratings of answers, kept in SQLite under the index dir (feedback.sqlite)."""
from __future__ import annotations

import json
import sqlite3
import threading
from datetime import datetime, timezone
from pathlib import Path

RATINGS = ("đúng", "sai", "trích dẫn sai", "thiếu thông tin")
_lock = threading.Lock()


class FeedbackStore:
    def __init__(self, index_dir: Path):
        self.path = Path(index_dir) / "feedback.sqlite"
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with self._connect() as db:
            db.execute("""CREATE TABLE IF NOT EXISTS feedback (
                id INTEGER PRIMARY KEY AUTOINCREMENT, created TEXT NOT NULL, rating TEXT NOT NULL,
                comment TEXT NOT NULL, question TEXT NOT NULL, answer TEXT NOT NULL, citations TEXT NOT NULL)""")

    def _connect(self) -> sqlite3.Connection:
        return sqlite3.connect(str(self.path), timeout=10)

    def add(self, rating: str, comment: str, question: str, answer: str, citations: list[dict]) -> int:
        if rating not in RATINGS:
            raise ValueError(f"rating must be one of {RATINGS}")
        with _lock, self._connect() as db:
            cur = db.execute("INSERT INTO feedback (created, rating, comment, question, answer, citations) "
                             "VALUES (?, ?, ?, ?, ?, ?)",
                             (datetime.now(timezone.utc).isoformat(), rating, comment[:5000], question, answer,
                              json.dumps(citations, ensure_ascii=False)))
            return int(cur.lastrowid)

    def all(self) -> list[dict]:
        with self._connect() as db:
            db.row_factory = sqlite3.Row
            return [dict(r) for r in db.execute("SELECT * FROM feedback ORDER BY id")]
