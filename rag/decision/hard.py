"""Refusals that are facts, not judgements: the question's subject is a document we do not have; it asks for a kind of
fact (money, percentages, contacts) no retrieved unit contains; it asks a catalog field the document does not print,
or metadata no held document prints (rag.decision.metadata); it names a thing no document of the corpus contains."""
from __future__ import annotations

import re

from rag.index import LoadedIndex
from rag.search.lexical import LexicalIndex
from rag.decision.asked_document import metadata_of_carried_out
from rag.decision.cited_subject import cited_thing
from rag.decision.coverage import in_corpus
from rag.decision.fact_kinds import FACT_KINDS, fact_kind_asked
from rag.decision.metadata import CATALOG_FACTS, asked_catalog, catalog_facts_asked, locality_not_printed
from rag.decision.names import named_spans
from rag.decision.signals import TOP
from rag.decision.unheld_content import unheld_content
from rag.decision.verdict import Verdict
from rag.prompts import messages, msg
from rag.question.misnumbered import candidate as misnumbered_candidate
from rag.question.route import Understanding
from rag.text import fold, words
from rag.types import Passage


def hard_refusal(u: Understanding, passages: list[Passage], index: LoadedIndex) -> Verdict | None:
    """Refusals that are facts, not judgements."""
    if u.unknown_refs and (not u.routed or u.unknown_subject):
        refs = ", ".join(f"{r.kind} {r.number}" for r in u.unknown_refs)
        available = "; ".join(d.label for d in index.docs.values())
        text = msg("refusal_unknown_document", refs=refs, available=available)
        named = misnumbered_candidate(u, index)        # a held document the rest of the name fits
        return Verdict(True, "unknown_document", f"{text}\n{named}" if named else text)
    thing = unheld_content(u.text, index)
    if thing:
        # what a document of a kind the corpus holds none of sets out ("chiến lược … đặt ra mấy chỉ tiêu"): the held
        # texts only mention it (rag.decision.unheld_content)
        return Verdict(True, "unheld_content", msg("refusal_unheld_content", thing=thing))
    if not passages:
        return Verdict(True, "no_evidence", msg("refusal"))
    top = passages[:TOP]
    kind = fact_kind_asked(u)
    if kind and not any(FACT_KINDS[kind][1].search(p.unit.text) for p in top):
        return Verdict(True, "fact_kind", msg("refusal_fact_kind", fact=messages()["fact_kinds"][kind]))
    unplaced = locality_not_printed(u, index)
    if unplaced:
        return unplaced
    # (the catalog answers for the routed document, not for one it cites: "Chỉ thị về … mà <doc> nhắc tới", nor for the
    # one it carries out: "<doc> thực hiện nghị quyết số mấy"); the issue place is asked like the date ("Kế hoạch 21
    # ký ở đâu": a header without a place line does not say)
    catalog = asked_catalog(u)
    if catalog and set(catalog) <= set(CATALOG_FACTS) and cited_thing(u) is None \
            and not metadata_of_carried_out(u.folded, [fold(index.docs[d].entry.get("title", "")) for d in u.routed]):
        # the catalog records what the text itself states; an empty field means the text does not say
        asked, absent = catalog_facts_asked(u, index)
        if asked and len(absent) == len(asked):
            doc = index.docs[u.routed[0]].label
            return Verdict(True, "fact_absent", msg("refusal_fact_kind", fact=f"{' và '.join(absent)} của {doc}"))
    return None


# a title or a phrase the question quotes ("danh hiệu “Gia đình văn hóa”"): a name of its own, however written
QUOTED_RE = re.compile(r"[\"“«]([^\"“”«»]{3,80})[\"”»]")


def absent_name(question_text: str, lexical: LexicalIndex) -> str | None:
    """A proper name of the question (a person, a place, a body), or a phrase it quotes, that no document of
    the corpus contains."""
    for shown, folded, kind in named_spans(question_text):
        if kind == "name" and not in_corpus(folded, lexical):
            return shown
    for m in QUOTED_RE.finditer(question_text):
        if words(fold(m.group(1))) and not in_corpus(fold(m.group(1)).lower(), lexical):
            return m.group(1).strip()
    return None
