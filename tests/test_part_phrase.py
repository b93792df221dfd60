"""A part named by "phần"/"mục" and the words after it, in a phrase of its own ("cái phần quán triệt của kế
hoạch …", "một phần riêng về chuyện quán triệt"), is the container an ordinal counts in when the question's other
words name no heading (rag.answerers.outline.part_phrase; session 26, ov26). Sentences written for these tests, on the
real corpus and on the synthetic plan of tests/data."""
import pytest
from conftest import cited_ids

from rag.answerers.outline.part_phrase import phrases
from rag.text import fold


@pytest.mark.parametrize("question", [
    "Dạ, cho tôi hỏi cái phần quán triệt của kế hoạch trung ương: việc đầu tiên ghi ở đó là việc chi, ai làm?",
    "Kế hoạch 21 có một phần riêng về chuyện quán triệt. Việc đầu tiên trong phần đó là ai làm cái gì?",
    "Mục quán triệt của KH 21 thì việc thứ hai là ai làm, làm khi nào?",
    "Kế hoạch 21 có một phần nói về công tác quán triệt; việc cuối cùng trong phần ấy giao cho ai?",
])
def test_an_ordinal_counts_in_the_part_a_phrase_names(ask, question):
    a = ask(question)
    assert a.mode == "structure"
    assert cited_ids(a)[0].startswith("kh-21-2023:II.")


@pytest.mark.parametrize("f, typed, named", [
    ("cai phan quan triet cua ke hoach", "cái phần quán triệt của kế hoạch", ["quan triet"]),
    ("mot phan rieng ve chuyen quan triet.", "một phần riêng về chuyện quán triệt.", ["quan triet"]),
    # "thi đua", "cơ chế" typed with marks are no end words ("thì", "có")
    ("phan thi dua cua ke hoach", "phần thi đua của kế hoạch", ["thi dua"]),
    ("muc co che chinh sach trong nghi quyet", "mục cơ chế chính sách trong nghị quyết", ["co che chinh sach"]),
])
def test_the_words_of_a_part_phrase(f, typed, named):
    assert [f[a:b].strip() for a, b in phrases(f, typed)] == named


@pytest.mark.parametrize("f, typed", [
    # "góp phần" is a verb; a part asked or numbered is not named by words; "phần đó" takes one up
    ("nghi quyet gop phan quan triet", "nghị quyết góp phần quán triệt"),
    ("phan nao noi ve quan triet", "phần nào nói về quán triệt"),
    ("phan ii, viec dau tien", "phần II, việc đầu tiên"),
    ("viec dau tien trong phan do la gi", "việc đầu tiên trong phần đó là gì"),
    # typed with marks, "phân", "phấn", "mức" are no "phần"/"mục" (review ov26 F5)
    ("ke hoach 21 phan cong nhiem vu quan triet the nao", "kế hoạch 21 phân công nhiệm vụ quán triệt thế nào"),
    ("ke hoach tinh phan dau quan triet den co so", "kế hoạch tỉnh phấn đấu quán triệt đến cơ sở"),
    ("o muc quan triet cua ke hoach 21", "ở mức quán triệt của kế hoạch 21"),
    # compounds: "thành phần", "phần mềm", "phần lớn", "mục tiêu"; "góp  phần" with two spaces (F7)
    ("thanh phan du hoi nghi quan triet", "thành phần dự hội nghị quán triệt"),
    ("phan mem quan ly ke hoach", "phần mềm quản lý kế hoạch"),
    ("phan lon nhiem vu thu hai", "phần lớn nhiệm vụ thứ hai"),
    ("muc tieu thu hai cua ke hoach", "mục tiêu thứ hai của kế hoạch"),
    ("ke hoach 21 gop  phan vao viec gi", "kế hoạch 21 góp  phần vào việc gì"),
    # a part counted by a number word, not named ("phần hai", "phần cuối") (F7)
    ("phan hai cua ke hoach", "phần hai của kế hoạch"),
    ("phan cuoi cua ke hoach", "phần cuối của kế hoạch"),
    # negated: the part is named by what it does not say (F6)
    ("phan khong noi ve quan triet cua kh 21", "phần không nói về quán triệt của kh 21"),
    ("phan khong noi ve quan triet cua kh 21", "phan khong noi ve quan triet cua kh 21"),
    # "giai đoạn" is a period; "đoàn" folds as "đoạn" and is no part, nor is an unmarked "doan"
    ("giai doan quan triet cua kh 21", "giai đoạn quán triệt của kh 21"),
    ("doan thanh nien cua tinh", "đoàn thanh niên của tỉnh"),
    ("doan quan triet cua kh 21", "doan quan triet cua kh 21"),
])
def test_no_part_phrase(f, typed):
    assert phrases(f, typed) == []


@pytest.mark.parametrize("f, typed, named", [
    # a "phân" typed before the noun takes nothing from it (review ov26 F5: "Phân tích" swallowed the phrase)
    ("phan tich giup toi phan quan triet cua kh 21", "phân tích giúp tôi phần quán triệt của kh 21", ["quan triet"]),
    # typed without marks every "phan" is read; the phrase still ends at its end word
    ("cai phan quan triet cua ke hoach", "cai phan quan triet cua ke hoach", ["quan triet"]),
    # a polite "không" outside the phrase negates nothing in it
    ("khong biet phan quan triet cua kh 21", "không biết phần quán triệt của kh 21", ["quan triet"]),
    # "đoạn" typed with its marks names a part as "phần" does
    ("o doan ve quan triet va trien khai cua kh 21", "ở đoạn về quán triệt và triển khai của kh 21",
     ["quan triet va trien khai"]),
])
def test_the_noun_typed_as_such(f, typed, named):
    assert [f[a:b].strip() for a, b in phrases(f, typed)] == named


def test_a_verb_phan_does_not_hide_the_part_after_it(ask):
    # review ov26 F5: answered "phần thứ 1 (trong 5 phần)" before
    a = ask("Phân tích giúp tôi phần quán triệt của KH 21: việc đầu tiên là gì?")
    assert a.mode == "structure" and cited_ids(a)[0].startswith("kh-21-2023:II.1")


def test_a_part_phrase_does_not_override_a_heading_typed_whole(ask):
    # the heading printed whole still names its part; a count asked of the phrase's part is unchanged
    a = ask("Phần nhiệm vụ cụ thể của Kế hoạch 21, đầu mối thứ tư là ai và được giao việc gì?")
    assert a.mode == "structure" and cited_ids(a)[0].startswith("kh-21-2023:IV.4")
    c = ask("Phần quán triệt của Kế hoạch 21 có mấy việc?")
    assert c.mode == "structure" and all(u.startswith("kh-21-2023:II.") for u in cited_ids(c))


def test_a_part_phrase_in_a_plan_added_by_the_cli(synthetic_plan):
    # a part phrase naming a titled item by part of its heading, an ordinal counting in it
    w = synthetic_plan.ask("Cái mục ủy ban xã của Kế hoạch 07: việc thứ hai ghi ở đó là việc chi, làm khi mô?")
    assert w.mode == "structure" and cited_ids(w)[0] == "kh-07-an-binh:II.1.g2"


@pytest.mark.parametrize("question", [
    "Ở đoạn về quán triệt và triển khai của Kế hoạch 21, việc thứ hai giao cho cơ quan nào?",
    "Đoạn quán triệt của KH 21 thì việc thứ hai là ai làm?",
    "Trong đoạn nói về công tác quán triệt của Kế hoạch 21, việc thứ hai là gì?",
])
def test_an_ordinal_counts_in_the_passage_doan_names(ask, question):
    a = ask(question)
    assert a.mode == "structure" and cited_ids(a)[0].startswith("kh-21-2023:II.2")


@pytest.mark.parametrize("typed", [
    # compounds of the nouns (review ov27 F6)
    "Thủ đoạn chống phá của thế lực thù địch được nêu ở đâu?",
    "Phần tử cơ hội chính trị được nhắc thế nào?",
    "Đoạn trích quán triệt nghị quyết nằm ở đâu?",
    "Danh mục nhiệm vụ gồm những gì?",
    "Hạng mục công trình nào được giao?",
    "Phân đoạn thị trường nào được nói tới?",
])
def test_no_part_phrase_in_a_compound(typed):
    assert phrases(fold(typed).lower(), typed) == []


def test_a_negation_after_the_marked_words_keeps_them():
    # "phần về Mặt trận mà không phải của tỉnh": Mặt trận named positively, the negation qualifies what follows
    typed = "Cái phần về Mặt trận mà không phải của tỉnh có mấy việc?"
    f = fold(typed).lower()
    assert [f[a:b] for a, b in phrases(f, typed)] == ["mat tran"]
    typed = "Phần không nói về quán triệt có mấy việc?"
    assert phrases(fold(typed).lower(), typed) == []
