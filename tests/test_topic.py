"""Topics the corpus never speaks of though it prints their words (rag.decision.topic), on the real corpus."""
import pytest

from rag.decision.topic import absent_compounds
from rag.index import LoadedIndex
from rag.pipeline import Assistant


@pytest.fixture(scope="module")
def index(built_index):
    return LoadedIndex(built_index)


@pytest.fixture(scope="module")
def assistant(built_index):
    return Assistant(built_index)


def test_a_noun_pair_the_corpus_never_prints_together_is_absent(index):
    # "hạt nhân" is printed ("vai trò hạt nhân lãnh đạo"), "năng lượng" is not, never the two together
    assert absent_compounds("nói gì về năng lượng hạt nhân?", [], index) == ["năng lượng hạt nhân"]
    # a pair a retrieved passage holds, even apart, is not absent
    assert absent_compounds("nói gì về năng lượng hạt nhân?", ["Năng lượng là hạt nhân của phát triển."], index) == []
    # a phrase the corpus prints, a vague head of everyday speech ("chuyện"), a document's kind are no topic
    assert absent_compounds("Kế hoạch nói gì về vai trò hạt nhân lãnh đạo của Đảng?", [], index) == []
    assert absent_compounds("Có nói tới chuyện người dân làm ăn không?", [], index) == []
    assert absent_compounds("Trong nghị quyết đại đoàn kết có gì?", [], index) == []
    # a question typed without diacritics is not tagged
    assert absent_compounds("noi gi ve nang luong hat nhan?", [], index) == []


def test_an_absent_topic_is_refused_by_name_and_a_printed_one_answered(assistant):
    # the model alone answers this one with a caution line (its score is between the threshold and the caution)
    a = assistant.ask("Nghị quyết 43 nói gì về năng lượng hạt nhân?")
    assert a.refused and a.refusal_reason == "topic_absent"
    assert a.answer == "Các văn bản hiện có không nhắc đến «năng lượng hạt nhân», nên không thể trả lời câu hỏi này."
    b = assistant.ask("Kế hoạch 21 nói gì về vai trò hạt nhân lãnh đạo của Đảng?")
    assert not b.refused and "hạt nhân lãnh đạo" in b.answer
