"""Spelling slips repaired against the corpus and the dictionary (rag.search.spelling), on the real corpus's index."""
from __future__ import annotations

from rag.decision.meaning import in_official_terms
from rag.search.retrieve import prepare_query
from rag.search.spelling import is_syllable
from rag.text import fold, words


def test_accent_slips_are_spelled_as_the_corpus_prints_them(index):
    lex = index.lexical
    assert lex.repair_accents("Chính sách dân tôc của Nghị quyêt 43") == "Chính sách dân tộc của Nghị quyết 43"
    assert lex.repair_accents("vai trò của ngừơi có uy tín") == "vai trò của người có uy tín"
    # a real word the corpus does not print is kept, even when the corpus prints a look-alike next to it
    assert lex.repair_accents("lấy gì làm thước đo để chấm điểm cán bộ") == "lấy gì làm thước đo để chấm điểm cán bộ"
    assert lex.repair_accents("Bài báo được đăng trên báo nào?") == "Bài báo được đăng trên báo nào?"


def test_a_final_consonant_slip_is_spelled_as_the_word_the_corpus_prints(index):
    lex = index.lexical
    # southern speech merges final c/t and n/ng/nh: the swapped syllable makes a printed dictionary word with a
    # neighbour while the typed one makes a word with neither
    assert lex.repair_accents("mời các chức sắt tôn giáo") == "mời các chức sắc tôn giáo"
    assert lex.repair_accents("người có uy tính ở thôn") == "người có uy tín ở thôn"
    # kept: the typed syllable already makes a word with a neighbour ("tính toán", "sắt thép", "bàn tính")
    assert lex.repair_accents("uy tín và tính toán kỹ") == "uy tín và tính toán kỹ"
    assert lex.repair_accents("giá sắt thép tăng") == "giá sắt thép tăng"
    # kept: no swap makes a word the corpus prints ("tin Đảng": neither "tinh Đảng" nor "ting Đảng")
    assert lex.repair_accents("người dân tin Đảng hơn") == "người dân tin Đảng hơn"
    # kept: a correctly typed one-syllable word before or after a word of its own, whose neighbour is already
    # bound into a dictionary word with its other neighbour ("nhiệm kỳ", "toàn quốc", "làm ăn")
    assert lex.repair_accents("Cách tính nhiệm kỳ của ban chấp hành ra sao?") == \
        "Cách tính nhiệm kỳ của ban chấp hành ra sao?"
    assert lex.repair_accents("Trên toàn quốc việc tuyên truyền làm thế nào?") == \
        "Trên toàn quốc việc tuyên truyền làm thế nào?"
    assert lex.repair_accents("Người Việt làm ăn xa quê cần gì?") == "Người Việt làm ăn xa quê cần gì?"
    # kept: the corpus prints the typed syllable about as widely as the swapped one ("thôn" and "thông")
    assert lex.repair_accents("Các đoàn thể thôn qua năm nay làm được gì?") == \
        "Các đoàn thể thôn qua năm nay làm được gì?"
    assert lex.repair_accents("Hội viên ở thôn tin tưởng ai?") == "Hội viên ở thôn tin tưởng ai?"
    # still repaired when neither holds
    assert lex.repair_accents("Phát huy uy tính của già làng") == "Phát huy uy tín của già làng"
    assert lex.repair_accents("cáng bộ ở nôn thôn") == "cán bộ ở nông thôn"
    # BM25 reads the repaired letters too
    q = prepare_query("Nghị quyết nói gì về chức sắt tôn giáo?", index)
    assert "sac" in q.folded_words and "sat" not in q.folded_words


def test_only_a_syllable_that_is_no_vietnamese_syllable_is_corrected_by_letters(index):
    lex = index.lexical
    assert is_syllable("xong") and not is_syllable("kett")
    assert lex.correct(words(fold("bớt phiền hà, làm xong trước ngày nào"))) == \
        ["bot", "phien", "ha", "lam", "xong", "truoc", "ngay", "nao"]
    assert lex.correct(["doan", "kett"]) == ["doan", "ket"]


def test_the_dense_query_carries_the_repaired_spelling(index):
    q = prepare_query("Chương trình Cần Thơ thực hiện chính sách dân tôc ra sao?", index)
    assert "dân tộc" in q.dense_text


def test_the_documents_terms_are_not_said_twice_nor_taken_from_inside_a_word():
    assert in_official_terms("Nghị quyết giao gì cho mặt trận tổ quốc?") is None
    assert in_official_terms("Mặt trận làm gì?") == "Mặt trận Tổ quốc Việt Nam làm gì?"
    # "chị em" inside "anh chị em" is not "phụ nữ" ("chỗ ở" is "nhà ở", a table entry of its own)
    assert in_official_terms("Có chỗ ở cho anh chị em công nhân không?") == "Có nhà ở cho anh chị em công nhân không?"
    assert in_official_terms("Chị em được hỗ trợ gì?") == "phụ nữ được hỗ trợ gì?"


def test_the_second_batch_of_table_entries_maps_everyday_phrases_to_the_documents_terms():
    assert in_official_terms("Người thiểu số được hỗ trợ gì?") == "đồng bào dân tộc thiểu số được hỗ trợ gì?"
    assert in_official_terms("Dân tộc ít người được chăm lo thế nào?") == "dân tộc thiểu số được chăm lo thế nào?"


def test_a_phrase_the_question_goes_on_saying_is_not_doubled():
    # the documents' phrase goes on with what the question says next: replaced whole, not said twice
    assert in_official_terms("Vì sao sức mạnh đoàn kết toàn dân còn yếu?") == \
        "Vì sao sức mạnh đại đoàn kết toàn dân tộc còn yếu?"
    assert in_official_terms("Chiến lược đại đoàn kết toàn dân tộc đến năm 2030 ra sao?") is None
