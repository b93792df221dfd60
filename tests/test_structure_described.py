"""Nodes named loosely (session 29): an ordinal after one in apposition to a part's heading words counts in that
part; a node asked only which bodies it names cites its heading first; a list of dash bullets described by what it
says; on the corpus and on the synthetic plan of tests/data."""
import pytest

from conftest import cited_ids
from rag.text import fold


@pytest.mark.parametrize("question, first", [
    # "phần <heading words> cuối cùng" names the last part itself; the ordinal after the count counts in it
    ("Kế hoạch của tỉnh, phần tổ chức thực hiện cuối cùng có mấy điểm, điểm thứ hai giao cho ban nào?",
     "kh-btvtu-nq43:IV.2"),
    ("Nghị quyết 43 phần tổ chức thực hiện ở cuối có mấy điểm, điểm đầu tiên giao cho ai?", "nq-43-2023:IV.1"),
    ("Chương trình Cần Thơ phần tổ chức thực hiện sau cùng gồm mấy mục, mục thứ ba nói gì", "ct-tucantho-nq43:IV.3"),
    ("ke hoach 21 phan to chuc thuc hien cuoi cung co may diem diem thu ba giao cho ai", "kh-21-2023:V.3"),
    # not: no ordinal after it (the count of the last part, its last point first); the part itself asked
    ("Kế hoạch của tỉnh phần tổ chức thực hiện cuối cùng có mấy điểm?", "kh-btvtu-nq43:IV.3"),
    ("Kế hoạch 21 phần kết — tổ chức thực hiện — nói gì?", "kh-21-2023:V.1"),
])
def test_an_ordinal_after_one_naming_the_part(ask, question, first):
    a = ask(question)
    assert a.mode == "structure" and cited_ids(a)[0].startswith(first)


@pytest.mark.parametrize("question, first", [
    # asked only which bodies: the heading naming them is cited first
    ("Kế hoạch 21 mục 6 phần IV là cơ quan nào, phối hợp với ai?", "kh-21-2023:IV.6"),
    ("kh21 phan 4 muc 6 la co quan nao va phoi hop voi nhung don vi nao", "kh-21-2023:IV.6"),
    # not: the work asked too, its text first
    ("Kế hoạch 21 mục 6 phần IV là cơ quan nào và được giao làm gì?", "kh-21-2023:IV.6.p1"),
    ("Kế hoạch 21 mục 2 phần IV giao cho ai, hạn khi nào?", "kh-21-2023:IV.2.g1"),
])
def test_only_bodies_asked_cite_the_heading(ask, question, first):
    a = ask(question)
    assert a.mode == "structure" and cited_ids(a)[0] == first


@pytest.mark.parametrize("question, first", [
    ("Nghị quyết 43 có một đoạn kể lần lượt từng giai tầng, mỗi giai tầng một gạch đầu dòng, mở đầu là giai cấp "
     "công nhân. Gạch đầu dòng thứ tư là nói về tầng lớp nào?", "nq-43-2023:III.2.1.g4"),
    ("Trong Nghị quyết 43, đoạn nói về các giai tầng, gạch đầu dòng thứ tư nói về ai?", "nq-43-2023:III.2.1.g4"),
    ("Nghị quyết 43, chỗ liệt kê giai cấp công nhân, nông dân, trí thức..., gạch thứ tư là giới nào?",
     "nq-43-2023:III.2.1.g4"),
    ("Trong nghị quyết 43 đoạn nói về vai trò của các giai tầng thì gạch đầu dòng cuối cùng nói về ai",
     "nq-43-2023:III.2.1.g11"),
    # review ov29 R3: "giai cấp, tầng lớp" for "giai tầng"; no container found ("đầu tiên là công nhân")
    ("nq 43 doan ke tung giai tang, gach dau dong thu tu la gi", "nq-43-2023:III.2.1.g4"),
    ("Trong NQ 43 có đoạn nói về các giai cấp, tầng lớp, gạch đầu dòng thứ ba là gì?", "nq-43-2023:III.2.1.g3"),
    ("Trong NQ 43 có đoạn nói về các giai cấp, tầng lớp, bắt đầu bằng công nhân, gạch đầu dòng thứ ba là gì?",
     "nq-43-2023:III.2.1.g3"),
    ("Nghị quyết 43 đoạn kể các giai tầng, đầu tiên là công nhân, gạch đầu dòng thứ năm nói gì?",
     "nq-43-2023:III.2.1.g5"),
    ("NQ 43 phần kể các giai cấp tầng lớp, gạch đầu dòng thứ hai nói về giai cấp nào?", "nq-43-2023:III.2.1.g2"),
    ("nq43 doan noi ve cac giai cap, tang lop, gach dau dong thu nam la gi", "nq-43-2023:III.2.1.g5"),
    ("Nghị quyết 43, đoạn liệt kê các giai cấp, tầng lớp xã hội, bắt đầu từ công nhân, gạch đầu dòng thứ sáu nói về "
     "ai?", "nq-43-2023:III.2.1.g6"),
])
def test_a_bullet_list_described_by_its_content(ask, question, first):
    a = ask(question)
    assert a.mode == "structure" and cited_ids(a)[0] == first


@pytest.mark.parametrize("question", [
    "Kế hoạch 21 gạch đầu dòng thứ hai nói gì?",            # no list described: none guessed
    "Nghị quyết 43 có mấy phần? Gạch đầu dòng thứ tư nói gì?",
])
def test_no_list_described_names_no_bullet(ask, question):
    a = ask(question)
    assert not any(".g" in i.rsplit(":", 1)[1] for i in cited_ids(a)[:1])


def test_one_pair_printed_once_describes_no_list(ask):
    # one pair printed in one bullet is no description of a list (review ov29 R3: MIN_PAIRS): not its 2nd bullet
    a = ask("Nghị quyết 43 gạch đầu dòng thứ hai nói về kiều bào không?")
    assert cited_ids(a)[0] != "nq-43-2023:III.2.1.g2"


def test_structure_readings_in_a_plan_added_by_the_cli(synthetic_plan):
    ask = synthetic_plan.ask
    # "số N" after a count (session 29, review ov28fix N2), and joined numbers each answered
    a = ask("Phần II Kế hoạch 07 có 3 mục phải không? Số 2 giao cho ai?")
    assert a.mode == "structure" and cited_ids(a)[0].startswith("kh-07-an-binh:II.2")
    a = ask("Phần II Kế hoạch 07, mục 1 và mục 3 giao cho ai?")
    ids = cited_ids(a)
    assert ids[0].startswith("kh-07-an-binh:II.1") and any(i.startswith("kh-07-an-binh:II.3") for i in ids)
    # an ordinal after one naming the part
    a = ask("Kế hoạch 07 phần nhiệm vụ cụ thể thứ hai có mấy mục, mục thứ hai giao cho ai?")
    assert cited_ids(a)[0].startswith("kh-07-an-binh:II.2")
