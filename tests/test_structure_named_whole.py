"""Structure questions that name a part by its whole heading after a noun for nodes or between quotes ("Mục Tổ chức
thực hiện …", "phần “Nhiệm vụ cụ thể”": rag/answerers/headings.named_whole; a noun for nodes is read only where it
is not part of a longer noun, "quan điểm", "mục tiêu"), that ask a deadline beside a count ("mấy ý, hạn chót khi
nào": the one dated task leads, structure.Asked.dated; "ý nào không có thời hạn": the one undated child), or that
pick a counted child by its heading before an ordinal ("mấy nhóm? Nhóm nào nói về …, nhóm cuối …":
ordinals._picked_child; "nhóm nào không nói về …" picks none); a heading is not named by its words scattered
through the question ("quán triệt … địa điểm" is no "Quan điểm"), and two headings typed joined ("phần mục tiêu,
quan điểm") name the part that prints both. Real corpus; sentences written for these tests."""
import pytest

from rag.answerers.outline import address, headings
from rag.tables.outline import outline_of
from rag.text import fold, has_diacritics

from conftest import cited_ids


@pytest.mark.parametrize("doc, question, label", [
    ("ct-tucantho-nq43", "Mục Tổ chức thực hiện trong chương trình có bao nhiêu khoản", "IV"),
    ("kh-21-2023", "Phần “Nhiệm vụ cụ thể” của kế hoạch có mấy mục", "IV"),
    ("kh-21-2023", "Cái phần \"Nhiệm vụ trọng tâm\" có mấy việc", "III"),
    ("nq-43-2023", "phan quan diem, muc tieu co may y", "II"),          # typed without marks: the fold is all there is
    ("nq-43-2023", "phần quan điểm, mục tiêu có mấy ý", "II"),          # the longest heading typed whole wins
])
def test_a_heading_typed_whole_after_a_node_noun_names_its_node(index, doc, question, label):
    node = headings.named_whole(fold(question).lower(), question, outline_of(index, doc))
    assert node is not None and node.label == label


@pytest.mark.parametrize("doc, question", [
    ("ct-tucantho-nq43", "Việc tổ chức thực hiện chương trình có bao nhiêu khoản"),     # no noun for nodes before it
    ("kh-21-2023", "Phần “Nhiệm vụ cụ thể nhất” có mấy mục"),           # the quote does not close on the heading
    ("ct-tucantho-nq43", "Phần Tô chức thực hiện có bao nhiêu khoản"),   # a syllable typed with other marks
    ("ct-tucantho-nq43", "Các quan điểm tổ chức thực hiện của chương trình là gì"),   # "điểm" of "quan điểm"
    ("ct-tucantho-nq43", "cac quan diem to chuc thuc hien cua chuong trinh la gi"),   # ... typed without marks
    ("nq-43-2023", "Mục tiêu tổ chức thực hiện nghị quyết là gì"),      # "mục" of "mục tiêu"
])
def test_no_heading_is_named_whole_when_not_typed_so(index, doc, question):
    assert headings.named_whole(fold(question).lower(), question, outline_of(index, doc)) is None


def test_the_last_clause_of_a_part_named_by_its_heading(ask):
    a = ask("Phần Tổ chức thực hiện trong Chương trình của Thành ủy Cần Thơ gồm bao nhiêu khoản, khoản cuối giao "
            "cho cơ quan nào?")
    assert a.mode == "structure" and "trong 7 khoản" in a.answer
    assert cited_ids(a)[0] == "ct-tucantho-nq43:IV.7.p1"


def test_a_deadline_asked_with_a_count_leads_with_the_one_dated_task(ask):
    a = ask("Mục 8 phần IV kế hoạch 21 có mấy ý, hạn chót khi nào?")
    assert a.mode == "structure" and "gồm 2 ý" in a.answer
    assert cited_ids(a)[0] == "kh-21-2023:IV.8.g1"       # "(hoàn thành trong quý I/2024)"; g2 is ongoing


def test_a_count_asked_alone_still_cites_the_last_child_first(ask):
    a = ask("Mục 8 phần IV kế hoạch 21 có mấy ý?")
    assert a.mode == "structure" and cited_ids(a)[0] == "kh-21-2023:IV.8.g2"


@pytest.mark.parametrize("question", [
    "Phần nhiệm vụ, giải pháp chủ yếu của Nghị quyết 43 chia mấy nhóm? Nhóm nào bàn về Mặt trận Tổ quốc, còn nhóm "
    "cuối cùng nói về gì?",
    "Phần nhiệm vụ, giải pháp chủ yếu của Nghị quyết 43 có bao nhiêu nhóm? Nhóm nào nói về công tác vận động quần "
    "chúng, và nhóm cuối cùng là gì?",
])
def test_a_group_picked_before_the_ordinal_is_picked_among_the_counted_groups(ask, question):
    # the pick is a counted child by its heading, never a bullet deeper down that prints the same words
    a = ask(question)
    assert a.mode == "structure" and "trong 7 nhóm" in a.answer
    assert cited_ids(a)[:2] == ["nq-43-2023:III.6", "nq-43-2023:III.7"]


def test_no_group_is_picked_when_the_ask_names_no_heading(ask):
    a = ask("Phần nhiệm vụ, giải pháp chủ yếu của Nghị quyết 43 có bao nhiêu nhóm? Nhóm nào quan trọng nhất, và nhóm "
            "cuối cùng là gì?")
    assert a.mode == "structure" and cited_ids(a)[0] == "nq-43-2023:III.7"


def test_heading_words_scattered_through_the_question_name_no_heading(index):
    terms = address.terms("Hội nghị quán triệt được tổ chức tại địa điểm nào, có bao nhiêu đại biểu")
    node = headings.heading_match(terms, outline_of(index, "nq-43-2023"), True)
    assert node is None or fold(node.title).lower() != "quan diem"
    together = address.terms("Phần quan điểm có bao nhiêu ý")
    assert headings.heading_match(together, outline_of(index, "nq-43-2023"), True).title == "Quan điểm"


@pytest.mark.parametrize("question, doc", [
    ("Phần mục tiêu, quan điểm của Nghị quyết 43 có mấy mục?", "nq-43-2023"),
    ("Mục quan điểm và mục tiêu của Nghị quyết 43 có mấy ý?", "nq-43-2023"),
    ("Phần mục tiêu và quan điểm trong chương trình Cần Thơ có mấy mục?", "ct-tucantho-nq43"),
    ("phan muc tieu, quan diem cua nghi quyet 43 co may muc", "nq-43-2023"),              # typed without marks
    ("phan muc tieu va quan diem trong chuong trinh can tho co may muc", "ct-tucantho-nq43"),
])
def test_two_headings_typed_joined_name_the_part_that_prints_both(ask, question, doc):
    # "Mục tiêu" is typed whole after "phần" and is a child of "Quan điểm, mục tiêu", whose heading the heading
    # words name: the part is counted, not its child
    a = ask(question)
    assert a.mode == "structure" and "II. Quan điểm, mục tiêu, gồm 2" in a.answer
    assert "2. Mục tiêu" in a.answer and "1. Quan điểm" in a.answer
    assert all(c.startswith(doc + ":II") for c in cited_ids(a))


def test_a_heading_typed_whole_alone_still_names_its_own_node(ask):
    a = ask("Mục tiêu của Nghị quyết 43 có mấy ý?")
    assert a.mode == "structure" and "› 2. Mục tiêu" in a.answer and "1. Quan điểm" not in a.answer


@pytest.mark.parametrize("question, undated", [
    ("Mục 8 phần IV kế hoạch 21 có mấy ý, ý nào không có thời hạn?", "kh-21-2023:IV.8.g2"),
    ("Mục 2 phần IV kế hoạch 21 có mấy ý, ý nào chưa có thời hạn cụ thể?", "kh-21-2023:IV.2.g2"),
    ("muc 8 phan IV ke hoach 21 co may y, y nao khong co thoi han?", "kh-21-2023:IV.8.g2"),     # without marks
])
def test_a_deadline_asked_negated_leads_with_the_one_child_that_sets_none(ask, question, undated):
    # the dated child ("hoàn thành trong quý I/2024") is the opposite of what is asked
    a = ask(question)
    assert a.mode == "structure" and "gồm 2 ý" in a.answer
    assert cited_ids(a)[0] == undated


@pytest.mark.parametrize("question, dated", [
    ("Mục 2 phần IV kế hoạch 21 gồm mấy ý, thời hạn hoàn thành khi nào?", "kh-21-2023:IV.2.g1"),
    ("muc 8 phan IV ke hoach 21 co may y, han chot khi nao?", "kh-21-2023:IV.8.g1"),
])
def test_a_deadline_asked_beside_a_count_leads_with_the_dated_child_in_any_plan_item(ask, question, dated):
    a = ask(question)
    assert a.mode == "structure" and cited_ids(a)[0] == dated


def test_the_dated_task_predicate_is_the_task_tables_date_or_period(index):
    from rag.tables.tasks import is_dated
    rows = {r["unit_id"]: r for r in index.tasks}
    assert is_dated(rows["kh-21-2023:IV.8.g1"])            # quý I/2024
    assert is_dated(rows["kh-btvtu-nq43:IV.3.p1"])         # "trước ngày 25/12": a date, its year unprinted
    assert not is_dated(rows["kh-21-2023:IV.8.g2"])        # thực hiện thường xuyên


@pytest.mark.parametrize("question, last", [
    ("Phần nhiệm vụ, giải pháp chủ yếu của NQ 43 có mấy nhóm? Nhóm nào không nói về Mặt trận Tổ quốc, và nhóm cuối "
     "cùng nói gì?", "nq-43-2023:III.7"),
    ("phan nhiem vu, giai phap chu yeu cua nghi quyet 43 co may nhom? nhom nao khong noi ve mat tran to quoc, va "
     "nhom cuoi cung noi gi?", "nq-43-2023:III.7"),                                       # typed without marks
    ("Phần nhiệm vụ và giải pháp của chương trình Cần Thơ có mấy nhóm? Nhóm nào không bàn về Mặt trận Tổ quốc, và "
     "nhóm cuối cùng nói gì?", "ct-tucantho-nq43:III.7"),
])
def test_a_negated_pick_picks_no_group(ask, question, last):
    # the group printing "Mặt trận Tổ quốc" is the opposite of what is asked: nothing is picked, the last one leads
    a = ask(question)
    assert a.mode == "structure" and "trong 7 nhóm" in a.answer
    assert cited_ids(a)[0] == last and not any(c.endswith(":III.6") for c in cited_ids(a))


def test_a_closing_yes_or_no_is_no_negated_pick():
    from rag.answerers.outline import node_asks
    f = fold("có mấy nhóm, nhóm nào nói về mặt trận tổ quốc hay không, và nhóm cuối").lower()
    assert not node_asks.negated_pick(f, f.index("nhom nao"))
    f = fold("có mấy nhóm, nhóm nào là nhóm chưa nói về mặt trận, và nhóm cuối").lower()
    assert node_asks.negated_pick(f, f.index("nhom nao"))


@pytest.mark.parametrize("question, kth", [
    ("Phần nhiệm vụ, giải pháp chủ yếu của NQ 43 có mấy nhóm? Nhóm nào nói về phong trào thi đua, và nhóm cuối cùng "
     "nói gì?", "7. Tổ chức các cuộc vận động"),
    ("Phần nhiệm vụ, giải pháp chủ yếu của NQ 43 có mấy nhóm? Nhóm nào nói về Mặt trận Tổ quốc, và nhóm thứ sáu nói "
     "gì?", "6. Đổi mới nội dung, phương thức hoạt động của Mặt trận"),
    ("Phần nhiệm vụ và giải pháp của chương trình Cần Thơ có mấy nhóm? Nhóm nào nói về phong trào thi đua yêu nước, "
     "và nhóm cuối cùng nói gì?", "7. Tổ chức các cuộc vận động"),
])
def test_a_pick_that_is_the_group_the_ordinal_names_is_said_once(ask, question, kth):
    a = ask(question)
    assert a.mode == "structure" and a.answer.count("- " + kth) == 1
    assert "nội dung được hỏi" not in a.answer


def test_a_pick_has_its_own_lead(ask):
    a = ask("Phần nhiệm vụ, giải pháp chủ yếu của Nghị quyết 43 chia mấy nhóm? Nhóm nào bàn về Mặt trận Tổ quốc, còn "
            "nhóm cuối cùng nói về gì?")
    assert "nhóm có nội dung được hỏi là nhóm 6 (trong 7 nhóm):" in a.answer
    assert "nhóm thứ 7 (trong 7 nhóm):" in a.answer


@pytest.mark.parametrize("question, last", [
    ("Phần nhiệm vụ, giải pháp chủ yếu của NQ 43 có mấy nhóm? Nhóm nào nói về Mặt trận Tổ quốc, và nhóm thứ chín nói "
     "gì?", "nq-43-2023:III.7"),
    ("Phần nhiệm vụ và giải pháp của chương trình Cần Thơ có mấy nhóm? Nhóm nào nói về Mặt trận Tổ quốc, và nhóm thứ "
     "mười nói gì?", "ct-tucantho-nq43:III.7"),
])
def test_a_refused_ordinal_cites_no_pick(ask, question, last):
    a = ask(question)
    assert a.refusal_reason == "structure_absent" and cited_ids(a) == [last]


@pytest.mark.parametrize("doc, question, label", [
    ("nq-43-2023", "Phần mục tiêu, quan điểm của Nghị quyết có mấy mục", "II"),     # the part printing both
    ("ct-tucantho-nq43", "Mục Tổ chức thực hiện trong chương trình có bao nhiêu khoản", "IV"),
    ("kh-21-2023", "phan \"nhiem vu cu the\" cua ke hoach co may muc", "IV"),
])
def test_by_heading_weighs_a_heading_typed_whole_against_the_heading_words(index, doc, question, label):
    root = outline_of(index, doc)
    node = headings.by_heading(fold(question).lower(), question, root, address.terms(question),
                               has_diacritics(question))
    assert node is not None and node.label == label


@pytest.mark.parametrize("question, node, count", [
    ("Mục Ban Dân vận Trung ương trong phần nhiệm vụ cụ thể kế hoạch 21 có mấy ý?", "kh-21-2023:IV.7", None),
    ("Mục Ban Tuyên giáo Trung ương trong phần nhiệm vụ cụ thể kế hoạch 21 gồm mấy ý?", "kh-21-2023:IV.5", None),
    ("Phần Nhiệm vụ, giải pháp chủ yếu NQ 43, nhóm Phát huy dân chủ xã hội chủ nghĩa, tiềm năng và sức sáng tạo của "
     "Nhân dân có mấy ý?", "nq-43-2023:III.5", None),
    ("phan nhiem vu, giai phap chu yeu nq 43, nhom Phat huy dan chu xa hoi chu nghia, tiem nang va suc sang tao cua "
     "Nhan dan co may y", "nq-43-2023:III.5", None),                                     # typed without marks
])
def test_a_child_typed_whole_inside_a_parent_named_by_heading_words_is_the_child(ask, question, node, count):
    # the parent's heading ("Nhiệm vụ cụ thể") does not print the child's ("Ban Dân vận Trung ương"): not two
    # headings typed joined, the child is named (review of st20, HIGH 1)
    a = ask(question)
    assert a.mode == "structure" and "gồm 8 ý" not in a.answer and "gồm 7 ý" not in a.answer
    assert cited_ids(a) and all(c == node or c.startswith(node + ".") for c in cited_ids(a))


def test_within_named_keeps_the_parent_only_when_its_heading_prints_the_childs(index):
    nq, kh = outline_of(index, "nq-43-2023"), outline_of(index, "kh-21-2023")
    part = lambda root, label: next(n for n in root.numbered() if n.label == label)
    kid = lambda node, label: next(n for n in node.numbered() if n.label == label)
    assert headings.within_named(kid(part(nq, "II"), "2"), part(nq, "II")) is part(nq, "II")       # joined
    assert headings.within_named(kid(part(kh, "IV"), "7"), part(kh, "IV")) is kid(part(kh, "IV"), "7")
    assert headings.within_named(part(kh, "IV"), kid(part(kh, "IV"), "7")) is kid(part(kh, "IV"), "7")


@pytest.mark.parametrize("question, picked, last", [
    ("Phần nhiệm vụ, giải pháp chủ yếu của NQ 43 có mấy nhóm? Nhóm nào nói về phát huy dân chủ xã hội chủ nghĩa, và "
     "nhóm cuối cùng nói gì?", "nq-43-2023:III.5", "nq-43-2023:III.7"),
    ("Phần nhiệm vụ và giải pháp của chương trình Cần Thơ có mấy nhóm? Nhóm nào nói về xây dựng chỉnh đốn Đảng, và "
     "nhóm cuối cùng nói gì?", "ct-tucantho-nq43:III.3", "ct-tucantho-nq43:III.7"),
    ("phan nhiem vu va giai phap cua chuong trinh Can Tho co may nhom? nhom nao noi ve xay dung chinh don Dang, va "
     "nhom cuoi cung noi gi?", "ct-tucantho-nq43:III.3", "ct-tucantho-nq43:III.7"),      # typed without marks
    ("Phần nhiệm vụ, giải pháp chủ yếu của NQ 43 có mấy nhóm? Nhóm nào nói về vai trò của Nhà nước, và nhóm cuối "
     "cùng nói gì?", "nq-43-2023:III.4", "nq-43-2023:III.7"),
])
def test_a_pick_by_words_the_documents_name_shares_still_picks_its_group(ask, question, picked, last):
    # "phát huy", "xây dựng", "nước" are words of the document's own name, and of the group's heading too
    # (review of st20, HIGH 2)
    a = ask(question)
    assert a.mode == "structure" and "trong 7 nhóm" in a.answer
    assert cited_ids(a)[:2] == [picked, last]


def test_a_pick_by_the_documents_theme_alone_picks_no_group(ask):
    # "đại đoàn kết toàn dân tộc" is what many groups' headings say: no one group is picked
    a = ask("Phần nhiệm vụ, giải pháp chủ yếu của NQ 43 có mấy nhóm? Nhóm nào nói về đại đoàn kết toàn dân tộc, và "
            "nhóm cuối cùng nói gì?")
    assert a.mode == "structure" and cited_ids(a)[0] == "nq-43-2023:III.7"


@pytest.mark.parametrize("question, dated", [
    ("Mục 2 phần IV kế hoạch 21 có mấy ý, không biết hạn chót khi nào?", "kh-21-2023:IV.2.g1"),
    ("Mục 8 phần IV kế hoạch 21 có mấy ý, không biết thời hạn hoàn thành là khi nào?", "kh-21-2023:IV.8.g1"),
    ("muc 8 phan IV ke hoach 21 co may y, khong biet thoi han hoan thanh la khi nao?", "kh-21-2023:IV.8.g1"),
    ("Mục 2 phần IV kế hoạch 21 có mấy ý, ngoài ra hạn chót khi nào?", "kh-21-2023:IV.2.g1"),
    ("muc 2 phan IV ke hoach 21 co may y, ngoai ra han chot khi nao?", "kh-21-2023:IV.2.g1"),
    ("Mục 8 phần IV kế hoạch 21 có mấy ý, việc chưa làm xong thì thời hạn khi nào?", "kh-21-2023:IV.8.g1"),
    ("Mục 3 phần IV kế hoạch 21 có mấy ý, không biết hạn chót khi nào?", "kh-21-2023:IV.3.g2"),
    ("Mục 1 phần III kế hoạch của Ban Thường vụ Tỉnh ủy có mấy ý, không biết thời hạn khi nào?",
     "kh-btvtu-nq43:III.1.1.p1"),
])
def test_a_negation_that_negates_no_deadline_still_leads_with_the_dated_child(ask, question, dated):
    # "không biết" is polite, "ngoài ra" connects, "chưa làm xong" negates the work, not the deadline asked
    # (review of st20, HIGH 3)
    a = ask(question)
    assert a.mode == "structure" and cited_ids(a)[0] == dated


def test_a_deadline_is_negated_only_right_before_its_cue_or_after_a_which():
    from rag.answerers.outline import node_asks
    for q, negated in [("y nao khong co thoi han", True), ("cai nay chua duoc giao thoi han", True),
                       ("y nao khong ghi thoi han", True), ("khong biet thoi han khi nao", False),
                       ("ngoai ra thoi han khi nao", False), ("viec chua lam xong thi thoi han khi nao", False),
                       ("y nao co thoi han khong", False)]:
        assert node_asks.negated_before(q, q.index("thoi han")) is negated, q


@pytest.mark.parametrize("question, picked, last", [
    ("Phần nhiệm vụ, giải pháp chủ yếu của NQ 43 có mấy nhóm? Nhóm nào chứa nội dung về Mặt trận Tổ quốc, và nhóm "
     "cuối cùng nói gì?", "nq-43-2023:III.6", "nq-43-2023:III.7"),
    ("Phần nhiệm vụ, giải pháp chủ yếu của NQ 43 có mấy nhóm? Nhóm nào có chứa nội dung đổi mới hoạt động của Mặt "
     "trận Tổ quốc, và nhóm cuối cùng nói gì?", "nq-43-2023:III.6", "nq-43-2023:III.7"),
    ("Phần nhiệm vụ và giải pháp của chương trình Cần Thơ có mấy nhóm? Nhóm nào chứa nội dung về Mặt trận Tổ quốc, "
     "và nhóm cuối cùng nói gì?", "ct-tucantho-nq43:III.6", "ct-tucantho-nq43:III.7"),
    # "ngoài" before a node noun sets that node aside: "besides", the pick stands (review of st20, LOW 5)
    ("Phần nhiệm vụ và giải pháp của chương trình Cần Thơ có mấy nhóm? Nhóm nào ngoài nhóm đầu nói về xây dựng chỉnh "
     "đốn Đảng, và nhóm cuối cùng nói gì?", "ct-tucantho-nq43:III.3", "ct-tucantho-nq43:III.7"),
    ("phan nhiem vu va giai phap cua chuong trinh Can Tho co may nhom? nhom nao ngoai nhom dau noi ve xay dung chinh "
     "don Dang, va nhom cuoi cung noi gi?", "ct-tucantho-nq43:III.3", "ct-tucantho-nq43:III.7"),
])
def test_a_word_that_only_folds_like_a_negation_negates_no_pick(ask, question, picked, last):
    # "chứa" (contains) typed with its marks is no "chưa" (review of st20, MEDIUM 4)
    a = ask(question)
    assert a.mode == "structure" and cited_ids(a)[:2] == [picked, last]


def test_a_pick_reads_the_negation_as_typed():
    from rag.answerers.outline import node_asks
    for text, negated in [("Nhóm nào chứa nội dung về Mặt trận, và", False), ("Nhóm nào chưa nói về Mặt trận, và", True),
                          ("nhom nao chua noi ve mat tran, va", True), ("Nhóm nào ngoài nhóm đầu nói về Mặt trận, và", False),
                          ("Nhóm nào ngoài cái thứ hai nói về Mặt trận, và", False),
                          ("Nhóm nào ngoài phạm vi Mặt trận, và", True), ("Nhóm nào chặng đầu nói về Mặt trận, và", False)]:
        f = fold(text).lower()
        assert node_asks.negated_pick(f, 0, text) is negated, text
