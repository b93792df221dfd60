"""Where a structure question places what it asks (rag/answerers/outline/address.py `counts_what_holds`,
rag/answerers/outline/structure.py `_bullet_placed`): an ordinal that counts, by a noun of its parent's heading, the node the
question's other words name or one holding it ("nhóm giải pháp thứ hai, chỗ nói về …"), and a bullet's place asked
inside a node of bullets ("nội dung về … là ý thứ mấy"). The sentences are written for these tests; unit ids counted
by hand from the texts."""
import pytest

from rag.answerers.outline.address import counts_what_holds, ordinal
from rag.tables.outline import ONode
from rag.text import fold
from conftest import cited_ids


def _tree() -> ONode:
    dashes = [ONode("dash", str(k), "", f"III.2.1.g{k}", [f"d:III.2.1.g{k}"]) for k in (1, 2, 3)]
    sub = ONode("subitem", "2.1", "", "III.2.1", ["d:III.2.1.p1"], dashes)
    goal = ONode("item", "2", "Mục tiêu", "II.2", [], [ONode("dash", str(k), "", f"II.2.g{k}", []) for k in (1, 2)])
    part2 = ONode("part", "II", "Quan điểm, mục tiêu", "II", [], [ONode("item", "1", "Quan điểm", "II.1", []), goal])
    items = [ONode("item", "1", "Nâng cao nhận thức", "III.1", ["d:III.1.p1"]),
             ONode("item", "2", "Hoàn thiện chủ trương", "III.2", [], [sub])]
    part3 = ONode("part", "III", "Nhiệm vụ, giải pháp chủ yếu", "III", [], items)
    return ONode("root", "", "", "", [], [part2, part3])


def _om(q: str):
    return ordinal(fold(q).lower(), q)


def test_an_ordinal_by_a_noun_of_the_parents_heading_counts_what_holds_the_node():
    root = _tree()
    sub = root.children[1].children[1].children[0]                   # 2.1, inside the second of part III
    assert counts_what_holds(_om("nhóm giải pháp thứ hai, chỗ nói về các giai tầng"), sub, root)
    assert counts_what_holds(_om("nhiệm vụ thứ hai, chỗ nói về các giai tầng"), sub, root)


@pytest.mark.parametrize("q, which", [
    ("nhóm giải pháp thứ nhất, chỗ nói về các giai tầng", "sub"),    # 2.1 is inside the second, not the first
    ("ý thứ hai trong chỗ nói về các giai tầng", "sub"),              # a word for any node counts its bullets
    ("mục tiêu thứ hai là gì", "goal"),        # the node's own heading prints the noun: its bullets are counted
])
def test_an_ordinal_that_counts_the_nodes_own_children_is_left_alone(q, which):
    root = _tree()
    node = {"sub": root.children[1].children[1].children[0], "goal": root.children[0].children[1]}[which]
    assert not counts_what_holds(_om(q), node, root)


@pytest.mark.parametrize("text, first", [
    ("Nhóm giải pháp thứ hai của NQ 43, chỗ nói về các giai tầng xã hội, gồm những gì?", "nq-43-2023:III.2.1."),
    ("NQ 43 nhiệm vụ thứ sáu, chỗ về đổi mới Mặt trận, chia mấy tiểu mục?", "nq-43-2023:III.6."),
])
def test_an_ordinal_naming_what_holds_the_words_node_answers_that_node(ask, text, first):
    a = ask(text)
    assert a.mode == "structure" and not a.refused
    assert a.citations[0].unit_id.startswith(first)


@pytest.mark.parametrize("text, first", [
    ("Trong chương trình Cần Thơ, mục tiêu thứ hai là gì?", "ct-tucantho-nq43:II.2.g2"),
    ("Trong phần quan điểm của Nghị quyết 43, ý thứ hai nói gì?", "nq-43-2023:II.1.g2"),
])
def test_an_ordinal_of_a_nodes_own_bullets_is_still_its_bullet(ask, text, first):
    assert ask(text).citations[0].unit_id == first


@pytest.mark.parametrize("text, first, said", [
    ("Ở chương trình Cần Thơ, phần phát huy vai trò các giai tầng, nội dung về cựu chiến binh là ý thứ mấy?",
     "ct-tucantho-nq43:III.2.g7", "ý thứ 7"),
    ("Trong phần quan điểm của Nghị quyết 43, ý nói về dân chủ là gạch đầu dòng thứ mấy?",
     "nq-43-2023:II.1.g3", "ý thứ 3"),
])
def test_a_bullets_place_is_read_inside_the_node_named(ask, text, first, said):
    a = ask(text)
    assert a.mode == "structure" and a.citations[0].unit_id == first and said in a.answer


@pytest.mark.parametrize("text, said", [
    # the place of a node itself among its siblings: not a bullet's
    ("Phần tổ chức thực hiện của nghị quyết 43 là phần thứ mấy?", "phần thứ 4"),
    ("Trong kế hoạch tỉnh, mục giao Đảng đoàn HĐND tỉnh là mục thứ mấy của phần nhiệm vụ cụ thể?", "mục thứ 2"),
])
def test_a_nodes_own_place_is_still_its_place(ask, text, said):
    assert said in ask(text).answer


def test_an_item_named_by_its_number_answers_its_deadline_from_its_text(ask):
    a = ask("Kế hoạch 21, phần nhiệm vụ cụ thể, mục 8 được giao làm gì, thời hạn ra sao?")
    assert a.mode == "structure" and a.citations[0].unit_id.startswith("kh-21-2023:IV.8")
    assert "quý I/2024" in a.answer
    a = ask("kh tinh muc 1.1 phan III han hoan thanh khi nao")         # a sub-item without children: quoted
    assert a.mode == "structure" and a.citations[0].unit_id == "kh-btvtu-nq43:III.1.1.p1"


@pytest.mark.parametrize("text", [
    "Phần IV kế hoạch 21 hạn chót các việc là khi nào?",             # a part's deadlines: not the outline's
    "Mục 1 phần V kế hoạch 21 có hạn chót không?",                    # its text prints none
])
def test_a_deadline_the_named_item_does_not_print_is_not_the_outlines(ask, text):
    assert ask(text).mode != "structure"


@pytest.mark.parametrize("question, first, lead", [
    # a node named by its whole heading after a noun for nodes or in quotes, asked where it lies: its place
    # among its siblings (lead's probe, session 28)
    ("Phần “Nhiệm vụ cụ thể” nằm ở đâu trong kế hoạch 21?", "kh-21-2023:IV", "phần thứ 4 (trong 5 phần)"),
    ("Mục “Nhiệm vụ cụ thể” thuộc phần nào trong kế hoạch 21?", "kh-21-2023:IV", "phần thứ 4 (trong 5 phần)"),
    ("Phần nhiệm vụ cụ thể nằm ở phần mấy trong kế hoạch 21?", "kh-21-2023:IV", "phần thứ 4 (trong 5 phần)"),
    ("Trong kế hoạch 21, phần \"Tổ chức thực hiện\" ở chỗ nào?", "kh-21-2023:V", "phần thứ 5 (trong 5 phần)"),
    ("Mục “Đảng đoàn Quốc hội” nằm ở đâu trong kế hoạch 21?", "kh-21-2023:IV.1", "mục thứ 1 (trong 8 mục)"),
    ("Phần “Nhiệm vụ cụ thể” nằm tại đâu trong kế hoạch 21?", "kh-21-2023:IV", "phần thứ 4 (trong 5 phần)"),
])
def test_a_node_named_by_its_heading_asked_where_it_lies(ask, question, first, lead):
    a = ask(question)
    assert a.mode == "structure" and cited_ids(a)[0].startswith(first) and lead in a.answer.split("\n")[0]


@pytest.mark.parametrize("question", [
    "Kế hoạch 21 có mấy đầu mối? Chỗ đầu tiên triển khai thí điểm ở đâu?",   # a place of the world
    "Phần nhiệm vụ cụ thể của kế hoạch 21 giao việc ở đâu?",               # where work is given, no place in the text
    "Hội Nông dân tỉnh bọn tôi nằm ở mục nào?",                            # a body, not a heading typed whole
])
def test_no_heading_typed_whole_asked_where_it_lies(ask, question):
    a = ask(question)
    assert not (a.mode == "structure" and "(trong " in a.answer.split("\n")[0])


def test_a_part_asked_where_it_lies_in_a_plan_added_by_the_cli(synthetic_plan):
    a = synthetic_plan.ask("Phần “Nhiệm vụ cụ thể” nằm ở đâu trong Kế hoạch 07?")
    assert a.mode == "structure" and cited_ids(a)[0].startswith("kh-07-an-binh:II")
    assert "phần thứ 2 (trong 3 phần)" in a.answer.split("\n")[0]
    a = synthetic_plan.ask("Kế hoạch 07 có mấy đầu mối, chỗ chót là ai?")
    assert a.mode == "structure" and cited_ids(a)[0].startswith("kh-07-an-binh:II.3")
