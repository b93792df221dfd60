"""A part of a two-part question that asks by when (rag/answerers/parts.py): a time asked by its noun ("trước mốc
nào") asks a date as "ngày nào" does, and a first candidate that prints no time at all gives way to a dated task
that says the part's words. Sentences of our own, on the real corpus."""
import pytest

from rag.answerers.parts import asks_by_when
from rag.pipeline import get_assistant
from rag.question.route import understand


@pytest.fixture(scope="module")
def assistant(built_index):
    return get_assistant(built_index)


@pytest.mark.parametrize("text", ["việc quán triệt phải xong trước mốc nào", "hội nghị tổng kết đến thời điểm nào",
                                  "việc đó hoàn thành trước ngày nào", "xong khi nào"])
def test_a_time_asked(docs, text):
    assert asks_by_when(understand(text, docs))


@pytest.mark.parametrize("text", ["mốc son nào của khối đại đoàn kết được nhắc lại", "ai chủ trì việc quán triệt"])
def test_no_time_asked(docs, text):
    # "mốc son" is a landmark, not a time
    assert not asks_by_when(understand(text, docs))
