"""Questions about one part of a document in forms the outline answers, on the real corpus: a part named by
another noun and the rest of its heading, an untitled node named by its opening paragraph, a count stated to be
checked, each child asked about, several things asked of one part, a purpose and a requirement asked together,
and a news item named by what it reports on. Literal unit ids and facts counted by hand from the texts."""
import pytest

from rag.text import fold
from conftest import cited_ids


def says(answer, text):
    return fold(text).lower() in " ".join(fold(answer.answer).lower().split())


def test_a_part_named_by_another_noun_and_the_rest_of_its_heading(ask):
    a = ask("Kế hoạch tỉnh có mấy việc trọng tâm?")          # "II. Nhiệm vụ trọng tâm": six items
    assert a.mode == "structure" and says(a, "gồm 6 việc")
    assert cited_ids(a)[0] == "kh-btvtu-nq43:II.6.p1" and "kh-btvtu-nq43:II.1.p1" in cited_ids(a)


@pytest.mark.parametrize("question", ["Kế hoạch 21 có mấy việc trọng tâm?", "Ke hoach 21 co may viec trong tam?"])
def test_a_part_named_by_another_noun_with_or_without_accents(ask, question):
    # folded first, "trọng tâm" lost "trong" as a stopword and the unaccented question named no heading
    a = ask(question)                                          # "III. Nhiệm vụ trọng tâm": six items
    assert a.mode == "structure" and says(a, "gồm 6 việc")
    assert "6 việc" in a.answer                                # the counted noun as the corpus prints it
    assert cited_ids(a)[:2] == ["kh-21-2023:III.6.p1", "kh-21-2023:III.1.p1"]


def test_an_untitled_node_named_by_its_opening_paragraph_two_ordinals_of_its_bullets(ask):
    a = ask("Nghị quyết 43, đoạn nói về vai trò của các giai tầng xã hội, các tầng lớp nhân dân: gạch đầu dòng "
            "đầu tiên và gạch cuối cùng nói gì?")           # 2.1 of III.2, eleven dash bullets
    assert a.mode == "structure"
    assert cited_ids(a)[:2] == ["nq-43-2023:III.2.1.g1", "nq-43-2023:III.2.1.g11"]


@pytest.mark.parametrize("question, first, fact", [
    ("Kế hoạch 21 chia làm 6 phần, có đúng không?", "kh-21-2023:V.1.p1", "gồm 5 phần"),
    ("Bản tin tóm tắt Kế hoạch 21 nêu năm nhóm nhiệm vụ, phải không?", "tin-kh21:preamble.p3", "06 nhóm nhiệm vụ"),
])
def test_a_count_stated_to_be_checked_is_counted_from_the_tree(ask, question, first, fact):
    a = ask(question)
    assert a.mode == "structure" and cited_ids(a)[0] == first and says(a, fact)


def test_each_child_asked_about_is_quoted_beyond_its_first_sentence(ask):
    a = ask("Mục 4 phần III Nghị quyết 43 có mấy ý, mỗi ý nói gì?")
    assert cited_ids(a) == ["nq-43-2023:III.4.2.p1", "nq-43-2023:III.4.1.p1"]
    assert says(a, "Xây dựng hệ thống pháp luật đầy đủ")        # 4.1's second sentence


def test_several_things_asked_of_one_part_quote_its_paragraphs_further(ask):
    a = ask("Phần I Nghị quyết 43 nêu những gì đã làm được, còn hạn chế gì và vì sao?")
    assert a.mode == "structure" and "nq-43-2023:I.p3" in cited_ids(a)
    assert says(a, "thế lực thù địch")                          # the last sentence of I.p3 (871 characters)


def test_a_purpose_and_a_requirement_asked_together_quote_the_purpose_section(ask):
    a = ask("Kế hoạch 21 nhằm đạt điều gì và đòi hỏi phải làm thế nào?")
    assert a.mode == "overview" and cited_ids(a)[:2] == ["kh-21-2023:I.1.p1", "kh-21-2023:I.2.p1"]


def test_a_news_item_named_by_what_it_reports_on(ask):
    assert cited_ids(ask("Tin về Kế hoạch 21 nói gì?"))[0].startswith("tin-kh21:")
    assert not cited_ids(ask("Thông tin về Kế hoạch 21 có gì?"))[0].startswith("tin-kh21:")


def test_a_part_asked_as_a_whole_by_what_it_says(ask):
    # several things asked; the best units lie in part I of the Cần Thơ programme (five paragraphs, no items)
    a = ask("Chương trình Cần Thơ đánh giá kết quả 20 năm thực hiện Nghị quyết 23 ra sao, còn tồn tại gì và "
            "nguyên nhân vì sao?")
    assert a.mode == "structure" and cited_ids(a)[0] == "ct-tucantho-nq43:I.p2"
    assert {"ct-tucantho-nq43:I.p4", "ct-tucantho-nq43:I.p5"} <= set(cited_ids(a)) and says(a, "khoán trắng")


def test_a_part_is_not_taken_when_the_text_answers_only_with_a_caveat(ask):
    a = ask("Chương trình Cần Thơ đánh giá tình hình giao thông đô thị ra sao, kẹt xe ở đâu và vì sao?")
    assert a.mode != "structure"


def test_a_basis_asked_by_what_the_document_rests_on(ask):
    a = ask("Kế hoạch tỉnh được xây dựng dựa trên văn bản nào?")
    assert a.mode == "overview" and cited_ids(a)[0] == "kh-btvtu-nq43:preamble.p1" and says(a, "43-NQ/TW")


@pytest.mark.parametrize("question, first", [
    ("Trong Kế hoạch 21, cơ quan nào đứng đầu danh sách được giao nhiệm vụ?", "kh-21-2023:IV.1"),
    ("Kế hoạch 21: ai đứng cuối danh sách những nơi được giao việc?", "kh-21-2023:IV.8.g1"),
])
def test_a_place_in_the_list_of_bodies(ask, question, first):
    a = ask(question)
    assert a.mode == "structure" and first in cited_ids(a)[:2]


def test_heading_a_body_is_no_place_in_a_list(ask):
    assert ask("Ai đứng đầu Ban Tuyên giáo Trung ương theo Kế hoạch 21?").mode != "structure"


@pytest.mark.parametrize("question, routed", [
    ("Ban Thường vụ Tỉnh ủy ra kế hoạch thực hiện nghị quyết 43 có mấy phần?", ["kh-btvtu-nq43"]),
    ("Bộ Chính trị ban hành kế hoạch thực hiện Nghị quyết 43 nhằm mục đích gì?", ["kh-21-2023"]),
])
def test_an_issuer_as_the_subject_of_an_issuing_verb_names_its_document(index, question, routed):
    from rag.question.route import understand
    assert understand(question, index.docs).routed == routed
