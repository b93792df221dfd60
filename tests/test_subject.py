"""Slot verification bound to the question's subject, the time and number slots, and near-misses generated
from the corpus refused with what is missing."""
import pytest

from rag.decision.slots import expected_slot, has_person_name, slot_filled
from rag.decision.subject import BOUND, bound_fill, subject_terms
from rag.pipeline import Assistant
from rag.text import content_terms, fold, words
from rag.types import Unit


@pytest.fixture(scope="module")
def assistant(built_index):
    return Assistant(built_index)


def _unit(text: str, headings=("IV. Nhiệm vụ cụ thể", "8. Các tỉnh ủy, thành ủy")) -> Unit:
    return Unit(unit_id="kh:IV.8.g1", doc_id="kh", kind="body", anchor="IV.8.g1", path="Kế hoạch › IV › 8",
                headings=tuple(headings), para=1, seq=1, start=0, end=len(text), text=text)


def test_a_time_slot_counts_only_in_the_sentence_that_carries_the_subject():
    unit = _unit("Xây dựng, ban hành chương trình, kế hoạch tổ chức thực hiện Nghị quyết (hoàn thành trong quý I/2024).")
    vocab = {"xay": 40, "dung": 60, "chuong": 30, "trinh": 30, "nhom": 5, "trong": 90, "tam": 8}
    # the deadline printed is that of the task the sentence names, not of "the key task groups"
    other = "Các nhóm nhiệm vụ trọng tâm phải hoàn thành vào năm nào?"
    subject = subject_terms(content_terms(other), "date")
    assert "hoan" not in subject and "nam" not in subject and "nhom" in subject
    cov, _ = bound_fill("date", subject, words(fold(other).lower()), [unit], vocab, 1000)
    assert cov < BOUND
    own = "Việc xây dựng chương trình, kế hoạch thực hiện nghị quyết phải hoàn thành vào năm nào?"
    cov, found = bound_fill("date", subject_terms(content_terms(own), "date"), words(fold(own).lower()), [unit],
                            vocab, 1000)
    assert cov >= BOUND and found is unit
    # no sentence fills the slot: nothing is bound, whatever the words
    assert bound_fill("number", subject, [], [unit], vocab, 1000) == (0.0, None)


def test_month_quarter_and_period_expressions_fill_a_time_slot():
    for text in ("tổ chức Hội nghị cán bộ toàn quốc (đầu tháng 12/2023)", "hoàn thành trong quý I/2024",
                 "sơ kết vào cuối quý II", "báo cáo trong 6 tháng đầu năm", "tổng kết vào tháng Mười",
                 "hoàn thành trong năm 2025"):
        assert slot_filled("time", text) and slot_filled("date", text), text
    assert not slot_filled("date", "tổ chức thực hiện thường xuyên") and slot_filled("time", "thực hiện thường xuyên")
    assert not slot_filled("time", "Xây dựng chương trình, kế hoạch tổ chức thực hiện 06 nhóm nhiệm vụ")
    assert expected_slot(fold("Hội nghị được tổ chức vào khoảng thời gian nào?").lower()) == "time"
    assert expected_slot(fold("Hội nghị tổ chức tháng mấy?").lower()) == "time"


def test_a_number_slot_is_filled_by_a_document_number_only():
    assert expected_slot(fold("Chiến lược đó đã ban hành chưa, số hiệu là gì?").lower()) == "number"
    assert slot_filled("number", "theo Nghị quyết số 43-NQ/TW ngày 24/11/2023")
    assert not slot_filled("number", "Chiến lược quốc gia phát triển đội ngũ doanh nhân đến năm 2030")


def test_an_organisation_named_after_a_person_is_not_a_person_name():
    assert not has_person_name("Bí thư thứ nhất Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh chủ trì")
    assert not has_person_name("Hà Nội, ngày 24 tháng 11 năm 2023")
    assert has_person_name("T/M BAN THƯỜNG VỤ\nPHÓ BÍ THƯ THƯỜNG TRỰC\nLò Minh Hùng")


def test_the_number_of_a_thing_only_mentioned_is_refused_with_what_is_missing(assistant):
    from eval.nearmiss import generate

    rows = [r for r in generate(assistant.holder.get()) if r["kind"] == "number-mentioned"]
    assert len(rows) >= 5
    answers = [assistant.ask(r["question"]) for r in rows]
    specific = [a for a in answers if a.refused and a.refusal_reason == "slot_missing"]
    assert len([a for a in answers if a.refused]) >= 0.6 * len(rows)
    assert specific and "không nêu số hiệu cụ thể" in specific[0].answer


def test_the_date_of_an_event_asked_in_other_words_is_answered_from_its_dated_sentence(assistant):
    a = assistant.ask("Bộ Chính trị tổ chức hội nghị cán bộ toàn quốc để học tập nghị quyết vào lúc nào?")
    assert not a.refused and a.citations
    assert "đầu tháng 12/2023" in a.citations[0].text
