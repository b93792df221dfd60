"""A purpose asked with a detail of its own ("mục đích, yêu cầu gì, có bắt … không"): the purpose sections, the one
retrieval ranks best first, when that passage lies in a purpose section (rag.answerers.overview). Sentences written
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
