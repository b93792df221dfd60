"""Overview and structure question forms that transfer to new askers: the asker's own purpose and asides left out,
"why was it issued" answered by the document's account of the situation, a news item routed by "bài báo đưa tin
<văn bản>", "ngoài X ra còn ai" leaving X out, a count to check and the n-th item quoted in full. Literal
questions (worded for these tests) on the real corpus."""
import pytest

from rag.answerers.forms import reason_asked
from rag.answerers.document.qualifiers import without_aside, without_context
from rag.question.route import understand
from rag.tables.outline import outline_of
from rag.answerers.document.purpose import situation_node
from rag.text import fold


def kept(question: str, fn) -> str:
    """What `fn` leaves of the folded question (same offsets), spaces collapsed."""
    f = fold(question).lower()
    g = fn(f)
    assert len(g) == len(f)
    return " ".join(g.split())


@pytest.mark.parametrize("question, left", [
    # the asker's purpose closing the question: "để tôi …", "để báo cáo …"
    ("Nghị quyết 43 nói về gì, để tôi nói lại với chi bộ?", "nghi quyet 43 noi ve gi, ?"),
    ("Kế hoạch 21 có mục đích gì? cần nắm để báo cáo thường trực", "ke hoach 21 co muc dich gi?"),
    # a sentence of the asker's with its subject left out, beside a question
    ("Đang viết bài tuyên truyền. Nghị quyết 43 nói gì?", "nghi quyet 43 noi gi?"),
])
def test_without_context_leaves_out_the_askers_purpose(question, left):
    assert kept(question, without_context) == left


@pytest.mark.parametrize("question", [
    "Nghị quyết 43 đề ra giải pháp gì để tới năm 2030 đạt mục tiêu?",     # "để tới năm": no asker
    "Các cấp ủy phải làm gì để phát huy vai trò của Nhân dân?",           # a purpose inside the document
])
def test_without_context_keeps_a_purpose_of_the_document(question):
    assert kept(question, without_context) == " ".join(fold(question).lower().split())


@pytest.mark.parametrize("question, left", [
    # read with its accents: "Đảng", "Vừa qua <body>", "Sắp tới chi bộ học về …", "Cần Thơ" are not the asker
    ("Đảng ta giao việc vận động đồng bào tôn giáo. Cụ thể là những gì?",
     "dang ta giao viec van dong dong bao ton giao. cu the la nhung gi?"),
    ("Vừa qua Bộ Chính trị có giao việc cho Ban Tuyên giáo Trung ương. Theo đó cụ thể là việc gì?",
     "vua qua bo chinh tri co giao viec cho ban tuyen giao trung uong. theo do cu the la viec gi?"),
    ("Sắp tới chi bộ học về chính sách với kiều bào. Văn bản nói gì?",
     "sap toi chi bo hoc ve chinh sach voi kieu bao. van ban noi gi?"),
    ("Cần Thơ giao việc cho hội nông dân. Cụ thể thế nào?", "can tho giao viec cho hoi nong dan. cu the the nao?"),
    # an activity the document assigns, not the asker's: no complete question before it, no audience of the asker's
    ("Kế hoạch tỉnh yêu cầu gì để báo cáo kết quả với Thường trực Tỉnh ủy?",
     "ke hoach tinh yeu cau gi de bao cao ket qua voi thuong truc tinh uy?"),
    ("Cấp ủy cần làm gì để phổ biến nghị quyết?", "cap uy can lam gi de pho bien nghi quyet?"),
    ("Nghị quyết 43 đặt mục tiêu gì để tới 2030?", "nghi quyet 43 dat muc tieu gi de toi 2030?"),
    # the asker's, read with accents
    ("Đang viết bài tuyên truyền. Văn bản nói về mục tiêu gì?", "van ban noi ve muc tieu gi?"),
    ("Văn bản nói gì, để báo cáo Ban Thường trực?", "van ban noi gi, ?"),
    ("Tóm tắt nội dung chính để phổ biến cho chi bộ", "tom tat noi dung chinh"),
])
def test_without_context_reads_the_typed_question(question, left):
    f = fold(question).lower()
    g = without_context(f, typed=question)
    assert len(g) == len(f)
    assert " ".join(g.split()) == left


def test_without_aside_leaves_out_a_clause_after_a_complete_question():
    assert kept("Bài báo tóm lại nói những ý nào, anh em ở huyện đọc không kịp.", without_aside) == \
        "bai bao tom lai noi nhung y nao,"
    # a clause that asks something itself, or asks for a summary, stays
    assert kept("Nghị quyết 43 có những nội dung lớn gì, tóm gọn giúp tôi", lambda f: without_aside(f, ("tom gon",))) == \
        "nghi quyet 43 co nhung noi dung lon gi, tom gon giup toi"
    assert kept("Nghị quyết nói những ý nào, phần nào dài nhất?", without_aside) == \
        "nghi quyet noi nhung y nao, phan nao dai nhat?"
    # a clause that narrows the question to one topic stays
    assert kept("Kế hoạch 21 tóm lại nói những gì, phần về báo chí thôi", without_aside) == \
        "ke hoach 21 tom lai noi nhung gi, phan ve bao chi thoi"
    assert kept("Văn bản tóm lại nói gì, nhất là với kiều bào", without_aside) == \
        "van ban tom lai noi gi, nhat la voi kieu bao"


def test_summary_narrowed_to_a_topic_quotes_that_topic(ask):
    r = ask("Kế hoạch 21 tóm lại nói những gì, phần về báo chí thôi")
    assert r.mode != "overview" and not r.refused
    assert r.citations[0].unit_id == "kh-21-2023:II.2.p1"


@pytest.mark.parametrize("question, asked", [
    ("nghi quyet ra doi trong boi canh nao", True),
    ("sao trung uong con phai ra them nghi quyet moi", True),
    ("vi sao phai phat huy vai tro cua cuu chien binh", False),
    ("ban sao y gui cho ai", False),
])
def test_reason_asked(question, asked):
    assert reason_asked(question) is asked


def test_news_item_named_by_what_it_reports(index):
    u = understand("Bài báo đưa tin Kế hoạch 21 nói những gì?", index.docs)
    assert u.routed[0] == "tin-kh21"
    u = understand("Bài báo đưa tin về Kế hoạch 21 nói những gì?", index.docs)
    assert u.routed[0] == "tin-kh21"


def test_situation_part_is_the_account_before_the_purpose(index):
    node = situation_node(outline_of(index, "nq-43-2023"))
    assert (node.label, node.title, len(node.units)) == ("I", "Tình hình", 5)
    assert situation_node(outline_of(index, "kh-21-2023")) is None          # part I is "Mục đích, yêu cầu"


def test_why_issued_quotes_the_situation(ask):
    a = ask("Nghị quyết 43 ra đời trong bối cảnh nào, để tôi nói lại với chi bộ?")
    assert a.mode == "overview" and not a.refused
    assert [c.unit_id for c in a.citations][:2] == ["nq-43-2023:I.p1.s1", "nq-43-2023:I.p1.s2"]
    assert "hiệu quả chưa cao" in a.answer and "thu nhập cao vào năm 2045" in a.answer


def test_news_overview_quotes_its_opening_with_the_count(ask):
    a = ask("Bài báo đưa tin Kế hoạch 21 tóm lại nói những ý nào, anh em ở xã đọc không kịp.")
    assert a.mode == "overview"
    assert a.citations[0].unit_id == "tin-kh21:preamble.p1"
    assert "06 nhóm nhiệm vụ trọng tâm" in a.answer


def test_besides_one_body_lists_the_others(ask):
    a = ask("Phần tổ chức thực hiện của Nghị quyết 43, ngoài Ban Tuyên giáo Trung ương ra còn giao cho những cơ "
            "quan nào?")
    ids = [c.unit_id for c in a.citations]
    assert "ngoài mục 6 (Ban Tuyên giáo Trung ương), còn 6 mục" in a.answer
    assert "nq-43-2023:IV.6.p1" not in ids and ids[0] == "nq-43-2023:IV.1.p1"


def test_nth_item_is_quoted_whole(ask):
    a = ask("Trong kế hoạch của tỉnh, nhiệm vụ trọng tâm thứ tư là gì?")
    assert a.citations[0].unit_id == "kh-btvtu-nq43:II.4.p1"
    assert "phong trào thi đua yêu nước" in a.answer


def test_count_to_check_is_attested_by_the_items_listed_in_full(ask):
    a = ask("Mục nhiệm vụ cụ thể trong kế hoạch của tỉnh chia thành bốn nhóm, đúng không?")
    assert a.answer.startswith("Kế hoạch của Ban Thường vụ Tỉnh ủy, III. Nhiệm vụ cụ thể, gồm 4 nhóm:")
    assert "nhóm cuối là" not in a.answer
    assert a.citations[0].unit_id == "kh-btvtu-nq43:III.1.1.p1"


def test_news_item_named_with_its_reporting_verb_asks_no_topic(ask):
    # "<kind word> đưa tin" names the news item; "đưa tin" is not a topic the item should print
    r = ask("Bài báo đưa tin kế hoạch 21 cho biết vì sao kế hoạch ra đời?")
    assert not r.refused
    assert "đưa tin" not in r.answer.split("\n")[0]


@pytest.mark.parametrize("question, asked", [
    ("Vì sao Nghị quyết 43 lại đề ra mục tiêu đến năm 2045?", False),     # what is made is a goal, not the document
    ("Vì sao cần ra sức thực hiện Nghị quyết 43?", False),
    ("Tại sao lại đề ra mục tiêu như vậy?", False),
    ("Vì sao phải ban hành Nghị quyết 43?", True),
    ("Nghị quyết 43 có mục tiêu gì và vì sao phải ban hành?", True),
    ("Cho biết vì sao kế hoạch ra đời?", True),
    ("Vì sao Trung ương còn phải ra thêm      về việc này?", True),        # the document's name blanked
])
def test_why_issued_needs_the_document_as_what_is_made(question, asked):
    assert reason_asked(fold(question).lower()) is asked


def test_why_issued_with_a_goal_quotes_situation_and_goal(ask):
    r = ask("Nghị quyết 43 có mục tiêu gì và vì sao phải ban hành?")
    ids = [c.unit_id for c in r.citations]
    assert ids[0] == "nq-43-2023:I.p1.s1" and "nq-43-2023:II.2.p1" in ids


def test_why_a_goal_was_set_quotes_the_goal(ask):
    r = ask("Vì sao Nghị quyết 43 lại đề ra mục tiêu đến năm 2045?")
    assert r.citations[0].unit_id == "nq-43-2023:II.2.p1"
