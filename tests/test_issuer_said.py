"""A cited document asked by number with an issuer that no cited document of that number has ("Nghị quyết 02 của
huyện", "… của Ban Bí thư", "… của Thành ủy Cần Thơ"; the corpus cites the Bộ Chính trị's 02-NQ/TW and the
province's 02-NQ/TU): refused, saying which ones the corpus cites (rag.tables.issuer_said, rag.answerers.printed.mentions).
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
    # a body other than the Party's committees: not the Party committee of its level
    ("Nghị quyết 02 của Hội đồng nhân dân tỉnh nói gì?", "hoi dong nhan dan tinh", True),
    ("Nghị quyết 02 của Hội đồng nhân dân tỉnh Lạng Sơn nói gì?", "hoi dong nhan dan tinh lang son", True),
    ("Nghị quyết 02 của Ủy ban nhân dân tỉnh nói gì?", "uy ban nhan dan tinh", True),
    ("Nghị quyết 02 của Chính phủ nói gì?", "chinh phu", True),
    ("Nghị quyết 02 của Quốc hội nói gì?", "quoc hoi", True),
    ("Nghị quyết 02 của Tổng Liên đoàn nói gì?", "tong lien doan", True),
    ("Nghị quyết 02 của Trung ương Đoàn nói gì?", "trung uong doan", True),
    ("Nghị quyết số 02 do Ủy ban nhân dân tỉnh ban hành năm nào?", "uy ban nhan dan tinh", True),
    ("Nghị quyết 02 của Hội đồng nhân dân thành phố Cần Thơ có nội dung gì?",
     "hoi dong nhan dan thanh pho can tho", True),
    ("Nghị quyết 02 của Tổng Liên đoàn Lao động Việt Nam nói gì?", "tong lien doan", True),
    # a body's last syllable that starts a word with the next one ("đoàn kết", "đoàn thể") is not the body's
    ("Nghị quyết 02 của Trung ương đoàn kết toàn dân tộc nói gì?", "trung uong", False),
    ("Nghị quyết 02 của tỉnh đoàn kết các dân tộc thế nào?", "tinh", False),
    ("Nghị quyết 02 của huyện đoàn kết dân tộc ra sao?", "huyen", True),
    ("nghi quyet 02 cua tinh doan ket cac dan toc the nao?", "tinh", False),
    # … while the body typed as its name, or followed by no such word, is read whole
    ("Nghị quyết 02 của Trung ương Đoàn kết nạp đoàn viên thế nào?", "trung uong doan", True),
    ("Nghị quyết 02 của Tỉnh đoàn Lạng Sơn nói gì?", "tinh doan", True),
    ("Nghị quyết 02 của tỉnh đoàn nói gì?", "tinh doan", True),
    # … or when the name's last two syllables and the next two read as two words ("Chính phủ | định hướng", not
    # "phủ định"; "Thành đoàn | thể hiện"; "Hội Cựu chiến binh | đoàn kết"; "Hội đồng nhân dân | chủ trương")
    ("Nghị quyết 02 của Chính phủ định hướng những gì?", "chinh phu", True),
    ("nghi quyet 02 cua chinh phu dinh huong gi", "chinh phu", True),
    ("Nghị quyết 02 của thành đoàn thể hiện gì?", "thanh doan", True),
    ("Nghị quyết 02 của Hội Cựu chiến binh đoàn kết thế nào?", "hoi cuu chien binh", True),
    ("Nghị quyết 02 của Hội đồng nhân dân chủ trương gì?", "hoi dong nhan dan", True),
    # a body's short name ("Mặt trận", "Hội Phụ nữ") is that body, not the Party committee
    ("Nghị quyết 02 của Mặt trận nói gì?", "mat tran", True),
    ("Nghị quyết 02 của Mặt trận Tổ quốc tỉnh nói gì?", "mat tran to quoc tinh", True),
    ("Nghị quyết 02 của Hội Phụ nữ ban hành khi nào?", "hoi phu nu", True),
    ("nghi quyet 02 cua mat tran noi gi", "mat tran", True),
    # no issuer: a verb of issuing, or the number's phrase elsewhere
    ("Nghị quyết ban hành số 02 nói gì?", None, False),
    ("Kế hoạch của huyện nhắc nghị quyết 02 nói gì?", None, False),
    ("Kế hoạch của Ủy ban nhân dân tỉnh thực hiện Nghị quyết 02 ra sao?", None, False),
    ("Nghị quyết 02 do Hội đồng nhân dân tỉnh triển khai thế nào?", None, False),
])
def test_the_issuer_said_of_the_number_and_whether_the_cited_rows_have_it(question, said, other):
    assert _said(question) == said
    assert (said is not None and contradicts(said, ROWS_02)) is other


def test_a_body_other_than_the_party_committee_is_read_as_itself():
    # a row of that body is its own, at its level; the Party committee's rows are not
    hdnd = [{"issuer": "Hội đồng nhân dân tỉnh"}]
    assert not contradicts("hoi dong nhan dan tinh lang son", hdnd)
    assert contradicts("hoi dong nhan dan thanh pho", hdnd)
    assert contradicts("tinh uy", hdnd)                  # the Party committee of that level is another body
    assert not contradicts("tinh", hdnd)                 # the level's word alone is read by the level
    assert not contradicts("chinh phu", [{"issuer": "Chính phủ"}])


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
    ("Nghị quyết 02 của Chính phủ nói gì?", "Chính phủ"),
    ("Nghị quyết 02 của Quốc hội nói gì?", "Quốc hội"),
    ("Nghị quyết 02 của Trung ương Đoàn nói gì?", "Trung ương Đoàn"),
    ("Nghị quyết 02 của Hội đồng nhân dân tỉnh Lạng Sơn nói gì?", "Hội đồng nhân dân tỉnh Lạng Sơn"),
    ("Nghị quyết 02 của Ủy ban nhân dân tỉnh nói gì?", "Ủy ban nhân dân tỉnh"),
    ("Nghị quyết 02 của Tổng Liên đoàn nói gì?", "Tổng Liên đoàn"),
    ("Nghị quyết 02 của Chính phủ định hướng những gì?", "Chính phủ"),
    ("Nghị quyết 02 của Mặt trận nói gì?", "Mặt trận"),
])
def test_a_number_asked_of_an_issuer_no_cited_row_has_is_refused_naming_the_cited_ones(assistant, question, issuer):
    a = assistant.ask(question)
    assert a.refused and a.mode == "mentions" and a.citations == []
    assert a.answer == f"Các văn bản trong kho không nhắc đến Nghị quyết 02 nào của {issuer}; {CITED_02}"


@pytest.mark.parametrize("question, number", [
    ("Nghị quyết 02 của Bộ Chính trị nói gì?", "02-NQ/TW"),
    ("Nghị quyết 02 của tỉnh ban hành ngày nào?", "02-NQ/TU"),
    ("Nghị quyết của tỉnh Lạng Sơn số 02 nói gì?", "02-NQ/TU"),
    ("Nghị quyết 02 của Ban Chấp hành Đảng bộ tỉnh nói gì?", "02-NQ/TU"),
    ("Nghị quyết 02 của Trung ương nói gì?", "02-NQ/TW"),
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


@pytest.mark.parametrize("question, number", [
    ("Nghị quyết 23 của Trung ương đoàn kết toàn dân tộc nói gì?", "23"),
    ("Nghị quyết 02 của tỉnh đoàn kết các dân tộc thế nào?", "02"),
])
def test_a_body_name_running_into_another_word_is_no_issuer(assistant, question, number):
    a = assistant.ask(question)
    assert f"không nhắc đến Nghị quyết {number} nào" not in a.answer
    assert a.answer.startswith(f"Kho chưa có toàn văn Nghị quyết {number}-NQ/")
