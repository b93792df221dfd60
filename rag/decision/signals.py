"""The features of the answer-or-refuse decision (rag.decision.decide): the signals of the question against its best
units — the e5 cosine of the best unit and of the best clause of the best units (rag.search.clauses), lexical and
soft coverage, named things, the asked slot, routing."""
from __future__ import annotations

import math

from rag.index import LoadedIndex
from rag.search.lexical import lexical_text
from rag.decision.asking import asking_terms
from rag.decision.binding import TOKEN_RE, accents_of, slot_bound
from rag.decision.coverage import coverage_of_words, in_corpus
from rag.decision.meaning import soft_coverage
from rag.decision.post_asked import asked_post
from rag.decision.post_held import block_context, holds_post
from rag.decision.wordclass import content_only
from rag.decision.names import contains_named, named_things
from rag.decision.unnamed_numbers import unnamed_numbers
from rag.question.kinds import KIND_WORDS
from rag.question.route import Understanding
from rag.question.year_slip import naming_years
from rag.text import fold, nfc, words
from rag.types import Passage

FEATURES = ("dense", "clause", "coverage", "soft", "named_missing", "named_unknown", "slot_missing", "routed")
TOP = 3


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
    unknown = [t for t in missing if not in_corpus(t, lex)]
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
