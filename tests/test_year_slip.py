"""A year typed as the end of a held document's name (rag.question.year_slip): it names the document whatever its
year, so no passage need print it; a year other than the catalog's is a slip the answer notes. A year said
elsewhere in the question (a target, a deadline, a year after a comma) names nothing. Sentences written for these
tests."""
import pytest

from ingest.catalog import load_corpus
from rag.index import Doc
from rag.question import year_slip
from rag.question.route import understand

from conftest import CORPUS


@pytest.fixture(scope="module")
def docs():
    entries = [d.entry for d in load_corpus(CORPUS).docs]
    return {e["id"]: Doc(e["id"], e, e["id"], "", []) for e in entries}


@pytest.mark.parametrize("q, doc, year", [
    ("Kế hoạch 21 năm 2022 giao Ban Dân vận Trung ương việc gì?", "kh-21-2023", "2022"),
    ("NQ 43 năm 2018 nói gì về trí thức", "nq-43-2023", "2018"),
    ("Kế hoạch 21 của Bộ Chính trị ban hành năm 2024 yêu cầu các tỉnh ủy làm gì?", "kh-21-2023", "2024"),
    ("nghi quyet 43 nam 2019 noi gi ve ton giao", "nq-43-2023", "2019"),
    ("Nghị quyết 43/2021 nói gì về doanh nhân?", "nq-43-2023", "2021"),
])
def test_a_wrong_year_ending_the_name_is_a_slip(docs, q, doc, year):
    u = understand(q, docs)
    assert (doc, year) in year_slip.naming_years(u, docs)
    assert [(d, y) for d, y, _ in year_slip.slips(u, docs)] == [(doc, year)]


def test_the_right_year_names_the_document_without_a_slip(docs):
    u = understand("Nghị quyết 43 năm 2023 nói gì về thanh niên?", docs)
    assert year_slip.naming_years(u, docs) == [("nq-43-2023", "2023")]
    assert year_slip.slips(u, docs) == []


def test_an_undated_document_takes_a_year_in_its_name_without_a_slip(docs):
    u = understand("Kế hoạch của Ban Thường vụ Tỉnh ủy ban hành năm 2024 giao Ban Dân vận việc gì?", docs)
    assert year_slip.naming_years(u, docs) == [("kh-btvtu-nq43", "2024")]
    assert year_slip.slips(u, docs) == []
    # without a verb of issuing, the year of an undated document is what is asked about
    assert year_slip.naming_years(understand("Kế hoạch của Ban Thường vụ Tỉnh ủy năm 2025 cần làm gì?", docs),
                                  docs) == []


@pytest.mark.parametrize("q", [
    "Nghị quyết 43 đặt mục tiêu gì đến năm 2030?",               # a target year
    "Kế hoạch 21 yêu cầu việc gì phải xong trong năm 2024?",     # a deadline
    "Kế hoạch 21, năm 2025 các tỉnh ủy phải làm gì?",            # after a comma: what is asked
    "Nghị quyết 43 nói gì về vai trò thanh niên từ năm 2026?",
    "Năm 2018 Trung ương có nghị quyết nào về đoàn kết không?",  # no held document named before it
    "Kế hoạch 21 năm 2024 phải hoàn thành những việc gì?",        # a year after the plan's own: the time asked
    "Nghị quyết 43 năm 2030 phải đạt được những gì?",
    "Nghị quyết 43 vào năm 2025 cần hoàn thành gì?",
    "Kế hoạch 21 của Bộ Chính trị năm 2024 đã sơ kết chưa?",
])
def test_a_year_outside_the_name_is_not_read_as_naming(docs, q):
    u = understand(q, docs)
    assert year_slip.naming_years(u, docs) == []


def test_the_note_names_the_document_and_its_date(docs):
    u = understand("KH 21 năm 2022 gửi cho những nơi nào?", docs)
    line = year_slip.note(u, docs)
    assert "28/11/2023" in line and "2022" in line and "kh-21-2023" in line
    assert year_slip.note(understand("KH 21 gửi cho những nơi nào?", docs), docs) == ""
