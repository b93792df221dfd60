"""A Roman numeral after "thứ" numbers the node as it does without it: "phần thứ II" is part II
(rag.answerers.forms "ref"; session 27). Sentences written for these tests, on the real corpus and on the
synthetic plan of tests/data."""
import pytest
from conftest import cited_ids

from rag.answerers.outline.address import refs_in
from rag.text import fold


@pytest.mark.parametrize("question, first", [
    ("Kế hoạch 21 chia mấy phần? Phần thứ II tên là gì?", "kh-21-2023:II"),
    ("Phần thứ IV của Nghị quyết 43 nói về gì?", "nq-43-2023:IV"),
    ("phan thu ii cua ke hoach 21 noi gi", "kh-21-2023:II"),
])
def test_a_roman_numeral_after_thu(ask, question, first):
    a = ask(question)
    assert a.mode == "structure" and cited_ids(a)[0].startswith(first)


@pytest.mark.parametrize("typed, number", [
    ("Phần thứ III có mấy mục?", "iii"),
    ("mục thứ IV gồm gì", "iv"),
])
def test_the_reference_read(typed, number):
    assert [m.group(2) for m in refs_in(fold(typed), typed)] == [number]


@pytest.mark.parametrize("typed", [
    # not a node's noun before "thứ"; an ordinal word is the ordinal reader's ("phần thứ hai"); "thứ" + a word
    "Đại hội lần thứ XIII của Đảng đề ra gì?",
    "Phần thứ hai của kế hoạch nói gì?",
    "Nghị quyết Hội nghị Trung ương lần thứ VIII khóa XIII nói gì?",
    "Phần thứ tự ưu tiên các việc thế nào?",
    # "quan điểm thứ IV", "ý thứ II": counted in the order they come, not node numbers (review ov27 F1)
    "Nghị quyết 43 có mấy quan điểm, quan điểm thứ IV nói gì?",
])
def test_no_reference(typed):
    assert refs_in(fold(typed), typed) == []


def test_a_roman_numeral_after_thu_in_a_plan_added_by_the_cli(synthetic_plan):
    a = synthetic_plan.ask("Phần thứ II của Kế hoạch 07 giao cho mấy đầu mối?")
    assert a.mode == "structure" and all(c.startswith("kh-07-an-binh:II") for c in cited_ids(a))


def test_an_idea_counted_by_thu_is_no_node_number():
    typed = "Ý thứ II của mục 3 phần IV Kế hoạch 21 là gì?"
    assert [m.group(0) for m in refs_in(fold(typed), typed)] == ["muc 3", "phan iv"]
