"""Sound slips in a question: a syllable written as it sounds, for another that sounds the same to the writer.

A cadre who speaks a regional variety, or who dictates to a phone, writes syllables that his speech (or the
speech-to-text engine) does not tell apart: "hạn trót" for "hạn chót" (northern tr/ch), "mặt chận" for "mặt trận",
"tuyên dáo" for "tuyên giáo" (d/gi), "nhiệm vũ" for "nhiệm vụ" (ngã/nặng), "tóm tắc" for "tóm tắt" (southern c/t).
Each such syllable is a real syllable, so rag.search.spelling's letter-slip repair (only non-syllables) leaves it,
and every reader of the question then misses the word: "mặt chận" is no Front, "hạn trót" no deadline.

A syllable typed with its marks is re-spelled by one swap of rag/data/sound_slips.tsv (an initial, a final, a
tone) when all of these hold:
- as typed, it makes a dictionary word (underthesea's Viet74K) with neither neighbour, and the corpus prints
  neither pair: a syllable in a word is meant ("chủ trương", "nhân dân vẫn", "đồng chí");
- it is a syllable of Vietnamese (a non-syllable, "lhân", is a letter slip: rag.search.spelling) and no function
  word (rag/data/stopwords.txt: "vẫn", "cũng", "mà");
- the swapped syllable makes, with a neighbour, a word the assistant knows: a dictionary word the corpus prints
  ("mặt trận", "nhiệm vụ"), or a phrase of our own tables (synonyms, question words, loanwords: "hạn chót");
- that neighbour is not bound into a dictionary word with its own other neighbour ("nhân dân | vẫn" is not
  "dân vận");
- exactly one swapped spelling qualifies.
Syllables typed without marks are left to rag.question.diacritics, which chooses their marks from context; in a
question typed with marks on some syllables only, the marked ones are read again once their bare neighbours have
their marks ("mat chận to quoc" -> "mặt chận tổ quốc" -> "mặt trận tổ quốc"). A bare syllable of a question typed
with marks whose bare syllables are all syllables as they are ("Ban Chấp hành Chung ương", "Vì xao phải sơ kết?")
is left by the re-accenting, so it is read here like a marked one (its tone, none, kept).
Measured on the corpus's own sentences (800) and 2,120 sentences of underthesea's running text: no syllable
re-spelled; on the eval questions' dev splits, ten, all slips.
"""
from __future__ import annotations

import functools
import unicodedata

from rag.decision.meaning import synonym_entries
from rag.index import PerBuild
from rag.prompts import msg
from rag.question.loanwords import glossary
from rag.search.lexical import question_words
from rag.search.spelling import SYLLABLE_RE, bound_elsewhere, dictionary, respelled
from rag.text import DATA, data_rows, fold, has_diacritics, nfc, stopword_sections

# the five tone marks as Unicode combining characters, by the names the table uses
_TONES = {"huyen": "\u0300", "sac": "\u0301", "hoi": "\u0309", "nga": "\u0303", "nang": "\u0323"}
_TONE_MARKS = frozenset(_TONES.values())
# initials that a shorter initial is the start of: "n" of "ng"/"nh" and "d" of "đ" are other letters
_LONGER_INITIALS = {"n": ("ng", "nh"), "c": ("ch",), "t": ("tr", "th")}
# finals a shorter final is the end of: "n" of "ng"/"nh", "c" of "ch"
_LONGER_FINALS = {"n": ("ng", "nh"), "c": ("ch",)}


@functools.lru_cache(maxsize=1)
def swaps() -> dict[str, tuple[tuple[str, str], ...]]:
    """part ("initial", "final", "tone") -> its (written, meant) pairs, tones as combining marks."""
    out: dict[str, list[tuple[str, str]]] = {}
    for part, written, meant in data_rows(DATA / "sound_slips.tsv", fields=3):
        if part == "tone":
            written, meant = _TONES[written], _TONES[meant]
        out.setdefault(part, []).append((written, meant))
    return {k: tuple(v) for k, v in out.items()}


def _split_tone(syllable: str) -> tuple[str, str]:
    """(the syllable without its tone mark, NFC; the tone mark or "")."""
    d = unicodedata.normalize("NFD", syllable)
    tone = next((c for c in d if c in _TONE_MARKS), "")
    return nfc("".join(c for c in d if c not in _TONE_MARKS)), tone


def _with_tone(base: str, tone: str, syllables: frozenset[str]) -> str | None:
    """`base` with `tone` on the vowel that makes a syllable of the dictionary (None: no vowel does)."""
    if not tone:
        return base if base in syllables else None
    for i, c in enumerate(base):
        if unicodedata.normalize("NFD", c)[0] in "aeiouy":
            s = nfc(base[:i + 1] + tone + base[i + 1:])
            if s in syllables:
                return s
    return None


def variants(syllable: str, syllables: frozenset[str]) -> set[str]:
    """The dictionary syllables `syllable` (lower case, NFC) may have been written for: one swap away."""
    base, tone = _split_tone(syllable)
    out: set[str] = set()
    table = swaps()
    for written, meant in table.get("tone", ()):
        if tone == written:
            out.add(_with_tone(base, meant, syllables))
    for written, meant in table.get("initial", ()):
        if base.startswith(written) and not base.startswith(_LONGER_INITIALS.get(written, ())) \
                and not (written == "gi" and len(base) == 2):
            out.add(_with_tone(meant + base[len(written):], tone, syllables))
    for written, meant in table.get("final", ()):
        if base.endswith(written) and not base.endswith(_LONGER_FINALS.get(written, ())):
            out.add(_with_tone(base[: -len(written)] + meant, tone, syllables))
    out.discard(None)
    out.discard(syllable)
    return out


class Vocabulary:
    """What the assistant knows as words: the dictionary's words the corpus prints, and our tables' phrases."""

    def __init__(self, printed_runs: frozenset[str]):
        d = dictionary()
        self.compounds, self.syllables = (d[0], d[1]) if d else (frozenset(), frozenset())
        self.printed = printed_runs
        self.tables = _table_phrases()
        self.function = _function_words()

    def knows(self, word: str) -> bool:
        return (word in self.compounds and word in self.printed) or word in self.tables

    def is_word(self, a: str, b: str) -> bool:
        """Whether two syllables make a dictionary word or a run the corpus prints."""
        return f"{a} {b}" in self.compounds or f"{a} {b}" in self.printed


@functools.lru_cache(maxsize=1)
def _table_phrases() -> frozenset[str]:
    """The phrases of our own tables, lower case: synonyms (both sides), question words, loanwords' Vietnamese."""
    out = {nfc(p.strip().lower()) for left, right in synonym_entries() for p in (left, *right)}
    out.update(nfc(accented.lower()) for accented in question_words().values())
    out.update(nfc(vietnamese.lower()) for vietnamese in glossary().values())
    out.discard("")
    return frozenset(out)


@functools.lru_cache(maxsize=1)
def _function_words() -> frozenset[str]:
    """The stopword list's lines, every section, lower case (only its one-syllable words can match a syllable)."""
    return frozenset(nfc(line).lower() for lines in stopword_sections().values() for line in lines)


# the vocabulary of a loaded index build (the lexical index's printed runs of 1-3 syllables), once per build
for_index = PerBuild(lambda index: Vocabulary(frozenset(nfc(run.lower()) for run in index.lexical.accents.values())))


def repair(question: str, vocab: Vocabulary, typed: str | None = None) -> str:
    """`question` with its sound slips re-spelled (see the module's docstring); unchanged without the dictionary.
    `typed`, when given, is the question as typed before it was re-accented: only the syllables typed there with
    marks may be slips (its bare ones were spelled by the re-accenting)."""
    if not vocab.syllables:
        return question
    q = nfc(question)
    spans = [(m.start(), m.end()) for m in SYLLABLE_RE.finditer(q)]
    words = [q[a:b] for a, b in spans]
    marked = [has_diacritics(w) for w in words]
    low = [w.lower() for w in words]
    if typed is not None:
        was = [m.group() for m in SYLLABLE_RE.finditer(nfc(typed))]
        marked = [has_diacritics(w) for w in was] if len(was) == len(words) else marked
    elif any(marked) and all(m or s in vocab.syllables for m, s in zip(marked, low)):
        # typed with marks, its bare syllables each a syllable as they are ("Ban Chấp hành Chung ương"): the
        # re-accenting leaves them, they were typed as heard, and may be slips too (their tone, none, is kept)
        marked = [True] * len(words)
    out = list(words)
    for i, s in enumerate(low):
        meant = _meant(i, low, vocab) if marked[i] and s in vocab.syllables and s not in vocab.function else None
        if meant:
            out[i] = meant.upper() if words[i].isupper() and len(words[i]) > 1 else \
                meant.capitalize() if words[i][0].isupper() else meant
    return question if out == words else respelled(q, spans, out)


def note(typed: str, read: str, vocab: Vocabulary) -> str:
    """The line that tells the cadre how a slip was read ("Đã hiểu «mặt chận» là «mặt trận»."), or "": each syllable
    typed with marks that the reading re-spelled, with the neighbour it makes the known word with. `typed` is the
    question before the slips were repaired, `read` the question as read (re-accented too, if it was)."""
    was = [m.group().lower() for m in SYLLABLE_RE.finditer(nfc(typed))]
    now = [m.group().lower() for m in SYLLABLE_RE.finditer(nfc(read))]
    if len(was) != len(now):
        return ""
    pairs = []
    for i, (w, n) in enumerate(zip(was, now)):
        if w == n or (not has_diacritics(w) and fold(w) == fold(n)):      # as typed, or only re-accented
            continue
        a = i - 1 if i > 0 and vocab.knows(f"{now[i - 1]} {n}") else i if i + 1 < len(now) else i - 1
        if a >= 0:
            pairs.append((f"{was[a]} {was[a + 1]}", f"{now[a]} {now[a + 1]}"))
    if not pairs:
        return ""
    return msg("sound_slip", words=", ".join(f"«{t}» là «{m}»" for t, m in pairs))


def _meant(i: int, low: list[str], vocab: Vocabulary) -> str | None:
    """The one syllable low[i] was written for, or None (see the module's docstring)."""
    pairs = [(a, b) for a, b in ((i - 1, i), (i, i + 1)) if a >= 0 and b < len(low)]
    if not pairs or any(vocab.is_word(low[a], low[b]) for a, b in pairs):
        return None
    meant = set()
    for v in variants(low[i], vocab.syllables):
        for a, b in pairs:
            word = f"{v} {low[b]}" if a == i else f"{low[a]} {v}"
            if vocab.knows(word) and not bound_elsewhere(a, b, i, low, vocab.compounds):
                meant.add(v)
    return meant.pop() if len(meant) == 1 else None

