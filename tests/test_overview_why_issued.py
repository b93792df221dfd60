"""Why a document was issued, asked by what brought it ("vì sao mà có Nghị quyết 43"), after "ra đời" ("ra đời vì
sao", "ra đời là do đâu") and in the Central "răng" (= "sao", read as it, never dropped: rag.question.regional,
rag.answerers.document.overview_asked.asked_text), answered by the document's account of its situation (review ov30
R6). Sentences written for these tests, on the bundled corpus."""
import pytest

from conftest import cited_ids
from rag.answerers.forms import reason_asked
from rag.question.regional import standard_in_place
from rag.text import fold


@pytest.mark.parametrize("question, first", [
    ("Vì sao mà có Nghị quyết 43?", "nq-43-2023:I.p1"),
    ("Vì răng mà có Nghị quyết 43?", "nq-43-2023:I.p1"),
    ("Nghị quyết 43 ra đời vì răng?", "nq-43-2023:I.p1"),
    ("vi sao ma co nghi quyet 43", "nq-43-2023:I.p1"),                  # no marks
    ("Bác hỏi chút, Nghị quyết 43 ra đời là do đâu?", "nq-43-2023:I.p1"),
    ("Nghị quyết 43 ra đời vì răng rứa?", "nq-43-2023:I.p1"),
    ("Tại sao lại có Kế hoạch 21 hả anh?", "kh-21-2023:preamble"),
])
def test_why_it_was_issued_is_answered_by_its_situation(ask, question, first):
    a = ask(question)
    assert a.mode == "overview" and cited_ids(a)[0].startswith(first)


@pytest.mark.parametrize("question", [
    "Vì sao có sự chênh lệch giàu nghèo theo Nghị quyết 43?",      # what "có" brings is no document
    "Nghị quyết 43 nói vì sao phải đoàn kết với đồng bào ở nước ngoài?",
    "Nghị quyết 43 ra đời vào ngày nào?",                          # when, not why
])
def test_another_why_is_no_overview(ask, question):
    assert ask(question).mode != "overview"


def test_the_central_question_words_are_read_in_place():
    for typed, read in [("vì răng mà có", "vi sao  ma co"), ("cái chi rứa?", "cai gi  vay?"),
                        ("ra ngày mô?", "ra ngay mo?"),          # "nào" is longer than "mô": left
                        ("răng", "sao ")]:
        assert standard_in_place(fold(typed).lower(), typed) == read
    assert reason_asked(standard_in_place(fold("ra đời vì răng?"), "ra đời vì răng?"))
    assert not reason_asked(fold("ra đời vì răng?"))          # read bare, "rang" may be "rằng"
