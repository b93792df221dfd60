"""Which plan items carry out a numbered item of a resolution (rag/answerers/work/carried.py), answered from the
resolution↔plan map on the real corpus; questions that are not that are left to the other answerers."""
import pytest

from rag.answerers import Context

from rag.answerers.work import carried
from rag.pipeline import get_assistant
from rag.question.route import understand


@pytest.fixture(scope="module")
def assistant(built_index):
    return get_assistant(built_index)


def _read(assistant, q):
    index = assistant.holder.get()
    return carried.read_question(Context(question=q, u=understand(q, index.docs), index=index))


def test_the_item_and_the_plans_are_read(assistant):
    assert _read(assistant, "Nhiệm vụ 6 của Nghị quyết 43 được kế hoạch tỉnh cụ thể hóa ở những điểm nào?") == \
        ("nq-43-2023", "III.6", ["kh-btvtu-nq43"])
    # no plan named: every plan that implements the resolution
    rid, anchor, plans = _read(assistant, "Giải pháp 5 trong Nghị quyết 43 được các văn bản thực hiện ở đâu?")
    assert (rid, anchor) == ("nq-43-2023", "III.5")
    assert sorted(plans) == ["ct-tucantho-nq43", "kh-21-2023", "kh-btvtu-nq43"]


def test_the_answer_cites_the_item_then_each_plans_items(assistant):
    a = assistant.ask("Mục III.6 của Nghị quyết 43, chương trình Cần Thơ triển khai ở mục nào?")
    assert a.mode == "carried" and not a.refused
    assert [c.unit_id for c in a.citations] == ["nq-43-2023:III.6.1.p1", "ct-tucantho-nq43:III.6.g1"]
    assert a.answer.startswith("Mục III.6 của Nghị quyết 43-NQ/TW — 6. Đổi mới nội dung, phương thức hoạt động")
    assert "\nChương trình của Thành ủy Cần Thơ:\n- III. Nhiệm vụ và giải pháp › 6. " in a.answer


def test_other_questions_are_not_taken(assistant):
    # a count of the item's parts (structure), an item of no resolution, a topic without a number (across)
    assert _read(assistant, "Mục 6 của Nghị quyết 43 có mấy ý?") is None
    assert _read(assistant, "Mục 3 của Kế hoạch 21 được kế hoạch tỉnh cụ thể hóa ở điểm nào?") is None
    assert _read(assistant, "Ngày hội đại đoàn kết được kế hoạch tỉnh và Nghị quyết 43 đưa vào mục nào?") is None
    # an item number the resolution's task part does not have
    assert _read(assistant, "Nhiệm vụ 12 của Nghị quyết 43 được kế hoạch tỉnh cụ thể hóa ở điểm nào?") is None


@pytest.mark.parametrize("question", [
    "Điểm 2 phần tổ chức thực hiện của nghị quyết 43 giao việc triển khai cho ai, thực hiện ở đâu?",
    "Trong nghị quyết 43, mục 1 về nhận thức được thể hiện ở phần nào của nghị quyết?",
    "Nghị quyết 43 có bao nhiêu nhiệm vụ, nhiệm vụ 3 được thực hiện ở đâu trong kế hoạch tỉnh?",
])
def test_a_part_named_by_words_a_place_inside_the_resolution_or_a_count_is_not_taken(question, assistant):
    assert _read(assistant, question) is None


def test_a_plan_asked_which_part_still_is(assistant):
    assert _read(assistant, "Nhiệm vụ 3 của Nghị quyết 43 được kế hoạch tỉnh thực hiện ở phần nào?")[:2] == \
        ("nq-43-2023", "III.3")


def test_the_items_a_question_names_are_read_by_the_address_reader():
    from rag.answerers.work.carried import items_named
    from rag.text import fold

    def named(q):
        return items_named(fold(q), q)
    assert named("Mục 4 phần II được triển khai ở chỗ nào?") == [("II", "4")]      # part given after the item
    assert named("Điểm II.4 được triển khai ở chỗ nào?") == [("II", "4")]
    assert named("Giải pháp số 5 được triển khai ở đâu?") == [("", "5")]
    # a sub-item and a dated number name no task item
    assert named("Mục 3.2 được triển khai ở đâu?") == []
    assert named("Điểm 5/2024 được triển khai ở đâu?") == []
