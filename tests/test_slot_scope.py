"""What an asked slot covers: "X nào cũng" asks nothing, "… là ai" after a body's head noun asks a body, a
programme's horizon is no deadline, and a part asking which body is a part of a multi-part question. Sentences of
our own, each with a look-alike that keeps the old reading."""
from rag.decision.slots import asks_body, asks_due, expected_slot, part_slots, slot_filled, without_horizons


def test_an_asking_word_before_cung_is_a_universal_not_a_question():
    assert expected_slot("Lễ mít tinh năm nào cũng tổ chức, cần chuẩn bị những gì?") is None
    assert expected_slot("Ở xã, ai cũng phải học nghị quyết phải không?") is None
    assert expected_slot("Lúc nào cũng phải giữ mối liên hệ với dân, văn bản nói vậy không?") is None
    # the look-alikes ask
    assert expected_slot("Lễ mít tinh được tổ chức vào năm nào?") == "date"
    assert expected_slot("Ai là người chủ trì buổi lễ?") == "person"
    assert expected_slot("Cuộc họp diễn ra khi nào, cũng ở hội trường cũ à?") == "time"
    # "cùng" (with) and "cung cấp" (provide) fold like "cũng" and keep the question
    assert expected_slot("Sở Y tế nộp báo cáo quý vào tháng nào cùng với Sở Giáo dục?") == "date"
    assert expected_slot("Hai huyện khởi công năm nào cùng lúc với tỉnh bạn?") == "date"
    assert expected_slot("Khi nào cung cấp số liệu cho đoàn kiểm tra?") == "time"
    assert expected_slot("Đồng chí nào cùng dự buổi tiếp xúc cử tri?") == "person"
    # typed without marks, "cung" keeps the universal reading
    assert expected_slot("nam nao cung to chuc le mit tinh a") is None


def test_la_ai_after_a_body_head_asks_a_body():
    for q in ("Đầu mối tổng hợp, báo cáo kết quả thực hiện là ai?",
              "Trong kế hoạch huyện, cơ quan thường trực theo dõi việc này là ai?",
              "Nhóm thứ ba là ai, được giao làm gì?", "don vi phu trach la ai"):
        assert expected_slot(q) != "person" and asks_body(q), q
    # a person's noun or an office ahead of the body, or no body at all: a person
    for q in ("Người đứng đầu cơ quan thường trực là ai?", "Chánh văn phòng của đơn vị đó là ai?",
              "Bản sao do ai ký, người ký là ai?", "Văn bản này là ai ký?",
              "Phần tổ chức thực hiện xong. Đồng chí trưởng ban là ai?"):
        assert expected_slot(q) == "person" and not asks_body(q), q
    # a leading adjunct "Ở/Trong/Tại …," is not the subject: the head is sought after it, both ways
    for q in ("Ở thị xã Sơn Tây, đơn vị tiếp nhận phản ánh của dân là ai?",
              "Tại huyện đảo, bộ phận tổng hợp số liệu là ai?"):
        assert expected_slot(q) != "person" and asks_body(q), q
    for q in ("Ở đơn vị thường trực, người trực tiếp ký báo cáo là ai?",
              "Trong cơ quan tham mưu của huyện, trưởng phòng phụ trách là ai?"):
        assert expected_slot(q) == "person" and not asks_body(q), q
    # "phố" (street), "trường" (school), "ba" (three) fold like an office or a title but are no person's head
    assert asks_body("Khu phố văn hóa, đơn vị chấm điểm là ai?")
    assert asks_body("Ba cơ quan phối hợp chính là ai?")
    assert asks_body("Nhà trường và đơn vị chủ quản là ai?")
    # typed as the office or the title, they stay a person
    assert not asks_body("Phó trưởng ban của cơ quan thường trực là ai?")
    assert not asks_body("Bà chủ nhiệm của đơn vị là ai?")
    assert not asks_body("pho giam doc don vi do la ai")
    # the clause of "là ai" starts after a sentence end: a body named in an earlier sentence is not its head
    assert expected_slot("Cơ quan nào chủ trì? Người ký quyết định là ai?") == "person"


def test_a_programmes_horizon_is_not_a_deadline_asked():
    text = "Nghiên cứu, xây dựng Đề án phát triển nguồn nhân lực số đến năm 2030, tầm nhìn đến năm 2045."
    assert asks_due("Đề án đó phải hoàn thành trong năm nào?") and asks_due("bao giờ phải xong?")
    assert not asks_due("Đề án đó tính đến năm nào?")
    # "thời hạn" is as often the term the programme runs: its horizon answers it
    assert not asks_due("Thời hạn thực hiện đề án đến năm 2030 quy định thế nào?")
    # a time set by a condition answers "khi nào" even when the horizon is set aside
    assert slot_filled("time", text[:-1] + " (thực hiện khi có hướng dẫn của cấp trên).", due=True)
    assert not slot_filled("date", text, due=True) and not slot_filled("time", text, due=True)
    # the horizon answers a question about the horizon itself
    assert slot_filled("date", text)
    # a deadline printed beside the programme still fills it
    assert slot_filled("time", text[:-1] + " (hoàn thành trong quý II/2025).", due=True)
    assert slot_filled("date", "Ban hành kế hoạch hành động, hoàn thành đến năm 2025.", due=True)
    # a lowercase "chương trình" is no programme's name: the year stays
    assert slot_filled("date", "Các huyện xây dựng chương trình hành động đến năm 2026.", due=True)
    assert "tầm nhìn" not in without_horizons(text) and "Nghiên cứu, xây dựng" in without_horizons(text)


def test_a_part_asking_which_body_is_a_part_filled_by_a_body_name():
    assert part_slots("Đề án ấy do bộ nào chủ trì và phải xong trước năm nào?") == ["body", "date"]
    assert part_slots("Cơ quan chủ trì đề án là ai, phải xong khi nào?") == ["body", "time"]
    assert part_slots("Hội nghị tổ chức ngày nào, ở đâu?") == ["day", "place"]
    assert slot_filled("body", "Ban Tuyên giáo Tỉnh ủy chủ trì, phối hợp với Sở Nội vụ")
    assert slot_filled("body", "Các tỉnh ủy, thành ủy xây dựng kế hoạch")
    assert not slot_filled("body", "Bộ đội biên phòng, dân quân và nhân dân cùng tham gia Hội nghị")
    assert not slot_filled("body", "Xây dựng Đề án phát triển nguồn nhân lực số đến năm 2030.")


def test_look_alikes_of_a_body_and_a_condition_are_read_as_typed():
    # "bản nào" asks which copy or text, "ban nào" which committee
    assert part_slots("Bản nào nêu mục tiêu đào tạo và phải xong năm nào?") == [None, "date"]
    assert part_slots("Ban nào chủ trì và phải xong năm nào?") == ["body", "date"]
    # "Ban hành" opening a sentence is a verb, not a committee
    assert not slot_filled("body", "Ban hành quy chế làm việc trong quý này.")
    assert slot_filled("body", "Ban Dân vận hướng dẫn các chi bộ.")
    # "khi có …" sets a time by a condition; "khi cơ quan …" does not
    assert slot_filled("time", "Các xã tổ chức lại khi có hướng dẫn mới.")
    assert not slot_filled("time", "Hồ sơ được chuyển khi cơ quan thuế yêu cầu.")


def test_ai_la_before_a_body_head_asks_a_body():
    # "ai là X" mirrors "X là ai": a role that a body or a group fills ("đầu mối", "cơ quan", "lực lượng")
    for q in ("Theo nghị quyết, ai là lực lượng nòng cốt trong vận động quần chúng?",
              "Ở huyện, ai là đầu mối nhận báo cáo của các xã?", "ai la co quan tham muu cho tinh uy",
              "Ai là những lực lượng giữ vai trò chủ yếu?", "Lực lượng xung kích ở thôn là ai?"):
        assert expected_slot(q) != "person" and asks_body(q), q
    # a person's noun or an office after "ai là", or none at all: a person
    for q in ("Ai là người chủ trì hội nghị tổng kết?", "Ai là tác giả bài viết đó?",
              "Ai là trưởng đơn vị tiếp nhận phản ánh?", "Ai là chỉ huy lực lượng dân quân xã?",
              "Ai là người đứng đầu cơ quan thường trực?", "ai la nguoi ky van ban nay"):
        assert expected_slot(q) == "person" and not asks_body(q), q
