"""Metadata asked in informal words (rag.question.intents): where a document was signed, the date in regional
words ("bữa nào", "ngày mô"), who stands as signer ("ai đứng ra ký"), where it is sent ("gửi xuống những đâu",
"phát cho những ai", "<văn bản> có gửi … không"). Sentences written for these tests."""
from rag.question.intents import intents_of
from rag.text import fold


def _intents(q: str) -> list[str]:
    return intents_of(fold(q).lower(), q)


def test_informal_metadata_phrasings_are_read():
    assert _intents("Nghị quyết này ký ở đâu?") == ["place"]
    assert _intents("chi thi nay ban hanh tai dau") == ["place"]
    assert _intents("Kế hoạch đó ra đời bữa nào?") == ["date"]
    assert _intents("Chương trình ni ban hành ngày mô?") == ["date"]
    assert _intents("Văn bản đó đề ngày tháng nào?") == ["date"]
    assert _intents("Cái kế hoạch ai đứng ra ký vậy?") == ["signer"]
    assert _intents("Kế hoạch gửi xuống những đâu?") == ["recipients"]
    assert _intents("Chương trình phát cho những ai?") == ["recipients"]
    assert _intents("Kế hoạch này có gửi về các huyện ủy không?") == ["recipients"]


def test_the_same_words_in_tasks_and_events_are_not_metadata():
    # an event's place, a body's sending, a report sent, registering, "mô hình", "phát huy"
    assert _intents("Hội nghị quán triệt tổ chức ở đâu?") == []
    assert _intents("Mặt trận có gửi kiến nghị lên Trung ương không?") == []
    assert _intents("Kế hoạch có gửi báo cáo định kỳ không?") == []
    assert _intents("Ai phải đăng ký tham gia?") == []
    assert _intents("Mô hình nào được nhân rộng?") == []
    assert _intents("Tỉnh có phát huy vai trò của ai không?") == []
    assert _intents("Ngày hội đại đoàn kết tổ chức bữa nào?") == []


def test_a_held_document_asked_where_it_was_signed_cites_its_header(ask):
    a = ask("Nghị quyết 43 ký ở đâu?")
    assert not a.refused and a.citations[0].unit_id.endswith(":header") and "Hà Nội" in a.answer
    a = ask("Chương trình Cần Thơ gửi xuống những đâu?")
    assert not a.refused and a.citations[0].unit_id.endswith(":recipients")


def test_a_word_of_date_before_the_verb_of_signing_asks_the_date_not_the_signer():
    assert _intents("Hãy nêu ngày, tháng, năm ký ban hành kế hoạch của Ban Thường vụ Tỉnh ủy.") == ["date"]
    assert _intents("Ngày tháng năm ban hành của nghị quyết 43?") == ["date"]
    assert _intents("Thời điểm ký kế hoạch 21 là khi nào?") == ["date"]
    assert _intents("ngay thang nam ky nghi quyet 43") == ["date"]
    # who is asked beside it; a time it frames; "ký kết" is no signing
    assert _intents("Nghị quyết 43 do ai ký, ngày ký là ngày nào?") == ["signer", "date"]
    assert _intents("Trong năm ban hành nghị quyết, tỉnh phải làm gì?") == []
    assert _intents("Hằng năm ban hành mấy nghị quyết?") == []
    assert _intents("Những năm ban hành nghị quyết về đại đoàn kết là những năm nào?") == []
    assert _intents("Năm ký kết hiệp định là năm nào?") == []
