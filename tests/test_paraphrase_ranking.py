"""Paraphrases ranked and typed without accents: a unit ranks by its best clause when that clause is closer to the
question than the whole unit (rag.retrieve), and a question typed without diacritics is re-accented by the pairs
the corpus prints (rag.lexical.LexicalIndex.restore_accents). Real corpus, literal expectations."""
from __future__ import annotations

import numpy as np

from rag.retrieve import CLAUSE_MARGIN, _with_clauses, prepare_query
from rag.route import understand

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


def test_accents_are_restored_by_the_pairs_the_corpus_prints(assistant):
    lex = assistant.holder.get().lexical
    # greedy left to right took "được giao" and left "dục"; "giáo dục" is printed in more units
    assert lex.restore_accents("thanh nien duoc giao duc") == "thanh niên được giáo dục"
    # "khơi" is the syllable's most frequent spelling alone, "khối đại" the printed pair
    assert lex.restore_accents("nen tang vung chac cua khoi dai doan ket") == "nền tảng vững chắc của khối đại đoàn kết"
    # question words the documents rarely print come from rag/data/question_words.tsv, read at load
    assert lex.restore_accents("kinh phi lay nguon nao, bao nhieu") == "kinh phi lấy nguồn nào bao nhiêu"
    assert lex.restore_accents("bay gio muon biet cai gi") == "bây giờ muốn biết cái gì"
    # a syllable the corpus never prints stays as typed
    assert lex.restore_accents("xyz dai doan ket") == "xyz đại đoàn kết"

