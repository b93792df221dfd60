"""The words of a question that are talk about its own asking, each only in its frame (rag.decision.discourse,
read by rag.decision.wordclass for the decision's coverage signals), and the same words as content outside it: the
checks of the review of session 24's first attempt (reviews/land24b.md) and near-misses that must still be refused.
Sentences of our own, read by the real tagger."""
import pytest

from rag.decision.wordclass import content_only
from rag.text import content_terms


def _content(q: str) -> list[str]:
    return content_only(content_terms(q), q)


def test_talk_about_the_asking_itself_is_not_content():
    # a verb of mentioning, the matter spoken of, a sentence particle: ways of saying "does it mention"
    for q in ("Kế hoạch có nhắc tới chuyện nhà ở cho công nhân không?",
              "Chương trình có đề cập cái vụ nhà ở cho công nhân hông?",
              "Nghị quyết có nói đến chuyện nhà ở cho công nhân ko?",
              "Kế hoạch có nhắc chuyện nhà ở cho công nhân không?",
              "Cho em hỏi vụ nhà ở cho công nhân, có không ha?"):
        kept = _content(q)
        assert {"nha", "cong", "nhan"} <= set(kept), q
        assert not {"nhac", "chuyen", "vu", "de", "cap", "noi", "ko", "ha"} & set(kept), q
    assert _content("Kế hoạch có nhắc tới chuyện nhà ở cho công nhân không?") == ["ke", "hoach", "nha", "o", "cong",
                                                                                 "nhan"]


def test_a_unit_after_a_count_word_is_content_not_a_particle():
    # "ha" is the hectare after "bao nhiêu" or a figure, at the end of the question or inside it
    assert "ha" in _content("Diện tích rừng trồng mới bao nhiêu ha?")
    assert "ha" in _content("Mỗi năm trồng mới bao nhiêu ha rừng?")
    assert "ha" in _content("Phấn đấu trồng mới 500 ha?")
    # after a numeral or quantifier the tagger marks, "trên", or a count word typed without marks (review pa25)
    assert "ha" in _content("Trồng rừng được mấy chục ha?")
    assert "ha" in _content("Mỗi hộ được cấp nửa ha?")
    assert "ha" in _content("Giá trị thu được trên mỗi ha?")
    assert "ha" in _content("Dien tich trong lua bao nhieu ha?")
    # after the clause, the particle: "…, phải không ha?"
    assert "ha" not in _content("Tỉnh có trồng rừng phòng hộ ha?")


def test_a_particle_is_one_only_where_the_clause_ends():
    # "ko ha" before "?" is a particle pair; the same letters inside the clause stay content
    assert not {"ko", "ha"} & set(_content("Có nhà ở xã hội ko ha?"))
    assert "ha" in _content("Diện tích bao nhiêu ha thì đạt chỉ tiêu?")
    # "hen" is never one: a clause may end with the noun ("bệnh hen", asthma)
    assert "hen" in _content("Có chương trình phòng chống bệnh hen?")


def test_vu_keeps_its_senses_of_a_case_a_crop_season_and_a_department():
    assert "vu" in _content("Giảm bao nhiêu vụ vi phạm?")                # cases counted
    assert "vu" in _content("Số vụ cháy rừng giảm ra sao?")
    assert "vu" in _content("Sản xuất vụ đông thế nào?")                  # crop season
    assert "vu" in _content("Vụ đông xuân năm nay thế nào?")
    assert "vu" in _content("Có đề cập tới vụ đông xuân không?")          # a season even after a mention
    assert "vu" in _content("Ông Vụ trưởng Vụ Tổ chức được giao gì?")     # a ministry department
    assert "vu" in _content("Kế hoạch có nhắc đến Vụ Tổ chức cán bộ không?")
    assert "vu" in _content("Có nhắc tới vụ hè thu không?")
    assert "vu" in _content("Có nói về vụ chiêm xuân không?")


def test_chuyen_asked_for_or_inside_a_longer_word_stays_content():
    # "chuyện gì" asks the matter; "nói chuyện" (to talk with), "câu chuyện" (a story), "quyền được nói"
    assert "chuyen" in _content("Bài báo tóm tắt kế hoạch nói về chuyện gì vậy?")
    assert {"noi", "chuyen"} <= set(_content("Lãnh đạo có phải định kỳ nói chuyện với dân không?"))
    assert "chuyen" in _content("Nghị quyết có kể câu chuyện người tốt việc tốt nào không?")
    assert "noi" in _content("Nghị quyết bảo đảm quyền được nói, được bàn của nhân dân thế nào?")


def test_a_mentioning_verb_only_in_its_mentioning_sense():
    assert "nhac" in _content("Kế hoạch có nhắc cán bộ phải làm gì không?")            # to remind
    assert "noi" in _content("Nói đến cùng thì ai chịu trách nhiệm chính?")             # "in the end"
    assert "noi" in _content("Cán bộ phải nói đến đâu làm đến đó thế nào?")            # saying against doing
    assert "noi" in _content("Nói tới là làm, nghị quyết yêu cầu gì?")
    assert "nhac" not in _content("Nghị quyết có nhắc đến việc học tập lý luận không?")


def test_a_content_word_folded_like_a_particle_is_kept():
    # "Hà" of a name and "nhà" fold to the particles' letters: the content word keeps them
    assert "ha" in _content("Hà Giang được giao gì ha?")
    assert "nha" in _content("Kế hoạch có xây nhà ở xã hội ha?")


@pytest.mark.parametrize("q", [
    "Kế hoạch có nhắc tới chuyện mỗi năm xây bao nhiêu căn nhà ở xã hội không?",
    "Có đề cập vụ mức lương tối thiểu bao nhiêu không?",
    "Diện tích rừng trồng mới bao nhiêu ha?",
    "Giảm bao nhiêu vụ vi phạm?",
])
def test_near_misses_in_the_discourse_frame_are_still_refused(ask, q):
    # the documents print no such figure: the frame words dropped leave the figure asked uncovered
    assert ask(q).refused, q


def test_a_question_in_the_frame_is_answered_from_the_passage_on_its_matter(ask):
    a = ask("Kế hoạch có nhắc tới chuyện nhà ở cho công nhân không?")
    assert not a.refused and a.citations


def test_a_familiar_address_before_the_people_it_names_is_not_content():
    # "anh em", "anh chị em" before who they are: the people are named by the words after
    assert not {"anh", "em"} & set(_content("Anh em công nhân có được hỗ trợ nhà ở không?"))
    assert not {"anh", "chi", "em"} & set(_content("Anh chị em làm trong nhà máy có nhà ở không?"))
    assert not {"anh", "em"} & set(_content("Anh em đi lính về được giao gì?"))
    # kinship, or the people asked about themselves, stay content
    assert {"anh", "em"} <= set(_content("Các dân tộc anh em đoàn kết thế nào?"))
    assert {"anh", "em"} <= set(_content("Tình anh em trong gia đình có được nói tới không?"))
    assert {"anh", "em"} <= set(_content("Chốn ở cho anh em được lo thế nào?"))
    assert {"anh", "em"} <= set(_content("Anh em có được hỗ trợ không?"))


def test_ben_before_the_body_it_stands_for_is_not_content():
    assert "ben" not in _content("Kế hoạch giao cho bên quân đội làm gì?")
    assert "ben" not in _content("Bên công an được giao gì?")
    assert "ben" not in _content("Bên Ủy ban tỉnh lo chuyện an sinh sao vậy?")
    # sides counted and places keep it
    assert "ben" in _content("Hai bên phối hợp thế nào?")
    assert "ben" in _content("Các bên liên quan phải làm gì?")
    assert "ben" in _content("Mỗi bên cử mấy người?")
    assert "ben" in _content("Bên cạnh đó tỉnh làm gì?")
    assert "ben" in _content("Bên trong khối đại đoàn kết có những ai?")


def test_chuyen_after_trong_names_the_matter():
    assert "chuyen" not in _content("Quân đội làm gì trong chuyện đoàn kết với bà con?")
    assert "chuyen" in _content("Trong chuyện gì thì cần đối thoại?")


def test_texting_j_for_gi_is_no_content():
    assert "j" not in content_terms("quân đội với công an thì kế hoạch giao làm j giống nhau")
