"""A held document named by its subject, no number (rag/question/described.py), and one named as well as a cited one
by the subject words said (rag/tables/cited.py `held_alike`). Sentences written for these tests (lead's probes of
session 28 and other phrasings), on the real corpus and on the synthetic plan."""
import pytest
from conftest import cited_ids

from rag.question.route import understand


@pytest.mark.parametrize("question", [
    "văn bản về khối đại đoàn kết toàn dân tộc có những nội dung chính gì?",
    "Trong văn bản về khối đại đoàn kết, phần nhiệm vụ, giải pháp chủ yếu chia mấy nhóm?",
    "Văn bản về phát huy truyền thống đại đoàn kết toàn dân tộc do ai ký?",
    "Cái văn bản về tiếp tục phát huy truyền thống đại đoàn kết nói những gì?",
])
def test_a_document_named_by_its_own_subject(docs, question):
    assert understand(question, docs).routed == ["nq-43-2023"]


@pytest.mark.parametrize("question", [
    "Các văn bản về đại đoàn kết toàn dân tộc nói gì về kiều bào?",      # several asked
    "Kế hoạch về đại đoàn kết toàn dân tộc giao Ban Dân vận làm gì?",      # two plans carry that subject out
    "Văn bản về người Việt Nam ở nước ngoài nói gì?",                      # a topic, no title's subject
])
def test_no_one_document_named_by_a_subject(docs, question):
    assert understand(question, docs).routed == []


def test_the_described_resolution_overview(ask):
    a = ask("văn bản về khối đại đoàn kết toàn dân tộc có những nội dung chính gì?")
    assert a.mode == "overview" and cited_ids(a)[0] == "nq-43-2023:header"


@pytest.mark.parametrize("question", [
    "Nghị quyết về phát huy sức mạnh đại đoàn kết toàn dân tộc nói gì?",
    "Nghị quyết về phát huy sức mạnh đại đoàn kết toàn dân tộc có nội dung chính gì?",
    "Cho hỏi nghị quyết về phát huy sức mạnh đại đoàn kết toàn dân tộc nói những gì?",
])
def test_a_subject_both_the_held_and_a_cited_resolution_print(ask, question):
    a = ask(question)
    assert a.mode == "overview" and cited_ids(a)[0] == "nq-43-2023:header"
    assert "Nghị quyết 23-NQ/TW" in a.answer.split("\n")[0] and "Nghị quyết 43-NQ/TW" in a.answer.split("\n")[0]


@pytest.mark.parametrize("question", [
    # the cited one's own words said: it is asked (its mentions); its number said; the held one's number said
    "Nghị quyết về phát huy sức mạnh đại đoàn kết toàn dân tộc vì mục tiêu dân giàu, nước mạnh nói gì?",
    "Nghị quyết 23 về phát huy sức mạnh đại đoàn kết toàn dân tộc nói gì?",
    "Nghị quyết 43 nói gì?",
])
def test_no_other_named_beside(ask, question):
    a = ask(question)
    assert not (a.mode == "overview" and "Nghị quyết 23-NQ/TW" in a.answer.split("\n")[0])


def test_a_plan_added_by_the_cli_named_by_its_subject(synthetic_plan):
    a = synthetic_plan.ask("Kế hoạch về phòng cháy, chữa cháy rừng mùa khô có mấy phần?")
    assert a.mode == "structure" and cited_ids(a)[0].startswith("kh-07-an-binh")
