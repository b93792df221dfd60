"""Descriptive words matched by meaning: the curated table of administrative synonyms
(`rag/data/synonyms.tsv`: everyday phrase -> the documents' phrases) and the soft coverage of a question
by a passage built on it.

A question word counts as covered by a passage when the passage has the word (accent-folded, after the
abbreviations are spelled out), or when a phrase of the question that holds it has, in the table, an
equivalent that the passage contains ("người già" is covered by "người cao tuổi"), or, given the question's
meaning-neighbours (rag.search.neighbours, from the embedding model), a neighbour the passage contains.
"""
from __future__ import annotations

import functools
import re
import unicodedata

from rag.search.lexical import rarity
from rag.question.negation import NEGATIONS
from rag.search.spelling import dictionary
from rag.text import DATA, data_rows, fold, has_diacritics, nfc, words


@functools.lru_cache(maxsize=1)
def _entries() -> tuple[tuple[str, tuple[str, ...]], ...]:
    """The table's lines as printed (NFC): (everyday phrase, the documents' phrases)."""
    out = []
    for row in data_rows(DATA / "synonyms.tsv", fields=2):
        if len(row) < 2:
            continue
        left, right = row
        out.append((nfc(left), tuple(nfc(r.strip()) for r in right.split("|"))))
    return tuple(out)


def synonym_entries() -> tuple[tuple[str, tuple[str, ...]], ...]:
    """The table's lines as printed (NFC): (everyday phrase, the documents' phrases)."""
    return _entries()


@functools.lru_cache(maxsize=1)
def synonym_table() -> dict[tuple[str, ...], list[tuple[str, ...]]]:
    """Folded phrase -> folded equivalents, both directions (each line: phrase TAB a | b | c)."""
    table: dict[tuple[str, ...], list[tuple[str, ...]]] = {}

    def add(a: tuple[str, ...], b: tuple[str, ...]) -> None:
        if a and b and a != b and b not in table.setdefault(a, []):
            table[a].append(b)

    for left, right in _entries():
        phrase = tuple(words(fold(left)))
        alts = [tuple(words(fold(r))) for r in right]
        for alt in alts:
            add(phrase, alt)
            add(alt, phrase)
        # a pair joined by "và" / "hoặc" is as often written with a comma ("quân đội, công an"), which words()
        # drops: the phrase without its conjunction means the same
        for bare in {_without_conjunction(phrase)} - {phrase}:
            for alt in alts:
                add(bare, alt)
    # the everyday phrases said with a near word of rag/data/near_words.tsv in them (one way: everyday -> documents)
    for phrase, right in _composed():
        for r in right:
            add(phrase, tuple(words(fold(r))))
    return table


def _near_words() -> tuple[tuple[tuple[str, ...], ...], ...]:
    """The groups of rag/data/near_words.tsv, lower case as written: words said for one another inside a phrase
    ("thẳng" for "trực tiếp", "bà con" for "dân")."""
    return tuple(tuple(tuple(nfc(w).lower().split()) for w in row[0].split("|") if w.strip())
                 for row in data_rows(DATA / "near_words.tsv"))


# a phrase is read with near words only from this many syllables: in a shorter one the near word is most of the
# phrase ("nói chuyện với bà con" may be the asker's own talk; "dân vừa lòng" is "vừa lòng" already)
COMPOSED_MIN = 5
# at most this many of a phrase's words swapped for near words at once
COMPOSED_SWAPS = 2


def _whole_word(phrase: tuple[str, ...], i: int, n: int) -> bool:
    """Whether the n syllables at i of a phrase (lower case, as written) are a word of it, not part of a longer
    dictionary word with the syllable before or after ("dân" of "dân tộc", "nông dân" is not the word "dân")."""
    d = dictionary()
    if d is None:
        return True
    return not ((i and f"{phrase[i - 1]} {phrase[i]}" in d[0])
                or (i + n < len(phrase) and f"{phrase[i + n - 1]} {phrase[i + n]}" in d[0]))


@functools.lru_cache(maxsize=1)
def _composed() -> tuple[tuple[tuple[str, ...], tuple[str, ...]], ...]:
    """The table's everyday phrases (of COMPOSED_MIN syllables or more) with one or two of their words said by a
    near word (rag/data/near_words.tsv): "nói chuyện thẳng với dân" is also "trò chuyện trực tiếp với bà con".
    Folded, each with the documents' phrases of its line as printed; only variants no line of the table writes."""
    written = {tuple(words(fold(left))) for left, _ in _entries()}
    groups = _near_words()
    out: dict[tuple[str, ...], tuple[str, ...]] = {}

    def swaps(phrase: tuple[str, ...], start: int, left: int):
        yield phrase
        if not left:
            return
        for i in range(start, len(phrase)):
            for group in groups:
                for member in group:
                    n = len(member)
                    if n < len(phrase) and phrase[i:i + n] == member and _whole_word(phrase, i, n):
                        for other in group:
                            if other != member:
                                yield from swaps(phrase[:i] + other + phrase[i + n:], i + len(other), left - 1)

    for left, right in _entries():
        phrase = tuple(re.findall(r"\w+", nfc(left).lower()))
        if len(phrase) < COMPOSED_MIN:
            continue
        for variant in swaps(phrase, 0, COMPOSED_SWAPS):
            folded = tuple(words(fold(" ".join(variant))))
            if folded not in written and folded not in out:
                out[folded] = right
    return tuple(out.items())


_CONJUNCTIONS = ("va", "hoac")


def _without_conjunction(phrase: tuple[str, ...]) -> tuple[str, ...]:
    """The phrase without a conjunction between two of its words ("quan doi va cong an" -> "quan doi cong an")."""
    return tuple(w for i, w in enumerate(phrase) if not (w in _CONJUNCTIONS and 0 < i < len(phrase) - 1))


@functools.lru_cache(maxsize=1)
def _longest() -> int:
    """Words of the table's longest phrase (at least 4: a meaning-neighbour may be that long)."""
    return max([4, *(len(p) for p in synonym_table())])


def load_tables() -> None:
    """Build every reading of the table once (≈ 0.1-0.8 s of CPU on first use), before the first question."""
    synonym_table(), _longest(), _official_by_head(), _composed(), _table_by_head(), _marks_by_phrase(), _comma_pairs(), _printed_commas()


def _has(seq: list[str], phrase: tuple[str, ...]) -> bool:
    n = len(phrase)
    return any(tuple(seq[i:i + n]) == phrase for i in range(len(seq) - n + 1))


def covered_terms(terms: list[str], question_words: list[str], passage_words: list[str],
                  extra: dict[tuple[str, ...], list[tuple[str, ...]]] | None = None,
                  literal: bool = True) -> set[str]:
    """The question's content terms the passage covers, literally (unless `literal` is False) or through an
    equivalent phrase (from the table, or from `extra`: this question's meaning-neighbours,
    rag.search.neighbours.meaning_pairs)."""
    pw = set(passage_words)
    covered = {t for t in terms if t in pw} if literal else set()
    table = synonym_table()
    qn = len(question_words)
    for n in range(_longest(), 0, -1):
        for i in range(qn - n + 1):
            phrase = tuple(question_words[i:i + n])
            alts = table.get(phrase, []) + (extra.get(phrase, []) if extra else [])
            if alts and any(_has(passage_words, a) for a in alts):
                covered.update(t for t in phrase if t in terms)
    # a phrase of the table said with words put in between ("sắp xếp lại cho gọn bộ máy"): its own words count
    for phrase, at in _gapped_phrases(tuple(question_words)):
        if any(_has(passage_words, a) for a in table[phrase]):
            covered.update(question_words[j] for j in at if question_words[j] in terms)
    return covered


@functools.lru_cache(maxsize=256)
def _gapped_phrases(question_words: tuple[str, ...]) -> tuple[tuple[tuple[str, ...], tuple[int, ...]], ...]:
    """The table's phrases a question (its folded words) says with words put in between, each with the positions of
    its words: read once per question, not once per passage its coverage is measured on."""
    heads = _table_by_head()
    out = []
    for i, w in enumerate(question_words):
        for phrase in heads.get(w, ()):
            at = gapped_at(question_words, i, phrase)
            if at and at[-1] - i >= len(phrase):
                out.append((phrase, tuple(at)))
    return tuple(out)


# a phrase of the table is met with words put in between its own from this many syllables, with at most GAP_WORDS
# words in between in all: the shorter ones ("chỗ ở") are common words that any sentence may hold apart
GAPPED_MIN = 4
GAP_WORDS = 3


def gapped_at(seq: list[str] | tuple[str, ...], k: int, phrase: tuple[str, ...], gap: int | None = None) -> list[int] | None:
    """The positions of the phrase's words in `seq`, in order from k, with at most `gap` (GAP_WORDS) other words
    between them in all ("nói chuyện trực tiếp thường xuyên với dân"); None when it is not said there, is
    shorter than GAPPED_MIN syllables, or a word put in between negates ("nói chuyện không trực tiếp với dân" says
    the opposite of the phrase; `seq` is folded, rag.question.negation.NEGATIONS)."""
    gap = GAP_WORDS if gap is None else gap
    if len(phrase) < GAPPED_MIN or k >= len(seq) or seq[k] != phrase[0]:
        return None
    at, j = [k], k
    for w in phrase[1:]:
        nxt = j + 1
        while nxt < len(seq) and seq[nxt] != w and nxt - j - 1 < gap:
            nxt += 1
        if nxt >= len(seq) or seq[nxt] != w or any(x in NEGATIONS for x in seq[j + 1:nxt]):
            return None
        gap -= nxt - j - 1
        at.append(nxt)
        j = nxt
    return at


@functools.lru_cache(maxsize=1)
def _table_by_head() -> dict[str, list[tuple[str, ...]]]:
    """The table's phrases of GAPPED_MIN syllables or more by their first word."""
    out: dict[str, list[tuple[str, ...]]] = {}
    for phrase in synonym_table():
        if len(phrase) >= GAPPED_MIN:
            out.setdefault(phrase[0], []).append(phrase)
    return out


def soft_coverage(terms: list[str], question_words: list[str], passage_words: list[str],
                  vocab: dict[str, int], vocab_total: int,
                  extra: dict[tuple[str, ...], list[tuple[str, ...]]] | None = None) -> float:
    """Rarity-weighted share of the question's content terms the passage covers by word or by meaning."""
    if not terms:
        return 0.0
    weight = {t: rarity(t, vocab, vocab_total) for t in terms}
    got = covered_terms(terms, question_words, passage_words, extra)
    return sum(weight[t] for t in terms if t in got) / (sum(weight.values()) or 1.0)


@functools.lru_cache(maxsize=1)
def _official_terms() -> list[tuple[tuple[str, ...], str]]:
    """(folded everyday phrase, the documents' first phrase as printed), longest phrases first."""
    out = []
    for left, right in _entries():
        phrase = tuple(words(fold(left)))
        # the pair also as written with a comma ("quân đội, công an" for "quân đội và công an"), as the table's
        # coverage reads it (synonym_table)
        out += [(p, right[0]) for p in dict.fromkeys((phrase, _without_conjunction(phrase)))]
    out += [(phrase, right[0]) for phrase, right in _composed()]
    return sorted(out, key=lambda e: -len(e[0]))


@functools.lru_cache(maxsize=1)
def _official_by_head() -> dict[str, list[tuple[tuple[str, ...], str]]]:
    """`_official_terms()` grouped by first word, each group still longest first: at a position only the
    phrases that start with its word are tried, in the same order as the whole list would be."""
    out: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for phrase, official in _official_terms():
        if phrase:
            out.setdefault(phrase[0], []).append((phrase, official))
    return out


def _inside_word(low: list[str], k: int, n: int) -> bool:
    """Whether the n words at k are part of a longer dictionary word with the word before or after them ("chị
    em" inside "anh chị em" is not "phụ nữ")."""
    d = dictionary()
    if d is None:
        return False
    before = " ".join(low[max(k - 1, 0):k + n]) if k else ""
    after = " ".join(low[k:k + n + 1]) if k + n < len(low) else ""
    return before in d[0] or after in d[0]


@functools.lru_cache(maxsize=1)
def _common_phrases() -> frozenset[tuple[str, ...]]:
    """The folded everyday phrases the table writes in lower case: common words, not names ("dân vận", not "Hội
    Nông dân")."""
    lower = {tuple(words(fold(left))) for left, _ in _entries() if left[:1].islower()}
    return frozenset(lower | {phrase for phrase, _ in _composed()})


def _inside_name(toks: list[str], spans: list[tuple[int, str]], k: int, phrase: tuple[str, ...]) -> bool:
    """Whether a phrase the table writes in lower case stands capitalised right after a capitalised word: it is a
    word of a proper name there ("Ban Dân vận" is a body, not "công tác dân vận"; "Hội Liên hiệp Phụ nữ")."""
    if k == 0 or phrase not in _common_phrases():
        return False
    word, before = toks[spans[k][0]], toks[spans[k - 1][0]]
    between = "".join(toks[spans[k - 1][0] + 1:spans[k][0]])
    return word[:1].isupper() and before[:1].isupper() and _JOINERS.fullmatch(between) is not None


def _says_more(rest: list[str], official: str, n: int) -> bool:
    """Whether the question, after a matched phrase of n words, already says what the documents' phrase goes on
    with ("mặt trận | tổ quốc" against "Mặt trận Tổ quốc Việt Nam", "sức mạnh đoàn kết | toàn dân" against
    "sức mạnh đại đoàn kết toàn dân tộc"): replacing it would say that twice. Two words of it are needed, or
    all of it ("mặt trận tổ chức" is not "Mặt trận Tổ quốc")."""
    target = words(fold(official))
    if not n or rest[n - 1] not in target:
        return False
    tail = target[len(target) - 1 - target[::-1].index(rest[n - 1]) + 1:]
    m = 0
    while m < len(tail) and n + m < len(rest) and rest[n + m] == tail[m]:
        m += 1
    return m >= 2 or (m >= 1 and m == len(tail))


def _marks(syllable: str) -> tuple:
    """A syllable's diacritics, wherever the tone mark is placed ("uỷ" = "ủy"): its combining marks and its đ."""
    return tuple(sorted(c for c in unicodedata.normalize("NFD", syllable) if unicodedata.combining(c))), \
        "đ" in syllable


_PLAIN = ((), False)


@functools.lru_cache(maxsize=1)
def _marks_by_phrase() -> dict[tuple[str, ...], set[tuple]]:
    """Folded everyday phrase -> the diacritics of its syllables as the table writes them (each phrase also without
    its conjunction, as `_official_terms` reads it)."""
    out: dict[tuple[str, ...], set[tuple]] = {}
    for left, _ in _entries():
        toks = re.findall(r"\w+", left.lower())
        phrase = tuple(words(fold(left)))
        if tuple(fold(t) for t in toks) != phrase:
            continue
        keep = [i for i, w in enumerate(phrase) if not (w in _CONJUNCTIONS and 0 < i < len(phrase) - 1)]
        out.setdefault(phrase, set()).add(tuple(_marks(t) for t in toks))
        out.setdefault(tuple(phrase[i] for i in keep), set()).add(tuple(_marks(toks[i]) for i in keep))
    return out


def marks_agree(low: list[str], phrase: tuple[str, ...], accented: bool = True) -> bool:
    """Whether the question's syllables `low` (matched to the folded `phrase`) carry the diacritics the table
    writes: "có đào tạo" is not "có đạo", "chợ ở" and "giao cho ở" are not "chỗ ở". A question typed without
    any diacritics (`accented` False) agrees by its folded syllables alone."""
    written = _marks_by_phrase().get(phrase)
    if not accented or not written:
        return True
    typed = tuple(_marks(t) for t in low)
    return typed in written


# Words naming a part of a document: "chỗ ở phần III" is the place in the text, not a dwelling. A phrase of the
# table followed by one of them is left as typed.
_DOCUMENT_PARTS = ("phần", "mục", "đoạn", "điểm", "khoản", "trang", "chương")


@functools.lru_cache(maxsize=1)
def _comma_pairs() -> dict[tuple[str, ...], int]:
    """Folded pair without its conjunction -> the index of its second part's first word ("quan doi cong an" -> 2),
    for the pairs no line of the table writes that way itself."""
    full = {tuple(words(fold(left))) for left, _ in _entries()}
    out = {}
    for left, _ in _entries():
        phrase = tuple(words(fold(left)))
        bare = _without_conjunction(phrase)
        if bare != phrase and bare not in full:
            gap = next(i for i, w in enumerate(phrase) if w in _CONJUNCTIONS and 0 < i < len(phrase) - 1)
            out[bare] = gap
    return out


def kept_as_typed(toks: list[str], spans: list[tuple[int, str]], k: int, phrase: tuple[str, ...],
                  accented: bool, official: str = "") -> bool:
    """Whether the phrase matched at word k is not the table's phrase where it stands: a document-part word follows
    it ("chỗ ở phần III", "cho o muc 2"), a punctuation mark parts two of its words (`_breaks`), or it is a pair
    without its conjunction ("bí thư, chủ tịch") whose two parts are not joined by a comma alone, or whose first
    part has "phó" before it ("Phó bí thư, chủ tịch HĐND tỉnh" is one person's two posts)."""
    n = len(phrase)
    if k + n < len(spans):
        nxt = toks[spans[k + n][0]].lower()
        parts = _DOCUMENT_PARTS if accented else tuple(fold(w) for w in _DOCUMENT_PARTS)
        if (nxt if accented else fold(nxt).lower()) in parts:
            return True
    gap = _comma_pairs().get(phrase)
    if any(j != gap and _breaks(toks, spans, k + j, official) for j in range(1, n)):
        return True
    if gap is None:
        return False
    between = "".join(toks[spans[k + gap - 1][0] + 1:spans[k + gap][0]])
    return between.strip() != "," or (k > 0 and spans[k - 1][1] == "pho")


# what may stand between two words of one phrase: a space, or the hyphen and slash the table writes ("KT-XH", "đ/c")
_JOINERS = re.compile(r"[\s\-‐‑–/]*")


def _breaks(toks: list[str], spans: list[tuple[int, str]], j: int, official: str = "") -> bool:
    """Whether the words j-1 and j of the question are parted by a punctuation mark that ends a phrase (a comma,
    a colon, a bracket, a quote): "vừa lòng, tin tưởng" does not say "lòng tin". A comma the documents' phrase
    prints between the same two words is the phrase as written ("dân biết, dân bàn" for "Dân biết, dân bàn, …"), and
    so is one the table's own phrase prints ("báo, đài")."""
    between = "".join(toks[spans[j - 1][0] + 1:spans[j][0]])
    if _JOINERS.fullmatch(between):
        return False
    pair = f"{spans[j - 1][1]}, {spans[j][1]}"
    return not (between.strip() == "," and (pair in fold(official).lower() or pair in _printed_commas()))


@functools.lru_cache(maxsize=1)
def _printed_commas() -> frozenset[str]:
    """The folded word pairs the table's everyday phrases print with a comma between them ("báo, đài")."""
    return frozenset(f"{a}, {b}" for left, _ in _entries()
                     for a, b in re.findall(r"(\w+)\s*,\s*(?=(\w+))", fold(left).lower()))


def in_official_terms(question: str, typed_accents: bool | None = None) -> str | None:
    """The question with its everyday phrases replaced by the documents' terms ("người già" -> "người cao
    tuổi"), for a second dense query; None when no phrase of the table occurs. A phrase matches with the
    diacritics the table writes when the asker typed diacritics (`typed_accents`, by default whether the question
    has any); accents restored by the program to a question typed without them are guesses, matched by letters."""
    toks = re.findall(r"\w+|\W+", nfc(question))
    spans = [(i, fold(t).lower()) for i, t in enumerate(toks) if re.match(r"\w", t)]
    low = [toks[i].lower() for i, _ in spans]
    folded = [f for _, f in spans]
    out, changed, k = {}, False, 0
    heads = _official_by_head()
    accented = has_diacritics(question) if typed_accents is None else typed_accents
    while k < len(spans):
        for phrase, official in heads.get(folded[k], ()):
            n = len(phrase)
            if tuple(folded[k:k + n]) == phrase:
                if _says_more(folded[k:], official, n) or _inside_word(low, k, n) \
                        or _inside_name(toks, spans, k, phrase) \
                        or not marks_agree(low[k:k + n], phrase, accented) \
                        or kept_as_typed(toks, spans, k, phrase, accented, official):
                    continue
                out[spans[k][0]] = (spans[k + n - 1][0], official)
                k += n
                changed = True
                break
        else:
            # (a phrase said with words in between is read for coverage only, not written over: the words in
            # between are often whose post or what it is — "Bí thư Đoàn thanh niên và chủ tịch …" — and would be lost)
            k += 1
    if not changed:
        return None
    text, i = [], 0
    while i < len(toks):
        if i in out:
            end, official = out[i]
            text.append(official)
            i = end + 1
        else:
            text.append(toks[i])
            i += 1
    return "".join(text)
