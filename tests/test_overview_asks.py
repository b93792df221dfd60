"""Overview asks in forms the overview's word lists missed, and look-alikes that are not overviews
(rag.answerers.document.overview, rag.answerers.document.qualifiers, rag/data/question_forms.toml). Sentences written for these
tests, on the real corpus."""
import pytest

from conftest import cited_ids


@pytest.mark.parametrize("question", [
    # a lead relaying who asks, closed by a colon
    "Anh em hợp tác xã hỏi: Kế hoạch 21 của Bộ Chính trị ra đời để làm gì?",
    # a time adverbial before the asker's own sentence
    "Tối mai em sinh hoạt chi đoàn. Kế hoạch 21 nhằm mục đích gì ạ?",
    # English words for a summary, typed among Vietnamese
    "Cho em xin summary của Kế hoạch 21 với, main points là gì?",
    "Chị tóm giúp em Kế hoạch 21 nha",
])
def test_overview_asks_are_overviews(ask, question):
    a = ask(question)
    assert a.mode == "overview" and not a.refused


def test_what_a_country_is_to_become_asks_the_goal(ask):
    a = ask("Theo Nghị quyết 43, rốt cuộc tới năm 2045 nước ta phải thành ra sao?")
    assert a.mode == "overview"
    assert "Mục tiêu" in a.citations[0].path


def test_a_section_named_by_its_heading_noun_comes_first(ask):
    a = ask("Nhờ anh khái quát giúp các quan điểm của Nghị quyết 43.")
    assert a.mode == "overview"
    assert "1. Quan điểm" in a.citations[0].path


def test_what_a_document_is_about_leads_with_what_it_is(ask):
    a = ask("Nghị quyết 43 nói về chuyện gì?")
    assert a.mode == "overview" and cited_ids(a)[0] == "nq-43-2023:header"


@pytest.mark.parametrize("question", [
    # a relayed question about a body's work, or a topic: not an overview
    "Bà con nông dân hỏi: Nghị quyết 43 giao Hội Nông dân việc gì?",
    "Anh em bên đoàn hỏi: Kế hoạch 21 nói gì về báo chí?",
    # what one group is to become is a topic inside the document
    "Thanh niên theo Nghị quyết 43 phải thành ra sao?",
    # the asker's time-led sentence beside a question about a topic
    "Tuần sau em báo cáo về kiều bào. Nghị quyết 43 nói gì về người Việt Nam ở nước ngoài?",
    # an English word beside a question about a body's tasks
    "Brief giúp em Kế hoạch 21 giao Ban Tuyên giáo Trung ương những việc gì?",
])
def test_look_alikes_are_not_overviews(ask, question):
    assert ask(question).mode != "overview"


@pytest.mark.parametrize("question", [
    "Nói ngắn gọn, chương trình của Thành ủy Cần Thơ muốn biến thành phố thành một nơi như thế nào?",
    "Chương trình của Cần Thơ mong thành phố trở nên thế nào?",
    "Thành ủy Cần Thơ làm chương trình này để thành phố thành ra thế nào?",
])
def test_what_a_place_is_to_become_leads_with_the_goal(ask, question):
    a = ask(question)
    assert a.mode == "overview" and "Mục tiêu" in a.citations[0].path


@pytest.mark.parametrize("question", [
    "Theo Nghị quyết 43, khối đại đoàn kết hình thành như thế nào?",
    "Chương trình Cần Thơ muốn xây dựng khu dân cư thành một nơi như thế nào?",
    "Kế hoạch 21 giao Ban Tuyên giáo biến nghị quyết thành ra thế nào trong các cơ quan báo chí?",
])
def test_a_topic_to_become_something_is_no_overview(ask, question):
    assert ask(question).mode != "overview"


@pytest.mark.parametrize("question", [
    # "cho <person> hỏi" opens the asking: "hỏi" is no topic (folded, it is the "hội" of "các hội quần chúng")
    "Cho tui hỏi nghị quyết 43 nói gì?",
    "Cho tôi hỏi cái nghị quyết 43 nói gì?",
    "Cho cháu hỏi kế hoạch 21 nói về cái gì ạ?",
    # the Central "chi" for "gì", closed or not by a particle
    "nghị quyết 43 nói chi?",
    "Cho tui hỏi cái nghị quyết đoàn kết toàn dân nói chi rứa?",
])
def test_asking_openings_and_central_words_ask_the_overview(ask, question):
    a = ask(question)
    assert a.mode == "overview" and not a.refused


@pytest.mark.parametrize("question", [
    "Nghị quyết 43 nói chi tiết về trí thức thế nào?",        # "chi tiết": in detail, a topic asked
    "Cho tôi hỏi nghị quyết 43 giao cho hội nông dân việc gì?",  # "hội" named: a topic
])
def test_not_a_whole_overview(ask, question):
    assert ask(question).mode not in ("overview", "overview-backstop")


@pytest.mark.parametrize("question, first", [
    # the pronoun "nó", the classifier "bài" left beside a name, the "chút" of a polite ask name no topic (session 27)
    ("Cho em hỏi chút, cái bài báo tóm tắt kế hoạch 21 đó nói gì vậy?", "tin-kh21:preamble.p1"),
    ("Cái bài báo đó nó viết về chuyện gì vậy anh?", "tin-kh21:preamble.p1"),
    ("Dạ cho hỏi chút, cái bài tin tóm tắt kế hoạch 21 nó nói kế hoạch ra nhằm mục đích gì?", "tin-kh21:preamble.p2"),
    ("Nghị quyết 43 nó đặt ra mục tiêu gì vậy?", "nq-43-2023:II.2.p1"),
])
def test_pronoun_and_classifier_name_no_topic(ask, question, first):
    a = ask(question)
    assert a.mode == "overview" and cited_ids(a)[0] == first


@pytest.mark.parametrize("question", [
    # a topic named beside them is still retrieval's
    "Cho em hỏi chút, Nghị quyết 43 nó nói gì về kiều bào?",
    "Kế hoạch 21 nó giao Ban Dân vận chút việc gì?",
    "Cái bài tin tóm tắt đó nó nói gì về tự quản trong Nhân dân?",
    # neutral only as typed: their folds typed as other words are topics (review ov27 F3)
    "Kế hoạch 21 nói gì về nợ?",
    "Nghị quyết 43 nói gì về bãi bỏ?",
    "Chương trình Cần Thơ nói gì về nổ?",
])
def test_pronoun_and_classifier_beside_a_topic(ask, question):
    assert ask(question).mode != "overview"


@pytest.mark.parametrize("question, first", [
    # a purpose asked beside a summary ("tóm lại …", "nói gọn …"): the opening paragraph stating it first (session 28)
    ("Tóm lại cái bản tin về kế hoạch 21 viết ra nhằm gì vậy?", "tin-kh21:preamble.p2"),
    ("Nói gọn giúp em bản tin tóm tắt kế hoạch 21 nói chung là để làm gì?", "tin-kh21:preamble.p2"),
    ("Tóm tắt giúp em bản tin về kế hoạch 21, nó đưa tin để làm gì?", "tin-kh21:preamble.p2"),
    # a summary or a subject asked without a purpose: the opening paragraphs in order
    ("Tóm tắt giúp em bản tin về kế hoạch 21.", "tin-kh21:preamble.p1"),
    ("Bản tin tóm tắt kế hoạch 21 đưa tin về việc gì?", "tin-kh21:preamble.p1"),
    ("Bản tin tóm tắt kế hoạch 21 nói gì?", "tin-kh21:preamble.p1"),
])
def test_a_purpose_beside_a_summary_leads_with_the_paragraph_stating_it(ask, question, first):
    a = ask(question)
    assert a.mode == "overview" and cited_ids(a)[0] == first
