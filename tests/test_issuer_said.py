"""A cited document asked by number with an issuer that no cited document of that number has ("Nghị quyết 02 của
huyện", "… của Ban Bí thư", "… của Thành ủy Cần Thơ"; the corpus cites the Bộ Chính trị's 02-NQ/TW and the
province's 02-NQ/TU): refused, saying which ones the corpus cites (rag.tables.issuer_said, rag.answerers.mentions).
Real corpus, literal answers."""
import pytest

from rag.tables.issuer_said import contradicts, issuer_said
from rag.text import fold

ROWS_02 = [{"issuer": "Bộ Chính trị"}, {"issuer": "Ban Chấp hành Đảng bộ tỉnh"}]


def _said(question):
    f = fold(question).lower()
    span = issuer_said(f, "nghi quyet", 2, question)
    return f[span[0]:span[1]] if span else None


@pytest.mark.parametrize("question, said, other", [
    ("Nghị quyết 02 của huyện nói gì?", "huyen", True),
    ("Nghị quyết của huyện số 02 nói gì?", "huyen", True),
    ("Nghị quyết 02 của xã ban hành khi nào?", "xa", True),
    ("Nghị quyết của Thành ủy Cần Thơ số 02 nói gì?", "thanh uy can tho", True),
    ("Nghị quyết 02 của Thành ủy nói về gì?", "thanh uy", True),
    ("Nghị quyết 02 do Ban Bí thư ban hành năm nào?", "ban bi thu", True),
    ("Nghị quyết của Ban Bí thư số 02 nói gì?", "ban bi thu", True),
    # the issuers cited, or their level said another way
    ("Nghị quyết 02 của Bộ Chính trị nói gì?", "bo chinh tri", False),
    ("Nghị quyết 02 của Ban Chấp hành Trung ương về công đoàn", "ban chap hanh trung uong", False),
    ("Nghị quyết 02 của Trung ương", "trung uong", False),
    ("Nghị quyết 02 của tỉnh Lạng Sơn nói gì?", "tinh lang son", False),
    ("Nghị quyết của Ban Chấp hành Đảng bộ tỉnh số 02", "ban chap hanh dang bo tinh", False),
    ("Nghị quyết 02 của Tỉnh ủy Lạng Sơn", "tinh uy lang son", False),
    ("Nghị quyết 02 của Đảng bộ tỉnh", "dang bo tinh", False),
    # no issuer: a verb of issuing, or the number's phrase elsewhere
    ("Nghị quyết ban hành số 02 nói gì?", None, False),
    ("Kế hoạch của huyện nhắc nghị quyết 02 nói gì?", None, False),
])
def test_the_issuer_said_of_the_number_and_whether_the_cited_rows_have_it(question, said, other):
    assert _said(question) == said
    assert (said is not None and contradicts(said, ROWS_02)) is other


def test_a_body_said_loosely_for_the_levels_whole_body_is_not_another():
    # NQ 23 is the Ban Chấp hành Trung ương's: "của Bộ Chính trị" may be said loosely of it
    assert not contradicts("bo chinh tri", [{"issuer": "Ban Chấp hành Trung ương Đảng"}])
    assert contradicts("tinh", [{"issuer": "Ban Chấp hành Trung ương Đảng"}])


CITED_02 = ("Nghị quyết số 02 mà các văn bản trong kho nhắc đến là: Nghị quyết 02-NQ/TW của Bộ Chính trị; "
            "Nghị quyết 02-NQ/TU của Ban Chấp hành Đảng bộ tỉnh.")


@pytest.mark.parametrize("question, issuer", [
    ("Nghị quyết 02 của huyện nói gì?", "huyện"),
    ("Nghị quyết của Thành ủy Cần Thơ số 02 nói gì?", "Thành ủy Cần Thơ"),
    ("Nghị quyết 02 của Ban Bí thư nói gì?", "Ban Bí thư"),
])
def test_a_number_asked_of_an_issuer_no_cited_row_has_is_refused_naming_the_cited_ones(assistant, question, issuer):
    a = assistant.ask(question)
    assert a.refused and a.mode == "mentions" and a.citations == []
    assert a.answer == f"Các văn bản trong kho không nhắc đến Nghị quyết 02 nào của {issuer}; {CITED_02}"


@pytest.mark.parametrize("question, number", [
    ("Nghị quyết 02 của Bộ Chính trị nói gì?", "02-NQ/TW"),
    ("Nghị quyết 02 của tỉnh ban hành ngày nào?", "02-NQ/TU"),
    ("Nghị quyết của tỉnh Lạng Sơn số 02 nói gì?", "02-NQ/TU"),
])
def test_a_number_asked_of_a_cited_issuer_is_answered_from_its_mentions(assistant, question, number):
    a = assistant.ask(question)
    assert not a.refused and a.mode == "mentions"
    assert a.answer.startswith(f"Kho chưa có toàn văn Nghị quyết {number};")


@pytest.mark.parametrize("question", ["Nghị quyết 02 do huyện triển khai thế nào?",
                                      "Nghị quyết 02 do xã thực hiện ra sao?"])
def test_a_body_that_carries_it_out_is_no_issuer(ask, question):
    a = ask(question)
    assert "không nhắc đến Nghị quyết 02 nào" not in a.answer
