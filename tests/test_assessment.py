"""A document's own assessment of the situation asked in everyday words (rag.answerers.document.assessment). Sentences
written for these tests, on the real corpus."""
from rag.answerers.document.assessment import asked_roles, paragraph_roles
from rag.answerers.document.purpose import situation_node
from rag.tables.outline import outline_of
import pytest

from conftest import cited_ids


def test_roles_asked_from_everyday_words():
    assert asked_roles("nó chê những điểm nào?") == ("weak", "cause")
    assert asked_roles("còn yếu ở khâu nào, vì sao vậy?") == ("weak", "cause")
    assert asked_roles("khen được những gì, chê những gì?") == ("good", "weak", "cause")
    # only the causes: the weak word is what "nguyên nhân" is of
    assert asked_roles("nguyên nhân chính của các hạn chế, khuyết điểm là gì?") == ("cause",)
    # why it is still weak, the weakness not asked about itself: the causes
    assert asked_roles("vì sao công tác vận động còn yếu kém?") == ("cause",)
    assert asked_roles("những hạn chế nào, do đâu?") == ("weak", "cause")
    # the question word after a cause phrase asks why, not what: the shortcomings are what the cause is of
    assert asked_roles("mấy tồn tại vừa nêu là do nguyên nhân gì?") == ("cause",)
    assert asked_roles("khuyết điểm ấy do đâu mà ra?") == ("cause",)
    # a cause phrase joined to the weak one asks both; a question word before the cause phrase asks what
    assert asked_roles("còn bất cập và nguyên nhân thế nào?") == ("weak", "cause")
    assert asked_roles("thiếu sót gì, nguyên nhân ra sao?") == ("weak", "cause")
    # typed without accents: only phrases no other word folds to
    assert asked_roles("con nhung yeu kem gi") == ("weak", "cause")
    # negatives: "chủ yếu", "yếu tố", "yêu cầu" (folded "yeu"), a limiting verb with its object, an achievement alone
    assert asked_roles("nội dung chủ yếu là gì?") == ()
    assert asked_roles("có những yếu tố nào quyết định?") == ()
    assert asked_roles("yeu cau nhung gi") == ()
    assert asked_roles("có yêu cầu hạn chế tình trạng lãng phí không?") == ()
    assert asked_roles("đạt được kết quả gì?") == ()
    # "yếu" of other words: a summary ("trích yếu", "tóm yếu"), the vulnerable ("yếu thế"); "khen" of "khen thưởng"
    assert asked_roles("cho tôi xin trích yếu văn bản này") == ()
    assert asked_roles("người già, trẻ em thuộc nhóm yếu thế được giúp đỡ ra sao?") == ()
    assert asked_roles("ai làm tốt có được khen thưởng không?") == ()
    assert asked_roles("tóm yếu lại mấy ý chính giùm tôi") == ()


def test_the_situation_part_is_read_by_how_its_paragraphs_open(index):
    for doc_id in ("nq-43-2023", "ct-tucantho-nq43"):
        roles = paragraph_roles(type("C", (), {"index": index})(), situation_node(outline_of(index, doc_id)))
        text = lambda uid: index.units[uid].text
        assert roles["good"] and roles["weak"] and roles["cause"]
        assert text(roles["weak"][0]).startswith("Tuy nhiên") and text(roles["cause"][0]).startswith("Nguyên nhân")
        # the outlook after the causes is none of them
        assert not any(text(u).startswith("Trước yêu cầu") for r in roles.values() for u in r)
    # a plan without an account of the situation has none
    assert situation_node(outline_of(index, "kh-21-2023")) is None


def test_shortcomings_and_causes_answered_from_the_situation_part(ask):
    a = ask("Cho hỏi nghị quyết 43 thấy còn yếu chỗ nào, vì đâu mà ra nông nỗi?")
    assert a.mode == "assessment" and not a.refused
    assert cited_ids(a) == ["nq-43-2023:I.p2", "nq-43-2023:I.p3"]
    a = ask("Chương trình Cần Thơ chê thành phố những gì?")
    assert a.mode == "assessment" and cited_ids(a)[0] == "ct-tucantho-nq43:I.p4"
    a = ask("Nghị quyết 43 khen được gì và chê cái gì?")
    assert cited_ids(a)[:3] == ["nq-43-2023:I.p1.s1", "nq-43-2023:I.p1.s2", "nq-43-2023:I.p2"]
    # causes alone: retrieval's, which quotes the causes first
    a = ask("Theo Nghị quyết 43, nguyên nhân của những hạn chế đó là do đâu?")
    assert a.mode != "assessment" and cited_ids(a)[0] == "nq-43-2023:I.p3"


def test_other_questions_are_not_the_assessment(ask):
    # a field of shortcomings the document treats beyond its situation part: retrieval's
    assert ask("Nghị quyết 43 yêu cầu khắc phục những yếu kém nào trong công tác báo chí?").mode != "assessment"
    # "chủ yếu", "yếu tố": no shortcoming asked
    assert ask("Nội dung chủ yếu của chương trình Cần Thơ là gì?").mode != "assessment"
    assert ask("Nghị quyết 43 có những yếu tố nào bảo đảm đại đoàn kết?").mode != "assessment"
    # the part asked by name: the structure answer, whole, as before
    assert ask("Phần tình hình của Nghị quyết 43 nêu những hạn chế gì?").mode != "assessment"
    # what it aims at asked too: not the assessment alone
    assert ask("Nghị quyết 43 muốn khắc phục những hạn chế gì và hướng tới mục tiêu gì?").mode != "assessment"
    # a summary or the vulnerable asked, not the shortcomings
    assert ask("Trích yếu của Chương trình Cần Thơ ghi thế nào?").mode != "assessment"
    assert ask("Nghị quyết 43 lo cho người yếu thế như thế nào?").mode != "assessment"
    # a group or field named without "về": retrieval's, which finds the passage on it
    a = ask("Hội Liên hiệp phụ nữ có bị nghị quyết 43 chê chỗ nào không?")
    assert a.mode != "assessment"
    a = ask("Nghị quyết 43 thấy thanh niên còn yếu ở chỗ nào?")
    assert a.mode != "assessment"
    # rewards asked with work not done well: no praise or criticism of the document asked
    assert ask("Cần Thơ khen thưởng ai, còn đơn vị làm chưa tốt thì xử lý sao?").mode != "assessment"
    # a plan has no assessment part
    assert ask("Kế hoạch 21 chê những chỗ nào?").mode != "assessment"


def test_the_assessment_asked_after_a_sentence_of_context_and_with_verbs_of_assessing(ask):
    # a sentence that asks nothing is the asker's context ("Trong buổi sinh hoạt …"): its words name no topic; the
    # verbs of assessing and looking back ("đánh giá được gì", "nhìn lại") are the asking itself
    for q in ("Trong buổi sinh hoạt chi bộ, anh bí thư có nhắc Nghị quyết 43 nhìn lại hai mươi năm trước đó. Vậy nghị "
              "quyết đánh giá được gì và còn thiếu sót gì?",
              "Chương trình Cần Thơ đánh giá được gì, còn hạn chế gì?",
              "Nghi quyet 43 nhin lai thi thay con yeu kem o dau?"):
        a = ask(q)
        assert a.mode == "assessment" and not a.refused, q
    # a field asked in the asking sentence itself is still retrieval's
    a = ask("Nghị quyết 43 chỉ ra hạn chế gì về công tác tuyên truyền?")
    assert a.mode != "assessment"


@pytest.mark.parametrize("question, first", [
    # session 29: "tổng kết / sơ kết" with the period looked back on asks the assessment itself, no topic
    ("Nghị quyết 43 tổng kết hai mươi năm thực hiện Nghị quyết 23 thế nào, làm được gì, còn hạn chế gì?",
     "nq-43-2023:I.p1"),
    ("nghi quyet 43 tong ket 20 nam thuc hien nghi quyet 23, mat duoc va mat han che ra sao", "nq-43-2023:I.p1"),
    ("Chương trình Cần Thơ sơ kết việc thực hiện nghị quyết cũ ra sao, còn tồn tại gì?", "ct-tucantho-nq43:I.p4"),
])
def test_the_assessment_asked_with_tong_ket(ask, question, first):
    a = ask(question)
    assert a.mode == "assessment" and cited_ids(a)[0].startswith(first)


@pytest.mark.parametrize("question", [
    # not: "tổng kết" as work assigned or required, not the document's own look back
    "Kế hoạch 21 giao ai tổng kết việc thực hiện nghị quyết, hạn chế gì?",
    "Nghị quyết 43 yêu cầu sơ kết, tổng kết thế nào?",
    "Nghị quyết 43 tổng kết về công tác tuyên truyền còn hạn chế gì?",
])
def test_tong_ket_as_work_is_not_the_assessment(ask, question):
    assert ask(question).mode != "assessment"
