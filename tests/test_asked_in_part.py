"""A part named by number and asked something inside it (rag.answerers.outline.structure): the child the question names by
its own heading words ("phần II, mục tiêu … là gì": the child "Mục tiêu"), and, when the part is listed, the
paragraph that prints what the question asks beyond the part's heading cited first; a part asked what it says,
or named with its own heading, is still listed whole; a count asked of a part before one of its points is named
is the part's, answered with that point."""
from conftest import cited_ids


def test_a_child_named_by_its_heading_inside_a_numbered_part_is_answered(ask):
    a = ask("Phần II của Nghị quyết 43, mục tiêu đặt ra đến năm 2030 là gì?")
    assert a.mode == "structure" and not a.refused
    assert cited_ids(a)[0].startswith("nq-43-2023:II.2")


def test_a_topic_asked_inside_a_listed_part_cites_its_paragraph_first(ask):
    a = ask("Trong phần III của chương trình Cần Thơ, vai trò của cựu chiến binh được nói thế nào?")
    assert not a.refused
    assert cited_ids(a)[0] == "ct-tucantho-nq43:III.2.g7"


def test_a_part_asked_what_it_says_is_still_listed_whole(ask):
    a = ask("Phần II của Nghị quyết 43 nói gì?")
    assert a.mode == "structure" and "gồm 2 mục" in a.answer
    assert "Quan điểm" in a.answer and "Mục tiêu" in a.answer


def test_a_part_named_with_its_own_heading_is_not_one_of_its_children(ask):
    a = ask("Phần III nhiệm vụ cụ thể của kế hoạch của tỉnh nói những gì?")
    assert a.mode == "structure" and "gồm 4 mục" in a.answer


def test_a_count_asked_of_a_part_before_one_of_its_points_counts_the_part(ask):
    a = ask("Phần IV của Nghị quyết 43 có bao nhiêu điểm, điểm 5 giao cho ai?")
    assert a.mode == "structure" and not a.refused
    assert "trong 7" in a.answer
    assert cited_ids(a)[0] == "nq-43-2023:IV.5.p1"


def test_a_count_asked_after_a_point_is_named_is_the_points_own(ask):
    a = ask("Mục 4 phần III kế hoạch của tỉnh có mấy việc?")
    assert "gồm 7 mục" in a.answer
    a = ask("Mục 1.5 phần III kế hoạch của tỉnh có mấy ý?")
    assert "trong 8" not in a.answer and cited_ids(a)[0] == "kh-btvtu-nq43:III.1.5.p1"
