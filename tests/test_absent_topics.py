"""A real document asked about a topic it never treats (eval.absent): the overview answerer leaves it to
retrieval and its refusal ("có đề cập đến X không", "quy định X như thế nào" name a topic); the same wordings
about the document's own headings are answered. Real corpus."""
from eval.absent import generate, topics


def test_the_listed_topics_kept_are_not_printed_by_the_corpus(index):
    kept = topics(index)
    assert len(kept) >= 20 and "giá xăng dầu" in kept


def test_an_absent_topic_is_not_answered_by_the_overview(assistant):
    rows = generate(assistant.holder.get())
    absent = [assistant.ask(r["question"]) for r in rows["topic-absent"]]
    assert not any(a.mode == "overview" for a in absent)
    assert sum(a.refused for a in absent) >= 0.45 * len(absent)
    a = assistant.ask("Kế hoạch 21-KH/TW có đề cập đến tàu điện ngầm không?")
    assert a.refused
    present = [assistant.ask(r["question"]) for r in rows["topic-present"]]
    assert len(present) >= 10 and not any(a.refused for a in present)
