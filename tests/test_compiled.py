"""Structures built once for speed give what the plain per-question code gave: the intent patterns and kind
lookups of routing, the stop-phrase and synonym tables grouped by first word, the cached content terms, the
distinct assignees of the task table, and the store queried without llama-index's node building. Each is
compared with the plain implementation it replaced, written out here, on the real corpus and our questions."""
import json
import re

import pytest

from eval.run import CADRE_QUESTIONS, QUESTIONS
from eval.synth import synthetic_entries
from ingest.catalog import load_corpus
from rag.decision.meaning import (_entries, _inside_name, _inside_word, _official_terms, _says_more, in_official_terms,
                                  kept_as_typed, marks_agree)
from rag.index import Doc, LoadedIndex
from rag.question.intents import INTENTS, ISSUE_DATE_RE, issued_for_masked
from rag.question.kinds import KIND_WORDS
from rag.question.route import _ABOUT, _kind_about_doc, understand
from rag.tables.tasks import _ENTRUSTED_RE, name_words, any_assignee_matches, assignee_key
from rag.text import (_TOKEN_RE, _stopwords, content_terms, expand_abbreviations, fold, has_diacritics, nfc,
                      words)

from conftest import CORPUS


def _questions() -> list[str]:
    out = []
    for path in (QUESTIONS, CADRE_QUESTIONS):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                q = json.loads(line)
                out.append(q["question"])
                out += [t["question"] for t in q.get("history", []) if isinstance(t, dict) and "question" in t]
    return out


QUESTIONS_ALL = _questions()
UNACCENTED = [fold(q) for q in QUESTIONS_ALL[::3]]


def _docs(entries):
    return {e["id"]: Doc(e["id"], e, e["id"], "", []) for e in entries}


@pytest.fixture(scope="module")
def real_docs():
    return _docs([d.entry for d in load_corpus(CORPUS).docs])


# ------------------------------------------------------------------------------------------------ routing
def plain_intents(f: str) -> list[str]:
    # the cue loop, and the issue date also asked by a verb of issuing next to a question of time
    # ("được ban hành nhằm …" asks what for: masked for the date unless a question of time stands elsewhere)
    g = issued_for_masked(f)
    return [i for i, (cues, _) in INTENTS.items()
            if any(re.search(rf"(?<![a-z]){re.escape(c)}(?![a-z])", g if i == "date" else f) for c in cues)
            or (i == "date" and ISSUE_DATE_RE.search(f))]


def test_intent_patterns_find_the_intents_the_cue_loop_found(real_docs):
    seen = set()
    extra = ["ai ky", "xai ky", "ai kyx", "ngay ky va thoi han", "nguoi ky ke hoach 21 la ai", "sao y ban chinh",
             "noi ban hanh nghi quyet 43"]
    for q in QUESTIONS_ALL + UNACCENTED + extra:
        u = understand(q, real_docs)
        want = plain_intents(u.folded)
        if "deadline" in want and "date" in want:
            want.remove("date")
        assert u.intents == want, q
        seen.update(want)
    assert seen == set(INTENTS)                          # every intent occurs in the questions


def plain_kind_about_doc(f, routed, taken, hits, docs):
    for kw, kind in KIND_WORDS.items():
        of_kind = [d for d, doc in docs.items() if doc.entry.get("kind") == kind]
        if len(of_kind) != 1 or of_kind[0] in routed[:1]:
            continue
        for m in re.finditer(rf"\b{kw}\s+{_ABOUT}", f):
            if any(a <= m.start() < b for a, b in taken):
                continue
            if any(s == m.end() and docs[d].entry.get("kind") != kind for s, d, _ in hits):
                taken.append((m.start(), m.start() + len(kw)))
                return [of_kind[0]] + [d for d in routed if d != of_kind[0]]
    return routed


def test_kind_about_doc_uses_the_catalog_kinds_as_the_scan_did(real_docs):
    big = {**real_docs, **_docs(synthetic_entries(40))}
    f = fold("bai bao ve ke hoach 21 noi gi; huong dan ve chuong trinh 101")
    n_changed = 0
    for docs in (real_docs, big):
        for hits in ([(11, "kh-21-2023", (11, 22))], [(11, "synthetic-0002", (11, 22))], []):
            hits = [h for h in hits if h[1] in docs]
            for routed in ([], ["kh-21-2023"], ["tin-kh21"]):
                got = _kind_about_doc(f, list(routed), [], hits, docs)
                assert got == plain_kind_about_doc(f, list(routed), [], hits, docs)
                n_changed += got != routed
    assert n_changed >= 2


# --------------------------------------------------------------------------------------- word tables
def plain_content_terms(question: str) -> list[str]:
    text = expand_abbreviations(nfc(question)).lower()
    accented = has_diacritics(text)
    toks = _TOKEN_RE.findall(text if accented else fold(text))
    phrases = _stopwords()[0 if accented else 1]
    out, i = [], 0
    while i < len(toks):
        for ph in phrases:
            if toks[i:i + len(ph)] == ph:
                i += len(ph)
                break
        else:
            out.extend(words(fold(toks[i])))
            i += 1
    return out


def test_content_terms_equal_the_plain_scan_of_every_stop_phrase():
    texts = QUESTIONS_ALL + UNACCENTED + [" ".join(p) + " trách nhiệm của ai" for p in _stopwords()[0][:200]]
    texts += [line for d in load_corpus(CORPUS).docs for line in d.text.splitlines()[:60] if line.strip()]
    for t in texts:
        assert content_terms(t) == plain_content_terms(t), t
    got = content_terms(QUESTIONS_ALL[0])
    got.append("x")                                      # the cached value is not shared with the caller
    assert content_terms(QUESTIONS_ALL[0]) == plain_content_terms(QUESTIONS_ALL[0])


def plain_official_terms(question: str) -> str | None:
    toks = re.findall(r"\w+|\W+", nfc(question))
    spans = [(i, fold(t).lower()) for i, t in enumerate(toks) if re.match(r"\w", t)]
    folded = [f for _, f in spans]
    low = [toks[i].lower() for i, _ in spans]
    out, changed, k = {}, False, 0
    while k < len(spans):
        for phrase, official in _official_terms():
            n = len(phrase)
            if tuple(folded[k:k + n]) == phrase:
                if _says_more(folded[k:], official, n) or _inside_word(low, k, n) \
                        or _inside_name(toks, spans, k, phrase) \
                        or not marks_agree(low[k:k + n], phrase, has_diacritics(question)) \
                        or kept_as_typed(toks, spans, k, phrase, has_diacritics(question), official):
                    continue
                out[spans[k][0]] = (spans[k + n - 1][0], official)
                k += n
                changed = True
                break
        else:
            k += 1
    if not changed:
        return None
    text, i = [], 0
    while i < len(toks):
        if i in out:
            text.append(out[i][1])
            i = out[i][0] + 1
        else:
            text.append(toks[i])
            i += 1
    return "".join(text)


def test_official_terms_equal_the_plain_scan_of_the_synonym_table():
    texts = QUESTIONS_ALL + UNACCENTED
    texts += [f"Chính sách cho {left} và {left.upper()} ở địa phương?" for left, _ in _entries()]
    texts += [f"ho tro {fold(left)} {fold(right[0])}" for left, right in _entries()]
    changed = 0
    for t in texts:
        want = plain_official_terms(t)
        assert in_official_terms(t) == want, t
        changed += want is not None
    assert changed > len(_entries())


# ------------------------------------------------------------------------------------ index structures
def test_any_assignee_matches_equals_the_scan_of_every_row(index):
    rows = index.tasks
    assert len(rows) > 30

    def plain(phrase):
        want = assignee_key(phrase)
        n = len(want)
        for r in rows:
            have = name_words(_ENTRUSTED_RE.sub("", r.get("assignee", "")))
            if want and any(have[i:i + n] == want for i in range(len(have) - n + 1)):
                return True
        return False

    phrases = [r["assignee"] for r in rows if r.get("assignee")]
    phrases += [" ".join(p.split()[1:3]) for p in phrases] + ["Ban Dân vận các cấp", "các cấp ủy", "Nhà nước",
                                                              "Bộ Quốc phòng", "", "Ủy ban Kiểm tra"]
    results = [any_assignee_matches(rows, p) for p in phrases]
    assert results == [plain(p) for p in phrases]
    assert True in results and False in results
    assert any_assignee_matches(rows[:1], phrases[0]) and not any_assignee_matches([], phrases[0])


def test_store_query_equals_llama_index_query(index):
    """The direct Chroma query returns the ids and scores ChromaVectorStore.query gave."""
    import math

    from llama_index.core.vector_stores.types import (FilterOperator, MetadataFilter, MetadataFilters,
                                                      VectorStoreQuery)
    from rag.search.embed import get_embedder

    embedder = get_embedder(index.settings)
    docs = list(index.docs)

    def plain(vector, k, doc_ids=None):
        conds = []
        if doc_ids:
            conds.append(MetadataFilter(key="doc_id", value=list(doc_ids), operator=FilterOperator.IN))
        q = VectorStoreQuery(query_embedding=[float(x) for x in vector], similarity_top_k=k,
                             filters=MetadataFilters(filters=conds) if conds else None)
        res = index.store.vs.query(q)
        return [(i, 1.0 + math.log(max(s, 1e-12))) for i, s in zip(res.ids, res.similarities)]

    for q in QUESTIONS_ALL[:12]:
        v = embedder.query(q)
        for args in ((40,), (20, docs[:1]), (10, docs[1:3]), (500,)):
            got = index.store.query(v, *args)
            assert got == plain(v, *args), (q, args)
            assert got


def test_key_counts_equal_a_counter_updated_batch_by_batch():
    """ingest.lexbuild's n-gram counts: same keys, counts and first-seen order as collections.Counter, across
    several merges of its queue (more than 2**16 distinct keys) and with empty batches."""
    from collections import Counter

    import numpy as np

    from ingest.lexbuild import _KeyCounts

    rng = np.random.default_rng(7)
    want, got = Counter(), _KeyCounts()
    for n in [0, 5, 70_000, 1, 0, 30_000, 200_000, 3]:
        keys = np.concatenate([rng.integers(0, 1 << 62, n // 2), rng.integers(0, 500, n - n // 2)]).astype(np.int64)
        rng.shuffle(keys)
        want.update(keys.tolist())
        got.update(keys)
    k, c = got.items()
    assert k.tolist() == list(want) and c.tolist() == list(want.values())
    assert len(want) > 1 << 17
    assert [len(a) for a in _KeyCounts().items()] == [0, 0]


def test_ner_loaded_without_underthesea_optional_pipelines_tags_as_the_full_import():
    """rag.nlp loads underthesea without its translate/classify/... pipelines (torch, transformers):
    the tags of our questions equal those of `from underthesea import ner` imported the ordinary way."""
    import subprocess
    import sys

    from rag.nlp import ner

    questions = QUESTIONS_ALL[:60]
    code = ("import json, sys; from underthesea import ner; qs = json.loads(sys.stdin.read()); "
            "print(json.dumps([[list(t) for t in ner(q)] for q in qs], ensure_ascii=False))")
    out = subprocess.run([sys.executable, "-c", code], input=json.dumps(questions), capture_output=True, text=True,
                         check=True)
    want = json.loads(out.stdout.strip().splitlines()[-1])
    got = [[list(t) for t in ner()(q)] for q in questions]
    assert got == want
    assert any(t[3] != "O" for tags in got for t in tags)
    # in a fresh process (other tests may have imported torch here): the tagger loads without torch
    probe = ("import sys; from rag.nlp import ner; ner()('Hà Nội'); "
             "print('torch' in sys.modules, 'transformers' in sys.modules)")
    loaded = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert loaded.stdout.split() == ["False", "False"]


def test_loaded_units_share_repeated_strings_and_equal_the_plain_load(index):
    from rag.types import Unit

    plain = [Unit.from_dict(json.loads(line))
             for line in (index.build_dir / "units.jsonl").read_text(encoding="utf-8").splitlines()]
    assert list(index.units.values()) == plain
    a, b = [u for u in index.units.values() if u.kind == "body" and u.headings][:2]
    assert a.doc_label is b.doc_label and a.kind is b.kind
