"""A list of dash bullets named by what it says, not by a heading ("Nghị quyết 43 có một đoạn kể lần lượt từng giai
tầng, mỗi giai tầng một gạch đầu dòng, mở đầu là giai cấp công nhân. Gạch đầu dòng thứ tư …"): the node listing
dash bullets whose text prints the most of the question's content pairs (two content syllables side by side,
folded), a pair its own heading or lead paragraph prints counting twice (what a list is about is said there), for
rag.answerers.outline.ordinals when an ordinal of bullets finds no node listing them."""
from __future__ import annotations

import re

from rag.answerers.outline.address import terms
from rag.tables.outline import ONode, node_units
from rag.text import fold

MIN_PAIRS = 1          # content pairs a list must print to be the one described


def described_list(ctx, words: str, root: ONode, fits) -> ONode | None:
    """The node with dash bullets, holding the ordinal asked (`fits`), whose text prints the most content pairs of
    `words` (the question less its ordinal); None when none prints MIN_PAIRS or two tie."""
    said = [fold(t).lower() for t in terms(words)]
    pairs = set(zip(said, said[1:]))
    scored = []
    for node in root.walk():
        if not any(c.kind == "dash" for c in node.numbered()) or not fits(node):
            continue
        whole = _printed(ctx, node_units(node))
        own = _printed(ctx, [node.heading, *node.units])       # the list's own heading and lead paragraph
        # what the list is about is said in its own lead ("phát huy vai trò của các giai tầng xã hội"): counted twice
        scored.append((sum((f" {a} {b} " in whole) + (f" {a} {b} " in own) for a, b in pairs), node))
    scored.sort(key=lambda x: -x[0])
    if not scored or scored[0][0] < MIN_PAIRS or (len(scored) > 1 and scored[1][0] == scored[0][0]):
        return None
    return scored[0][1]


def _printed(ctx, ids) -> str:
    """The units' text, folded, as " syllable syllable … " (punctuation dropped)."""
    text = " ".join(fold(ctx.index.units[u].text).lower() for u in ids if u in ctx.index.units)
    return " " + " ".join(re.findall(r"[a-z0-9]+", text)) + " "
