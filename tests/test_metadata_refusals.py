"""Metadata asked of what the held documents do not print: a document they only cite by description, the
holder of an office a signature block prints without a name. Real corpus, literal expectations."""
import pytest

from rag.decision.cited_subject import CitedThing, cited_thing, prints_thing
from rag.decision.post_asked import asked_post
from rag.decision.post_held import holds_post
from rag.decision.signer import unnamed_office
from rag.index import LoadedIndex
from rag.question.route import understand
from rag.text import fold


@pytest.fixture(scope="module")
def docs(built_index):
    return LoadedIndex(built_index).docs


def test_a_document_named_by_description_as_cited_by_a_held_one_is_found(docs):
    u = understand("Đề án phát triển du lịch cộng đồng mà Nghị quyết 43 nhắc tới mang số hiệu gì?", docs)
    thing = cited_thing(u)
    assert thing.shown == "Đề án phát triển du lịch cộng đồng"
    assert thing.terms == ("phat", "trien", "du", "lich", "cong", "dong")
    u = understand("Kế hoạch 21 có nhắc nghị quyết Trung ương 5 khóa X về công tác dân tộc, số mấy?", docs)
    assert cited_thing(u).named == ("5", "x")
    u = understand("Kế hoạch của tỉnh có nhắc nghị quyết của Bộ Chính trị về công tác thanh niên, số mấy?", docs)
    assert cited_thing(u).terms == ("cong", "tac", "thanh", "nien")
    # an article or classifier between the citing verb and the kind ("có nhắc một nghị quyết …"); a closing "không"
    # is no word of the description
    u = understand("Kế hoạch của tỉnh có nhắc một nghị quyết riêng của tỉnh về củng cố tổ chức đảng ở xã, phường. "
                   "Nghị quyết đó số mấy?", docs)
    assert cited_thing(u).shown == "nghị quyết riêng của tỉnh về củng cố tổ chức đảng ở xã"
    u = understand("Kế hoạch 21 có viện dẫn cái chỉ thị về công tác phụ nữ không, số mấy?", docs)
    assert cited_thing(u).shown == "chỉ thị về công tác phụ nữ"
    u = understand("Kế hoạch tỉnh có nhắc bản chỉ thị về phụ nữ không hay chỉ nhắc nghị quyết?", docs)
    assert cited_thing(u).shown == "chỉ thị về phụ nữ"
    # "nếu" (folded like "nêu") opening a condition cites nothing; "có nêu" does
    assert cited_thing(understand("Nếu một nghị quyết về công tác phụ nữ đã có thì kế hoạch tỉnh giao ai làm?",
                                  docs)) is None
    u = understand("Kế hoạch tỉnh có nêu một chỉ thị về công tác phụ nữ không, số mấy?", docs)
    assert cited_thing(u).shown == "chỉ thị về công tác phụ nữ"
    # a held document's own number, or a document asked by "nào", names nothing cited
    assert cited_thing(understand("Nghị quyết 43 có số hiệu là gì?", docs)) is None
    assert cited_thing(understand("Kế hoạch 21 nhắc tới nghị quyết nào, số hiệu là gì?", docs)) is None


def test_a_cited_thing_is_printed_only_with_its_numbers_and_the_fact_asked():
    thing = CitedThing("nghị quyết của Bộ Chính trị về Công đoàn", "nghi quyet", ("cong", "doan"), ())
    vocab = {"bo": 40, "chinh": 90, "tri": 60, "cong": 150, "doan": 70, "ket": 80}
    sentence = "Nghị quyết số 02-NQ/TW ngày 12/6/2021 của Bộ Chính trị về đổi mới hoạt động của Công đoàn Việt Nam."
    assert prints_thing(thing, sentence, vocab, 1000, ["number", "date"])
    assert not prints_thing(thing, "Bộ Chính trị chỉ đạo Công đoàn Việt Nam đổi mới hoạt động.", vocab, 1000, ["number"])
    assert not prints_thing(thing, "Kết luận số 65-KL/TW của Bộ Chính trị về công tác dân tộc.", vocab, 1000, ["number"])
    assert not prints_thing(thing, "Nghị quyết của Bộ Chính trị về đổi mới hoạt động của Công đoàn.", vocab, 1000, ["number"])
    # the number printed beside another document of the same sentence is not the thing's
    assert not prints_thing(thing, "Thực hiện Nghị quyết của Bộ Chính trị về Công đoàn và Kết luận số 21-KL/TW.",
                            vocab, 1000, ["number"])
    # the subject said in the paragraph's lead, the number in the mention
    lead = CitedThing("chỉ thị về người Việt Nam ở nước ngoài", "chi thi", ("nguoi", "viet", "nam", "nuoc", "ngoai"), ())
    assert prints_thing(lead, "Hỗ trợ người Việt Nam ở nước ngoài: Tiếp tục thực hiện Chỉ thị số 12-CT/TW ngày "
                              "05/01/2022 của Ban Bí thư.", vocab, 1000, ["number"])
    numbered = CitedThing("nghị quyết Trung ương 4 khóa XII", "nghi quyet", ("trung", "uong", "4", "khoa", "xii"), ("4", "xii"))
    assert not prints_thing(numbered, "Ban Chấp hành Trung ương Đảng khoá XIII, số 43-NQ/TW.", vocab, 1000, ["number"])


def test_the_number_of_a_document_only_described_is_refused_with_what_is_missing(assistant):
    a = assistant.ask("Đề án phát triển du lịch cộng đồng mà Nghị quyết 43 nhắc tới mang số hiệu gì?")
    assert a.refused and a.refusal_reason == "cited_fact"
    assert a.answer == ("Nghị quyết 43-NQ/TW không ghi số hiệu của «Đề án phát triển du lịch cộng đồng», "
                        "và kho không có toàn văn văn bản đó.")


def test_a_cited_document_named_by_its_subject_is_still_answered(assistant):
    a = assistant.ask("Nghị quyết của Bộ Chính trị về đổi mới tổ chức và hoạt động của Công đoàn mà kế hoạch của "
                      "tỉnh nhắc tới có số hiệu là gì?")
    assert not a.refused and "02-NQ/TW" in a.answer


def test_an_office_printed_without_a_name_is_not_answered_by_another_block(assistant, built_index):
    index = LoadedIndex(built_index)
    office, unit = unnamed_office(fold("dong chi tong bi thu ky nghi quyet ten la gi").lower(),
                                  index.doc_units("nq-43-2023"))
    assert (office, unit.unit_id) == ("TỔNG Bí THƯ", "nq-43-2023:signature")
    # the certified copy prints a name (the deputy chief of office): it does not answer for the Tổng Bí thư
    a = assistant.ask("Trong bản sao y Nghị quyết 43, đồng chí Tổng Bí thư ký nghị quyết tên là gì?")
    assert a.refused and a.refusal_reason == "office_unnamed"
    assert a.answer.startswith("Nghị quyết 43-NQ/TW chỉ ghi chức danh tổng bí thư ở phần chữ ký")
    signed = assistant.ask("Ai ký Kế hoạch 21, tên là gì?")
    assert not signed.refused and "Trương Thị Mai" in signed.answer


def test_a_cited_document_printed_with_its_date_is_quoted_from_where_it_is_printed(assistant):
    # not from the header of the document that cites it (the catalog's date is the citing document's)
    a = assistant.ask("Chỉ thị về công tác tôn giáo mà Chương trình của Thành ủy Cần Thơ nhắc tới ban hành ngày nào?")
    assert not a.refused
    assert a.citations[0].unit_id == "ct-tucantho-nq43:III.2.g10"
    assert "Chỉ thị số 18-CT/TW ngày 10/01/2018" in a.answer


def test_a_person_asked_by_office_needs_a_name_printed_beside_that_office(assistant):
    office = asked_post(fold("trưởng ban tuyên giáo tỉnh ủy lạng sơn hiện nay tên là gì").lower())
    assert office == ("truong ban", ("tuyen", "giao", "tinh", "uy", "lang", "son"))
    assert asked_post(fold("bí thư thành ủy cần thơ là ai").lower()) == ("bi thu", ("thanh", "uy", "can", "tho"))
    assert holds_post("T/M THÀNH ỦY\nBÍ THƯ\nNguyễn Văn Hiếu", ("bi thu", ("thanh", "uy", "can", "tho")),
                      "thanh uy can tho")
    assert not holds_post("T/M THÀNH ỦY\nBÍ THƯ\nNguyễn Văn Hiếu", ("bi thu", ("thanh", "uy", "can", "tho")))
    assert not holds_post("K/T CHÁNH VĂN PHÒNG\nPHÓ CHÁNH VĂN PHÒNG\nSai Văn Đông", office, "tinh uy lang son")
    # the copy's signer is a deputy chief of office, not the head of the propaganda board
    a = assistant.ask("Trưởng Ban Tuyên giáo Tỉnh ủy Lạng Sơn hiện nay tên là gì?")
    assert a.refused and a.refusal_reason == "slot_missing" and "không nêu tên người cụ thể" in a.answer
    b = assistant.ask("Bí thư Thành ủy Cần Thơ ký chương trình tên là gì?")
    assert not b.refused and "Nguyễn Văn Hiếu" in b.answer


def test_what_a_cited_document_stipulates_in_detail_is_beyond_its_mentions(assistant):
    a = assistant.ask("Kết luận số 65-KL/TW mà Chương trình của Thành ủy Cần Thơ nhắc tới quy định cụ thể những gì?")
    assert a.refused and a.refusal_reason == "mentioned_only"
    assert a.answer.startswith("Kho chưa có toàn văn Kết luận 65-KL/TW")
    # what it is about is what a mention states
    b = assistant.ask("Luật số 10/2022/QH15 mà Cần Thơ nhắc tới là luật về gì?")
    assert not b.refused and b.mode == "mentions"


def test_a_deputy_does_not_hold_the_office_and_law_of_phap_luat_is_no_kind():
    from rag.decision.cited_subject import _KIND_RE
    office = ("truong ban", ("tuyen", "giao"))
    assert holds_post("TRƯỞNG BAN TUYÊN GIÁO", office) and not holds_post("PHÓ TRƯỞNG BAN TUYÊN GIÁO", office)
    assert asked_post("nguoi bi thuong la ai") is None          # "bị thương" is no "bí thư"
    assert not _KIND_RE.search("tang cuong phap luat va ky luat") and _KIND_RE.search("luat dan chu o co so")


def test_the_signer_asked_by_the_body_signed_for_is_not_printed(assistant):
    # "thay mặt Ban Chấp hành Trung ương" names NQ 43's own block (T/M … / TỔNG BÍ THƯ, no name), not the copy's
    a = assistant.ask("Bản NQ 43 mà Lạng Sơn sao y thì ai ký thay mặt Ban Chấp hành Trung ương, họ tên là gì?")
    assert a.refused and a.refusal_reason == "office_unnamed" and "tổng bí thư" in a.answer
    b = assistant.ask("Ai ký thay mặt Bộ Chính trị kế hoạch 21?")          # a block with a name answers
    assert not b.refused and "Trương Thị Mai" in b.answer


def test_a_province_said_to_be_unprinted_describes_the_plan_and_is_not_asked(assistant):
    a = assistant.ask("Kế hoạch của tỉnh không ghi tên tỉnh, phần về kiều bào giao Mặt trận làm gì?")
    assert not a.refused and a.citations[0].unit_id == "kh-btvtu-nq43:III.4.4.p1"
    a = assistant.ask("Kế hoạch của tỉnh không ghi tên tỉnh, vậy tỉnh nào ban hành?")
    assert a.refused and a.refusal_reason == "fact_absent"


def test_metadata_asked_as_a_verb_and_a_question_word(assistant):
    from rag.question.intents import intents_of
    assert intents_of(fold("Người đứng tên chương trình của Cần Thơ là ai, chức vụ gì?")) == ["signer"]
    assert intents_of(fold("Trương Thị Mai ký với tư cách gì?")) == ["signer"]
    assert intents_of(fold("Cơ quan nào phát hành Kế hoạch 21?")) == ["issuer"]
    assert intents_of(fold("Kế hoạch 21 của cơ quan nào?")) == ["issuer"]
    assert intents_of(fold("Kế hoạch 21 gửi những nơi nào?")) == ["recipients"]
    assert intents_of(fold("Kế hoạch 21 ký hồi nào?")) == ["date"]
    # "kỳ họp", "định kỳ", "giao ai", a report sent: not metadata
    for q in ("Kỳ họp này ai chủ trì?", "Định kỳ ai báo cáo?", "Kế hoạch 21 giao ai xây dựng chiến lược?",
              "Ban Dân vận gửi báo cáo cho ai?"):
        assert intents_of(fold(q)) == [], q
    assert intents_of(fold("Nghị quyết 43 là của cơ quan nào?")) == ["issuer"]
    assert intents_of(fold("Nghị quyết do Tổng Bí thư ký phải không?")) == ["signer"]
    # "của ai / thuộc cơ quan nào" of a task, not of a document; "kỳ", "kỹ" typed with marks are not "ký"
    for q in ("Theo kế hoạch 21, việc sơ kết, tổng kết nghị quyết là trách nhiệm của ai?",
              "Trong chương trình của Cần Thơ, việc chăm lo cho đồng bào dân tộc thiểu số thuộc cơ quan nào?",
              "Giữ kỷ cương là việc của ai?", "báo cáo kết quả do cấp ủy thực hiện định kỳ không?",
              "việc quán triệt kỹ nghị quyết giao cho ai?", "Kỳ này ai phụ trách báo cáo?"):
        assert intents_of(fold(q), q) == [], q
    assert intents_of(fold("ai ky ke hoach 21"), "ai ky ke hoach 21") == ["signer"]
    a = assistant.ask("Người đứng tên chương trình của Cần Thơ là ai, chức vụ gì?")
    assert not a.refused and a.citations[0].unit_id == "ct-tucantho-nq43:signature" and "Nguyễn Văn Hiếu" in a.answer
    a = assistant.ask("Kế hoạch 21 gửi những nơi nào?")
    assert not a.refused and a.citations[0].unit_id == "kh-21-2023:recipients"


def test_the_number_of_the_resolution_a_plan_carries_out_is_not_the_plans_own(assistant):
    # the plan prints no number of its own, but its title prints the resolution's it carries out
    from rag.decision.asked_document import metadata_of_carried_out
    title = [fold("Thực hiện Nghị quyết số 43-NQ/TW ngày 24/11/2023 của Ban Chấp hành Trung ương Đảng")]
    assert metadata_of_carried_out(fold("chương trình của cần thơ thực hiện nghị quyết số mấy?"), title)
    assert not metadata_of_carried_out(fold("kế hoạch của tỉnh số mấy, ban hành ngày nào?"), title)
    assert not metadata_of_carried_out(fold("kế hoạch thực hiện nghị quyết 43 của tỉnh số mấy?"), title)
    assert metadata_of_carried_out(fold("kế hoạch tỉnh căn cứ vào nghị quyết số mấy?"), title)
    # a deadline of carrying it out is not its date
    assert not metadata_of_carried_out(fold("các huyện cụ thể hóa chương trình trước ngày nào?"), title)
    # a kind the title does not number, or the routed document's own issuer after "của", is not what the title gives
    for q in ("Kế hoạch tỉnh thực hiện chỉ thị số mấy?", "Kế hoạch tỉnh căn cứ vào hướng dẫn số mấy?",
              "Kế hoạch triển khai nghị quyết của tỉnh ký ngày nào?"):
        assert not metadata_of_carried_out(fold(q), title), q
    a = assistant.ask("Chương trình của Cần Thơ thực hiện nghị quyết số mấy của Trung ương?")
    assert not a.refused and a.citations[0].unit_id == "ct-tucantho-nq43:header" and "43-NQ/TW" in a.answer
    for q in ("Kế hoạch của tỉnh số mấy?", "Kế hoạch tỉnh thực hiện chỉ thị số mấy?"):
        a = assistant.ask(q)
        assert a.refused and a.refusal_reason == "fact_absent", q


def test_the_issuer_is_quoted_from_a_unit_that_prints_it(assistant, docs):
    from rag.decision.states import states_fact
    units = assistant.holder.get().units
    entry = docs["kh-21-2023"].entry
    # the plan's header names the body whose resolution it carries out, its signature block the plan's issuer
    assert not states_fact(units["kh-21-2023:header"], "issuer", entry)
    assert states_fact(units["kh-21-2023:signature"], "issuer", entry)
    a = assistant.ask("Văn bản 21-KH/TW do cơ quan nào ban hành?")
    assert [c.unit_id for c in a.citations] == ["kh-21-2023:signature", "kh-21-2023:header"]
    assert "T/M BỘ CHÍNH TRỊ" in a.answer
