"""Who signed a document or who holds a post, asked by name (rag.answerers.printed.holder): a name printed in a signature
block answers, cited; a block printing only the office is refused as not printed. Real corpus, literal answers."""
import pytest

from rag.answerers.printed.holder import _holds, _is_office
from rag.decision.post_asked import asked_head, asked_post
from rag.decision.post_held import body_held
from rag.decision.signer import block_lines, read_block
from rag.text import fold

NQ43_UNNAMED = ("Nghị quyết 43-NQ/TW không in tên người ký: phần chữ ký chỉ ghi “T/M BAN CHẤP HÀNH TRUNG ƯƠNG / "
                "TỔNG Bí THƯ”. Văn bản không nêu thêm. (Bản sao y của Văn phòng Tỉnh ủy Lạng Sơn do phó chánh văn "
                "phòng Sai Văn Đông ký; đó là người ký bản sao, không phải người ký Nghị quyết 43-NQ/TW.)")
CANTHO = ("Theo Chương trình của Thành ủy Cần Thơ, phần chữ ký ghi “T/M THÀNH ỦY / BÍ THƯ / Nguyễn Văn Hiếu” [1]: "
          "bí thư là đồng chí Nguyễn Văn Hiếu.")


def _q(text):
    return " ".join(fold(text).lower().split())


@pytest.mark.parametrize("question", [
    "Tên đầy đủ của người ký NQ 43",
    "Nghị quyết 43 do đồng chí nào ký?",
    "Họ tên người ký Nghị quyết 43-NQ/TW là gì?",
])
def test_the_signer_of_a_block_without_a_name_is_refused_naming_the_copy_signer_as_such(assistant, question):
    a = assistant.ask(question)
    assert a.refused and a.refusal_reason == "office_unnamed"
    assert a.answer == NQ43_UNNAMED


@pytest.mark.parametrize("question", [
    "Bí thư Thành ủy Cần Thơ tên đầy đủ là gì",
    "Bí thư Thành ủy Cần Thơ là ai?",
    "Đồng chí nào là Bí thư Thành ủy Cần Thơ?",
    "Họ tên Bí thư Thành ủy Cần Thơ?",
    "Người đứng đầu Thành ủy Cần Thơ là ai?",
    "Cho hỏi ai đang giữ chức Bí thư Thành ủy Cần Thơ?",
    "Tên đầy đủ của Bí thư Thành ủy Cần Thơ là gì",
    "Bí thư của Thành ủy Cần Thơ là ai?",
    "Bí thư Thành ủy Cần Thơ họ và tên là gì?",
    # polite endings and time words ("… là ai vậy ạ?")
    "Bí thư thành ủy cần thơ là ai vậy ạ?",
    "Bí thư Thành ủy Cần Thơ là ai thế nhỉ?",
    "Bí thư Thành ủy Cần Thơ hiện giờ là ai?",
])
def test_the_holder_of_a_post_a_signature_names_is_answered_cited(assistant, question):
    a = assistant.ask(question)
    assert not a.refused and a.mode == "holder"
    assert a.answer == CANTHO
    assert [c.unit_id for c in a.citations] == ["ct-tucantho-nq43:signature"]


def test_who_signed_a_block_without_a_name_is_its_capacity_saying_the_name_is_not_printed(assistant):
    a = assistant.ask("Ai ký Nghị quyết 43?")
    assert not a.refused and a.mode == "holder"
    assert a.answer.startswith("Nghị quyết 43-NQ/TW ký với danh nghĩa “T/M BAN CHẤP HÀNH TRUNG ƯƠNG / TỔNG Bí THƯ” [1]; "
                               "văn bản không in tên người ký.")
    assert [c.unit_id for c in a.citations] == ["nq-43-2023:signature"]


def test_a_post_printed_without_a_name_or_never_named_is_refused(assistant):
    a = assistant.ask("Tổng Bí thư là ai?")
    assert a.refused and a.answer == ("Nghị quyết 43-NQ/TW chỉ ghi chức danh tổng bí thư ở phần chữ ký, không in "
                                      "tên người ký. Văn bản không nêu thêm.")
    a = assistant.ask("Bí thư Tỉnh ủy là ai?")
    assert a.refused and a.refusal_reason == "office_not_signed"
    assert "phó bí thư thường trực Lò Minh Hùng" in a.answer
    # a post no block prints: no name is made up
    a = assistant.ask("Chủ tịch Ủy ban MTTQ tỉnh tên gì")
    assert a.refused and "Nguyễn" not in a.answer and "Lò Minh Hùng" not in a.answer


def test_a_signers_title_or_a_named_signer_is_left_to_the_block_quote(assistant):
    a = assistant.ask("Người ký Nghị quyết 43 giữ chức vụ gì?")
    assert not a.refused and a.mode != "holder"
    assert [c.unit_id for c in a.citations] == ["nq-43-2023:signature"]
    a = assistant.ask("Kế hoạch 21 do ai ký?")
    assert not a.refused and "Trương Thị Mai" in a.answer
    a = assistant.ask("NQ 43 ai ký, thay mặt cơ quan nào?")
    assert not a.refused and a.mode != "holder"
    # a head's duty, a document's full name: no person asked
    assert assistant.ask("Người đứng đầu cấp ủy phải làm gì?").mode != "holder"
    assert assistant.ask("Tên đầy đủ của Nghị quyết 43 là gì?").mode != "holder"


def test_a_post_is_held_only_by_the_blocks_own_title_and_body():
    cantho = read_block("T/M THÀNH ỦY\nBÍ THƯ\nNguyễn Văn Hiếu")
    ctx = _q("T/M THÀNH ỦY BÍ THƯ Nguyễn Văn Hiếu Thành ủy Cần Thơ")
    assert _holds(cantho, asked_post(_q("Bí thư Thành ủy Cần Thơ là ai")), ctx)
    assert not _holds(cantho, asked_post(_q("Bí thư Tỉnh ủy là ai")), ctx)
    assert not _holds(cantho, asked_post(_q("Phó Bí thư Thành ủy là ai")), ctx)
    deputy = read_block("T/M BAN THƯỜNG VỤ\nPHÓ BÍ THƯ THƯỜNG TRỰC\nLò Minh Hùng")
    ctx = _q("T/M BAN THƯỜNG VỤ PHÓ BÍ THƯ THƯỜNG TRỰC Lò Minh Hùng Ban Thường vụ Tỉnh ủy")
    assert _holds(deputy, asked_post(_q("Phó Bí thư Thường trực Tỉnh ủy là ai")), ctx)
    assert not _holds(deputy, asked_post(_q("Bí thư Tỉnh ủy là ai")), ctx)
    # every word given the post must be carried: a place the document does not print is not held
    ctx = _q("T/M THÀNH ỦY BÍ THƯ Nguyễn Văn Hiếu Thành ủy Cần Thơ")
    assert not _holds(cantho, asked_post(_q("Bí thư Thành ủy Hà Nội là ai")), ctx)
    assert not _holds(cantho, asked_post(_q("Bí thư Tỉnh ủy Cần Thơ là ai")), ctx)


def test_the_head_of_a_body_is_asked_only_by_heading_it():
    assert asked_head(_q("Người đứng đầu Thành ủy Cần Thơ là ai?")) == ("", ("thanh", "uy", "can", "tho"))
    assert asked_head(_q("Ai đứng đầu Ban Thường vụ Tỉnh ủy vậy?")) == ("", ("ban", "thuong", "vu", "tinh", "uy"))
    # no one asked heading a body: a list's first place, a leader's duty
    assert asked_head(_q("Cơ quan nào đứng đầu danh sách?")) is None
    assert asked_head(_q("Bí thư chi bộ phải làm gì?")) is None
    assert asked_head(_q("Người đứng đầu cấp ủy phải làm gì?")) is None
    # a head offered as a guess
    assert asked_head(_q("Ai phải gương mẫu trước, người đứng đầu thành ủy à?")) is None


DEPUTY = ("Theo Kế hoạch của Ban Thường vụ Tỉnh ủy, phần chữ ký ghi “T/M BAN THƯỜNG VỤ / PHÓ BÍ THƯ THƯỜNG TRỰC / "
          "Lò Minh Hùng” [1]: phó bí thư thường trực là đồng chí Lò Minh Hùng.")


@pytest.mark.parametrize("question", [
    "Phó Bí thư Thường trực Tỉnh ủy là ai?",
    # a deputy asked without the qualifier: the one the text names, with the title it signs in
    "Phó Bí thư Tỉnh ủy tên là gì?",
])
def test_a_deputy_is_answered_by_the_block_signed_with_its_title(assistant, question):
    a = assistant.ask(question)
    assert not a.refused and a.mode == "holder" and a.answer == DEPUTY
    assert [c.unit_id for c in a.citations] == ["kh-btvtu-nq43:signature"]


@pytest.mark.parametrize("question", [
    # a place or a name after the post that the signing document does not carry
    "Bí thư Thành ủy Hà Nội tên là gì?",
    "Bí thư Đảng ủy xã Tân Lập tên là gì?",
    "Chủ tịch UBND thành phố Cần Thơ là ai?",
    "Bí thư Tỉnh ủy Lạng Sơn là ai?",
    "Phó Bí thư Thường trực Tỉnh ủy Lạng Sơn là ai?",
    "Bí thư Thành ủy Hồ Chí Minh là ai?",
    # "Ban Bí thư" is a body, not the post; a post of no body
    "Thường trực Ban Bí thư tên gì?",
    "Ai là bí thư?",
    # a post offered as a guess, not the one whose name is asked
    "Ai là người phải gương mẫu trước, bí thư thành ủy à?",
    "Ai là người chịu trách nhiệm chính ở thành phố, có phải bí thư thành ủy không?",
])
def test_no_holder_is_named_from_a_block_whose_post_or_place_was_not_asked(assistant, question):
    a = assistant.ask(question)
    assert a.mode != "holder"
    assert "Nguyễn Văn Hiếu" not in a.answer and "Lò Minh Hùng" not in a.answer
    assert not [c for c in a.citations if c.unit_id.endswith(":signature")]


def test_a_full_name_of_a_document_or_a_body_asks_no_person(assistant):
    a = assistant.ask("Chương trình Cần Thơ nhắc chỉ thị về đối ngoại nhân dân, tên đầy đủ là gì?")
    assert not a.refused and a.citations[0].unit_id == "ct-tucantho-nq43:III.2.g11"
    a = assistant.ask("Tên đầy đủ của Ban Dân vận Trung ương là gì?")
    assert not a.refused and a.citations[0].unit_id == "kh-21-2023:V.3.p1"
    # only the holder's misreading is checked here (no person's name asked); the right answers are asserted below
    for question in ("Tên đầy đủ của nghị quyết 43 là gì?",
                     "Kế hoạch 21 giao cho ban nào chủ trì theo dõi, tên cụ thể là gì?"):
        a = assistant.ask(question)
        assert a.mode != "holder" and "tên người" not in a.answer


@pytest.mark.xfail(reason="no catalog intent reads 'tên đầy đủ' of a held document as its title (the header's trích "
                          "yếu): refused topic_absent «tên đầy đủ»; a title intent is work of its own", strict=True)
def test_the_full_name_of_a_held_document_is_its_headers_title(assistant):
    a = assistant.ask("Tên đầy đủ của nghị quyết 43 là gì?")
    assert not a.refused and a.citations[0].unit_id == "nq-43-2023:header"
    assert "về tiếp tục phát huy truyền thống, sức mạnh đại đoàn kết toàn dân tộc" in a.answer


@pytest.mark.xfail(reason="'ban nào … tên cụ thể' is read with the whole question's words: weak_evidence; KH 21 V.3 "
                          "(Ban Dân vận Trung ương) is not reached", strict=True)
def test_the_full_name_of_the_board_a_plan_assigns_is_its_item(assistant):
    a = assistant.ask("Kế hoạch 21 giao cho ban nào chủ trì theo dõi, tên cụ thể là gì?")
    assert not a.refused and a.citations[0].unit_id == "kh-21-2023:V.3.p1"


@pytest.mark.parametrize("question, post", [
    ("Bí thư Thành ủy Cần Thơ tên đầy đủ là gì", ("bi thu", ("thanh", "uy", "can", "tho"))),
    ("Ai là Bí thư Thành ủy Hà Nội?", ("bi thu", ("thanh", "uy", "ha", "noi"))),
    ("Bí thư Đảng ủy xã Tân Lập tên là gì?", ("bi thu", ("dang", "uy", "xa", "tan", "lap"))),
    ("Bí thư Thành ủy Đà Nẵng họ tên là gì?", ("bi thu", ("thanh", "uy", "da", "nang"))),
    ("Đồng chí nào là Trưởng Ban Dân vận Trung ương?", ("truong ban", ("dan", "van", "trung", "uong"))),
    ("Tổng Bí thư là ai?", ("tong bi thu", ())),
])
def test_the_post_asked_keeps_every_word_of_its_body(question, post):
    assert asked_post(_q(question)) == post


@pytest.mark.parametrize("question", [
    "Thường trực Ban Bí thư tên gì?",
    "Ban Chủ nhiệm Ủy ban Kiểm tra là ai?",
    "Ai là người phải gương mẫu trước, bí thư thành ủy à?",
    "Ai là người chịu trách nhiệm chính ở thành phố, có phải bí thư thành ủy không?",
    "bí thư, chủ tịch có phải ngồi nói chuyện trực tiếp với dân thường xuyên ko",
    "Trách nhiệm của bí thư cấp ủy là gì?",
    "Nhiệm vụ của bí thư thành ủy là ai giao?",
])
def test_a_post_named_but_not_asked_for_its_holder_is_not_read(question):
    assert asked_post(_q(question)) is None


def test_a_block_is_read_past_its_notes_and_unnamed_only_under_an_office():
    block = read_block("T/M TỈNH ỦY\nBÍ THƯ\n(Đã ký)\nĐỗ Văn Chiến")
    assert (block.title, block.name) == ("BÍ THƯ", "Đỗ Văn Chiến")
    assert _holds(block, asked_post(_q("Bí thư Tỉnh ủy là ai?")), _q("T/M TỈNH ỦY BÍ THƯ Đỗ Văn Chiến Tỉnh ủy"))
    assert block_lines("T/M BỘ CHÍNH TRỊ\n(ký tên, đóng dấu)\nTrương Thị Mai") == ["T/M BỘ CHÍNH TRỊ", "Trương Thị Mai"]
    # a name in capitals is not an office: no "name not printed" from it
    assert not _is_office(["T/M BỘ CHÍNH TRỊ", "TRƯƠNG THỊ MAI"])
    assert _is_office(["T/M BAN CHẤP HÀNH TRUNG ƯƠNG", "TỔNG Bí THƯ"])
    assert _is_office(["T/M BỘ CHÍNH TRỊ"])


@pytest.mark.parametrize("question", [
    "Bản nghị quyết 43 của Lạng Sơn do ai ký?",
    "Nghị quyết 43 bản của Văn phòng Tỉnh ủy Lạng Sơn ai ký?",
    "Ai ký Nghị quyết 43, bản Lạng Sơn?",
])
def test_who_signed_the_copy_named_by_its_maker_is_the_copys_block(assistant, question):
    a = assistant.ask(question)
    assert not a.refused and a.mode != "holder"
    assert a.citations[0].unit_id == "nq-43-2023:copy" and "Sai Văn Đông" in a.answer



def test_the_head_of_a_body_asked_politely_is_its_holder(assistant):
    a = assistant.ask("Người đứng đầu Thành ủy Cần Thơ là ai vậy ạ?")
    assert not a.refused and "Nguyễn Văn Hiếu" in a.answer


CANTHO_CTX = "t m thanh uy bi thu nguyen van hieu thanh uy can tho"


@pytest.mark.parametrize("body, typed, held", [
    # a level word before a place is matched by the place
    (("thanh", "uy", "thanh", "pho", "can", "tho"), "", True),
    # only the level the block's body is at: "tỉnh Cần Thơ", "huyện Cần Thơ" are not the Thành ủy's
    (("thanh", "uy", "tinh", "can", "tho"), "", False),
    (("tinh", "can", "tho"), "", False),
    (("huyen", "can", "tho"), "", False),
    # a short form at the centre is not the initials of a local body ("TW" / "TƯ" are not "Tỉnh ủy")
    (("trung", "uong"), "Bí thư TW là ai?", False),
    # a short form typed stands for any name of its initials ("TU": Thành ủy as well as Tỉnh ủy)
    (("tinh", "uy", "can", "tho"), "Bí thư TU Cần Thơ là ai?", True),
    # typed in full, the name must be printed as typed; the place must be printed
    (("tinh", "uy", "can", "tho"), "Bí thư Tỉnh ủy Cần Thơ là ai?", False),
    (("thanh", "uy", "thanh", "pho", "ha", "noi"), "", False),
    (("tinh", "uy", "ha", "noi"), "Bí thư TU Hà Nội là ai?", False),
    # a level word opening a body's name is no level before a place ("tỉnh ủy", "thành đoàn")
    (("thanh", "doan", "can", "tho"), "", False),
    (("dang", "uy", "xa", "tan", "lap"), "", False),
])
def test_body_words_are_read_as_a_cadre_says_them(body, typed, held):
    assert body_held(body, CANTHO_CTX, typed) is held


COPY_CTX = "k t chanh van phong pho chanh van phong sai van dong van phong tinh uy lang son"
NQ43_CTX = "t m ban chap hanh trung uong tong bi thu ban chap hanh trung uong dang"


@pytest.mark.parametrize("body, typed, context, held", [
    (("van", "phong", "tinh", "lang", "son"), "", COPY_CTX, True),
    (("van", "phong", "tinh", "uy", "tinh", "lang", "son"), "", COPY_CTX, True),
    # Lạng Sơn is a city too: the city's office is another body
    (("van", "phong", "thanh", "pho", "lang", "son"), "", COPY_CTX, False),
    (("van", "phong", "huyen", "lang", "son"), "", COPY_CTX, False),
    (("van", "phong", "trung", "uong"), "Phó Chánh Văn phòng TW là ai?", COPY_CTX, False),
    (("van", "phong", "trung", "uong"), "Phó Chánh Văn phòng TƯ là ai?", COPY_CTX, False),
    (("trung", "uong"), "Tổng Bí thư BCH TW là ai?", NQ43_CTX, True),
])
def test_a_level_or_short_form_names_only_a_body_at_its_level(body, typed, context, held):
    assert body_held(body, context, typed) is held


@pytest.mark.parametrize("question", [
    "Bí thư Thành ủy thành phố Cần Thơ là ai?",
    "Bí thư Thành ủy TP Cần Thơ là ai?",
    "Bí thư TU Cần Thơ là ai?",
    "Bí thư thành ủy thành phố Cần Thơ tên là gì?",
])
def test_a_level_word_or_a_short_form_said_with_the_place_still_names_the_holder(assistant, question):
    a = assistant.ask(question)
    assert not a.refused and a.mode == "holder" and a.answer == CANTHO
    assert [c.unit_id for c in a.citations] == ["ct-tucantho-nq43:signature"]


@pytest.mark.parametrize("question", [
    "Bí thư Thành ủy Hà Nội là ai?",
    "Bí thư Tỉnh ủy Cần Thơ là ai?",
    "Bí thư TU Hà Nội là ai?",
    "Bí thư Thành ủy thành phố Hà Nội là ai?",
])
def test_the_place_itself_must_still_be_printed(assistant, question):
    a = assistant.ask(question)
    assert a.mode != "holder" and "Nguyễn Văn Hiếu" not in a.answer


def test_the_body_named_ban_bi_thu_is_no_office_asked(assistant):
    # one parser: the decision reads the post as the holder does ("Ban Bí thư" is a body, not the office bí thư)
    a = assistant.ask("Ai là Thường trực Ban Bí thư khi ký Kế hoạch 21?")
    assert a.refusal_reason != "office_not_signed" and "Lò Minh Hùng" not in a.answer
    assert asked_post(_q("Ai là Thường trực Ban Bí thư khi ký Kế hoạch 21?")) is None


@pytest.mark.parametrize("question", [
    "Ai là Phó Bí thư Thường trực?",
    "Phó bí thư thường trực là ai vậy?",
    "Phó Bí thư Thường trực tên là gì?",
])
def test_a_deputy_named_by_its_qualifier_alone_heads_no_body(assistant, question):
    a = assistant.ask(question)
    assert a.mode != "holder" and "Lò Minh Hùng là" not in a.answer


COPY = ("Theo Bản sao y Nghị quyết 43-NQ/TW của Văn phòng Tỉnh ủy Lạng Sơn, phần chữ ký ghi “TỈNH ỦY LẠNG SƠN / "
        "VĂN PHÒNG / Số 1274-SY/VPTU / SAO Y / Lạng Sơn, ngày 04 tháng 12 năm 2023 / K/T CHÁNH VĂN PHÒNG / PHÓ CHÁNH "
        "VĂN PHÒNG / Sai Văn Đông” [1]: phó chánh văn phòng là đồng chí Sai Văn Đông.")


@pytest.mark.parametrize("question", [
    "Phó Chánh Văn phòng Tỉnh ủy là ai?",
    "Ai là Phó Chánh Văn phòng Tỉnh ủy Lạng Sơn?",
    "Phó Chánh Văn phòng Tỉnh ủy Lạng Sơn tên là gì?",
])
def test_the_certified_copys_signer_holds_the_post_it_signs_in(assistant, question):
    a = assistant.ask(question)
    assert not a.refused and a.mode == "holder" and a.answer == COPY
    assert [c.unit_id for c in a.citations] == ["nq-43-2023:copy"]


def test_the_head_of_office_the_copy_is_signed_for_is_not_named(assistant):
    a = assistant.ask("Chánh Văn phòng Tỉnh ủy tên là gì?")
    assert a.refused and a.refusal_reason == "office_not_signed"
    assert a.answer == ("Bản sao y Nghị quyết 43-NQ/TW của Văn phòng Tỉnh ủy Lạng Sơn không ghi tên người giữ chức "
                        "chánh văn phòng: người ký là phó chánh văn phòng Sai Văn Đông. Văn bản không nêu thêm.")
    # the copy's office is not another province's
    a = assistant.ask("Phó Chánh Văn phòng Tỉnh ủy Cần Thơ là ai?")
    assert a.mode != "holder" and "Sai Văn Đông là" not in a.answer


@pytest.mark.parametrize("question, answer, unit", [
    ("Nguyễn Văn Hiếu giữ chức vụ gì?",
     "Theo Chương trình của Thành ủy Cần Thơ, phần chữ ký ghi “T/M THÀNH ỦY / BÍ THƯ / Nguyễn Văn Hiếu” [1]: đồng chí "
     "Nguyễn Văn Hiếu ký với chức danh bí thư, thay mặt thành ủy.", "ct-tucantho-nq43:signature"),
    ("Ông Nguyễn Văn Hiếu là ai?",
     "Theo Chương trình của Thành ủy Cần Thơ, phần chữ ký ghi “T/M THÀNH ỦY / BÍ THƯ / Nguyễn Văn Hiếu” [1]: đồng chí "
     "Nguyễn Văn Hiếu ký với chức danh bí thư, thay mặt thành ủy.", "ct-tucantho-nq43:signature"),
    ("Đồng chí Trương Thị Mai là ai?",
     "Theo Kế hoạch 21-KH/TW, phần chữ ký ghi “T/M BỘ CHÍNH TRỊ / Trương Thị Mai” [1]: đồng chí Trương Thị Mai ký "
     "thay mặt bộ chính trị.", "kh-21-2023:signature"),
    ("Sai Văn Đông giữ chức gì?",
     COPY.replace(": phó chánh văn phòng là đồng chí Sai Văn Đông.",
                  ": đồng chí Sai Văn Đông ký với chức danh phó chánh văn phòng."), "nq-43-2023:copy"),
    ("Lò Minh Hùng hiện giữ chức vụ gì vậy?",
     "Theo Kế hoạch của Ban Thường vụ Tỉnh ủy, phần chữ ký ghi “T/M BAN THƯỜNG VỤ / PHÓ BÍ THƯ THƯỜNG TRỰC / Lò Minh "
     "Hùng” [1]: đồng chí Lò Minh Hùng ký với chức danh phó bí thư thường trực, thay mặt ban thường vụ.",
     "kh-btvtu-nq43:signature"),
])
def test_the_post_of_a_named_signer_is_the_title_and_body_of_the_block(assistant, question, answer, unit):
    a = assistant.ask(question)
    assert not a.refused and a.mode == "holder" and a.answer == answer
    assert [c.unit_id for c in a.citations] == [unit]


@pytest.mark.parametrize("question", [
    "Ông Nguyễn Văn An là ai?",                         # a name in no block
    "Nguyễn Văn Hiếu ký văn bản nào?",                  # the document asked, not the post
    "Chương trình do Nguyễn Văn Hiếu ký có mấy phần?",  # the name qualifies what is asked
])
def test_a_name_not_asked_for_its_post_or_in_no_block_is_not_answered_so(assistant, question):
    a = assistant.ask(question)
    assert a.mode != "holder" or "ký với chức danh" not in a.answer
    if "An " in question:
        assert a.refused


def test_the_head_of_a_body_whose_block_prints_no_name_is_refused_as_not_printed(assistant):
    a = assistant.ask("Ai đứng đầu Ban Chấp hành Trung ương?")
    assert a.refused and a.refusal_reason == "office_unnamed"
    assert a.answer == ("Nghị quyết 43-NQ/TW chỉ ghi chức danh tổng bí thư ở phần chữ ký, không in tên người ký. "
                        "Văn bản không nêu thêm.")


@pytest.mark.parametrize("question", [
    "Nghị quyết 43 do đồng chí nào ký, ngày nào?",
    "Nghị quyết 43 ai ký và khi nào?",
    "Nghị quyết 43 ai ký, ban hành ngày nào?",
])
def test_a_signer_asked_with_a_date_says_the_name_is_not_printed_and_gives_the_date(assistant, question):
    a = assistant.ask(question)
    assert not a.refused and a.mode == "holder"
    assert a.answer.startswith("Nghị quyết 43-NQ/TW ký với danh nghĩa “T/M BAN CHẤP HÀNH TRUNG ƯƠNG / TỔNG Bí THƯ” "
                               "[1]; văn bản không in tên người ký.")
    assert "ngày 24 tháng 11 năm 2023" in a.answer
    assert [c.unit_id for c in a.citations] == ["nq-43-2023:signature", "nq-43-2023:header"]


def test_the_office_of_a_copy_said_as_another_subject_names_no_copy(assistant):
    # "mà Tỉnh ủy triển khai": the province carries it out, no copy is asked; NQ 43's own block answers
    a = assistant.ask("Nghị quyết 43 mà Tỉnh ủy triển khai do ai ký?")
    assert not a.refused and a.mode == "holder" and a.citations[0].unit_id == "nq-43-2023:signature"
    assert "văn bản không in tên người ký" in a.answer
    # the copy said by its maker after "của", or with a copy word
    for question in ("Nghị quyết 43 của Lạng Sơn ai ký?", "Bản Nghị quyết 43 của Văn phòng Tỉnh ủy do ai ký?"):
        a = assistant.ask(question)
        assert not a.refused and a.citations[0].unit_id == "nq-43-2023:copy" and "Sai Văn Đông" in a.answer


@pytest.mark.parametrize("question, post", [
    # a time clause between the post and the asking words says when it was held, not which body
    ("Chánh Văn phòng Tỉnh ủy Lạng Sơn lúc sao y nghị quyết 43 là ai?", ("chanh van phong", ("tinh", "uy", "lang", "son"))),
    ("Bí thư Thành ủy Cần Thơ khi ký chương trình là ai?", ("bi thu", ("thanh", "uy", "can", "tho"))),
    ("Bí thư Thành ủy Cần Thơ vào lúc ban hành chương trình tên là gì?", ("bi thu", ("thanh", "uy", "can", "tho"))),
    ("Bí thư Tỉnh ủy ký kế hoạch của tỉnh tên là gì?", ("bi thu", ("tinh", "uy"))),
    ("Bí thư Thành ủy Cần Thơ đã ký chương trình nào?", None),
    ("Ai là Thường trực Ban Bí thư khi ký Kế hoạch 21?", None),
    ("Bí thư Thành ủy Cần Thơ khi đó phải làm gì, ai giao?", None),
    ("Bí thư Thành ủy Cần Thơ khi nào ký, ai ký?", None),
])
def test_a_time_clause_after_the_post_is_passed_over(question, post):
    assert asked_post(_q(question)) == post


def test_the_head_of_office_at_the_copy_is_not_named(assistant):
    a = assistant.ask("Chánh Văn phòng Tỉnh ủy Lạng Sơn lúc sao y nghị quyết 43 là ai?")
    assert a.refused and a.refusal_reason == "office_not_signed" and "phó chánh văn phòng Sai Văn Đông" in a.answer


@pytest.mark.parametrize("question", [
    "Phó Chánh Văn phòng TW là ai?",               # the centre's office, not the Tỉnh ủy's copy office
    "Phó Chánh Văn phòng thành phố Lạng Sơn là ai?",  # the city's office, not the province's
    "Bí thư tỉnh Cần Thơ là ai?",                  # Cần Thơ's secretary is the Thành ủy's
    "Bí thư huyện Cần Thơ là ai?",
])
def test_a_post_at_another_level_names_no_holder(assistant, question):
    a = assistant.ask(question)
    assert a.mode != "holder" or a.refused
    assert "Sai Văn Đông" not in a.answer and "Nguyễn Văn Hiếu" not in a.answer
