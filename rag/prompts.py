"""Load the Vietnamese texts in prompts/ and check their placeholders at load time."""
from __future__ import annotations

import functools
import string
import tomllib
from pathlib import Path

from rag.errors import ConfigError

PROMPTS = Path(__file__).resolve().parent.parent / "prompts"

# template name -> the placeholders it must use, exactly
EXPECTED = {
    "refusal": set(), "refusal_unknown_document": {"refs", "available"}, "refusal_misnumbered": {"ref", "why", "doc"},
    "misnumbered_subject": {"subject"}, "year_slip": {"doc", "year", "date"}, "sound_slip": {"words"}, "misnumbered_carried": {"carried"}, "refusal_fact_kind": {"fact"},
    "refusal_name_absent": {"thing"}, "refusal_slot": {"doc", "slot"},
    "refusal_topic": {"doc", "topic"}, "nearest_part": {"nearby"}, "nearest_listed": set(),
    "refusal_office": {"doc", "office", "signer"}, "refusal_locality": {"doc", "issuer"},
    "refusal_office_unnamed": {"doc", "office"}, "refusal_cited_fact": {"doc", "fact", "thing"},
    "refusal_head_unnamed": {"doc", "block", "signer", "capacity"},
    "refusal_head_not_printed": {"body"}, "refusal_post_elsewhere": {"signer", "body", "doc", "capacity"},
    "refusal_unheld_content": {"thing"},
    "not_vietnamese": set(), "part_missing": {"slot"}, "which_document": {"said", "count", "kind", "docs", "example"},
    "which_document_unheld": {"kind", "issuer", "count", "docs"},
    "nearest_heading": set(), "lead_one": {"doc"}, "lead_many": {"docs"}, "quote_line": {"path", "quote", "n"},
    "structure_lead": {"doc", "section", "count", "unit"}, "structure_line": {"heading", "n"},
    "structure_line_quote": {"heading", "h", "quote", "n"}, "low_confidence": set(),
    "empty_question": set(), "too_long": {"length", "limit"}, "no_content": set(), "unknown_scope": {"scope"},
    "llm_system": set(), "llm_user": {"passages", "question"},
    "overview_identity": {"doc", "facts", "n"}, "overview_identity_short": {"doc", "n"}, "overview_title": {"title", "n"}, "overview_signer": {"signer", "n"},
    "overview_missing": {"fields"}, "overview_section": {"heading"}, "overview_lead": {"quote", "n"},
    "overview_outline": {"count", "unit"}, "quote_item": {"heading", "quote", "n"},
    "structure_doc_lead": {"doc", "count", "unit"}, "structure_nth_lead": {"doc", "section", "unit", "k", "count"},
    "structure_pick_lead": {"doc", "section", "unit", "label", "count"},
    "structure_node_lead": {"doc", "section"},
    "structure_besides": {"doc", "section", "count", "unit", "label", "besides", "rest"}, "structure_count_last": {"unit", "last", "n"},
    "structure_absent": {"doc", "unit", "label", "where", "count", "n"},
    "mentioned_lead": {"doc"}, "mentioned_line": {"source", "path", "quote", "n"}, "mentioned_beyond": {"doc"},
    "refusal_mentioned_other_issuer": {"kind", "number", "issuer", "cited"}, "mentioned_issuer_item": {"doc", "issuer"},
    "tasks_lead": {"count", "docs", "criteria", "searched"}, "tasks_doc": {"doc", "count"},
    "tasks_line": {"assignee", "role", "deadline", "text", "n"}, "tasks_none": {"criteria", "searched"},
    "tasks_searched": {"docs", "total"}, "tasks_by_assignee": {"who"}, "parts_lead": {"count"}, "parts_part": {"n", "part"},
    "parts_quote": {"doc", "path", "quote", "n"}, "parts_missing": {"docs"}, "acts_lead": {"count", "action", "searched"}, "tasks_by_assignee_levels": {"who"}, "tasks_by_due": {"period"},
    "tasks_by_chair": {"topic"}, "tasks_by_topic": {"topic"}, "tasks_no_deadline": set(),
    "tasks_due_join": set(), "tasks_due_printed": set(),
    "assignee_cited": {"assignee", "n"}, "across_assignee": {"assignee", "n"},
    "across_lead": {"count", "total", "topic", "searched"}, "across_doc": {"doc"}, "across_nothing": {"docs"},
    "across_skipped": {"count", "docs"},
    "carried_lead": {"item", "doc", "heading", "n"}, "carried_line": {"path", "n"}, "carried_note": set(),
}


def placeholders(template: str) -> set[str]:
    return {f for _, f, _, _ in string.Formatter().parse(template) if f}


UI_EXPECTED = {"viewer_unknown": {"doc"}, "feedback_saved": {"rating"}, "tasks_count": {"count", "docs", "today"},
               "tasks_bad_due": {"value"}}


@functools.lru_cache(maxsize=1)
def ui() -> dict:
    """Strings of the chat page; every string template's placeholders are checked."""
    data = tomllib.loads((PROMPTS / "ui.toml").read_text(encoding="utf-8"))
    for name, value in data.items():
        if isinstance(value, str):
            found, expected = placeholders(value), UI_EXPECTED.get(name, set())
            if found != expected:
                raise ConfigError(f"prompts/ui.toml: {name!r} uses {sorted(found)}, expected {sorted(expected)}")
    return data


@functools.lru_cache(maxsize=1)
def messages() -> dict:
    data = tomllib.loads((PROMPTS / "messages.toml").read_text(encoding="utf-8"))
    data["llm_system"] = (PROMPTS / "llm_system.txt").read_text(encoding="utf-8").strip()
    data["llm_user"] = (PROMPTS / "llm_user.txt").read_text(encoding="utf-8").strip()
    for name, expected in EXPECTED.items():
        if name not in data:
            raise ConfigError(f"prompts/: template {name!r} is missing")
        found = placeholders(data[name])
        if found != expected:
            raise ConfigError(f"prompts/: template {name!r} uses {sorted(found)}, expected {sorted(expected)}")
    return data


def msg(name: str, **kw) -> str:
    return messages()[name].format(**kw)
