"""Two deadlines asked in one question typed without punctuation, or whose second part opens with a level
("còn tỉnh kia bắt …"): rag/answerers/compound/parts.py splits them too. Sentences of our own, on the real corpus."""
import pytest

from rag.answerers.compound.parts import split
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


@pytest.mark.parametrize("text, first, second", [
    # the regional words of time (intents.WHEN) close the first part as the standard ones do
    ("tỉnh ủy ban hành kế hoạch hồi nào còn tỉnh thì quán triệt xong chừng nào",
     "tỉnh ủy ban hành kế hoạch hồi nào", "tỉnh quán triệt xong chừng nào"),
    ("kế hoạch tỉnh ra khi mô còn tỉnh thì báo cáo ngày mô", "kế hoạch tỉnh ra khi mô", "tỉnh báo cáo ngày mô"),
    ("kế hoạch tỉnh báo cáo chừng nào còn trung ương thì hạn báo cáo hồi nào",
     "kế hoạch tỉnh báo cáo chừng nào", "trung ương hạn báo cáo hồi nào"),
    ("trung ương tổ chức hội nghị quán triệt bữa nào còn tỉnh thì quán triệt khi mô",
     "trung ương tổ chức hội nghị quán triệt bữa nào", "tỉnh quán triệt khi mô"),
    ("Cần Thơ sơ kết quý nào còn tỉnh thì báo cáo ngày mấy", "Cần Thơ sơ kết quý nào", "tỉnh báo cáo ngày mấy"),
])
def test_a_regional_time_word_splits(docs, text, first, second):
    assert split(understand(text, docs))[1] == [first, second]


@pytest.mark.parametrize("text", [
    "chừng nào còn dân thì còn Đảng",                          # "as long as": nothing before "chừng nào"
    "kế hoạch phải xong hồi nào còn kịp không",                 # "còn" is "still"
    "sơ kết chừng nào còn thời gian thì làm gì thêm",          # "còn" is "remaining"
    "hội nghị quán triệt bữa mô còn mấy ngày nữa",              # "còn" is "remaining"
])
def test_a_regional_time_word_without_a_second_subject_does_not_split(docs, text):
    assert split(understand(text, docs)) is None


def test_a_part_answered_by_an_ongoing_task_is_no_not_found(ask):
    # kh-21 IV.7 holds "sơ kết, tổng kết" with "thực hiện thường xuyên": the part is answered there, not refused
    a = ask("kế hoạch 21 hẹn sơ kết khi nào còn trung ương có hẹn tổng kết không")
    assert a.mode == "parts"
    assert _units(a)[0] == "kh-21-2023:IV.7.p1"
    assert "Không thấy" not in a.answer.split("2.")[0]


@pytest.mark.parametrize("question", [
    # "sơ kết" is said only where a passage prints "sơ kết": not by "số 43" and "kết quả" (kh-btvtu IV.3)
    "kế hoạch tỉnh hẹn sơ kết quý nào còn trung ương hẹn tổng kết năm nào",
])
def test_a_word_typed_with_accents_is_said_only_as_typed(ask, question):
    a = ask(question)
    assert a.mode == "parts"
    first = a.answer.split("\n2.")[0]
    # the plan's review held as the work goes on ("sơ kết, tổng kết … thực hiện thường xuyên"), not its report date
    assert _units(a)[0] == "kh-btvtu-nq43:III.1.8.p1" and "25/12" not in first


def test_a_tone_slip_and_a_verb_of_intending(ask):
    # "quán triêt": a syllable no task row prints with those marks is read by its folded form
    a = ask("kế hoạch của trên bắt tỉnh ủy, thành ủy ra chương trình xong hồi nào, còn kế hoạch tỉnh bắt quán triêt "
            "xong trước bữa nào?")
    assert _units(a) == ["kh-21-2023:IV.8.g1", "kh-btvtu-nq43:III.1.1.p1"]
    # "tính triển khai nó": the part's topic is the first part's (the strategy), not "tính"
    a = ask("theo kế hoạch của Bộ Chính trị thì bao giờ phải soạn xong chiến lược đại đoàn kết, còn kế hoạch của "
            "tỉnh thì tính triển khai nó lúc nào?")
    assert a.mode == "parts" and "kh-btvtu-nq43:III.4.1.p1" in _units(a)


def test_own_terms_read_accents(docs):
    from rag.answerers.compound.parts import own_terms
    assert own_terms(understand("kế hoạch tỉnh hẹn sơ kết quý nào", docs), deadline=True) == ["so", "ket"]
    assert own_terms(understand("số liệu báo cáo ở xã ngày nào", docs))[:2] == ["so", "lieu"]   # "số" is no "sở"
    assert own_terms(understand("còn tỉnh thì sao?", docs)) == []
    # typed without accents, a folded level or deadline word still is one
    assert own_terms(understand("ke hoach tinh hen so ket quy nao", docs), deadline=True) == ["ket"]
