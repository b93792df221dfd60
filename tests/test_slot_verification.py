"""Slot-level verification (issue 10 item 5): the asked thing must be printed where the question's subject is, or
the question is refused naming what is missing — a number or date asked of another document than the routed one
(rag.decision.asked_document), a sanction (rag.decision.slots), each part's slot bound where its subject is."""
from rag.decision.asked_document import metadata_of_another, without_held_numbers
from rag.decision.slots import expected_slot, slot_filled
from rag.text import fold


def _another(question: str, spans=(), kinds=("Kế hoạch",)) -> bool:
    return metadata_of_another(fold(question).lower(), list(spans), set(kinds))


def test_a_number_asked_of_a_document_named_by_a_bare_kind_word_is_of_another_document():
    q = "Kế hoạch 5 giao Bộ Y tế soạn đề án, vậy Bộ đã ra quyết định số mấy để làm?"
    assert _another(q, spans=[(0, 10)])
    # the routed document's own kind, a numbered kind word, or no kind word in the asking clause: the routed one
    assert not _another("Thành ủy ban hành kế hoạch đó vào ngày nào, số mấy?", spans=[(0, 8)])
    assert not _another("Kế hoạch 5 thực hiện nghị quyết 12 ban hành ngày nào?", spans=[(0, 10)])
    assert not _another("Kế hoạch 5 giao nhiều việc, bản sao đó số mấy?", spans=[(0, 10)])


def test_a_held_documents_number_does_not_give_another_documents(index):
    held = next(d.entry["number"] for d in index.docs.values() if d.entry.get("number"))
    text = f"Xây dựng chương trình thực hiện Nghị quyết số {held} của Bộ Chính trị"
    assert slot_filled("number", text) and not slot_filled("number", without_held_numbers(text, index.docs))
    assert slot_filled("number", without_held_numbers("theo Quyết định số 88/QĐ-TTg", index.docs))


def test_a_sanction_is_asked_by_its_forms_and_filled_only_by_one():
    for q in ("Kế hoạch quy định hình thức kỷ luật với đơn vị chậm trễ thế nào?", "Kế hoạch có nêu mức phạt cho đơn vị chậm báo cáo không?",
              "Hình thức xử lý đối với cán bộ vi phạm là gì?", "Có chế tài gì với tổ chức không báo cáo?"):
        assert expected_slot(q) == "sanction", q
    for q in ("Mục phát huy vai trò của nhân dân nói gì?", "muc phat huy vai tro cua nhan dan noi gi",
              "bi phat trien cham thi ke hoach giao gi", "Nghị quyết yêu cầu xử lý ra sao với tệ nạn?",
              "Phát huy dân chủ đi đôi với kỷ luật ở chỗ nào?",
              "Nghị quyết yêu cầu tăng cường kỷ luật như thế nào trong hệ thống chính trị?",
              "Nghị quyết 43 nói về kỷ luật ra sao?", "Cán bộ vi phạm quy chế dân chủ bị xử lý ra sao?"):
        assert expected_slot(q) != "sanction", q
    assert slot_filled("sanction", "xử lý nghiêm hành vi lợi dụng dân chủ để chống phá")
    assert slot_filled("sanction", "tổ chức vi phạm bị xem xét kỷ luật theo quy định")
    assert not slot_filled("sanction", "Phát huy dân chủ đi đôi với tăng cường kỷ luật, kỷ cương trong xã hội")


def test_a_part_whose_agent_is_printed_is_still_answered(assistant):
    # the body that leads the task is printed with it; the day is not: the part answered, the day named missing
    a = assistant.ask("Việc xây dựng Chương trình hành động của Chính phủ thực hiện Nghị quyết 43 ai chủ trì, hoàn thành trước ngày nào?")
    assert not a.refused


def test_a_number_and_date_of_a_document_a_plan_asks_for_are_refused(assistant):
    a = assistant.ask("Kế hoạch 21 giao Ban cán sự đảng Chính phủ xây dựng Chương trình hành động, vậy Chính phủ đã "
                      "ra quyết định số mấy, ngày nào để làm việc đó?")
    assert a.refused and a.refusal_reason == "slot_missing"


def test_a_sanction_a_plan_does_not_print_is_refused_naming_it(assistant):
    a = assistant.ask("Kế hoạch 21 quy định hình thức kỷ luật đối với cấp ủy chậm xây dựng chương trình ra sao?")
    assert a.refused and "hình thức xử lý, kỷ luật" in a.answer


def test_a_programme_named_with_its_horizon_after_a_comma_is_one_name(index):
    from rag.decision.unheld_content import unheld_content
    q = "Chiến lược đại đoàn kết toàn dân tộc đến năm 2030, tầm nhìn 2045 đặt ra bao nhiêu chỉ tiêu?"
    assert unheld_content(q, index) == "Chiến lược đại đoàn kết toàn dân tộc đến năm 2030, tầm nhìn 2045"
    # a horizon the texts never name with it is still not a name they print
    assert unheld_content("Chiến lược đại đoàn kết toàn dân tộc đến năm 2030, tầm nhìn biển xanh gồm mấy chỉ tiêu?", index) is None


def test_a_bare_kind_word_ahead_of_the_document_it_carries_out_is_another_document_of_any_kind():
    # "Chính phủ ra nghị quyết số mấy để thực hiện NQ 12": the resolution asked carries out the named one, which is
    # a resolution too
    q = "Chính phủ ra nghị quyết số mấy để thực hiện NQ 12?"
    at = fold(q).lower().index("nq 12")
    assert metadata_of_another(fold(q).lower(), [(at, at + 5)], {"Nghị quyết"}, carried_out=True)
    # the look-alikes: the kind word after the carried-out document takes it up ("nghị quyết đó"); a document of
    # the routed kind named not as carried out stays the routed one
    q = "Thực hiện NQ 12, nghị quyết đó số mấy?"
    at = fold(q).lower().index("nq 12")
    assert not metadata_of_another(fold(q).lower(), [(at, at + 5)], {"Nghị quyết"}, carried_out=True)
    assert not _another("Thành ủy ban hành kế hoạch đó vào ngày nào, số mấy?", spans=[(0, 8)])


def test_the_force_of_a_text_is_asked_with_words_between_and_not_the_force_of_the_state():
    assert expected_slot("NQ 12 có hiệu lực kể từ ngày ký hay từ ngày nào vậy?") == "validity"
    assert expected_slot("Quy định này hiệu lực từ hôm ban hành hay khi nào?") == "validity"
    assert expected_slot("Nâng cao hiệu lực bộ máy nhà nước đến năm nào?") != "validity"
    assert expected_slot("Tăng cường hiệu lực quản lý phải xong khi nào?") != "validity"
    assert expected_slot("Vai trò hiệu lực của Nhà nước được nâng cao từ năm nào?") != "validity"


def test_two_slots_unprinted_are_not_saved_by_a_part_asking_no_slot(assistant):
    # a day and a place of a meeting the texts do not date or place: the part asking who presents rides along
    a = assistant.ask("Buổi quán triệt nghị quyết ở tỉnh diễn ra ngày nào, tại đâu, ai trình bày?")
    assert a.refused and a.refusal_reason == "slot_missing"
    # the day printed (a yearly report before 25/12): the other parts are answered with it
    a = assistant.ask("Ban Dân vận Tỉnh ủy báo cáo trước ngày nào, báo cáo cho ai và nội dung gì?")
    assert not a.refused
