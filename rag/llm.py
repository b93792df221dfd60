"""Optional LLM answerer over an OpenAI-compatible chat-completions endpoint (Ollama, vLLM, llama.cpp
server). Off unless RAG_LLM_URL is set; any failure raises LLMError and the caller falls back to the
extractive answer."""
from __future__ import annotations

import json
import urllib.error
import urllib.request

from rag.cite import number_passages
from rag.config import Settings
from rag.errors import LLMError
from rag.prompts import msg
from rag.types import Unit


def build_messages(question: str, units: list[Unit]) -> list[dict]:
    return [{"role": "system", "content": msg("llm_system")},
            {"role": "user", "content": msg("llm_user", passages=number_passages(units), question=question)}]


def complete(settings: Settings, messages: list[dict]) -> str:
    url = settings.llm_url.rstrip("/") + "/chat/completions"
    body = json.dumps({"model": settings.llm_model or "default", "messages": messages, "temperature": 0,
                       "stream": False}).encode("utf-8")
    headers = {"Content-Type": "application/json"}
    if settings.llm_api_key:
        headers["Authorization"] = f"Bearer {settings.llm_api_key}"
    req = urllib.request.Request(url, data=body, headers=headers, method="POST")
    try:
        with urllib.request.urlopen(req, timeout=settings.llm_timeout) as resp:
            data = json.loads(resp.read().decode("utf-8"))
    except (urllib.error.URLError, TimeoutError, OSError, json.JSONDecodeError) as e:
        raise LLMError(f"LLM endpoint {url} failed: {e}") from None
    try:
        return data["choices"][0]["message"]["content"] or ""
    except (KeyError, IndexError, TypeError):
        raise LLMError(f"LLM endpoint {url} returned no choices[0].message.content") from None
