""""được ban hành" before a word of purpose asks what a document is for, not its issue date
(rag.question.intents._ISSUED_FOR_RE). Sentences written for these tests, on the real corpus."""
import pytest

from conftest import cited_ids
from rag.question.intents import intents_of
from rag.text import fold


@pytest.mark.parametrize("question", [
    "Kế hoạch 21 được ban hành nhằm đạt điều gì?",
    "Chương trình của Thành ủy Cần Thơ được ban hành để làm gì?",
    "Văn bản của tỉnh được ban hành với mục đích gì vậy đồng chí?",
    "Nghị quyết 43 được ban hành vì sao?",
])
def test_issued_for_a_purpose_asks_no_date(question):
    assert "date" not in intents_of(fold(question))


@pytest.mark.parametrize("question", [
    "Kế hoạch 21 được ban hành vào ngày nào?",
    "Chương trình của Cần Thơ được ban hành khi nào?",
    "Kế hoạch 21 được ban hành nhằm mục đích gì, vào ngày nào?",      # a question of time elsewhere
    "Nghị quyết 43 được ban hành chưa?",
])
def test_issued_asked_when_keeps_the_date(question):
    assert "date" in intents_of(fold(question))


def test_a_news_item_asked_what_the_plan_was_issued_for_quotes_its_purpose(ask):
    a = ask("Bài tin tóm tắt về Kế hoạch 21-KH/TW cho biết kế hoạch này được ban hành nhằm đạt điều gì?")
    assert not a.refused and cited_ids(a)[0] == "tin-kh21:preamble.p2"
