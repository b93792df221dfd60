"""A document asked what it says about another document the catalog holds (a news item about the plan it reports
on): the words between the two names ask, they do not describe the first by the second (rag.answerers.document.overview
`_without_descriptions`), so the first document's overview answers; a topic that is no document still narrows."""
import pytest

from conftest import cited_ids


@pytest.mark.parametrize("question", [
    "Bài tin ấy viết những gì về Kế hoạch 21 vậy?",
    "Tin tức kia nói những gì về Kế hoạch số 21?",
    "Cái bản tin nói gì về kế hoạch của Bộ Chính trị thế?",
])
def test_news_item_asked_about_the_plan_it_reports_on_gets_its_overview(ask, question):
    a = ask(question)
    assert not a.refused
    ids = cited_ids(a)
    assert ids and all(i.startswith("tin-kh21:") for i in ids)
    assert any(i.startswith("tin-kh21:preamble") for i in ids)     # the whole item, not one of its points


@pytest.mark.parametrize("question, first", [
    ("Nghị quyết 43 đề cập gì về thanh niên?", "nq-43-2023:"),        # a topic, no document: narrows
    ("Tin về Kế hoạch 21 nói gì về thanh niên?", "kh-21-2023:"),     # "tin về …" still describes one by the other
])
def test_a_topic_that_is_no_document_still_narrows(ask, question, first):
    a = ask(question)
    ids = cited_ids(a)
    assert ids and ids[0].startswith(first)
    assert not any(i.endswith("preamble.p1") for i in ids)
