"""The time or place of an event a question names (a meeting, a review, a course) must stand in the clause that
names it (rag.decision.binding.events_asked), and "mấy" counts sittings and attendants as it counts people
(rag.decision.slots). Literal examples of our own on real units of the corpus, each with a look-alike."""
from rag.decision.binding import events_asked, slot_bound, subject_terms
from rag.decision.slots import expected_slot
from rag.text import content_terms, fold, words


def _bound(index, slot: str, question: str, unit_ids: list[str]) -> bool:
    terms = content_terms(question)
    units = [index.units[u] for u in unit_ids]
    return slot_bound(slot, terms, words(fold(question)), units, index.lexical.vocab, index.lexical.vocab_total,
                      question=question)


def _events(question: str, slot: str) -> list[str]:
    return events_asked(question, subject_terms(content_terms(question), slot), slot)


def test_the_events_asked_are_read_from_the_subject_for_a_time_or_a_place_only():
    assert _events("Hội nghị tập huấn của tỉnh tổ chức vào ngày nào?", "day") == ["tap huan"]
    assert _events("Hội nghị cán bộ của tỉnh tổ chức vào ngày nào?", "day") == ["hoi nghi"]
    assert _events("Lớp bồi dưỡng mở ở đâu?", "place") == ["lop boi duong"]
    assert _events("hoi nghi so ket to chuc khi nao", "time") == ["so ket"]
    # a syllable typed bare in a question typed with marks (a phone's partial marks) may be either: kept
    assert _events("Hội nghị so ket của tỉnh tổ chức khi nào?", "time") == ["so ket"]
    # a count or a person asked of a meeting: no clause rule
    assert _events("Hội nghị có bao nhiêu đại biểu?", "amount") == []
    # no event named; "dài hơi" typed with marks is not "đại hội"; the asker's own occasion is not asked of
    assert _events("Các cấp ủy phải ban hành kế hoạch khi nào?", "time") == []
    assert _events("Chiến lược dài hơi này phải xong khi nào?", "time") == []
    assert _events("Chuẩn bị cho kỳ họp tới, cho hỏi chương trình phải xong năm nào?", "date") == []
    assert _events("Để làm báo cáo sơ kết, cho hỏi kế hoạch phải hoàn thành khi nào?", "time") == []


def test_a_time_of_another_clause_does_not_date_the_review(index):
    # "thường xuyên theo dõi …; định kỳ sơ kết, tổng kết": the review is periodic, no time is given for it
    assert not _bound(index, "time", "Khi nào Ban Dân vận Trung ương sơ kết việc thực hiện Nghị quyết?",
                      ["nq-43-2023:IV.7.p1"])
    # the look-alike: the follow-up of the same clause is dated ("thường xuyên")
    assert _bound(index, "time", "Ban Dân vận Trung ương theo dõi, đôn đốc việc thực hiện Nghị quyết khi nào?",
                  ["nq-43-2023:IV.7.p1"])


def test_a_deadline_of_a_sentence_that_does_not_name_the_event_does_not_date_it(index):
    # a strategy to be drafted "trong năm 2025" is not the year of a review
    assert not _bound(index, "date", "Kế hoạch giao sơ kết việc thực hiện vào năm nào?", ["kh-21-2023:IV.3.g2"])
    # the look-alike: the research that sums up practice ("tổng kết thực tiễn") is dated in its own clause
    assert _bound(index, "date", "Việc nghiên cứu lý luận, tổng kết thực tiễn về các giai tầng xã hội xong năm nào?",
                  ["kh-21-2023:IV.6.p1"])
    # and the conference's own paragraph dates the conference
    assert _bound(index, "time", "Hội nghị cán bộ toàn quốc quán triệt nghị quyết tổ chức khi nào?",
                  ["kh-21-2023:II.1.p1"])


def test_may_counts_sittings_and_attendants():
    assert expected_slot("Tỉnh mở mấy lớp bồi dưỡng cho báo cáo viên?") == "amount"
    assert expected_slot("Năm nay tập huấn mấy khóa cho cán bộ Mặt trận?") == "amount"
    assert expected_slot("Hội nghị có mấy đại biểu dự?") == "amount"
    assert expected_slot("Mỗi năm tổ chức mấy đợt kiểm tra?") == "amount"
    # the look-alikes: the term of a Congress ("khóa mấy"), the plural determiner before a clause that asks
    # something else, and the parts of a text (counted by the structure answerers)
    assert expected_slot("Luật đó do Quốc hội khóa mấy thông qua?") != "amount"
    assert expected_slot("Văn bản bảo mấy hội đoàn thể ở thôn phải lo những việc gì?") is None
    assert expected_slot("Văn bản dặn gì với mấy đại biểu dân cử ở xã?") is None
    assert expected_slot("Kế hoạch có mấy nhóm nhiệm vụ?") is None


def test_a_course_count_not_printed_is_refused_and_a_printed_date_answered(assistant):
    a = assistant.ask("Tỉnh ủy mở mấy lớp quán triệt Nghị quyết 43 cho cán bộ cơ sở?")
    assert a.refused
    b = assistant.ask("Hội nghị cán bộ toàn quốc quán triệt Nghị quyết 43 tổ chức khi nào?")
    assert not b.refused and b.citations[0].unit_id == "kh-21-2023:II.1.p1"


def test_an_hour_is_asked_and_only_an_hour_fills_it():
    from rag.decision.slots import slot_filled
    assert expected_slot("Hội nghị khai mạc lúc mấy giờ?") == "hour"
    assert expected_slot("hoi nghi bat dau tu gio nao") == "hour"
    assert slot_filled("hour", "Hội nghị khai mạc lúc 8 giờ 30 ngày 5/12/2023.")
    assert slot_filled("hour", "Khai mạc 7h30 sáng thứ Hai.")
    # the look-alikes: a date is not an hour; "máy" (a machine) is not "mấy"; a day asked stays a day
    assert not slot_filled("hour", "Hội nghị khai mạc ngày 5/12/2023.")
    assert expected_slot("Bộ máy giờ đã tinh gọn ra sao?") is None
    assert expected_slot("Hội nghị khai mạc ngày nào?") == "day"


def test_the_report_of_a_review_is_the_review_asked():
    assert _events("Ban Dân vận phải trình báo cáo sơ kết lên trên vào năm nào?", "date") == ["so ket"]
    assert _events("Soạn bài cho lớp bồi dưỡng, cho hỏi kế hoạch phải xong khi nào?", "time") == []
