"""Numbers that name no thing the evidence must print (rag.decision.unnamed_numbers), and the numbers that stay
named things: a date of an event, a number of another document, a count the question claims."""
from rag.decision.names import named_things
from rag.decision.unnamed_numbers import asking_numbers, document_numbers, unnamed_numbers

ENTRY = {"id": "nq-9", "kind": "Nghị quyết", "number": "09-NQ/TW", "issuer": "Ban Chấp hành Trung ương Đảng khóa XII",
         "date": "2021-06-30", "aliases": ["Nghị quyết 9", "Nghị quyết Trung ương 5"]}


def test_the_numbers_a_document_goes_by_are_its_year_number_aliases_and_term():
    assert document_numbers(ENTRY) == {"2021", "09", "9", "5", "12"}
    assert document_numbers({"number": "", "date": "", "aliases": []}) == set()


def test_a_year_naming_the_document_is_not_a_thing_to_find_but_another_year_is():
    q = "Nghị quyết trung ương năm 2021 về thanh niên mong cựu chiến binh làm gì?"
    assert "2021" in named_things(q) and "2021" in unnamed_numbers(q, [ENTRY])
    other = "Nghị quyết năm 2018 mà văn bản này nhắc tới nói gì?"
    assert "2018" in named_things(other) and "2018" not in unnamed_numbers(other, [ENTRY])
    # no document named: its year is not read as one
    assert "2021" not in unnamed_numbers(q, [])


def test_a_month_and_year_of_an_event_stays_a_named_thing():
    q = "Hội nghị quán triệt hồi tháng 6/2021 tổ chức ở đâu?"
    assert "6/2021" in named_things(q) and "6/2021" not in unnamed_numbers(q, [ENTRY])


def test_the_number_inside_a_frequency_asked_is_the_asking():
    assert asking_numbers("Lãnh đạo phải gặp dân bao lâu 1 lần?") == {"1"}
    assert asking_numbers("Mấy tháng 1 lần phải báo cáo lên trên?") == {"1"}
    # a count the question states is not the asking
    assert asking_numbers("Văn bản nêu 3 nhóm nhiệm vụ nào?") == set()


def test_the_answers_length_is_an_instruction_not_a_named_number():
    assert "1-2" in asking_numbers("Tóm lại văn bản bàn chuyện gì, nêu 1-2 câu thôi")
    assert "2-3" in asking_numbers("em cần 2-3 dòng cho bản tin")
    # a sum of money folds like "dòng" and a bridge like "câu": typed, they are not a length
    assert asking_numbers("Hỗ trợ 500 đồng cho mỗi hộ phải không?") == set()
    assert asking_numbers("Xây 2 cầu ở xã nào?") == set()
    # without diacritics "dong" may be money: not read as a length
    assert asking_numbers("can 2 dong tom tat") == set()
