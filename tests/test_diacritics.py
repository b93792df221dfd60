"""A question typed without any diacritic, or without them on some syllables, is re-accented before it is read
(rag.question.diacritics), on the real corpus: the spellings chosen, what is kept as typed, and the answer it then gets."""
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


def test_a_question_with_marks_whose_bare_syllables_are_words_or_too_short_is_left_alone(model):
    # every bare syllable is a word as typed ("cho", "ban", "con"): meant bare
    for typed in ("Kế hoạch giao cho ban tuyên giáo làm gì với con em đồng bào?",
                  "Chương trình có nói về chuyện nhà ở cho công nhân không?",
                  "Summary giúp mình cái NQ 43, deadline là khi nào?"):
        assert diacritics.reaccent(typed, model) == typed
    assert diacritics.reaccent("ban hanh", model) == "ban hanh"
    decomposed = unicodedata.normalize("NFD", "Kế hoạch 21 nói gì")
    assert diacritics.reaccent(decomposed, model) == decomposed


@pytest.mark.parametrize("typed, expected", [
    ("nghi quyết 43 noi gi về đồng bao dân tộc thieu so", "nghị quyết 43 nói gì về đồng bào dân tộc thiểu số"),
    ("Kế hoach của tỉnh co noi đến chuyện nhà ở không?", "Kế hoạch của tỉnh có nói đến chuyện nhà ở không?"),
    ("Theo KH cua BCT thì ai phai chịu trach nhiem?", "Theo KH của BCT thì ai phải chịu trách nhiệm?"),
])
def test_a_question_with_marks_left_out_of_some_syllables_has_those_respelled(model, typed, expected):
    assert diacritics.reaccent(typed, model) == expected


def test_marked_syllables_are_kept_even_where_the_model_would_spell_them_otherwise(model):
    out = diacritics.reaccent("nguoi cao tuổi được nghị quyết quan tâm thế nao", model)
    assert out.split()[2] == "tuổi" and out.split()[0] == "người" and out.endswith("thế nào")


def test_a_syllable_no_source_knows_is_kept_as_typed(model):
    assert diacritics.reaccent("nghi quyet xyzq noi gi", model).split()[2] == "xyzq"


def test_an_unaccented_structure_question_gets_the_accented_ones_answer(assistant):
    typed = assistant.ask("Ke hoach 21 phan IV giao nhiem vu cho may co quan?")
    accented = assistant.ask("Kế hoạch 21 phần IV giao nhiệm vụ cho mấy cơ quan?")
    assert not typed.refused
    assert [c.unit_id for c in typed.citations] == [c.unit_id for c in accented.citations]


def test_a_question_with_some_marks_left_out_gets_the_accented_ones_answer(assistant):
    typed = assistant.ask("Kế hoach 21 phan IV giao nhiệm vu cho mấy cơ quan?")
    accented = assistant.ask("Kế hoạch 21 phần IV giao nhiệm vụ cho mấy cơ quan?")
    assert not typed.refused
    assert [c.unit_id for c in typed.citations] == [c.unit_id for c in accented.citations]


def test_the_answer_keeps_the_question_as_typed(assistant):
    typed = "ke hoach 21 co may phan?"
    assert assistant.ask(typed).question == typed


def test_a_bare_name_in_capitals_inside_a_marked_question_is_kept(model):
    out = diacritics.reaccent("Chị Nguyen Thi Hoa ở Ban Dân vận hỏi nghị quyet nói gì về nông dân?", model)
    assert out == "Chị Nguyen Thi Hoa ở Ban Dân vận hỏi nghị quyết nói gì về nông dân?"
