""""mấy + noun" read as a plural determiner (Southern and Central speech) or as a count, and "ai với ai" read as a
set of parties, not one person's name (rag.decision.counting, rag.decision.slots)."""
from rag.decision.counting import is_plural_determiner
from rag.decision.slots import asks_body, expected_slot
from rag.text import fold


def _determiner(question: str) -> bool:
    folded = fold(question).lower()
    return is_plural_determiner(question, folded, folded.index("may"))


def test_may_in_a_clause_that_asks_something_else_is_a_plural():
    assert _determiner("Văn bản tỉnh nói răng về mấy người có uy tín trong đồng bào?")
    assert _determiner("Kế hoạch có giao gì cho mấy ông bí thư xã không?")
    assert _determiner("Mấy tài liệu gửi về xã, cái nào nói tới thanh niên?")
    assert expected_slot("Văn bản tỉnh nói răng về mấy người có uy tín trong đồng bào?") is None
    assert expected_slot("Nghị quyết dặn gì đối với mấy người làm công tác tôn giáo?") is None


def test_may_after_a_verb_of_having_or_closing_its_clause_asks_a_count():
    assert not _determiner("Xã có mấy người được khen thưởng?")
    assert not _determiner("Mấy người được khen thưởng?")
    assert not _determiner("Đoàn công tác gồm mấy người, ai dẫn đầu?")
    assert not _determiner("Phần ba chia mấy nhóm, nhóm cuối nói gì?")          # the phrase closes its clause
    assert not _determiner("Văn bản đó số mấy, ký ngày nào?")                  # a number asked
    assert not _determiner("Hội nghị lần thứ mấy bàn chuyện gì?")
    assert expected_slot("Mấy người được khen thưởng?") == "amount"
    assert expected_slot("Năm nay có mấy người được khen thưởng, là những ai?") == "amount"
    assert expected_slot("Hội nghị mời mấy người dự?") == "amount"


def test_a_measure_word_takes_no_determiner():
    # "mấy phần trăm", "mấy lần" stay amounts even in a clause that asks something else
    assert expected_slot("Chỉ tiêu tăng mấy phần trăm, giao cho ai?") == "amount"


def test_sao_of_a_certified_copy_is_not_an_asking_word():
    assert not _determiner("Bản sao y gửi mấy người?")


def test_who_with_whom_asks_a_set_of_parties_not_a_person():
    assert expected_slot("Nền tảng của khối đoàn kết là ai với ai?") is None
    assert not asks_body("Nền tảng của khối đoàn kết là ai với ai?")
    assert expected_slot("Liên minh đó là ai và ai vậy?") is None
    # a second "ai" that opens its own clause asks on: the first is still a person
    assert expected_slot("Trưởng ban là ai và ai ký văn bản?") == "person"
    assert expected_slot("Người ký kế hoạch là ai?") == "person"
