"""How a question to the task table is read when it mixes English words into Vietnamese ("list các task", "deadline",
"owner") or asks for every deadline ("các hạn chót"): the task table answers with every row, a deadline list only the
dated ones. Each with sentences that must not be read so. Own sentences, not eval questions."""
import pytest

from rag.answerers.task_query import PrintedDue, due_asked, read_question
from rag.pipeline import get_assistant
from rag.question.route import understand


@pytest.fixture(scope="module")
def assistant(built_index):
    return get_assistant(built_index)


@pytest.fixture(scope="module")
def rows(assistant):
    return assistant.holder.get().tasks


@pytest.mark.parametrize("q", ["Cho mình xin các hạn chót của kế hoạch tỉnh",
                               "list deadline của KH21 giúp em",
                               "Tổng hợp hạn chót trong hai kế hoạch",
                               "deadline của các việc trong chương trình là gì"])
def test_a_list_of_deadlines_asks_the_dated_tasks(q, docs):
    assert due_asked(understand(q, docs)) == PrintedDue(dated=True)


@pytest.mark.parametrize("q", ["Hạn chót để ban hành kế hoạch là khi nào?",       # one deadline, of one task
                               "Kế hoạch tỉnh có những mốc thời gian nào?",        # every printed deadline, as before
                               "Phần chót của kế hoạch nói gì?"])
def test_one_deadline_or_a_landmark_is_no_list_of_deadlines(q, docs):
    assert due_asked(understand(q, docs)) != PrintedDue(dated=True)


def test_deadline_list_cites_every_dated_task_and_no_recurring_one(assistant):
    a = assistant.ask("list giúp em các deadline trong kế hoạch tỉnh")
    assert a.mode == "tasks"
    cited = [c.unit_id for c in a.citations]
    assert cited == ["kh-btvtu-nq43:III.1.1.p1", "kh-btvtu-nq43:IV.3.p1"]     # 10/01/2024; 25/12 each year
    assert "thường xuyên" not in a.answer.split("\n", 1)[1]


def test_english_task_and_owner_words(assistant, rows, docs):
    q = read_question(understand("list các task của Ban Dân vận trong kế hoạch 21", docs), rows)
    assert q is not None and q.assignee == "Ban Dân vận"
    q = read_question(understand("owner của việc xây dựng Chiến lược đại đoàn kết là ai?", docs), rows)
    assert q is not None and q.chair_text.startswith("xây dựng Chiến lược đại đoàn kết")
    a = assistant.ask("owner của việc xây dựng Chiến lược đại đoàn kết là ai?")
    assert a.mode == "tasks" and a.citations[0].unit_id == "kh-21-2023:IV.3.g2"


@pytest.mark.parametrize("q", ["Ông chủ doanh nghiệp được nghị quyết nhắc đến thế nào?",
                               "Nghị quyết nói gì về tầng lớp doanh nhân?"])
def test_no_task_word_no_task_question(q, rows, docs):
    assert read_question(understand(q, docs), rows) is None


def test_a_second_period_asked_in_contrast(docs):
    from rag.answerers.task_query import AnyDue
    due = due_asked(understand("Những việc nào hạn quý I/2024, còn việc nào phải xong trong năm 2025?", docs))
    assert isinstance(due, AnyDue) and [(f.year, f.quarter) for f in due.filters] == [(2024, 1), (2025, None)]
    # a goal asked after "còn" is no second deadline
    due = due_asked(understand("Việc nào phải xong trong năm 2024, còn mục tiêu nào đến năm 2030?", docs))
    assert not isinstance(due, AnyDue) and due.year == 2024
