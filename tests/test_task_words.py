"""How a question to the task table is read when it mixes English words into Vietnamese ("list các task", "deadline",
"owner") or asks for every deadline ("các hạn chót"): the task table answers with every row, a deadline list only the
dated ones. Each with sentences that must not be read so. Own sentences, not eval questions."""
import pytest

from rag.answerers.work.task_query import PrintedDue, due_asked, read_question
from rag.tables.tasks import DueFilter
from rag.pipeline import get_assistant
from rag.question.loanwords import vietnamese_for_loanwords
from rag.question.route import understand as _understand
from rag.text import fold


def understand(q, docs):
    """The question read as rag.pipeline reads it: its English words for a text's shape read as Vietnamese first."""
    return _understand(vietnamese_for_loanwords(q), docs)


@pytest.fixture(scope="module")
def assistant(built_index):
    return get_assistant(built_index)


@pytest.fixture(scope="module")
def rows(assistant):
    return assistant.holder.get().tasks


@pytest.mark.parametrize("q", ["Cho mình xin các hạn chót của kế hoạch tỉnh",
                               "list deadline của KH21 giúp em",
                               "Hạn chót của các việc trong kế hoạch tỉnh là gì?",
                               "Tổng hợp hạn chót trong hai kế hoạch",
                               "deadline của các việc trong chương trình là gì"])
def test_a_list_of_deadlines_asks_the_dated_tasks(q, docs):
    assert due_asked(understand(q, docs)) == PrintedDue(dated=True)


@pytest.mark.parametrize("q", ["kế hoạch của tỉnh có cái hạn chót nào ghi rõ ngày tháng không",
                               "Kế hoạch 21 có hạn chót nào không?",
                               "Chương trình Cần Thơ có việc nào ghi rõ thời hạn hoàn thành không?",
                               "Trong kế hoạch tỉnh, nhiệm vụ nào có ghi ngày phải xong?",
                               "Hạn chót nào trong kế hoạch tỉnh?",
                               "Chẳng lẽ kế hoạch 21 không có hạn chót nào sao?",
                               "Việc gì có hạn chót ghi rõ ngày tháng?",
                               "Kế hoạch tỉnh có thời hạn nào cụ thể không?",
                               "Có mốc thời gian nào cụ thể không?",
                               "Những việc nào có hạn chót cụ thể?",
                               "nhiem vu nao co thoi han ro rang",
                               "Chương trình thành phố có cái thời hạn nào ghi rõ năm không vậy?",
                               "KH21 có deadline nào ko",
                               # review lead30 second A, B: an asking lead, a bare kind word, "hay / bắt buộc"
                               "Cho em hỏi có hạn chót nào không?",
                               "Dạ cho em hỏi có thời hạn nào cụ thể không?",
                               "Xin hỏi kế hoạch của tỉnh có hạn chót nào không?",
                               "Vậy thì Kế hoạch 21 có hạn chót nào không?",
                               "Kế hoạch này có hạn chót nào không?",
                               "Có hạn chót nào bắt buộc không?"])
def test_whether_any_or_which_deadlines_asks_the_dated_tasks(q, docs):
    assert due_asked(understand(q, docs)) == PrintedDue(dated=True)


@pytest.mark.parametrize("q", ["Việc nào ghi rõ trách nhiệm của Mặt trận?",          # no date asked
                               "Kế hoạch nào ghi ngày ban hành?",                     # a document, not a task
                               "Hạn chót để các cấp ủy ban hành kế hoạch là ngày nào?",    # one deadline
                               "Tỉnh đặt hạn chót nào cho việc học tập nghị quyết?",        # one task's
                               "Hạn chót nào phải nộp báo cáo?",
                               "Việc ban hành kế hoạch thực hiện có hạn chót nào?",
                               "Nội dung nào ghi rõ hạn chế, yếu kém?",                    # not a deadline
                               "Việc nào ghi rõ hạn chế của công tác dân vận?",
                               "Nội dung nào ghi ngày ban hành nghị quyết?",
                               "Hoạt động nào ghi rõ Ngày hội Đại đoàn kết toàn dân tộc?",
                               "Nội dung nào ghi rõ mốc lịch sử của Đảng?",
                               "Việc quán triệt nghị quyết có thời hạn nào không?",        # one task's, whether
                               "Nhiệm vụ sơ kết có hạn chót nào không ạ?",
                               "Báo cáo gửi về trước hạn chót nào?",
                               "Công tác tuyên truyền có thời hạn nào cụ thể không?",
                               # review lead30 1, 4: one task's deadline, the task said before or after it
                               "Kế hoạch 21 yêu cầu các tỉnh ban hành chương trình trong thời hạn nào?",
                               "Kế hoạch tỉnh phải báo cáo trong thời hạn nào?",
                               "Kế hoạch 21 có hạn chót nào cho việc sơ kết không?",
                               "Có thời hạn nào để nộp báo cáo không?",
                               "Báo cáo sơ kết có hạn chót nào không?",
                               "Ban Tổ chức có hạn chót nào không?",              # no body of the table
                               "Không có hạn chót nào cho việc tổng kết à?",
                               "Các tỉnh ủy có thời hạn nào phải báo cáo không?"])
def test_a_task_or_document_asked_otherwise_is_no_list_of_deadlines(q, docs, rows):
    assert due_asked(understand(q, docs), rows) != PrintedDue(dated=True)


@pytest.mark.parametrize("q", ["Có hạn chót nào trong năm 2024 không?",
                               "Việc nào ghi hạn năm 2024?",
                               "Nhiệm vụ nào ghi thời hạn hoàn thành trong năm 2024?"])
def test_a_period_asked_with_which_deadlines_filters_by_it(q, docs):
    assert due_asked(understand(q, docs)) == DueFilter(year=2024)


def test_whether_a_plan_has_dated_deadlines_is_answered_from_the_table(assistant):
    a = assistant.ask("kế hoạch của tỉnh có cái hạn chót nào ghi rõ ngày tháng không")
    assert a.mode == "tasks" and [c.unit_id for c in a.citations] == ["kh-btvtu-nq43:III.1.1.p1",
                                                                       "kh-btvtu-nq43:IV.3.p1"]
    none = assistant.ask("Chương trình Cần Thơ có việc nào ghi rõ thời hạn hoàn thành không?")
    assert none.refusal_reason == "tasks_none" and none.answer.startswith("Không có nhiệm vụ nào")


@pytest.mark.parametrize("q, who, cited", [
    ("Ban Tuyên giáo có hạn chót nào không?", "Ban Tuyên giáo", ["kh-21-2023:II.2.p1"]),
    ("Ban Dân vận Tỉnh ủy có hạn chót nào?", "Ban Dân vận Tỉnh ủy", ["kh-btvtu-nq43:IV.3.p1"]),
    ("Mặt trận Tổ quốc có thời hạn nào phải xong không?", "Mặt trận Tổ quốc", ["kh-21-2023:IV.3.g2"]),
    ("Thế còn Ban Tuyên giáo có hạn chót nào không?", "Ban Tuyên giáo", ["kh-21-2023:II.2.p1"]),
    ("Ban Tuyên giáo có hạn chót nào hay không?", "Ban Tuyên giáo", ["kh-21-2023:II.2.p1"])])
def test_a_body_asked_whether_it_has_deadlines_keeps_the_body(assistant, q, who, cited):
    a = assistant.ask(q)
    assert a.mode == "tasks" and f"giao cho «{who}»" in a.answer
    assert [c.unit_id for c in a.citations] == cited


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
    from rag.answerers.work.task_query import AnyDue
    due = due_asked(understand("Những việc nào hạn quý I/2024, còn việc nào phải xong trong năm 2025?", docs))
    assert isinstance(due, AnyDue) and [(f.year, f.quarter) for f in due.filters] == [(2024, 1), (2025, None)]
    # a goal asked after "còn" is no second deadline
    due = due_asked(understand("Việc nào phải xong trong năm 2024, còn mục tiêu nào đến năm 2030?", docs))
    assert not isinstance(due, AnyDue) and due.year == 2024


@pytest.mark.parametrize("q, periods", [
    # a timeline: the periods listed one by one, each with its own "việc nào" (no "còn")
    ("Cho mình timeline trong KH 21: việc nào xong trong tháng 12/2023, việc nào quý I/2024, việc nào năm 2025?",
     [(2023, None, 12), (2024, 1, None), (2025, None, None)]),
    ("ke hoach 21: viec nao phai xong trong thang 12/2023; viec nao trong quy I/2024?",
     [(2023, None, 12), (2024, 1, None)]),
])
def test_periods_listed_one_by_one_are_all_asked(docs, q, periods):
    from rag.answerers.work.task_query import AnyDue
    due = due_asked(understand(q, docs))
    assert isinstance(due, AnyDue) and [(f.year, f.quarter, f.month) for f in due.filters] == periods


def test_a_timeline_of_a_plan_lists_the_tasks_of_every_period(assistant):
    a = assistant.ask("Kế hoạch 21 có những mốc nào: việc nào xong trong tháng 12/2023, việc nào quý I/2024, "
                      "việc nào năm 2025?")
    cited = [c.unit_id for c in a.citations]
    assert a.mode == "tasks" and {"kh-21-2023:II.2.p1", "kh-21-2023:IV.2.g1", "kh-21-2023:IV.3.g2"} <= set(cited)


@pytest.mark.parametrize("q", ["list các task của Ban Dân vận trong kế hoạch 21",
                               "List Deadline cua KH21 giup em",
                               "deadlines của các tasks trong chương trình",
                               "cho em xin summary, main points và highlights của NQ 43, recap ngắn thôi",
                               "Overview KH21, key points la gi, summarize giup"])
def test_the_english_words_the_glossary_holds_reach_no_reader(q):
    """Every question reaches the readers through rag.pipeline._read (the current turn and, for a follow-up, the
    previous one): the English words the glossary holds are gone by then, so the readers list none of them."""
    read = fold(vietnamese_for_loanwords(q)).lower()
    for word in ("list", "task", "deadline", "summary", "summarize", "main point", "key point", "highlights",
                 "recap", "overview"):
        assert word not in read


def test_a_follow_up_reads_the_previous_turn_as_typed_like_the_current_one(assistant):
    """The previous turn typed without marks and with English words is carried as its Vietnamese reading is."""
    typed = assistant.ask("list cac task cua Ban Dan van Tinh uy")
    vietnamese = assistant.ask("liệt kê các nhiệm vụ của Ban Dân vận Tỉnh ủy")
    after_typed = assistant.ask("còn Ban Tuyên giáo?", history=[typed])
    after_vietnamese = assistant.ask("còn Ban Tuyên giáo?", history=[vietnamese])
    assert [c.unit_id for c in after_typed.citations] == [c.unit_id for c in after_vietnamese.citations]


@pytest.mark.parametrize("q", ["Các tỉnh ủy có thời hạn nào phải báo cáo không?",
                               "Ban Tuyên giáo và Ban Dân vận có hạn chót nào không?"])
def test_a_body_with_no_list_of_deadlines_asked_is_no_unfiltered_task_list(assistant, q):
    # review lead30 second B: the body read by the deadline's subject only when the dated tasks are listed
    a = assistant.ask(q)
    assert not (a.mode == "tasks" and "có hạn chót ghi ngày" not in a.answer)
