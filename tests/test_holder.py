"""Who signed a document or who holds a post, asked by name (rag.answerers.holder): a name printed in a signature
block answers, cited; a block printing only the office is refused as not printed. Real corpus, literal answers."""
import pytest

from rag.answerers.holder import _head_asked, _holds
from rag.decision.signer import asked_office, read_block
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
    a = assistant.ask("Bí thư Tỉnh ủy Lạng Sơn là ai?")
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
    assert _holds(cantho, asked_office(_q("Bí thư Thành ủy Cần Thơ là ai")), ctx)
    assert not _holds(cantho, asked_office(_q("Bí thư Tỉnh ủy là ai")), ctx)
    assert not _holds(cantho, asked_office(_q("Phó Bí thư Thành ủy là ai")), ctx)
    deputy = read_block("T/M BAN THƯỜNG VỤ\nPHÓ BÍ THƯ THƯỜNG TRỰC\nLò Minh Hùng")
    ctx = _q("T/M BAN THƯỜNG VỤ PHÓ BÍ THƯ THƯỜNG TRỰC Lò Minh Hùng Ban Thường vụ Tỉnh ủy")
    assert _holds(deputy, asked_office(_q("Phó Bí thư Thường trực Tỉnh ủy là ai")), ctx)
    assert not _holds(deputy, asked_office(_q("Bí thư Tỉnh ủy là ai")), ctx)


def test_the_head_of_a_body_is_asked_only_by_heading_it():
    assert _head_asked(_q("Người đứng đầu Thành ủy Cần Thơ là ai?")) == ("", ("thanh", "uy", "can", "tho"))
    assert _head_asked(_q("Ai đứng đầu Ban Thường vụ Tỉnh ủy vậy?")) == ("", ("ban", "thuong", "vu", "tinh", "uy"))
    # no one asked heading a body: a list's first place, a leader's duty
    assert _head_asked(_q("Cơ quan nào đứng đầu danh sách?")) is None
    assert _head_asked(_q("Bí thư chi bộ phải làm gì?")) is None
