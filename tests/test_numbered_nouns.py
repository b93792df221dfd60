"""A counted noun numbered with "số" ("đầu việc số 6", "nhóm số 3") names the node so numbered, as "mục số 6"
does; and "NV"/"nvu", the office abbreviation of "nhiệm vụ", is spelled out before headings are matched.
Sentences written for these tests, on the bundled corpus."""
import pytest

from conftest import cited_ids
from rag.answerers.address import refs_in
from rag.text import expand_abbreviations, fold


def test_task_numbered_so_inside_a_part_named_by_its_heading(ask):
    a = ask("Kế hoạch 21, phần nhiệm vụ cụ thể, đầu việc số 2 do ai chủ trì?")
    assert a.mode == "structure"
    assert cited_ids(a)[0].startswith("kh-21-2023:IV.2")
    assert "Ban cán sự đảng Chính phủ" in a.answer


def test_group_numbered_so_in_the_can_tho_programme(ask):
    a = ask("Chương trình Cần Thơ, phần nhiệm vụ và giải pháp, nhóm số 3 nói về chuyện gì?")
    assert cited_ids(a)[0].startswith("ct-tucantho-nq43:III.3")


@pytest.mark.parametrize("question", [
    "Chương trình số 12 của Thành ủy có nói gì về đại đoàn kết không?",       # a document, not a node
    "Việc số hóa hồ sơ đảng viên có trong kế hoạch của tỉnh không?",          # "số hóa": no figure
    "Nhiệm vụ số 43-NQ/TW đặt ra là gì?",                                     # a document number after "số"
    "Nhóm số đông người lao động được nghị quyết nhắc tới thế nào?",           # "số đông": no figure
])
def test_so_without_a_node_number_names_no_node(question):
    f = " ".join(fold(expand_abbreviations(question)).lower().split())
    assert not [m for m in refs_in(f) if m.group(1) not in ("phan", "muc", "diem", "khoan", "tiet", "y")]


def test_nv_is_spelled_out_in_any_case_but_not_inside_a_word():
    assert expand_abbreviations("phần NV cụ thể") == "phần nhiệm vụ cụ thể"
    assert expand_abbreviations("mấy nvu trọng tâm") == "mấy nhiệm vụ trọng tâm"
    assert expand_abbreviations("hỗ trợ NVNONN") == "hỗ trợ người việt nam ở nước ngoài"
    assert expand_abbreviations("tài liệu env và nvx") == "tài liệu env và nvx"


def test_part_named_by_an_abbreviated_heading_holds_the_ordinal(ask):
    # "phần NV cụ thể" is part III of the provincial plan: its third body, not the plan's third part
    a = ask("KH tỉnh phần NV cụ thể có mấy khối? khối thứ 2 là khối nào")
    assert cited_ids(a)[0].startswith("kh-btvtu-nq43:III.2")
    assert "phần thứ" not in a.answer.split("\n")[0]


@pytest.mark.parametrize("question, first", [
    # a sentence opening with "số N" takes up the numbering said before it, its noun left out (session 28)
    ("Phần nhiệm vụ cụ thể của Kế hoạch 21 đánh số từ 1 đến 8. Số 3 giao cho ai?", "kh-21-2023:IV.3"),
    ("Trong Kế hoạch 21, phần giao nhiệm vụ cụ thể đánh số tới 8 đúng không? Số 8 giao cho ai, hạn khi nào?",
     "kh-21-2023:IV.8.g1"),
    ("Kế hoạch của tỉnh, phần nhiệm vụ trọng tâm đánh số tới mấy, có phải tới 6? Số 6 nói gì?", "kh-btvtu-nq43:II.6"),
])
def test_a_bare_so_takes_up_the_numbering_said(ask, question, first):
    a = ask(question)
    assert a.mode == "structure" and cited_ids(a)[0].startswith(first)


@pytest.mark.parametrize("question", [
    "Kế hoạch 21 có mấy phần? Số 8 giao cho ai?",                  # no numbering said before it
    "Nghị quyết 43 được đánh số mấy? Số 43-NQ/TW ký ngày nào?",    # a document's number
    "Kế hoạch 21 đánh số mấy phần? Số lượng đầu mối là bao nhiêu?",  # no figure after "số"
])
def test_no_bare_so_reference(question):
    from rag.answerers.address import refs_in
    from rag.text import fold
    assert not [m for m in refs_in(fold(question).lower(), question) if m.group(1) == "so"]
