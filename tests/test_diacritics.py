"""A question typed without any diacritic is re-accented before it is read (rag.question.diacritics), on the real
corpus: the spellings chosen, what is kept as typed, and the answer it then gets."""
import unicodedata

import pytest

from rag.question import diacritics
from rag.text import fold


@pytest.fixture(scope="module")
def model(assistant):
    return diacritics.for_index(assistant.holder.get())


@pytest.mark.parametrize("typed, expected", [
    ("nghi quyet 43 noi gi", "nghị quyết 43 nói gì"),
    ("ke hoach 21 co may phan", "kế hoạch 21 có mấy phần"),
    ("dong bao dan toc thieu so o dau", "đồng bào dân tộc thiểu số ở đâu"),
    ("ai ky ban hanh chuong trinh", "ai ký ban hành chương trình"),
])
def test_a_question_without_marks_is_spelled_as_written_vietnamese(model, typed, expected):
    assert diacritics.reaccent(typed, model) == expected


def test_abbreviations_digits_punctuation_and_capitals_are_kept(model):
    out = diacritics.reaccent("Theo NQ 43 va KH 21 cua BCT giao gi cho MTTQ?", model)
    assert out == "Theo NQ 43 và KH 21 của BCT giao gì cho MTTQ?"


def test_a_question_with_any_mark_or_too_short_is_left_alone(model):
    assert diacritics.reaccent("nghi quyết 43 noi gi", model) == "nghi quyết 43 noi gi"
    assert diacritics.reaccent("ban hanh", model) == "ban hanh"
    decomposed = unicodedata.normalize("NFD", "Kế hoạch 21 nói gì")
    assert diacritics.reaccent(decomposed, model) == decomposed


def test_a_syllable_no_source_knows_is_kept_as_typed(model):
    assert diacritics.reaccent("nghi quyet xyzq noi gi", model).split()[2] == "xyzq"


def test_an_unaccented_structure_question_gets_the_accented_ones_answer(assistant):
    typed = assistant.ask("Ke hoach 21 phan IV giao nhiem vu cho may co quan?")
    accented = assistant.ask("Kế hoạch 21 phần IV giao nhiệm vụ cho mấy cơ quan?")
    assert not typed.refused
    assert [c.unit_id for c in typed.citations] == [c.unit_id for c in accented.citations]


def test_the_answer_keeps_the_question_as_typed(assistant):
    typed = "ke hoach 21 co may phan?"
    assert assistant.ask(typed).question == typed
