"""Regional words read in the common language before a question is searched (rag.search.regional,
rag/data/regional.tsv): the dense query and BM25 see "ra sao", "làm", "không" where a cadre wrote "ra răng",
"mần", "hông"; the same syllables where they are other common words stay."""
from __future__ import annotations

from rag.search.regional import _table, corpus_printed, to_common

# the corpus prints these two-syllable phrases (a stand-in for the lexical index's accent table)
PRINTED = corpus_printed({"dai bieu": "đại biểu", "bieu duong": "biểu dương", "chi phi": "chi phí"})


def test_regional_forms_become_common_ones():
    assert to_common("Nông dân phải trở thành người ra răng?") == "Nông dân phải trở thành người ra sao?"
    assert to_common("Tui mần tổ trưởng, cần biết chuyện ni.") == "Tôi làm tổ trưởng, cần biết chuyện này."
    assert to_common("Kế hoạch giao cho xã việc chi vậy ta?") == "Kế hoạch giao cho xã việc gì vậy ta?"
    assert to_common("Tỉnh có giao hạn hông?") == "Tỉnh có giao hạn không?"
    assert to_common("Họp ở mô, bữa nào?") == "Họp ở đâu, hôm nào?"
    assert to_common("Việc quan trọng nhứt là gì") == "Việc quan trọng nhất là gì"
    assert to_common("Bà con nhà nông được hỗ trợ gì?") == "Nông dân được hỗ trợ gì?"
    assert to_common("Văn bản biểu mình làm chi rứa?") == "Văn bản bảo mình làm gì thế?"


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
    # without the guard the same words are read as regional ones: the guard is what keeps them
    assert to_common("Biểu dương ai?") == "Bảo dương ai?"


def test_questions_without_accents_are_left_as_typed():
    assert to_common("nghi quyet noi chi") == "nghi quyet noi chi"
    assert to_common("tui man to truong") == "tui man to truong"


def test_the_table_is_well_formed():
    rows = _table()
    assert rows and all(form and common for form, common, _ in rows)
    assert len({form for form, _, _ in rows}) == len(rows)
