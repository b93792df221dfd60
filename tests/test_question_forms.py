"""The ways of asking for an overview, a count, a list or the n-th item (rag/data/question_forms.toml),
asked literally of the real corpus: which answerer answers, what it counts, and what it cites first."""
import pytest

from rag.answerers.forms import forms
from rag.text import fold, nfc


def test_every_phrase_is_folded_lower_case():
    for title, section in forms().items():
        for name, phrases in section.items():
            for p in (phrases if isinstance(phrases, list) else list(phrases)):
                # [typed] and [assessment]'s asking lists: as typed, with accents (NFC, lower case)
                typed = title == "typed" or (title == "assessment" and not name.endswith("_folded")
                                             and not name.startswith("text_"))
                written = nfc(p).lower() if typed else fold(p).lower()
                assert p == written and p == p.strip(), (name, p)
    assert all(fold(p) != p for p in forms()["typed"]["node_nouns"])       # each written with its accents


@pytest.mark.parametrize("question, first", [
    ("Tóm lược giúp tôi kế hoạch 21-KH/TW", "kh-21-2023:preamble.p1"),  # its header prints no number or issuer
    ("Trình bày ngắn gọn Nghị quyết 43", "nq-43-2023:header"),
    ("Giới thiệu sơ lược về nghị quyết 43", "nq-43-2023:header"),
    ("Cho tôi biết Kế hoạch 21 đề cập những gì", "kh-21-2023:preamble.p1"),
    ("Nghị quyết 43 ra đời để làm gì?", "nq-43-2023:II.2.p1"),         # a purpose: the goal paragraph
])
def test_overview_forms(ask, question, first):
    a = ask(question)
    assert a.mode == "overview" and not a.refused
    assert a.citations[0].unit_id == first


def test_overview_outline_cites_the_part_headings(ask):
    a = ask("Tóm tắt nội dung chính của Nghị quyết 43")
    ids = [c.unit_id for c in a.citations]
    # a part heading that is a label ("III. Nhiệm vụ, giải pháp chủ yếu") comes with the opening of its text,
    # that text cited just before the heading line
    assert "- III. Nhiệm vụ, giải pháp chủ yếu [8]: “Tiếp tục nghiên cứu, học tập, quán triệt" in a.answer
    assert ids[-8:] == ["nq-43-2023:I.p1.s1", "nq-43-2023:I", "nq-43-2023:II.1.g1", "nq-43-2023:II",
                        "nq-43-2023:III.1.p1", "nq-43-2023:III", "nq-43-2023:IV.1.p1", "nq-43-2023:IV"]


def test_a_date_question_is_not_an_overview(ask):
    assert ask("Nghị quyết 43 ra đời khi nào?").mode != "overview"


@pytest.mark.parametrize("question, lead, first", [
    # the counted noun found in a heading ("nhóm" is only a qualifier)
    ("Chương trình Cần Thơ gồm mấy nhóm nhiệm vụ?", "III. Nhiệm vụ và giải pháp, gồm 7 nhóm nhiệm vụ (nhóm nhiệm vụ cuối là nhóm nhiệm vụ 7 [1])",
     "ct-tucantho-nq43:III.7"),
    ("Nghị quyết 43 có mấy giải pháp?", "III. Nhiệm vụ, giải pháp chủ yếu, gồm 7 giải pháp", "nq-43-2023:III.7"),
    # bodies: the part whose numbered headings name the assignees of the task table
    # (the last, "8. Các tỉnh ủy, thành ủy, đảng uỷ trực thuộc Trung ương", is a label: its text first)
    ("Kế hoạch 21 giao nhiệm vụ cho bao nhiêu cơ quan?", "IV. Nhiệm vụ cụ thể, gồm 8 mục", "kh-21-2023:IV.8.g1"),
    ("Kế hoạch của tỉnh giao việc cho mấy cơ quan?", "III. Nhiệm vụ cụ thể, gồm 4 mục", "kh-btvtu-nq43:III.4"),
    # ordinals: "sau cùng", an ordinal of parts, and the heading words after the ordinal
    ("Nhiệm vụ sau cùng trong chương trình Cần Thơ là gì?", "nhiệm vụ thứ 7 (trong 7 nhiệm vụ)", "ct-tucantho-nq43:III.7"),
    ("Phần thứ ba của nghị quyết 43 nói về gì?", "phần thứ 3 (trong 4 phần)", "nq-43-2023:III"),
    # a number inside the part the question names by its heading words, the part's count asked before it
    ("Phần tổ chức thực hiện chương trình của Cần Thơ có mấy điểm? Điểm 4 giao cho ai?", "mục thứ 4 (trong 7 mục)",
     "ct-tucantho-nq43:IV.4.p1"),
    # lists
    ("Kể tên các nhiệm vụ, giải pháp của chương trình Cần Thơ", "III. Nhiệm vụ và giải pháp, gồm 7 nhiệm vụ:",
     "ct-tucantho-nq43:III.1"),
    ("Bố cục của nghị quyết 43 ra sao?", "Nghị quyết 43-NQ/TW gồm 4 phần:", "nq-43-2023:I.p1.s1"),  # "I. Tình hình": a label
])
def test_structure_forms(ask, question, lead, first):
    a = ask(question)
    assert a.mode == "structure" and not a.refused
    assert lead in a.answer.split("\n")[0]
    assert a.citations[0].unit_id == first and a.retrieved[0].unit.unit_id == first


def test_a_cited_document_is_quoted_with_the_clause_that_cites_it(ask):
    a = ask("Quy định 124 của Ban Bí thư được kế hoạch của tỉnh nhắc đến về việc gì?")
    assert a.mode == "mentions" and not a.refused
    assert a.citations[0].unit_id == "kh-btvtu-nq43:III.4.6.p1"
    assert a.citations[0].quote.startswith("việc tu dưỡng, rèn luyện đạo đức, lối sống của người đứng đầu")
    assert a.citations[0].quote.endswith("Quy định số 124-QĐ/TW, ngày 02/02/2018 của Ban Bí thư Trung ương")
