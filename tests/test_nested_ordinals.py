"""A node named by its place, then a child of it named by its place with another noun ("phần cuối …, ý thứ tư giao
cho ai", "phần thứ ba, nhóm thứ hai nói gì"): the second ordinal counts among the children of the node the first
names (rag.answerers.ordinals._inner_ordinal), where the first alone was answered. Two ordinals of one noun ("nhóm
thứ tư với nhóm cuối") still count in one container. Real corpus; sentences written for these tests."""
import pytest

from conftest import cited_ids


@pytest.mark.parametrize("question, first, lead", [
    ("Phần thứ ba của Nghị quyết 43, nhóm thứ hai nói gì?", "nq-43-2023:III.2", "nhóm thứ 2 (trong 7 nhóm)"),
    ("Ở phần cuối chương trình của Cần Thơ, ý thứ tư giao cho ai?", "ct-tucantho-nq43:IV.4.p1", "ý thứ 4 (trong 7 ý)"),
    ("Phần cuối của kế hoạch 21, ý thứ hai nói gì?", "kh-21-2023:V.2.p1", "ý thứ 2 (trong 3 ý)"),
    ("Trong phần thứ tư của kế hoạch 21, đầu mối thứ bảy là ai?", "kh-21-2023:IV.7.p1", "đầu mối thứ 7 (trong 8"),
    ("Phần cuối cùng của Nghị quyết 43 có mấy điểm, điểm thứ ba giao cho ai?", "nq-43-2023:IV.3.p1",
     "điểm thứ 3 (trong 7 điểm)"),
    ("phan cuoi cua ke hoach 21, y thu hai noi gi", "kh-21-2023:V.2.p1", "ý thứ 2 (trong 3 ý)"),   # without marks
])
def test_an_ordinal_inside_the_node_an_ordinal_names(ask, question, first, lead):
    a = ask(question)
    assert a.mode == "structure" and lead in a.answer and cited_ids(a)[0] == first


def test_two_ordinals_of_one_noun_still_count_in_one_container(ask):
    a = ask("Nghị quyết 43 phần nhiệm vụ, giải pháp chủ yếu, nhóm thứ tư với nhóm cuối là gì?")
    assert a.mode == "structure" and cited_ids(a)[0] == "nq-43-2023:III.4"
    assert any(c.startswith("nq-43-2023:III.7") for c in cited_ids(a))
