"""The same deadline asked of two or more documents (rag/answerers/deadlines.py): each side answered by its own
document's task with its citation, a document that prints no deadline said plainly, a question about one document
(or asking a body besides the date) left to the other answerers. Sentences of our own, on the real corpus."""
import pytest

from rag.answerers import Context, deadlines
from rag.answerers.asked_work import heads
from rag.question.route import understand

TW_PLANS = "kh-21-2023:IV.8.g1"          # Kế hoạch 21: the provinces issue their programme (quý I/2024)
PROVINCE_STUDY = "kh-btvtu-nq43:III.1.1.p1"   # the province's plan: studying the resolution (trước 10/01/2024)


def _ids(a):
    return [c.unit_id for c in a.citations]


def test_a_deadline_asked_of_two_plans_cites_each_plans_task(assistant):
    a = assistant.ask("Kế hoạch 21 giao các tỉnh ủy, thành ủy ban hành chương trình, kế hoạch hạn khi nào, còn kế hoạch "
                      "của Ban Thường vụ Tỉnh ủy hẹn quán triệt Nghị quyết xong trước ngày nào?")
    assert a.mode == "deadlines"
    assert _ids(a) == [TW_PLANS, PROVINCE_STUDY]
    assert "quý I/2024" in a.answer and "10/01/2024" in a.answer
    lines = a.answer.splitlines()
    assert lines[1].startswith("- Kế hoạch 21-KH/TW: hoàn thành trong quý I/2024") and lines[1].endswith("[1]")
    assert lines[2].startswith("- Kế hoạch của Ban Thường vụ Tỉnh ủy: hoàn thành trước 10/01/2024")


def test_the_task_that_is_the_asked_work_leads_a_long_task_naming_it_in_passing(assistant):
    # KH 21 II.3 ("… bí thư tỉnh ủy, thành ủy … chịu trách nhiệm chỉ đạo … xây dựng chương trình, kế hoạch thực hiện
    # Nghị quyết …", tháng 12/2023) carries every asked word, among many others; IV.8 is the asked work itself
    a = assistant.ask("Theo Kế hoạch 21 thì tỉnh ủy, thành ủy ra chương trình, kế hoạch thực hiện nghị quyết hạn khi nào, "
                      "còn kế hoạch tỉnh hẹn quán triệt xong ngày nào?")
    assert a.mode == "deadlines"
    assert _ids(a)[0] == TW_PLANS
    assert "kh-21-2023:II.3.p1" not in _ids(a)
    assert PROVINCE_STUDY in _ids(a)


def test_a_document_that_prints_no_deadline_is_said_plainly(assistant):
    a = assistant.ask("Về quán triệt nghị quyết: Kế hoạch 21 hẹn xong khi nào, kế hoạch của tỉnh hẹn ngày nào, còn "
                      "chương trình Cần Thơ thì bao giờ?")
    assert a.mode == "deadlines"
    assert PROVINCE_STUDY in _ids(a)
    assert not any(c.doc_id == "ct-tucantho-nq43" for c in a.citations)
    assert a.answer.splitlines()[-1] == "- Chương trình của Thành ủy Cần Thơ: văn bản không ghi thời hạn cho việc này."


def test_typed_without_marks_the_same_tasks_are_cited(assistant):
    a = assistant.ask("ke hoach 21 bat cac tinh uy ra chuong trinh, ke hoach khi nao, con ben tinh thi quan triet xong "
                      "truoc ngay nao")
    assert a.mode == "deadlines"
    assert _ids(a) == [TW_PLANS, PROVINCE_STUDY]


def test_a_deadline_of_one_document_is_left_to_the_other_answerers(assistant, index):
    for q in ("Kế hoạch 21 giao các tỉnh ủy, thành ủy ban hành chương trình, kế hoạch hoàn thành khi nào?",
              # the resolution is what is carried out, not a second side
              "Kế hoạch của tỉnh yêu cầu quán triệt Nghị quyết 43 hoàn thành trước ngày nào?"):
        u = understand(q, index.docs)
        assert deadlines.answer(Context(question=q, u=u, index=index)) is None, q
        assert assistant.ask(q).mode != "deadlines", q


def test_a_body_asked_besides_the_date_is_left_to_the_other_answerers(index):
    q = "Kế hoạch 21 và kế hoạch của tỉnh giao ban nào theo dõi, đôn đốc, báo cáo trước ngày nào?"
    u = understand(q, index.docs)
    assert deadlines.answer(Context(question=q, u=u, index=index)) is None
    # without the body asked, the same two plans are sides of one deadline
    q = "Kế hoạch 21 hẹn tỉnh ủy ban hành chương trình khi nào, kế hoạch của tỉnh hẹn báo cáo hằng năm trước ngày nào?"
    got = deadlines.answer(Context(question=q, u=understand(q, index.docs), index=index))
    assert got is not None and [c.unit_id for c in got.citations] == [TW_PLANS, "kh-btvtu-nq43:IV.3.p1"]


def test_the_work_asked_after_the_last_side_is_asked_of_every_side(assistant):
    # the first side says no work of its own and nothing precedes it: the work said after the last side is asked of it
    a = assistant.ask("Kế hoạch 21 và kế hoạch của tỉnh: mỗi bên hẹn quán triệt nghị quyết xong khi nào?")
    assert a.mode == "deadlines"
    assert [c.doc_id for c in a.citations] == ["kh-21-2023", "kh-btvtu-nq43"]
    assert "không ghi thời hạn" not in a.answer
    assert PROVINCE_STUDY in _ids(a)


@pytest.mark.parametrize("ask, work", [
    ("còn tỉnh thì hạn xây dựng nhà văn hóa là ngày nào?", {"nha_van"}),                     # the object, not "xây dựng"
    ("bắt tỉnh ủy, thành ủy ban hành chương trình, kế hoạch xong khi nào", {"chuong_trinh", "ke_hoach"}),
    ("yêu cầu quán triệt xong trước ngày nào?", {"quan_triet"}),        # no object: the verb; "yêu cầu" governs it
    ("thì việc quán triệt phải xong trước ngày nào", {"quan_triet"}),   # a modal of one syllable after it governs nothing
    ("đặt hạn quán triệt tới cán bộ, đảng viên là ngày nào?", {"quan_triet"}),              # "tới …" is no object
    ("hạn quán triệt là bao giờ?", {"quan_triet"}),           # tagged a noun before "là", the only verb: its nouns
    ("thì năm nào?", set()),                                                                 # no work named
])
def test_the_head_words_of_the_asked_work(ask, work):
    assert heads(ask) == work


def test_a_work_no_task_of_a_side_carries_is_left_to_the_other_answerers(index):
    # the province's dated tasks share "xây dựng" ("… đổi mới, xây dựng và bảo vệ Tổ quốc") but none builds a house
    q = "Trung ương bắt tỉnh ủy, thành ủy ban hành kế hoạch xong khi nào, còn tỉnh thì hạn xây dựng nhà văn hóa là ngày nào?"
    assert deadlines.answer(Context(question=q, u=understand(q, index.docs), index=index)) is None
    # the same question asking a work the province's plan dates is answered by that task
    q = "Trung ương bắt tỉnh ủy, thành ủy ban hành kế hoạch xong khi nào, còn tỉnh thì hạn quán triệt là ngày nào?"
    got = deadlines.answer(Context(question=q, u=understand(q, index.docs), index=index))
    assert got is not None and [c.unit_id for c in got.citations] == [TW_PLANS, PROVINCE_STUDY]


def test_words_an_ask_shares_with_a_task_besides_its_work_choose_no_task(assistant):
    # the province's side names bodies and no work ("… các đoàn thể tụi chị khi nào bắt tay vô làm"); the Ban Dân
    # vận's yearly report (IV.3, "trước ngày 25/12") shares words with it but is not the work asked
    a = assistant.ask("Chị hỏi nè: trên trung ương bắt Mặt trận làm Chiến lược đại đoàn kết tới khi nào xong, còn ở "
                      "tỉnh thì Mặt trận tỉnh với các đoàn thể tụi chị khi nào bắt tay vô làm?")
    assert _ids(a)[0] == "kh-21-2023:IV.3.g2"
    assert "kh-btvtu-nq43:IV.3.p1" not in _ids(a)


def test_a_level_qualifying_a_body_is_no_side_where_its_plan_is_named(index):
    # "HĐND tỉnh" names the province's council; the province's plan is named as "KH của BTV TU", its own side
    q = "HĐND tỉnh và Đảng đoàn Quốc hội: KH 21 và KH của BTV TU hẹn thể chế hóa nghị quyết xong khi nào?"
    found = deadlines.sides(understand(q, index.docs), index.docs, index.tasks, [])
    assert [s.docs for s in found] == [["kh-21-2023"], ["kh-btvtu-nq43"]]
    # a level said with no plan of it named is a side
    q = "Mặt trận ở trung ương hoàn thành Chiến lược khi nào, còn Mặt trận ở tỉnh triển khai lúc nào?"
    found = deadlines.sides(understand(q, index.docs), index.docs, index.tasks, [])
    assert [s.docs for s in found] == [["kh-21-2023"], ["kh-btvtu-nq43"]]
