"""The cross-document answer (rag/answerers/work/across.py): a question about what the documents say on one topic
is searched in every document, answered grouped by document, each cited, naming the documents with nothing;
other questions are left alone. On the real corpus."""
import pytest

from rag.answerers.work import across
from rag.pipeline import get_assistant
from rag.question.route import understand

NONE_IN = "Không thấy nội dung này trong: Kế hoạch 21-KH/TW; Tin: Bộ Chính trị ban hành Kế hoạch số 21-KH/TW"


@pytest.fixture(scope="module")
def assistant(built_index):
    return get_assistant(built_index)


def test_topic_drops_the_cue_the_asking_frame_and_leading_function_words(assistant):
    docs = assistant.holder.get().docs
    t = across.topic_of(understand("Các văn bản yêu cầu gì về việc tiếp xúc, đối thoại với Nhân dân?", docs))
    assert t.text == "tiếp xúc, đối thoại với Nhân dân"
    t = across.topic_of(understand("Trung ương và địa phương phải làm gì để chăm lo người cao tuổi?", docs))
    assert t.text == "chăm lo người cao tuổi"
    assert "cac van ban" in across.phrases()["cue"] and "noi gi ve" in across.phrases()["frame"]


def test_a_cue_phrase_typed_with_other_accents_is_not_the_cue(assistant):
    # the table's "chuyện" (lead), "cùng" and "cái" fold as "chuyển", "cung" and "cải" do: in a question typed
    # with accents, the topic keeps its words; in one typed without accents, the cue is still found
    docs = assistant.holder.get().docs
    assert across.topic_of(understand("Văn bản nào đề cập đến chuyển đổi số?", docs)).text == "chuyển đổi số"
    assert across.topic_of(understand("Các văn bản yêu cầu gì về cải cách hành chính?", docs)).text == "cải cách hành chính"
    assert across.topic_of(understand("Các văn bản nói gì về cung cấp thông tin?", docs)).text == "cung cấp thông tin"
    assert across.topic_of(understand("Các văn bản nói gì về chuyện chăm lo người cao tuổi?", docs)).text == "chăm lo người cao tuổi"
    assert across.topic_of(understand("cac van ban noi gi ve nguoi cao tuoi", docs)).text == "nguoi cao tuoi"


def test_each_document_that_addresses_the_topic_is_quoted_and_the_others_named(assistant):
    a = assistant.ask("Các văn bản nói gì về việc tiếp xúc, đối thoại với Nhân dân?")
    assert a.mode == "across" and not a.refused
    assert a.answer.startswith("3 trong 5 văn bản có nội dung về «tiếp xúc, đối thoại với Nhân dân» "
                               "(đã tìm trong từng văn bản: Chương trình của Thành ủy Cần Thơ; Kế hoạch 21-KH/TW;")
    firsts = {}
    for c in a.citations:
        firsts.setdefault(c.doc_id, c.unit_id)
    # Nghị quyết 43 speaks of it twice, both quoted: its assessment ("Người đứng đầu cấp uỷ, tổ chức đảng, chính
    # quyền chú trọng tiếp xúc, đối thoại, lắng nghe, giải quyết kiến nghị, bức xúc của Nhân dân", I, ranked by that
    # sentence) and its task ("định kỳ tiếp xúc, đối thoại với Nhân dân", III.3)
    assert firsts == {"ct-tucantho-nq43": "ct-tucantho-nq43:III.3.g2", "kh-btvtu-nq43": "kh-btvtu-nq43:III.1.8.p1",
                      "nq-43-2023": "nq-43-2023:I.p1.s1"}
    assert [c.unit_id for c in a.citations if c.doc_id == "nq-43-2023"] == ["nq-43-2023:I.p1.s1", "nq-43-2023:III.3.p4"]
    assert "\nKế hoạch của Ban Thường vụ Tỉnh ủy:\n- III. Nhiệm vụ cụ thể › 1. Đối với cấp ủy, tổ chức đảng › 1.8:" in a.answer
    assert "định kỳ tiếp xúc, đối thoại với Nhân dân" in a.answer
    assert a.answer.splitlines()[-1].startswith(NONE_IN)


def test_a_topic_that_names_a_body_gets_all_of_its_tasks_and_asked_who_the_heading_naming_it(assistant):
    # the topic is the body of Kế hoạch 21's item 4 ("Quân uỷ Trung ương và Đảng uỷ Công an Trung ương"): both
    # of its bullets, not the best one alone; the Cần Thơ programme's item names the bodies in its own text
    a = assistant.ask("Kế hoạch 21 và Chương trình của Cần Thơ giao gì cho quân đội và công an?")
    assert a.mode == "across"
    assert sorted(c.unit_id for c in a.citations) == ["ct-tucantho-nq43:IV.4.p1", "kh-21-2023:IV.4.g1", "kh-21-2023:IV.4.g2"]
    # asked who: the quoted task's assignee comes from its heading, which is cited (once) beside it
    a = assistant.ask("Các văn bản nói gì về Chiến lược đại đoàn kết toàn dân tộc, ai làm?")
    ids = [c.unit_id for c in a.citations]
    assert ids[ids.index("kh-21-2023:IV.3.g2") + 1] == "kh-21-2023:IV.3" and "kh-21-2023:IV.3.g1" not in ids
    assert ("  (giao cho: Đảng đoàn Mặt trận Tổ quốc Việt Nam, các tổ chức chính trị - xã hội, Ban Bí thư Trung ương "
            "Đoàn") in a.answer


def test_a_topic_in_two_documents_names_the_three_without_it(assistant):
    a = assistant.ask("Mỗi văn bản nói gì về người cao tuổi?")
    assert a.mode == "across"
    # the documents down the hierarchy (rag.answerers.work.doc_order): the central resolution before the city's programme
    assert [c.unit_id for c in a.citations] == ["nq-43-2023:III.2.1.g8", "ct-tucantho-nq43:III.2.g8"]
    assert a.answer.splitlines()[-1] == ("Không thấy nội dung này trong: Kế hoạch 21-KH/TW; Kế hoạch của Ban Thường vụ "
                                         "Tỉnh ủy; Tin: Bộ Chính trị ban hành Kế hoạch số 21-KH/TW thực hiện Nghị quyết "
                                         "số 43-NQ/TW.")


def test_which_documents_speak_of_a_topic(assistant):
    a = assistant.ask("Văn bản nào nói về kiều bào?")
    assert a.mode == "across" and a.answer.startswith("3 trong 5 văn bản có nội dung về «kiều bào»")
    # the provincial plan's 4.4 speaks of them in the documents' other name for kiều bào (synonym table): "Đẩy mạnh
    # vận động người Việt Nam ở nước ngoài, nhất là thế hệ trẻ, gắn bó với quê hương"
    # down the hierarchy (rag.answerers.work.doc_order): the resolution, the province's plan, the city's programme
    assert [c.unit_id for c in a.citations] == ["nq-43-2023:III.2.1.g11", "kh-btvtu-nq43:III.4.4.p1",
                                                "ct-tucantho-nq43:III.2.g11"]


def test_two_documents_named_side_by_side_are_each_searched(assistant):
    a = assistant.ask("Nghị quyết 43 và Chương trình của Cần Thơ nói gì về người cao tuổi?")
    assert a.mode == "across" and a.answer.startswith("2 trong 2 văn bản có nội dung về «người cao tuổi»")
    assert sorted(c.unit_id for c in a.citations) == ["ct-tucantho-nq43:III.2.g8", "nq-43-2023:III.2.1.g8"]


def test_a_cue_of_levels_searches_every_document_even_when_one_is_named(assistant):
    docs = assistant.holder.get().docs
    u = understand("Từ trung ương xuống Cần Thơ, Ban Dân vận theo dõi việc thực hiện nghị quyết ra sao?", docs)
    assert u.routed == ["ct-tucantho-nq43"]
    t = across.topic_of(u)
    assert t.text == "Ban Dân vận theo dõi việc thực hiện nghị quyết"
    a = assistant.ask("Từ trung ương xuống Cần Thơ, Ban Dân vận theo dõi việc thực hiện nghị quyết ra sao?")
    assert a.mode == "across"
    assert {"kh-21-2023:V.3.p1", "ct-tucantho-nq43:IV.7.p1", "kh-btvtu-nq43:IV.3.p1"} <= {c.unit_id for c in a.citations}


def test_the_scope_of_the_page_bounds_the_documents_searched(assistant):
    a = assistant.ask("Các văn bản nói gì về người cao tuổi?", scope=["nq-43-2023", "kh-21-2023"])
    assert a.mode == "across" and [c.unit_id for c in a.citations] == ["nq-43-2023:III.2.1.g8"]
    assert "1 trong 2 văn bản" in a.answer and a.answer.endswith("Không thấy nội dung này trong: Kế hoạch 21-KH/TW.")


@pytest.mark.parametrize("question", ["Các văn bản nói gì về giá vàng?", "Các văn bản nói gì về Nguyễn Văn Thành?"])
def test_a_topic_no_document_holds_is_refused_not_answered_by_the_best_of_nothing(assistant, question):
    a = assistant.ask(question)
    assert a.refused and a.mode != "across" and a.citations == []


@pytest.mark.parametrize("question", [
    "Chương trình của Thành ủy Cần Thơ được làm ra để thực hiện văn bản nào?",     # "văn bản nào": one document
    "Các văn bản của Kế hoạch 21 nói gì về người cao tuổi?",                       # names one document
    "Nghị quyết 43 nói gì về người cao tuổi?",                                     # no cue
])
def test_other_questions_are_left_to_the_other_answers(assistant, question):
    assert assistant.ask(question).mode != "across"


def test_a_level_listed_beside_a_document_stands_for_its_documents(assistant):
    docs = assistant.holder.get().docs
    # "trung ương" beside "Cần Thơ": the two central documents and the programme, searched one by one (not the
    # overview of the programme); a level inside a body's name is no document
    a = assistant.ask("Trung ương và Cần Thơ cùng yêu cầu gì về phát huy dân chủ?")
    assert a.mode == "across"
    assert a.answer.startswith("3 trong 3 văn bản có nội dung về «phát huy dân chủ» (đã tìm trong từng văn bản: "
                               "Kế hoạch 21-KH/TW; Nghị quyết 43-NQ/TW; Chương trình của Thành ủy Cần Thơ)")
    assert across.named_documents(understand("Ban Tuyên giáo Trung ương và Ban Tuyên giáo tỉnh được giao gì?", docs),
                                  docs) == []
    # asking words left before the last "về" are not the topic
    t = across.topic_of(understand("Kế hoạch của tỉnh và chương trình Cần Thơ giống nhau ở chỗ nào về công tác tôn "
                                   "giáo?", docs))
    assert t.text == "công tác tôn giáo"
    assert across.topic_of(understand("Các văn bản nói gì về tuyên truyền về Nghị quyết?", docs)).text == \
        "tuyên truyền về Nghị quyết"
