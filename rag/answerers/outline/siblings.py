"""More items named by number beside the first ("mục 3 và mục 5 giao cho ai", "Phần IV có 8 mục. Số 3 và số 5 giao
cho ai?"): the node's siblings each later number of the same noun names, for rag.answerers.outline.structure to
answer each as it answers the first, one under the other."""
from __future__ import annotations

from rag.answerers.outline import address
from rag.tables.outline import ONode


def more_named(f: str, text: str, root: ONode, node: ONode) -> list[ONode]:
    """The siblings of `node` (named by the question's first number of its noun) that the question's later numbers
    of the same noun name, in the order typed; a number the container does not hold names none."""
    parent = next((n for n in root.walk() if node in n.numbered()), None)
    if parent is None:
        return []
    found = address.refs_in(f, text)
    first = next((m for m in found if m.group(2) == node.label.lower()), None)
    if first is None:
        return []
    kids = {k.label.lower(): k for k in parent.numbered()}
    out = []
    for m in found:
        if m.start() > first.start() and m.group(1) == first.group(1) and m.group(2) in kids and \
                kids[m.group(2)] is not node and kids[m.group(2)] not in out:
            out.append(kids[m.group(2)])
    return out
