"""The default extractive answer (the decision to answer at all is rag.decision.decide's).

`extractive_answer` quotes the sentences of the best units that answer the question, each with a [n]
marker. Structure questions are answered by rag.answerers.outline.structure.
"""
from __future__ import annotations

import re

from rag.answerers.forms import asks_who as asks_who_re
from rag.cite import make_citation
from rag.decision.coverage import coverage
from rag.index import LoadedIndex
from rag.prompts import msg
from rag.decision.states import states_fact
from rag.question.intents import CATALOG_INTENTS, METADATA_INTENTS
from rag.question.route import Understanding
from rag.text import fold, sentences, words
from rag.types import Citation, Passage, Unit

MAX_QUOTE_UNITS = 3
WHOLE_UNIT_CHARS = 600      # a unit up to this long is quoted whole
FIRST_WHOLE_CHARS = 1500    # ... and the best unit up to this long (nearly every unit: a bullet's list is its answer)
RUNNER_UP_SCORE = 0.85      # a runner-up must score at least this share of the best unit
RUNNER_UP_COVERAGE = 0.9    # ... and cover the question about as well
SIBLING_SCORE = 0.8         # a runner-up in the same short list as the best unit: this share of its score is enough
SIBLING_LIST_MAX = 4        # ... a list of at most this many items (a body's few tasks, not every social group)
SIBLING_NAMED_SHARE = 0.5   # ... or whatever its score, when this share of the question's terms are in the list's
                            # heading (the body the question names: as rag.answerers.work.across.NAMED_SHARE)
HEADING_WORDS = 10          # a long heading in a quote's path is cut to this many words
LIST_CUES = ("nhung", "cac", "gom", "liet ke", "bao gom", "nao")


# -------------------------------------------------------------------------------------- extractive
def _sentence_scores(unit: Unit, terms: list[str]) -> list[tuple[float, int, int]]:
    tset = set(terms)
    pairs = set(zip(terms, terms[1:]))
    out = []
    for a, b in sentences(unit.text):
        w = words(fold(unit.text[a:b]))
        score = len(tset & set(w)) + 1.5 * len(pairs & set(zip(w, w[1:])))
        out.append((score, a, b))
    return out


def quote_span(unit: Unit, terms: list[str], intents: list[str], whole: int = WHOLE_UNIT_CHARS) -> tuple[int, int]:
    """The span of a unit to quote: the whole unit when up to `whole` characters or a metadata block;
    otherwise the best sentence plus the sentences that score at least half as well (at most three, in
    document order)."""
    if unit.kind not in ("body", "preamble") or len(unit.text) <= whole:
        return 0, len(unit.text)
    scored = _sentence_scores(unit, terms)
    if "deadline" in intents and unit.deadline:
        scored = [(s + (3 if unit.deadline in unit.text[a:b] else 0), a, b) for s, a, b in scored]
    best = max(s for s, _, _ in scored)
    if best <= 0:
        return scored[0][1], scored[0][2]
    keep = sorted(sorted(scored, key=lambda x: -x[0])[:3], key=lambda x: x[1])
    keep = [x for x in keep if x[0] >= best / 2]
    a, b = keep[0][1], keep[-1][2]
    # a sentence ending with a colon introduces what follows: quote that too
    following = [x for x in scored if x[1] >= b]
    while unit.text[a:b].rstrip().endswith(":") and following:
        b = following.pop(0)[2]
    return a, b


def select_units(passages: list[Passage], terms: list[str], u: Understanding, index: LoadedIndex) -> list[Passage]:
    """The units to quote: the best one, and close runners-up that cover the question about as well."""
    first = passages[0]
    chosen = [first]
    wants_list = any(re.search(rf"\b{c}\b", u.folded) for c in LIST_CUES)
    limit = MAX_QUOTE_UNITS if wants_list or len(u.routed) > 1 else 2
    meta = any(i in METADATA_INTENTS for i in u.intents) and first.unit.kind in u.unit_kinds
    if meta:
        return _metadata_units(passages, u, index)
    first_cov = coverage(terms, first.unit, index.lexical)
    # the best unit's short list is under a heading that names what the question asks about ("4. Quân ủy Trung
    # ương và Đảng ủy Công an Trung ương" for "quân đội và công an ở trung ương"): its items answer together even
    # when the best one also prints the documents' term for it and the others do not
    in_short_list = len(first.unit.headings) > 1 and index.table.list_size(first.unit) <= SIBLING_LIST_MAX
    head = set(words(fold(first.unit.headings[-2]))) if in_short_list else set()
    named = bool(terms) and sum(t in head for t in terms) >= SIBLING_NAMED_SHARE * len(terms)
    for p in passages[1:8]:
        if len(chosen) >= limit:
            break
        # an item of the same list as the best one (the other task of the body the question names) is part of
        # the same answer: a lower bar, and its own words need not cover the question
        sibling = in_short_list and \
            (p.unit.doc_id, p.unit.headings[:-1]) == (first.unit.doc_id, first.unit.headings[:-1])
        if p.score < (SIBLING_SCORE if sibling else RUNNER_UP_SCORE) * first.score and not (sibling and named):
            continue
        if sibling or coverage(terms, p.unit, index.lexical) >= RUNNER_UP_COVERAGE * first_cov:
            chosen.append(p)
    return chosen


def _metadata_units(passages: list[Passage], u: Understanding, index: LoadedIndex) -> list[Passage]:
    """A metadata question quotes the best unit, and for each asked fact it does not state ("ai ký … và ký
    ngày nào": the signature block has no date) the best unit that does: of the same document, or one that
    cites the document by number and prints its catalog date or number (a news item on the plan)."""
    first = passages[0]
    entry = index.docs[first.unit.doc_id].entry
    chosen = [first]
    asked = [i for i in u.intents if i in CATALOG_INTENTS]   # "do ai ký và ký ở đâu": the header too
    for intent in asked:
        if any(states_fact(p.unit, intent, entry) for p in chosen):
            continue
        more = next((p for p in passages[1:8] if states_fact(p.unit, intent, entry)), None) or \
            _stating_unit(index, entry, intent)
        if more is not None:
            chosen.append(more)
    # a unit that states an asked fact leads one that states none ("do cơ quan nào ban hành": the signature block
    # "T/M BỘ CHÍNH TRỊ" before a header that names only the resolution carried out)
    chosen.sort(key=lambda p: not any(states_fact(p.unit, i, entry) for i in asked))
    return chosen


def _stating_unit(index: LoadedIndex, entry: dict, intent: str) -> Passage | None:
    """A unit retrieval left out that states the fact ("Ai ký văn bản này, ngày nào?": nothing in the question
    retrieves the news item dating the plan whose signature answers): the document's own first, else one that
    names its number; None when no unit states it (rag.decision.decide then says the fact is not printed)."""
    own = entry.get("id", "")
    units = (index.doc_units(own) if own in index.docs else []) + \
        [x for d in index.docs if d != own for x in index.doc_units(d)]
    found = next((x for x in units if states_fact(x, intent, entry)), None)
    return Passage(unit=found, score=0.0) if found is not None else None


def doc_meta(index: LoadedIndex, doc_id: str) -> dict:
    """The catalog facts shown beside a citation."""
    e = index.docs[doc_id].entry
    return {k: e.get(k, "") for k in ("kind", "number", "issuer", "date", "title", "signer")}


def _inline(text: str) -> str:
    return text.replace("\n", " / ")


def path_tail(unit: Unit, whole: bool = False) -> str:
    """The citation path without the document label, long headings cut to their opening words:
    'III › 2. Phát huy vai trò của các giai tầng xã hội, các tầng… › 2.1 › gạch đầu dòng 7' (`whole`: not cut)."""
    parts = unit.path.split(" › ")[1:] or unit.path.split(" › ")
    if whole and len(unit.headings) == len(parts):
        parts = list(unit.headings)          # the path's headings are cut at ingest; the unit keeps them whole
    out = []
    for p in parts:
        m = re.match(r"^([IVXLC]+|\d+(?:\.\d+)?)\. ", p)
        if m and len(p) > 50 and not whole:
            # keep the heading's opening words: under a task list they name the body it assigns
            words = p.split()
            p = " ".join(words[:HEADING_WORDS]) + ("…" if len(words) > HEADING_WORDS else "")
        out.append(p)
    return " › ".join(out)


def extractive_answer(passages: list[Passage], terms: list[str], u: Understanding,
                      index: LoadedIndex) -> tuple[str, list[Citation]]:
    chosen = select_units(passages, terms, u, index)
    # best evidence first; quotes of the same document stay together
    docs = list(dict.fromkeys(p.unit.doc_id for p in chosen))
    chosen.sort(key=lambda p: docs.index(p.unit.doc_id))
    citations, lines = [], []
    asks_who = asks_who_re(u.folded)     # the heading above a task names the body: printed whole
    for n, p in enumerate(chosen, 1):
        span = quote_span(p.unit, terms, u.intents, FIRST_WHOLE_CHARS if n == 1 else WHOLE_UNIT_CHARS)
        c = make_citation(n, p.unit, span, doc_meta(index, p.unit.doc_id))
        citations.append(c)
        lines.append(msg("quote_line", path=path_tail(p.unit, whole=asks_who), quote=_inline(c.quote), n=n))
    labels = [index.docs[d].label for d in docs]
    lead = msg("lead_one", doc=labels[0]) if len(labels) == 1 else msg("lead_many", docs=", ".join(labels))
    return lead + "\n" + "\n".join(lines), citations
