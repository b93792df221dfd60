"""Questions typed without accents: re-accented by the pairs the corpus prints
(rag.search.lexical.LexicalIndex.restore_accents). Real corpus, literal expectations."""
from __future__ import annotations


def test_accents_are_restored_by_the_pairs_the_corpus_prints(assistant):
    lex = assistant.holder.get().lexical
    # greedy left to right took "được giao" and left "dục"; "giáo dục" is printed in more units
    assert lex.restore_accents("thanh nien duoc giao duc") == "thanh niên được giáo dục"
    # "khơi" is the syllable's most frequent spelling alone, "khối đại" the printed pair
    assert lex.restore_accents("nen tang vung chac cua khoi dai doan ket") == "nền tảng vững chắc của khối đại đoàn kết"
    # question words the documents rarely print come from rag/data/question_words.tsv, read at load
    # ("kinh phí": the dictionary's word, the corpus printing neither syllable's pair)
    assert lex.restore_accents("kinh phi lay nguon nao, bao nhieu") == "kinh phí lấy nguồn nào bao nhiêu"
    assert lex.restore_accents("bay gio muon biet cai gi") == "bây giờ muốn biết cái gì"
    # a question word's spelling of a syllable the corpus spells otherwise ("noi": "nói" asked, "nội" printed)
    # is preferred alone, but a printed pair wins over it
    assert lex.restore_accents("ke hoach noi gi ve chuyen nay") == "kế hoạch nói gì về chuyện này"
    assert lex.restore_accents("chuyen doi so") == "chuyển đổi số"
    assert lex.restore_accents("noi dung chinh") == "nội dung chính"
    # a syllable the corpus never prints stays as typed
    assert lex.restore_accents("xyz dai doan ket") == "xyz đại đoàn kết"



def test_syllables_already_accented_are_kept(assistant):
    lex = assistant.holder.get().lexical
    # an abbreviation spelled out before restoring ("HDND" -> "hội đồng nhân dân") keeps its accents; the corpus
    # prints "hội đóng" ("xã hội đóng góp") more often than "Hội đồng", so re-guessing it broke the body's name
    assert lex.restore_accents("ai giao hội đồng nhân dân thanh pho lam gi") == \
        "ai giao hội đồng nhân dân thành phố làm gì"
    # its unaccented neighbours are still restored by the pairs the corpus prints
    assert lex.restore_accents("Ủy ban nhân dân cac cap") == "Ủy ban nhân dân các cấp"


def test_abbreviated_city_in_lower_case_is_spelled_out():
    from rag.text import expand_abbreviations
    assert expand_abbreviations("HDND tp lam gi") == "hội đồng nhân dân thành phố lam gi"
    assert expand_abbreviations("UBND TP Cần Thơ") == "ủy ban nhân dân thành phố Cần Thơ"
    # not inside a word or a document number
    assert expand_abbreviations("tpcn va Nghị quyết 43-NQ/TW") == "tpcn va Nghị quyết 43-NQ/TW"


def test_everyday_words_the_corpus_never_prints_are_spelled_as_the_dictionary_does(assistant):
    import pytest
    from rag.search.spelling import dictionary, dictionary_pairs
    if dictionary() is None:
        pytest.skip("underthesea's dictionary is not installed")
    lex = assistant.holder.get().lexical
    # the corpus prints neither pair; its own syllables alone gave "ảnh chí em", "khoang thời gian"
    assert lex.restore_accents("anh chi em cong nhan") == "anh chị em công nhân"
    assert lex.restore_accents("vao khoang thoi gian nao") == "vào khoảng thời gian nào"
    # a pair two dictionary words spell differently gives nothing ("bà con", "bá con")
    assert "ba con" not in dictionary_pairs()
    assert dictionary_pairs()["chi em"] == "chị em"
    # a function word keeps its spelling against a dictionary word ("vẽ chuyện", "vệ đoàn")
    assert lex.restore_accents("ve doan ket toan dan toc") == "về đoàn kết toàn dân tộc"
    assert lex.restore_accents("ke hoach noi gi ve chuyen nay") == "kế hoạch nói gì về chuyện này"
    # a pair the corpus prints still wins over the dictionary
    assert lex.restore_accents("thanh nien duoc giao duc") == "thanh niên được giáo dục"
