"""A counted noun numbered with "số" ("đầu việc số 6", "nhóm số 3") names the node so numbered, as "mục số 6"
does; and "NV"/"nvu", the office abbreviation of "nhiệm vụ", is spelled out before headings are matched.
Sentences written for these tests, on the bundled corpus."""
import pytest

from conftest import cited_ids
from rag.answerers.outline.address import refs_in
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
