"""Regional question words and particles ("chi" for "gì", "răng" for "sao", "hông" for "không", "tui" for "tôi")
are function words where a clause ends and content elsewhere (rag.text.content_terms, rag/data/stopwords.txt)."""
from __future__ import annotations

from rag.text import content_terms


def test_regional_question_words_at_the_end_of_a_clause_are_function_words():
    assert content_terms("Kế hoạch giao cho xã mần chi?") == ["ke", "hoach", "giao", "xa", "man"]
    assert content_terms("Nông dân phải trở thành người ra răng?") == ["nong", "dan", "tro", "thanh", "nguoi"]
    assert content_terms("Tỉnh có tính tới chỗ ở cho công nhân hông?") == \
        ["tinh", "tinh", "toi", "cho", "o", "cong", "nhan"]
    # followed only by other particles: "nói chi vậy ta?", "nói chi rứa,"
    assert content_terms("Nghị quyết nói chi vậy ta?") == ["nghi", "quyet", "noi", "ta"]
    assert content_terms("Mục 2 nói chi rứa, có mấy ý?") == ["muc", "2", "noi", "y"]
    assert content_terms("Tui hỏi về thanh niên") == ["thanh", "nien"]


def test_the_same_syllables_inside_a_clause_are_content():
    # "chi bộ", "chi hội trưởng", "chi phí": not the question word
    assert content_terms("Chi bộ phải làm gì?") == ["chi", "bo"]
    assert content_terms("Làm chi hội trưởng thì được giao gì?") == ["lam", "chi", "hoi", "truong", "giao"]
    assert content_terms("Chi phí tổ chức ngày hội lấy ở đâu?") == ["chi", "phi", "to", "chuc", "ngay", "hoi", "lay"]
    # "rõ ràng" is no "răng"; typed without accents the folded forms are left as content ("chi": chỉ, chí)
    assert content_terms("Có quy định rõ ràng không?") == ["quy", "dinh", "ro", "rang"]
    assert content_terms("ke hoach chi dao gi") == ["ke", "hoach", "chi", "dao"]


def test_a_regional_word_that_is_an_item_of_a_list_of_nouns_is_content():
    # after a comma: "thu, chi" (receipts and expenditure); after a plural determiner: "các chi, đảng bộ"
    assert content_terms("Ai duyệt các khoản thu, chi?") == ["duyet", "khoan", "thu", "chi"]
    assert content_terms("Những chi, tổ hội nào được khen?") == ["chi", "to", "hoi", "khen"]
    # the question word still goes after a comma-free clause
    assert content_terms("Hỏi vậy thôi, kế hoạch nói chi?") == ["thoi", "ke", "hoach", "noi"]
    # "tui" typed without accents is the pronoun too
    assert content_terms("cho tui hoi ve thanh nien") == ["hoi", "thanh", "nien"]


def test_the_central_chi_after_a_verb_of_doing_or_saying_and_before_the_matter_asks_what():
    # "làm chi trong chuyện …", "nói chi về …", "bàn chi với …": "gì" inside the clause
    assert "chi" not in content_terms("Trung ương giao công an làm chi trong chuyện đoàn kết?")
    assert content_terms("Kế hoạch nói chi về người có uy tín?") == ["ke", "hoach", "noi", "nguoi", "uy", "tin"]
    assert "chi" not in content_terms("Hội nghị bàn chi với bà con ở xã?")
    # a compound, spending, or "chi cho" (spend for): content
    assert "chi" in content_terms("Nói chi tiết về phần II.")
    assert "chi" in content_terms("Để chi trả cho ai?")
    assert "chi" in content_terms("Tỉnh làm chi hội trưởng ở đâu?")
    assert "chi" in content_terms("Tỉnh để chi cho công tác tuyên truyền bao nhiêu?")


def test_a_central_what_inside_the_clause_is_answered_as_the_standard_word(ask):
    q = "Kế hoạch 21 giao cho quân đội với công an làm chi trong chuyện đoàn kết với bà con?"
    a, b = ask(q), ask(q.replace("làm chi", "làm gì"))
    assert not a.refused and a.citations[0].unit_id == b.citations[0].unit_id
