"""Southern spoken words for the shape of a text and for asking about it: "nhiêu" for "bao nhiêu", "khúc" for a
stretch of the text, "cái chót" for the last one, and a point addressed by its dotted number after a counted noun
("việc 4.2") (rag.question.southern, rag.answerers.forms, rag.question.split), on the real corpus."""
import pytest

from rag.question.southern import standard_for_southern
from conftest import cited_ids


@pytest.mark.parametrize("typed, read", [
    ("Phần IV giao cho nhiêu đầu mối?", "Phần IV giao cho bao nhiêu đầu mối?"),
    ("Nhiêu ý vậy?", "Bao nhiêu ý vậy?"),
    ("Khúc cuối chương trình nói gì?", "Phần cuối chương trình nói gì?"),
    ("khúc giao cho Mặt trận có mấy ý", "phần giao cho Mặt trận có mấy ý"),
    ("Kế hoạch tỉnh khúc nói về tôn giáo có nhiêu ý?", "Kế hoạch tỉnh phần nói về tôn giáo có bao nhiêu ý?"),
    ("Nghị quyết 43 khúc III giao mấy việc?", "Nghị quyết 43 phần III giao mấy việc?"),
])
def test_southern_words_are_read_as_the_standard_ones(typed, read):
    assert standard_for_southern(typed) == read


@pytest.mark.parametrize("typed", [
    "Kế hoạch giao cho bao nhiêu đầu mối?",                 # already the standard word
    "Kế hoạch giao cho nhiều đầu mối không?",                # "nhiều" (many) is no count asked
    "ke hoach giao cho nhieu dau moi",                       # typed without marks: left to the re-accenting
    "Có khúc mắc gì về chính sách tôn giáo không?",          # a snag, no stretch of the text
    "Kiều bào là khúc ruột ngàn dặm, nghị quyết nói gì?",    # a saying
    "Ca khúc nào được nhắc?",
    # (review of session 23, findings 1 and 2)
    "Chỉ nhiêu đó thôi hả?",                                 # "that much", nothing counted
    "Kênh Nhiêu Lộc có trong chương trình Cần Thơ không?",   # a name
    "Kế hoạch giao cho bao  nhiêu đầu mối?",                 # the standard word, typed with two spaces
    "Dòng sông uốn khúc, nghị quyết có nói gì không?",
    "Khúc khải hoàn được nhắc ở đâu?",
    "Nhân vật Khúc Thừa Dụ có được nhắc không?",
    "Ông họ Khúc nói gì về đoàn kết?",                       # a surname before a word that would place a stretch
    "Kế hoạch có nói cải cách hành chính cho bớt nhiêu khê không?",   # cumbersome
])
def test_other_words_are_left_alone(typed):
    assert standard_for_southern(typed) == typed


@pytest.mark.parametrize("question, first, count", [
    ("Kế hoạch tỉnh có nhiêu nhiệm vụ trọng tâm?", "kh-btvtu-nq43:II.", "gồm 6 nhiệm vụ"),
    ("Chương trình Cần Thơ phần tổ chức thực hiện có nhiêu điểm?", "ct-tucantho-nq43:IV.", "gồm 7 điểm"),
    ("Khúc cuối chương trình Cần Thơ giao cho mấy chỗ?", "ct-tucantho-nq43:IV.", "gồm 7"),
])
def test_a_count_asked_in_southern_words_is_answered_from_the_outline(ask, question, first, count):
    a = ask(question)
    assert a.mode == "structure" and not a.refused
    assert count in a.answer and cited_ids(a)[0].startswith(first)
    assert a.question == question                            # shown as typed


@pytest.mark.parametrize("question, first", [
    ("Nghị quyết 43 phần quan điểm có mấy ý, cái chót nói gì?", "nq-43-2023:II.1.g4"),
    ("Chương trình Cần Thơ phần tổ chức thực hiện có mấy điểm? Cái chót giao cho ai?", "ct-tucantho-nq43:IV.7.p1"),
    ("Kế hoạch tỉnh có nhiêu nhiệm vụ trọng tâm? Nhóm chót nói gì?", "kh-btvtu-nq43:II.6.p1"),
    ("Mục 4 phần nhiệm vụ cụ thể kế hoạch tỉnh có nhiêu ý, ý cuối nói gì?", "kh-btvtu-nq43:III.4.7.p1"),
])
def test_the_last_one_said_chot_after_a_count_is_answered(ask, question, first):
    a = ask(question)
    assert not a.refused and cited_ids(a)[0] == first


@pytest.mark.parametrize("question, first", [
    ("Trong kế hoạch tỉnh, việc 4.2 là gì?", "kh-btvtu-nq43:III.4.2.p1"),
    ("Kế hoạch tỉnh, nhiệm vụ 3.1 giao cho ai?", "kh-btvtu-nq43:III.3.1.p1"),
    ("Nghị quyết 43, nhóm 2.2 nói gì?", "nq-43-2023:III.2.2.p1"),
    ("Kế hoach tinh, viec 4.2 la gi?", "kh-btvtu-nq43:III.4.2.p1"),      # marks left out
])
def test_a_point_named_by_its_dotted_number_after_a_counted_noun(ask, question, first):
    a = ask(question)
    assert a.mode == "structure" and not a.refused and cited_ids(a)[0] == first


def test_a_deadline_asked_after_a_task_is_no_last_one(ask):
    a = ask("Kế hoạch 21 giao Ban Tuyên giáo Trung ương làm gì? Hạn chót khi nào?")
    assert not a.refused and cited_ids(a)[0] == "kh-21-2023:IV.5.p1"


def test_the_secretaries_of_the_provinces_are_not_the_provincial_committees(ask):
    # "bí thư các tỉnh" are the members who lead them (KH 21 II.3), not the committees' own task (review of session 23,
    # finding 4)
    a = ask("Kế hoạch 21 bí thư các tỉnh phải chỉ đạo xong khi nào, còn tỉnh ủy phải ban hành kế hoạch khi nào?")
    assert not a.refused and cited_ids(a)[0] == "kh-21-2023:II.3.p1"
