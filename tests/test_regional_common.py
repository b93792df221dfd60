"""Regional words read in the common language before a question is searched (rag.search.regional,
rag/data/regional.tsv): the dense query and BM25 see "ra sao", "làm", "không" where a cadre wrote "ra răng",
"mần", "hông"; the same syllables where they are other common words stay."""
from __future__ import annotations

from rag.search.regional import _table, corpus_printed, to_common

# the corpus prints these two-syllable phrases (a stand-in for the lexical index's accent table)
PRINTED = corpus_printed({"dai bieu": "đại biểu", "bieu duong": "biểu dương", "chi phi": "chi phí"})


def test_regional_forms_become_common_ones():
    assert to_common("Tăng ni Phật tử đóng góp ra răng?") == "Tăng ni Phật tử đóng góp ra sao?"
    assert to_common("Tui mần thủ quỹ, cần biết chuyện ni.") == "Tôi làm thủ quỹ, cần biết chuyện này."
    assert to_common("Cái nớ là chi rứa?") == "Cái nớ là gì thế?"
    assert to_common("Tỉnh có giao hạn hông?") == "Tỉnh có giao hạn không?"
    assert to_common("Họp ở mô, bữa nào?") == "Họp ở đâu, hôm nào?"
    assert to_common("Việc quan trọng nhứt là gì") == "Việc quan trọng nhất là gì"
    assert to_common("Bà con nhà nông được hỗ trợ gì?") == "Nông dân được hỗ trợ gì?"
    assert to_common("Ông ấy biểu tôi đi họp.") == "Ông ấy bảo tôi đi họp."
    assert to_common("Chi bộ họp khi mô?") == "Chi bộ họp khi nào?"


def test_the_same_syllables_as_other_common_words_stay():
    for s in ("Chi bộ phải làm gì?", "Báo cáo kết quả cho chi bộ.", "Làm chi hội trưởng thì được giao gì?",
              "Chi phí tổ chức lấy ở đâu?", "Mô hình nào được nhân rộng?", "Các ni cô ở chùa được vận động ra sao?",
              "Tình trạng tê liệt của tổ chức cơ sở", "Có quy định rõ ràng không?", "Lỗ hổng trong quản lý?"):
        assert to_common(s, PRINTED) == s
    # an item of a list of nouns: after a comma, after a plural determiner
    assert to_common("Quản lý các khoản thu, chi?") == "Quản lý các khoản thu, chi?"
    assert to_common("Giao cho các chi, đảng bộ?") == "Giao cho các chi, đảng bộ?"


def test_a_form_read_anywhere_is_kept_inside_a_phrase_the_corpus_prints():
    assert to_common("Đại biểu Quốc hội được giao gì?", PRINTED) == "Đại biểu Quốc hội được giao gì?"
    assert to_common("Biểu dương ai?", PRINTED) == "Biểu dương ai?"
    assert to_common("Cái chi phí ấy lấy ở đâu?", PRINTED) == "Cái chi phí ấy lấy ở đâu?"
    # the segmentation alone keeps them too
    for s in ("Đại biểu Quốc hội được giao gì?", "Biểu dương ai?"):
        assert to_common(s) == s


def test_a_form_inside_a_word_of_the_segmentation_stays():
    # compounds ending in a clause-final form, and "biểu" compounds the corpus need not print
    for s in ("Có cần mở rộng quy mô?", "Ổn định kinh tế vĩ mô?", "Công tác quản lý thu chi?",
              "Quản lý còn những lỗ hổng?", "Khi mô tả kết quả cần nêu gì?", "Biểu quyết thông qua ra sao?",
              "Xử lý các vụ biểu tình thế nào?", "Có biểu mẫu báo cáo không?", "Bí thư phát biểu ở hội nghị nào?",
              "Đội văn nghệ biểu diễn ở xã?"):
        assert to_common(s) == s


def test_a_common_phrase_the_segmenter_splits_is_read_as_itself():
    # underthesea splits lower-case "tăng ni" into two words; the table keeps it
    assert to_common("Đảng ủy vận động chức sắc, tăng ni?") == "Đảng ủy vận động chức sắc, tăng ni?"


def test_questions_without_accents_are_left_as_typed():
    assert to_common("nghi quyet noi chi") == "nghi quyet noi chi"
    assert to_common("tui man to truong") == "tui man to truong"


def test_the_table_is_well_formed():
    rows = _table()
    assert rows and all(form and common for form, common, _ in rows)
    assert len({form for form, _, _ in rows}) == len(rows)
