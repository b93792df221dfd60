"""The words that close a polite question after its asking words: the sentence particles and the forms of address
a cadre ends a clause with ("… là ai vậy ạ?", "… ngày nào thế anh?", "… có nêu nghị quyết về công đoàn à?"). One
list, read from the tables that already hold them: rag/data/discourse_words.tsv's frames "final" (the particles
discourse reads as talk about the asking), "closing" (particles read only here) and "closing-address" (forms of
address, "anh", "em": after a noun they may be its own, "trẻ em"), and rag/data/stopwords.txt's [clause-final]
(regional particles, "hông", "nhen"). A word added there reaches every reader of the list (rag.decision.post_asked,
rag.question.intents, rag.tables.cited_about)."""
from __future__ import annotations

import functools

from rag.question.regional import STANDARD
from rag.text import DATA, data_rows, fold, nfc, stopword_sections

QUESTION_WORDS = frozenset({"nao", "sao", "gi"})     # folded standard question words

_PARTICLE_FRAMES = ("final", "closing")
_ADDRESS_FRAME = "closing-address"


@functools.lru_cache(maxsize=1)
def _table() -> tuple[frozenset[str], frozenset[str]]:
    """(particles, forms of address), as the tables write them (accented, lower case)."""
    rows = [(nfc(r[0].strip()).lower(), r[1].strip()) for r in data_rows(DATA / "discourse_words.tsv") if len(r) > 1]
    particles = {w for w, frame in rows if frame in _PARTICLE_FRAMES}
    # the section holds regional question words too ("răng" = sao, "chi" = gì): they ask, they close nothing
    asking = {w for w, standard in STANDARD.items() if standard in QUESTION_WORDS}
    particles |= {nfc(w).lower() for w in stopword_sections().get("clause-final", ())} - asking
    return frozenset(particles), frozenset(w for w, frame in rows if frame == _ADDRESS_FRAME)


def closing_words(address: bool = True, accented: bool = False) -> frozenset[str]:
    """The closing words (folded, or as the tables write them), the forms of address with them unless `address` is
    False."""
    particles, forms = _table()
    words = particles | forms if address else particles
    return words if accented else frozenset(fold(w).lower() for w in words)


@functools.lru_cache(maxsize=1)
def closing_alt() -> str:
    """A regular-expression group matching one closing word, particle or form of address (folded text)."""
    return "(?:" + "|".join(sorted(closing_words(), key=lambda w: (-len(w), w))) + ")"


def closing_tail(words: list[str], typed: list[str] | None = None) -> int:
    """How many of `words` (folded) at their end close the clause: a run of closing words that opens with a
    particle ("công đoàn à", "công đoàn à anh"; not "trẻ em"). `typed`: the same words as typed with accents, read
    instead (a typed "nhà", "thể" is no "nha", "the")."""
    said = typed if typed is not None and len(typed) == len(words) else words
    particles, every = (closing_words(False, True), closing_words(True, True)) if said is typed else \
        (closing_words(False), closing_words())
    n = 0
    while n < len(said) and said[len(said) - 1 - n] in every:
        n += 1
    while n and said[len(said) - n] not in particles:      # the run opens with a particle
        n -= 1
    return n
