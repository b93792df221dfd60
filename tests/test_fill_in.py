"""A blank to fill (rag.answerers.printed.fill_in): the words the asker copies up to the blank are found printed in a unit,
which answers. Sentences written for these tests, on the real corpus."""
from conftest import cited_ids

from rag.answerers.printed.fill_in import copied_words


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


# review of ov18: the words that fill the blank are printed; the blank answers only when it is what is asked

def test_the_quote_runs_past_a_semicolon_to_the_words_that_fill_the_blank(ask):
    a = ask("Điền vào chỗ trống: Phát huy vai trò của các giai tầng xã hội, …")
    assert a.mode == "fill_in" and cited_ids(a)[0] == "nq-43-2023:III.2.1.p1"
    assert "khơi dậy mọi tiềm năng" in a.answer
    a = ask("Điền vào chỗ trống: Xây dựng giai cấp công nhân Việt Nam hiện đại, lớn mạnh...")
    assert a.mode == "fill_in" and "về số lượng và chất lượng; có trình độ chuyên môn" in a.answer
    a = ask("Điền vào chỗ trống: Đại đoàn kết toàn dân tộc là truyền thống quý báu...")
    assert "nguồn sức mạnh to lớn" in a.answer


def test_a_blank_right_after_a_semicolon_copies_the_words_before_it(ask):
    assert copied_words("Điền tiếp: khát vọng cống hiến và xây dựng đất nước ngày càng phồn vinh, hạnh phúc; …")[:3] \
        == ["khat", "vong", "cong"]
    a = ask("Điền tiếp: khát vọng cống hiến và xây dựng đất nước ngày càng phồn vinh, hạnh phúc; …")
    assert a.mode == "fill_in" and cited_ids(a)[0] == "nq-43-2023:II.2.p1" and "đến năm 2045" in a.answer


def test_a_quotation_asked_about_is_no_blank_to_fill(ask):
    for q in ('Nghị quyết 43 có câu "Đại đoàn kết toàn dân tộc là truyền thống quý báu..." - câu này có trong '
              'Kế hoạch 21 không?',
              "Anh chị cho hỏi: tăng cường đồng thuận xã hội, khơi dậy mạnh mẽ tinh thần yêu nước... là mục tiêu "
              "của văn bản nào, ban hành ngày nào?",
              'Nghị quyết viết "đến năm 2030 Việt Nam là nước đang phát triển..." nghĩa là gì?',
              "xây dựng giai cấp công nhân Việt Nam hiện đại, lớn mạnh... được giao cho cơ quan nào?"):
        assert ask(q).mode != "fill_in", q


def test_a_blank_with_nothing_asked_after_it_or_a_word_of_filling_is_filled(ask):
    assert ask("tang cuong dong thuan xa hoi khoi day manh me tinh than yeu nuoc ...").mode == "fill_in"
    assert ask("Hoàn thành câu sau: phát huy vai trò của các giai tầng xã hội ___").mode == "fill_in"
    # "diện" of "toàn diện" folds to "dien": no word of filling
    from rag.answerers.printed.fill_in import blank_asked
    assert not blank_asked("đổi mới toàn diện công tác vận động quần chúng... là nhiệm vụ của ai?")
