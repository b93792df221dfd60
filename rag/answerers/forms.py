"""The question forms the overview and structure answerers recognise, read once from
rag/data/question_forms.toml (accent-folded phrases: what a cadre says to ask for an overview, a count,
a list, the n-th item, what one part says), and the regular expressions built from them."""
from __future__ import annotations

import re
import tomllib
from functools import lru_cache

from rag.text import DATA


@lru_cache(maxsize=1)
def forms() -> dict:
    return tomllib.loads((DATA / "question_forms.toml").read_text(encoding="utf-8"))


def _alt(phrases) -> str:
    """A regex alternation of phrases, longest first, spaces matching any run of spaces."""
    return "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in sorted(set(phrases), key=len, reverse=True))


@lru_cache(maxsize=1)
def structure_patterns() -> dict[str, re.Pattern]:
    s = forms()["structure"]
    noun, count = _alt(s["nouns"]), _alt(s["count_words"])
    ordinal = "|".join(sorted(s["ordinals"], key=len, reverse=True))
    return {
        # "<noun> [up to 4 words] thứ <n>|cuối cùng|đầu tiên": the n-th child of a container
        "ordinal": re.compile(rf"\b(?P<noun>{noun})\b(?P<mid>(?:\s+[a-z]+){{0,4}}?)\s+(?:thu\s+(?P<n>\d{{1,2}}|"
                              rf"{ordinal})|(?P<last>{_alt(s['last'])})|(?P<first>{_alt(s['first'])}))\b"),
        "ref": re.compile(r"\b(phan|muc|diem|khoan|tiet)\s+([ivxlc]+(?:\.\d{1,2})*|\d{1,2}(?:\.\d{1,2})*)\b(?![.,]?\d)"),
        # "có mấy", "gồm bao nhiêu", "mấy nhiệm vụ"; the counted noun, when named, in group "noun"
        "count": re.compile(rf"\b(?:{_alt(s['count_verbs'])})\s+(?:{count})\b(?:\s+(?P<noun>{noun})\b)?|"
                            rf"\b(?:{count})\s+(?P<noun2>{noun})\b"),
        "list": re.compile(rf"\b(?:{_alt(s['list_cues'])})\b|\bcac (?:{noun})\b.*\b(?:la gi|nao)\b|"
                           rf"\bnhung (?:{noun}|ai|gi)\b.*\b(?:nao|gi)\b|"
                           r"\bgiao (?:cho )?(?:nhung )?(?:ai|co quan nao|don vi nao)\b"),
        "about": re.compile(rf"\b(?:{_alt(s['about_cues'])})\b"),
    }
