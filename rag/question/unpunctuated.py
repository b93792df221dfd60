"""Two asks said in one breath, as speech-to-text prints them without punctuation: "bộ chính trị bắt các tỉnh ủy làm
xong kế hoạch lúc nào còn cái tỉnh kia thì hẹn … ngày mấy". A comma is put where the second ask opens, so that the
two-part reader (rag.answerers.parts, which cuts at ", còn") answers each ask on its own.

Only a question with no punctuation inside it is read so (a typed question says where its clauses end), and only
at "còn" that directly follows the word an ask ends with ("lúc nào", "gì", "ra sao", "bao nhiêu", "ngày mấy", "ở
đâu", "bao giờ") and that opens a subject of its own: the word after it is a noun, a pronoun or a determiner
(underthesea's tags: "còn cái tỉnh kia", "còn kế hoạch của tỉnh", "còn Cần Thơ") and a "thì" follows in the same
breath. "còn" before a verb or an adjective is a state or a remainder ("những việc gì còn chậm thì sao", "ai còn
phải làm"), and "còn" after other words ("không còn") too: they stay as said.

    comma_between_asks("kế hoạch 21 hẹn khi nào còn tỉnh thì sao")   # "kế hoạch 21 hẹn khi nào, còn tỉnh thì sao"
"""
from __future__ import annotations

import re

from rag.decision.names import tags
from rag.text import fold, nfc

_INNER_PUNCT = re.compile(r"[,;:.!?…()\"“”]")
# the word an ask ends with, then "còn", then a subject and "thì" within a few words (folded text)
_BREAK = re.compile(r"\b(?:nao|gi|sao|dau|may|nhieu|gio)(?=\s+con\s+(?:\S+\s+){1,8}?thi\b)")
# the tags of a word that opens a subject: nouns (proper, classifier, unit, abbreviation), pronouns, determiners
SUBJECT_TAGS = frozenset({"N", "Np", "Nc", "Nu", "Ny", "P", "L", "T"})


def _opens_subject(after: str) -> bool:
    """Whether the words after a "còn" (`after` opens with it) open a subject: the next word is tagged as one."""
    tagged = [pos for _w, pos, _c, _t in tags(after)]
    return len(tagged) > 1 and tagged[1] in SUBJECT_TAGS


def comma_between_asks(question: str) -> str:
    """The question with a comma before each "còn" that opens a second ask (module docstring); unchanged when it
    has punctuation inside it or no such "còn"."""
    text = nfc(question)
    if _INNER_PUNCT.search(text.rstrip(" ?.!")):
        return question
    folded = fold(text)
    if len(folded) != len(text):
        return question
    ends = [m.end() for m in _BREAK.finditer(folded) if _opens_subject(text[m.end():].lstrip())]
    if not ends:
        return question
    out, last = [], 0
    for end in ends:
        out.append(text[last:end] + ",")
        last = end
    out.append(text[last:])
    return "".join(out)
