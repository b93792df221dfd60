"""Everyday phrases read in the documents' terms (rag/data/synonyms.tsv, rag.decision.meaning.in_official_terms)
and the texting abbreviation "ko" (rag/data/abbreviations.tsv): what a cadre says reaches the printed phrase,
the same words in another sense stay."""
from __future__ import annotations

from rag.decision.meaning import in_official_terms
from rag.text import expand_abbreviations


def test_everyday_phrases_reach_the_documents_terms():
    assert "người có uy tín" in in_official_terms("Trưởng bản được giao việc gì?", True)


def test_the_same_words_in_another_sense_stay():
    # "thanh niên" and "tin" are printed words of their own: no entry reads them as another phrase
    for s in ("Công tác thanh niên được tăng cường lãnh đạo thế nào?", "Cựu thanh niên xung phong được hỗ trợ gì?",
              "Thông tin đảng viên được cập nhật thế nào?", "Bản tin Đảng bộ huyện đăng gì?"):
        assert (in_official_terms(s, True) or s) == s


def test_ko_is_khong_only_as_a_whole_word():
    assert expand_abbreviations("có ghi hạn ko") == "có ghi hạn không"
    assert expand_abbreviations("Ko có việc gì cho xã à?") == "không có việc gì cho xã à?"
    for s in ("tỉnh Kon Tum", "mã số KO-12", "Kobe"):
        assert expand_abbreviations(s) == s
