"""The regional question words read as the standard ones for cue phrases (rag.question.regional), and the
mentions answerer reading them and the plural "mấy" (rag.answerers.printed.mentions). Sentences written for these tests."""
from rag.question.regional import standard_folded


def test_regional_question_words_read_as_standard_ones():
    assert standard_folded("Chỉ thị đó ký bữa mô, nói về chuyện chi?") == "chi thi do ky hom nao, noi ve chuyen gi?"
    assert standard_folded("Mấy văn bản ni có nhắc không?") == "may van ban nay co nhac khong?"
    assert standard_folded("Kết luận nớ ai ban hành?") == "ket luan do ai ban hanh?"
    # typed bare, only where a clause ends
    assert standard_folded("chi thi do ra ngay mo?") == "chi thi do ra ngay nao?"


def test_the_same_syllables_as_content_are_left():
    # "chi bộ", "mô hình", "chi tiết", "bữa ăn": content, not question words
    assert standard_folded("Chi bộ xây dựng mô hình gì?") == "chi bo xay dung mo hinh gi?"
    assert standard_folded("Nói chi tiết về bữa ăn") == "noi chi tiet ve bua an"
    # an item of a list of nouns after a comma or a plural determiner
    assert standard_folded("Ai duyệt các khoản thu, chi?") == "ai duyet cac khoan thu, chi?"
    # typed bare inside a clause: "mo", "ni" fold many words
    assert standard_folded("mo rong ni dung") == "mo rong ni dung"


def test_a_cited_document_asked_in_regional_words_is_answered_from_its_mentions(ask):
    a = ask("Nghị quyết 23 mà mấy văn bản ni nhắc hoài, ra ngày mô?")
    assert a.mode == "mentions" and not a.refused and "12/3/2003" in a.answer
    # the plural "mấy" asks no count; how the held texts take it up, and what they say about it ("về nó")
    a = ask("Nghị quyết 23 khóa IX được nghị quyết 43 kế thừa thế nào, mấy văn bản đó nói gì về nó?")
    assert a.mode == "mentions" and not a.refused


def test_a_count_or_a_signer_is_still_beyond_the_mentions(ask):
    # negatives: a counting "mấy", a signer asked in regional words
    a = ask("Nghị quyết 23 đề ra mấy nhiệm vụ?")
    assert a.mode == "mentions" and a.refused and a.refusal_reason == "mentioned_only"
    a = ask("Nghị quyết 23 đề ra mấy nhiệm vụ, ký bữa mô?")
    assert a.mode == "mentions" and a.refused and a.refusal_reason == "mentioned_only"
    a = ask("Kết luận 58 nớ do đồng chí mô ký?")
    assert a.refused
