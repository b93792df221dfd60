"""Paraphrases ranked and typed without accents: a unit ranks by its best clause when that clause is closer to the
question than the whole unit (rag.retrieve), and a question typed without diacritics is re-accented by the pairs
the corpus prints (rag.lexical.LexicalIndex.restore_accents). Real corpus, literal expectations."""
from __future__ import annotations

import numpy as np

from rag.search.retrieve import CLAUSE_MARGIN, _with_clauses, prepare_query
from rag.question.route import understand

RELIGION = "Các tổ chức tôn giáo được bảo đảm hoạt động bình đẳng ra sao?"
RELIGION_UNIT = "nq-43-2023:III.2.1.g10"     # a long bullet on religion; equal activity under the law is one clause


def test_a_clause_counts_only_above_the_unit_cosine_plus_the_margin():
    d = np.array([0.80, 0.85, 0.82], dtype=np.float32)
    clause = np.array([0.86, np.nan, 0.83], dtype=np.float32)
    assert CLAUSE_MARGIN == 0.015
    assert np.allclose(_with_clauses(d, clause), [0.845, 0.85, 0.82])


def test_the_bullet_is_closer_to_the_question_by_its_clause_than_as_a_whole(assistant):
    index = assistant.holder.get()
    query = prepare_query(RELIGION, index)
    assistant.retriever._embed(index, query)
    row = np.array([index.lexical.row[RELIGION_UNIT]])
    unit = float(assistant.retriever._dense(index, [RELIGION_UNIT], query.vector)[0])
    clause = float(index.clauses.best(row, query.vector)[0])
    assert clause > unit + CLAUSE_MARGIN


def test_passages_report_the_unit_cosine_not_the_clause(assistant):
    index = assistant.holder.get()
    u = understand(RELIGION, index.docs)
    query = prepare_query(RELIGION, index, u=u)
    passages = assistant.retriever.search(index, query, u)
    ids = [p.unit.unit_id for p in passages]
    assert ids[0] == RELIGION_UNIT
    p = passages[ids.index(RELIGION_UNIT)]
    unit = float(assistant.retriever._dense(index, [RELIGION_UNIT], query.vector)[0])
    assert abs(p.dense - unit) < 1e-4
    assert p.clause > p.dense + CLAUSE_MARGIN


def test_function_words_do_not_rank_but_the_reported_lexical_score_keeps_them(assistant):
    index = assistant.holder.get()
    q = "Nghị quyết 43 có hiệu lực đến năm nào?"
    u = understand(q, index.docs)
    query = prepare_query(q, index, u=u)
    assert query.function_words == frozenset({"co", "den", "nao"})
    assert query.ranking_tokens == ["nghi", "quyet", "43", "hieu", "luc", "nam", "nghi_quyet", "quyet_43", "43_co",
                                    "co_hieu", "hieu_luc", "luc_den", "den_nam", "nam_nao"]
    passages = assistant.retriever.search(index, query, u)
    full = index.lexical.scores(query.lexical_tokens)
    for p in passages[:5]:
        assert abs(p.lexical - float(full[index.lexical.row[p.unit.unit_id]])) < 1e-4


def test_the_meaning_tables_terms_are_searched_by_bm25_too(assistant):
    index = assistant.holder.get()
    q = "Lính cũ có vai trò gì?"
    query = prepare_query(q, index)
    assert query.official_text == "cựu chiến binh có vai trò gì?"
    assert query.extra_words == ["cuu", "chien", "binh"]
    assert "cuu_chien" in query.ranking_tokens and "chien_binh" in query.ranking_tokens
    # a question the table does not rewrite searches its own words only
    assert prepare_query("Cựu chiến binh có vai trò gì?", index).extra_words == []


def test_everyday_words_the_corpus_never_prints_rank_by_the_documents_terms(assistant):
    # "giáo viên, bác sĩ" -> "trí thức": the corpus never prints "giáo viên", so its syllables rank no more
    # ("giáo" of "tôn giáo"); the documents' term does
    index = assistant.holder.get()
    query = prepare_query("Anh em giáo viên, bác sĩ được quan tâm ra sao?", index)
    assert {"giao", "vien", "bac", "si"} <= query.function_words
    assert "giao_vien" not in query.ranking_tokens and {"tri", "thuc"} <= set(query.ranking_tokens)
    # an everyday phrase the corpus prints too ("kiều bào" beside "người Việt Nam ở nước ngoài") keeps ranking
    printed = prepare_query("Kiều bào được hỗ trợ gì?", index)
    assert printed.official_text is not None
    assert "kieu_bao" in printed.ranking_tokens
    # "tôn giáo" is no "giáo viên": not rewritten, its syllables rank
    plain = prepare_query("Các tổ chức tôn giáo được hỗ trợ gì?", index)
    assert "giao" in plain.ranking_tokens and plain.official_text is None


def test_the_title_and_issuer_units_rank_without_the_words_naming_the_document(assistant):
    # "Nghị quyết 43" routes the question; in BM25 it matched the resolution's header best, which then led a
    # question on a topic the resolution never treats (and lifted the decision's signals)
    index = assistant.holder.get()
    q = "Nghị quyết 43-NQ/TW có đề cập đến xuất khẩu gạo không?"
    u = understand(q, index.docs)
    query = prepare_query(q, index, u=u)
    assert query.title_words == frozenset({"nghi", "quyet", "43"})          # the span the router reads
    assert query.topic_tokens == ["nq", "tw", "xuat", "khau", "gao", "43_nq", "nq_tw", "tw_co", "den_xuat", "xuat_khau",
                                  "khau_gao", "gao_khong"]
    ids = [p.unit.unit_id for p in assistant.retriever.search(index, query, u)[:3]]
    assert "nq-43-2023:header" not in ids and all(i.startswith("nq-43-2023:") for i in ids)
    assert assistant.ask(q).refused
    # a question about the document's own facts keeps them: its header answers
    q = "Nghị quyết 43-NQ/TW ban hành ngày nào?"
    u = understand(q, index.docs)
    assert assistant.retriever.search(index, prepare_query(q, index, u=u), u)[0].unit.unit_id == "nq-43-2023:header"
