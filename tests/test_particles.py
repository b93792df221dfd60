"""The words that close a polite question (rag.question.particles): one list read from the tables that hold them,
read by every matcher of asking words that a clause closes (who holds a post, the time of signing, a cited
document's subject). Literal: the tables as bundled."""
import re

import pytest

from rag.decision.post_asked import asked_post
from rag.question.intents import intents_of
from rag.question.particles import closing_alt, closing_tail, closing_words
from rag.text import fold


def _q(text):
    return " ".join(fold(text).lower().split())


def test_the_list_is_the_tables_particles_and_forms_of_address():
    # discourse_words.tsv: "final" (ko, hem, hén, ha) and "closing" (vậy, thế, à, ạ, nhỉ, nhé, hả, nha) particles,
    # "closing-address" forms (bạn, anh, chị, em); stopwords.txt [clause-final] ("hông", "hổng", "nhen", "rứa")
    assert {"vay", "the", "a", "nhi", "nhe", "ha", "nha", "ko", "hem", "hen", "hong", "nhen", "rua"} <= closing_words()
    assert {"ban", "anh", "chi", "em"} <= closing_words()
    assert not {"ban", "anh", "em"} & closing_words(address=False)
    assert {"hổng", "ạ", "nhỉ"} <= closing_words(accented=True)
    assert all(re.fullmatch(closing_alt(), w) for w in ("hong", "nhen", "a", "anh"))
    assert re.match(closing_alt(), "nhen").group() == "nhen"       # the longer word before its prefix ("nhe")


@pytest.mark.parametrize("words, typed, n", [
    ("cong doan a", None, 1),
    ("cong doan a anh", None, 2),             # a particle, then a form of address
    ("cong doan hong", None, 1),
    ("cong doan", None, 0),
    ("tre em", None, 0),                      # a form of address alone may be the noun's own ("trẻ em")
    ("phu nu va tre em", None, 0),
    ("phat trien nha", "phát triển nhà", 0),  # typed with accents: "nhà" is no "nha"
    ("tap the", "tập thể", 0),
    ("cong doan a", "công đoàn à", 1),
])
def test_the_closing_tail_opens_with_a_particle(words, typed, n):
    assert closing_tail(words.split(), typed.split() if typed else None) == n


@pytest.mark.parametrize("question", [
    "Bí thư Thành ủy Cần Thơ là ai hông?",       # a regional particle of [clause-final]
    "Bí thư Thành ủy Cần Thơ là ai vậy nhen?",
    "Bí thư Thành ủy Cần Thơ là ai vậy bạn?",
])
def test_a_particle_of_the_tables_closes_the_asking_of_a_post(question):
    assert asked_post(_q(question)) == ("bi thu", ("thanh", "uy", "can", "tho"))


@pytest.mark.parametrize("question", [
    "Bí thư Thành ủy Cần Thơ là ai mà ký chương trình?",
    "Bí thư Thành ủy Cần Thơ là ai trong số các đồng chí ký?",
])
def test_words_that_close_nothing_leave_the_post_unasked(question):
    assert asked_post(_q(question)) is None


def test_a_particle_closes_the_time_asked_after_the_signer():
    assert intents_of(_q("Nghị quyết 43 ai ký, ngày nào hông?"), "Nghị quyết 43 ai ký, ngày nào hông?") == ["signer", "date"]
    # a clause going on past the time asks something else
    q = "Nghị quyết 43 ai ký, ngày nào thì triển khai?"
    assert intents_of(_q(q), q) == ["signer"]


def test_a_regional_question_word_closes_nothing():
    from rag.question.intents import intents_of
    from rag.text import fold
    # "răng" is "sao" (how), "chi" is "gì": asked, not a particle after the question
    assert "răng" not in closing_words(accented=True) and "chi" not in closing_words(accented=True)
    assert "hông" in closing_words(accented=True)              # "không": it closes a yes/no question
    assert intents_of(fold("nghị quyết 43 được ban hành răng?").lower()) == []
    assert intents_of(fold("nghị quyết 43 được ban hành ngày nào hông?").lower()) == ["date"]
