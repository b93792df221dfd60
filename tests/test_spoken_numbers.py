"""Numbers said as words, as speech-to-text prints a spoken question ("kế hoạch hai mươi mốt", "năm hai nghìn không
trăm ba mươi"), read as figures where they name a number, and left as words where they count
(rag.question.spoken)."""
import pytest

from rag.question.spoken import figures_for_number_words
from conftest import cited_ids


@pytest.mark.parametrize("said, read", [
    # a document's number after its kind word, in every spoken form
    ("kế hoạch hai mươi mốt giao ai", "kế hoạch 21 giao ai"),
    ("kế hoạch hai mốt bộ chính trị", "kế hoạch 21 bộ chính trị"),
    ("Kế hoạch số hai mươi mốt", "Kế hoạch số 21"),
    ("nghị quyết bốn ba của lạng sơn", "nghị quyết 43 của lạng sơn"),
    ("nghị quyết bốn mươi ba nói gì", "nghị quyết 43 nói gì"),
    ("chỉ thị ba mươi lăm về đại hội", "chỉ thị 35 về đại hội"),
    ("kết luận năm mươi bảy", "kết luận 57"),
    ("quyết định một trăm linh năm", "quyết định 105"),
    ("văn bản số mười lăm", "văn bản số 15"),
    # a document's number, then its year
    ("nghị quyết hai mươi sáu năm hai nghìn không trăm mười tám", "nghị quyết 26 năm 2018"),
    # years, said in full or digit by digit
    ("tới năm hai nghìn không trăm ba mươi", "tới năm 2030"),
    ("tới năm hai không ba mươi", "tới năm 2030"),
    ("đến năm hai nghìn hai mươi tư", "đến năm 2024"),
    ("năm hai nghìn linh tư", "năm 2004"),             # the unit forms after "linh"/"lẻ"
    ("năm hai nghìn không trăm linh tư", "năm 2004"),
    ("hạn năm hai nghìn lẻ năm", "hạn năm 2005"),
    # a number followed by a count: the longest reading that does not end on the counted noun
    ("kế hoạch hai mốt một số nhiệm vụ chủ yếu là gì", "kế hoạch 21 một số nhiệm vụ chủ yếu là gì"),
    ("kế hoạch hai mươi mốt ba nhiệm vụ đầu", "kế hoạch 21 ba nhiệm vụ đầu"),
    ("nghị quyết bốn ba ba nhiệm vụ", "nghị quyết 43 ba nhiệm vụ"),
    # groups joined only after a one-digit group: a tens group ends the number
    ("kế hoạch hai mươi mốt hai mươi hai", "kế hoạch 21 hai mươi hai"),
    ("kế hoạch hai mươi mốt tỉnh ủy", "kế hoạch 21 tỉnh ủy"),      # an issuer's noun counts nothing
    # a document number said digit by digit that opens with "năm"; "năm" before a year stays the word for year
    ("nghị quyết năm bảy nói gì", "nghị quyết 57 nói gì"),
    ("kết luận số năm chín", "kết luận số 59"),
    ("nghị quyết năm hai không hai ba", "nghị quyết năm 2023"),
    ("tầm nhìn hai nghìn không trăm bốn mươi lăm", "tầm nhìn 2045"),
    # dates, months, quarters; a year of two digits only after a quarter or month
    ("ngày mười hai tháng ba", "ngày 12 tháng 3"),
    ("hồi tháng mười hai", "hồi tháng 12"),
    ("xong trong tháng tư", "xong trong tháng 4"),
    ("tháng tư năm 2024", "tháng 4 năm 2024"),
    ("quý một năm hai tư", "quý 1 năm 24"),
    # a term in Roman figures, as the documents print it
    ("nghị quyết hai mươi ba khóa chín", "nghị quyết 23 khóa IX"),
    ("Đại hội mười ba của Đảng", "Đại hội XIII của Đảng"),
    # an item's number said in several words (one word is read by the structure answerer)
    ("mục mười hai", "mục 12"),
])
def test_numbers_said_as_words_are_read_as_figures(said, read):
    assert figures_for_number_words(said) == read


@pytest.mark.parametrize("said", [
    "nghị quyết có mấy phần",               # a count asked
    "hai bên giống nhau chỗ nào",           # a count of sides
    "một số nhiệm vụ",                      # "một số" = some
    "đoàn kết một lòng",
    "kế hoạch hai năm",                     # a number after a kind word that counts the noun after it
    "kế hoạch hai mươi nội dung",
    "chương trình hai mươi xã",             # a noun by underthesea's tag, in no word list: a count
    "chương trình hai mươi đơn vị",
    "kế hoạch hai ba nhiệm vụ",             # "23 nhiệm vụ" a count; "2" alone is no document number
    "nghị quyết năm bảy nhiệm vụ",          # "57 nhiệm vụ" a count
    "kế hoạch năm nay",
    "mỗi tháng một lần",                    # a month that is a span, not a name
    "báo cáo mấy tháng một lần",
    "năm một số việc",                      # "năm" before a number that gives no year
    "năm hai bên",
    "một phần ba",                          # a fraction, not a part
    "phần bốn nói gì",                      # one word: left to rag.answerers.outline.address
    "ba lăm",                               # no context naming a number
    "tháng năm",
    "nghị quyết năm",                       # "năm" alone is the word for year
    "kinh tế tư nhân",
    "quy định ba trường hợp",               # one digit after a kind word: a count more often than a number
    "hàng tháng tư vấn cho hội viên",       # "tư" opening a word of its own
    "trong tháng tư vấn cho hội viên",
])
def test_numbers_that_count_or_name_nothing_stay_words(said):
    assert figures_for_number_words(said) == said


def test_a_question_without_a_number_is_returned_as_typed():
    typed = "NQ 23 khoá IX mà mấy văn bản hay nhắc là ban hành ngày nào"      # "khoá" kept, not re-normalised
    assert figures_for_number_words(typed) == typed


def test_a_spoken_plan_number_is_answered_from_that_plan(ask):
    a = ask("kế hoạch hai mốt giao ban cán sự đảng chính phủ làm gì")
    assert not a.refused
    assert cited_ids(a)[0].startswith("kh-21-2023:IV.2")
    assert a.question == "kế hoạch hai mốt giao ban cán sự đảng chính phủ làm gì"       # shown as typed


def test_a_spoken_resolution_number_and_term_find_the_cited_resolution(ask):
    a = ask("nghị quyết hai mươi ba khóa chín ban hành ngày nào")
    assert a.mode == "mentions" and "23-NQ/TW" in a.answer and "12/3/2003" in a.answer


def test_a_spoken_year_names_the_strategy_task(ask):
    a = ask("chiến lược đại đoàn kết tới năm hai không ba mươi bộ chính trị giao ai chủ trì xây dựng")
    assert not a.refused
    assert cited_ids(a)[0] == "kh-21-2023:IV.3.g2"


def test_a_year_said_with_linh_tu_is_read_as_that_year(ask):
    a = ask("kế hoạch của tỉnh yêu cầu quán triệt xong trong năm hai nghìn linh tư phải không")
    assert "2004" in a.answer and "năm 2000" not in a.answer


def test_a_plan_number_before_a_count_is_read_and_names_that_plan_alone(ask):
    a = ask("kế hoạch hai mốt một số nhiệm vụ chủ yếu là gì")
    assert not a.refused
    assert {c.doc_id for c in a.citations} == {"kh-21-2023"}
