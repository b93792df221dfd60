"""A topic a named document never prints is refused with a message that names it (rag.decision.accents);
a question in everyday words whose meaning the document holds is still answered. Real corpus text."""
from rag.decision.accents import absent_topic
from rag.text import content_terms

# nq-43-2023:III.2.1.g7, as printed
CCB = ("Tăng cường vai trò của cựu chiến binh trong giáo dục lòng yêu nước, truyền thống cách mạng cho thế hệ "
       "trẻ, phát huy bản chất, truyền thống \"Bộ đội Cụ Hồ\", tham gia xây dựng và củng cố cơ sở chính trị")


def topic(question: str, text: str = CCB) -> str | None:
    return absent_topic(question, content_terms(question), text)


def test_a_topic_the_text_prints_only_under_other_accents_is_named():
    # "giáo" and "đầu" fold to nothing here, but "giá" folds to "gia": kept accents tell them apart
    assert topic("Văn bản nói gì về giá xăng dầu?") == "giá xăng dầu"
    # the run starts at its first term the text does not print
    assert topic("Văn bản nói gì về vai trò của cựu chiến binh trong điện hạt nhân?") == "điện hạt nhân"


def test_printed_topics_accent_slips_and_synonyms_name_nothing():
    assert topic("Văn bản nói gì về vai trò của cựu chiến binh?") is None
    assert topic("Văn bản nói gì về cựu chiên binh?") is None          # one accent slipped inside a printed pair
    assert topic("Văn bản nói gì về giới trẻ?") is None               # synonym table: giới trẻ ~ thế hệ trẻ
    assert topic("Van ban noi gi ve gia xang dau?") is None            # no diacritics: no accents to keep


def test_a_single_word_or_a_whole_stretch_is_not_named_as_a_topic():
    assert topic("Tôi nhớ văn bản nói gì về cựu chiến binh?") is None   # "nhớ": one syllable, not a topic
    assert topic("Văn bản nói gì về dự báo thời tiết cuối tuần tới?") is None   # six syllables: a stretch


def test_a_topic_is_a_noun_phrase_by_the_taggers_parts_of_speech():
    # closed-class words at its edges are trimmed; a verb alone ("tóm tắt", "soạn thảo") is no topic
    assert topic("Văn bản có đề cập tới an ninh mạng không?") == "an ninh mạng"
    assert topic("Văn bản do phóng viên nào chụp ảnh?") == "phóng viên"
    assert topic("Văn bản được tóm tắt ở đâu?") is None
    assert topic("Văn bản được soạn thảo ở đâu?") is None


def test_an_absent_topic_of_a_named_document_is_refused_with_its_name(ask):
    a = ask("Kế hoạch 21-KH/TW có đề cập đến việc xây dựng sân bay quốc tế không?")
    assert a.refused and a.refusal_reason == "topic_absent" and not a.citations
    assert a.answer.startswith("Không tìm thấy «sân bay quốc tế» trong Kế hoạch 21-KH/TW")
    assert "Đoạn gần nhất thuộc phần «" in a.answer and a.retrieved


def test_a_question_in_everyday_words_is_still_answered(ask):
    a = ask("Nghị quyết 43 nói gì về giới trẻ?")
    assert not a.refused and a.citations[0].doc_id == "nq-43-2023"
