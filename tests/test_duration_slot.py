"""How long something lasts ("kéo dài bao lâu", "nghỉ mấy tháng?") is a slot of its own: a length of time printed
where the question's subject is, not a date. The texts print hardly any (a span they give: "Qua 20 năm thực hiện
Nghị quyết số 23"), so most such questions are near-misses. Literal examples, then the real corpus."""
from rag.decision.slots import expected_slot, part_slots, slot_filled


def test_how_long_is_asked_by_bao_lau_and_a_count_of_periods():
    for q in ("Đợt học tập nghị quyết kéo dài bao lâu?", "Kế hoạch thực hiện trong thời gian bao lâu?",
              "Nghị quyết 23 đã thực hiện được bao lâu rồi?", "Được nghỉ thai sản mấy tháng?",
              "Lớp bồi dưỡng học bao nhiêu tuần?", "Phải hướng dẫn trong vòng mấy ngày sau khi nghị quyết ban hành?",
              "Mất bao nhiêu ngày để làm xong thủ tục", "ke hoach thuc hien trong bao lau"):
        assert expected_slot(q) == "duration", q


def test_a_few_years_and_a_recurrence_are_not_a_length_asked():
    # a recurrence is a frequency
    assert expected_slot("Bao lâu thì tổng kết một lần?") == "frequency"
    assert expected_slot("Cứ mấy tháng thì phải báo cáo Bộ Chính trị một lần?") == "frequency"
    # "mấy năm" as a few years, "không bao lâu" (soon), "bao lâu nay" (all this while): nothing asked
    for q in ("Nghị quyết nhìn nhận tình hình mấy năm qua ra sao?", "Tôi làm chủ tịch hội đã mười mấy năm nay.",
              "Trong vòng mấy năm qua đã làm được gì?", "Không bao lâu nữa sẽ sơ kết nghị quyết.",
              "Bao lâu nay vẫn làm như vậy."):
        assert expected_slot(q) is None, q
    # a date is still a date; "bao nhiêu năm kinh nghiệm" an amount
    assert expected_slot("Nghị quyết ban hành ngày nào?") == "day"
    assert expected_slot("có bao nhiêu năm kinh nghiệm") == "amount"
    assert part_slots("NQ 23 ban hành ngày nào, đã thực hiện bao lâu?") == ["day", "duration"]


def test_a_length_is_filled_by_a_count_of_periods_or_a_span_not_by_a_date():
    for text in ("Qua 20 năm thực hiện Nghị quyết số 23-NQ/TW", "trong ba tháng", "giai đoạn 2021-2025",
                 "từ năm 2023 đến năm 2025", "Chiến lược … đến năm 2030"):
        assert slot_filled("duration", text), text
    for text in ("ngày 24 tháng 11 năm 2023", "hoàn thành trong quý I/2024", "định kỳ hằng năm", "đầu tháng 12/2023",
                 "năm tháng qua"):
        assert not slot_filled("duration", text), text


def test_from_and_after_a_day_are_not_a_count_of_days():
    # "từ" (from) and "sau" (after) fold like "tư" (four) and "sáu" (six)
    for text in ("Nghị quyết có hiệu lực từ ngày ký.", "Chậm nhất sau ngày ban hành, các cấp ủy tổ chức quán triệt",
                 "Báo cáo kết quả từ tháng 12 hằng năm", "sau năm tháng qua"):
        assert not slot_filled("duration", text), text
    for text in ("học tập trong sáu tháng", "tập huấn tư ngày liền", "hoc tap trong sau thang",
                 "sau 6 tháng thực hiện"):
        assert slot_filled("duration", text), text


def test_a_length_no_text_prints_is_refused_naming_it(assistant):
    a = assistant.ask("Đợt học tập nghị quyết kéo dài bao lâu?")
    assert a.refused and a.refusal_reason == "slot_missing"
    assert "kéo dài bao lâu" in a.answer
    assert assistant.ask("Phụ nữ được nghỉ thai sản mấy tháng?").refused


def test_a_length_a_citing_clause_prints_is_answered_from_the_mentions(assistant):
    # "Qua 20 năm thực hiện Nghị quyết số 23-NQ/TW": the mentions state it
    a = assistant.ask("Nghị quyết 23 khóa IX đã thực hiện được bao lâu rồi?")
    assert a.mode == "mentions" and not a.refused
    assert any("20 năm" in c.text for c in a.citations)
    # a cited document no clause gives a length of: beyond the mentions
    b = assistant.ask("Kết luận 120 về quy chế dân chủ kéo dài bao lâu?")
    assert b.mode == "mentions" and b.refused and b.refusal_reason == "mentioned_only"


def test_generated_duration_near_misses_are_refused(assistant):
    from eval.nearmiss import generate

    rows = generate(assistant.holder.get())
    none = [r for r in rows if r["kind"] == "duration-none"]
    given = [r for r in rows if r["kind"] == "duration-given"]
    assert len(none) >= 10 and given
    assert all(assistant.ask(r["question"]).refused for r in none[::3])
    assert not any(assistant.ask(r["question"]).refused for r in given)
