"""The sentences of a question that ask, apart from its context (rag.decision.asking). Sentences of our own."""
import pytest

from rag.decision.asking import asking_sentences, asking_terms, names_asked
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


@pytest.mark.parametrize("q", [
    # the asker's place opens the question; the asking sentence asks of the resolution
    "Dạ bên tụi em ở Chợ Lớn có nhiều chùa lắm. Nghị quyết về đoàn kết dân tộc có nói gì về tín ngưỡng, tôn giáo không?",
    "Quê tui ở miền tây Nghệ An còn giữ mấy cái lệ cũ tốn kém. Nghị quyết đoàn kết có nói chi tới chuyện bỏ mấy cái lề lối cũ nớ không?",
    "Ở Chợ Lớn mình có mấy cái hội đồng hương lâu đời lắm. Nghị quyết có nói gì về mấy cái hội kiểu đó không?",
])
def test_a_name_said_only_in_a_context_sentence_is_where_the_asker_stands(ask, q):
    # a demonstrative after a thing of the context ("hội kiểu đó", "lề lối cũ nớ") takes up no place
    assert names_asked(q) != q
    assert ask(q).refusal_reason != "name_absent", q


@pytest.mark.parametrize("q", [
    # the name asked of in the asking sentence
    "Quê tôi ở Bình Phước. Nghị quyết có giao gì riêng cho Bình Phước không?",
    "Bà con Chợ Lớn hỏi: kế hoạch có giao gì cho Chợ Lớn không?",
    "Nghị quyết có giao gì riêng cho Chợ Lớn không? Tôi ở đó.",
    # review pa27 finding 4: the asking sentence takes the place up with an anaphor of place, or the context says
    # what is asked about
    "Em hỏi về tỉnh Sóc Trăng. Kế hoạch ở tỉnh này giao ai chủ trì?",
    "Quê tôi ở Bình Phước. Ở đó kế hoạch giao gì cho Mặt trận?",
    "Bên tụi em ở Chợ Lớn. Kế hoạch có giao gì riêng cho địa phương đó không?",
    "Tôi muốn hỏi về huyện Sóc Trăng. Kế hoạch giao Mặt trận làm gì?",
])
def test_a_name_of_the_asking_or_taken_up_by_it_is_still_refused(ask, q):
    a = ask(q)
    assert a.refused and a.refusal_reason == "name_absent", (q, a.refusal_reason)
