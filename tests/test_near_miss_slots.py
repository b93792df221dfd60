"""Near-misses whose asked slot the question itself gives, or whose subject the evidence does not name, and their
answerable look-alikes: the question's own dates fill no time slot (rag.decision.given); a signer the question names
and an issuer asked of the work are not asked metadata (rag.decision.metadata.asked_metadata); a document of a kind no
held one is of is cited, not held (rag.decision.cited_subject); an event no evidence names answers no part
(rag.decision.binding.event_unnamed). Literal examples of our own."""
from rag.decision.binding import event_unnamed, slot_bound
from rag.decision.given import given_dates, without_given
from rag.decision.metadata import asked_metadata
from rag.question.route import understand
from rag.text import content_terms, fold, words


def test_the_dates_a_question_gives_are_read_folded():
    assert given_dates("Việc này phải xong trong quý I/2024, vậy làm bằng văn bản ngày nào?") == ["quy i", "2024"]
    assert given_dates("Chiến lược tới 2030 do ai soạn, khi nào xong?") == ["2030"]
    # a sentence that asks no time gives nothing (a statement set up to compare: "Trung ương cho hạn quý I/2024.")
    assert given_dates("Chiến lược tới 2030 do ai soạn?") == []
    assert given_dates("Trung ương cho hạn quý I/2024. Tỉnh đòi xong trước ngày nào?") == []
    assert given_dates("Ai chủ trì việc hướng dẫn quán triệt?") == []


def test_a_date_asked_to_be_confirmed_or_asked_only_as_when_is_not_given():
    # the date stated may be the very answer: "… hay khi nào?", "… đúng không?", "… hạn chót là khi nào?"
    assert given_dates("Hội nghị sơ kết tổ chức vào tháng 6/2026 hay khi nào?") == []
    assert given_dates("Báo cáo gửi trong quý II/2025 đúng không, cụ thể ngày nào?") == []
    assert given_dates("Trong năm 2027, tỉnh phải xong việc tổng kết, hạn chót là khi nào?") == []
    # a time asked at a grain finer than the one stated: the stated one is given
    assert "2027" in given_dates("Trong năm 2027 tỉnh tổng kết, cụ thể tháng mấy?")


def test_a_date_the_question_gives_is_blanked_and_what_the_text_adds_stays():
    given = given_dates("Báo cáo năm 2025 gửi vào ngày nào?")
    # the year is given; the day and month the text adds still give a day
    assert "ngay 15/12" in fold(without_given("Gửi báo cáo ngày 15/12/2025.", "day", given)).lower()
    # a text whose only date is the given year gives nothing new
    assert "2025" not in without_given("Hoàn thành trong năm 2025.", "date", given)
    # another slot than a time: untouched
    assert without_given("Hoàn thành trong năm 2025.", "place", given) == "Hoàn thành trong năm 2025."


def test_a_programme_named_with_a_year_the_question_gives_loses_its_span():
    given = given_dates("Đề án phát triển du lịch đến 2035 giao cho ai, hạn khi nào?")
    text = "Xây dựng Đề án phát triển du lịch cộng đồng đến năm 2035, tầm nhìn đến năm 2050."
    assert "2050" not in without_given(text, "time", given)
    # the look-alike: the question gives no year of it, the span stays (it may be the term asked)
    kept = without_given(text, "time", given_dates("Đề án phát triển du lịch cộng đồng có thời hạn đến khi nào?"))
    assert "2035" in kept and "2050" in kept


def _bound(index, slot: str, question: str, unit_ids: list[str]) -> bool:
    terms = content_terms(question)
    units = [index.units[u] for u in unit_ids]
    return slot_bound(slot, terms, words(fold(question)), units, index.lexical.vocab, index.lexical.vocab_total,
                      question=question)


def test_a_deadline_the_question_restates_does_not_answer_a_date_asked(index):
    # the government's programme is due "trong quý I/2024": asked the date of the document that carried it out,
    # the restated deadline answers nothing
    assert not _bound(index, "date", "Chương trình hành động của Chính phủ, việc phải xong trong quý I/2024 ấy, "
                      "được ký vào ngày nào?", ["kh-21-2023:IV.2.g1"])
    # the look-alike: asked when it is due, without giving it, the deadline answers
    assert _bound(index, "date", "Chương trình hành động của Chính phủ phải hoàn thành trong quý nào?",
                  ["kh-21-2023:IV.2.g1"])


def test_a_signer_the_question_names_is_not_asked(docs):
    q = "Văn bản do đồng chí Trần Văn Bình ký thay mặt Ban Thường vụ có số hiệu gì?"
    assert "signer" not in asked_metadata(understand(q, docs))
    # asked who signed, or the name asked: the signer stays asked
    assert "signer" in asked_metadata(understand("Văn bản của tỉnh do ai ký thay mặt Ban Thường vụ?", docs))
    assert "signer" in asked_metadata(understand("Đồng chí Trần Văn Bình ký thay mặt ai, họ tên đầy đủ là gì?",
                                                 docs))


def test_the_body_doing_the_work_is_not_the_issuer(docs):
    q = "Việc tổng kết nghị quyết do cơ quan nào chủ trì tổ chức?"
    assert "issuer" not in asked_metadata(understand(q, docs))
    assert "issuer" in asked_metadata(understand("Nghị quyết 43 do cơ quan nào ban hành?", docs))
    assert "issuer" in asked_metadata(understand("Kế hoạch của tỉnh do cơ quan nào?", docs))


def test_an_event_no_unit_names_is_unnamed(index):
    q = "Hội thảo khoa học về đoàn kết tôn giáo tổ chức năm nào, do ai chủ trì?"
    terms = content_terms(q)
    assert event_unnamed("date", terms, q, [index.units["kh-21-2023:IV.2.g1"]])
    # the conference's own paragraph names the conference
    q2 = "Hội nghị cán bộ toàn quốc quán triệt nghị quyết tổ chức năm nào, do ai chủ trì?"
    assert not event_unnamed("date", content_terms(q2), q2, [index.units["kh-21-2023:II.1.p1"]])
    # no event asked: nothing to name
    q3 = "Chương trình hành động phải xong năm nào, do ai chủ trì?"
    assert not event_unnamed("date", content_terms(q3), q3, [index.units["kh-21-2023:IV.2.g1"]])


def test_near_misses_are_refused_and_their_look_alikes_answered(assistant):
    refused = [
        "Hội thảo về đoàn kết tôn giáo của tỉnh sẽ tổ chức vào năm nào, do cơ quan nào chủ trì?",
        "Kế hoạch thực hiện NQ 43 của tỉnh mà đồng chí Lò Minh Hùng ký thay mặt Ban Thường vụ ban hành ngày nào?",
        "Cái Đề án về du lịch cộng đồng đó ban hành ngày nào, số mấy vậy?",
    ]
    for q in refused:
        assert assistant.ask(q).refused, q
    answered = [
        "Kế hoạch của Ban Thường vụ Tỉnh ủy do ai ký?",
        "Hội nghị cán bộ toàn quốc quán triệt Nghị quyết 43 do ai tổ chức, vào khoảng thời gian nào?",
        "Nghị quyết 43 do cơ quan nào ban hành?",
    ]
    for q in answered:
        assert not assistant.ask(q).refused, q
