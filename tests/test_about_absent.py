"""A topic stated with "về" that no document prints (rag.decision.about)."""
from types import SimpleNamespace

from rag.decision.about import about_absent


def _index(*texts):
    units = [SimpleNamespace(doc_label="Kế hoạch 7", headings=[], lead="", text=t) for t in texts]
    return SimpleNamespace(build_id=f"b{hash(texts)}", docs={"kh": None}, doc_units=lambda _d: units)


INDEX = _index("Phát triển du lịch cộng đồng gắn với bảo tồn văn hóa dân tộc.",
               "Hỗ trợ nông dân chuyển đổi cây trồng, phát triển hợp tác xã.")


def test_a_topic_stated_with_ve_that_no_document_prints_is_named():
    q = "Kế hoạch 7 nói gì về phát triển năng lượng mặt trời?"
    assert about_absent(q, q, INDEX) == "năng lượng mặt trời"


def test_a_printed_topic_or_a_question_without_ve_names_none():
    q = "Kế hoạch 7 nói gì về phát triển du lịch cộng đồng?"
    assert about_absent(q, q, INDEX) is None                                  # printed
    q = "Kế hoạch 7 giao ai hỗ trợ bà con làm năng lượng mặt trời?"
    assert about_absent(q, q, INDEX) is None                                  # no topic stated with "về"
    q = "kế hoạch 7 noi gi ve nang luong mat troi"
    assert about_absent(q, q, INDEX) is None                                  # typed without marks: no accents to keep
