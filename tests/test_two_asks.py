"""Two asks of one document in one question, one of them a catalog fact (rag/answerers/compound/asks.py): each part is answered
by the answerer that fits it, a part whose fact is not printed gets its own refusal line. The questions are written
for these tests (issue #10, item 6); unit ids read from the texts."""

import pytest

from conftest import cited_ids
from rag.answerers.compound.asks import texts_asked
from rag.decision.states import states_fact
from rag.question.intents import intents_of
from rag.question.route import understand
from rag.text import fold



@pytest.mark.parametrize("question", [
    "Kế hoạch của tỉnh ban hành ngày nào và giao ai chủ trì?",
    "ke hoach cua tinh ban hanh ngay nao va giao ai chu tri",
    # "ký ban hành ngày nào" asks when it was signed, not who signed (no signature quoted)
    "Kế hoạch của tỉnh ký ban hành ngày nào và giao ai chủ trì?",
])
def test_a_date_not_printed_gets_its_line_while_the_assignee_is_answered(ask, question):
    a = ask(question)
    # a partial answer is an answer (as rag.answerers.compound.parts gives one): the missing part's line inline
    assert a.mode == "asks" and not a.refused and a.refusal_reason == ""
    assert cited_ids(a) == ["kh-btvtu-nq43:IV.3.p1"]
    assert "không nêu ngày ban hành của Kế hoạch của Ban Thường vụ Tỉnh ủy" in a.answer
    assert "Giao Ban Dân vận Tỉnh ủy chủ trì" in a.answer
    # the parts in the order asked
    assert a.answer.index("ngày ban hành") < a.answer.index("Ban Dân vận")


def test_a_part_answered_with_low_confidence_keeps_its_hedge(ask):
    # typed without marks, the assignee is answered with low confidence: the joined answer carries the hedge
    # (shown because the answer is not a refusal)
    a = ask("ke hoach cua tinh ban hanh ngay nao va giao ai chu tri")
    assert a.mode == "asks" and not a.refused and a.low_confidence


@pytest.mark.parametrize("question", ["Kế hoạch của tỉnh ký ban hành ngày nào?", "ke hoach cua tinh ky ban hanh ngay nao",
                                      # words between "ký ban hành" and the question of time, a month asked
                                      "Kế hoạch 21 ký ban hành ngày tháng năm nào?", "Kế hoạch của tỉnh ký ban hành từ lúc nào?",
                                      "Kế hoạch 21 ký ban hành tháng mấy?", "nghi quyet 43 ky ban hanh nam may"])
def test_signed_on_which_day_asks_the_date_only(question):
    assert intents_of(fold(question), question) == ["date"]


@pytest.mark.parametrize("q", ["Ai ký ban hành ngày nào?", "Nghị quyết 43 được ký ban hành ngày nào và bởi ai?",
                               "Kế hoạch 21 ký ban hành ngày nào, do ai?",
                               "ke hoach 21 ky ban hanh vao ngay nao, cua dong chi nao"])
def test_who_signed_on_which_day_still_asks_the_signer(q):
    assert intents_of(fold(q), q) == ["signer", "date"]


@pytest.mark.parametrize("q, intents", [
    # a question of time alone after the verb, ending the sentence, asks when it was signed
    ("Nghị quyết 43 do đồng chí nào ký, ngày nào?", ["signer", "date"]),
    ("Kế hoạch 21 ai ký, khi nào vậy?", ["signer", "date"]),
    ("Nghị quyết 43 do ai ký và khi nào?", ["signer", "date"]),
    # a question of time with a verb of its own asks something else
    ("Kế hoạch 21 ai ký, ngày nào thì tỉnh triển khai?", ["signer"]),
    ("Kế hoạch 21 do ai ký, khi nào phải sơ kết?", ["signer"]),
    ("Nghị quyết 43 ai ký, năm nào tổng kết?", ["signer"]),
])
def test_a_bare_question_of_time_after_signed_asks_the_signing_date(q, intents):
    assert [i for i in intents_of(fold(q), q) if i in ("signer", "date")] == intents


@pytest.mark.parametrize("question", [
    "Kế hoạch 21 ban hành ngày nào, có bao nhiêu phần?",
    "ke hoach 21 ban hanh ngay nao, co bao nhieu phan",
    "Kế hoạch 21 ký ban hành ngày nào và có bao nhiêu phần?",     # the date asked with "ký": no signature cited
    "Kế hoạch 21 ký ban hành ngày tháng năm nào và có mấy phần?",
    "Kế hoạch 21 ký ban hành tháng mấy, có mấy phần?",
])
def test_an_issue_date_and_a_count_of_parts_are_both_answered_date_first(ask, question):
    a = ask(question)
    assert a.mode == "asks" and not a.refused
    assert cited_ids(a)[0] == "tin-kh21:preamble.p1"          # the news item prints the plan's date
    assert "kh-21-2023:signature" not in cited_ids(a)
    assert "Ngày 28 tháng 11 năm 2023" in a.answer and "gồm 5 phần" in a.answer
    assert "kh-21-2023:V" in cited_ids(a)


def test_the_signer_is_answered_and_a_report_deadline_not_printed_gets_its_line(ask):
    a = ask("Chương trình của Cần Thơ ai ký và hạn nộp báo cáo khi nào?")
    assert a.mode == "asks" and not a.refused
    assert cited_ids(a) == ["ct-tucantho-nq43:signature"]
    assert "Nguyễn Văn Hiếu" in a.answer and "Không tìm thấy «hạn nộp báo cáo»" in a.answer.split("\n2. ")[1]


def test_typed_without_marks_a_part_refused_for_loose_evidence_beside_a_catalog_answer_gets_a_line(ask):
    # the deadline part alone is refused as weakly evidenced (no topic named missing): it still gets its line, the
    # signer is answered, as with marks
    a = ask("chuong trinh cua can tho ai ky va han nop bao cao khi nao")
    assert a.mode == "asks" and not a.refused and cited_ids(a) == ["ct-tucantho-nq43:signature"]
    assert "Không thấy nội dung trả lời phần này trong: Chương trình của Thành ủy Cần Thơ" in a.answer.split("\n2. ")[1]


@pytest.mark.parametrize("question", ["Kế hoạch 21 ai ký và ký ở đâu?", "Kế hoạch 21 ký ở đâu và ai ký?",
                                      "ke hoach 21 ai ky va ky o dau"])
def test_a_place_not_printed_is_named_missing_not_answered_by_the_header(ask, question):
    a = ask(question)
    assert not a.refused and cited_ids(a) == ["kh-21-2023:signature"]
    assert "Trương Thị Mai" in a.answer and "không nêu nơi ban hành" in a.answer


def test_a_header_states_the_place_only_when_it_prints_the_catalog_place(assistant):
    index = assistant.holder.get()
    header = {d: next(u for u in index.doc_units(d) if u.kind == "header") for d in ("kh-21-2023", "nq-43-2023")}
    assert not states_fact(header["kh-21-2023"], "place", index.docs["kh-21-2023"].entry)
    assert states_fact(header["nq-43-2023"], "place", index.docs["nq-43-2023"].entry)


@pytest.mark.parametrize("question", ["Nghị quyết 43 do ai ký và ký ở đâu?", "nghi quyet 43 do ai ky va ky o dau"])
def test_who_signed_and_where_are_both_quoted(ask, question):
    a = ask(question)
    assert not a.refused and cited_ids(a) == ["nq-43-2023:signature", "nq-43-2023:header"]
    assert "TỔNG Bí THƯ" in a.answer and "Hà Nội" in a.answer


@pytest.mark.parametrize("question", [
    # one ask of one passage, written with "và" or a comma
    "Kế hoạch 21 giao nghiên cứu, xây dựng Chiến lược đại đoàn kết cho ai và thời hạn khi nào?",
    "Kế hoạch 21 giao ai chủ trì và phối hợp việc thể chế hoá Nghị quyết?",
    "Kế hoạch của tỉnh nêu mục tiêu và nhiệm vụ gì?",
    "Nghị quyết 43 có bao nhiêu quan điểm và bao nhiêu nhóm nhiệm vụ?",
    # several catalog facts: the catalog answers them together
    "Kế hoạch 21 ai ký và ban hành ngày nào?",
    "Kế hoạch của Ban Thường vụ Tỉnh ủy do ai ký, ở cương vị gì?",
    # a count and a pick of one of those counted: one outline ask
    "Kế hoạch 21 ban hành ngày nào, có mấy phần, phần cuối cùng nói gì?",
    # a number asked of a node of the outline, not of the document
    "Kế hoạch của tỉnh, phần dành cho Mặt trận là mục số mấy, gồm bao nhiêu việc?",
    # the catalog fact of another thing than the routed document
    "Chiến lược quốc gia phát triển đội ngũ doanh nhân mà Nghị quyết 43 nhắc tới ban hành ngày nào, nội dung gì?",
    "Kế hoạch của tỉnh có nhắc nghị quyết về cựu chiến binh, nghị quyết đó số mấy, nói về việc gì?",
])
def test_one_ask_or_asks_that_lean_on_each_other_are_not_split(docs, question):
    assert texts_asked(understand(question, docs), docs) is None


def test_each_part_is_asked_with_the_words_naming_the_document(docs):
    u = understand("Bản sao y NQ43 của Văn phòng Tỉnh ủy Lạng Sơn số mấy, nội dung chính gồm những gì?", docs)
    assert texts_asked(u, docs) == (
        ["Bản sao y nghị quyết 43 của Văn phòng Tỉnh ủy Lạng Sơn số mấy", "nội dung chính gồm những gì"],
        ["Bản sao y nghị quyết 43 của Văn phòng Tỉnh ủy Lạng Sơn số mấy",
         "Bản sao y nghị quyết 43 của Văn phòng Tỉnh ủy Lạng Sơn nội dung chính gồm những gì"])


def test_when_no_part_is_printed_the_ordinary_refusal_stands(ask):
    a = ask("Chương trình của Cần Thơ ban hành ngày nào, hạn nộp báo cáo khi nào?")
    assert a.refused and a.mode == "extractive" and a.refusal_reason == "fact_absent"
    assert a.answer.startswith("Các văn bản hiện có không nêu ngày ban hành của Chương trình của Thành ủy Cần Thơ")


@pytest.mark.parametrize("question, asked", [
    # a connective after a comma opens the clause and is dropped with it
    ("Kế hoạch của tỉnh ai ký, còn Ban Dân vận chủ trì việc gì?", ["Kế hoạch của tỉnh ai ký", "Ban Dân vận chủ trì việc gì"]),
    ("Kế hoạch của tỉnh ai ký, đồng thời Mặt trận được giao gì?",
     ["Kế hoạch của tỉnh ai ký", "Mặt trận được giao gì"]),
    # a tag checking what was said joins the clause before it
    ("Nghị quyết 43 do ai ký, không phải Thủ tướng à, và có mấy nhóm nhiệm vụ?",
     ["Nghị quyết 43 do ai ký, không phải Thủ tướng à", "có mấy nhóm nhiệm vụ"]),
    # a count and a text ask are two asks; a reason asked is an ask of its own
    ("Nghị quyết 43 ai ký, có mấy quan điểm, mục tiêu là gì?",
     ["Nghị quyết 43 ai ký", "có mấy quan điểm", "mục tiêu là gì"]),
    ("Kế hoạch 21 ai ký và vì sao phải ban hành?", ["Kế hoạch 21 ai ký", "vì sao phải ban hành"]),
])
def test_the_asks_as_cut(docs, question, asked):
    got = texts_asked(understand(question, docs), docs)
    assert got is not None and got[0] == asked


@pytest.mark.parametrize("question", ["Nghị quyết 43 do ai ký, không phải Thủ tướng à, và có mấy nhóm nhiệm vụ?",
                                      "nghi quyet 43 do ai ky, khong phai thu tuong a, va co may nhom nhiem vu"])
def test_the_count_after_a_tag_is_answered(ask, question):
    a = ask(question)
    assert a.mode == "asks" and not a.refused and cited_ids(a)[0] == "nq-43-2023:signature"
    assert "gồm 7 nhóm" in a.answer.split("\n2. ")[1]


def test_three_asks_each_answered(ask):
    a = ask("Nghị quyết 43 ai ký, có mấy quan điểm, mục tiêu là gì?")
    assert a.mode == "asks" and not a.refused and "\n3. «mục tiêu là gì»:" in a.answer
    assert "gồm 4 quan điểm" in a.answer and "nq-43-2023:II.2.p1" in cited_ids(a)


@pytest.mark.parametrize("question", ["Kế hoạch 21 ai ký? Có bao nhiêu phần?", "ke hoach 21 ai ky? co bao nhieu phan?"])
def test_two_asks_each_closed_by_a_question_mark(ask, question):
    # the second sentence names no document (rag.answerers.compound.questions leaves it): both asks of the one named
    a = ask(question)
    assert a.mode == "asks" and not a.refused and cited_ids(a)[0] == "kh-21-2023:signature"
    assert "Trương Thị Mai" in a.answer and "gồm 5 phần" in a.answer


def test_a_plan_added_with_the_cli_answers_its_date_and_its_parts(synthetic_plan):
    assistant = synthetic_plan
    a = assistant.ask("Kế hoạch 07 ban hành ngày nào, có mấy phần?")
    assert a.mode == "asks" and not a.refused
    assert cited_ids(a)[0] == "kh-07-an-binh:header" and "ngày 15 tháng 3 năm 2024" in a.answer
    assert "gồm 3 phần" in a.answer
    s = assistant.ask("Kế hoạch 07 do ai ký, đoàn thanh niên được giao việc gì?")
    assert s.mode == "asks" and cited_ids(s)[:2] == ["kh-07-an-binh:signature", "kh-07-an-binh:II.2.g1"]


@pytest.mark.parametrize("question", ["Kế hoạch 21 ký ở đâu?", "Kế hoạch 21 ký tại đâu?"])
def test_a_place_not_printed_asked_alone_is_refused_as_not_printed(ask, question):
    # the place of the catalog entry is empty: the document does not say, it does not "speak of it without a place"
    a = ask(question)
    assert a.refused and a.refusal_reason == "fact_absent"
    assert "không nêu nơi ban hành của Kế hoạch 21-KH/TW" in a.answer and "có nói đến nội dung này" not in a.answer


def test_a_place_not_printed_asked_as_a_part_gets_the_place_line(ask):
    a = ask("Chương trình Cần Thơ ký ở đâu và giao Ban Dân vận việc gì?")
    assert a.mode == "asks" and not a.refused
    first = a.answer.split("\n2. ")[0]
    assert "không nêu nơi ban hành của Chương trình của Thành ủy Cần Thơ" in first
    assert "có nói đến nội dung này" not in first


@pytest.mark.parametrize("question, missing", [
    # a slot not printed (refusal_slot) and a topic not printed (refusal_topic), each a part beside a catalog fact
    ("Nghị quyết 43 ban hành ngày nào và hạn tổng kết là khi nào?", "không nêu thời hạn"),
    ("Chương trình của Cần Thơ ai ký và hạn nộp báo cáo khi nào?", "Không tìm thấy «hạn nộp báo cáo»"),
])
def test_a_parts_refusal_line_promises_no_passage_the_page_does_not_list(ask, question, missing):
    a = ask(question)
    assert a.mode == "asks" and not a.refused and len(a.citations) == 1
    part = a.answer.split("\n2. ")[1]
    assert missing in part and "liệt kê" not in part and "Đoạn gần nhất" not in part


@pytest.mark.parametrize("question, listed", [
    ("Nghị quyết 43 hạn tổng kết là khi nào?", "Các đoạn gần nhất được liệt kê để đối chiếu."),
    ("Chương trình Cần Thơ hạn nộp báo cáo là khi nào?", "Đoạn gần nhất thuộc phần «IV. Tổ chức thực hiện»"),
])
def test_a_whole_refusal_still_points_at_the_passages_listed_beside_it(ask, question, listed):
    # refused whole, the page lists the nearest passages (rag.ui.present): the line says so
    a = ask(question)
    assert a.refused and a.retrieved and listed in a.answer and a.answer.endswith(a.listed)


@pytest.mark.parametrize("question, asked", [
    # the time of what the text says after the question of time is an ask of its own beside the signer, though its
    # syllables fold as catalog words ("hiệu lực": "ký hiệu", "lúc"; "sơ kết": "số")
    ("Nghị quyết 43 ai ký, ngày nào thì có hiệu lực?", ["Nghị quyết 43 ai ký", "ngày nào thì có hiệu lực"]),
    ("Kế hoạch 21 ai ký, bao giờ phải sơ kết?", ["Kế hoạch 21 ai ký", "bao giờ phải sơ kết"]),
])
def test_a_time_asked_of_another_event_beside_the_signer_is_its_own_ask(docs, question, asked):
    got = texts_asked(understand(question, docs), docs)
    assert got is not None and got[0] == asked


@pytest.mark.parametrize("question", [
    # the time of signing or issuing, or a particle after the time: one catalog ask
    "Kế hoạch 21 ai ký, ký ngày nào vậy?",
    "Kế hoạch 21 ai ký, ngày nào vậy ạ?",
    "Kế hoạch 21 ai ký, khi nào ban hành?",
])
def test_the_time_of_signing_beside_the_signer_is_not_another_ask(docs, question):
    assert texts_asked(understand(question, docs), docs) is None


def test_the_second_ask_beside_the_signer_is_answered_not_dropped(ask):
    a = ask("Kế hoạch 21 ai ký, bao giờ phải sơ kết?")
    assert a.mode == "asks" and not a.refused
    first, second = a.answer.split("\n2. ")
    assert "T/M BỘ CHÍNH TRỊ / Trương Thị Mai" in first and second.startswith("«bao giờ phải sơ kết»")


@pytest.mark.parametrize("question, date", [
    # the document signed named whole between the verb and a question of time alone, however long its name
    ("Ai ký nghị quyết 43 của Ban Chấp hành Trung ương, ngày nào?", "ngày 24 tháng 11 năm 2023"),
    ("Đồng chí nào ký Nghị quyết 43 của Ban Chấp hành Trung ương Đảng, khi nào?", "ngày 24 tháng 11 năm 2023"),
    ("Ai ký Kế hoạch số 21-KH/TW của Bộ Chính trị, vào ngày nào vậy?", "28"),
    ("Ai ký Kế hoạch số 21-KH/TW, ngày nào?", "28"),
])
def test_signer_and_date_with_a_long_name_between_are_both_answered(ask, question, date):
    a = ask(question)
    assert not a.refused and ("Trương Thị Mai" in a.answer or "TỔNG Bí THƯ" in a.answer)
    assert date in a.answer


def test_a_date_the_document_does_not_print_is_said_missing_beside_its_signer(ask):
    a = ask("Ai ký chương trình của Thành ủy Cần Thơ, khi nào?")
    assert not a.refused and "Nguyễn Văn Hiếu" in a.answer
    assert "không nêu ngày ban hành" in a.answer


@pytest.mark.parametrize("q, intents", [
    ("Ai ký chương trình của Thành ủy Cần Thơ, khi nào?", ["signer", "date"]),
    ("Ai ký văn bản này, ngày nào?", ["signer", "date"]),
    ("Ai ký nghị quyết 43 của Ban Chấp hành Trung ương, ngày nào?", ["signer", "date"]),
    # a verb of its own after the question of time, a name not right after the verb, a kind word no name resolved
    ("Ai ký chương trình của Thành ủy Cần Thơ, khi nào phải báo cáo?", ["signer"]),
    ("Ai ký, chương trình của Thành ủy Cần Thơ khi nào?", ["signer"]),
    ("Ai ký kế hoạch giao Mặt trận chủ trì, khi nào?", ["signer"]),
    ("Ai ký kế hoạch 21 ngày nào thì phải báo cáo?", ["signer"]),
    ("Khi nào ký kết quy chế phối hợp với Mặt trận?", ["signer"]),      # "ký kết": signing an agreement
])
def test_a_question_of_time_alone_after_the_document_signed_asks_its_date(docs, q, intents):
    u = understand(q, docs)
    assert [i for i in u.intents if i in ("signer", "date")] == intents


@pytest.mark.parametrize("question, asked", [
    # the ask before the document's name is no part of its name: the catalog ask and the text ask are two
    ("Đồng chí nào ký kế hoạch 21, khi nào phải báo cáo?", ["Đồng chí nào ký kế hoạch 21", "khi nào phải báo cáo"]),
    ("Ai ký nghị quyết 43, ngày nào thì triển khai?", ["Ai ký nghị quyết 43", "ngày nào thì triển khai"]),
    ("Người nào ký Kế hoạch 21, nội dung chính là gì?", ["Người nào ký Kế hoạch 21", "nội dung chính là gì"]),
    ("Kế hoạch 21 do ai ký, nội dung chính gồm những gì?", ["Kế hoạch 21 do ai ký", "nội dung chính gồm những gì"]),
])
def test_the_ask_after_the_signer_is_cut_when_the_name_follows_the_verb(docs, question, asked):
    u = understand(question, docs)
    got = texts_asked(u, docs)
    assert got is not None and got[0] == asked
    assert got[1][1].startswith(("kế hoạch 21", "nghị quyết 43", "Kế hoạch 21"))


def test_the_report_deadline_beside_a_signer_named_before_the_document_is_answered(ask):
    a = ask("Đồng chí nào ký kế hoạch 21, khi nào phải báo cáo?")
    assert a.mode == "asks" and not a.refused
    first, second = a.answer.split("\n2. ")
    assert "Trương Thị Mai" in first and second.startswith("«khi nào phải báo cáo»")


def _date_or_missing(a, docs):
    """The answer gives the issue date of the document whose signature it quotes, or says it is not printed."""
    signed = next(c.unit_id.split(":")[0] for c in a.citations if c.unit_id.endswith(":signature"))
    date = docs[signed].entry.get("date", "")
    day, month, year = date.split("-")[::-1] if date else ("", "", "")
    printed = f"ngày {int(day)} tháng {int(month)} năm {year}" if year else None
    return (printed is not None and printed in a.answer.lower()) or "không nêu ngày ban hành" in a.answer


@pytest.mark.parametrize("question, scope", [
    # "văn bản này" in a scope of one document is that document
    ("Ai ký văn bản này, ngày nào?", ["kh-21-2023"]),
    ("Văn bản này do ai ký, ký ngày nào?", ["kh-21-2023"]),
    ("Ai ký văn bản đó, ngày nào?", ["ct-tucantho-nq43"]),
    ("Ai ký Kế hoạch 21, ngày nào?", None),
    ("Ai ký chương trình của Thành ủy Cần Thơ, khi nào?", None),
    # the time asked after "ký", before it, or after "và" without a comma; the name after its kind word and title
    ("Nghị quyết 43 do ai ký, khi nào ký?", None),
    ("nghi quyet 43 do ai ky, bao gio thi ky?", None),
    ("Kế hoạch 21 ai ký, ngày nào ký vậy?", None),
    ("Ai ký chương trình hành động của Thành ủy Cần Thơ và khi nào?", None),
    ("Ai ký kế hoạch 21 và bao giờ?", None),
    ("Thành ủy Cần Thơ ký chương trình này ngày nào?", None),
])
def test_the_date_asked_beside_the_signer_is_answered_or_said_missing(assistant, docs, question, scope):
    # the signature block prints no date: the unit that does is quoted wherever retrieval left it, else the
    # answer says the date is not printed
    a = assistant.ask(question, scope=scope)
    assert not a.refused and ("Chữ ký" in a.answer or "ký với danh nghĩa" in a.answer)
    assert _date_or_missing(a, docs) or "24 tháng 11 năm 2023" in a.answer


def test_the_plans_date_is_quoted_from_the_news_item_when_retrieval_left_it_out(assistant):
    a = assistant.ask("Ai ký văn bản này, ngày nào?", scope=["kh-21-2023"])
    assert "Trương Thị Mai" in a.answer and "Ngày 28 tháng 11 năm 2023, Bộ Chính trị ban hành Kế hoạch số 21" in a.answer


@pytest.mark.parametrize("question, kind", [
    # nothing names the document "văn bản này" takes up: which one is asked back, the held ones of its kind listed
    ("Ai ký văn bản này, ngày nào?", "5 văn bản"),
    ("Văn bản này do ai ký?", "5 văn bản"),
    ("van ban nay do ai ky, ngay nao", "5 văn bản"),
    ("Kế hoạch này ký ngày nào?", "2 kế hoạch"),
    ("Chỉ thị này do ai ký, ban hành ngày nào?", "5 văn bản"),     # no chỉ thị held: all listed
    ("Bản này số hiệu là gì?", "5 văn bản"),
    ("Ai ký văn bản này, khi nào phải sơ kết?", "5 văn bản"),
    # the Central demonstratives
    ("Văn bản ni ai ký rứa?", "5 văn bản"),
    ("Kế hoạch ni số mấy?", "2 kế hoạch"),
    ("Cái văn bản nớ ký ngày mô?", "5 văn bản"),
])
def test_a_catalog_fact_of_this_document_with_none_named_asks_which(ask, question, kind):
    a = ask(question)
    assert a.refused and a.refusal_reason == "which_document" and not a.citations
    assert f"Kho có {kind}" in a.answer and "Kế hoạch 21-KH/TW" in a.answer


@pytest.mark.parametrize("question", [
    # review fx29 MEDIUM: typed with marks, "Ban" is a committee, "bản đồ" a map ("Văn bản do ai ký?" is no
    # demonstrative either, but a bare kind word: asked back, test_a_bare_kind_word_with_several_held_asks_which)
    "Ai ký thay mặt ban đó?",
    "Ban đó ai ký?",
    "Ban ấy do ai ký văn bản?",
    "Văn bản mà Ban đó ban hành số mấy?",
    "Bản đồ này ai ký?",
    "ban do nay ai ky",                       # without marks: "bản đồ này", the demonstrative after "đồ"
])
def test_a_committee_a_map_or_by_whom_is_no_demonstrative(ask, question):
    assert ask(question).refusal_reason != "which_document"


@pytest.mark.parametrize("question, said", [
    # the typed demonstratives still ask back, quoted as typed
    ("Bản đó ai ký vậy?", "«Bản đó»"),
    ("Kế hoạch đấy ký ngày nào?", "«Kế hoạch đấy»"),
    ("Văn bản nầy do ai ký?", "«Văn bản nầy»"),
    ("van ban nay do ai ky", "«văn bản này»"),       # its accents put back
])
def test_a_typed_demonstrative_still_asks_back(ask, question, said):
    a = ask(question)
    assert a.refusal_reason == "which_document" and f"Câu hỏi nói {said}" in a.answer


@pytest.mark.parametrize("question, expected", [
    # review fx29 HIGH: the issuer or level said after the demonstrative names the document (answered, not asked back)
    ("Kế hoạch này của tỉnh ai ký?", "Lò Minh Hùng"),
    ("Kế hoạch này của Tỉnh ủy Lạng Sơn ai ký?", "Lò Minh Hùng"),
    ("Kế hoạch đó của Trung ương số mấy?", "21-KH/TW"),
    ("Văn bản này của tỉnh Lạng Sơn do ai ký?", "Lò Minh Hùng"),
    # other phrasings: without marks, a classifier and "vậy", "cấp"
    ("ke hoach nay cua tinh ai ky", "Lò Minh Hùng"),
    ("Cái văn bản này của thành phố ai ký vậy?", "Nguyễn Văn Hiếu"),
    ("Văn bản này cấp tỉnh ký ngày nào?", "Kế hoạch của Ban Thường vụ Tỉnh ủy"),
])
def test_this_document_named_by_its_issuer_is_answered(ask, question, expected):
    a = ask(question)
    assert a.refusal_reason != "which_document" and expected in a.answer


@pytest.mark.parametrize("question, expected", [
    # review fx29fix 4: a Party body said at a level ("Đảng bộ tỉnh") fits that level's Party document
    ("Kế hoạch này của Đảng bộ tỉnh ai ký?", "Lò Minh Hùng"),
    ("Chương trình này của Đảng bộ thành phố ai ký?", "Nguyễn Văn Hiếu"),
])
def test_this_document_of_a_party_body_at_a_level_is_answered(ask, question, expected):
    a = ask(question)
    assert not a.refused and expected in a.answer


@pytest.mark.parametrize("question, issuer, kind", [
    # review fx29fix 3: an issuer no held document has is said to be none held, with no example built from another
    ("Văn bản này của Chính phủ ai ký?", "Chính phủ", "văn bản"),
    ("Kế hoạch này của huyện ai ký?", "huyện", "kế hoạch"),
    ("Văn bản ấy của Ban Bí thư ai ký?", "Ban Bí thư", "văn bản"),       # a body of its own: none held is its
    ("Kế hoạch này của Ủy ban nhân dân tỉnh ai ký?", "Ủy ban nhân dân tỉnh", "kế hoạch"),
    ("Văn bản đó của Quốc hội ban hành ngày nào?", "Quốc hội", "văn bản"),
])
def test_this_document_of_an_issuer_none_held_has_is_said_to_be_none(ask, question, issuer, kind):
    a = ask(question)
    assert a.refused and a.refusal_reason == "which_document"
    assert a.answer.startswith(f"Kho không có {kind} nào của «{issuer}».") and "ví dụ" not in a.answer


@pytest.mark.parametrize("question", [
    # review lead30 2: no claim of "none held" from a name's capital letters or a word of every Party document
    "Kế hoạch này của Lạng Sơn ai ký?",
    "Văn bản này của Đảng ai ký?",
    "Văn bản này của Ban Tuyên giáo Trung ương ai ký?",
])
def test_an_issuer_the_tables_do_not_know_is_not_said_to_be_none_held(ask, question):
    assert not ask(question).answer.startswith("Kho không có")


@pytest.mark.parametrize("question, kind, listed, left_out", [
    # several held of the level said: only they are listed, the example built from them without the issuer
    ("Văn bản này của Trung ương do ai ký?", "2 văn bản", "«Kế hoạch 21-KH/TW do ai ký?»", "Thành ủy Cần Thơ"),
    # an issuer after the demonstrative that is not right after "của", or none held: nothing narrowed
    ("Kế hoạch này của các tỉnh ai ký?", "2 kế hoạch", "Kế hoạch 21-KH/TW", ""),
    ("Văn bản này của Chính phủ do ai ký?", "5 văn bản", "Kế hoạch 21-KH/TW", ""),
    ("Kế hoạch này ai ký?", "2 kế hoạch", "Kế hoạch của Ban Thường vụ Tỉnh ủy", ""),
])
def test_this_document_asked_back_lists_those_of_the_issuer_said(ask, question, kind, listed, left_out):
    a = ask(question)
    assert a.refused and a.refusal_reason == "which_document"
    assert f"Kho có {kind}" in a.answer and listed in a.answer
    assert not left_out or left_out not in a.answer


@pytest.mark.parametrize("question", [
    "Kế hoạch này giao cho tỉnh những gì?",       # the province is given the work, it did not issue "this plan"
    "Theo kế hoạch này, vai trò của tỉnh là gì?",  # the level in the topic
    "Kế hoạch này của các tỉnh ai ký?",             # every province, not one issuer
])
def test_a_level_not_right_after_this_plan_names_no_document(docs, question):
    assert understand(question, docs).routed == []


@pytest.mark.parametrize("question", [
    "Theo mấy văn bản này thì ai ký?",            # the store itself
    "Văn bản trên tỉnh do ai ký?",                # a level names the plan
    "Nghị quyết này số mấy?",                     # the one resolution held
    "Kế hoạch 21 nói về gì? Văn bản này do ai ký?",       # named in the sentence before
    "Chú thích trong kế hoạch của tỉnh có nhắc nghị quyết của Bộ Chính trị về công tác cựu chiến binh, "
    "nghị quyết đó số mấy?",                      # a cited document described before the demonstrative
])
def test_this_document_taken_up_or_meaning_the_store_is_not_asked_back(ask, question):
    assert ask(question).refusal_reason != "which_document"


@pytest.mark.parametrize("question, scope", [
    ("Ai ký văn bản này?", ["kh-21-2023"]),
    ("Ai ký văn bản này, khi nào phải sơ kết?", ["nq-43-2023"]),
    ("Ai ký kế hoạch 21, khi nào phải báo cáo?", None),
])
def test_no_issue_date_is_added_when_none_is_asked(assistant, question, scope):
    a = assistant.ask(question, scope=scope)
    assert "ban hành Kế hoạch số 21" not in a.answer and "không nêu ngày ban hành" not in a.answer


@pytest.mark.parametrize("q, deadline", [
    # a question of time, its subject, then "phải": by when something must be done
    ("Ai ký kế hoạch, ngày nào tỉnh phải báo cáo?", True),
    ("Ai ký kế hoạch 21 ngày nào thì phải báo cáo?", True),
    ("Bao giờ các cấp ủy phải sơ kết?", True),
    ("chung nao tinh phai bao cao ket qua", True),
    # a target reached by a time, not a deadline
    ("Nghị quyết 43 nhắm tới cái đích gì, tới chừng nào thì nước mình phải giàu lên?", False),
    ("đến năm nào thì nước mình phải thành nước phát triển?", False),
    ("Năm nào nước ta phải trở thành nước phát triển?", False),
    ("Đồng chí nào ký kế hoạch 21 bao giờ phải báo cáo?", True),
    # the time a verb of issuing asks, then what follows it; a tag checking what was said
    ("Kế hoạch 21 ban hành ngày nào thì phải báo cáo?", False),
    ("Kế hoạch 21 ký ngày 28 tháng 11, ngày nào cũng phải không?", False),
    # review fx29 MEDIUM: "<time> nào … cũng phải" is the universal (always, every day), not a question of when
    ("Lúc nào cũng phải đoàn kết, Nghị quyết 43 nói vậy đúng không?", False),
    ("Ngày nào cán bộ cũng phải xuống cơ sở theo kế hoạch của tỉnh à?", False),
    ("Lúc nào cán bộ cũng phải gương mẫu theo Chương trình của Cần Thơ?", False),
    ("Bao giờ cũng phải lấy dân làm gốc, KH 21 có nói vậy không?", False),
    ("Năm nào đảng viên cũng phải kiểm điểm theo nghị quyết à?", False),
    ("luc nao cung phai doan ket a", False),           # without marks "cung" is read as "cũng"
    # "cùng" (together) typed, or no "cũng": the deadline is asked
    ("Ngày nào các cấp cùng phải báo cáo?", True),
    ("Năm nào thì các tỉnh phải tổng kết nghị quyết?", True),
    ("bao gio cac huyen phai so ket", True),
])
def test_a_time_then_must_asks_a_deadline(q, deadline):
    assert ("deadline" in intents_of(fold(q), q)) == deadline


@pytest.mark.parametrize("question", [
    "Ai ký kế hoạch 21 ngày nào thì phải báo cáo?",
    "Đồng chí nào ký kế hoạch 21 bao giờ phải báo cáo?",
])
def test_a_deadline_asked_without_a_comma_after_the_signer_is_its_own_part(ask, question):
    # the deadline opens a clause of its own: answered, or said missing, under its part
    a = ask(question)
    assert a.mode == "asks" and not a.refused
    first, second = a.answer.split("\n2. ")
    assert "Trương Thị Mai" in first and "phải báo cáo»" in second


def test_every_day_after_the_signer_is_no_part_of_its_own(ask):
    # review fx29 MEDIUM: "ngày nào cũng phải" (every day) opens no deadline part
    a = ask("Ai ký kế hoạch 21, ngày nào cũng phải báo cáo à?")
    assert "\n2. " not in a.answer and "Trương Thị Mai" in a.answer


@pytest.mark.parametrize("question, kind", [
    # review fx29fix 2: a bare kind word as the subject of a catalog fact, several of that kind held
    ("Kế hoạch do ai ký?", "2 kế hoạch"),
    ("Văn bản do ai ký?", "5 văn bản"),
    ("Cho hỏi kế hoạch ký ngày nào?", "2 kế hoạch"),
    ("Kế hoạch ban hành khi nào vậy?", "2 kế hoạch"),
])
def test_a_bare_kind_word_with_several_held_asks_which(ask, question, kind):
    a = ask(question)
    assert a.refused and a.refusal_reason == "which_document" and f"Kho có {kind}" in a.answer


@pytest.mark.parametrize("question", [
    "Nghị quyết do ai ký?",                  # one held of the kind: that one
    "Kế hoạch 21 do ai ký?",                 # named
    "Kế hoạch do tỉnh ban hành gồm mấy phần?",
    "Kế hoạch nào do Bộ Chính trị ký?",      # asks which plan
])
def test_a_kind_word_naming_one_or_asking_which_is_not_asked_back(ask, question):
    assert ask(question).refusal_reason != "which_document"

