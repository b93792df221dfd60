"""Whether a cross-document question asks which body is assigned the work (rag.answerers.work.across): a who-question with
a verb of giving work to a body or of doing it as the one in charge ("giao ban nào lo", "ai chủ trì", "cơ quan nào
theo dõi"); then each document's unit that assigns the work is cited first (rag.answerers.work.per_doc).
"""
from __future__ import annotations

import re

from rag.answerers.forms import asks_who
from rag.text import typed_one_of

# the verbs of giving work to a body or of doing it as the one in charge: "ai" / "ban nào" with one of them asks
# which body is assigned ("giao ban nào lo", "ai chủ trì", "ai đứng ra theo dõi"); "ai" with another verb does not
# ("lấy ai làm nền tảng", "ai là …")
ASSIGNING_RE = re.compile(r"\b(?:(?P<giao>giao)|chu tri|theo doi|don doc|phu trach|chiu trach nhiem|dung ra|dau moi)\b")
# "giáo" folds to "giao" too ("tôn giáo", "Tuyên giáo", "Công giáo", "giáo dục" are no assigning): typed "giáo", the
# syllable says so (rag.text.typed_one_of); typed "giao", the words around it still may ("tôn giao", a mark
# slipped in a question typed with marks, or one typed without)
_GIAO_WORDS_RE = re.compile(r"(?<!ton )(?<!tuyen )giao(?! duc| vien| ly)")


def asks_which_body(typed: str, f: str) -> bool:
    """A question (`typed`, and folded `f`, same offsets) asks which body is assigned the work: a who-question
    (rag.answerers.forms.asks_who) with a verb of assigning or of being in charge (ASSIGNING_RE)."""
    return asks_who(f) and any(_assigning(typed, f, m) for m in ASSIGNING_RE.finditer(f))


def _assigning(typed: str, f: str, m: re.Match) -> bool:
    """A verb of ASSIGNING_RE; "giao" only when not typed "giáo" and no words around it make a "giáo"
    (_GIAO_WORDS_RE)."""
    return m.start("giao") < 0 or (typed_one_of(typed, m.span("giao"), "giao") and bool(_GIAO_WORDS_RE.match(f, m.start())))
