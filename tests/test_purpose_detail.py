"""A purpose asked with a detail of its own ("mục đích, yêu cầu gì, có bắt … không"): the purpose sections, the one
retrieval ranks best first, when that passage lies in a purpose section (rag.answerers.document.overview). Sentences written
for these tests, on the real corpus."""
from conftest import cited_ids


def test_purpose_with_a_detail_it_states(ask):
    a = ask("Kế hoạch của tỉnh nêu mục đích, yêu cầu gì, có buộc các cấp thực hiện đồng bộ xuống tận cơ sở không?")
    assert a.mode == "overview" and not a.refused
    ids = cited_ids(a)
    assert ids[0] == "kh-btvtu-nq43:I.3.p1" and "kh-btvtu-nq43:I.1.p1" in ids


def test_a_detail_outside_the_purpose_is_retrieval_s(ask):
    # the detail lies in the tasks, not in the purpose: not the overview
    a = ask("Kế hoạch của tỉnh có mục đích gì, có giao Ban Dân vận Tỉnh ủy theo dõi việc thực hiện không?")
    assert a.mode != "overview"


import pytest  # noqa: E402


@pytest.mark.parametrize("question, mode, first", [
    # review ov28 F2: a purpose word with an ordinal counts the purpose section's numbered items
    ("Mục đích đầu tiên của Kế hoạch 21 là gì?", "structure", "kh-21-2023:I.1.p1"),
    ("Mục đích thứ hai của Kế hoạch 21 là gì?", "structure", "kh-21-2023:I.2.p1"),
    ("Yêu cầu thứ hai của Kế hoạch 21 là gì?", "structure", "kh-21-2023:I.2.p1"),
    ("muc dich thu hai cua ke hoach 21 la gi?", "structure", "kh-21-2023:I.2.p1"),
    ("Kế hoạch 21 có mục đích cuối cùng là gì?", "structure", "kh-21-2023:I.2.p1"),
    # "trước tiên/trước hết" may be the adverb "first of all": unread, but the section keeps its order
    ("Giảng cho anh em mục đích trước tiên của Kế hoạch 21 là gì?", "overview", "kh-21-2023:I.1.p1"),
    # not an ordinal of the purpose: the purpose asked, or a part counted by "mục"
    ("Kế hoạch 21 nhằm mục đích gì?", "overview", "kh-21-2023:I.1.p1"),
    ("Trước hết, mục đích của Kế hoạch 21 là gì?", "overview", "kh-21-2023:I.1.p1"),
    ("Mục thứ hai của Kế hoạch 21 nói gì?", "structure", "kh-21-2023:II"),
])
def test_a_purpose_counted_by_an_ordinal(ask, question, mode, first):
    a = ask(question)
    assert a.mode == mode and not a.refused and cited_ids(a)[0] == first
