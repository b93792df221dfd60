"""Whole documents, their structure and the documents they cite: the outline and cited table written at
ingest, and the overview / structure / mentions answerers, on the real corpus and on a small synthetic
plan (tests/data) added with the CLI."""
import json

import pytest

from rag.tables.cited import main as cited_main
from rag.tables.outline import find, outline_of
from conftest import cited_ids



# ------------------------------------------------------------------------------------------ the outline
def test_nq43_part_iii_has_seven_items(index):
    part = find(outline_of(index, "nq-43-2023"), "III")
    assert part.title == "Nhiệm vụ, giải pháp chủ yếu"
    assert [c.label for c in part.numbered()] == ["1", "2", "3", "4", "5", "6", "7"]


def test_kh21_part_iv_assigns_eight_bodies_the_last_the_provincial_committees(index):
    part = find(outline_of(index, "kh-21-2023"), "IV")
    kids = part.numbered()
    assert len(kids) == 8
    assert kids[0].title == "Đảng đoàn Quốc hội"
    assert kids[-1].title == "Các tỉnh ủy, thành ủy, đảng uỷ trực thuộc Trung ương"
    assert find(outline_of(index, "kh-21-2023"), "IV.2").title == "Ban cán sự đảng Chính phủ"


def test_provincial_plan_has_four_numbered_parts(index):
    root = outline_of(index, "kh-btvtu-nq43")
    assert [(p.label, p.title) for p in root.numbered()] == [
        ("I", "Mục đích, yêu cầu"), ("II", "Nhiệm vụ trọng tâm"), ("III", "Nhiệm vụ cụ thể"),
        ("IV", "Tổ chức thực hiện")]
    assert len(find(root, "III.1").numbered()) == 8


def test_can_tho_part_iii_items_mirror_nq43_part_iii_in_order(index):
    ct = find(outline_of(index, "ct-tucantho-nq43"), "III").numbered()
    nq = find(outline_of(index, "nq-43-2023"), "III").numbered()
    assert [c.label for c in ct] == [c.label for c in nq] == ["1", "2", "3", "4", "5", "6", "7"]
    assert ct[4].title == "Phát huy dân chủ xã hội chủ nghĩa, tiềm năng và sức sáng tạo của Nhân dân"
    assert nq[4].title == ct[4].title
    assert ct[6].title == nq[6].title == "Tổ chức các cuộc vận động, phong trào thi đua yêu nước thiết thực, hiệu quả"


# ----------------------------------------------------------------------------------- structure answers
def test_count_of_a_part_is_counted_from_the_tree(ask):
    a = ask("Phần III của Nghị quyết 43 có mấy nhóm nhiệm vụ, giải pháp?")
    assert a.mode == "structure" and not a.refused
    assert a.answer.startswith("Nghị quyết 43-NQ/TW, III. Nhiệm vụ, giải pháp chủ yếu, gồm 7 mục (mục cuối là mục 7 [1]):")
    # each item cited by its heading line, the last first (it attests the count); the evidence list follows
    assert len(a.citations) == 7 and cited_ids(a)[:2] == ["nq-43-2023:III.7", "nq-43-2023:III.1"]
    assert [p.unit.unit_id for p in a.retrieved[:7]] == cited_ids(a)


def test_whole_document_parts_by_informal_name(ask):
    a = ask("Nghị quyết đại đoàn kết có mấy phần?")
    assert a.answer.split("\n")[0] == "Nghị quyết 43-NQ/TW gồm 4 phần (phần cuối là phần IV [1]):"
    # "IV. Tổ chức thực hiện" is a label: the count is attested by the text under it; every part is listed by
    # its heading line with the opening of its text, the text cited first
    assert a.citations[0].unit_id == "nq-43-2023:IV.1.p1"
    assert "- I. Tình hình [3]: “Qua 20 năm thực hiện Nghị quyết số 23-NQ/TW" in a.answer
    assert "- IV. Tổ chức thực hiện [8]: “Bộ Chính trị ban hành kế hoạch thực hiện Nghị quyết;" in a.answer


def test_item_under_part_by_two_numbers(ask):
    a = ask("Mục 2 phần IV của Kế hoạch 21 là gì?")
    assert "IV. Nhiệm vụ cụ thể › 2. Ban cán sự đảng Chính phủ" in a.answer
    # the heading is a label: the text it stands for is cited first, the heading line next
    assert cited_ids(a) == ["kh-21-2023:IV.2.g1", "kh-21-2023:IV.2", "kh-21-2023:IV.2.g2"]
    assert a.citations[1].text == "2. Ban cán sự đảng Chính phủ"
    assert a.answer.split("\n")[1] == "- 2. Ban cán sự đảng Chính phủ [2]"


def test_item_numbered_so_inside_a_part_named_by_its_heading(ask):
    # "được đánh số 3" names child 3 of the part the question names by heading words, not the whole part
    a = ask("Đơn vị được đánh số 3 trong phần nhiệm vụ cụ thể của kế hoạch 21 phải làm gì?")
    assert a.mode == "structure"
    assert a.answer.startswith("Kế hoạch 21-KH/TW, IV. Nhiệm vụ cụ thể › 3. Đảng đoàn Mặt trận Tổ quốc Việt Nam")
    assert cited_ids(a)[0] == "kh-21-2023:IV.3.g1"


def test_a_document_numbered_so_is_no_node_number(ask):
    # "đánh số 43" of the document itself: not read as a node 43 (no structure refusal)
    a = ask("Nghị quyết về đại đoàn kết được đánh số 43 phải không, ban hành ngày nào?")
    assert a.mode != "structure" and not a.refused


def test_a_word_that_folds_to_a_number_word_is_no_reference(ask):
    # "phần tầm nhìn" folds to "phan tam nhin": typed with accents, "tầm" is not "tám" (no part VIII refused)
    a = ask("Phần tầm nhìn đến năm 2045 trong nghị quyết 43 nói gì?")
    assert not a.refused and "không có phần VIII" not in a.answer


def test_a_number_word_typed_as_such_is_a_reference(ask):
    a = ask("Mục ba phần IV của Kế hoạch 21 là gì?")
    assert a.mode == "structure"
    assert a.answer.startswith("Kế hoạch 21-KH/TW, IV. Nhiệm vụ cụ thể › 3. Đảng đoàn Mặt trận Tổ quốc Việt Nam")


def test_last_item_by_ordinal_word(ask):
    a = ask("Cơ quan cuối cùng được giao nhiệm vụ trong phần IV Kế hoạch 21 là ai?")
    assert "cơ quan thứ 8 (trong 8 cơ quan)" in a.answer
    assert "8. Các tỉnh ủy, thành ủy, đảng uỷ trực thuộc Trung ương" in a.answer
    assert cited_ids(a)[:2] == ["kh-21-2023:IV.8.g1", "kh-21-2023:IV.8"]     # a label: its text first


def test_ordinal_in_apposition_to_heading_words_names_the_part_itself(ask):
    a = ask("Phần cuối cùng, tức phần tổ chức thực hiện, của Kế hoạch 21 giao việc cho những cơ quan nào?")
    assert a.answer.startswith("Kế hoạch 21-KH/TW, V. Tổ chức thực hiện, gồm 3")
    assert "phần thứ" not in a.answer
    a = ask("Phần thứ hai, tức phần tổ chức thực hiện, của Kế hoạch 21 gồm những gì?")
    assert "IV" not in a.answer.split("\n")[0] and "V. Tổ chức thực hiện, gồm 3" not in a.answer  # not apposed


def test_place_named_after_a_topic_marker_and_a_second_sentence(ask):
    # the asker's words for the place ("đoạn nói") name no heading; what follows "về" does; another sentence asks
    # something the children quoted answer, it does not narrow the node to part of it
    a = ask("Đoạn nói về vai trò của Nhà nước trong Nghị quyết 43 có những tiểu mục nào? Đoạn ấy có nhắc Hiến pháp?")
    assert a.mode == "structure"
    assert "III. Nhiệm vụ, giải pháp chủ yếu › 4. Nâng cao vai trò" in a.answer.split("\n")[0]
    assert cited_ids(a)[:2] == ["nq-43-2023:III.4.1.p1", "nq-43-2023:III.4.2.p1"]


def test_number_checked_against_heading_words_of_another_node(ask):
    # the asker says 2.2 of the provincial plan is the provincial People's Committee's; it is the People's
    # Council's: the heading words win, the number's node is said apart; a number the words agree with stays
    a = ask("Mục 2.2 kế hoạch tỉnh là phần của Ban cán sự đảng Ủy ban nhân dân tỉnh, phải không? Liệt kê các việc "
            "đầu mối ấy được giao.")
    assert "III. Nhiệm vụ cụ thể › 3. Ban cán sự đảng Ủy ban nhân dân tỉnh" in a.answer.split("\n")[0]
    assert "Lưu ý: số 2.2" in a.answer
    a = ask("Mục 3.2 phần III kế hoạch tỉnh nói gì, có đúng là về phân cấp, phân quyền không?")
    assert "Lưu ý" not in a.answer and "3.2" in a.answer.split("\n")[0]


@pytest.mark.parametrize("question, number", [
    # a check cue with a body named, but nothing says the number is that body's part: the numbered item stays
    ("Có phải mục 4.3 kế hoạch tỉnh yêu cầu Ban cán sự đảng Ủy ban nhân dân tỉnh hỗ trợ Mặt trận không?", "4.3"),
    ("Mục 3.2 phần III kế hoạch tỉnh có giao cho Đảng đoàn Hội đồng nhân dân tỉnh phối hợp không, có đúng không?",
     "3.2"),
])
def test_a_checked_number_not_said_to_be_another_node_stays(ask, question, number):
    a = ask(question)
    assert "Lưu ý" not in a.answer
    assert f"{number}" in a.answer.split("\n")[0]


def test_bare_ordinal_joined_to_an_ordinal_is_answered_too(ask):
    a = ask("Trong phần IV Kế hoạch 21, cơ quan đầu tiên và cuối cùng được giao nhiệm vụ là ai?")
    assert "cơ quan thứ 1 (trong 8 cơ quan)" in a.answer
    assert "cơ quan thứ 8 (trong 8 cơ quan)" in a.answer


def test_nth_item_found_by_heading_word(ask):
    a = ask("Nhiệm vụ thứ 5 trong chương trình của Cần Thơ là gì?")
    assert "III. Nhiệm vụ và giải pháp: nhiệm vụ thứ 5 (trong 7 nhiệm vụ)" in a.answer
    assert cited_ids(a)[:2] == ["ct-tucantho-nq43:III.5", "ct-tucantho-nq43:III.5.g1"]
    assert a.retrieved[0].unit.text == "5. Phát huy dân chủ xã hội chủ nghĩa, tiềm năng và sức sáng tạo của Nhân dân"


def test_node_found_by_heading_words(ask):
    a = ask("Trong kế hoạch của tỉnh, phần việc giao cho cấp ủy, tổ chức đảng có mấy nhiệm vụ?")
    assert "1. Đối với cấp ủy, tổ chức đảng, gồm 8 nhiệm vụ (nhiệm vụ cuối là nhiệm vụ 1.8 [1]):" in a.answer
    assert cited_ids(a)[0] == "kh-btvtu-nq43:III.1.8.p1" and len(a.citations) == 8


@pytest.mark.parametrize("question, text, cited", [
    ("Phần V của Nghị quyết 43 nói gì?", "Nghị quyết 43-NQ/TW không có phần V: Nghị quyết 43-NQ/TW chỉ gồm 4 phần [1].",
     "nq-43-2023:IV"),
    ("Mục 9 phần IV của Kế hoạch 21 giao cho những ai?",
     "Kế hoạch 21-KH/TW không có mục IV.9: Kế hoạch 21-KH/TW, IV. Nhiệm vụ cụ thể chỉ gồm 8 mục [1].", "kh-21-2023:IV.8"),
])
def test_a_number_the_tree_lacks_is_refused_with_the_count(ask, question, text, cited):
    a = ask(question)
    assert a.refused and a.refusal_reason == "structure_absent" and a.answer == text and cited_ids(a) == [cited]


def test_content_question_is_not_taken_for_structure(ask):
    a = ask("Kế hoạch 21 giao Ban Tuyên giáo Trung ương nhiệm vụ gì?")
    # an assignment question: the task table answers it (rag/answerers/work/tasks.py), not the outline
    assert a.mode == "tasks" and "kh-21-2023:IV.5.p1" in cited_ids(a)


# ------------------------------------------------------------------------------------------- overviews
def test_overview_states_catalog_facts_purpose_and_outline(ask):
    a = ask("Tóm tắt kế hoạch của tỉnh")
    lines = a.answer.split("\n")
    assert a.mode == "overview" and lines[0] == "Kế hoạch của Ban Thường vụ Tỉnh ủy [1]"
    assert "Người ký: Lò Minh Hùng (T/M Ban Thường vụ, Phó Bí thư Thường trực) [3]" in lines
    assert "Văn bản không in số hiệu, ngày ban hành." in lines      # empty catalog fields are said, not filled
    assert "I. Mục đích, yêu cầu:" in lines and "Bố cục: gồm 4 phần:" in lines
    # the header prints neither number nor issuer: the identity is cited to the opening paragraph (quoted),
    # which names the Ban Thường vụ Tỉnh ủy; the title to the header
    assert lines[1].startswith("Mở đầu: “Thực hiện Nghị quyết số 43-NQ/TW") and lines[1].endswith("[1]")
    assert cited_ids(a)[:3] == ["kh-btvtu-nq43:preamble.p1", "kh-btvtu-nq43:header", "kh-btvtu-nq43:signature"]


def test_goal_question_quotes_the_goal_units(ask):
    a = ask("Mục tiêu của chương trình Cần Thơ là gì?")
    assert cited_ids(a) == ["ct-tucantho-nq43:II.2.g1", "ct-tucantho-nq43:II.2.g2"]


def test_news_item_by_informal_name(ask):
    a = ask("Bài báo kia đưa tin về chuyện gì vậy?")
    assert a.mode == "overview" and cited_ids(a)[0] == "tin-kh21:preamble.p1"
    assert "21-KH/TW" in a.answer


def test_news_item_asked_for_its_main_points_quotes_its_lead_not_its_list(ask):
    a = ask("Bài báo đưa tin những ý chính nào?")
    assert a.mode == "overview" and cited_ids(a)[0] == "tin-kh21:preamble.p1"
    assert "06 nhóm nhiệm vụ" in a.answer


# ------------------------------------------------------------------------------------ cited documents
def test_cited_table_holds_nq23_with_its_citing_units(index):
    row = next(r for r in index.cited if r["number"] == "23-NQ/TW")
    assert (row["kind"], row["date"], row["issuer"], row["term"], row["held"]) == (
        "Nghị quyết", "12/3/2003", "Ban Chấp hành Trung ương Đảng", "IX", "")
    assert [m["unit_id"] for m in row["mentions"]] == [
        "ct-tucantho-nq43:I.p1", "ct-tucantho-nq43:I.p2", "nq-43-2023:I.p1.s1"]
    held = next(r for r in index.cited if r["number"] == "43-NQ/TW")
    assert held["held"] == "nq-43-2023"


def test_cited_document_answered_from_its_mentions(ask):
    a = ask("Nghị quyết 23-NQ/TW ban hành ngày nào?")
    assert a.mode == "mentions" and not a.refused
    assert a.answer.startswith("Kho chưa có toàn văn Nghị quyết 23-NQ/TW; các văn bản trong kho nhắc đến nó như sau:")
    assert "12/3/2003" in a.citations[0].quote and cited_ids(a)[0] == "ct-tucantho-nq43:I.p1"


def test_cited_document_named_by_its_subject_without_its_common_words(ask):
    # "luật về dân chủ ở cơ sở" drops "thực hiện" of the subject; "đó là" must not read as "đô la" (money)
    a = ask("Chương trình của thành phố có viện dẫn luật về dân chủ ở cơ sở, đó là luật số mấy, ban hành hôm nào?")
    assert a.mode == "mentions" and not a.refused
    assert a.answer.startswith("Kho chưa có toàn văn Luật 10/2022/QH15")
    assert cited_ids(a)[0] == "ct-tucantho-nq43:III.4.g1"


@pytest.mark.parametrize("question, doc, first_unit", [
    ("Nghị quyết 23-NQ/TW năm 2003 đề ra mấy quan điểm chỉ đạo?", "Nghị quyết 23-NQ/TW", "ct-tucantho-nq43:I.p1"),
    ("Nghị quyết 45 nói gì về đội ngũ trí thức?", "Nghị quyết 45-NQ/TW", "ct-tucantho-nq43:III.2.g3"),
    ("Nghị quyết 24-NQ/TW ban hành ngày nào?", "Nghị quyết 24-NQ/TW", "ct-tucantho-nq43:III.2.g9"),  # no date stated
])
def test_beyond_the_mentions_is_refused_with_the_same_sentence(ask, question, doc, first_unit):
    a = ask(question)
    assert a.refused and a.refusal_reason == "mentioned_only"
    assert a.answer.startswith(f"Kho chưa có toàn văn {doc}; các văn bản trong kho nhắc đến nó như sau:")
    assert cited_ids(a)[0] == first_unit


def test_uncited_unheld_number_is_refused_as_unknown(ask):
    a = ask("Nghị quyết 44-NQ/TW của Trung ương nói về vấn đề gì?")
    assert a.refused and a.refusal_reason == "unknown_document"
    assert "Kho văn bản hiện không có Nghị quyết 44" in a.answer and "Kế hoạch 21-KH/TW" in a.answer


def test_cited_cli_lists_the_table(built_index, monkeypatch, capsys):
    monkeypatch.setenv("RAG_INDEX_DIR", str(built_index.index_dir))
    assert cited_main(["--format", "json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert "23-NQ/TW" in [r["number"] for r in rows] and all(not r["held"] for r in rows)
    assert cited_main([]) == 0
    assert "Luật 10/2022/QH15 | 10/11/2022 | Quốc hội | XV |" in capsys.readouterr().out


# ----------------------------------------------------------------------------- a document added by CLI


def test_a_new_plan_added_with_the_cli_gets_overview_outline_and_cited_documents(synthetic_plan, capsys):
    assistant = synthetic_plan
    root = outline_of(assistant.holder.get(), "kh-07-an-binh")
    assert [(p.label, len(p.numbered())) for p in root.numbered()] == [("I", 2), ("II", 3), ("III", 1)]

    a = assistant.ask("Kế hoạch 07 nói về gì?")
    assert a.mode == "overview"
    assert a.answer.split("\n")[0] == ("Kế hoạch 07-KH/ĐU: Kế hoạch số 07-KH/ĐU, ngày 15/3/2024, "
                                       "của Đảng ủy xã An Bình [1]")
    assert "Bố cục: gồm 3 phần:" in a.answer and "- II. Nhiệm vụ cụ thể [" in a.answer

    s = assistant.ask("Phần II của Kế hoạch 07 giao cho những ai?")
    assert "gồm 3 mục:" in s.answer and "3. Các chi bộ thôn" in s.answer

    # the forms of the probe, on a plan that is not one of ours: goal, last part, who is assigned, a heading's
    # last bullet
    g = assistant.ask("Kế hoạch phòng cháy rừng nhắm tới cái đích nào?")
    assert g.mode == "overview" and cited_ids(g)[:2] == ["kh-07-an-binh:I.1.p1", "kh-07-an-binh:I.2.p1"]
    e = assistant.ask("Phần cuối của Kế hoạch 07 nói gì?")
    assert e.mode == "structure" and cited_ids(e)[0] == "kh-07-an-binh:III.1.p1" and "Tổ chức thực hiện" in e.answer
    w = assistant.ask("Ai được giao việc ở phần nhiệm vụ cụ thể của Kế hoạch 07?")
    assert w.mode == "structure" and "gồm 3 mục:" in w.answer and "2. Đoàn Thanh niên xã" in w.answer
    d = assistant.ask("Việc sau cùng giao cho Ủy ban nhân dân xã trong Kế hoạch 07 là gì?")
    assert d.mode == "structure" and "Bố trí lực lượng trực canh lửa" in d.answer
    # forms recognised from the corpus, not from cue lists: the asker's own wording ("gửi gắm") is printed
    # nowhere; a dash bullet by its ordinal; the n-th part whose items are counted
    o = assistant.ask("Kế hoạch phòng cháy rừng gửi gắm điều gì?")
    assert o.mode == "overview" and "Bố cục: gồm 3 phần:" in o.answer
    b = assistant.ask("Gạch đầu dòng thứ hai trong mục Ủy ban nhân dân xã của Kế hoạch 07 là gì?")
    assert b.mode == "structure" and cited_ids(b)[0] == "kh-07-an-binh:II.1.g2"
    n = assistant.ask("Phần thứ hai của Kế hoạch 07 có mấy mục?")
    assert n.mode == "structure" and "gồm 3 mục" in n.answer
    t = assistant.ask("Kế hoạch 07 nói gì về đường băng cản lửa?")
    assert t.mode != "overview"

    m = assistant.ask("Chỉ thị 13-CT/TW ban hành ngày nào?")
    assert m.mode == "mentions" and cited_ids(m) == ["kh-07-an-binh:preamble.p1"]
    assert "12/01/2017" in m.citations[0].quote

    capsys.readouterr()
    assert cited_main(["--format", "json"]) == 0
    rows = {r["number"]: r for r in json.loads(capsys.readouterr().out)}
    assert rows["45-QĐ/HU"]["issuer"] == "Huyện ủy Hòa Vang" and rows["45-QĐ/HU"]["date"] == "2/2/2024"


def test_a_cited_document_s_signer_is_beyond_its_mentions(ask):
    a = ask("Kết luận 58-KL/TW mà chương trình Cần Thơ nhắc đến do đồng chí nào ký?")
    assert a.refused and a.refusal_reason == "mentioned_only" and a.citations
