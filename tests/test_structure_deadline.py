"""A node named by its place with a deadline asked of it too (rag/answerers/outline/structure.py): the node answers when its
text prints a deadline the task table reads; otherwise the question is left to the deadline readers. Sentences
written for these tests; unit ids counted by hand from the texts."""
import pytest


@pytest.mark.parametrize("text, first", [
    ("Trong kế hoạch 21, phần nhiệm vụ cụ thể, mục thứ hai giao cho ai, thời hạn thế nào?", "kh-21-2023:IV.2.g1"),
    ("Kế hoạch 21, phần nhiệm vụ cụ thể, mục chót giao cho ai và hạn chót bao giờ?", "kh-21-2023:IV.8.g1"),
])
def test_a_deadline_asked_of_a_node_named_by_its_place_is_answered_by_the_node(ask, text, first):
    a = ask(text)
    assert a.mode == "structure" and not a.refused and a.citations[0].unit_id == first


@pytest.mark.parametrize("text", [
    # the node prints no deadline: not answered from the outline as if it did
    "Nghị quyết 43 phần quan điểm, quan điểm thứ hai hạn chót là khi nào?",
    # a deadline of a set, no node named by its place: the task table's
    "Kế hoạch 21 có mấy nhóm nhiệm vụ trọng tâm, hạn chót là năm nào?",
])
def test_a_deadline_of_no_node_named_by_its_place_or_printing_none_is_no_structure_answer(ask, text):
    assert ask(text).mode != "structure"
