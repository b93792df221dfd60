"""One body's role at several levels and two deadlines in one question (issues #10/#11): a pair of kind words names a kind of paper, not the one catalog document; "các tỉnh ủy, thành ủy" names no
issuer; a part asking by when a body it names must act is answered by that body's dated task. Sentences written
here, on the real corpus."""
import pytest

from rag.answerers.compound.parts import assigned_first
from rag.answerers.work.task_query import AnyDue, DueFilter, due_asked
from rag.tables.tasks import parse_period
from rag.pipeline import get_assistant
from rag.question import route
from rag.question.route import understand
from rag.text import fold
from rag.types import Passage


@pytest.fixture(scope="module")
def assistant(built_index):
    return get_assistant(built_index)


@pytest.fixture(scope="module")
def index(assistant):
    return assistant.holder.get()


def test_a_pair_of_kind_words_names_no_catalog_document(index):
    assert "ct-tucantho-nq43" not in understand("Các bộ, ngành phải xây dựng chương trình, kế hoạch xong khi nào?",
                                                index.docs).routed
    assert "ct-tucantho-nq43" not in understand("Mỗi địa phương ban hành chương trình hoặc kế hoạch riêng chứ?",
                                                index.docs).routed
    # a pair asked about, not made, names its documents
    assert "ct-tucantho-nq43" in understand("Chương trình hay kế hoạch được ban hành trước?", index.docs).routed
    assert "ct-tucantho-nq43" in understand("Chương trình/kế hoạch thực hiện nghị quyết giao Hội Nông dân việc gì?",
                                            index.docs).routed
    # a bare kind word alone still names the one document of its kind
    assert understand("Ai ban hành chương trình?", index.docs).routed == ["ct-tucantho-nq43"]
    assert understand("Chương trình nói gì về thanh niên?", index.docs).routed == ["ct-tucantho-nq43"]


def test_every_committee_of_a_kind_is_no_issuer(index):
    assert route._issuer_subject(fold("cac tinh uy, thanh uy ban hanh chuong trinh thuc hien"), index.docs, []) == []
    assert route._issuer_subject(fold("moi thanh uy ban hanh chuong trinh"), index.docs, []) == []
    assert route._issuer_subject(fold("thanh uy can tho ban hanh chuong trinh khi nao"), index.docs, []) == \
        ["ct-tucantho-nq43"]
    # "các" before a noun that is no committee, then a real issuer: the issuer stays
    assert route._issuer_subject(fold("sau cac cuoc hop, thanh uy can tho ban hanh chuong trinh so may"),
                                 index.docs, []) == ["ct-tucantho-nq43"]


def _passages(index, ids):
    return [Passage(index.units[i], 1.0 - k / 10, 0.5, 1.0) for k, i in enumerate(ids)]


def test_a_part_asking_by_when_a_named_body_must_act_leads_with_its_dated_task(index):
    found = _passages(index, ["kh-21-2023:II.3.p1", "kh-21-2023:IV.8.g1"])
    u = understand("Kế hoạch của Bộ Chính trị cho các tỉnh ủy, thành ủy hạn chót là khi nào để ban hành kế hoạch "
                   "riêng", index.docs)
    assert [p.unit.unit_id for p in assigned_first(found, u, index.tasks)] == \
        ["kh-21-2023:IV.8.g1", "kh-21-2023:II.3.p1"]
    # no deadline asked, or no body of a dated task named: the order of retrieval stays
    for q in ("Kế hoạch của Bộ Chính trị giao các tỉnh ủy, thành ủy làm những gì",
              "Kế hoạch của Bộ Chính trị đặt hạn chót khi nào cho việc ban hành kế hoạch"):
        u = understand(q, index.docs)
        assert [p.unit.unit_id for p in assigned_first(found, u, index.tasks)] == \
            ["kh-21-2023:II.3.p1", "kh-21-2023:IV.8.g1"], q


def test_a_year_said_by_its_last_two_digits_after_a_quarter_or_a_month():
    assert parse_period("quý 1 năm 24") == {"year": 2024, "quarter": 1, "month": None, "day": None}
    assert parse_period("tháng 3/25") == {"year": 2025, "quarter": 1, "month": 3, "day": None}
    # a day and month is no month and year; a bare "năm 24" is no year
    assert parse_period("trước ngày 25/12") == {"year": None, "quarter": 4, "month": 12, "day": 25}
    assert parse_period("sau 24 năm") is None and parse_period("năm 24 tuổi") is None


def test_a_period_joined_to_one_a_deadline_points_at_is_asked_too(index):
    due = due_asked(understand("Những việc hẹn xong trong quý I/2024 và trong năm 2025 là gì?", index.docs))
    assert isinstance(due, AnyDue) and set(due.filters) == {DueFilter(year=2024, quarter=1), DueFilter(year=2025)}
    # a horizon after the deadline ("và đến năm 2030") is not a deadline
    due = due_asked(understand("Việc nào phải xong trong năm 2025 và đến năm 2030 thì đạt mục tiêu gì?", index.docs))
    assert due == DueFilter(year=2025)


def test_a_topic_set_before_a_colon_is_carried_into_both_parts(index):
    from rag.answerers.compound.parts import split
    lead, parts = split(understand("Người cao tuổi: nghị quyết 43 yêu cầu gì, còn kế hoạch tỉnh thì giao ai làm?",
                                   index.docs))
    assert lead == "Người cao tuổi" and parts[1].startswith("kế hoạch tỉnh")
    # a lead that asks, or that speaks of the asker, is no topic of the parts
    lead, _ = split(understand("Tôi cần biết hạn: nghị quyết 43 yêu cầu gì, còn kế hoạch tỉnh thì xong khi nào?",
                               index.docs))
    assert lead == ""
    lead, _ = split(understand("Ai chủ trì: ở trung ương thì ban nào, còn kế hoạch tỉnh thì giao ai?", index.docs))
    assert lead == ""

