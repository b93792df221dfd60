"""How a question names a document, on the real corpus: a cited one by its kind and year, by a run of its
subject's words, by its number and its issuer; a held one as the object of another kind's word ("kế hoạch
NQ43", "bài báo tóm tắt Kế hoạch 21"), or by "do <issuer>". And a plan's header that quotes the date of the
resolution it carries out does not state the plan's own date."""
import pytest

from rag.index import LoadedIndex
from rag.pipeline import Assistant
from rag.route import understand
from rag.tables.cited import match
from rag.text import fold


@pytest.fixture(scope="module")
def index(built_index):
    return LoadedIndex(built_index)


@pytest.fixture(scope="module")
def ask(built_index):
    return Assistant(built_index).ask


def cited(index, question):
    u = understand(question, index.docs)
    return [r["number"] for r in match(index, u.folded, u.without_doc_names(accented=False))]


@pytest.mark.parametrize("question, number", [
    # a kind word and a year, with no number between: the one Chỉ thị of 2016 the corpus cites
    ("Cái chỉ thị năm 2016 về học tập và làm theo Bác là chỉ thị số mấy?", "05-CT/TW"),
    # a run of the subject's words side by side, one left out ("dân chủ [ở] cơ sở")
    ("luật dân chủ cơ sở là luật số bao nhiêu?", "10/2022/QH15"),
    # the subject's words side by side, its target years left out
    ("Nghị quyết về nông nghiệp, nông dân, nông thôn ban hành ngày nào?", "19-NQ/TW"),
    # two cited documents share the number 02: the issuer the question names decides
    ("Nghị quyết 02 của Ban Chấp hành Đảng bộ tỉnh ban hành ngày nào?", "02-NQ/TU"),
    ("Nghị quyết 02 của Bộ Chính trị nói về gì?", "02-NQ/TW"),
])
def test_cited_document_named_without_its_full_number(index, question, number):
    assert cited(index, question) == [number]


def test_a_held_document_s_name_is_not_another_s_kind_word(index):
    # "Nghị quyết 43" names the held resolution: its kind word does not name the cited NQ 19 on rural areas
    assert cited(index, "Nghị quyết 43 nói gì về nông nghiệp, nông dân, nông thôn?") == []
    # a year next to a held document's number is that document's
    assert cited(index, "Nghị quyết 43 năm 2023 nói gì về trí thức?") == []


def test_cited_document_number_asked_is_answered_from_its_mentions(ask):
    a = ask("luật dân chủ cơ sở mà thành ủy cần thơ trích là luật số bao nhiêu, quốc hội khóa nào thông qua")
    assert a.mode == "mentions" and not a.refused          # "số bao nhiêu" asks a number, not an amount
    assert a.answer.startswith("Kho chưa có toàn văn Luật 10/2022/QH15")


def test_document_named_after_another_kind_word_is_its_object(index):
    u = understand("Số và ngày ban hành của kế hoạch NQ43 do Ban Thường vụ Tỉnh ủy ký là gì?", index.docs)
    assert u.routed == ["kh-btvtu-nq43"]                    # "do Ban Thường vụ Tỉnh ủy" names the plan
    u = understand("Bài báo tóm tắt Kế hoạch 21 nói về chuyện gì vậy?", index.docs)
    assert u.routed[0] == "tin-kh21"
    u = understand("Kế hoạch 21 có mấy phần?", index.docs)
    assert u.routed == ["kh-21-2023"]


def test_a_header_quoting_the_resolution_s_date_does_not_date_the_plan(ask):
    a = ask("Số và ngày ban hành của kế hoạch NQ43 do Ban Thường vụ Tỉnh ủy ký là gì?")
    assert a.refused and "không nêu ngày ban hành của Kế hoạch của Ban Thường vụ Tỉnh ủy" in a.answer
    b = ask("Nghị quyết 43 ban hành ngày nào?")
    assert not b.refused and b.citations[0].unit_id == "nq-43-2023:header"
    assert fold("24 tháng 11 năm 2023") in fold(b.answer)
