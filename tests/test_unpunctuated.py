"""Two asks said in one breath without punctuation ("… lúc nào còn cái tỉnh kia thì …") parted by a comma where the
second opens a subject of its own, so that each is answered on its own (rag.question.unpunctuated)."""
import pytest

from rag.question.unpunctuated import comma_between_asks
from conftest import cited_ids


@pytest.mark.parametrize("said, read", [
    ("kế hoạch 21 hẹn khi nào còn tỉnh thì sao", "kế hoạch 21 hẹn khi nào, còn tỉnh thì sao"),
    ("trung ương giao ai làm gì còn Cần Thơ thì giao ai", "trung ương giao ai làm gì, còn Cần Thơ thì giao ai"),
    ("hẹn xong năm nào còn kế hoạch của tỉnh thì hẹn lúc nào", "hẹn xong năm nào, còn kế hoạch của tỉnh thì hẹn lúc nào"),
])
def test_a_second_ask_opened_by_con_gets_a_comma(said, read):
    assert comma_between_asks(said) == read


@pytest.mark.parametrize("said", [
    "những việc gì còn chậm thì sao",             # "còn" before an adjective: a state
    "việc gì còn vướng mắc thì phải làm sao",      # before a verb
    "có làm không còn tỉnh thì sao",               # "không còn" ends no ask
    "hẹn khi nào còn tỉnh làm gì",                 # no "thì": no subject set apart
    "hẹn khi nào, còn tỉnh thì sao",               # typed with punctuation: its clauses are where it says
])
def test_con_that_opens_no_second_ask_stays_as_said(said):
    assert comma_between_asks(said) == said


def test_two_deadlines_said_in_one_breath_are_answered_part_by_part(ask):
    a = ask("bộ chính trị hẹn các tỉnh ủy ra kế hoạch thực hiện xong lúc nào còn kế hoạch của tỉnh thì hẹn quán "
            "triệt cho cán bộ xong trước ngày nào")
    assert a.mode == "parts" and not a.refused
    assert cited_ids(a)[0].startswith("kh-21-2023") and any(c.startswith("kh-btvtu-nq43") for c in cited_ids(a))
    assert "10/01/2024" in a.answer
