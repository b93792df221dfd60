"""A slot must be printed where the question's subject is: a calendar day for "ngày nào", every slot of a question
that asks only slots; and "gửi báo cáo lên cơ quan nào" reads the recipients. Literal examples, then the real
corpus."""
from rag.decision.slots import expected_slot, other_part_asks, part_slots, slot_filled
from rag.question.intents import intents_of
from rag.text import fold


def f(text: str) -> str:
    return fold(text).lower()


def test_a_day_is_asked_by_ngay_nao_and_filled_only_by_a_day():
    assert expected_slot(f("Hội nghị được tổ chức vào ngày nào?")) == "day"
    assert expected_slot(f("Văn bản ký ngày mấy?")) == "day"
    # a deadline asked by its day is still a date: "trong quý I/2024" answers it
    assert expected_slot(f("Việc này phải hoàn thành trước ngày nào?")) == "date"
    assert expected_slot(f("Hạn chót là ngày nào?")) == "date"
    assert slot_filled("day", "ngày 24 tháng 11 năm 2023") and slot_filled("day", "(trước ngày 25/12)")
    assert slot_filled("day", "Hà Nội, 24/11/2023")
    assert not slot_filled("day", "(đầu tháng 12/2023)") and not slot_filled("day", "hoàn thành trong quý I/2024")


def test_the_parts_of_a_question_and_what_each_asks():
    assert part_slots(f("Hội nghị tổ chức vào ngày nào, tại đâu?")) == ["day", "place"]
    assert part_slots(f("Ai chủ trì và khi nào xong?")) == [None, "time"]
    assert part_slots(f("Nghị quyết nói gì về thanh niên?")) == [None]


def test_which_bodies_a_plan_reports_to_asks_its_recipients():
    assert intents_of(f("Kế hoạch có gửi báo cáo lên cơ quan trung ương nào không?")) == ["recipients"]
    assert intents_of(f("Ban Dân vận phải gửi báo cáo lên Tỉnh ủy trước ngày nào?")) == ["deadline"]


def test_two_slots_neither_printed_is_refused_naming_both(assistant):
    a = assistant.ask("Theo Kế hoạch 21, Hội nghị cán bộ toàn quốc học tập, quán triệt Nghị quyết diễn ra "
                      "vào ngày nào, ở đâu?")
    assert a.refused and a.refusal_reason == "slot_missing"
    assert "ngày cụ thể và địa danh cụ thể" in a.answer


def test_a_report_to_question_cites_the_recipients(assistant):
    a = assistant.ask("Kế hoạch 21 có gửi báo cáo lên cơ quan nào không?")
    assert not a.refused and a.citations[0].unit_id.endswith(":recipients")


def test_generated_day_near_misses_are_refused(assistant):
    from eval.nearmiss import generate

    rows = generate(assistant.holder.get())
    none = [r for r in rows if r["kind"] == "day-none"]
    given = [r for r in rows if r["kind"] == "day-given"]
    assert len(none) >= 5 and given
    assert all(assistant.ask(r["question"]).refused for r in none)
    assert not any(assistant.ask(r["question"]).refused for r in given)


def test_at_the_head_of_a_text_is_not_where():
    # "ở đầu nghị quyết" (at its beginning) folds like "ở đâu": typed with marks the syllable tells them apart,
    # typed bare a part of a text after it reads "at the head of"
    for q in ("Phần đánh giá ở đầu nghị quyết 43 nói những gì?", "Ở đầu năm 2024 tỉnh làm gì?"):
        assert expected_slot(q) is None
    assert expected_slot("Phan danh gia o dau nghi quyet 43 noi nhung gi?") is None
    assert expected_slot(f("Phần đánh giá ở đầu nghị quyết 43 nói những gì?")) is None
    for q in ("Hội nghị tổ chức ở đâu?", "Văn bản được ký tại đâu?", "Hội nghị Trung ương 8 họp ở đâu năm 2023?",
              "Hội nghị tổ chức tại đâu tháng 12?", "Tin đăng ở đâu, trang nào?", "Bài viết ở đâu trang nào?"):
        assert expected_slot(q) == "place", q
    # unaccented: a year, a month or a quarter after "o dau" does not make it "at the head of"
    for q in ("Hoi nghi Trung uong 8 hop o dau nam 2023?", "Hoi nghi to chuc tai dau thang 12?",
              "Hoi nghi to chuc o dau?", "Van ban duoc ky tai dau?"):
        assert expected_slot(q) == "place", q


def test_the_parts_of_a_question_are_read_as_typed():
    assert part_slots("Hội nghị tổ chức vào ngày nào, ở đâu năm 2023?") == ["day", "place"]
    assert part_slots("Ai viết phần ở đầu nghị quyết, và khi nào xong?") == [None, "time"]
    assert other_part_asks("Ai chủ trì, ở đâu?", "place")
    assert not other_part_asks("Phần ở đầu nghị quyết nói gì?", "place")
