"""Structure questions that count a node's children and pick one of them in the same breath, or name the node in
ways the forms missed (rag/answerers/outline/structure.py, node_asks.py, assigned.py, asides.py, render.py,
rag/question/issued.py): a child picked by what it says after the count ("có mấy nhiệm vụ, nhiệm vụ nào nói đến
…") leads the citations; a part named, then asked what it gives a body with no "cho" ("giao Mặt trận … những việc
gì"); the noun counted heading a child ("phần quan điểm, mục tiêu có mấy quan điểm") counts that child's
children; a node the asker says they already know ("Phần đầu thì em nắm rồi, còn phần thứ hai …") is not the one asked;
the paragraph of a part that answers is shown even when it lies past the first ones; "kế hoạch thực hiện của Trung ương" names the plan its issuer's level issued. Real corpus;
sentences written for these tests."""
import pytest

from ingest.catalog import load_corpus
from rag.answerers.outline.assigned import assigned_phrases
from rag.answerers.outline.node_asks import picked_after
from rag.answerers.outline.address import count_asked
from rag.answerers.outline.asides import guessed_spans, known_spans
from rag.index import Doc
from rag.question.route import understand
from rag.text import fold

from conftest import CORPUS, cited_ids


def _f(q: str) -> str:
    return fold(q).lower()


@pytest.mark.parametrize("question, picks", [
    ("Kế hoạch có bao nhiêu nhiệm vụ trọng tâm, nhiệm vụ nào nhắc đến doanh nghiệp?", True),
    ("Phần III chia mấy nhóm? Nhóm nào là nhóm bàn về tôn giáo?", True),
    ("Phần IV giao cho mấy khối, là những khối nào?", False),     # the list of all, none picked
    ("Phần IV có mấy mục?", False),
])
def test_a_child_picked_after_the_count_is_read(question, picks):
    f = _f(question)
    assert (picked_after(f, count_asked(f)) is not None) == picks


def test_the_child_picked_by_what_it_says_leads_the_count(ask):
    a = ask("Kế hoạch của tỉnh có bao nhiêu nhiệm vụ trọng tâm, nhiệm vụ nào nhắc đến doanh nghiệp?")
    assert a.mode == "structure" and "gồm 6 nhiệm vụ" in a.answer
    assert cited_ids(a)[0] == "kh-btvtu-nq43:II.3.p1"


def test_a_titled_child_picked_is_cited_by_its_heading(ask):
    a = ask("Phần nhiệm vụ, giải pháp chủ yếu của Nghị quyết 43 chia thành mấy nhóm? Nhóm nào nói về đổi mới cách "
            "làm của Mặt trận, các đoàn thể và công tác vận động quần chúng?")
    assert a.mode == "structure" and "gồm 7 nhóm" in a.answer
    assert cited_ids(a)[0] == "nq-43-2023:III.6"


def test_a_sentence_picked_after_a_list_is_quoted_first(ask):
    a = ask("Trong NQ 43, mục bàn về vai trò của Nhà nước gồm những tiểu mục nào? Chỗ đó có câu nào nhắc tới người "
            "Việt Nam ở nước ngoài không?")
    assert a.mode == "structure" and "gồm 2 tiểu mục" in a.answer
    assert cited_ids(a)[0] == "nq-43-2023:III.4.2.p2" and "ở trong và ngoài nước" in a.answer


def test_what_a_child_is_picked_by_asks_for_no_part_of_the_node(ask):
    # "đối ngoại nhân dân" is printed in part III: it picks a group, the groups are still counted
    a = ask("Nghị quyết 43 phần nhiệm vụ giải pháp có bao nhiêu nhóm, nhóm nào nói về đối ngoại nhân dân?")
    assert a.mode == "structure" and "gồm 7 nhóm" in a.answer
    assert cited_ids(a)[0].startswith("nq-43-2023:III.")


@pytest.mark.parametrize("question", [
    "Nghị quyết 43 phần quan điểm mục tiêu có mấy quan điểm?",     # the part named by its heading words
    "Phần II của Nghị quyết 43 có mấy quan điểm?",                  # the part named by its number
])
def test_the_noun_counted_heads_the_child_that_holds_the_ones_counted(ask, question):
    a = ask(question)
    assert a.mode == "structure" and "› 1. Quan điểm, gồm 4" in a.answer.split("\n")[0]
    assert cited_ids(a)[0] == "nq-43-2023:II.1.g4"


def test_a_counted_node_named_by_heading_with_no_numbered_children_is_quoted(ask):
    a = ask("Phần mục tiêu của nghị quyết 43 gồm mấy ý?")
    assert a.mode == "structure" and "gồm 4 phần" not in a.answer
    assert cited_ids(a)[0] == "nq-43-2023:II.2.p1"


@pytest.mark.parametrize("question, words", [
    ("phần tổ chức thực hiện giao mặt trận với các đoàn thể những việc gì", ["mat", "tran", "cac", "doan", "the"]),
    ("mục IV giao Ban Tuyên giáo làm gì", ["ban", "tuyen", "giao"]),
])
def test_the_body_between_giao_and_what_it_is_given_is_read(question, words):
    got = assigned_phrases(_f(question))
    assert got and got[0] == words


@pytest.mark.parametrize("question", [
    "Phần IV giao nhiệm vụ cụ thể cho những cơ quan nào?",
    "Phần IV giao những việc gì?",
])
def test_what_is_given_is_no_body(question):
    assert assigned_phrases(_f(question)) == []


def test_a_named_part_asked_what_it_gives_a_body_answers_with_that_bodys_point(ask):
    a = ask("Phần tổ chức thực hiện của chương trình Cần Thơ giao Ban Tuyên giáo những việc gì?")
    assert a.mode == "structure" and cited_ids(a)[0] == "ct-tucantho-nq43:IV.6.p1"


def test_a_clause_the_asker_says_they_know_is_read():
    q = "Kế hoạch có mấy phần? Phần đầu thì em nắm rồi, còn phần thứ hai nói gì?"
    (a, b), = known_spans(_f(q), q)
    assert q[a:b].strip() == "Phần đầu thì em nắm rồi"
    assert known_spans(_f("Phần đầu em nắm rồi. Phần thứ hai nói gì?"), "") == []     # no "còn": nothing set aside
    q = "Kế hoạch tới biết bao giờ, còn phần hai nói gì?"
    assert known_spans(_f(q), q) == []           # typed with accents, "tới" is no asker
    for q in ("Cho em biết phần I kế hoạch 21 nói gì, còn phần II thì sao?",      # a request to be told: both asked
              "Anh chị cho em biết phần III nghị quyết 43 có mấy nhóm, còn phần IV có mấy mục?",
              "Phần I nói gì để tôi biết, còn phần II?"):
        assert known_spans(_f(q), q) == [], q


def test_the_children_the_asker_guesses_are_read():
    q = "Phần nhiệm vụ cụ thể giao cho những ai: cấp ủy, Ủy ban, Mặt trận phải không?"
    (a, b), = guessed_spans(_f(q))
    assert q[a:b].strip() == "cấp ủy, Ủy ban, Mặt trận"
    assert guessed_spans(_f("Lưu ý: phần IV giao cho Ban Dân vận, phải không?")) == []   # no list asked before ":"


def test_the_list_asked_is_of_the_node_named_before_the_guess(ask):
    a = ask("Kế hoạch của tỉnh, phần nhiệm vụ cụ thể giao cho những ai: Hội đồng nhân dân, Ủy ban, Mặt trận phải "
            "không?")
    assert a.mode == "structure" and "III. Nhiệm vụ cụ thể, gồm 4 mục" in a.answer


def test_the_node_asked_after_the_one_the_asker_knows(ask):
    a = ask("Kế hoạch 21 có mấy phần? Phần đầu thì em nắm rồi, còn phần thứ hai nói gì?")
    assert a.mode == "structure" and "phần thứ 2 (trong 5 phần)" in a.answer
    assert cited_ids(a)[0] == "kh-21-2023:II"


def test_the_paragraph_that_answers_is_shown_past_the_first_ones(ask):
    a = ask("Trong chương trình Cần Thơ, phần đánh giá thực trạng nêu những hạn chế nào, nguyên nhân chủ yếu là gì?")
    assert a.mode == "structure" and cited_ids(a)[0] == "ct-tucantho-nq43:I.p5"
    assert "Nguyên nhân chủ yếu" in a.answer


@pytest.fixture(scope="module")
def docs():
    entries = [d.entry for d in load_corpus(CORPUS).docs]
    entries.append({"id": "kh-huyen", "file": "x.txt", "kind": "Kế hoạch", "number": "", "title": "Kế hoạch thử",
                    "issuer": "Ban Thường vụ Huyện ủy Mường Tè", "aliases": [], "signer": "", "copy_signer": ""})
    return {e["id"]: Doc(e["id"], e, e["id"], "", []) for e in entries}


@pytest.mark.parametrize("question, doc", [
    ("Kế hoạch thực hiện của Trung ương giao cho mấy đầu mối?", "kh-21-2023"),
    ("Kế hoạch triển khai của Ban Thường vụ Tỉnh ủy có mấy phần?", "kh-btvtu-nq43"),
    ("Kế hoạch thực hiện của Ban Thường vụ Huyện ủy Mường Tè có mấy phần?", "kh-huyen"),
])
def test_a_kind_and_what_it_does_before_its_issuer_name_the_document(docs, question, doc):
    assert understand(question, docs).routed == [doc]
