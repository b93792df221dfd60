"""A list of dash bullets named by what it says, not by a heading ("Nghị quyết 43 có một đoạn kể lần lượt từng giai
tầng, mỗi giai tầng một gạch đầu dòng, mở đầu là giai cấp công nhân. Gạch đầu dòng thứ tư …"): the node listing
dash bullets whose text prints the most of the question's content pairs (two content syllables side by side,
folded), a pair its own heading or lead paragraph prints counting twice (what a list is about is said there), and
a pair said to open the list ("mở đầu là / bắt đầu bằng / đầu tiên là X") counting twice when its first bullet
prints it; a tie is broken by how many of its bullets print a pair (a list of "các giai cấp, tầng lớp" names one in
each bullet), for rag.answerers.outline.ordinals when an ordinal of bullets finds no node listing them."""
from __future__ import annotations

import re

from rag.answerers.outline.address import terms
from rag.tables.outline import ONode, node_units
from rag.text import fold

MIN_PAIRS = 2          # pair score a list must reach to be the one described (a pair in its own lead counts 2) …
MIN_BULLETS = 2        # … or the number of its bullets that print a pair: one pair printed once is no description
# what the list opens with ("mở đầu là giai cấp công nhân", "bắt đầu bằng công nhân", "đầu tiên là công nhân")
_OPENS_RE = re.compile(r"\b(?:mo dau|bat dau|dau tien|truoc het|truoc tien|dau)\s+(?:la|bang|tu|voi)\s+(?P<x>[^,.;:?!]+)")


def described_list(ctx, words: str, root: ONode, fits) -> ONode | None:
    """The node with dash bullets, holding the ordinal asked (`fits`), whose text prints the most content pairs of
    `words` (the question less its ordinal); None when none prints MIN_PAIRS in MIN_BULLETS, or two tie."""
    pairs = _pairs(words)
    opens = _OPENS_RE.search(fold(words).lower())
    first = _pairs(opens.group("x")) if opens else set()
    scored = []
    for node in root.walk():
        dashes = [c for c in node.numbered() if c.kind == "dash"]
        if not dashes or not fits(node):
            continue
        whole = _printed(ctx, node_units(node))
        own = _printed(ctx, [node.heading, *node.units])       # the list's own heading and lead paragraph
        lead = _printed(ctx, node_units(dashes[0]))
        # what the list is about is said in its own lead ("phát huy vai trò của các giai tầng xã hội"): counted twice
        score = sum((f" {a} {b} " in whole) + (f" {a} {b} " in own) for a, b in pairs) + \
            2 * any(f" {a} {b} " in lead for a, b in first)
        bullets = sum(any(f" {a} {b} " in _printed(ctx, node_units(d)) for a, b in pairs) for d in dashes)
        scored.append(((score, bullets), node))
    scored.sort(key=lambda x: x[0], reverse=True)
    if not scored or (scored[0][0][0] < MIN_PAIRS and scored[0][0][1] < MIN_BULLETS) or \
            (len(scored) > 1 and scored[1][0] == scored[0][0]):
        return None
    return scored[0][1]


def _pairs(words: str) -> set[tuple[str, str]]:
    said = [fold(t).lower() for t in terms(words)]
    return set(zip(said, said[1:]))


def _printed(ctx, ids) -> str:
    """The units' text, folded, as " syllable syllable … " (punctuation dropped)."""
    text = " ".join(fold(ctx.index.units[u].text).lower() for u in ids if u in ctx.index.units)
    return " " + " ".join(re.findall(r"[a-z0-9]+", text)) + " "
