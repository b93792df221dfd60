"""One aspect of a whole document asked with details of its own (rag.answerers.overview): the section whose heading
names it (a purpose word, or the noun a heading opens with: "quan điểm") when retrieval's best passage lies there,
or the purpose section printing the years asked; a document carried out and taken up again by an anaphor of its
kind word is the one asked about (rag.question.route). Sentences written for these tests, on the real corpus."""
from conftest import cited_ids

from rag.answerers.overview import _names_part


def test_a_section_noun_asked_with_a_detail_quotes_that_section(ask):
    a = ask("Theo quan điểm của Nghị quyết 43, nhân tố quyết định thắng lợi là gì?")
    assert a.mode == "overview" and not a.refused
    ids = cited_ids(a)
    assert ids[0] == "nq-43-2023:II.1.g1"
    assert {f"nq-43-2023:II.1.g{i}" for i in range(1, 5)} <= set(ids)


def test_the_section_items_asked_as_a_list_stay_the_structure_answer(ask):
    assert ask("Nghị quyết đại đoàn kết nêu những quan điểm gì?").mode == "structure"


def test_a_marked_topic_the_section_does_not_print_is_retrieval_s(ask):
    assert ask("Quan điểm của Nghị quyết 43 về biến đổi khí hậu là gì?").mode != "overview"


def test_a_goal_asked_by_the_years_its_section_prints(ask):
    a = ask("Chú là trưởng ban công tác mặt trận mười mấy năm nay. Nghị quyết đại đoàn kết hướng tới đâu, "
            "tới 2030 và 2045 thì nước ta sẽ ra sao?")
    assert a.mode == "overview" and not a.refused
    assert cited_ids(a)[0] == "nq-43-2023:II.2.p1"


def test_a_plan_carried_out_and_taken_up_again_is_the_one_asked(ask):
    a = ask("Phòng tôi đang triển khai kế hoạch của Ban Thường vụ tỉnh về Nghị quyết 43. Kế hoạch đó nêu mục đích "
            "gì?")
    assert a.mode == "overview" and a.routed_docs == ["kh-btvtu-nq43"]
    assert cited_ids(a)[0].startswith("kh-btvtu-nq43:I.")


def test_a_part_word_is_read_with_its_accents():
    assert not _names_part("quan diem ve dai doan ket", "quan điểm về đại đoàn kết")
    assert _names_part("doan hai noi gi", "đoạn hai nói gì")
    assert _names_part("phan quan diem", "phần quan điểm")
    assert _names_part("dai doan ket", "dai doan ket")        # typed bare: any part word counts


def test_a_document_carried_out_is_not_taken_up_by_a_bare_van_ban(ask):
    # "văn bản ấy" may take up either document: the plan named first stays the one asked about
    a = ask("Kế hoạch của tỉnh để thực hiện Nghị quyết 43, văn bản ấy có mấy phần?")
    assert a.routed_docs == ["kh-btvtu-nq43"]
