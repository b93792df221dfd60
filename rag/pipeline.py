"""The assistant: question -> understanding -> retrieval -> verdict -> answer with re-read citations.

One `Assistant` per process and settings (`get_assistant`): the embedding model, the loaded index and
the store client are built once and shared by threads; a new build is picked up between questions.
"""
from __future__ import annotations

import logging
import re
import threading
import time

from rag.answer import doc_meta, extractive_answer, quote_span
from rag.answerers import Context, answer_structured
from rag.cite import make_citation, reread, renumber, validate_markers
from rag.config import Settings
from rag.decision import about
from rag.decision.decide import judge
from rag.decision.fact_kinds import fact_kind_asked
from rag.decision.meaning import load_tables
from rag.decision.names import named_spans
from rag.decision.verdict import Verdict
from rag.search.embed import get_embedder
from rag.errors import BadQuestionError, LLMError
from rag.index import IndexHolder
from rag.decision.language import looks_vietnamese
from rag.llm import build_messages, complete
from rag.prompts import msg
from rag.search.retrieve import Retriever, prepare_query
from rag.question import diacritics, sound_slips, year_slip
from rag.question.loanwords import vietnamese_for_loanwords
from rag.question.southern import standard_for_southern
from rag.question.spoken import figures_for_number_words
from rag.question.route import Understanding, is_followup, understand
from rag.question.target import asides, subject_outside, without
from rag.text import content_terms
from rag.types import Answer, Citation, Passage

log = logging.getLogger(__name__)
_CONTROL_RE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
LLM_PASSAGES = 6


def clean_question(question: str, limit: int) -> str:
    """Strip control characters; reject empty, over-long and content-free questions (Vietnamese messages)."""
    q = _CONTROL_RE.sub(" ", question or "").strip()
    if not q:
        raise BadQuestionError(msg("empty_question"))
    if len(q) > limit:
        raise BadQuestionError(msg("too_long", length=len(q), limit=limit))
    if not re.search(r"\w", q):
        raise BadQuestionError(msg("no_content"))
    return q


def _read(typed: str, index) -> tuple[str, str, bool]:
    """A question as typed, prepared for reading: (its English words for a text's shape read as the Vietnamese
    ones, "phần IV có mấy point", its Southern words read as the standard ones, "giao cho nhiêu đầu mối", and its
    numbers said as words read as figures, "kế hoạch hai mươi mốt"; that text with its sound slips re-spelled,
    "mặt chận" -> "mặt trận" (rag.question.sound_slips), and re-accented when typed without marks, its numbers read
    again, else the same; whether it was re-accented)."""
    q = figures_for_number_words(standard_for_southern(vietnamese_for_loanwords(typed)))
    vocab = sound_slips.for_index(index)
    slipped = sound_slips.repair(q, vocab)
    spelled = diacritics.reaccent(slipped, diacritics.for_index(index))
    if spelled == slipped:
        return q, slipped, False
    # marks typed on some syllables only: those are read again beside their re-accented neighbours
    return q, figures_for_number_words(sound_slips.repair(spelled, vocab, typed=slipped)), True


def _turn(t) -> dict:
    if isinstance(t, Answer):
        return {"question": t.question, "doc_ids": [c.doc_id for c in t.citations], "routed": t.routed_docs}
    return {"question": t.get("question", ""), "doc_ids": t.get("doc_ids", []), "routed": t.get("routed", [])}


class Assistant:
    def __init__(self, settings: Settings):
        self.settings = settings
        self.embedder = get_embedder(settings)
        self.holder = IndexHolder(settings)
        self.retriever = Retriever(settings, self.embedder)

    def warm(self) -> "Assistant":
        """Load what the first question would otherwise wait for: the index, the query embedding and the
        named-entity tagger (about 4 s on first use), the spelling dictionary (rag.search.spelling, about 0.3 s) and
        its word pairs for questions typed without accents (LexicalIndex.restore_accents), the synonym table's
        readings (rag.decision.meaning, up to 0.8 s), the corpus as an absent topic is sought in it
        (rag.decision.about, about 0.2 s) and the re-accenting model (rag.question.diacritics, about 3 s)."""
        index = self.holder.get()
        self.embedder.query("khởi động")
        named_spans("Kế hoạch của Tỉnh ủy Lạng Sơn")
        index.lexical.repair_accents("khởi động")
        index.lexical.restore_accents("khoi dong")
        diacritics.for_index(index)
        sound_slips.for_index(index)
        load_tables()
        about.warm(index)
        return self

    def ask(self, question: str, scope: list[str] | None = None, history: list | None = None) -> Answer:
        t0 = time.perf_counter()
        q = clean_question(question, self.settings.max_question_chars)
        index = self.holder.get()
        scope = [s for s in (scope or []) if s]
        unknown = [s for s in scope if s not in index.docs]
        if unknown:
            raise BadQuestionError(msg("unknown_scope", scope=", ".join(unknown)))

        if not looks_vietnamese(q, index.lexical.vocab):
            return Answer(question=q, answer=msg("not_vietnamese"), refused=True, citations=[], retrieved=[],
                          timings_ms={"total": (time.perf_counter() - t0) * 1000}, refusal_reason="not_vietnamese",
                          scope=scope)
        typed = q
        q, spelled, reaccented = _read(q, index)
        if spelled == q:
            answer = self._answer(q, scope, history, index, t0)
        else:
            answer = self._answer(spelled, scope, history, index, t0, reaccented=reaccented)
            if answer.refused and answer.refusal_reason in diacritics.SPELLING_MAY_REFUSE:
                # the refusal may come from a word spelled wrong (a topic the text "never prints"): read as typed
                as_typed = self._answer(q, scope, history, index, t0)
                if not as_typed.refused:
                    answer = as_typed
            if answer.question != q:
                # read with its sound slips re-spelled: say how ("Đã hiểu «mặt chận» là «mặt trận».")
                said = sound_slips.note(q, spelled, sound_slips.for_index(index))
                if said:
                    answer.answer = said + "\n" + answer.answer
        if not answer.refused:
            # a held document named with a year it was not issued in: say which document was taken
            slip = year_slip.note(understand(answer.question, index.docs), index.docs)
            if slip:
                answer.answer = slip + "\n" + answer.answer
        answer.question = typed         # the page and the history show what the cadre typed
        return answer

    def _answer(self, q: str, scope: list[str], history: list | None, index, t0: float,
                reaccented: bool = False) -> Answer:
        """The answer to a cleaned question about the loaded index (`ask` without its checks of the input);
        `reaccented`: its accents were put back by rag.question.diacritics, not typed."""
        u = understand(q, index.docs)
        u.reaccented = reaccented
        aside = asides(u)                    # sentences naming only a cited document as context, asking nothing
        subject_outside(u, aside)            # a document named only there is not the question's subject
        # the question without the names of the documents it routes by (and without its asides)
        bare = without(u.without_doc_names(), aside)
        terms = content_terms(bare)
        context, prefer = "", []
        turns = [_turn(t) for t in (history or [])]
        if turns and is_followup(u, terms):
            # carry the previous turn's topic (without its document names) and, unless this question
            # names its own document, the previous documents and what kind of fact was asked
            prev = turns[-1]
            # the previous turn as typed, read as the current one is (English words, marks left out)
            prev_u = understand(_read(prev["question"], index)[1], index.docs)
            context = prev_u.without_doc_names()
            if not u.routed:
                u.routed = prev["routed"] or prev_u.routed
                prefer = prev["doc_ids"]
            if not u.intents:
                u.intents, u.unit_kinds = list(prev_u.intents), dict(prev_u.unit_kinds)
            terms = terms + [t for t in content_terms(context) if t not in terms]
        query = prepare_query(without(u.text, aside) if aside else q, index, context, u)
        passages = self.retriever.search(index, query, u, scope=scope or None, prefer_docs=prefer)
        t1 = time.perf_counter()

        queries: dict[str, object] = {}       # another text searched in several documents is embedded once

        def search(text: str, doc_ids: list[str], k: int) -> list[Passage]:
            if text not in queries:
                queries[text] = prepare_query(text, index)
            return self.retriever.search(index, queries[text], u, scope=doc_ids, k=k)

        verdicts: dict[tuple[str, ...], Verdict] = {}

        def decide(with_terms: list[str]) -> Verdict:
            """The decision model's verdict on the question and its passages, judged once per set of terms."""
            key = tuple(with_terms)
            if key not in verdicts:
                verdicts[key] = judge(bare, u, passages, with_terms, index, self.settings)
            return verdicts[key]

        # answerers that defer to the decision judge the question without a follow-up's carried terms
        structured = None if fact_kind_asked(u) else answer_structured(
            Context(q, u, index, scope, passages, search, self.settings, lambda: decide(content_terms(bare)),
                    None if context else query.vector, lambda text: self.ask(text, scope=scope or None)))
        if structured is not None:
            answer = self._structured(q, structured, passages, u, scope, index)
            answer.timings_ms = {"retrieve": (t1 - t0) * 1000, "answer": (time.perf_counter() - t1) * 1000,
                                 "total": (time.perf_counter() - t0) * 1000}
            return answer

        verdict = decide(terms)
        answer = Answer(question=q, answer="", refused=verdict.refuse,
                        citations=[], retrieved=passages[: self.settings.top_k], timings_ms={},
                        refusal_reason=verdict.reason, low_confidence=verdict.low_confidence, scope=scope,
                        routed_docs=u.routed)
        if verdict.score is not None:
            answer.decision = {"score": round(verdict.score, 4), "signals": {k: round(v, 4) for k, v in verdict.signals.items()}}
        if verdict.refuse:
            answer.answer = f"{verdict.message} {verdict.listed}" if verdict.listed else verdict.message
            answer.listed = verdict.listed
        else:
            passages = sorted(passages, key=lambda p: p.unit.unit_id != verdict.lead) if verdict.lead else passages
            text, cits, mode = self._compose(q, passages, terms, u, index)
            cits, dropped = reread(cits, index.store)
            answer.answer, answer.citations, answer.mode, answer.dropped_markers = text, cits, mode, dropped
            note = verdict.note
            if verdict.cited_note:
                note = verdict.cited_note([index.units[c.unit_id] for c in cits if c.unit_id in index.units])
            if note:
                answer.answer += "\n\n" + note
            if not cits:   # everything cited vanished from the store: do not answer without evidence
                answer.refused, answer.refusal_reason, answer.answer = True, "citations_lost", msg("refusal")
        t2 = time.perf_counter()
        answer.timings_ms = {"retrieve": (t1 - t0) * 1000, "answer": (t2 - t1) * 1000, "total": (t2 - t0) * 1000}
        return answer

    def _structured(self, q: str, s, passages: list[Passage], u: Understanding, scope, index) -> Answer:
        """An answer from the structure answerers: citations re-read; the cited units lead the evidence list."""
        cits, dropped = reread(s.citations, index.store)
        cited = [Passage(unit=index.units[c.unit_id], score=1.0) for c in cits if c.unit_id in index.units]
        seen = {p.unit.unit_id for p in cited}
        evidence = cited + [p for p in passages if p.unit.unit_id not in seen]
        answer = Answer(question=q, answer=s.text, refused=s.refused, citations=cits,
                        retrieved=evidence[: max(self.settings.top_k, len(cited))], timings_ms={},
                        refusal_reason=s.reason, scope=scope, routed_docs=u.routed, dropped_markers=dropped,
                        mode=s.mode, low_confidence=s.low_confidence)
        if s.citations and not cits and not s.refused:
            answer.refused, answer.refusal_reason, answer.answer = True, "citations_lost", msg("refusal")
        return answer

    def _compose(self, q: str, passages: list[Passage], terms: list[str], u: Understanding, index):
        if self.settings.llm_enabled:
            try:
                return self._llm_answer(q, passages, terms, u, index)
            except LLMError as e:
                log.warning("LLM answer failed, using the extractive answer: %s", e)
        text, cits = extractive_answer(passages, terms, u, index)
        return text, cits, "extractive"

    def _llm_answer(self, q, passages, terms, u, index) -> tuple[str, list[Citation], str]:
        units = [p.unit for p in passages[:LLM_PASSAGES]]
        reply = complete(self.settings, build_messages(q, units))
        text, valid, dropped = validate_markers(reply, len(units))
        if dropped:
            log.warning("LLM answer: %d marker(s) pointing at no passage dropped", dropped)
        if not valid:
            raise LLMError("the LLM answer has no valid [n] citation")
        mapping = {old: new for new, old in enumerate(valid, 1)}
        cits = []
        for old, new in mapping.items():
            unit = units[old - 1]
            cits.append(make_citation(new, unit, quote_span(unit, terms, u.intents), doc_meta(index, unit.doc_id)))
        return renumber(text, mapping).strip(), cits, "llm"


_assistants: dict[Settings, Assistant] = {}
_lock = threading.Lock()


def get_assistant(settings: Settings) -> Assistant:
    with _lock:
        if settings not in _assistants:
            _assistants[settings] = Assistant(settings)
        return _assistants[settings]
