"""What an overview question asks for, read from its own words (rag.answerers.document.overview): the length of the answer
asked ("1-2 câu", "vài ba dòng") names no topic; a year the question names that a purpose section prints asks for
that section, its paragraph printing the year quoted first. Sentences written for these tests, on the real corpus."""
from conftest import cited_ids

from rag.answerers.document.overview_asked import _without_answer_length


def test_answer_length_is_blanked():
    typed = "nghị quyết này nói gì, viết 2-3 câu thôi"
    folded = "nghi quyet nay noi gi, viet 2-3 cau thoi"
    assert "2" not in _without_answer_length(folded, typed) and "cau" not in _without_answer_length(folded, typed)
    assert len(_without_answer_length(folded, typed)) == len(folded)


def test_other_words_after_a_number_stay():
    # "cấu" folds to "cau" too; a count of the document's items ("3 ý") is not the answer's length
    typed, folded = "văn bản có 2 cấu phần nào", "van ban co 2 cau phan nao"
    assert _without_answer_length(folded, typed) == folded
    typed, folded = "mục đích có 3 ý phải không", "muc dich co 3 y phai khong"
    assert _without_answer_length(folded, typed) == folded


def test_summary_with_an_answer_length_is_an_overview(ask):
    a = ask("Tóm lại kế hoạch 21 bàn chuyện gì, gói trong 2 câu giúp mình")
    assert a.mode == "overview" and not a.refused


def test_a_year_of_the_goals_asks_for_the_goals(ask):
    a = ask("Đến 2045 thì chương trình Cần Thơ hướng tới điều gì?")
    assert a.mode == "overview" and not a.refused
    assert cited_ids(a)[0] == "ct-tucantho-nq43:II.2.g2"


def test_the_year_of_issue_asks_for_no_section(ask):
    # 2023 is printed in the header, not in a purpose section: what the document is comes first
    a = ask("Nghị quyết 43 ra năm 2023 nói về những gì?")
    assert a.mode == "overview" and cited_ids(a)[0] == "nq-43-2023:header"


def test_a_lookup_with_a_summary_word_stays_a_lookup(ask):
    a = ask("Tóm lại nhiệm vụ 3 trong kế hoạch 21 giao cho ai?")
    assert a.mode != "overview"
