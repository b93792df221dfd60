"""The part of a document a question names by its heading, as the subject an asked slot must be printed in.

"6 nhóm nhiệm vụ trọng tâm trong KH 21 hạn chót là năm nào?" names part III ("Nhiệm vụ trọng tâm") of its
plan; retrieval brings the nearest paragraphs, and one of them, from another part, prints a quarter (the
deadline of another task). The asked slot is filled only if a unit under the named part prints it: a part
whose units print no time gives no deadline, whatever a neighbouring part says. The heading is matched by
rag.answerers.headings over the routed document's outline, strictly: a part named only by the nouns of its
heading is not named ("yêu cầu hoàn thành …" does not name part "Mục đích, yêu cầu").
"""
from __future__ import annotations

from rag.decision.slots import slot_filled
from rag.route import Understanding
from rag.tables.outline import ONode, node_units, outline_of
from rag.text import content_terms, fold, has_diacritics

MIN_RUN = 3        # syllables of the heading the question holds in a row ("nhiệm vụ trọng tâm")


def named_part(u: Understanding, index) -> ONode | None:
    """The titled part of the one routed document whose heading the question names, if any."""
    if len(u.routed) != 1:
        return None
    root = outline_of(index, u.routed[0])
    if root is None:
        return None
    from rag.answerers.headings import KEEP, _heading_words, _run, heading_match   # they import the decision

    bare = u.without_doc_names()
    accented = has_diacritics(bare)
    entry = index.docs[u.routed[0]].entry
    names = " ".join(entry.get(k, "") for k in ("title", "issuer"))
    known = tuple(content_terms(names if accented else fold(names)))
    terms = content_terms(bare if accented else fold(bare), keep=KEEP)
    node = heading_match(terms, root, accented, known=known, strict=True)
    # named by a run of its heading's words, not by a syllable of another word ("chỉ tiêu" is not "Mục tiêu")
    if node is None or _run(terms, _heading_words(node, accented)) < MIN_RUN:
        return None
    return node


def part_prints(node: ONode, slot: str, index) -> bool:
    """Whether some unit under the part prints what the slot asks."""
    return any(slot_filled(slot, index.units[uid].text) for uid in node_units(node) if uid in index.units)
