"""The overview's first line follows what is asked (rag.answerers.overview): what the document is (kind, name,
number, issuer, meeting) opens with the catalog line; what it says, asked in general, opens with what it sets out
(its purpose sections, else its opening paragraphs). Sentences written for these tests, on the real corpus."""
import pytest

from rag.answerers.overview import identity_asked
from rag.text import fold


@pytest.mark.parametrize("question", [
    " la van ban gi?", " thuoc loai van ban nao?", "ten goi day du cua  la gi?", " la gi?",
    " co so hieu la gi?", " do hoi nghi nao thong qua?", " do co quan nao ban hanh?",
    " noi ve cai gi?", " ban ve chuyen gi vay?", " de cap chu de gi?",     # what it is about: its title
])
def test_what_the_document_is(question):
    assert identity_asked(question)


@pytest.mark.parametrize("question", [
    " noi gi?", " noi nhung gi vay?", "noi dung cot loi cua  la gi?", " huong toi dieu gi?",
    "tom tat giup toi ", " co nhung diem gi dang chu y?", "y nghia cua  la gi?",
])
def test_what_the_document_says_is_not_what_it_is(question):
    assert not identity_asked(question)


def test_said_in_general_opens_with_what_it_sets_out(ask):
    a = ask("Nghị quyết 43 rốt cuộc nói những gì?")
    assert a.mode == "overview" and not a.refused
    ids = [c.unit_id for c in a.citations]
    assert ids[0].startswith("nq-43-2023:II.2") and "nq-43-2023:header" in ids
    assert "Nghị quyết 43-NQ/TW" in a.answer.split("\n")[0]      # the document named before the quotes


def test_what_it_is_opens_with_the_catalog_line(ask):
    a = ask("Nghị quyết 43 là văn bản gì vậy?")
    assert a.mode == "overview" and a.citations[0].unit_id == "nq-43-2023:header"
    assert fold("24/11/2023") in fold(a.answer)


def test_a_text_without_purpose_sections_opens_with_its_opening_once(ask):
    a = ask("Tin về kế hoạch 21 viết gì thế?")
    assert a.mode == "overview" and a.citations[0].unit_id == "tin-kh21:preamble.p1"
    first = a.answer.split("“")[1][:60]
    assert a.answer.count(first) == 1          # the opening quoted once, not again under the catalog line
