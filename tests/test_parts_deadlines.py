"""Two deadlines asked of two documents in one question (rag/answerers/compound/parts.py; rag/answerers/work/tasks.py leaves a
listing by deadline alone to it). Sentences of our own, on the real corpus."""
import pytest

from rag.answerers.compound.parts import body_dated, names_document
from rag.question.route import understand


def _units(answer):
    return [c.unit_id for c in answer.citations]


def test_two_deadlines_after_a_listing_lead_are_answered_part_by_part(ask):
    # "các mốc thời hạn" alone lists every dated task; here it only leads two deadlines, one of each plan
    a = ask("Tôi cần các mốc thời hạn: kế hoạch của Bộ Chính trị bắt tỉnh ủy, thành ủy ban hành chương trình xong "
            "khi nào; còn kế hoạch của tỉnh thì hạn quán triệt cho cán bộ là ngày nào?")
    assert a.mode == "parts"
    assert _units(a)[0] == "kh-21-2023:IV.8.g1"
    assert "kh-btvtu-nq43:III.1.1.p1" in _units(a)


def test_every_deadline_of_a_plan_is_still_listed(ask):
    # one question, no second part: the whole listing of printed deadlines
    a = ask("Liệt kê các mốc thời hạn trong kế hoạch 21")
    assert a.mode == "tasks"
    assert len(a.citations) > 5


def test_a_body_named_without_its_plural_determiner_finds_its_dated_task(index, docs):
    u = understand("tỉnh ủy, thành ủy phải ban hành kế hoạch trước khi nào", docs)
    assert "kh-21-2023:IV.8.g1" in body_dated(u, index.tasks)
    # a word that merely ends like the body ("cấp tỉnh ủy ban") is no name of it
    assert "kh-21-2023:IV.8.g1" not in body_dated(understand("hạn của tỉnh là khi nào", docs), index.tasks)


@pytest.mark.parametrize("text, named", [
    ("cấp trên bắt thành ủy ra chương trình xong hồi nào", False),       # the program to be made
    ("các đơn vị phải ban hành kế hoạch trước ngày nào", False),
    ("chương trình nêu hạn nào cho việc sơ kết", True),                  # the one catalog program, named
    ("chương trình của Cần Thơ giao việc gì", True),
    ("việc sơ kết xong khi nào", False),                                   # no document at all
])
def test_a_bare_kind_made_by_a_verb_names_no_document(docs, text, named):
    assert names_document(understand(text, docs)) is named


def test_a_deadline_asked_in_everyday_words_is_read_from_the_dated_task(ask):
    # "bữa nào" asks a day as "ngày nào" does; the province's dated task on its own words prints it
    a = ask("Cho hỏi mốc nè: trên trung ương bắt tỉnh ủy, thành ủy ra kế hoạch xong hồi nào, còn kế hoạch tỉnh "
            "bắt quán triệt cho đảng viên xong trước bữa nào?")
    assert a.mode == "parts"
    assert "kh-btvtu-nq43:III.1.1.p1" in _units(a)


@pytest.mark.parametrize("what", ["tổ chức đại hội điểm", "xây dựng nhà văn hóa"])
def test_a_deadline_for_work_no_dated_task_says_is_not_answered_by_one(ask, what):
    a = ask(f"Trung ương bắt tỉnh ủy, thành ủy ban hành kế hoạch xong khi nào, còn tỉnh thì hạn {what} là ngày nào?")
    assert "kh-btvtu-nq43:III.1.1.p1" not in _units(a)
