"""Where the documents print a phrase the question quotes (rag/answerers/printed/quoted.py), on the real corpus."""
import pytest

from rag.answerers.printed.quoted import phrase_of, sentence_span


def _units(answer):
    return [c.unit_id for c in answer.citations]


def test_every_document_that_prints_the_motto_is_listed(ask):
    a = ask("Câu “dân biết, dân bàn…” mấy văn bản này chỗ nào nhắc tới, nhắc đủ câu ra sao?")
    assert a.mode == "quoted"
    docs = [u.split(":")[0] for u in _units(a)]
    # the resolution first, then the plans that carry it out, each document once in that order
    assert list(dict.fromkeys(docs))[:4] == ["nq-43-2023", "kh-21-2023", "kh-btvtu-nq43", "ct-tucantho-nq43"]
    assert "kh-btvtu-nq43:III.1.8.p1" in _units(a)
    assert "dân thụ hưởng" in a.answer                        # each quoted at its sentence, in full
    assert a.answer.startswith("Cụm «dân biết, dân bàn» được in nguyên văn ở 9 đoạn của 5 văn bản")


def test_a_document_named_that_does_not_print_it_is_said_so(ask):
    a = ask("Kế hoạch 21 có nhắc “tốt đời, đẹp đạo” không?")
    assert a.mode == "quoted"
    assert a.answer.startswith("Không thấy cụm «tốt đời, đẹp đạo» trong: Kế hoạch 21-KH/TW.")
    assert not any(u.startswith("kh-21-2023") for u in _units(a))
    assert "nq-43-2023:III.2.1.g10" in _units(a)


def test_documents_named_narrow_the_list(ask):
    a = ask("Phương châm \"dân biết, dân bàn, dân làm\" có trong kế hoạch của tỉnh ở đoạn nào?")
    assert a.mode == "quoted"
    assert {u.split(":")[0] for u in _units(a)} == {"kh-btvtu-nq43"}


@pytest.mark.parametrize("question", [
    "Nghị quyết nói gì về \"khối đại đoàn kết toàn dân tộc\"?",       # no where-cue: a topic
    "Cụm \"tốt đời đẹp đạo\" nghĩa là gì?",                          # its meaning
    "Câu \"dân biết, dân bàn\" được đưa vào Hiến pháp năm nào?",     # a date asked of it
    "Câu \"dân là gốc\" có trong văn bản nào?",                      # printed nowhere: the asker's words
    "Văn bản nào nhắc tới \"đại đoàn kết\"?",                        # printed in too many units: a topic
    "Phương châm dân biết, dân bàn có trong những văn bản nào?",     # not quoted
    "Nhưng về “người tốt, việc tốt” thì Cần Thơ làm gì?",             # "nhưng về" is no "những vế"
    "Dựa vào “dân biết, dân bàn”, tỉnh cần làm gì?",                  # "dựa vào" is no "đưa vào"
    "Các văn bản đề ra giải pháp gì để xây dựng “thế trận lòng dân”?",  # what they set out, not where
    "Phần “Nhiệm vụ cụ thể” nằm ở đâu trong kế hoạch 21?",            # a heading named: the structure's
])
def test_not_taken(ask, question):
    assert ask(question).mode != "quoted"


def test_phrase_and_sentence():
    assert phrase_of("Câu “dân biết, dân bàn…” ở đâu?") == ("dân biết, dân bàn", ["dan", "biet", "dan", "ban"])
    assert phrase_of("Chữ “dân” ở đâu?") is None
    # the whole sentence: a semicolon parts the tasks of the body named at its start
    text = "Mở đầu. Ban Tuyên giáo chủ trì; tổ chức tốt phương châm \"Dân biết\" ở cơ sở. Việc khác."
    s = text.index("Dân")
    assert text[slice(*sentence_span(text, s, s + 8))] == ("Ban Tuyên giáo chủ trì; tổ chức tốt phương châm "
                                                          "\"Dân biết\" ở cơ sở.")


@pytest.mark.parametrize("question", [
    "Cụm “thế trận lòng dân” xuất hiện ở đâu?",
    "Câu “dân biết, dân bàn” nằm ở đâu trong các văn bản?",
    "cau \"dan biet, dan ban\" nam o dau trong cac van ban",        # typed without accents
])
def test_asked_where(ask, question):
    a = ask(question)
    assert a.mode == "quoted" and a.citations


def test_which_documents_do_not_print_it(ask):
    a = ask("Văn bản nào không nhắc tới “tốt đời, đẹp đạo”?")
    assert a.mode == "quoted"
    assert a.answer.startswith("Không thấy cụm «tốt đời, đẹp đạo» trong: Kế hoạch 21-KH/TW")
    assert "nq-43-2023:III.2.1.g10" in _units(a)
