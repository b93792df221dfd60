"""The group of people a question asks something for, and whether the corpus names it.

"Chính sách cho thương binh thế nào?" asks a policy *for* war invalids: a passage on policies for workers covers the
policy (literally or through the synonym table, rag.decision.meaning) and not the people. Covering the thing asked
about never covers the person or group it is asked for.

The group is a noun phrase of people after "cho", "của", "đối với" or "dành cho": a head noun of
rag/data/person_nouns.tsv ("bộ đội", "học sinh", "đồng bào") and the nouns or names right after it that qualify it
("biên phòng", "nội trú", "vùng lũ"), or an adjective with more of the phrase after it ("lao động tự do ngoài
chợ"). Not a qualifier: a noun of time ("phụ nữ hiện nay", "thanh niên thời buổi này", "dạo này": a time noun's
head syllable or a deictic ending, `temporal`), an adjective or verb that ends the phrase (a predicate, "công nhân
khó khăn thế nào", or a soft subtype, "nông dân giỏi"), an abbreviation without a vowel ("công nhân ct"), the
asker's own request ("Cho cán bộ xã hỏi chút, …" names the asker, not a group asked for), the thing given after a
verb of giving ("trao cho phụ nữ quyền gì": the object of "trao", `_given_object`).

Two outcomes (`group_verdict`), both checked over every unit of the corpus, so what the answer says of the corpus is
true:
- the head itself (or an equivalent of the synonym table or the question's meaning-neighbours) is named by no unit:
  no passage answers for the group, refused ("absent");
- the head is named, a qualifier is not ("công nhân nhà máy", "đồng bào Khmer"): a soft subtype, answered from
  the passages on the head with a caution line saying the documents do not single the subtype out ("caution").
A question typed with diacritics is matched with them ("học viên" is no "Học viện", "Hoa" no "hóa"); one typed
without any is matched folded, even after rag.question.diacritics put marks back for reading (the caller says which,
`accented`: "vai tro cua thanh nien" re-accented as "thành niên" still asks for "thanh niên").
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from rag.decision.binding import TOKEN_RE
from rag.decision.discourse import is_discourse
from rag.decision.meaning import synonym_table
from rag.nlp import tags
from rag.search.lexical import lexical_text
from rag.text import DATA, content_terms, data_rows, fold, has_diacritics, nfc, stopword_sections

# the words after which a noun phrase names whom something is for or whose it is
FOR_WORDS = frozenset({"cho", "của", "đối với", "dành cho"})
# tags of the words that qualify a head noun of people: nouns and proper names ("biên phòng", "vùng lũ")
QUALIFIER_TAGS = frozenset({"N", "Np"})
# the closed word lists (rag/data/group_words.tsv): a noun of time is a time noun's head syllable and what it counts
# ("thời buổi", "dạo này", "lúc này", "năm nay", "hồi trước") or ends in a deictic of time ("hiện nay", "bây giờ",
# "gần đây", "sắp tới", "thời gian tới"): it dates the asking, it does not make a kind of the group
_WORDS = {row[0]: frozenset(w.strip() for w in row[1].split("|")) for row in data_rows(DATA / "group_words.tsv", 2)}
TIME_HEADS, DEICTIC_ENDS = _WORDS["time_heads"], _WORDS["deictic_ends"]
# a syllable of asking ends the phrase and cancels it: "Cho cán bộ xã hỏi chút" names the asker
ASKING = frozenset({"hỏi"})
# verbs of passing a text on: after "để" they say whom the asker (or a meeting) tells, "… để phổ biến cho đảng
# viên", "tóm lược để giới thiệu cho học viên", not whom the matter asked is for
TELLING = _WORDS["telling"]
# verbs of giving, which take whom for ("cho" + the group) and the thing given after it: in "trao cho phụ nữ quyền
# gì", "hỗ trợ cho công nhân tiền thuê nhà", "cấp cho nông dân đất sản xuất" the noun after the group is the
# object of the verb, not a kind of the group
GIVING = _WORDS["giving"]
# tags that open an object noun phrase of its own: a plural or quantity word ("dành cho đồng bào dân tộc những chính
# sách gì"), a numeral, a noun not read as a qualifier ("giao cho thanh niên nông thôn nhiệm vụ gì"): the nouns
# before it still qualify the group
OBJECT_OPENERS = frozenset({"L", "M", "N", "Np"})
_VOWEL = re.compile(r"[aeiouy]")

Phrase = tuple[str, ...]


def syllables(text: str) -> Phrase:
    """The lower-case syllables of a text as typed (NFC, with their marks)."""
    return tuple(TOKEN_RE.findall(nfc(text).lower()))


def folded(phrase: Phrase) -> Phrase:
    return tuple(fold(w) for w in phrase)


@dataclass(frozen=True)
class Group:
    head: Phrase                        # as typed, lower case ("đồng bào")
    qualifiers: tuple[Phrase, ...]      # one phrase per tagged word ("vùng", "lũ") -> (("vùng lũ"),)
    shown: str                          # the group as typed ("đồng bào Công giáo")
    head_shown: str                     # its head as typed


@functools.lru_cache(maxsize=1)
def person_nouns() -> frozenset[Phrase]:
    """rag/data/person_nouns.tsv, folded: the head nouns of a group of people."""
    return frozenset(folded(syllables(row[0])) for row in data_rows(DATA / "person_nouns.tsv") if row and row[0].strip())


def temporal(word: str) -> bool:
    """A noun of time (TIME_HEADS, DEICTIC_ENDS): "thời buổi", "hiện nay", "dạo này"."""
    s = syllables(word)
    return bool(s) and (s[0] in TIME_HEADS or s[-1] in DEICTIC_ENDS)


def asked_groups(question: str) -> list[Group]:
    """Each group of people the question names after a word of FOR_WORDS."""
    tagged = tags(question)
    heads = person_nouns()
    out = []
    for i in range(len(tagged) - 1):
        if nfc(tagged[i][0]).lower() not in FOR_WORDS:
            continue
        # the head may be tagged as several words ("người" "cao tuổi")
        k = next((k for k in (3, 2, 1) if i + k < len(tagged) and all(x[0][:1].isalpha() for x in tagged[i + 1:i + 1 + k])
                  and folded(tuple(w for x in tagged[i + 1:i + 1 + k] for w in syllables(x[0]))) in heads), 0)
        if not k or _told(tagged, i):
            continue
        head = tuple(w for x in tagged[i + 1:i + 1 + k] for w in syllables(x[0]))
        qualifiers: list[Phrase] = []
        shown = [x[0] for x in tagged[i + 1:i + 1 + k]]
        j = i + 1 + k
        while j < len(tagged) and _qualifies(tagged, j) and folded(syllables(tagged[j][0])) not in heads:
            qualifiers.append(syllables(tagged[j][0]))
            shown.append(tagged[j][0])
            j += 1
        if j < len(tagged) and ASKING & set(syllables(tagged[j][0])):
            continue
        if qualifiers and _given_object(tagged, i, j):
            qualifiers.pop()
            shown.pop()
        out.append(Group(head, tuple(qualifiers), " ".join(shown), " ".join(shown[:k])))
    return out


def _given_object(tagged, i: int, j: int) -> bool:
    """After a verb of GIVING and "cho" at i, the last noun read as a qualifier (at j - 1) is the thing given ("trao
    cho phụ nữ quyền gì"), unless it is a proper name ("giao cho cán bộ Mặt trận …", "đồng bào Khmer") or the object
    opens after it with a word of OBJECT_OPENERS ("dành cho đồng bào dân tộc những chính sách gì", "giao cho thanh
    niên nông thôn nhiệm vụ gì")."""
    word = nfc(tagged[i][0]).lower()
    verb = word == "dành cho" or (i > 0 and nfc(tagged[i - 1][0]).lower() in GIVING)
    last = tagged[j - 1]
    proper = last[1] == "Np" or last[0][:1].isupper()
    return verb and not proper and not (j < len(tagged) and tagged[j][1] in OBJECT_OPENERS)


def _told(tagged, i: int) -> bool:
    """The word before "cho" is a verb of TELLING in a clause opened by "để"."""
    if i == 0 or nfc(tagged[i - 1][0]).lower() not in TELLING:
        return False
    for x in reversed(tagged[:i - 1]):
        word = nfc(x[0]).lower()
        if word == "để":
            return True
        if x[1] == "CH":
            return False
    return False


def _qualifies(tagged, j: int) -> bool:
    """The j-th word qualifies the head before it: a noun or a name made of letters, holding a vowel, not a noun of
    time, not a question or function word ("cán bộ như thế nào"), not a word of asking, not a sentence particle
    (rag.decision.discourse; stopwords.txt's clause-final words)."""
    word = nfc(tagged[j][0]).lower()
    tag = tagged[j][1]
    # an adjective qualifies only inside the noun phrase, with a noun or a preposition after it ("lao động tự do
    # ngoài chợ"); before a question word, a particle, a verb or the end it is the predicate or a soft subtype
    # ("công nhân khó khăn thế nào", "người già neo đơn không", "nông dân giỏi được …")
    attributive = tag == "A" and j + 1 < len(tagged) and tagged[j + 1][1] in ("N", "Np", "E")
    return ((tag in QUALIFIER_TAGS or attributive) and word[:1].isalpha() and bool(content_terms(word))
            and all(_VOWEL.search(w) for w in folded(syllables(word))) and not temporal(word)
            and not ASKING & set(syllables(word))
            and not is_discourse(tagged, j) and word not in stopword_sections().get("clause-final", ()))


def _has(seq: Phrase, phrase: Phrase) -> bool:
    n = len(phrase)
    return bool(n) and any(seq[k:k + n] == phrase for k in range(len(seq) - n + 1))


@dataclass(frozen=True)
class UnitWords:
    typed: Phrase       # the unit's syllables with their marks, lower case
    folded: Phrase


def says(unit: UnitWords, phrase: Phrase, accented: bool, near: dict | None = None) -> bool:
    """Whether the unit prints the phrase (with its marks when the question has them) or an equivalent of the
    synonym table or the question's meaning-neighbours (folded, as the tables are)."""
    if _has(unit.typed if accented else unit.folded, phrase if accented else folded(phrase)):
        return True
    key = folded(phrase)
    return any(_has(unit.folded, a) for a in synonym_table().get(key, []) + (near or {}).get(key, []))


def names_group(unit: UnitWords, group: Group, accented: bool, near: dict | None = None,
                known: frozenset = frozenset()) -> bool:
    """Whether a unit names the group: its head or an equivalent and every qualifier as a phrase (or an equivalent)
    unless `known` (a qualifier printed right after the head elsewhere: "cán bộ lãnh đạo" is a kind of cadre the
    corpus names, so a unit on "cán bộ chủ chốt" names "cán bộ lãnh đạo chủ chốt"); or an equivalent of the whole."""
    head, qualifiers = group.head, group.qualifiers
    run = tuple(w for q in qualifiers for w in q)
    if qualifiers and says(unit, head + run, accented, near):
        return True
    if not says(unit, head, accented, near):
        return False
    if len(qualifiers) > 1 and says(unit, run, accented, near):
        return True                            # "dân tộc ít người" said as the table's "dân tộc thiểu số"
    return all(q in known or says(unit, q, accented, near) for q in qualifiers)


def names_head(unit: UnitWords, group: Group, accented: bool, near: dict | None = None) -> bool:
    """Whether a unit names the group's head (or an equivalent): a cited passage on the head in general."""
    return says(unit, group.head, accented, near)


def unit_words(unit) -> UnitWords:
    typed = syllables(lexical_text(unit))
    return UnitWords(typed, folded(typed))


_CORPUS: dict[str, list[UnitWords]] = {}


def corpus_words(index) -> list[UnitWords]:
    """The words of every unit of the build, once per build."""
    if index.build_id not in _CORPUS:
        _CORPUS.clear()
        out = []
        for d in index.docs:
            out.extend(unit_words(x) for x in index.doc_units(d))
        _CORPUS[index.build_id] = out
    return _CORPUS[index.build_id]


def group_verdict(question: str, units: list[UnitWords], near: dict | None = None,
                  accented: bool | None = None) -> tuple[str, Group] | None:
    """("absent", group) for the first group whose head no unit names; else ("caution", group) for the first whose
    head is named and some qualifier is not; None when every group is named (or none is asked for). `accented`:
    whether the cadre typed the marks (Understanding.accents_typed); by default, whether the question has any."""
    if accented is None:
        accented = has_diacritics(question)
    caution = None
    for group in asked_groups(question):
        if not any(says(w, group.head, accented, near) for w in units):
            return "absent", group
        if caution is None and group.qualifiers:
            known = frozenset(q for q in group.qualifiers
                              if any(_has(w.typed if accented else w.folded,
                                          group.head + q if accented else folded(group.head + q)) for w in units))
            if not any(names_group(w, group, accented, near, known) for w in units):
                caution = group
    return ("caution", caution) if caution else None
