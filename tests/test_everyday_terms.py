"""Everyday phrases read in the documents' terms (rag/data/synonyms.tsv, rag.decision.meaning.in_official_terms)
and the texting abbreviation "ko" (rag/data/abbreviations.tsv): what a cadre says reaches the printed phrase,
the same words in another sense stay."""
from __future__ import annotations

from rag.decision.meaning import in_official_terms
from rag.text import expand_abbreviations


def test_everyday_phrases_reach_the_documents_terms():
    assert "nền tảng" in in_official_terms("Cái gốc của sự đoàn kết là gì?", True)
    assert "nền tảng" in in_official_terms("Gốc rễ của khối đoàn kết nằm ở đâu?", True)
    assert "người có uy tín" in in_official_terms("Trưởng bản được giao việc gì?", True)
    assert "người tốt, việc tốt" in in_official_terms("Ai lo nêu tấm gương tốt ở xã?", True)
    assert "niềm tin của Nhân dân" in in_official_terms("Làm sao để bà con tin Đảng?", True)
    assert "thế hệ trẻ" in in_official_terms("Thanh niên ở xã được giáo dục gì?", True)


def test_the_same_words_in_another_sense_stay():
    # "gốc" of origin ("Việt kiều gốc Cần Thơ") is no foundation; "Đoàn Thanh niên" is the body's name
    assert "nền tảng" not in (in_official_terms("Kiều bào gốc Cần Thơ được mời làm gì?", True) or "")
    assert "thế hệ trẻ" not in (in_official_terms("Đoàn Thanh niên được giao gì?", True) or "")
    # "tin" of news ("tin giả") and trusting someone else stay
    assert "niềm tin" not in (in_official_terms("Đảng tin tưởng vào cán bộ trẻ không?", True) or "")


def test_ko_is_khong_only_as_a_whole_word():
    assert expand_abbreviations("có ghi hạn ko") == "có ghi hạn không"
    assert expand_abbreviations("Ko có việc gì cho xã à?") == "không có việc gì cho xã à?"
    for s in ("tỉnh Kon Tum", "mã số KO-12", "Kobe"):
        assert expand_abbreviations(s) == s
