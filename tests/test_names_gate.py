"""The tagger is skipped for a text capitalised only at its start (rag.decision.names.may_hold_proper_name):
the named things are the ones the tagger would have given."""
import pytest

from rag.decision import names
from rag.nlp import ner


def test_gate_reads_capitals_after_the_first_letter():
    assert not names.may_hold_proper_name("Chương trình hành động có mấy phần?")
    assert not names.may_hold_proper_name("   có mấy phần?")            # a document name blanked at the start
    assert not names.may_hold_proper_name("văn bản giao việc gì cho phụ nữ năm 2025")
    assert names.may_hold_proper_name("Ông Trần Quốc Bảo ký văn bản nào?")
    assert names.may_hold_proper_name("ai ký văn bản ở Hà Nội")
    assert names.may_hold_proper_name("Người Khơ-me được nhắc đến không?")   # one capital after the first word
    assert names.may_hold_proper_name("“Tỉnh ủy” giao gì?")                   # the first capital not at the start
    assert names.may_hold_proper_name("HĐND làm gì?")                         # two capitals in the first word


@pytest.mark.skipif(ner() is None, reason="underthesea is not installed")
@pytest.mark.parametrize("text", ["Hội nông dân phải làm gì trong năm 2024?", "Văn bản nói gì về thanh niên",
                                  "  được ban hành khi nào?", "Bao giờ phải hoàn thành việc sơ kết?",
                                  "Chị ơi, tài liệu này có nhắc tới phụ nữ dân tộc không?"])
def test_skipped_texts_hold_no_name_the_tagger_finds(text):
    assert not names.may_hold_proper_name(text)
    assert names.tagged_names(text) == []
    assert [k for _, _, k in names.named_spans(text)] == ["number"] * len(names.NUMBER_RE.findall(text))


@pytest.mark.skipif(ner() is None, reason="underthesea is not installed")
def test_tagged_texts_keep_their_names():
    assert names.named_things("Bà Lê Thị Hoa ở Đà Nẵng được giao việc gì?") == ("le thi hoa", "da nang")
    assert "ha noi" in names.named_things("văn bản ký ở Hà Nội ngày nào")
