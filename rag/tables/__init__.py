"""Readers of the tables ingest builds beside the units — the outline of each document (`outline`), the
documents the corpus cites (`cited`), the task table (`tasks`, `tasks_cli`) — and the resolution ↔ plan
map computed from them (`align`)."""
