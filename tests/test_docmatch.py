"""Document references: the compiled matcher (rag.question.docmatch) against the regex-per-alias implementation it
replaced, on the real catalog and on 1 000 real-like synthetic entries; longest match, no overlaps,
folding; cost independent of the catalog's size."""
import json
import re
import time
from pathlib import Path

import pytest

from eval.synth import synthetic_entries
from ingest.catalog import load_corpus
from rag.question.docmatch import DocMatcher, alias_forms, doc_names, matcher_for
from rag.index import Doc
from rag.question.issued import kind_of_issuer
from rag.question.kinds import CODE_KIND, KIND_WORDS
from rag.question.route import CODE_RE, OBJECT_RE, REF_RE, DocRef, find_references, understand
from rag.text import expand_abbreviations, fold, nfc

from conftest import CORPUS, ROOT


def _docs(entries: list[dict]) -> dict[str, Doc]:
    return {e["id"]: Doc(e["id"], e, e["id"], "", []) for e in entries}


@pytest.fixture(scope="module")
def real_docs():
    return _docs([d.entry for d in load_corpus(CORPUS).docs])


@pytest.fixture(scope="module")
def big_docs(real_docs):
    return {**real_docs, **_docs(synthetic_entries(1000))}


@pytest.fixture(scope="module")
def mid_docs(real_docs):
    return {**real_docs, **_docs(synthetic_entries(200))}


def reference_references(f: str, docs: dict):
    """The implementation before rag.question.docmatch: one regex per alias and per issuer prefix, per question."""
    aliases = sorted(((form, d) for d, doc in docs.items() for a in doc_names(doc.entry)
                      for form in alias_forms(a)), key=lambda x: -len(x[0]))
    taken, hits = [], []
    for alias, doc_id in aliases:
        for m in re.finditer(rf"(?<![a-z0-9]){re.escape(alias)}(?![a-z0-9])", f):
            if any(a < m.end() and m.start() < b for a, b in taken):
                continue
            taken.append(m.span())
            hits.append((m.start(), doc_id, m.span()))
    refs = [DocRef(KIND_WORDS[m.group(1)], m.group(2), span=m.span()) for m in REF_RE.finditer(f)]
    for m in CODE_RE.finditer(f):
        if not any(r.span[0] <= m.start() < r.span[1] for r in refs):
            refs.append(DocRef(CODE_KIND.get(m.group(2), m.group(2).upper()), m.group(1), span=m.span()))
    for r in refs:
        for d, doc in docs.items():
            m = re.match(r"(\d+)-([A-ZĐ]+)", doc.entry.get("number", ""))
            if m and m.group(1) == r.number and doc.entry.get("kind") == r.kind:
                r.doc_id = d
        r.is_object = bool(OBJECT_RE.search(f[:r.span[0]]))
        if r.doc_id and not any(a <= r.span[0] < b for a, b in taken):
            hits.append((r.span[0], r.doc_id, r.span))
            taken.append(r.span)
    hits += kind_of_issuer(f, docs, taken, named=tuple(d for _, d, _ in hits))       # shared by both: "<kind> <issuer>" (rag.question.issued)
    for d, doc in docs.items():
        for body in (doc.entry.get("issuer", ""), doc.entry.get("copy_office", "")):
            words = fold(nfc(body)).lower().split()
            if len(words) < 2:
                continue
            for n in range(len(words), 1, -1):
                m = re.search(rf"\b(?:cua|do) {re.escape(' '.join(words[:n]))}\b", f)
                if m:
                    if not any(a < m.end() and m.start() < b for a, b in taken):
                        hits.append((m.start(), d, m.span()))
                        taken.append(m.span())
                    break
    return hits, taken, refs


def _folded(q: str) -> str:
    return fold(re.sub(r"\s+", " ", expand_abbreviations(nfc(q))).strip())


def _questions() -> list[str]:
    qs = [json.loads(line)["question"] for line in (ROOT / "eval" / "questions.jsonl").read_text(encoding="utf-8").splitlines()
          if line.strip()]
    # references to generated documents, with and without accents, overlapping and repeated names
    qs += ["Kế hoạch 150 của Ban Thường vụ Tỉnh ủy Bắc Kạn giao nhiệm vụ gì?", "ke hoach so 150 giao gi",
           "KH 312 và Chương trình 101 khác nhau thế nào?", "Hướng dẫn 102-HD/BTGTU do ai ký?",
           "văn bản của Tỉnh ủy Hà Giang, văn bản của Tỉnh ủy Hà Giang", "kế hoạch của Hà Giang và của Cao Bằng",
           "chuong trinh cua tinh uy cao bang ban hanh ngay nao", "Kế hoạch 9999 của Tỉnh ủy Sơn La",
           "cua ban tuyen giao tinh uy", "của Ban Thường vụ Tỉnh ủy_ Lào Cai", "Chương trình CTr số 105",
           "kế hoạch NQ43 do Ban Thường vụ Tỉnh ủy ký", "văn bản do Bộ Chính trị ban hành, của Bộ Chính trị",
           "do Tỉnh ủy Hà Giang và của Tỉnh ủy Hà Giang ban hành"]
    return qs


def _check_same(docs: dict, questions: list[str]) -> int:
    n = 0
    for q in questions:
        f = _folded(q)
        got_hits, got_taken, got_refs = find_references(f, docs)
        want_hits, want_taken, want_refs = reference_references(f, docs)
        assert (got_hits, got_taken) == (want_hits, want_taken), q
        assert [(r.kind, r.number, r.doc_id, r.span, r.is_object) for r in got_refs] == \
               [(r.kind, r.number, r.doc_id, r.span, r.is_object) for r in want_refs], q
        n += bool(want_hits)
    return n


def test_same_references_as_the_regex_implementation_on_the_real_catalog(real_docs):
    assert _check_same(real_docs, _questions()) > 100       # most questions name a document


def test_same_references_as_the_regex_implementation_at_200_documents(mid_docs):
    questions = _questions()
    assert _check_same(mid_docs, questions[:30] + questions[-11:]) > 30   # the reference costs ~0.1 s a question


def test_longest_alias_wins_and_matches_never_overlap(real_docs):
    u = understand("Chương trình của Thành ủy Cần Thơ giao Ban Dân vận nhiệm vụ gì?", real_docs)
    assert u.routed == ["ct-tucantho-nq43"]
    assert u.alias_spans == [(0, 33)]                       # one span: not also "Thành ủy Cần Thơ", "Cần Thơ"
    m = DocMatcher(_docs([{"id": "a", "aliases": ["Cần Thơ"]}, {"id": "b", "aliases": ["chương trình của Cần Thơ"]}]))
    f = _folded("So sánh chương trình của Cần Thơ với Cần Thơ")
    assert m.aliases(f) == [(8, "b", (8, 32)), (37, "a", (37, 44))]


def test_aliases_match_folded_whole_words_only(real_docs):
    for q in ("kế hoạch của bộ chính trị giao gì", "KE HOACH CUA BO CHINH TRI giao gi",
              nfc("Kế hoạch của Bộ Chính trị").replace("ế", "e\u0302\u0301") + " giao gì"):
        assert understand(q, real_docs).routed == ["kh-21-2023"], q
    m = DocMatcher(_docs([{"id": "a", "aliases": ["KH 21"]}]))
    assert m.aliases("kh 21") == [(0, "a", (0, 5))]
    assert m.aliases("kh 210 va kh 21b va xkh 21") == []


def test_issuer_phrase_takes_the_longest_prefix_between_word_boundaries():
    m = DocMatcher(_docs([{"id": "a", "issuer": "Ban Thường vụ Tỉnh ủy Bắc Kạn"}]))
    assert m.issuers("cua ban thuong vu tinh uy bac kan", []) == [(0, "a", (0, 33))]
    assert m.issuers("cua ban thuong vu tinh uy lao cai", []) == [(0, "a", (0, 25))]
    assert m.issuers("xcua ban thuong", []) == []
    assert m.issuers("cua ban thuong vu tinh uy", [(4, 8)]) == []   # overlaps a taken span


def test_matcher_is_compiled_once_per_catalog(real_docs):
    assert matcher_for(real_docs) is matcher_for(real_docs)
    assert matcher_for(dict(real_docs)) is not matcher_for(real_docs)


def test_routing_cost_does_not_grow_with_the_catalog(big_docs):
    questions = _questions()
    understand(questions[0], big_docs)                      # compiles the matcher
    t0 = time.perf_counter()
    for q in questions:
        understand(q, big_docs)
    per_question_ms = (time.perf_counter() - t0) * 1000 / len(questions)
    assert per_question_ms < 5, per_question_ms             # the regex implementation: ~600 ms here
