"""English words for a text's shape mixed into a Vietnamese question ("phần IV có mấy point", "cho em xin outline
của …"), read as the Vietnamese words the question readers know (rag.question.loanwords, rag/data/loanwords.tsv)."""
import pytest

from rag.question.loanwords import vietnamese_for_loanwords
from conftest import cited_ids


@pytest.mark.parametrize("typed, read", [
    ("Kế hoạch tỉnh section II có bao nhiêu items?", "Kế hoạch tỉnh phần II có bao nhiêu mục?"),
    ("cho anh xin Outline của chương trình nhé", "cho anh xin bố cục của chương trình nhé"),
    ("mục 3 có mấy Bullet Points vậy", "mục 3 có mấy gạch đầu dòng vậy"),
    ("list giúp chị các đầu mối", "liệt kê giúp chị các đầu mối"),
    # typed without any diacritic: the words without theirs, so the question is still re-accented as a whole
    ("ke hoach tinh part 2 co may point", "ke hoach tinh phan 2 co may diem"),
])
def test_english_shape_words_are_read_as_vietnamese(typed, read):
    assert vietnamese_for_loanwords(typed) == read


@pytest.mark.parametrize("typed", [
    "Tỉnh ủy có checklist kiểm tra không?",            # "list" inside another word
    "Hội có partner nước ngoài nào được nhắc tới?",     # "part" inside another word
    "Kế hoạch nói gì về người Việt Nam ở nước ngoài?",  # no English at all
    "Bí thư Tỉnh ủy ký ngày nào?",
])
def test_words_that_only_contain_an_english_word_are_left_alone(typed):
    assert vietnamese_for_loanwords(typed) == typed


def test_a_part_counted_in_english_words_is_answered_from_the_outline(ask):
    a = ask("Kế hoạch của tỉnh, section III có bao nhiêu items vậy ad?")
    assert a.mode == "structure" and not a.refused
    assert "gồm 4 mục" in a.answer
    assert a.question == "Kế hoạch của tỉnh, section III có bao nhiêu items vậy ad?"   # shown as typed


def test_the_layout_asked_as_an_outline_lists_the_parts(ask):
    a = ask("Cho em xin outline của chương trình Cần Thơ với")
    assert a.mode == "structure" and not a.refused
    assert "gồm 4 phần" in a.answer and cited_ids(a)[0].startswith("ct-tucantho-nq43:")


def test_an_english_question_is_still_not_vietnamese(ask):
    a = ask("What does the last section of the plan list?")
    assert a.refused and a.refusal_reason == "not_vietnamese"


def test_hyphened_compounds_and_topic_words_stay_english():
    # "part-time" is no part of a text; "structure" of a political system is a topic, not the text's layout
    assert vietnamese_for_loanwords("Cán bộ part-time ở cơ sở được hỗ trợ gì?") == "Cán bộ part-time ở cơ sở được hỗ trợ gì?"
    assert "structure" in vietnamese_for_loanwords("NQ 43 nói gì về structure của hệ thống chính trị?")
