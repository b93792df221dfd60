"""Questions asked of several documents at once, on the real corpus: several years in one deadline filter, a body
asked about in documents listed by name (a kind's code before a name), documents named by their count and kind,
the documents each one relies on ("luật hay chỉ thị nào"), and one topic asked of each document in a clause of its
own (not split as a two-part question). Each with a question that must not be taken that way."""
import pytest

from rag.answerers.work.asked import clause_documents, topic_of
from rag.answerers.work.listed import counted_documents, kinds_asked, named_documents
from rag.answerers.work.task_query import AnyDue, due_asked, read_question
from rag.pipeline import get_assistant
from rag.question.route import understand
from rag.tables.tasks import DueFilter


@pytest.fixture(scope="module")
def assistant(built_index):
    return get_assistant(built_index)


def _years(due) -> list[int]:
    return [f.year for f in due.filters] if isinstance(due, AnyDue) else [due.year]


def test_several_years_in_one_deadline_filter(docs):
    assert _years(due_asked(understand("Nhiệm vụ nào có hạn xong trong năm 2024 hay năm 2025?", docs))) == [2024, 2025]
    assert _years(due_asked(understand("Việc gì phải hoàn thành trong năm 2024, 2025 và 2026?", docs))) == [2024, 2025, 2026]
    assert _years(due_asked(understand("Những việc nào hạn năm 2024-2026?", docs))) == [2024, 2025, 2026]
    # a horizon after the year is no second deadline
    assert due_asked(understand("Việc nào phải xong trong năm 2024, đến năm 2030 đạt mục tiêu gì?", docs)) == \
        DueFilter(year=2024)


def test_tasks_due_in_either_year_are_all_listed(assistant):
    a = assistant.ask("Trong Kế hoạch 21, việc nào phải hoàn thành trong năm 2024 hoặc 2025?")
    assert a.mode == "tasks" and a.answer.startswith("4 nhiệm vụ trong 1 văn bản (thời hạn năm 2024 hoặc năm 2025)")
    cited = {c.unit_id for c in a.citations}
    assert {"kh-21-2023:IV.2.g1", "kh-21-2023:IV.3.g2", "kh-21-2023:IV.6.p1", "kh-21-2023:IV.8.g1"} <= cited


def test_a_body_asked_in_documents_listed_after_a_colon(assistant, docs):
    # the list names the Cần Thơ programme by the lowercase code "ct" before its place
    u = understand("Những việc giao cho Ban Tuyên giáo ở hai văn bản: kh21 với ct cần thơ", docs)
    assert named_documents(u, docs) == ["kh-21-2023", "ct-tucantho-nq43"]
    assert read_question(u, assistant.holder.get().tasks).assignee == "Ban Tuyên giáo"
    a = assistant.ask("Những việc giao cho Ban Tuyên giáo ở hai văn bản: kh21 với ct cần thơ")
    assert a.mode == "tasks"
    # the central plan's task that the city's programme repeats first (rag.answerers.work.counterparts), with the
    # heading that names its body
    assert [c.unit_id for c in a.citations] == ["kh-21-2023:IV.5.p1", "kh-21-2023:IV.5", "kh-21-2023:II.2.p1",
                                                "ct-tucantho-nq43:IV.6.p1"]
    # levels listed (not documents by name) still mean every document that has the body
    a = assistant.ask("Ban Tuyên giáo ở trung ương, ở tỉnh và ở Cần Thơ được giao những nhiệm vụ gì?")
    assert {c.doc_id for c in a.citations} == {"nq-43-2023", "kh-21-2023", "kh-btvtu-nq43", "ct-tucantho-nq43"}


def test_documents_named_by_their_count_and_kind(assistant, docs):
    got = counted_documents(understand("Về đấu tranh phản bác quan điểm sai trái, so sánh hai kế hoạch", docs), docs)
    assert got and got[1] == ["kh-21-2023", "kh-btvtu-nq43"]
    # a count the catalog does not hold, and "văn bản" (no kind), name no documents
    assert counted_documents(understand("So sánh ba kế hoạch về công tác dân vận", docs), docs) is None
    assert counted_documents(understand("Hai văn bản nói gì về công tác dân vận?", docs), docs) is None
    a = assistant.ask("So sánh vai trò của Ban Tuyên giáo trong hai kế hoạch")
    assert a.mode == "tasks" and {c.doc_id for c in a.citations} == {"kh-21-2023", "kh-btvtu-nq43"}
    a = assistant.ask("Việc định hướng báo chí tuyên truyền nghị quyết: trung ương giao ban nào, tỉnh giao ban nào? "
                      "So giúp tôi hai kế hoạch.")
    assert a.mode == "across"
    assert {c.doc_id for c in a.citations} == {"kh-21-2023", "kh-btvtu-nq43"}
    assert "Ban Tuyên giáo Trung ương" in a.answer and "Ban Tuyên giáo Tỉnh ủy" in a.answer


def test_a_count_and_kind_asked_about_names_no_documents(docs):
    # a count and kind followed by an asking word is the thing asked about (what is to be drawn up), not two held plans
    assert counted_documents(understand("Tỉnh ủy phải lập hai kế hoạch gì để tuyên truyền?", docs), docs) is None
    assert counted_documents(understand("Ban chỉ đạo cần ban hành ba nghị quyết nào?", docs), docs) is None
    # the same count and kind naming the documents compared still names them
    got = counted_documents(understand("Trong hai kế hoạch, việc tuyên truyền giao cho ai?", docs), docs)
    assert got and got[1] == ["kh-21-2023", "kh-btvtu-nq43"]


def test_the_documents_each_relies_on(assistant, docs):
    u = understand("Về công tác tôn giáo, kế hoạch của tỉnh và chương trình Cần Thơ mỗi bên dựa vào luật hay chỉ thị nào?", docs)
    assert kinds_asked(u)[1] == ["Luật", "Chỉ thị"]
    assert topic_of(u, docs).text == "công tác tôn giáo"
    a = assistant.ask("Về công tác tôn giáo, kế hoạch của tỉnh và chương trình Cần Thơ mỗi bên dựa vào luật hay chỉ thị nào?")
    assert a.mode == "across"
    assert [c.unit_id for c in a.citations] == ["kh-btvtu-nq43:III.1.4.p1", "ct-tucantho-nq43:III.2.g10"]
    assert "Luật Tín ngưỡng - Tôn giáo" in a.answer and "Chỉ thị số 18-CT/TW" in a.answer
    # which held documents say something ("những kế hoạch nào nói về …"), and no kind asked: none
    assert kinds_asked(understand("Những kế hoạch nào nói về người cao tuổi?", docs)) is None
    assert kinds_asked(understand("Công tác tôn giáo được nói ở đâu trong Nghị quyết 43?", docs)) is None


def test_one_topic_asked_of_each_document_in_its_own_clause(assistant, docs):
    q = "Việc “tiếp xúc, đối thoại với Nhân dân” — Nghị quyết 43 đặt ở mục nào, còn kế hoạch tỉnh có đưa vào không?"
    assert clause_documents(understand(q, docs)) == ["nq-43-2023", "kh-btvtu-nq43"]
    a = assistant.ask(q)
    # the topic is quoted and both documents print it word for word: rag.answerers.printed.quoted lists where
    assert a.mode == "quoted" and "«tiếp xúc, đối thoại với Nhân dân»" in a.answer
    assert {c.doc_id for c in a.citations} == {"nq-43-2023", "kh-btvtu-nq43"}
    assert "› 1.8:" in a.answer
    # said without quotes, each document is searched for it
    a = assistant.ask(q.replace("“", "").replace("”", ""))
    assert a.mode == "across" and {c.doc_id for c in a.citations} == {"nq-43-2023", "kh-btvtu-nq43"}
    # a clause with a topic of its own beside its document is a two-part question
    q = "Nghị quyết 43 nói gì về trí thức, còn kế hoạch tỉnh thì giao ai làm?"
    assert clause_documents(understand(q, docs)) == []
    assert assistant.ask(q).mode == "parts"
