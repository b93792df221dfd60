"""A blank to fill (rag.answerers.fill_in): the words the asker copies up to the blank are found printed in a unit,
which answers. Sentences written for these tests, on the real corpus."""
from conftest import cited_ids

from rag.answerers.fill_in import copied_words


def test_the_words_copied_up_to_the_blank():
    assert copied_words("Điền vào chỗ trống: Đảng lãnh đạo, Nhà nước quản lý …") == \
        ["dang", "lanh", "dao", "nha", "nuoc", "quan", "ly"]
    assert copied_words("Hoàn thành câu: “tăng cường đồng thuận xã hội, ___ ”") == \
        ["tang", "cuong", "dong", "thuan", "xa", "hoi"]
    assert copied_words("Nghị quyết nhằm …") == []            # too few words to say which passage
    assert copied_words("Nghị quyết 43 nói gì?") == []


def test_words_several_documents_print_are_cited_in_each(ask):
    a = ask("Điền vào chỗ trống: Đại đoàn kết toàn dân tộc là truyền thống quý báu, …")
    assert a.mode == "fill_in" and not a.refused
    assert set(cited_ids(a)) == {"nq-43-2023:II.1.g1", "ct-tucantho-nq43:II.1.g2"}
    assert "xuyên suốt của Đảng" in a.answer


def test_a_named_document_is_the_one_searched(ask):
    a = ask("Nghị quyết 43 viết: “Đại đoàn kết toàn dân tộc là truyền thống quý báu, …” Điền tiếp giúp tôi.")
    assert a.mode == "fill_in" and cited_ids(a) == ["nq-43-2023:II.1.g1"]


def test_words_no_unit_prints_are_left_to_the_others(ask):
    assert ask("Điền vào chỗ trống: chính quyền phải bảo đảm việc làm cho thanh niên …").mode != "fill_in"


def test_a_news_item_described_with_a_time_between_names_the_news(docs):
    from rag.question.route import understand
    assert understand("Bài báo hôm trước tóm tắt Kế hoạch 21 nói gì?", docs).routed[0] == "tin-kh21"


def test_the_words_after_the_blank_pick_the_unit_and_the_resolution_comes_first(ask):
    a = ask("Câu đố: Đại đoàn kết toàn dân tộc là …, đường lối chiến lược quan trọng, xuyên suốt của Đảng. Điền vào.")
    assert a.mode == "fill_in" and cited_ids(a)[0] == "nq-43-2023:II.1.g1"
