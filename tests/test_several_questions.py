"""Messages that ask several things: several questions closed by "?" (rag/question/split.py,
rag/answerers/compound/questions.py), and a question asked of each level or document of a list ("ở trung ương, ở tỉnh, rồi ở
Cần Thơ", "ba cấp: trung ương, tỉnh, Cần Thơ": rag/answerers/work/listed.py). The sentences are written for these tests;
unit ids counted by hand from the texts."""
import pytest

from rag.answerers.work.listed import is_list, joins, named_documents
from rag.question.route import understand
from rag.question.split import questions


@pytest.mark.parametrize("text, parts", [
    ("Kế hoạch của tỉnh có mấy phần? Ban nào theo dõi việc thực hiện?",
     ["Kế hoạch của tỉnh có mấy phần?", "Ban nào theo dõi việc thực hiện?"]),
    ("Nghị quyết 43 ra ngày nào? Ai ký? Gửi những nơi nào?",
     ["Nghị quyết 43 ra ngày nào?", "Ai ký?", "Gửi những nơi nào?"]),
    # a request closing the message, asking nothing, stays with the last question
    ("Chương trình Cần Thơ có mấy mục tiêu? mục tiêu 2045 là gì? ghi giúp tôi để báo cáo",
     ["Chương trình Cần Thơ có mấy mục tiêu?", "mục tiêu 2045 là gì? ghi giúp tôi để báo cáo"]),
])
def test_a_message_is_cut_after_each_question_mark(text, parts):
    assert questions(text) == ("", parts)


def test_a_lead_closed_by_a_colon_is_set_apart_to_be_carried():
    assert questions("Về kế hoạch của tỉnh: có mấy việc trọng tâm? hạn báo cáo là ngày nào?") == \
        ("Về kế hoạch của tỉnh", ["có mấy việc trọng tâm?", "hạn báo cáo là ngày nào?"])


@pytest.mark.parametrize("text", [
    "Nghị quyết 43 nói gì về công nhân và nông dân?",                      # one question with "và"
    "Ban Dân vận còn phải làm những việc gì, và làm đến khi nào?",          # "còn", "và": one question
    "Kế hoạch 21 có mấy phần?",
    "Mục có tên “Ai làm gì? Khi nào?” nằm ở phần nào?",                     # "?" inside a quoted heading
    "Phần III có mấy mục? Mục cuối cùng trong phần đó nói gì?",             # points back: "phần đó"
    "Tôi đọc thấy kế hoạch có nhắc việc tổng kết? Việc này làm vào lúc nào?",  # "việc này"
    "Kế hoạch của tỉnh giao gì cho Mặt trận? Chờ anh trả lời.",              # the second asks nothing
    "Phần III có mấy mục? Mục thứ hai nói gì?",                            # an ordinal picks one of those counted
    "Có mấy nhóm giải pháp? Nhóm cuối cùng là nhóm nào?",
    "Phần cuối kế hoạch có bao nhiêu mục? Mục 3 giao việc cho ai?",         # names the noun counted before
    # a counted noun of several words, picked by a number after its head or its last word
    "Chỉ thị có mấy quan điểm lớn? Quan điểm 3 nhấn mạnh điều gì?",
    "Kế hoạch tỉnh đề ra bao nhiêu nhóm nhiệm vụ? Nhiệm vụ 2 giao cho ai?",
    "Nghị quyết nêu mấy nhóm giải pháp? Giải pháp thứ tư là gì?",
    # a condition on the answer before
    "Kế hoạch có nói đến thanh niên không? Nếu có thì giao việc gì cho Đoàn?",
    "Hạn sơ kết là năm 2025 đúng không? Vậy thì tổng kết vào năm nào?",
    # the first asks why, the second asks the cause of it in a document: one question
    "Tại sao phong trào ở xã còn yếu? Kế hoạch của tỉnh nêu nguyên nhân nào?",
    # a piece without a question word of its own
    "Ai ký văn bản của tỉnh? chức vụ?",
])
def test_one_question_or_questions_that_lean_on_each_other_are_not_cut(text):
    assert questions(text) is None


@pytest.mark.parametrize("text", [
    # typed without accents: an ordinal, or the noun counted before picked by a number, still leans on the count
    "ke hoach tinh co may viec trong tam? viec thu hai noi gi",
    "phan III co bao nhieu muc? muc 3 giao cho ai",
    "chi thi co may quan diem? quan diem cuoi cung la gi",
    "nghi quyet neu may nhom giai phap? nhom dau tien noi gi",
])
def test_a_pick_typed_without_accents_is_not_cut(text):
    assert questions(text) is None


@pytest.mark.parametrize("text, parts", [
    # "thu" before no ordinal word is another word ("thu nhập", "thu hút"): no ordinal, the questions are cut
    ("ke hoach tinh co may viec trong tam? thu nhap cua nong dan duoc noi the nao",
     ["ke hoach tinh co may viec trong tam?", "thu nhap cua nong dan duoc noi the nao"]),
    ("chuong trinh co bao nhieu muc tieu? thu hut dau tu duoc noi ra sao",
     ["chuong trinh co bao nhieu muc tieu?", "thu hut dau tu duoc noi ra sao"]),
])
def test_a_syllable_thu_before_no_ordinal_word_is_no_pick(text, parts):
    assert questions(text) == ("", parts)


def test_a_pick_in_a_document_of_its_own_is_cut_from_the_count_before():
    own = lambda piece: piece.startswith("Chỉ thị 5")         # noqa: E731 (the caller reads the catalog)
    text = "Kế hoạch 7 có mấy phần? Chỉ thị 5 phần cuối nói gì?"
    assert questions(text) is None                             # no reader of documents: it leans on the count
    assert questions(text, own=own) == ("", ["Kế hoạch 7 có mấy phần?", "Chỉ thị 5 phần cuối nói gì?"])


def test_joins_names_in_a_list():
    f = "o trung uong, o tinh, roi o can tho"
    assert joins(f, (2, 12), (16, 20)) == "and" and joins(f, (16, 20), (28, 35)) == "and"
    g = "ba cap: trung uong, tinh, thanh pho can tho"
    assert joins(g, (8, 18), (20, 24)) == "comma"
    assert joins(g, (20, 24), (36, 43)) == "comma"                  # "thành phố" belongs to the next name
    assert is_list(g, [(8, 18), (20, 24), (36, 43)])
    assert not is_list(g, [(8, 18), (20, 24)])                      # two names and a comma: one after the other
    h = "trung uong, tinh (ke hoach) va can tho"
    assert joins(h, (18, 26), (31, 38)) == "and"                    # across the gloss in parentheses


def test_a_repeated_preposition_lists_levels_only_when_it_repeats(index):
    u = understand("Ở trung ương, ở tỉnh, rồi ở Cần Thơ, ai phụ trách tuyên truyền?", index.docs)
    assert set(named_documents(u, index.docs)) == set(index.docs) - {"tin-kh21"}
    # a document and then a level: the level is where to look in it, not a second item of a list
    u = understand("Theo Kế hoạch 21, ở tỉnh ai phụ trách tuyên truyền?", index.docs)
    assert named_documents(u, index.docs) == []
    u = understand("Kế hoạch 21, kế hoạch của tỉnh: ai phụ trách tuyên truyền?", index.docs)
    assert named_documents(u, index.docs) == []


def test_each_question_of_a_message_gets_its_own_answer(ask):
    a = ask("Kế hoạch của tỉnh có mấy việc trọng tâm? Ban nào chủ trì theo dõi, đôn đốc việc thực hiện?")
    assert a.mode == "questions" and not a.refused
    ids = [c.unit_id for c in a.citations]
    assert ids[0] == "kh-btvtu-nq43:II.6.p1"                        # the count: the last of six
    assert ids[-1] == "kh-btvtu-nq43:IV.3.p1"                       # asked of the document the first one named
    assert a.answer.index("1. «") < a.answer.index("2. «Ban nào chủ trì")
    assert [c.n for c in a.citations] == list(range(1, len(ids) + 1))


def test_a_count_then_an_ordinal_is_answered_whole(ask):
    a = ask("Kế hoạch của tỉnh có mấy việc trọng tâm? việc thứ 2 nói gì?")
    assert a.mode == "structure" and a.citations[0].unit_id == "kh-btvtu-nq43:II.2.p1"


@pytest.mark.parametrize("text, asked", [
    # a count, then the n-th child typed without accents or as "chót": one structure question
    ("Nghị quyết 43 phần tổ chức thực hiện có mấy điểm? điểm chót nói gì?", "nq-43-2023:IV.7.p1"),
    ("chuong trinh can tho phan to chuc thuc hien co may diem? diem thu 4 giao cho ai", "ct-tucantho-nq43:IV.4.p1"),
    ("ke hoach cua tinh phan muc dich yeu cau gom may y? y 2 noi gi", "kh-btvtu-nq43:I.2.p1"),
])
def test_a_count_then_a_pick_typed_loosely_is_answered_whole(ask, text, asked):
    a = ask(text)
    assert a.mode == "structure" and a.citations[0].unit_id == asked


def test_a_question_naming_its_own_document_is_asked_of_it(ask):
    a = ask("Kế hoạch của tỉnh có mấy phần? Nghị quyết 43 phần cuối nói gì?")
    assert a.mode == "questions"
    ids = [c.unit_id for c in a.citations]
    assert ids[0].startswith("kh-btvtu-nq43:") and any(i.startswith("nq-43-2023:IV") for i in ids)
    # a document named by a demonstrative points back: the message is read whole
    assert ask("Chương trình Cần Thơ có mấy phần? Chương trình đó phần cuối nói gì?").mode != "questions"


def test_each_level_of_a_list_is_searched(ask):
    a = ask("Cơ quan theo dõi, đôn đốc thực hiện nghị quyết ở 3 cấp: trung ương, tỉnh, thành phố Cần Thơ là ban nào?")
    docs = {c.doc_id for c in a.citations}
    assert {"kh-btvtu-nq43", "ct-tucantho-nq43"} <= docs and docs & {"nq-43-2023", "kh-21-2023"}


@pytest.mark.parametrize("text", [
    # the first question frames what the second asks a document: not asked alone across all documents
    "Tại sao khối đoàn kết ở cơ sở còn lỏng lẻo? Kế hoạch của tỉnh chỉ ra nguyên nhân gì?",
    # the second question has no subject of its own: the body the first one named
    "Hội Nông dân tỉnh được giao làm những việc gì? Phải báo cáo kết quả lên đâu?",
    "Kế hoạch của tỉnh giao Ban Dân vận chủ trì việc gì? Cần phối hợp với những ban nào?",
])
def test_a_question_leaning_on_the_one_before_is_answered_whole(ask, text):
    assert ask(text).mode != "questions"


def test_questions_each_with_its_own_subject_are_still_answered_one_by_one(ask):
    a = ask("Kế hoạch 21 giao Ban Tuyên giáo Trung ương việc gì? Còn Ban Dân vận Trung ương được giao những việc gì?")
    assert a.mode == "questions"
    ids = [c.unit_id for c in a.citations]
    assert len(ids) == len(set(ids))                                # each passage cited once


@pytest.mark.parametrize("text", [
    "theo ke hoach 21, trung uong, tinh phai lam gi de doan ket",
    "can cu nghi quyet 43, tinh, thanh pho can lam gi",
])
def test_a_source_named_first_is_no_item_of_the_list_after_it(index, text):
    u = understand(text, index.docs)
    assert named_documents(u, index.docs) == []


@pytest.mark.parametrize("text", [
    # a word that numbers any node ("mục", "điểm", "ý") with a figure picks a child of what was counted, whatever
    # noun counted it
    "Kế hoạch tỉnh phần nhiệm vụ cụ thể giao cho mấy khối? Mục 3 gồm những việc gì?",
    "chuong trinh can tho phan cuoi co bao nhieu dau viec? diem 2 giao cho ai",
    "Phần quan điểm có mấy luận điểm lớn? Ý 3 nói về điều gì?",
])
def test_a_child_numbered_by_a_generic_word_after_a_count_is_not_cut(text):
    assert questions(text) is None


@pytest.mark.parametrize("text, parts", [
    # a figure after another word is no pick: a document's number, a day
    ("Kế hoạch 21 có mấy phần? Nghị quyết 43 ban hành năm 2023 phải không?",
     ["Kế hoạch 21 có mấy phần?", "Nghị quyết 43 ban hành năm 2023 phải không?"]),
    ("Có bao nhiêu nhóm giải pháp? Hạn báo cáo là ngày 15 tháng 12 phải không?",
     ["Có bao nhiêu nhóm giải pháp?", "Hạn báo cáo là ngày 15 tháng 12 phải không?"]),
    # a numbering word after no count: nothing to pick from
    ("Phần IV giao việc cho ai? Mục 2 nói gì?", ["Phần IV giao việc cho ai?", "Mục 2 nói gì?"]),
    # a numbered piece with an address of its own, or after a count of no named part, is a question of its own
    ("NQ 43 có mấy phần? điểm 2 mục 1 phần III nói gì?", ["NQ 43 có mấy phần?", "điểm 2 mục 1 phần III nói gì?"]),
    ("Kế hoạch của tỉnh giao cho mấy đầu mối? Mục 6 là cơ quan nào?",
     ["Kế hoạch của tỉnh giao cho mấy đầu mối?", "Mục 6 là cơ quan nào?"]),
])
def test_a_figure_that_picks_nothing_counted_still_cuts(text, parts):
    assert questions(text) == ("", parts)


def test_a_count_then_a_child_by_a_generic_number_is_answered_whole(ask):
    a = ask("Kế hoạch 21 phần nhiệm vụ cụ thể có mấy đầu mối? Mục 5 giao việc gì?")
    assert a.mode == "structure" and a.citations[0].unit_id.startswith("kh-21-2023:IV.5")


@pytest.mark.parametrize("text, inside", [
    # the count surveys a node, the later question picks one body inside it: that answer is cited first
    ("Kế hoạch 21 có bao nhiêu đầu mối được giao nhiệm vụ cụ thể? Ban cán sự đảng Chính phủ phải làm những gì?",
     "kh-21-2023:IV.2"),
    ("ke hoach cua tinh phan nhiem vu cu the chia may khoi? khoi Ban can su dang UBND tinh duoc giao may viec?",
     "kh-btvtu-nq43:III.3"),
])
def test_the_part_picked_inside_a_counted_node_is_cited_first(ask, text, inside):
    a = ask(text)
    assert a.mode == "questions"
    assert a.citations[0].unit_id.startswith(inside + ".")
    assert a.answer.index("1. «") < a.answer.index("2. «")               # the text keeps the order typed
    assert [c.n for c in a.citations] == list(range(1, len(a.citations) + 1))


def test_a_later_question_outside_the_counted_node_keeps_the_order(ask):
    a = ask("Kế hoạch của tỉnh phần nhiệm vụ cụ thể có mấy mục? Phần mục đích, yêu cầu nêu những gì?")
    assert a.mode == "questions"
    assert a.citations[0].unit_id == "kh-btvtu-nq43:III.4"                # the count's last child, as asked alone
    assert any(c.unit_id.startswith("kh-btvtu-nq43:I.") for c in a.citations)


def test_node_paths_and_the_node_that_holds_them():
    from rag.answerers.compound.questions import _common_node, _node_path
    assert _node_path("kh-21-2023:IV.8.g1") == ("kh-21-2023", ["IV", "8", "g1"])
    assert _node_path("nq-43-2023:I.p1.s1") == ("nq-43-2023", ["I"])

    class C:
        def __init__(self, unit_id):
            self.unit_id = unit_id
    assert _common_node([C("kh-21-2023:IV.8.g1"), C("kh-21-2023:IV.1.p1"), C("kh-21-2023:IV.1")]) == \
        ("kh-21-2023", ["IV"])
    assert _common_node([C("kh-21-2023:I.1.p1"), C("kh-21-2023:V")]) == ("kh-21-2023", [])
    assert _common_node([C("kh-21-2023:IV.1"), C("nq-43-2023:IV.1")]) is None       # two documents


@pytest.mark.parametrize("text", [
    # review ov28 F6: "cái"/"chỗ" + an ordinal opening the piece stands for the noun counted before it
    "Kế hoạch 21 có mấy phần? Cái cuối nói gì?",
    "Nghị quyết 43 có mấy nhóm giải pháp? Chỗ cuối nói gì?",
    "ke hoach 21 co may phan? cai cuoi noi gi?",
    "Kế hoạch 21 có mấy đầu mối? Chỗ chót là ai?",
])
def test_a_pronoun_ordinal_after_a_count_is_not_cut(text):
    assert questions(text) is None


@pytest.mark.parametrize("text", [
    # not: no count before it, a time ("cuối năm"), the ordinal not opening the piece
    "Kế hoạch 21 nói gì? Cái cuối nói gì?",
    "Kế hoạch 21 có mấy phần? Cái cuối năm phải báo cáo gì?",
    "Kế hoạch 21 có mấy phần? Nghị quyết 43 thì cái cuối nói gì?",
])
def test_no_pronoun_ordinal_keeps_the_cut(text):
    assert questions(text) is not None


@pytest.mark.parametrize("question, first", [
    ("Kế hoạch 21 có mấy phần? Cái cuối nói gì?", "kh-21-2023:V"),
    ("ke hoach 21 co may phan? cai cuoi noi gi?", "kh-21-2023:V"),
])
def test_a_pronoun_ordinal_after_a_count_is_answered(ask, question, first):
    from conftest import cited_ids
    a = ask(question)
    assert a.mode == "structure" and cited_ids(a)[0].startswith(first)
