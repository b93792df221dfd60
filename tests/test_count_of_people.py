""""Có bao nhiêu đại biểu", "có mấy người dự": a quantity asked (the amount slot), not a count of a document's
parts; a counted node noun ("có bao nhiêu mục") still counts the outline. On the real corpus."""
from rag.answerers.outline.address import count_asked
from rag.text import fold


def _f(q: str) -> str:
    return fold(q).lower()


def test_a_measure_after_the_count_word_is_not_a_count_of_nodes():
    for q in ("Hội nghị có bao nhiêu đại biểu?", "Lễ phát động có mấy người dự?", "gom bao nhieu nguoi tham gia",
              "Chương trình có bao nhiêu lớp tập huấn?"):
        assert count_asked(_f(q)) is None, q
    for q in ("Phần III có bao nhiêu mục?", "Kế hoạch có mấy phần?", "Mục 2 gồm bao nhiêu ý",
              "Hội nghị có bao nhiêu người, phần III có mấy mục?",
              # given work, the people counted are the bodies the items assign
              "Phần IV giao cho bao nhiêu người?", "Phần V giao cho mấy người phụ trách?", "phan iv giao may nguoi"):
        assert count_asked(_f(q)) is not None, q


def test_a_count_of_delegates_asked_of_a_named_document_is_not_answered_by_its_outline(assistant):
    # the document named, a place and a number of delegates asked: neither is printed; "địa điểm" must not send the
    # question to a heading with "điểm" in it, counted
    a = assistant.ask("Hội nghị quán triệt nghị quyết về đại đoàn kết được tổ chức tại địa điểm nào và có bao "
                      "nhiêu đại biểu?")
    assert a.mode != "structure" and a.refused
    b = assistant.ask("Phần III Nghị quyết 43 có bao nhiêu mục?")
    assert b.mode == "structure" and "7 mục" in b.answer


def test_a_part_giving_work_to_how_many_people_still_counts_its_items(assistant):
    a = assistant.ask("Phần IV Kế hoạch 21 giao cho bao nhiêu người?")
    assert a.mode == "structure" and "8" in a.answer
