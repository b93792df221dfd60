"""The negation words written once (rag.question.negation): read as typed when the question has marks ("chứa" is no
"chưa"), never a polite "không biết"; the closing yes/no words that rag.answerers.work.asked, rag.answerers.printed.fill_in and
rag.decision.counting read are among them."""
import pytest

from rag.question.negation import NEGATIONS, YES_NO, negation_at
from rag.text import fold


def _at(text: str, word: str) -> bool:
    f = fold(text).lower()
    i = f.index(word)
    return negation_at(f, text, (i, i + len(word)))


@pytest.mark.parametrize("text, word, negates", [
    ("Nhóm nào không nói về Mặt trận", "khong", True),
    ("Nhóm nào chưa nói về Mặt trận", "chua", True),
    ("Nhóm nào chứa nội dung về Mặt trận", "chua", False),         # "chứa": contains
    ("nhom nao chua noi dung ve mat tran", "chua", True),          # typed without marks: the fold is all there is
    ("Chặng đầu nói gì", "chang", False),
    ("Ý nào chẳng có thời hạn", "chang", True),
    ("Không biết hạn chót khi nào", "khong", False),               # polite: nothing negated
])
def test_a_negation_is_read_as_typed(text, word, negates):
    assert _at(text, word) is negates


def test_the_yes_no_words_are_negations_the_others_read():
    from rag.answerers.work import asked
    from rag.decision import counting
    assert set(YES_NO) <= set(NEGATIONS) and set(YES_NO) <= asked._ASK_WORDS
    assert all(counting._TYPED[w] == (NEGATIONS[w],) for w in YES_NO)
