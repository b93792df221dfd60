"""Answer or refuse: one decision from several signals, calibrated, decided in code before any wording.

Hard facts first (they need no model, rag.decision.hard). Otherwise the signals of the question against its best
units (rag.decision.signals) are combined by the answerability model (rag.decision.answerability). A score under the
threshold refuses; a score just above it answers with a caution line (low confidence). The verdict's wording: a part
of a question of several not printed, the slot not printed, the topic the named document never prints
(rag.decision.topic_absent).
"""
from __future__ import annotations

from rag.index import LoadedIndex
from rag.decision.about import about_absent
from rag.decision.answerability import model, probability
from rag.decision.asked_document import metadata_of_another, without_held_numbers
from rag.decision.binding import event_unnamed, slot_bound
from rag.decision.group_asked import corpus_words, group_verdict, names_head, unit_words
from rag.decision.hard import absent_name, hard_refusal
from rag.decision.signals import TOP, near_best, signals, subject_printed
from rag.decision.topic_absent import topic_not_printed
from rag.search.embed import get_embedder
from rag.search.neighbours import meaning_pairs, neighbours
from rag.prompts import messages, msg
from rag.decision.states import states_fact, states_metadata
from rag.question.levels import documents_at, levels_said
from rag.question.route import Understanding
from rag.decision.metadata import asked_catalog, asked_metadata, catalog_facts_asked, metadata_not_printed
from rag.decision.post_asked import asked_post
from rag.decision.post_held import office_not_signed
from rag.decision.verdict import Verdict
from rag.decision.wordclass import content_only
from rag.decision.slots import asks_due, expected_slot, other_part_asks, part_slots, slot_filled
from rag.text import fold, words
from rag.types import Passage


def _object_of_another_level(u: Understanding, index: LoadedIndex) -> bool:
    """Whether the question says a level the named document is not issued at ("Tỉnh đặt hạn chót nào để phổ biến
    nghị quyết …"): the document is then what the level's documents carry out, not where the answer must be."""
    level_docs = documents_at(levels_said(u.text), index.docs)
    return bool(level_docs) and not set(level_docs) & set(u.routed)


def part_filled(slot: str, question_text: str, u: Understanding, top: list[Passage], terms: list[str],
                index: LoadedIndex, near: dict | None, own: bool, due: bool) -> bool:
    """Whether one part's slot of a question of several parts is printed among the near-best units: a body in a
    unit or the heading above it ("2. Ban cán sự đảng Chính phủ"); any other slot in the sentence that carries the
    question's subject (rag.decision.binding), as the first slot is. A number asked of another document than the
    routed one (`own` False, rag.decision.asked_document) is not given by a held document's number."""
    units = [x.unit for x in near_best(top)]
    if slot == "body":
        return any(slot_filled(slot, " ".join((*x.headings, x.text)), due) for x in units)
    if not any(slot_filled(slot, x.text if own else without_held_numbers(x.text, index.docs), due) for x in units):
        return False
    lex = index.lexical
    return slot_bound(slot, content_only(terms, question_text), words(u.folded), units, lex.vocab, lex.vocab_total,
                      near, None, question_text, lambda subject: subject_printed(question_text, subject, u, index))


def judge(question_text: str, u: Understanding, passages: list[Passage], terms: list[str],
          index: LoadedIndex, settings) -> Verdict:
    hard = hard_refusal(u, passages, index)
    if hard:
        return hard
    name = absent_name(question_text, index.lexical)
    if name:
        return Verdict(True, "name_absent", msg("refusal_name_absent", thing=name))
    top = passages[:TOP]
    slot = expected_slot(u.text)
    post = asked_post(u.folded) if slot == "person" else None
    office = office_not_signed(post, [p.unit for p in top], index) if post else None
    if office:
        asked, block, unit = office
        signer = f"{block.title.lower()} {block.name}".strip()
        doc = index.docs[unit.doc_id].label
        if unit.kind != "signature":           # a certified copy's block: the copy's, not the document's
            doc = msg("holder_copy_label", doc=doc, office=index.docs[unit.doc_id].entry.get("copy_office", ""))
        text = msg("refusal_office", doc=doc, office=asked.lower(), signer=signer)
        return Verdict(True, "office_not_signed", text)
    meta = asked_metadata(u)
    if meta:
        odd = metadata_not_printed(u, slot, top, index)
        if odd:
            return odd
    # a number or a date asked of another document, named by a bare kind word ("… vậy Chính phủ đã ban hành nghị
    # quyết số mấy?"): what states the routed document's own does not answer it (rag.decision.asked_document)
    own = not (meta and metadata_of_another(u.folded, u.alias_spans,
                                            {str(index.docs[d].entry.get("kind", "")) for d in u.routed},
                                            u.named_as_carried_out()))
    stating = [p for p in top if own and p.unit.kind in u.unit_kinds and states_metadata(p.unit, u.intents)]
    if meta and own and not stating and u.routed:
        # the document does not print it, another one that names its number does (a news item dates a plan)
        entry = index.docs[u.routed[0]].entry
        stating = [p for p in top if any(states_fact(p.unit, i, entry) for i in meta)]
    if meta and stating:
        signed = [p for p in stating if p.unit.kind == "signature" or "copy" in u.intents] or stating
        counted_copies = slot == "amount" and "copy" in u.intents
        if (slot == "person" or counted_copies) and not any(slot_filled(slot, p.unit.text) for p in signed):
            # "which comrade signed": the signature block prints an office, not a name; "how many copies": the
            # copy block prints its number and date, not a count (other counts — signers, recipients — are
            # answered from the block itself)
            doc = index.docs[stating[0].unit.doc_id].label
            return Verdict(True, "slot_missing", msg("refusal_slot", doc=doc, slot=messages()["slots"][slot]),
                           listed=msg("nearest_listed"))
        asked, absent = catalog_facts_asked(u, index, signed[0].unit.doc_id)
        facts = len(asked_catalog(u))
        if facts > 1 and absent and len(absent) < facts:
            # two facts of the document asked, one not printed: answer the other, name the missing one
            return Verdict(False, note=msg("part_missing", slot=" và ".join(absent)))
        return Verdict(False)
    if u.structure and u.routed:
        return Verdict(False)
    if not terms:
        return Verdict(True, "no_content", msg("refusal"))
    # the question's everyday phrases paired with corpus phrases by the embedding model (rag.search.neighbours; the
    # phrase vectors are cached, retrieval has embedded them): soft coverage counts a neighbour the unit holds
    near = meaning_pairs(neighbours(question_text, index.vocabulary, index.lexical.accents, get_embedder(settings),
                                    settings.neighbour_min_cosine))
    sig = signals(question_text, u, passages, terms, index, slot, near)
    m = model()
    p = probability(sig, m)
    if slot and sig["slot_missing"] and other_part_asks(u.text, slot):
        # two questions in one: answer the part the text answers, say which part it does not; when every
        # part asks a slot and none is printed where the first is sought, there is no part to answer
        asked = part_slots(u.text)
        due = asks_due(u.text)
        # a body may be named in the heading above the unit ("2. Ban cán sự đảng Chính phủ")
        unfilled = [s for s in asked if s and not part_filled(s, question_text, u, top, terms, index, near, own, due)]
        # an event dated or placed that no near-best unit names: the other parts are about it too
        unnamed = event_unnamed(slot, content_only(terms, question_text), question_text,
                                [x.unit for x in near_best(top)])
        slotted = [s for s in asked if s]
        if unnamed:
            unfilled = slotted
        # two or more parts ask a slot (a day and a place of a meeting) and none is printed: a part asking no slot
        # ("ai đứng ra báo cáo") about the same unprinted event gives no part to answer either
        if len(asked) > 1 and (len(unfilled) == len(asked) or unnamed
                               or (len(slotted) >= 2 and len(unfilled) == len(slotted))):
            doc = index.docs[top[0].unit.doc_id].label
            names = " và ".join(messages()["slots"][s] for s in unfilled)
            return Verdict(True, "slot_missing", msg("refusal_slot", doc=doc, slot=names), listed=msg("nearest_listed"),
                           score=p, signals=sig)
        part = msg("part_missing", slot=messages()["slots"][slot])
        without = probability({**sig, "slot_missing": 0.0}, m)
        if without >= m["threshold"]:
            return Verdict(False, low_confidence=True, note=part, score=p, signals=sig)
    if len(u.routed) == 1 and top[0].unit.doc_id not in u.routed and not _object_of_another_level(u, index) \
            and not u.named_as_carried_out():
        # the question names one document and another one's passage leads: when the named one never prints the
        # topic, that passage answers another question ("Nghị quyết 43 nói gì về biến đổi khí hậu" from a
        # programme that lists climate change among its city's difficulties)
        absent = topic_not_printed(question_text, u, top, terms, index, near)
        if absent:
            return Verdict(True, "topic_absent", *absent, score=p, signals=sig)
    if p < m["threshold"]:
        if slot and sig["slot_missing"] and sig["soft"] >= 0.5:
            # the subject is found, the asked thing is not printed: say which
            doc = index.docs[top[0].unit.doc_id].label
            text = msg("refusal_slot", doc=doc, slot=messages()["slots"][slot])
            return Verdict(True, "slot_missing", text, listed=msg("nearest_listed"), score=p, signals=sig)
        absent = topic_not_printed(question_text, u, top, terms, index, near)
        if absent:
            return Verdict(True, "topic_absent", *absent, score=p, signals=sig)
        return Verdict(True, "weak_evidence", msg("refusal"), score=p, signals=sig)
    if p < m["caution"]:
        # a weak answer to a topic stated with "về" that no document prints (rag.decision.about)
        topic = about_absent(question_text, u.text, index, near)
        if topic:
            return Verdict(True, "topic_absent", msg("refusal_name_absent", thing=f"«{topic}»"), score=p, signals=sig)
    # the people asked for: a head no unit names refuses; a qualifier no unit names is a caution (rag.decision.group_asked)
    group = group_verdict(question_text, corpus_words(index), near, u.accents_typed)
    # a question typed bare is quoted bare: the marks put back for reading may be wrong ("thành niên")
    shown, head = (group[1].shown, group[1].head_shown) if group else ("", "")
    if group and not u.accents_typed:
        shown, head = fold(shown), fold(head)
    if group and group[0] == "absent":
        return Verdict(True, "group_absent", msg("refusal_group_absent", group=shown),
                       listed=msg("nearest_listed"), score=p, signals=sig)
    if group:
        # "the passages below are on the head in general" only when every cited unit names the head
        def cited_note(units, g=group[1], accented=u.accents_typed) -> str:
            if units and all(names_head(unit_words(x), g, accented, near) for x in units):
                return msg("group_caution", group=shown, head=head)
            return msg("group_caution_unsaid", group=shown)
        return Verdict(False, low_confidence=True, score=p, signals=sig,
                       note=msg("group_caution_unsaid", group=shown), cited_note=cited_note)
    return Verdict(False, low_confidence=p < m["caution"], score=p, signals=sig)
