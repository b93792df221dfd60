""""ra" (issued) right before a question of time asks the issue date ("chỉ thị đó ra ngày nào"); the "ra" of a verb
it completes ("diễn ra", "xảy ra", "đề ra", "đưa ra") does not (rag.question.intents). Sentences written for these
tests."""
import pytest

from rag.question.intents import intents_of
from rag.text import fold


@pytest.mark.parametrize("question", [
    "Quyết định đó ra ngày nào?", "Công văn này do ai ra, ra hôm nào?", "Nghị quyết số 5 ra hồi nào vậy?",
    "Thông báo của tỉnh ra khi nào?",
])
def test_ra_before_a_question_of_time_asks_the_issue_date(question):
    assert "date" in intents_of(fold(question).lower())


@pytest.mark.parametrize("question", [
    "Hội nghị sơ kết diễn ra khi nào?", "Sự việc xảy ra hôm nào?", "Kết luận được đưa ra lúc nào?",
    "Mục tiêu đề ra bao giờ thì đạt?", "Đoàn kiểm tra đi ra huyện ngày nào?",
])
def test_the_ra_of_another_verb_is_no_issue(question):
    assert "date" not in intents_of(fold(question).lower())


def test_issued_date_asked_with_ra_is_answered_from_the_header(ask):
    a = ask("Nghị quyết 43 ra ngày nào thế?")
    assert not a.refused and a.citations[0].unit_id == "nq-43-2023:header"
