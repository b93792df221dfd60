"""Bare ordinals joined to an ordinal ("nhóm thứ hai và thứ năm"): only after "và"/"với", only forms that are
nothing but an ordinal, "thứ tư" told from "thứ tự" by its accents."""
import pytest

from rag.answerers.outline.address import joined_ordinals, ordinal
from rag.text import fold


def joined(q):
    f = fold(q).lower()
    om = ordinal(f, q)
    assert om is not None
    return [(m.group("n"), m.group("last"), m.group("first")) for m in joined_ordinals(f, om, q)]


@pytest.mark.parametrize("question, found", [
    ("Nhóm thứ hai và thứ năm trong kế hoạch là gì?", [("nam", None, None)]),
    ("Nhóm thứ ba với thứ 6 được giao gì?", [("6", None, None)]),
    ("Trong phần IV, cơ quan đầu tiên và cuối cùng được giao gì?", [(None, "cuoi cung", None)]),
    ("Nhóm cuối cùng và đầu tiên nói gì?", [(None, None, "dau tien")]),
    ("Nhóm thứ ba và thứ tư nói gì?", [("tu", None, None)]),
    ("Nhom thu ba va thu tu noi gi?", [("tu", None, None)]),          # typed without accents: read as a number
])
def test_joined_ordinals_found(question, found):
    assert joined(question) == found


@pytest.mark.parametrize("question", [
    "Nhiệm vụ thứ hai, trước tiên cần làm gì theo Kế hoạch 21?",       # an adverb after a comma
    "Nhóm thứ hai, kết thúc khi nào trong Kế hoạch 21?",
    "Nhiệm vụ đầu tiên và thứ tự thực hiện ra sao trong Kế hoạch 21?",  # "thứ tự" is order, not "thứ tư"
    "Nhiệm vụ thứ hai và cuối năm 2024 phải xong việc gì?",           # a time
    "Phần thứ nhất, chốt lại ý gì?",
    "Nhóm thứ ba, mở đầu bằng câu nào?",
    "Nhóm thứ hai và trước tiên phải làm gì?",                         # an adverb even after "và"
    "Nhóm thứ hai và cuối cùng năm nay làm gì?",                       # a time after "cuối cùng"
])
def test_no_joined_ordinal_read_from_other_words(question):
    assert joined(question) == []
