"""The sentences of a question that ask, apart from its context (rag.decision.asking). Sentences of our own."""
from rag.decision.asking import asking_sentences, asking_terms
from rag.text import content_terms


def test_a_context_sentence_before_the_asking_one_is_set_apart():
    q = ("Hội chúng tôi mới họp xong, anh em cãi nhau mãi chưa ra. Nghị quyết có giao Mặt trận giám sát "
         "việc tiếp dân không?")
    assert asking_sentences(q) == "Nghị quyết có giao Mặt trận giám sát việc tiếp dân không?"
    terms = content_terms(q)
    asked = asking_terms(q, terms)
    assert asked and "giam" in asked and "cai" not in asked and "hop" not in asked
    # context after the question, too
    q = "Kế hoạch của tỉnh giao ai theo dõi việc thực hiện? Tôi cần để ghi vào biên bản."
    assert asking_sentences(q) == "Kế hoạch của tỉnh giao ai theo dõi việc thực hiện?"


def test_a_question_read_whole_when_no_sentence_or_every_sentence_asks():
    assert asking_sentences("Kế hoạch 21 giao Ban Dân vận việc gì?") is None
    assert asking_sentences("Nghị quyết nói gì về thanh niên? Còn về phụ nữ thì sao?") is None
    # no question mark: no sentence is marked as asking, exam-style or typed bare
    assert asking_sentences("Trình bày quan điểm của nghị quyết. Nêu ngắn gọn.") is None
    assert asking_sentences("ke hoach tinh giao gi cho mat tran. cho em hoi voi") is None
    # a number's point ("mục 3.2") ends no sentence
    assert asking_sentences("Mục 3.2 nói gì?") is None
