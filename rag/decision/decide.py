"""Answer or refuse: one decision from several signals, calibrated, decided in code before any wording.

Hard facts first (they need no model): the question's subject is a document we do not have; it asks
for a kind of fact (money, percentages, contacts) no retrieved unit contains; it asks a catalog field
the document does not print, or metadata no held document prints (rag.decision.metadata). Otherwise the signals of the question against its best units
(`signals`: the e5 cosine of the best unit and of the best clause of the best units (rag.search.clauses), lexical
and soft coverage, named things, the asked slot, routing) are combined by a logistic model whose coefficients, feature scaling and operating
threshold are data (`rag/data/answerability.json`, fitted by `python -m eval.fit` on the dev splits
and generated near-misses). A score under the threshold refuses; a score just above it answers with a
caution line (low confidence).
"""
from __future__ import annotations

import functools
import json
import math
import re

from rag.index import LoadedIndex
from rag.search.lexical import LexicalIndex, lexical_text, prints_phrase
from rag.decision.about import about_absent, document_text
from rag.decision.accents import absent_topic
from rag.decision.asking import asking_terms
from rag.decision.asked_document import metadata_of_another, metadata_of_carried_out, without_held_numbers
from rag.decision.binding import TOKEN_RE, accents_of, event_unnamed, slot_bound
from rag.decision.meaning import soft_coverage
from rag.search.embed import get_embedder
from rag.search.neighbours import meaning_pairs, neighbours
from rag.prompts import messages, msg
from rag.decision.states import states_fact, states_metadata
from rag.question.levels import documents_at, levels_said
from rag.question.intents import METADATA_INTENTS
from rag.question.misnumbered import candidate as misnumbered_candidate
from rag.question.kinds import KIND_WORDS
from rag.question.route import Understanding
from rag.decision.cited_subject import cited_thing
from rag.decision.unheld_content import unheld_content
from rag.decision.metadata import CATALOG_FACTS, asked_catalog, asked_metadata, catalog_facts_asked, locality_not_printed, metadata_not_printed
from rag.decision.post_asked import asked_post
from rag.decision.post_held import block_context, holds_post, office_not_signed
from rag.decision.verdict import Verdict
from rag.decision.wordclass import content_only
from rag.decision.names import contains_named, named_spans, named_things
from rag.decision.unnamed_numbers import unnamed_numbers
from rag.question.year_slip import naming_years
from rag.decision.slots import asks_due, expected_slot, other_part_asks, part_slots, slot_filled
from rag.text import DATA, fold, has_diacritics, nfc, words
from rag.types import Passage, Unit

FACT_KINDS = {
    # kind: (cues in the question as typed with diacritics, pattern the evidence must contain); a question
    # typed without diacritics is matched on the folded cues ("đó là" must not read as "đô la")
    "money": (("kinh phí", "ngân sách", "bao nhiêu tiền", "tỷ đồng", "tỉ đồng", "triệu đồng", "nguồn vốn",
               "chi phí", "mức lương", "tiền lương", "mức hỗ trợ bao nhiêu", "usd", "đô la"),
              re.compile(r"\d[\d.,]*\s*(tỷ|triệu|nghìn|ngàn)?\s*đồng|VNĐ|USD|đô la", re.I)),
    "percent": (("tỷ lệ", "tỉ lệ", "phần trăm", "%"), re.compile(r"\d+([.,]\d+)?\s*%|phần trăm", re.I)),
    "contact": (("số điện thoại", "điện thoại", "email", "thư điện tử", "địa chỉ liên hệ", "hotline", "website"),
                re.compile(r"\b0\d{8,10}\b|@|https?://", re.I)),
    # a citizen's paperwork: the procedure for obtaining a paper ("thủ tục làm / xin / cấp …") or the papers to
    # bring ("cần giấy tờ gì", "nộp hồ sơ ở đâu"); procedures named as a topic ("cải cách thủ tục hành chính",
    # "hài lòng với thủ tục") are not asked for. Party resolutions and plans assign work to bodies; only a
    # passage that prints a procedure or its papers answers it
    "procedure": (("thủ tục làm", "thủ tục xin", "thủ tục cấp", "thủ tục đăng ký", "thủ tục đổi", "thủ tục nộp",
                   "giấy tờ gì", "giấy tờ nào", "những giấy tờ", "cần giấy tờ", "hồ sơ gì", "hồ sơ gồm",
                   "nộp hồ sơ", "làm hồ sơ"),
                  re.compile(r"thủ tục|hồ sơ|giấy tờ", re.I)),
}
# catalog fields a metadata question can ask, as a cadre reads them
FEATURES = ("dense", "clause", "coverage", "soft", "named_missing", "named_unknown", "slot_missing", "routed")
TOP = 3


def coverage(terms: list[str], unit: Unit, lexical: LexicalIndex) -> float:
    """How much of the question a unit covers literally: the mean of (a) the rarity-weighted share of its
    content terms found in the unit and (b) the share of its adjacent term pairs found adjacent."""
    return coverage_of_words(terms, words(fold(lexical_text(unit))), lexical)


def coverage_of_words(terms: list[str], unit_words: list[str], lexical: LexicalIndex) -> float:
    """`coverage` of a unit given as its folded words (callers that already have them)."""
    if not terms:
        return 0.0
    folded = " " + " ".join(unit_words) + " "
    total = lexical.vocab_total + 1
    weight = {t: math.log(total / (1 + lexical.vocab.get(t, 0))) for t in terms}
    uni = sum(weight[t] for t in terms if f" {t} " in folded) / sum(weight.values())
    pairs = list(zip(terms, terms[1:]))
    if not pairs:
        return uni
    bi = sum(f" {a} {b} " in folded for a, b in pairs) / len(pairs)
    return (uni + bi) / 2


def _in_corpus(thing: str, lexical: LexicalIndex) -> bool:
    """Whether a named thing occurs in the corpus as a run of syllables: every syllable, and every run of
    three (the accent table holds every 1-3 syllable n-gram of the corpus, folded)."""
    w = words(thing)
    return all(x in lexical.vocab for x in w) and prints_phrase(" ".join(w), lexical.accents)


def near_best(top: list[Passage]) -> list[Passage]:
    """The units that score within 10 % of the best: where an asked slot must be printed."""
    best = max(p.score for p in top)
    return [p for p in top if p.score >= 0.9 * best]


# share of the subject's words (not numbers) a searched document must print, with the question's accents, for the
# subject to be a thing of the text
PRINTED_SHARE = 0.5
# the units of a document's text (its header, signature and recipient blocks print labels such as "Chữ ký")
TEXT_KINDS = frozenset({"body", "heading", "preamble", "footnote"})


def subject_printed(question_text: str, subject: list[str], u: Understanding, index: LoadedIndex) -> bool:
    """Whether the text of a document the question names (every document when it names none) prints at least
    PRINTED_SHARE of the subject's words as the question types them (a syllable typed with diacritics, with them; no synonyms)."""
    # the words that name a document ("văn bản", "nghị quyết"): the document itself, printed by every text
    said = f" {' '.join(words(u.folded))} "
    naming = {w for k in (*KIND_WORDS, "van ban") if f" {k} " in said for w in k.split()}
    wanted = [t for t in subject if not t.isdigit() and t not in naming]
    if not wanted:
        return False
    typed = accents_of(question_text, wanted)
    for doc_id in (u.routed or list(index.docs)):
        tokens = {t.lower() for x in index.doc_units(doc_id) if x.kind in TEXT_KINDS
                  for t in TOKEN_RE.findall(nfc(lexical_text(x)))}
        folded = {fold(t) for t in tokens}
        printed = [t for t in wanted if (typed[t] & tokens if t in typed else t in folded)]
        if len(printed) >= PRINTED_SHARE * len(wanted):
            return True
    return False


def signals(question_text: str, u: Understanding, passages: list[Passage], terms: list[str],
            index: LoadedIndex, slot: str | None, near: dict | None = None) -> dict[str, float]:
    """The features of the decision, each in [0, 1] except `dense` (the e5 cosine of the best unit)."""
    top = passages[:TOP]
    lex = index.lexical
    qwords = words(u.folded)
    terms = content_only(terms, question_text)      # conversational function words carry no subject
    unit_words = [words(fold(lexical_text(p.unit))) for p in top]
    cov = max(coverage_of_words(terms, w, lex) for w in unit_words)
    soft = max(soft_coverage(terms, qwords, w, lex.vocab, lex.vocab_total, near) for w in unit_words)
    # a question opening with its context: the asking sentences read apart, the better reading counts
    # (rag.decision.asking)
    asked = asking_terms(question_text, terms)
    if asked:
        cov = max(cov, *(coverage_of_words(asked, w, lex) for w in unit_words))
        soft = max(soft, *(soft_coverage(asked, qwords, w, lex.vocab, lex.vocab_total, near) for w in unit_words))
    # a number of the named document, of the asking or of the answer's length names nothing the passage must print
    unnamed = unnamed_numbers(u.text, [index.docs[d].entry for d in u.routed if d in index.docs])
    unnamed |= {year for _, year in naming_years(u, index.docs)}     # "Kế hoạch 21 năm 2022": a year slip of the name
    things = [t for t in named_things(question_text) if t not in unnamed]
    folded_top = [" ".join(w) for w in unit_words]
    missing = [t for t in things if not any(contains_named(f, t) for f in folded_top)]
    unknown = [t for t in missing if not _in_corpus(t, lex)]
    slot_missing = 0.0
    if slot:
        # the slot printed where the question's subject is (rag.decision.binding);
        # a person asked by office ("trưởng ban tuyên giáo … tên là gì"): a name printed beside that office
        office = asked_post(u.folded) if slot == "person" else None
        admits = (lambda unit, _: holds_post(unit.text, office, block_context(index, unit))) if office else None
        slot_missing = 0.0 if slot_bound(slot, terms, qwords, [p.unit for p in near_best(top)], lex.vocab,
                                         lex.vocab_total, near, admits, question_text,
                                         lambda subject: subject_printed(question_text, subject, u, index)) else 1.0
    return {
        "dense": max(p.dense for p in top),
        "clause": max(p.dense if math.isnan(p.clause) else p.clause for p in top),
        "coverage": cov,
        "soft": soft,
        "named_missing": len(missing) / len(things) if things else 0.0,
        "named_unknown": 1.0 if unknown else 0.0,
        "slot_missing": slot_missing,
        "routed": 1.0 if u.routed and top[0].unit.doc_id in u.routed else 0.0,
    }


@functools.lru_cache(maxsize=1)
def model() -> dict:
    """{"features": [...], "mean": [...], "scale": [...], "coef": [...], "intercept": b, "threshold": t,
    "caution": c} — fitted by `python -m eval.fit`."""
    return json.loads((DATA / "answerability.json").read_text(encoding="utf-8"))


def probability(sig: dict[str, float], m: dict | None = None) -> float:
    m = m or model()
    z = m["intercept"] + sum(c * (sig[f] - mu) / s for f, c, mu, s in zip(m["features"], m["coef"], m["mean"], m["scale"]))
    return 1.0 / (1.0 + math.exp(-z))


# papers sent up to the centre or a higher level ("địa phương gửi hồ sơ gì lên Trung ương", "trình hồ sơ lên cấp
# trên"): the reporting line between party bodies, which the plans do print, not a citizen's paperwork at an office
_SENT_VERBS = ("gửi", "trình", "chuyển", "báo cáo")
_UPPER = ("trung ương", "tw", "cấp trên", "bộ chính trị", "ban bí thư", "ban chấp hành", "ban thường vụ")


def _sent_up(words: tuple[str, ...], upper: tuple[str, ...]) -> re.Pattern:
    return re.compile(rf"(?<!\w)(?:{'|'.join(words)})\s+(?:\S+\s+){{0,5}}?lên\s+(?:{'|'.join(upper)})(?!\w)"
                      .replace("lên", "(?:lên|len)"))


_SENT_UP = {True: _sent_up(_SENT_VERBS, _UPPER),
            False: _sent_up(tuple(map(fold, _SENT_VERBS)), tuple(map(fold, _UPPER)))}


def fact_kind_asked(u: Understanding) -> str | None:
    """The kind of figure the question asks for (money, percent, contact, a citizen's paperwork), if any: no
    outline or table answers those, only a passage that prints one."""
    accented = has_diacritics(u.text)
    text = u.text.lower() if accented else u.folded
    for kind, (cues, _) in FACT_KINDS.items():
        if any(re.search(rf"(?<!\w){re.escape(c if accented else fold(c))}(?!\w)", text) for c in cues):
            if kind == "procedure" and _SENT_UP[accented].search(text):
                continue
            return kind
    return None


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


# a heading that is only a label ("gạch đầu dòng 2", "2.2"): not a part a cadre recognises
_LABEL_ONLY = re.compile(r"^\s*(gạch đầu dòng|đoạn|điểm|tiểu mục)?\s*[\dIVXivx.]*\s*$", re.I)


def topic_not_printed(question_text: str, u: Understanding, top: list[Passage], terms: list[str],
                      index: LoadedIndex, near: dict | None) -> tuple[str, str] | None:
    """(the refusal that names the topic the routed document never prints (rag.decision.accents), the sentence
    naming the part its nearest passage stands in, listed beside it); None unless the question names exactly one
    document, or when it prints every term."""
    if len(u.routed) != 1:           # two documents named: one not printing the topic says nothing of the other
        return None
    doc = index.docs[u.routed[0]]
    nearest = next((p.unit for p in top if p.unit.doc_id == doc.doc_id and p.unit.headings), None)
    if nearest is None:
        return None
    text = document_text(index, doc.doc_id)
    # the asker's function and discourse words are no topic (rag.decision.wordclass): "bên" of "giao cho bên quân đội"
    topic = absent_topic(question_text, content_only(terms, question_text), text, near, whole=u.text)
    if not topic:
        return None
    # the nearest titled heading; under headings that are only labels ("6"), the passage's own opening words
    part = next((h for h in reversed(nearest.headings) if not _LABEL_ONLY.match(h)), nearest.text)
    part = part if len(part) <= 80 else part[:80].rsplit(" ", 1)[0] + "…"
    return msg("refusal_topic", doc=doc.label, topic=topic), msg("nearest_part", nearby=part)


# a title or a phrase the question quotes ("danh hiệu “Gia đình văn hóa”"): a name of its own, however written
QUOTED_RE = re.compile(r"[\"“«]([^\"“”«»]{3,80})[\"”»]")


def absent_name(question_text: str, lexical: LexicalIndex) -> str | None:
    """A proper name of the question (a person, a place, a body), or a phrase it quotes, that no document of
    the corpus contains."""
    for shown, folded, kind in named_spans(question_text):
        if kind == "name" and not _in_corpus(folded, lexical):
            return shown
    for m in QUOTED_RE.finditer(question_text):
        if words(fold(m.group(1))) and not _in_corpus(fold(m.group(1)).lower(), lexical):
            return m.group(1).strip()
    return None


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
        asked, absent = catalog_facts_asked(u, index)
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
    return Verdict(False, low_confidence=p < m["caution"], score=p, signals=sig)
