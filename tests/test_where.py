"""Asking where a document says something (rag/answerers/work/where.py): one definition for the cross-document topic
and the resolution ↔ plan answer."""
from rag.answerers.work.where import asks_where, where_spans
from rag.text import fold


def _asks(q: str) -> bool:
    return asks_where(fold(q), q)


def test_where_is_asked_by_a_place_and_an_asking_word():
    assert _asks("Việc bồi dưỡng cán bộ nằm ở mục nào của chương trình?")
    assert _asks("Kế hoạch đưa việc này vào tại những điểm nào?")
    assert _asks("Chỗ nào trong văn bản nói về thanh niên?")
    assert _asks("Văn bản quy định điều đó ở đâu?")
    assert _asks("viec nay nam o khoan nao")            # typed without accents: any spelling may be meant


def test_look_alikes_typed_with_accents_ask_no_place():
    assert not _asks("Đến năm 2030 phải đạt mức nào?")         # "mức", not "mục"
    assert not _asks("Bộ phận nào phụ trách việc này?")        # "phận", not "phần"
    assert not _asks("Phần ở đầu văn bản nói gì?")             # "ở đầu", not "ở đâu"
    assert not _asks("Người Việt Nam ở nước ngoài được nói thế nào?")   # "Nam ở", not "nằm ở"


def test_the_span_takes_the_verb_before_the_place():
    q = "Nội dung này được ghi ở phần nào?"
    f = fold(q)
    (a, b), = where_spans(f, q)
    assert q[a:b] == "ghi ở phần nào"


def test_contents_are_a_place_only_after_o_and_the_topic_keeps_its_words():
    assert not _asks("Kế hoạch giao những nhiệm vụ nào cho Mặt trận?")   # the tasks are what is asked
    assert _asks("Việc này được giao ở nhiệm vụ nào của kế hoạch?")
    q = "Công tác dân vận ở mục nào?"
    (a, b), = where_spans(fold(q), q)
    assert q[a:b] == "ở mục nào"                                       # "vận" is the topic's, not a verb of placing
