"""A purpose asked beside one the asker sets aside, "ngoài X (ra) … còn … (nữa)" (rag/answerers/document/besides.py): X names
no topic, and the purpose unit closest to X is quoted after the others. Sentences written for these tests, on the
real corpus."""
import pytest
from conftest import cited_ids

from rag.answerers.document.besides import besides
from rag.text import fold


@pytest.mark.parametrize("question, first", [
    ("Ngoài việc nắm vững nghị quyết ra thì Kế hoạch 21 còn nhằm mục đích gì?", "kh-21-2023:I.2.p1"),
    ("Ngoài chuyện hiểu cho sâu nghị quyết, kế hoạch 21 còn yêu cầu cái gì nữa?", "kh-21-2023:I.2.p1"),
    ("Kế hoạch 21, ngoài việc nâng cao nhận thức của cán bộ thì còn nhằm gì nữa?", "kh-21-2023:I.2.p1"),
    # the other way round: the second purpose set aside, the first leads
    ("Ngoài việc phân công nhiệm vụ cụ thể, kế hoạch 21 còn nhằm mục đích gì nữa?", "kh-21-2023:I.1.p1"),
    ("Kế hoạch của tỉnh, ngoài việc tạo chuyển biến trong nhận thức thì còn yêu cầu gì nữa?", "kh-btvtu-nq43:I.2.p1"),
    # nothing set aside: the document's order
    ("Kế hoạch 21 nhằm mục đích gì?", "kh-21-2023:I.1.p1"),
])
def test_a_purpose_set_aside_is_quoted_after_the_others(ask, question, first):
    a = ask(question)
    assert a.mode == "overview" and cited_ids(a)[0] == first


@pytest.mark.parametrize("question", [
    "Nghị quyết 43 giao gì cho người Việt Nam ở nước ngoài, còn gì nữa?",     # "nước ngoài": no clause opens there
    "Ngoại giao nhân dân thì kế hoạch 21 còn giao cho ai?",                  # "ngoại", typed so
    "Kế hoạch 21 nói gì về ngoài giờ, hoàn thành khi nào?",                    # no "ra", no "còn"/"nữa" after it
])
def test_no_purpose_set_aside(question):
    assert besides(fold(question).lower(), question) is None


def test_a_body_set_aside_is_no_overview(ask):
    assert ask("Ngoài Mặt trận ra, kế hoạch 21 còn giao cho ai?").mode != "overview"
