""""được ban hành" asks the issue date only at the end of its clause or before a word of time; before anything
else (a purpose, a ground, a place, an issuer) it asks that (rag.question.intents._ISSUED_FOR_RE). Sentences written for these tests, on the real corpus."""
import pytest

from conftest import cited_ids
from rag.question.intents import intents_of
from rag.text import fold


@pytest.mark.parametrize("question", [
    "Kế hoạch 21 được ban hành nhằm đạt điều gì?",
    "Chương trình của Thành ủy Cần Thơ được ban hành để làm gì?",
    "Văn bản của tỉnh được ban hành với mục đích gì vậy đồng chí?",
    "Nghị quyết 43 được ban hành vì sao?",
    "Chương trình của Cần Thơ được ban hành với những mục tiêu gì?",
    "Kế hoạch 21 được ban hành hướng tới điều gì?",
    "Kế hoạch của tỉnh được ban hành theo nghị quyết nào?",
    "Kế hoạch 21 được ban hành kèm theo văn bản nào?",
    "Kế hoạch 21 được ban hành căn cứ vào đâu?",
    "Nghị quyết 43 được ban hành tại hội nghị nào?",
    "Nghị quyết 43 được ban hành trong bối cảnh nào?",
    "Nghị quyết 43 được ban hành rồi, vậy tỉnh phải làm gì?",
    "Nghị quyết 43 được ban hành, các cấp ủy phải làm gì?",
    "Các nghị quyết được ban hành trước đây về đại đoàn kết là gì?",
    "Kế hoạch của tỉnh được ban hành sau khi có văn bản nào?",
])
def test_issued_for_a_purpose_asks_no_date(question):
    assert "date" not in intents_of(fold(question))


@pytest.mark.parametrize("question", [
    "Kế hoạch 21 được ban hành vào ngày nào?",
    "Chương trình của Cần Thơ được ban hành khi nào?",
    "Kế hoạch 21 được ban hành nhằm mục đích gì, vào ngày nào?",      # a question of time elsewhere
    "Nghị quyết 43 được ban hành chưa?",
    "Kế hoạch 21 được ban hành để làm gì và vào ngày nào?",
    "Nghị quyết 43 được ban hành trước hay sau Kế hoạch 21?",
    "Kế hoạch của tỉnh được ban hành năm 2024 phải không?",
    "Văn bản nào được ban hành gần đây nhất?",
    "Chương trình Cần Thơ được ban hành rồi à?",
    "Kế hoạch 21 được ban hành chưa anh?",
    "Nghị quyết 43 được ban hành đã lâu chưa?",
])
def test_issued_asked_when_keeps_the_date(question):
    assert "date" in intents_of(fold(question))


def test_a_news_item_asked_what_the_plan_was_issued_for_quotes_its_purpose(ask):
    a = ask("Bài tin tóm tắt về Kế hoạch 21-KH/TW cho biết kế hoạch này được ban hành nhằm đạt điều gì?")
    assert not a.refused and cited_ids(a)[0] == "tin-kh21:preamble.p2"
