"""A message cut into questions (rag.question.split): a syllable that folds to "chi" asks only when it is the
Central "gì" typed as "chi" alone, not "chỉ", "chị", "chí" or the head of "chi hội", "chi bộ", "chi tiết". Sentences
written for these tests."""
from rag.question.split import questions


def test_a_closing_request_naming_a_chi_hoi_stays_with_its_question():
    assert questions("Nghị quyết nhắm tới điều gì? Tôi cần nói lại trong buổi sinh hoạt chi bộ.") is None
    assert questions("Kế hoạch yêu cầu những gì? Chị cần tóm tắt để nói ở chi hội.") is None
    assert questions("Văn bản này nói gì? Em chỉ cần ý chính.") is None


def test_the_central_chi_still_asks():
    assert questions("Điểm 2 ghi cái chi? Còn điểm 3 nói chi?") == ("", ["Điểm 2 ghi cái chi?", "Còn điểm 3 nói chi?"])
    # typed without accents, "chi" is read as before
    assert questions("diem 2 ghi gi? diem 3 noi chi?") == ("", ["diem 2 ghi gi?", "diem 3 noi chi?"])
