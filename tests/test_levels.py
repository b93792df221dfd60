"""The level of administration a question says, and the documents issued at it (rag.question.levels), on the real catalog."""
from __future__ import annotations

from rag.question.levels import documents_at, issuer_level, levels_of_number, levels_said
from rag.search.retrieve import prepare_query
from rag.question.route import understand
from rag.text import nfc


def test_a_level_counts_on_its_own_not_inside_a_body_name():
    assert levels_said("Ở tỉnh, việc quán triệt phải xong khi nào?") == ["tỉnh"]
    assert levels_said("Theo trung ương thì tiêu chí đánh giá là gì?") == ["trung ương"]
    assert levels_said("Ban Tuyên giáo Trung ương làm gì?") == []
    assert levels_said("Tỉnh ủy giao Tỉnh đoàn việc gì?") == []
    assert levels_said("Kế hoạch giao các tỉnh những việc gì?") == []
    # a body's name runs across no clause break: a list of levels after a colon says each level
    assert levels_said("Đầu mối làm theo nghị quyết đoàn kết: Trung ương, tỉnh và thành phố là ai?") == \
        ["trung ương", "tỉnh", "thành phố"]
    assert levels_said("Ban Dân vận Trung ương làm gì?") == []


def test_issuers_have_their_level(index):
    assert issuer_level("Ban Thường vụ Tỉnh ủy") == "tỉnh"
    assert issuer_level("Bộ Chính trị") == "trung ương"
    assert issuer_level("Thành ủy Cần Thơ") == "thành phố"
    assert sorted(documents_at(["trung ương"], index.docs)) == ["kh-21-2023", "nq-43-2023"]
    assert documents_at(["tỉnh"], index.docs) == ["kh-btvtu-nq43"]


def test_a_question_that_says_its_level_finds_that_levels_document(index, assistant):
    q = "Ở tỉnh, việc phổ biến nghị quyết đến cán bộ, người lao động phải xong trước ngày nào?"
    u = understand(q, index.docs)
    assert u.routed == []          # "phổ biến nghị quyết": the resolution is what is spread, not the scope
    passages = assistant.retriever.search(index, prepare_query(q, index, u=u), u)
    assert passages[0].unit.doc_id == "kh-btvtu-nq43"


def test_a_level_inside_a_lower_case_body_name_or_before_a_place_name_is_no_level():
    assert levels_said("ban tuyên giáo trung ương có nhiệm vụ gì") == []
    assert levels_said("đảng ủy công an trung ương làm gì?") == []
    assert levels_said("thành phố Hà Nội phải làm gì?") == []
    assert levels_said("Cán bộ ở tỉnh phải làm gì?") == ["tỉnh"]       # "bộ" heads no name before "ở"
    assert levels_said("ở thành phố, ai chủ trì việc này?") == ["thành phố"]
    assert levels_said("Nghị quyết 43 ban hành ở thành phố nào?") == []      # the place asked, not a level
    assert levels_said(nfc("Tỉnh uỷ giao Tỉnh đoàn việc gì?")) == []    # "uỷ" is spelt "ủy" by nfc
    u = understand("ban tuyên giáo trung ương có nhiệm vụ gì", {})
    assert levels_said(u.text) == []


def test_a_level_said_beside_a_document_of_another_level_lifts_that_levels_document(index, assistant):
    # the resolution is named as the subject; "tỉnh" says whose deadline is asked: the province's plan answers
    # (without the level's lift the resolution's own III.5.p3 ranked first)
    q = "Nghị quyết 43 được tỉnh phổ biến tới công chức, viên chức, người lao động trước ngày nào?"
    u = understand(q, index.docs)
    assert u.routed == ["nq-43-2023"]
    top = assistant.retriever.search(index, prepare_query(q, index, u=u), u)[0]
    assert top.unit.unit_id == "kh-btvtu-nq43:III.1.1.p1"
    assert "10/01/2024" in top.unit.text


def test_a_level_asked_with_which_is_no_level_said():
    # the place is what is asked: "thành phố nào" lifts no city's document (the question names the resolution)
    assert levels_said("Nghị quyết 43 ban hành ở thành phố nào?") == []
    assert levels_said("Tỉnh nào ban hành kế hoạch này?") == []
    assert levels_said("Ở thành phố, ai chủ trì việc này?") == ["thành phố"]


def test_the_level_of_the_document_named_lifts_nothing_else(assistant):
    # "ở tỉnh" is the named plan's own level: its signature answers, no other document is lifted
    a = assistant.ask("Theo kế hoạch của tỉnh, ở tỉnh ai ký kế hoạch?")
    assert a.citations[0].unit_id == "kh-btvtu-nq43:signature"


def test_a_level_word_before_the_verb_ban_hanh_is_a_level_not_a_body_name():
    # "ban" after a level word opens a body's name ("Tỉnh Ban …"), but "ban hành" is the verb "to issue"
    assert levels_said("Nghị quyết 02 của tỉnh ban hành ngày nào?") == ["tỉnh"]
    assert levels_said("Tỉnh ban hành kế hoạch nào?") == ["tỉnh"]
    assert levels_said("Tỉnh ủy ban hành kế hoạch nào?") == []


def test_the_levels_of_a_numbers_phrase_are_said_in_that_phrase_only():
    assert levels_of_number("Nghị quyết của tỉnh số 02 nói gì?", 2) == {"tỉnh"}
    assert levels_of_number("Nghị quyết số 02 của Tỉnh ủy ban hành ngày nào?", 2) == {"tỉnh"}
    assert levels_of_number("Kế hoạch của tỉnh nhắc Nghị quyết 02 của Bộ Chính trị, nói gì?", 2) == {"trung ương"}
    assert levels_of_number("Ở tỉnh, nghị quyết 02 về công đoàn nói gì?", 2) == set()
    assert levels_of_number("Nghị quyết 02 không phải của tỉnh mà của trung ương?", 2) == {"trung ương"}
    assert levels_of_number("Nghị quyết 02, không phải của Bộ Chính trị, nói gì?", 2) == set()
    assert levels_of_number("Tỉnh ban hành nghị quyết 02 khi nào?", 2) == {"tỉnh"}
    assert levels_of_number("Kế hoạch tỉnh giao 12 nhiệm vụ, nghị quyết 02 nói gì?", 2) == set()
