"""A document named only as what is carried out ("các văn bản làm theo Nghị quyết 43") is not where the answer must
be: the documents that carry it out are (rag.question.route.Understanding.named_as_carried_out). Sentences of our own."""
from rag.question.route import understand


def test_a_document_named_only_as_carried_out_is_not_the_place_of_the_answer(index):
    for q in ("Những văn bản triển khai Nghị quyết 43 có nói về chuyển đổi số không?",
              "Các nơi làm theo nghị quyết 43, bản nào nhắc tới thanh niên tình nguyện?"):
        u = understand(q, index.docs)
        assert u.routed and u.named_as_carried_out(), q
    # named as the subject, or beside a document named as the subject: the named one is where the answer is
    for q in ("Nghị quyết 43 nói gì về chuyển đổi số?", "Kế hoạch 21 thực hiện Nghị quyết 43 giao việc gì cho Mặt trận?",
              "Trong nghị quyết 43, phần nói về thanh niên viết gì?"):
        assert not understand(q, index.docs).named_as_carried_out(), q
