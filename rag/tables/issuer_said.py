"""The issuer a question says of a cited document it names by number, when no cited document of that kind and
number has it: "Nghị quyết 02 của huyện", "Nghị quyết của Ban Bí thư số 02", "Nghị quyết 02 của Thành ủy Cần Thơ"
while the corpus cites only the Bộ Chính trị's 02-NQ/TW and the province's 02-NQ/TU. Answering with one of those
would name another body's resolution as the one asked (rag.answerers.printed.mentions says which ones are cited instead).

The issuer is the words right after the number after "của" / "do", or between the kind word and "số <number>"
after "của" / "do": words of an issuer's name (rag.question.levels.issuer_words) or of another body's
(levels.tsv's @other, "Chính phủ"), and up to two words of a place's name after them ("Thành ủy Cần Thơ"). It contradicts the cited rows when
- it names a body other than the Party's committees (levels.tsv's @other: "Hội đồng nhân dân tỉnh", "Chính phủ",
  "Trung ương Đoàn") that no row's issuer names as a phrase, or a Party body where the rows name only such bodies:
  the Party committee of a level and its People's Council are two bodies (a level's word alone, "của tỉnh", may be
  either);
- its level (rag/data/levels.tsv: a level word or an issuer's name there, "huyện", "Thành ủy", "Ban Bí thư") is
  none of theirs; or
- it names a body the table lists at that level by a name of its own, without the level's word (at the centre
  "Bộ Chính trị", "Ban Bí thư": two bodies; "Ban Chấp hành Trung ương", "Tỉnh ủy", "Đảng bộ tỉnh" carry their
  level's word and are read by the level alone), and the rows name another such body, not that one."""
from __future__ import annotations

import functools
import re

from rag.question.levels import issuer_words, level_terms, name_words_after, other_bodies, place_follows
from rag.search.spelling import dictionary
from rag.text import fold, phrase_re

_MAX_WORDS = 8
# a verb after "do <body>" other than one of issuing: the body carries the document out, it did not issue it
_OTHER_VERB_RE = re.compile(r"\s+(?!ban hanh|ky|ra|thong qua|phat hanh|de ra|dua ra)(?:trien khai|thuc hien|quan triet|"
                            r"to chuc|cu the hoa|lanh dao|chi dao|hoc tap|ap dung|theo doi|kiem tra|xay dung|van dung)\b")


def _runs_on(folded: str, typed: str, end: int) -> bool:
    """Whether the last syllable of a body's name ending at `end` makes one word with the word after it (a compound
    of underthesea's dictionary: "Trung ương đoàn kết", "tỉnh đoàn kết": the name's syllable is the first of another
    word, not the body's), unless typed as a name: that syllable capitalised and the next word not ("Trung ương
    Đoàn kết nạp …" is not read so), or the name's last two syllables and the next two read as two words ("Chính
    phủ định hướng", "Công đoàn thể hiện"). `typed`: same offsets, "" when unknown."""
    d = dictionary()
    nxt = re.match(r"\s+([a-z]+)", folded[end:])
    if d is None or nxt is None:
        return False
    last = folded[:end].split()[-1]
    start = end - len(last)
    a, b = end + nxt.start(1), end + nxt.end(1)
    if typed and typed[start].isupper() and not typed[a].isupper():
        return False
    if not _is_word(folded, typed, start, b):
        return False
    # the name's last two syllables one word and the next two another ("Chính phủ | định hướng", "Hội Cựu chiến
    # binh | đoàn kết", "Hội đồng nhân dân | chủ trương"): the reading in two words is the name's, not "phủ định"
    before = re.search(r"([a-z]+)\s+$", folded[:start])
    after = re.match(r"\s+([a-z]+)", folded[b:])
    return not (before and after and _is_word(folded, typed, before.start(1), end)
                and _is_word(folded, typed, a, b + after.end(1)))


def _is_word(folded: str, typed: str, a: int, b: int) -> bool:
    """Whether the two syllables at folded[a:b] are one word of the dictionary: as typed with marks when they are,
    else folded."""
    pair = typed[a:b].lower() if typed else ""
    if pair and pair != folded[a:b]:
        return " ".join(pair.split()) in dictionary()[0]
    return " ".join(folded[a:b].split()) in _folded_compounds()


def _runs_on_past_name(folded: str, typed: str, end: int) -> bool:
    """Whether an issuer word ending at `end` makes one word with a next word that names no issuer ("Trung ương
    đoàn kết": "đoàn" is the first syllable of "đoàn kết"; not "Ban Chấp hành", "Đảng đoàn Quốc hội")."""
    nxt = re.match(r"\s+([a-z]+)", folded[end:])
    return bool(nxt) and nxt.group(1) not in issuer_words() and _runs_on(folded, typed, end)


@functools.lru_cache(maxsize=1)
def _folded_compounds() -> frozenset[str]:
    """The dictionary's two-syllable words, folded (a question known only folded)."""
    d = dictionary()
    return frozenset(fold(w) for w in d[0] if w.count(" ") == 1) if d else frozenset()


def _issuer_end(folded: str, typed: str, start: int) -> int:
    """Where the issuer named from `start` ends: past its issuer words (not the verb "ban hành"), and past at most two
    capitalised words of a place's name after a word a place follows ("Thành ủy Cần Thơ"; `typed`: the question
    as typed, same offsets, "" when unknown)."""
    end, words, place = start, 0, 0
    for m in re.finditer(r"[a-z]+", folded[start:]):
        a, b = start + m.start(), start + m.end()
        if folded[end:a].strip() or words >= _MAX_WORDS:
            break                                   # punctuation between: the name has ended
        w = m.group()
        if a < end:                                 # inside a body's name already read
            continue
        body = next((n for n in other_bodies() if not place and phrase_re(n, digits=False).match(folded, a)
                     and not _runs_on(folded, typed, a + len(n))), None)
        if body:                                    # "Chính phủ", "Tổng Liên đoàn": a body's name, whole
            end, words = a + len(body), words + len(body.split())
        elif w in issuer_words() and not place and not (w == "ban" and folded[b:b + 5] == " hanh") and \
                not _runs_on_past_name(folded, typed, b):
            end, words = b, words + 1
        elif words and place < 2 and typed[a:a + 1].isupper() and \
                (place or folded[:end].split()[-1] in place_follows()):
            end, words, place = b, words + 1, place + 1
        else:
            break
    return end


def issuer_said(folded: str, kind_word: str, number: int, typed: str = "") -> tuple[int, int] | None:
    """The span of the issuer a (folded) question says of "<kind> <number>", or None. `typed`: the question as
    typed, same offsets (a place's capitalised name)."""
    typed = typed if len(typed) == len(folded) else ""
    for m in re.finditer(rf"\b{kind_word}\s+(?:so\s+)?0*{number}(?![\w/-])\s+(?P<by>cua|do)\s+", folded):
        end = _issuer_end(folded, typed, m.end())
        # "do <body>" says who issued it when no other verb follows the body ("do huyện triển khai" says who
        # carries it out)
        if end > m.end() and not (m.group("by") == "do" and _OTHER_VERB_RE.match(folded[end:])):
            return m.end(), end
    for m in re.finditer(rf"\b{kind_word}\s+(?:cua|do)\s+", folded):
        end = _issuer_end(folded, typed, m.end())
        if end > m.end() and re.match(rf"\s+so\s+0*{number}(?![\w/-])", folded[end:]):
            return m.end(), end
    return None


def _level(name: str) -> str | None:
    """The level a name says (folded): an issuer's name the table lists at it first, else its level word."""
    for level, word, issuers in level_terms():
        if any(phrase_re(fold(x).lower(), digits=False).search(name) for x in issuers):
            return level
    for level, word, _ in level_terms():
        if phrase_re(fold(word).lower(), digits=False).search(name):
            return level
    return None


def _own_names(level: str) -> list[str]:
    """The bodies the table lists at a level by a name without the level's word ("bo chinh tri", "ban bi thu")."""
    out = []
    for lv, word, issuers in level_terms():
        if lv == level:
            out += [fold(x).lower() for x in issuers if fold(word).lower() not in fold(x).lower()
                    and fold(x).lower() != fold(word).lower()]
    return out


def _others(name: str) -> set[str]:
    """The @other bodies a (folded) name names ("hoi dong nhan dan")."""
    return {n for n in other_bodies() if phrase_re(n, digits=False).search(name)}


def _bare_level(said: str) -> bool:
    """The issuer said is a level's word alone, a place's name at most after it ("tinh", "tinh lang son"), not a
    body's name ("tinh uy", "tinh doan")."""
    after = {fold(w) for w in name_words_after()}
    for _, word, _ in level_terms():
        w = fold(word).lower()
        if said == w or said.startswith(w + " ") and said[len(w) + 1:].split()[0] not in after:
            return True
    return False


def contradicts(said: str, rows: list[dict]) -> bool:
    """Whether the issuer said (folded) is none of the rows' issuers, as above."""
    # a body other than the Party's committees is only itself; a Party body is none of them (a level's word alone
    # is read by the level below)
    said_others = _others(said)
    rows = [r for r in rows if _others(fold(r.get("issuer", "")).lower()) & said_others or
            not said_others and (_bare_level(said) or not _others(fold(r.get("issuer", "")).lower()))]
    if not rows:
        return True
    issuers = [fold(r.get("issuer", "")).lower() for r in rows]
    level = _level(said)
    if level is None:
        return False
    if not any(_level(i) == level for i in issuers):
        return True
    # a body of its own named where the rows name another one ("Ban Bí thư" for the Bộ Chính trị's); said where the
    # rows name the level's whole body ("Bộ Chính trị" for a resolution of the Ban Chấp hành Trung ương) it may be
    # said loosely, and is not read as another body
    own = _own_names(level)
    said_names = {n for n in own if phrase_re(n, digits=False).search(said)}
    row_names = {n for n in own if any(phrase_re(n, digits=False).search(i) for i in issuers)}
    return bool(said_names and row_names and not said_names & row_names)
