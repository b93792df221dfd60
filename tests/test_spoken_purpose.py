"""What a document is made to get, asked in speech ("làm ra để được cái gì", "mong làm ra được cái gì"): the purpose
sections, as any goal cue (rag/data/question_forms.toml [overview] goal), on the real corpus."""
import pytest

from conftest import cited_ids


@pytest.mark.parametrize("question, first", [
    ("Chương trình Cần Thơ làm ra để được cái gì?", "ct-tucantho-nq43:II.2."),
    ("Nghị quyết 43 mong làm ra được cái gì?", "nq-43-2023:II.2."),
    ("Kế hoạch của tỉnh làm ra để được gì, nói gọn giúp tôi", "kh-btvtu-nq43:I.1."),
    ("ke hoach cua tinh lam ra de duoc cai gi", "kh-btvtu-nq43:I.1."),
])
def test_what_a_document_is_made_to_get_is_its_purpose(ask, question, first):
    a = ask(question)
    assert a.mode == "overview" and not a.refused
    assert cited_ids(a)[0].startswith(first), cited_ids(a)[:3]


def test_what_a_plan_has_made_after_a_while_is_no_purpose(ask):
    # "làm ra được gì" alone asks results, which the plan does not print (review of session 23, finding 3)
    a = ask("Kế hoạch 21 làm ra được gì sau một năm thực hiện?")
    assert a.mode != "overview"
