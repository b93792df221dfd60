"""A structure question typed without marks has its syllables read as typed, folded, wherever their marks decide
(rag.answerers.outline.structure.Asked.typed): the marks the program puts back (rag.question.diacritics), which the heading
words still read, are guesses ("cai cuoi cung" -> "cải cuối cùng", "phan" -> "phân", "Ban" -> "Bàn"), and the checks
that read a syllable as typed (a heading typed whole, "cái thứ …", a negation) failed on them. Real corpus; sentences
written for these tests."""
import pytest

from conftest import cited_ids


@pytest.mark.parametrize("question, first, whole", [
    # "cái cuối cùng": the last of the counted, not the list
    ("ke hoach cua tinh phan nhiem vu trong tam co may nhiem vu, cai cuoi cung noi gi", "kh-btvtu-nq43:II.6.p1",
     "nhiệm vụ thứ 6 (trong 6 nhiệm vụ)"),
    # "Ban Dân vận Trung ương" typed whole after "mục": the item, not part IV's 8
    ("muc Ban Dan van Trung uong trong phan nhiem vu cu the ke hoach 21 co may y", "kh-21-2023:IV.7.p1",
     "7. Ban Dân vận Trung ương"),
    ("muc Ban Tuyen giao Trung uong trong phan nhiem vu cu the ke hoach 21 gom may y", "kh-21-2023:IV.5.p1",
     "5. Ban Tuyên giáo Trung ương"),
    ("ke hoach cua tinh phan muc dich, yeu cau co may y, cai cuoi cung noi gi", "kh-btvtu-nq43:I.3.p1", "(trong 3"),
])
def test_a_question_typed_without_marks_is_read_as_typed(ask, question, first, whole):
    a = ask(question)
    assert a.mode == "structure" and cited_ids(a)[0] == first and whole in a.answer
