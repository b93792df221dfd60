"""What one node of the outline says, asked in the ways cadres write it: "ghi gì", the Central "nói chi" / "ghi cái
chi" (rag/data/question_forms.toml, [structure] about_cues and [typed] about_dialect), and a node named whole by its
heading words asked for what some of its paragraphs say (rag.answerers.outline.structure: that paragraph cited first)."""
import pytest

from rag.answerers.forms import asks_about_typed
from conftest import cited_ids


@pytest.mark.parametrize("text", [
    "Điểm 2.3 của kế hoạch ghi cái chi?",
    "Mục 4 nói chi rứa, anh?",
    "ý 1.1 viết chi vậy",
    "Đoạn này là chi.",
])
def test_central_chi_closing_a_clause_asks_what_a_node_says(text):
    assert asks_about_typed(text)


@pytest.mark.parametrize("text", [
    "Nói chi tiết về mục 2 giúp tôi",            # "chi tiết": a word of its own
    "Cái chỉ thị năm 2016 là chỉ thị số mấy?",   # "chỉ", with its accent
    "Kế hoạch có ghi chi phí cho việc này không?",
    "Chi bộ ghi gì vào biên bản?",               # "chi bộ" opens the sentence; "ghi gì" is folded, not this form
    "nói chi nữa, làm đi",                        # "chi" followed by more words: not a clause end
])
def test_chi_inside_a_word_or_with_its_accent_asks_nothing(text):
    assert not asks_about_typed(text)


@pytest.mark.parametrize("question, first", [
    ("Mục 1.3 của kế hoạch của tỉnh ghi cái chi?", "kh-btvtu-nq43:III.1.3.p1"),
    ("Điểm 2.1 trong kế hoạch của Ban Thường vụ Tỉnh ủy viết gì vậy?", "kh-btvtu-nq43:III.2.1.p1"),
    ("Ý 1.2 phần III kế hoạch của tỉnh nói chi rứa?", "kh-btvtu-nq43:III.1.2.p1"),
])
def test_a_numbered_point_asked_what_it_writes_is_quoted(ask, question, first):
    a = ask(question)
    assert a.mode == "structure" and not a.refused
    assert cited_ids(a)[0] == first


def test_a_part_named_by_its_heading_cites_first_the_paragraph_on_what_is_asked_beyond_it(ask):
    a = ask("Phần tình hình của Nghị quyết 43 nêu nguyên nhân của những hạn chế ra sao?")
    assert a.mode == "structure"
    # the causes paragraph ("Nguyên nhân của những hạn chế …") first, the part's paragraphs still all listed
    assert cited_ids(a)[0] == "nq-43-2023:I.p3"
    assert {"nq-43-2023:I.p1.s1", "nq-43-2023:I.p2"} <= set(cited_ids(a))


def test_a_part_named_by_its_heading_alone_keeps_its_order(ask):
    a = ask("Phần tình hình của Nghị quyết 43 nói gì?")
    assert a.mode == "structure" and cited_ids(a)[0] == "nq-43-2023:I.p1.s1"


def test_what_a_text_writes_asks_its_overview(ask):
    a = ask("Bản tin kia viết những điểm chính nào vậy?")
    assert a.mode == "overview" and cited_ids(a)[0] == "tin-kh21:preamble.p1"


def test_what_a_text_writes_about_a_topic_is_no_overview(ask):
    # "viết những gì về …" names a topic, and "Việt" folds to the same "viet": retrieval answers it
    a = ask("Nghị quyết 43 viết những gì về người Việt Nam ở nước ngoài?")
    assert a.mode != "overview" and not a.refused


def test_two_asks_joined_quote_the_paragraphs_of_a_part_whole(ask):
    # "những hạn chế gì và nguyên nhân là gì": two asks, each "gì"; the causes paragraph is quoted to its end
    a = ask("Phần tình hình của Nghị quyết 43 nêu những hạn chế gì và nguyên nhân là gì?")
    assert a.mode == "structure" and cited_ids(a)[0] == "nq-43-2023:I.p3"
    assert "phá hoại khối đại đoàn kết toàn dân tộc" in a.answer
