"""Which unit a structure answer cites first for a count (rag.answerers.outline.structure, render): a count asked alone
is attested by the last child (bodies too: "mấy đầu mối"), a count asked with the list by the children in order
(a word for the layout, "bố cục", asks no list), a count the document states in words by that sentence of its own
text (never another document's); an ordinal typed beside the number of the node it counts names that node.
Sentences written for these tests, on the bundled corpus."""
from conftest import cited_ids


def test_count_with_the_list_cites_the_children_in_order(ask):
    a = ask("Kế hoạch tỉnh, mục nhiệm vụ cụ thể có mấy khối và đó là những khối nào?")
    assert a.mode == "structure"
    assert a.answer.startswith("Kế hoạch của Ban Thường vụ Tỉnh ủy, III. Nhiệm vụ cụ thể, gồm 4")
    assert "cuối là" not in a.answer.split("\n")[0]
    assert cited_ids(a)[0] == "kh-btvtu-nq43:III.1.1.p1"


def test_a_word_for_the_layout_asks_no_list(ask):
    # "bố cục"/"cấu trúc" name what is counted; the count of parts is attested as one asked alone
    a = ask("Cấu trúc của Nghị quyết 43 có tất cả mấy phần?")
    assert "gồm 4 phần (phần cuối là phần IV [1])" in a.answer
    assert cited_ids(a)[0].startswith("nq-43-2023:IV")


def test_count_alone_still_cites_the_last_child_first(ask):
    a = ask("Kế hoạch tỉnh, mục nhiệm vụ cụ thể có mấy khối?")
    assert "gồm 4 mục (mục cuối là mục 4 [1])" in a.answer
    assert cited_ids(a)[0] == "kh-btvtu-nq43:III.4"


def test_count_of_bodies_cites_the_text_of_the_last_body(ask):
    # a count of bodies is attested as any count is: the last child, by the text under its label
    a = ask("Phần nhiệm vụ cụ thể của Kế hoạch 21 phân công bao nhiêu đầu mối?")
    assert "gồm 8" in a.answer.split("\n")[0]
    assert cited_ids(a)[0] == "kh-21-2023:IV.8.g1"


def test_count_of_parts_cites_the_text_under_a_label(ask):
    a = ask("Kế hoạch 21 có tất cả bao nhiêu phần?")
    assert a.answer.split("\n")[0].startswith("Kế hoạch 21-KH/TW gồm 5 phần (phần cuối là phần V [1])")
    assert cited_ids(a)[0] == "kh-21-2023:V.1.p1"        # "V. Tổ chức thực hiện" is a label: the text under it


def test_a_count_is_counted_in_the_tree_and_quoted_where_a_held_report_states_it(ask):
    # the plan numbers its groups without counting them; the news item on it states "06 nhóm nhiệm vụ trọng
    # tâm", the same number the tree counts: that sentence is quoted first (headed by its document), then the
    # plan's own groups
    a = ask("Bộ Chính trị đặt ra trong Kế hoạch 21 tổng cộng mấy nhóm nhiệm vụ trọng tâm?")
    assert "gồm 6 nhóm" in a.answer.split("\n")[0]
    assert cited_ids(a)[0] == "tin-kh21:preamble.p3"
    assert "Tin: " in a.answer.split("\n")[1]
    assert [i for i in cited_ids(a) if i.startswith("kh-21-2023:III.")]


def test_count_with_an_ordinal_carries_the_count_and_the_child(ask):
    # both parts carried: the count (6, from the plan's tree) and the second child's text, cited first
    a = ask("Kế hoạch 21 gồm bao nhiêu nhóm nhiệm vụ trọng tâm, nhóm thứ hai bàn về gì?")
    assert cited_ids(a)[0] == "kh-21-2023:III.2.p1"
    assert "6" in a.answer.split("\n")[0]
    # the count said in words where a held report on the plan states it, after the asked child
    assert cited_ids(a)[1:] == ["tin-kh21:preamble.p3"]


def test_a_count_no_document_states_cites_no_other_document(ask):
    a = ask("Chương trình của Cần Thơ có mấy nhóm nhiệm vụ và giải pháp?")
    assert {c.unit_id.split(":")[0] for c in a.citations} == {"ct-tucantho-nq43"}
    a = ask("Phần III của Nghị quyết 43 gồm bao nhiêu mục?")
    assert {c.unit_id.split(":")[0] for c in a.citations} == {"nq-43-2023"}


def test_ordinal_beside_the_number_of_the_same_node_names_that_node(ask):
    a = ask("Nghị quyết 43, phần III, mục sau cùng (mục 7) đề cập việc gì?")
    assert "thứ 2" not in a.answer and "(trong 2" not in a.answer
    assert cited_ids(a)[0] == "nq-43-2023:III.7"


def test_ordinal_of_another_noun_counts_inside_the_numbered_node(ask):
    a = ask("Phần III của nghị quyết 43, mục thứ hai nói gì?")
    assert "mục thứ 2 (trong 7 mục)" in a.answer
    a = ask("Mục 3 phần IV Kế hoạch 21, gạch đầu dòng thứ hai là gì?")
    assert cited_ids(a)[0] == "kh-21-2023:IV.3.g2"


def test_a_body_named_with_a_common_word_picks_the_point_that_assigns_it(ask):
    # "chính" is a word questions use for "main"; inside the body's name "Chính phủ" it is read with the name
    a = ask("Phần tổ chức thực hiện của nghị quyết 43 có một điểm dành riêng cho Chính phủ, điểm ấy nói gì?")
    assert cited_ids(a)[0] == "nq-43-2023:IV.4.p1"
    a = ask("Phần IV của Kế hoạch 21, mục giao cho Chính phủ có mấy việc?")
    assert "2. Ban cán sự đảng Chính phủ" in a.answer.split("\n")[0]
