"""Which document a question asks about when it names a held document beside one the corpus only cites
(rag.question.target, rag.answerers.printed.mentions): a cited document named as context (a sentence of the asker's that
asks nothing, or the object of carrying out) leaves the held document as the target; an anaphor of its kind takes
the cited one up; a question truly about the cited document still answers from its mentions. Sentences written
for these tests, on the real corpus."""
import pytest

from rag.question.route import understand
from rag.question.target import asides, context_only
from conftest import cited_numbers


def test_a_subject_is_read_in_the_sentence_of_its_kind_word(index):
    # the subject's words after the kind word name the cited resolution on ethnic affairs
    assert cited_numbers(index, "Nghị quyết về công tác dân tộc ban hành năm nào?") == ["24-NQ/TW"]
    # the same words in the asker's own sentence before it ("làm công tác dân tộc") name nothing
    assert cited_numbers(index, "Tôi làm công tác dân tộc ở huyện. Cái nghị quyết về đoàn kết nhìn lại tình hình mới "
                        "thế nào?") == []
    # the subject said first, before the kind word, in the same sentence (topic-first speech)
    assert cited_numbers(index, "Công tác dân tộc trong tình hình mới thì nghị quyết đó do ai ban hành?") == ["24-NQ/TW"]
    assert cited_numbers(index, "Về công tác dân tộc trong tình hình mới, có nghị quyết nào không?") == ["24-NQ/TW"]
    # negative: the held document named with the subject is asked about, no cited one is named
    assert cited_numbers(index, "Nghị quyết 43 nói gì về công tác dân tộc trong tình hình mới?") == []


def test_a_sentence_that_asks_nothing_is_an_aside(index):
    u = understand("Tỉnh tôi làm theo Nghị quyết 23 đã lâu. Nghị quyết 43 đánh giá còn những hạn chế nào?", index.docs)
    assert [u.text[a:b] for a, b in asides(u)] == ["Tỉnh tôi làm theo Nghị quyết 23 đã lâu."]
    # no held document asked about by its title: nothing is set aside
    u = understand("Tôi còn nhớ Nghị quyết 23 hồi năm 2003. Nó ban hành ngày nào?", index.docs)
    assert asides(u) == []
    # a sentence that asks is never an aside, whatever it names
    u = understand("Nghị quyết 23 ban hành khi nào? Nghị quyết 43 có nhắc nó không?", index.docs)
    assert asides(u) == [] and not context_only(u.folded, [u.folded.index("nghi quyet 23")])


def test_carrying_out_names_the_object_not_the_target(index):
    assert understand("Kế hoạch của tỉnh làm theo Nghị quyết 43 do ai ký?", index.docs).routed == ["kh-btvtu-nq43"]
    # the only document named, though carried out, is still the one meant
    assert understand("Những việc phải làm theo Kế hoạch 21 là gì?", index.docs).routed == ["kh-21-2023"]


def test_a_plan_s_number_it_does_not_print_is_refused_as_its_own(ask):
    a = ask("Kế hoạch của Ban Thường vụ Tỉnh ủy làm theo Nghị quyết 43 có số hiệu là gì?")
    assert a.refused and a.refusal_reason == "fact_absent" and "Kế hoạch của Ban Thường vụ Tỉnh ủy" in a.answer


def test_held_document_asked_beside_a_cited_one_in_context(ask):
    a = ask("Tỉnh tôi làm theo Nghị quyết 23 đã lâu. Nghị quyết 43 đánh giá còn những hạn chế nào?")
    assert a.mode != "mentions" and not a.refused
    assert a.citations and all(c.doc_id == "nq-43-2023" for c in a.citations)
    a = ask("Sau mười năm thực hiện Chỉ thị 05, kế hoạch của tỉnh yêu cầu gì về học tập và làm theo Bác?")
    assert a.mode != "mentions" and not a.refused and a.citations[0].doc_id == "kh-btvtu-nq43"


def test_an_anaphor_of_its_kind_takes_the_cited_document_up(ask):
    a = ask("Kế hoạch của tỉnh có nhắc Chỉ thị 05-CT/TW; chỉ thị đó có bao nhiêu điều?")
    assert a.mode == "mentions" and a.refused and a.refusal_reason == "mentioned_only"
    a = ask("Chương trình Cần Thơ dẫn Nghị quyết 23, nghị quyết ấy ban hành ngày nào?")
    assert a.mode == "mentions" and not a.refused and "12/3/2003" in a.answer
    # an anaphor of the held document's kind takes the held one up: its parts are answered, not the mentions
    a = ask("Kế hoạch của tỉnh có nhắc Nghị quyết 02-NQ/TU không, và kế hoạch này có mấy phần?")
    assert a.mode != "mentions"


@pytest.mark.parametrize("question", [
    # the cited document recalled in a sentence of its own, the question asking whether the held one mentions it
    "Tôi còn nhớ Nghị quyết 23 hồi năm 2003. Nghị quyết 43 có nhắc lại nó không?",
    # where a held document mentions it
    "Nghị quyết 23 được nhắc ở đâu trong Nghị quyết 43?",
    # a count the citing clause prints ("Qua 20 năm thực hiện Nghị quyết số 23-NQ/TW")
    "Nghị quyết 43 nhắc Nghị quyết 23 sau bao nhiêu năm thực hiện?",
])
def test_a_question_about_the_mentions_is_answered_from_them(ask, question):
    a = ask(question)
    assert a.mode == "mentions" and not a.refused


def test_a_count_no_citing_clause_prints_is_beyond_the_mentions(ask):
    a = ask("Nghị quyết 23 khóa IX có bao nhiêu điểm?")
    assert a.mode == "mentions" and a.refused and a.refusal_reason == "mentioned_only"


def test_who_signed_a_cited_document_is_beyond_its_mentions(ask):
    # "do ai ký" asks the signer, which no citing clause states ("do ai ban hành" asks the issuer, which one does)
    a = ask("Nghị quyết 23 được Nghị quyết 43 nhắc tới do ai ký?")
    assert a.mode == "mentions" and a.refused and a.refusal_reason == "mentioned_only"
    a = ask("Nghị quyết 23 do ai ban hành?")
    assert a.mode == "mentions" and not a.refused
    # the held document named first is the one whose signer is asked
    a = ask("Chương trình Cần Thơ do ai ký, có nhắc Nghị quyết 23 không?")
    assert a.mode != "mentions" and not a.refused and "Nguyễn Văn Hiếu" in a.answer


def test_a_cited_document_recalled_in_its_own_sentence_is_not_the_subject(ask):
    # recalled, with no verb of carrying it out, in a sentence that asks nothing: the held document is asked about
    a = ask("Hồi năm 2010 tỉnh có Chỉ thị 05. Kế hoạch của tỉnh giao Mặt trận những việc gì?")
    assert not a.refused and a.mode != "mentions" and a.citations[0].doc_id == "kh-btvtu-nq43"
    a = ask("Tôi có nghe về Kết luận 99. Nghị quyết 43 do ai ký?")
    assert not a.refused and a.refusal_reason != "unknown_document"
    # negatives: a document the corpus does not hold, asked about in the asking sentence, is still refused
    a = ask("Tôi có nghe về Kết luận 99. Kết luận đó do ai ký?")
    assert a.refused and a.refusal_reason == "unknown_document"
    # the held document asks whether it names one the corpus lacks: no sentence is an aside, nothing is answered
    a = ask("Nghị quyết 43 có nói tới Kết luận 99 không?")
    assert a.refused
