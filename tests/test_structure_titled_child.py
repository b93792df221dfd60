"""An ordinal of a noun that is the heading of one child of the node named ("phần quan điểm, mục tiêu …, quan điểm
cuối cùng": the child "Quan điểm" holds them; rag/answerers/outline/address.py). Sentences written for these tests; unit ids
counted by hand from the texts."""
import pytest


@pytest.mark.parametrize("text, first", [
    ("Chương trình Cần Thơ, phần quan điểm mục tiêu nêu bao nhiêu quan điểm, quan điểm thứ hai là gì?",
     "ct-tucantho-nq43:II.1.g2"),
    ("nghi quyet 43 phan quan diem, muc tieu: quan diem cuoi cung noi gi", "nq-43-2023:II.1.g4"),
])
def test_an_ordinal_counts_in_the_child_its_noun_heads(ask, text, first):
    a = ask(text)
    assert a.mode == "structure" and a.citations[0].unit_id == first


def test_a_word_for_a_kind_of_node_still_counts_among_the_children_named(ask):
    # "mục" names no child's heading: the second child of the part named, "2. Mục tiêu"
    a = ask("Nghị quyết 43, phần quan điểm, mục tiêu: mục thứ hai nói gì?")
    assert a.mode == "structure" and a.citations[0].unit_id.startswith("nq-43-2023:II.2")
