"""A body asked by its everyday name is found under the names the documents print in their task rows
(rag/tables/body_names.py, rag/data/bodies.tsv), and levels said beside a document named by its place scope the
task answer. Own sentences; each with a name that must not be widened."""
import pytest

from rag.pipeline import get_assistant
from rag.tables.body_names import other_names
from rag.tables.tasks import assignee_matches, name_words


@pytest.fixture(scope="module")
def assistant(built_index):
    return get_assistant(built_index)


def _row(assignee: str) -> dict:
    return {"assignee": assignee}


def test_everyday_names_match_the_printed_ones():
    assert assignee_matches(_row("Quân ủy Trung ương và Đảng ủy Công an Trung ương"), "quân đội")
    assert assignee_matches(_row("Đảng ủy Bộ Chỉ huy Quân sự và Đảng ủy Công an thành phố"), "quân đội")
    assert assignee_matches(_row("Mặt trận Tổ quốc Việt Nam và các tổ chức chính trị - xã hội"), "các đoàn thể")
    assert assignee_matches(_row("Đảng đoàn Mặt trận Tổ quốc Việt Nam, các tổ chức chính trị - xã hội"), "Hội Nông dân")


def test_names_not_widened():
    # "quận ủy" folds like "quân ủy": the district committees are no army body
    assert not assignee_matches(_row("Các quận ủy, huyện ủy"), "quân đội")
    # a body with no everyday name in it is looked up as typed only
    assert not assignee_matches(_row("Ban Tuyên giáo Thành ủy"), "Ban Dân vận")
    assert other_names(tuple(name_words("Ban Dân vận Tỉnh ủy"))) == []
    assert not assignee_matches(_row("Ban cán sự đảng Ủy ban nhân dân tỉnh"), "đoàn thể")


def test_army_and_police_at_two_levels(assistant):
    a = assistant.ask("Bên quân đội và công an được giao những việc gì ở trung ương và ở Cần Thơ?")
    assert a.mode == "tasks"
    cited = [c.unit_id for c in a.citations]
    assert {"kh-21-2023:IV.4.g1", "ct-tucantho-nq43:IV.4.p1"} <= set(cited)
    assert "ct-tucantho-nq43:IV.1.p1" not in cited          # "Các quận ủy, huyện ủy"


def test_one_document_named_keeps_its_scope(assistant):
    a = assistant.ask("Chương trình Cần Thơ giao các đoàn thể những nhiệm vụ gì?")
    assert a.mode == "tasks"
    assert {c.doc_id for c in a.citations} == {"ct-tucantho-nq43"}
    assert "ct-tucantho-nq43:IV.5.p1" in [c.unit_id for c in a.citations]


def test_bodies_asked_together_take_the_rows_that_name_them_together():
    from rag.answerers.work.tasks import jointly
    pool = [{"doc_id": "a", "assignee": "Mặt trận Tổ quốc Việt Nam"},
            {"doc_id": "a", "assignee": "Đảng đoàn Mặt trận Tổ quốc Việt Nam, các tổ chức chính trị - xã hội"},
            {"doc_id": "b", "assignee": "Đảng đoàn Quốc hội"},
            {"doc_id": "b", "assignee": "Đảng đoàn Hội đồng nhân dân tỉnh"}]
    # one assignee names both: only it, in that document
    assert [r["assignee"] for r in jointly(pool, ["Mặt trận", "các đoàn thể"], None)] == [pool[1]["assignee"]]
    # no assignee names both: each one's rows
    assert jointly(pool, ["Đảng đoàn Quốc hội", "HĐND"], None) == pool[2:]
