"""More ways a cadre asks who holds a post or what post a named signer holds (rag.decision.post_asked,
rag.answerers.printed.holder): the time the post is asked at ("nhiệm kỳ này"), the post taken up by a pronoun ("…, đồng chí
ấy tên là gì?"), the post's noun before the name ("Chức vụ của … là gì"), "làm chức gì", the body it is held in
("… trong Thành ủy"), a head asked of a body whose block prints no head's title, a level's short form written with
a full stop ("TP. Cần Thơ"). Real corpus, literal answers."""
import pytest

from rag.decision.post_asked import asked_post, post_of_asked
from rag.text import expand_abbreviations, fold, nfc

CANTHO = ("Theo Chương trình của Thành ủy Cần Thơ, phần chữ ký ghi “T/M THÀNH ỦY / BÍ THƯ / Nguyễn Văn Hiếu” [1]: "
          "bí thư là đồng chí Nguyễn Văn Hiếu.")
HIEU = ("Theo Chương trình của Thành ủy Cần Thơ, phần chữ ký ghi “T/M THÀNH ỦY / BÍ THƯ / Nguyễn Văn Hiếu” [1]: đồng chí "
        "Nguyễn Văn Hiếu ký với chức danh bí thư, thay mặt thành ủy.")
HUNG = ("Theo Kế hoạch của Ban Thường vụ Tỉnh ủy, phần chữ ký ghi “T/M BAN THƯỜNG VỤ / PHÓ BÍ THƯ THƯỜNG TRỰC / Lò Minh "
        "Hùng” [1]: đồng chí Lò Minh Hùng ký với chức danh phó bí thư thường trực, thay mặt ban thường vụ.")


def _q(text):
    return " ".join(fold(text).lower().split())


@pytest.mark.parametrize("question", [
    "Bí thư Thành ủy Cần Thơ nhiệm kỳ này là ai?",
    "Bí thư Thành ủy Cần Thơ nhiệm kỳ hiện tại tên là gì?",
    "Bí thư Thành ủy Cần Thơ, đồng chí ấy tên là gì?",
    "Bí thư Thành ủy Cần Thơ, người đó là ai vậy?",
    "Bí thư Thành ủy Cần Thơ, thì ông ấy tên gì?",
])
def test_the_time_of_the_post_or_a_pronoun_taking_it_up_still_asks_its_holder(question):
    assert asked_post(_q(question)) == ("bi thu", ("thanh", "uy", "can", "tho"))


@pytest.mark.parametrize("question", [
    # a time of holding said generally
    "Bí thư Thành ủy Cần Thơ khóa này là ai?",
    "Bí thư Thành ủy Cần Thơ đương nhiệm là ai?",
    "Bí thư Thành ủy Cần Thơ hiện thời là ai?",
    "Bí thư Thành ủy Cần Thơ trong nhiệm kỳ này là ai?",
    "Bí thư Thành ủy Cần Thơ thì đồng chí ấy là ai?",
])
def test_a_time_of_holding_said_generally_asks_the_holder(question):
    assert asked_post(_q(question)) == ("bi thu", ("thanh", "uy", "can", "tho"))


@pytest.mark.parametrize("question, body", [
    # a place's syllable that folds as a word of time is the place ("Dương" is no "đương nhiệm"); another term is
    # a word the block must print
    ("Bí thư Tỉnh ủy Bình Dương đương nhiệm là ai?", ("tinh", "uy", "binh", "duong")),
    ("Bí thư Tỉnh ủy Hải Dương là ai?", ("tinh", "uy", "hai", "duong")),
    ("Bí thư Thành ủy Cần Thơ khóa trước là ai?", ("thanh", "uy", "can", "tho", "khoa", "truoc")),
])
def test_a_place_or_another_term_is_no_time_of_holding(question, body):
    assert asked_post(_q(question)) == ("bi thu", body)


@pytest.mark.parametrize("question", [
    "Bí thư Thành ủy Cần Thơ nhiệm kỳ 2020-2025 là ai?",   # a term the block does not print
    "Bí thư Thành ủy Cần Thơ, đồng chí ấy làm gì?",          # what the holder does, not the name
    "Bí thư Thành ủy Cần Thơ, đồng chí ấy ký văn bản nào?",
])
def test_a_term_or_another_ask_after_the_pronoun_asks_no_holder(question):
    assert asked_post(_q(question)) is None


@pytest.mark.parametrize("question", [
    "Bí thư Thành ủy Cần Thơ nhiệm kỳ này là ai?",
    "Bí thư Thành ủy Cần Thơ, đồng chí ấy tên là gì?",
    "Bí thư TP. Cần Thơ là ai?",
    "Bí thư Thành ủy TP. Cần Thơ là ai?",
])
def test_the_holder_is_named_cited(assistant, question):
    a = assistant.ask(question)
    assert not a.refused and a.mode == "holder" and a.answer == CANTHO
    assert [c.unit_id for c in a.citations] == ["ct-tucantho-nq43:signature"]


@pytest.mark.parametrize("text, expanded", [
    ("Bí thư TP. Cần Thơ là ai?", "Bí thư thành phố Cần Thơ là ai?"),
    ("Tp. Cần Thơ có mấy quận", "thành phố Cần Thơ có mấy quận"),
    # before no place's name the full stop ends the sentence
    ("Ở TP. thì sao?", "Ở thành phố. thì sao?"),
    ("Kế hoạch của TP. tỉnh thì sao", "Kế hoạch của thành phố. tỉnh thì sao"),
    ("Kế hoạch của TP Cần Thơ", "Kế hoạch của thành phố Cần Thơ"),
])
def test_a_levels_short_form_keeps_its_full_stop_only_before_no_place(text, expanded):
    assert expand_abbreviations(nfc(text)) == expanded


HIEU_F = fold("Nguyễn Văn Hiếu")


@pytest.mark.parametrize("question, held_in", [
    ("Chức vụ của Nguyễn Văn Hiếu là gì?", ()),
    ("Chức vụ của đồng chí Nguyễn Văn Hiếu là gì?", ()),
    ("Cho hỏi chức danh của ông Nguyễn Văn Hiếu hiện nay là gì ạ?", ()),
    ("Ông Nguyễn Văn Hiếu làm chức gì?", ()),
    ("Nguyễn Văn Hiếu là chức gì?", ()),
    ("Nguyễn Văn Hiếu giữ chức vụ gì trong Thành ủy?", ("thanh", "uy")),
    ("Nguyễn Văn Hiếu giữ chức vụ gì ở Tỉnh ủy Lạng Sơn ạ?", ("tinh", "uy", "lang", "son")),
    # the body between the name and the asking words
    ("Chức vụ của Nguyễn Văn Hiếu ở Thành ủy là gì?", ("thanh", "uy")),
    ("Chức vụ của đồng chí Nguyễn Văn Hiếu trong Thành ủy Cần Thơ là gì?", ("thanh", "uy", "can", "tho")),
    ("Chức danh của ông Nguyễn Văn Hiếu tại Thành ủy Cần Thơ hiện nay là gì?", ("thanh", "uy", "can", "tho")),
    ("Nguyễn Văn Hiếu là gì của Thành ủy?", ("thanh", "uy")),
    ("Chức vụ của Nguyễn Văn Hiếu ở Thành ủy là bao lâu?", None),
    ("Chức vụ của Nguyễn Văn Hiếu ở Thành ủy là gì thì chưa rõ", None),
    ("Nguyễn Văn Hiếu là gì?", None),
    # not the post asked: what he does, a function, why he signs, his post as something else's
    ("Nguyễn Văn Hiếu làm gì?", None),
    ("Nguyễn Văn Hiếu làm chức năng gì?", None),
    ("Chức vụ của Nguyễn Văn Hiếu có nhiệm vụ gì?", None),
    ("Ông Nguyễn Văn Hiếu là ai mà ký chương trình?", None),
])
def test_the_post_of_a_named_person_is_asked_by_its_noun_or_verb(question, held_in):
    assert post_of_asked(_q(question), HIEU_F) == held_in


@pytest.mark.parametrize("question, answer, unit", [
    ("Chức vụ của Nguyễn Văn Hiếu là gì?", HIEU, "ct-tucantho-nq43:signature"),
    ("Ông Nguyễn Văn Hiếu làm chức gì?", HIEU, "ct-tucantho-nq43:signature"),
    ("Nguyễn Văn Hiếu là chức gì?", HIEU, "ct-tucantho-nq43:signature"),
    ("Nguyễn Văn Hiếu giữ chức vụ gì trong Thành ủy?", HIEU, "ct-tucantho-nq43:signature"),
    ("Chức vụ của Nguyễn Văn Hiếu ở Thành ủy là gì?", HIEU, "ct-tucantho-nq43:signature"),
    ("Chức vụ của đồng chí Nguyễn Văn Hiếu trong Thành ủy Cần Thơ là gì?", HIEU, "ct-tucantho-nq43:signature"),
    ("Nguyễn Văn Hiếu là gì của Thành ủy?", HIEU, "ct-tucantho-nq43:signature"),
    ("Chức vụ của đồng chí Lò Minh Hùng là gì?", HUNG, "kh-btvtu-nq43:signature"),
])
def test_the_post_of_a_named_signer_asked_in_other_words_is_the_blocks(assistant, question, answer, unit):
    a = assistant.ask(question)
    assert not a.refused and a.mode == "holder" and a.answer == answer
    assert [c.unit_id for c in a.citations] == [unit]


def test_a_body_the_block_does_not_print_is_not_answered_with_its_post(assistant):
    a = assistant.ask("Nguyễn Văn Hiếu giữ chức vụ gì trong Tỉnh ủy Lạng Sơn?")       # a body his block does not print
    assert a.refused and a.mode == "holder" and a.citations == []


def test_a_role_in_a_task_is_not_answered_with_the_post(assistant):
    a = assistant.ask("Nguyễn Văn Hiếu giữ chức vụ gì trong việc triển khai nghị quyết?")
    assert "ký với chức danh" not in a.answer


@pytest.mark.parametrize("question, answer", [
    ("Ai đứng đầu Bộ Chính trị?",
     "Kế hoạch 21-KH/TW không ghi ai là người đứng đầu: phần chữ ký “T/M BỘ CHÍNH TRỊ / Trương Thị Mai” chỉ cho biết "
     "đồng chí Trương Thị Mai ký thay mặt bộ chính trị. Văn bản không nêu thêm."),
    ("Người đứng đầu Bộ Chính trị là ai?",
     "Kế hoạch 21-KH/TW không ghi ai là người đứng đầu: phần chữ ký “T/M BỘ CHÍNH TRỊ / Trương Thị Mai” chỉ cho biết "
     "đồng chí Trương Thị Mai ký thay mặt bộ chính trị. Văn bản không nêu thêm."),
    # a deputy signs for the body: its head is not named
    ("Ai đứng đầu Ban Thường vụ Tỉnh ủy vậy?",
     "Kế hoạch của Ban Thường vụ Tỉnh ủy không ghi ai là người đứng đầu: phần chữ ký “T/M BAN THƯỜNG VỤ / PHÓ BÍ THƯ "
     "THƯỜNG TRỰC / Lò Minh Hùng” chỉ cho biết đồng chí Lò Minh Hùng ký với chức danh phó bí thư thường trực, thay "
     "mặt ban thường vụ. Văn bản không nêu thêm."),
])
def test_the_head_of_a_body_whose_block_prints_no_heads_title_is_refused_saying_who_signed(assistant, question, answer):
    a = assistant.ask(question)
    assert a.refused and a.mode == "holder" and a.refusal_reason == "office_not_signed"
    assert a.answer == answer


def test_a_head_signing_with_the_heads_title_is_still_named(assistant):
    a = assistant.ask("Người đứng đầu Thành ủy Cần Thơ là ai?")
    assert not a.refused and a.answer == CANTHO


@pytest.mark.parametrize("question, intents", [
    ("Ai ký nghị quyết 43, vào ngày nào?", ["signer", "date"]),
    ("Ai ký kế hoạch 21 và khi nào?", ["signer", "date"]),
    # the time of another verb, or a document named at length: not the time of signing
    ("Ai ký nghị quyết 43, ngày nào thì triển khai?", ["signer"]),
    ("Ai ký kế hoạch, ngày nào tỉnh phải báo cáo?", ["signer", "deadline"]),     # by when it must be done
    ("Ai ký nghị quyết 43?", ["signer"]),
])
def test_the_document_signed_named_between_the_signer_and_the_time_asked(question, intents):
    from rag.question.intents import intents_of
    assert intents_of(_q(question), question) == intents


def test_a_signer_asked_with_the_date_after_the_documents_name_gives_the_date(assistant):
    a = assistant.ask("Ai ký nghị quyết 43, vào ngày nào?")
    assert not a.refused and a.mode == "holder"
    assert a.answer.startswith("Nghị quyết 43-NQ/TW ký với danh nghĩa “T/M BAN CHẤP HÀNH TRUNG ƯƠNG / TỔNG Bí THƯ” "
                               "[1]; văn bản không in tên người ký.")
    assert "ngày 24 tháng 11 năm 2023" in a.answer
    assert [c.unit_id for c in a.citations] == ["nq-43-2023:signature", "nq-43-2023:header"]


@pytest.mark.parametrize("question", ["Ai đứng đầu Ban Bí thư?", "Người đứng đầu Ban Bí thư là ai?"])
def test_a_head_asked_of_a_body_is_read_as_one_phrase(ask, question):
    # "Ban Bí thư" is not the words of "BAN THƯỜNG VỤ / PHÓ BÍ THƯ": the Ban Thường vụ's block is not the body asked
    a = ask(question)
    assert "Lò Minh Hùng" not in a.answer


def test_a_central_short_form_keeps_its_full_stop():
    from rag.text import expand_abbreviations
    assert expand_abbreviations("Nghị quyết 43 là của TW. Tỉnh phải làm gì?") == \
        "Nghị quyết 43 là của trung ương. Tỉnh phải làm gì?"
    assert expand_abbreviations("Chương trình này là của TP. Tỉnh có kế hoạch riêng không?") == \
        "Chương trình này là của thành phố. Tỉnh có kế hoạch riêng không?"
    assert expand_abbreviations("Bí thư TP. Cần Thơ là ai?") == "Bí thư thành phố Cần Thơ là ai?"


@pytest.mark.parametrize("question, body", [
    ("Người đứng đầu Ban Thường vụ Tỉnh ủy Lạng Sơn là ai?", "Ban Thường vụ Tỉnh ủy Lạng Sơn"),
    ("Ai đứng đầu Đảng bộ tỉnh Lạng Sơn?", "Đảng bộ tỉnh Lạng Sơn"),
    ("Ai đứng đầu Ban Chấp hành Đảng bộ tỉnh Lạng Sơn?", "Ban Chấp hành Đảng bộ tỉnh Lạng Sơn"),
    ("Ai đứng đầu Ban Dân vận Tỉnh ủy?", "Ban Dân vận Tỉnh ủy"),
    ("Người đứng đầu Mặt trận Tổ quốc tỉnh là ai vậy?", "Mặt trận Tổ quốc tỉnh"),
])
def test_the_head_of_a_body_no_block_signs_for_is_refused_not_quoted_from_a_list(assistant, question, body):
    a = assistant.ask(question)
    assert a.refused and a.mode == "holder" and a.citations == []
    assert a.answer == f"Các văn bản trong kho không ghi ai là người đứng đầu {body}."


@pytest.mark.parametrize("question", [
    "Phần nhiệm vụ cụ thể trong KH 21 có mấy đầu mối? ai đứng đầu list?",   # no body: the list's first
    "Người đứng đầu Thành ủy Cần Thơ là ai?",                                # its block names him
    "Người đứng đầu cấp ủy phải làm gì theo Nghị quyết 43?",                 # what the head does
])
def test_a_head_not_asked_of_a_body_or_named_by_a_block_is_not_refused_as_unprinted(assistant, question):
    a = assistant.ask(question)
    assert "không ghi ai là người đứng đầu" not in a.answer


@pytest.mark.parametrize("question, body", [
    ("Chức vụ của Nguyễn Văn Hiếu ở Tỉnh ủy là gì?", "Tỉnh ủy"),
    ("Nguyễn Văn Hiếu giữ chức vụ gì trong Ban Thường vụ Tỉnh ủy?", "Ban Thường vụ Tỉnh ủy"),
])
def test_the_post_of_a_signer_asked_in_another_body_is_refused_saying_his_capacity(assistant, question, body):
    a = assistant.ask(question)
    assert a.refused and a.mode == "holder"
    assert a.answer == (f"Các văn bản trong kho không ghi chức vụ của đồng chí Nguyễn Văn Hiếu ở {body}: Chương trình "
                        "của Thành ủy Cần Thơ chỉ cho biết đồng chí ký với chức danh bí thư, thay mặt thành ủy.")


HIEU_HEAD = ("Theo Chương trình của Thành ủy Cần Thơ, phần chữ ký ghi “T/M THÀNH ỦY / BÍ THƯ / Nguyễn Văn Hiếu” [1]: "
             "bí thư là đồng chí Nguyễn Văn Hiếu.")


@pytest.mark.parametrize("question", [
    # the Thành ủy's block: its Đảng bộ, its place, its Ban Thường vụ are the body it signs for
    "Người đứng đầu Đảng bộ thành phố Cần Thơ là ai?",
    "Ai đứng đầu Đảng bộ Cần Thơ?",
    "Ai đứng đầu Ban Thường vụ Thành ủy Cần Thơ?",
    "Bí thư Đảng bộ thành phố Cần Thơ là ai?",
    # its Ban Chấp hành is the Thành ủy itself; typed without marks
    "Ai đứng đầu Ban Chấp hành Đảng bộ thành phố Cần Thơ?",
    "ai dung dau dang bo thanh pho can tho",
])
def test_the_head_of_the_signers_own_body_named_another_way_is_named(assistant, question):
    a = assistant.ask(question)
    assert not a.refused and a.mode == "holder" and a.answer == HIEU_HEAD
    assert [c.unit_id for c in a.citations] == ["ct-tucantho-nq43:signature"]


@pytest.mark.parametrize("question", [
    "Chức vụ của Nguyễn Văn Hiếu ở Đảng bộ thành phố Cần Thơ là gì?",
    "Chức vụ của Nguyễn Văn Hiếu tại thành phố là gì?",
    "Chức vụ của Nguyễn Văn Hiếu trong Đảng là gì?",
    "Nguyễn Văn Hiếu giữ chức vụ gì trong Đảng bộ Cần Thơ?",
])
def test_the_post_of_a_signer_in_his_own_body_named_another_way_is_the_blocks(assistant, question):
    a = assistant.ask(question)
    assert not a.refused and a.mode == "holder" and a.answer == HIEU
    assert [c.unit_id for c in a.citations] == ["ct-tucantho-nq43:signature"]


@pytest.mark.parametrize("question, signer, body", [
    # another level or place, or a body the block does not sign for: still refused
    ("Chức vụ của Nguyễn Văn Hiếu ở Ban Thường vụ là gì?", "Nguyễn Văn Hiếu", "Ban Thường vụ"),
    ("Chức vụ của Nguyễn Văn Hiếu ở Đảng bộ tỉnh Lạng Sơn là gì?", "Nguyễn Văn Hiếu", "Đảng bộ tỉnh Lạng Sơn"),
    ("Chức vụ của Lò Minh Hùng ở Thành ủy Cần Thơ là gì?", "Lò Minh Hùng", "Thành ủy Cần Thơ"),
])
def test_the_post_of_a_signer_in_a_body_not_his_own_is_still_refused(assistant, question, signer, body):
    a = assistant.ask(question)
    assert a.refused and a.mode == "holder"
    assert a.answer.startswith(f"Các văn bản trong kho không ghi chức vụ của đồng chí {signer} ở {body}:")


@pytest.mark.parametrize("question", [
    # "Đảng", "Đảng bộ", "thành phố" without the block's place name no one committee: not Cần Thơ's Bí thư
    # (review fx28fix, HIGH)
    "Ai là người đứng đầu Đảng?",
    "Bí thư Đảng là ai?",
    "Ai đứng đầu Đảng bộ?",
    "Ai đứng đầu thành phố?",
    "Người đứng đầu Đảng ta là ai?",
])
def test_a_body_said_without_the_blocks_place_is_not_the_signers(assistant, question):
    assert "Nguyễn Văn Hiếu" not in assistant.ask(question).answer
