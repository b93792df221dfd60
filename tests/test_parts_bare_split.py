"""Two deadlines asked in one question typed without punctuation, or whose second part opens with a level
("còn tỉnh kia bắt …"): rag/answerers/parts.py splits them too. Sentences of our own, on the real corpus."""
import pytest

from rag.answerers.parts import split
from rag.question.route import understand


@pytest.mark.parametrize("text, second", [
    # no comma before "còn", right after the time asked
    ("trung ương bắt tỉnh ủy ra kế hoạch xong khi nào còn kế hoạch tỉnh thì quán triệt xong ngày nào",
     "kế hoạch tỉnh quán triệt xong ngày nào"),
    ("tỉnh ủy phải ban hành chương trình lúc nào còn tỉnh thì hẹn sơ kết bao giờ", "tỉnh hẹn sơ kết bao giờ"),
    # "còn" after a comma, the second part opening with a level (a classifier before it)
    ("Trung ương bắt tỉnh ủy ra chương trình trước khi nào, còn tỉnh kia bắt quán triệt xong trước ngày nào?",
     "tỉnh kia bắt quán triệt xong trước ngày nào"),
    ("Kế hoạch 21 hẹn sơ kết khi nào, còn bên tỉnh hẹn báo cáo trước ngày nào?", "bên tỉnh hẹn báo cáo trước ngày nào"),
])
def test_a_second_part_is_split_off(docs, text, second):
    got = split(understand(text, docs))
    assert got is not None
    assert got[1][1] == second


@pytest.mark.parametrize("text", [
    "việc nào còn dang dở thì ai lo?",                        # "còn" is "still", after a determiner
    "hạn ban hành kế hoạch là khi nào còn chưa rõ với chi bộ em",  # no second question asked
    "Tỉnh ủy phải làm gì, còn vướng mắc gì không?",           # a state, no subject of its own
    "Kế hoạch 21 hẹn sơ kết khi nào, còn việc báo cáo hẹn khi nào?",  # no level, document nor "thì"
    # typed without punctuation, "còn" after the time asked is "remaining" even before "thì"
    "việc quán triệt phải xong khi nào còn thời gian thì làm gì thêm",
    "hạn ban hành chương trình là lúc nào còn bao lâu nữa thì hết hạn",
    "tỉnh ủy phải ban hành kế hoạch khi nào còn kịp không",
    "Nghị quyết này áp dụng đến bao giờ còn hiệu lực không?",
])
def test_no_split(docs, text):
    assert split(understand(text, docs)) is None


def _units(answer):
    return [c.unit_id for c in answer.citations]


@pytest.mark.parametrize("question", [
    "bộ chính trị bắt các tỉnh ủy ban hành kế hoạch xong lúc nào còn tỉnh thì hẹn quán triệt cho đảng viên xong trước ngày nào",
    "Trên trung ương bắt tỉnh ủy, thành ủy ra chương trình xong khi nào, còn tỉnh kia bắt quán triệt nghị quyết "
    "cho cán bộ xong trước ngày nào?",
])
def test_each_deadline_is_read_from_its_dated_task(ask, question):
    a = ask(question)
    assert a.mode == "parts"
    assert _units(a)[0] == "kh-21-2023:IV.8.g1"
    assert "kh-btvtu-nq43:III.1.1.p1" in _units(a)
