"""A document named by the classifier "cái" and its issuer or level ("cái của tỉnh", "cái của Bộ Chính trị"), as
"văn bản của <name>" is (rag/question/docmatch.py: alias_forms). Sentences of our own, on the real corpus."""
import pytest

from rag.answerers.work.listed import named_documents
from rag.question.docmatch import alias_forms
from rag.question.route import understand


def test_a_generic_alias_is_also_said_with_the_classifier():
    assert "cai cua tinh" in alias_forms("văn bản của tỉnh")
    # only "văn bản của …": a kind word keeps its own forms, and an alias without "của" gets none
    assert not any(f.startswith("cai") for f in alias_forms("kế hoạch của tỉnh"))
    assert not any(f.startswith("cai") for f in alias_forms("văn bản sao y"))


def test_documents_listed_by_the_classifier_are_named_side_by_side(docs):
    u = understand("Cái của tỉnh với cái của Cần Thơ, bên nào giao việc cho Hội Nông dân?", docs)
    assert named_documents(u, docs) == ["kh-btvtu-nq43", "ct-tucantho-nq43"]
    u = understand("Theo cái của tỉnh thì hội nghị quán triệt phải xong lúc nào?", docs)
    assert u.routed == ["kh-btvtu-nq43"]


@pytest.mark.parametrize("question", [
    "Cái mới của tỉnh trong việc vận động đồng bào là gì?",
    "Cái gì của nhân dân thì phải trả lại cho nhân dân?",
    "Đất đai là cái của chung, các văn bản dặn giữ gìn ra sao?",
])
def test_the_classifier_for_a_thing_names_no_document(docs, question):
    assert understand(question, docs).routed == []
