"""Numbers that name no thing the evidence must print (rag.decision.unnamed_numbers), and the numbers that stay
named things: a date of an event, a number of another document, a count the question claims, the number of a
frequency asked."""
from rag.decision.names import named_things
from rag.decision.unnamed_numbers import document_numbers, length_numbers, naming_numbers, unnamed_numbers

ENTRY = {"id": "nq-9", "kind": "Nghị quyết", "number": "09-NQ/TW", "issuer": "Ban Chấp hành Trung ương Đảng khóa XII",
         "date": "2021-06-30", "aliases": ["Nghị quyết 9", "Nghị quyết Trung ương 5"]}


def test_the_numbers_a_document_goes_by_are_its_year_number_aliases_and_term():
    assert document_numbers(ENTRY) == {"2021", "09", "9", "5", "12"}
    assert document_numbers({"number": "", "date": "", "aliases": []}) == set()


def test_a_year_in_the_phrase_naming_the_document_is_not_a_thing_to_find():
    q = "Anh em chúng tôi hỏi: nghị quyết trung ương năm 2021 về thanh niên mong cựu chiến binh làm gì?"
    assert "2021" in named_things(q) and unnamed_numbers(q, [ENTRY]) == {"2021"}
    assert naming_numbers("Nghị quyết của Trung ương khóa 12 về thanh niên nói gì?", ENTRY) == {"12"}
    assert naming_numbers("NQ năm 2021 giao ai làm gì?", ENTRY) == {"2021"}
    # no document named: its year is not read as one
    assert unnamed_numbers(q, []) == set()


def test_the_same_year_outside_the_documents_name_stays_a_named_thing():
    # in another clause, after the kind word of another document, or too far from the kind word
    assert naming_numbers("Năm 2021, nghị quyết tổ chức hội nghị ở đâu?", ENTRY) == set()
    assert naming_numbers("Nghị quyết này, hội nghị năm 2021 họp ở đâu?", ENTRY) == set()
    assert naming_numbers("Kế hoạch năm 2021 mà văn bản nhắc làm gì?", ENTRY) == set()
    assert naming_numbers("Nghị quyết giao cho hội nông dân các xã ven biển miền Trung tổ chức năm 2021 lễ gì?",
                          ENTRY) == set()
    # a number the document is not named by, typed right after the kind word
    assert naming_numbers("Nghị quyết năm 2018 nói gì về thanh niên?", ENTRY) == set()


def test_a_month_and_year_of_an_event_stays_a_named_thing():
    q = "Hội nghị quán triệt nghị quyết hồi tháng 6/2021 tổ chức ở đâu?"
    assert "6/2021" in named_things(q) and "6/2021" not in unnamed_numbers(q, [ENTRY])


def test_the_number_of_a_frequency_asked_stays_a_named_thing():
    q = "Nghị quyết bắt lãnh đạo gặp dân bao lâu 1 lần?"
    assert "1" in named_things(q) and "1" not in unnamed_numbers(q, [ENTRY])


def test_the_answers_length_is_an_instruction_not_a_named_number():
    assert "1-2" in length_numbers("Tóm lại văn bản bàn chuyện gì, nêu 1-2 câu thôi")
    assert "2-3" in length_numbers("em cần 2-3 dòng cho bản tin")
    # a sum of money folds like "dòng" and a bridge like "câu": typed, they are not a length
    assert length_numbers("Hỗ trợ 500 đồng cho mỗi hộ phải không?") == set()
    assert length_numbers("Xây 2 cầu ở xã nào?") == set()
    # a count the question states is not a length; without diacritics "dong" may be money
    assert length_numbers("Văn bản nêu 3 nhóm nhiệm vụ nào?") == set()
    assert length_numbers("can 2 dong tom tat") == set()
