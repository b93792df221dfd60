"""A node of the outline named by whom it assigns work to (rag/answerers/outline/assigned.py): "cái mục giao cho …",
"một điểm giao riêng cho …", "mục dành cho …"; a document asked what it assigns a body, with no noun for a node,
stays a task question, and a node whose own heading names the body stays that node."""
import pytest

from rag.answerers.outline.assigned import assigned_phrases
from rag.text import fold
from conftest import cited_ids


@pytest.mark.parametrize("question, words", [
    ("cái mục giao cho hội nông dân với hội cựu chiến binh có mấy việc", ["hoi", "nong", "dan"]),
    ("Có một điểm giao riêng cho Ban Dân vận. Điểm đó nói gì?", ["ban", "dan", "van"]),
    ("Mục dành cho Ủy ban nhân dân gồm mấy ý?", ["uy", "ban", "nhan", "dan"]),
])
def test_the_body_after_a_node_noun_and_giao_cho_is_read(question, words):
    got = assigned_phrases(fold(question).lower(), after_noun=True)
    assert got and got[0][:len(words)] == words


@pytest.mark.parametrize("question", [
    "Kế hoạch giao cho Ban Dân vận những việc gì?",     # no noun for a node before "giao cho"
    "Điểm nào giao cho ai?",                           # no body named: one word
    "Mục này giao cho những cơ quan nào?",             # the list asked, no body named
])
def test_no_body_named_after_a_node_noun(question):
    assert assigned_phrases(fold(question).lower(), after_noun=True) == []


def test_ordinal_counted_in_the_item_that_assigns_the_body(ask):
    a = ask("Trong kế hoạch của tỉnh, mục giao cho Mặt trận và Tỉnh đoàn có bao nhiêu việc, việc cuối cùng là gì?")
    assert a.mode == "structure" and "(trong 7 việc)" in a.answer
    assert cited_ids(a)[0] == "kh-btvtu-nq43:III.4.7.p1"


def test_untitled_point_opened_by_the_body_inside_a_named_part(ask):
    a = ask("Ở phần tổ chức thực hiện của chương trình Cần Thơ, điểm dành riêng cho Ban Dân vận Thành ủy nói gì?")
    assert a.mode == "structure" and cited_ids(a)[0] == "ct-tucantho-nq43:IV.7.p1"


def test_a_document_asked_what_it_assigns_a_body_stays_a_task_question(ask):
    a = ask("Kế hoạch 21 giao cho Ban Tuyên giáo Trung ương những việc gì?")
    assert a.mode == "tasks"


def test_a_node_whose_heading_names_the_body_is_that_node(ask):
    a = ask("Trong kế hoạch của tỉnh, phần việc giao cho cấp ủy, tổ chức đảng gồm bao nhiêu ý?")
    # "1. Đối với cấp ủy, tổ chức đảng" itself, not one of its points that mentions "cấp ủy" early
    assert "1. Đối với cấp ủy, tổ chức đảng, gồm 8" in a.answer


def _tree():
    from rag.tables.outline import ONode
    kids = [ONode("item", str(i), t, f"IV.{i}", [], [], f"h{i}") for i, t in
            enumerate(["Ban Tuyên giáo Trung ương", "Ban Dân vận Trung ương", "Hội Nông dân tỉnh"], start=1)]
    return ONode("part", "IV", "Nhiệm vụ cụ thể", "IV", [], kids, "h")


@pytest.mark.parametrize("question, label", [
    ("phần nhiệm vụ cụ thể, mục giao cho hội nông dân có mấy việc", "3"),
    ("phần nhiệm vụ cụ thể giao cho Ban Dân vận những việc gì", "2"),
    ("phần nhiệm vụ cụ thể giao cho Ban Tuyên giáo và Ban Dân vận những việc gì", None),   # two bodies
    ("phần nhiệm vụ cụ thể giao cho các ban trung ương những việc gì", None),            # as many pairs in two
    ("phần nhiệm vụ cụ thể giao cho Ủy ban Kiểm tra những việc gì", None),                # no heading names it
])
def test_assigned_node_is_the_one_node_the_body_names(question, label):
    from rag.answerers.outline.assigned import assigned_node
    got = assigned_node(fold(question).lower(), _tree(), {})
    assert (got.label if got else None) == label


def test_a_list_asked_several_things_quotes_each_item_whole(ask):
    a = ask("Ở chương trình Cần Thơ, phần mục tiêu liệt kê những gì, và đến năm 2045 thì thế nào?")
    assert a.mode == "structure" and "phát triển khá ở Châu Á" in a.answer
