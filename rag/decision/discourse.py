"""The words of a question that are talk about its own asking, not its content, each only in its frame
(rag/data/discourse_words.tsv): a sentence particle where a clause ends ("… có ko ha?"), an opening ("Thưa đồng
chí, …"), a verb of mentioning ("có nhắc tới …", "đề cập"), "chuyện"/"vụ" naming the matter after one of those
or after "cái", a verb of asking, "về" ("có nhắc tới chuyện nhà ở …", "cái vụ chuyển đổi số"), a familiar address for
the people named after it ("anh em công nhân", "anh chị em làm trong nhà máy") and "bên" before the body it stands for
("giao cho bên quân đội", "bên Ủy ban tỉnh"). Outside the frame
the same word is content: "bao nhiêu ha rừng" (hectares), "vụ đông xuân" (a crop season), "Vụ Tổ chức" (a ministry
department), "bao nhiêu vụ vi phạm" (cases counted), "nhắc cán bộ" (to remind), "các dân tộc anh em", "tình anh em trong gia
đình" (kinship), "hai bên", "các bên liên quan", "bên cạnh", "bên trong" (sides, places)."""
from __future__ import annotations

import functools

from rag.text import DATA, data_rows, fold

# a clause ends at these (or at the end of the question)
CLAUSE_END = frozenset("?.,!;:…")
# count words: a unit after them is what is counted ("bao nhiêu ha", "mấy vụ")
COUNT_WORDS = frozenset({"bao nhiêu", "nhiêu", "mấy", "bao"})
FOLDED_COUNT_WORDS = frozenset({"bao nhieu", "nhieu", "bao"})
QUANTIFIERS = frozenset("chục nửa vài mỗi từng trên các những".split())
# the syllables of a number said as words ("năm trăm ha", "hai mươi lăm ha")
NUMBER_SYLLABLES = frozenset("một hai ba bốn năm sáu bảy tám chín mười mươi mốt lăm tư linh lẻ rưỡi trăm nghìn ngàn "
                             "vạn triệu tỷ tỉ".split())
# words after "bên" that make it a side or a place, not the body it stands for ("bên cạnh", "bên trong", "bên kia")
PLACE_AFTER_SIDE = frozenset("cạnh trong ngoài trên dưới kia này ấy đó nào phải trái lề bờ".split())
# words before an address form that make it kinship ("các dân tộc anh em")
KIN_BEFORE = frozenset({"dân tộc", "tình", "nước"})
# tags of what an address form or "bên" names after it: a noun, a name, a verb or adjective of who they are
NAMED_TAGS = frozenset({"N", "Np", "V", "A"})
# verbs after an address form that say what happens to them, not who they are ("anh em được lo chỗ ở": "anh em" is
# then the people asked about)
AUXILIARIES = frozenset("được bị có phải là cần muốn nên sẽ đã đang vẫn cũng".split())
# tags of the words that ask rather than name a topic: pronouns and question words ("chuyện gì", "vụ đó"), punctuation
NO_TOPIC_TAGS = frozenset({"P", "CH", "X"})


@functools.lru_cache(maxsize=1)
def frames() -> dict[str, tuple[str, frozenset[str]]]:
    """rag/data/discourse_words.tsv: word -> (frame, the words that must follow it; empty: any)."""
    out = {}
    for row in data_rows(DATA / "discourse_words.tsv"):
        after = frozenset(w.strip() for w in row[2].split("|")) if len(row) > 2 and row[2].strip() else frozenset()
        out[row[0].strip().lower()] = (row[1].strip(), after)
    return out


def _frame(word: str) -> str | None:
    return frames().get(word.lower(), (None,))[0]


def _ends_clause(tagged, i: int) -> bool:
    """Nothing but punctuation ending a clause, or other particles, after the i-th word."""
    for word, pos, *_ in tagged[i + 1:]:
        if word in CLAUSE_END:
            return True
        if not (_frame(word) == "final" or pos in ("T", "I")):
            return False
    return True


def _mention(tagged, i: int) -> bool:
    """The i-th word is a verb of mentioning in that sense: before the words its row asks for, and before a topic."""
    word = tagged[i][0].lower()
    if _frame(word) != "mention":
        return False
    after = frames()[word][1]
    nxt = tagged[i + 1][0].lower() if i + 1 < len(tagged) else ""
    if after and nxt not in after:
        return False
    # something is mentioned: a word follows (past the preposition), not the end of the clause
    j = i + 2 if nxt in ("tới", "đến") else i + 1
    # not "nói đến đâu làm đến đó", "nói tới là làm": saying as against doing, the content itself
    return j < len(tagged) and tagged[j][0] not in CLAUSE_END and tagged[j][0].lower() not in ("đâu", "là", "đó")


def _topic(tagged, i: int) -> bool:
    """The i-th word is "chuyện"/"vụ" naming the matter: after a mention or an opener, before the matter's words."""
    word = tagged[i][0]
    if _frame(word) != "topic" or (i > 0 and word[:1].isupper()):      # "Vụ Tổ chức": a name
        return False
    if i == 0 or i + 1 >= len(tagged):
        return False
    prev = tagged[i - 1][0].lower()
    opened = (_frame(prev) == "opens" or _mention(tagged, i - 1)
              or (prev in ("tới", "đến") and i >= 2 and _mention(tagged, i - 2)))
    nxt, nxt_pos = tagged[i + 1][0], tagged[i + 1][1]
    return opened and nxt_pos not in NO_TOPIC_TAGS and nxt not in CLAUSE_END and _frame(nxt) != "own"


def _final(tagged, i: int) -> bool:
    """The i-th word is a sentence particle where a clause ends, not a unit after a count word."""
    if _frame(tagged[i][0]) != "final" or not _ends_clause(tagged, i):
        return False
    if i == 0:
        return False
    prev = tagged[i - 1][0].lower()
    # after a count word (also typed without marks, "bao nhieu ha"), a number, or a quantifier ("mấy chục ha",
    # "nửa ha", "mỗi ha", "trên ha") it is the unit counted (the tagger's numeral tag is no guide: "phòng hộ" is M)
    counted = (prev in COUNT_WORDS or fold(prev) in FOLDED_COUNT_WORDS or prev[:1].isdigit()
               or set(prev.split()) <= NUMBER_SYLLABLES | QUANTIFIERS)
    return not counted


def _address(tagged, i: int) -> bool:
    """The i-th word is a familiar address ("anh em", "anh chị em") for the people the next words name, or "bên"
    for the body its next noun names: not after a count word or quantifier ("hai bên", "các bên", "mỗi bên"), nor
    kinship ("các dân tộc anh em"), nor a side or place ("bên cạnh", "bên trong")."""
    frame = _frame(tagged[i][0])
    if frame not in ("address", "side") or i + 1 >= len(tagged):
        return False
    nxt, nxt_pos = tagged[i + 1][0].lower(), tagged[i + 1][1]
    prev = tagged[i - 1][0].lower() if i else ""
    if frame == "address":
        return nxt_pos in NAMED_TAGS and nxt not in AUXILIARIES and prev not in KIN_BEFORE
    counted = bool(prev) and (prev in COUNT_WORDS or prev[:1].isdigit() or tagged[i - 1][1] == "M"
                              or set(prev.split()) <= NUMBER_SYLLABLES | QUANTIFIERS)
    return nxt_pos in ("N", "Np") and nxt not in PLACE_AFTER_SIDE and not counted


def _opening(tagged, i: int) -> bool:
    return _frame(tagged[i][0]) == "opening" and (i == 0 or tagged[i - 1][0] in CLAUSE_END)


def is_discourse(tagged, i: int) -> bool:
    """Whether the i-th of the tagger's words (word, pos, …) is talk about the asking in its frame."""
    return _final(tagged, i) or _opening(tagged, i) or _mention(tagged, i) or _topic(tagged, i) or _address(tagged, i)
