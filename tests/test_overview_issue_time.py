"""The overview reads a document described by the month it was issued ("cái nghị quyết hồi tháng 11 năm ngoái") and
the Central particles and pronoun that close a question ("rứa", "hỉ", "răng", "tui") as naming no topic
(rag/answerers/document/overview_asked.py `_without_issue_month`, [typed].overview_neutral); a month asked about,
or one the document was not issued in, stays. Sentences written for these tests, on the bundled corpus."""
import pytest

from conftest import cited_ids
from rag.answerers.document.overview_asked import _without_issue_month


@pytest.mark.parametrize("question, first", [
    ("Nghị quyết 43 ra hồi tháng 11 năm ngoái nói chung là nói chuyện chi?", "nq-43-2023:header"),
    ("Cái nghị quyết hồi tháng 11 năm ngoái về đại đoàn kết, rốt cuộc nó nhắm tới cái chi rứa?", "nq-43-2023:II.2"),
    ("nghi quyet hoi thang 11 nam ngoai ve dai doan ket noi gi", "nq-43-2023:header"),        # no marks
    ("Kế hoạch 21 ban hành cuối tháng 11 năm ngoái nói chung là nói chuyện chi?", "kh-21-2023:"),
    ("Nghị quyết 43 mục tiêu là chi hỉ, tui cần gấp", "nq-43-2023:II.2"),
])
def test_the_issue_month_and_central_particles_name_no_topic(ask, question, first):
    a = ask(question)
    assert a.mode == "overview" and cited_ids(a)[0].startswith(first)


@pytest.mark.parametrize("question", [
    # each names a month the blanker reads: the issue month (11) not led by a word of issuing, or another month led
    # by one (review ov30 R8: a deadline month or a topic beside it could not tell)
    "Kế hoạch 21 nói gì về tháng 11?",                      # the issue month asked about
    "Nghị quyết 43 có nhắc tới tháng 11 không?",             # the issue month as what is mentioned
    "Nghị quyết 43 nói gì về hồi tháng 5 năm ngoái?",        # led, with a relative year, but not the issue month
])
def test_a_month_asked_about_is_no_overview(ask, question):
    assert ask(question).mode != "overview"


def test_only_the_issue_month_led_by_a_word_of_issuing_is_blanked():
    assert _without_issue_month("nghi quyet hoi thang 11 nam ngoai ve", "2023-11-24").split() == ["nghi", "quyet", "ve"]
    assert _without_issue_month("nghi quyet hoi thang 5 ve", "2023-11-24") == "nghi quyet hoi thang 5 ve"
    assert _without_issue_month("noi gi ve thang 11", "2023-11-24") == "noi gi ve thang 11"
    assert _without_issue_month("ke hoach hoi thang 11", "") == "ke hoach hoi thang 11"      # no date in the catalog
