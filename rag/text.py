"""Vietnamese text normalisation shared by ingest and query time.

- `nfc`: Unicode NFC plus one tone-mark placement ("hoá" -> "hóa", "uỷ" -> "ủy"), so both spellings match.
- `fold`: the accent-free, lower-case form used for lexical matching ("Quận uỷ" and "Quân ủy" -> "quan uy").
- `expand_abbreviations`: NQ -> nghị quyết, HĐND -> hội đồng nhân dân ... from data/abbreviations.tsv.
- `lexical_tokens`: folded syllables plus syllable bigrams, the tokens of the BM25 index.
- `content_terms`: the question's folded terms without question/function words (data/stopwords.txt).
"""
from __future__ import annotations

import functools
import re
import unicodedata
from pathlib import Path
from typing import Callable

DATA = Path(__file__).resolve().parent / "data"

_TONES = ("\u0300", "\u0301", "\u0309", "\u0303", "\u0323")  # grave, acute, hook, tilde, dot below


def _tone_placement_table() -> dict[str, str]:
    """Old-style 'oá', 'oè', 'uý' (tone on the 2nd vowel of an open syllable) -> new-style 'óa', 'òe', 'úy'."""
    table = {}
    for first, second in (("o", "a"), ("o", "e"), ("u", "y")):
        for tone in _TONES:
            for f, s in ((first, second), (first.upper(), second.upper()), (first.upper(), second)):
                old = f + unicodedata.normalize("NFC", s + tone)
                new = unicodedata.normalize("NFC", f + tone) + s
                table[old] = new
    return table


_TONE_TABLE = _tone_placement_table()


def _grouped_alternation(pairs) -> str:
    """The same two-character strings as one alternation per first character ("o[áà…]|u[ýỳ…]"): the regex
    engine scans a text several times faster than with one branch per pair."""
    groups: dict[str, list[str]] = {}
    for p in pairs:
        groups.setdefault(p[0], []).append(p[1])
    return "|".join(re.escape(f) + "[" + "".join(map(re.escape, sorted(set(v)))) + "]" for f, v in sorted(groups.items()))


# Only at the end of a syllable (no final consonant) and not after "q" ("quý" is correct as it is).
_TONE_RE = re.compile(r"(?<![qQ])(" + _grouped_alternation(_TONE_TABLE) + r")(?![^\W\d_])")


def nfc(text: str) -> str:
    text = unicodedata.normalize("NFC", text)
    return _TONE_RE.sub(lambda m: _TONE_TABLE[m.group(1)], text)


def _fold_slow(text: str) -> str:
    text = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    return "".join(ch for ch in text if unicodedata.category(ch) != "Mn").lower()


# Latin letters whose folded form is ASCII, folded one by one. A text made only of ASCII and these letters
# folds character by character (no combining mark to reorder, no context-dependent lower-casing), so
# str.translate gives exactly what the NFD path gives; any other text takes the NFD path.
# Punctuation and symbols (quotes, dashes, ellipsis, NBSP, ...) that fold to themselves, have no case and
# no decomposition and are not combining marks, may appear too.
_FOLD_TABLE = {c: f for c in [*range(0xC0, 0x250), *range(0x1E00, 0x1F00)]
               if (f := _fold_slow(chr(c))).isascii()}
_FOLD_KEPT = "".join(ch for ch in map(chr, [*range(0xA0, 0xC0), 0xD7, 0xF7, *range(0x2000, 0x2070), *range(0x20A0, 0x20C0)])
                     if unicodedata.normalize("NFD", ch) == ch and not unicodedata.combining(ch)
                     and not unicodedata.category(ch).startswith(("M", "L")) and ch.lower() == ch == ch.upper()
                     and _fold_slow(ch) == ch)
_FOLD_OTHER = re.compile("[^\x00-\x7f" + re.escape(_FOLD_KEPT) + "]")


@functools.lru_cache(maxsize=4096)
def fold(text: str) -> str:
    """Accent-free lower-case form: 'Đại đoàn kết' -> 'dai doan ket'. Kept for the most recent 4 096 texts: the
    answerers fold the same units' texts for every question (≈ 450 folds a question, most of them repeats)."""
    fast = text.translate(_FOLD_TABLE)
    return _fold_slow(text) if _FOLD_OTHER.search(fast) else fast.lower()


# a word of a folded text: lower-case letters and digits (`words`)
FOLDED_WORD_RE = re.compile(r"[a-z0-9]+")
# a word as typed or folded: letters and digits, with their marks (not "_", which \w holds)
WORD_RE = re.compile(r"[^\W_]+")
_VN_MARKS = re.compile(r"[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]", re.I)


def has_diacritics(text: str) -> bool:
    return bool(_VN_MARKS.search(text))


def typed_one_of(typed: str, span: tuple[int, int], *words: str) -> bool:
    """Whether the syllable at `span` of `typed` is one of `words` as typed (lower case, with its marks), for a fold
    several words share ("cũng"/"cùng", "phó"/"phố", "ban"/"bản"); any reading holds in a question typed without
    marks, whose fold is all there is."""
    return not has_diacritics(typed) or typed[span[0]:span[1]].lower() in words


def prints(text: str, phrase: str, folded: str, typed: str) -> bool:
    """`text` prints the folded `phrase` as the question typed it (`typed`, at the offsets of `folded`: with its
    accents when it has them, "hỏi" is not "hội")."""
    m = re.search(rf"(?<!\w){re.escape(phrase)}(?!\w)", folded)
    shown = typed[m.start():m.end()] if m and len(typed) == len(folded) and has_diacritics(typed) else None
    show = nfc if shown else fold
    return f" {' '.join(WORD_RE.findall(show(shown or phrase).lower()))} " in \
        f" {' '.join(WORD_RE.findall(show(text).lower()))} "


def words(folded: str) -> list[str]:
    return FOLDED_WORD_RE.findall(folded)


def lexical_tokens(text: str) -> list[str]:
    """BM25 tokens of a text: folded syllables and adjacent-syllable bigrams ('dai', 'doan', 'dai_doan')."""
    return with_bigrams(words(fold(expand_abbreviations(nfc(text)))))


def with_bigrams(w: list[str]) -> list[str]:
    """Syllables followed by their adjacent pairs: ['dai', 'doan'] -> ['dai', 'doan', 'dai_doan']."""
    return w + [a + "_" + b for a, b in zip(w, w[1:])]


def data_rows(path: Path, fields: int = 0, skip: tuple[str, ...] = ("#",)) -> list[list[str]]:
    """The rows of a tab-separated table of rag/data: every line that is not blank and does not open with one of
    `skip` (a comment, "#"), split at its tabs; with `fields`, into at most that many (the last keeps any further
    tab). A line without a tab is one field."""
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith(skip):
            rows.append(line.split("\t", fields - 1) if fields else line.split("\t"))
    return rows


def _spelled_out(expansion: str):
    """The replacement of an abbreviation's match: its expansion, and a space when a number follows it. A full stop
    matched after it (a level's short form, "TP.") is the short form's own before a place's capitalised name ("TP.
    Cần Thơ"), and is kept before anything else ("… ở TP. thì sao")."""
    def spell(m: re.Match) -> str:
        if m.group().endswith("."):
            # a place's name: two capitalised syllables ("TP. Cần Thơ"); one capitalised word followed by a lower-case
            # one opens the next sentence ("… của TP. Tỉnh có kế hoạch riêng không?")
            after = m.string[m.end():].split()
            place = len(after) > 1 and after[0][:1].isupper() and after[1][:1].isupper()
            return expansion if place else expansion + "."
        return expansion + " " if m.string[m.end():m.end() + 1].isdigit() else expansion
    return spell


@functools.lru_cache(maxsize=1)
def _level_words() -> frozenset[str]:
    """The level words of rag/data/levels.tsv ("thành phố", "huyện"), lower case NFC."""
    return frozenset(nfc(row[1].strip()).lower() for row in data_rows(DATA / "levels.tsv", skip=("#", "@"))
                     if len(row) > 1)


@functools.lru_cache(maxsize=1)
def _abbreviations() -> list[tuple[re.Pattern, Callable[[re.Match], str], str, bool]]:
    """(pattern, replacement of a match, the abbreviation as searched for, whether case is ignored), longest first."""
    from rag.question.kinds import KIND_WORDS
    rules = []
    for abbr, expansion, mode in data_rows(DATA / "abbreviations.tsv"):
        flags = re.IGNORECASE if mode == "ci" else 0
        # a document kind's code also glued to the number that follows it ("KH21", "nq43": the kind and number
        # typed as one word), spelled out with a space before the number ("kế hoạch 21"); not another abbreviation
        # ("tw8", the eighth plenum, which the texts print as "Hội nghị lần thứ tám")
        glued = r"|(?=\d++(?![^\W\d_]|-|/\w))" if _fold_slow(expansion) in KIND_WORDS else ""
        # a level's short form may be written with a full stop before the place it names ("TP. Cần Thơ")
        # (not "trung ương": no place is named after it, "… của TW. Tỉnh …" ends a sentence)
        stop = r"(?:\.(?=\s+\w))?" if nfc(expansion).lower() in _level_words() - {"trung ương"} else ""
        pat = re.compile(r"(?<![\w/-])" + re.escape(nfc(abbr)) + r"(?:(?![\w-]|/\w)" + glued + ")" + stop, flags)
        rules.append((pat, _spelled_out(expansion), nfc(abbr).lower() if mode == "ci" else nfc(abbr), mode == "ci"))
    # longest first so "BCHTW" wins over "BCH"
    rules.sort(key=lambda r: -len(r[0].pattern))
    return rules


def _case_insensitive_unsafe() -> re.Pattern:
    """Characters for which "abbreviation in text.lower()" is not implied by an IGNORECASE match: those the
    regex engine folds specially (dotless i, long s, Kelvin sign, ...) and 'İ', whose lower case is longer."""
    try:
        from re._casefix import _EXTRA_CASES
        chars = {chr(c) for k, v in _EXTRA_CASES.items() for c in (k, *v) if c > 127} | {"\u0130"}
        return re.compile("[" + "".join(map(re.escape, sorted(chars))) + "]")
    except ImportError:   # another Python: never take the shortcut
        return re.compile("")


_CI_UNSAFE = _case_insensitive_unsafe()


@functools.lru_cache(maxsize=1)
def _abbreviation_heads() -> frozenset[str]:
    return frozenset(re.split(r"[/-]", needle.lower())[0] for _, _, needle, _ in _abbreviations())


@functools.lru_cache(maxsize=1)
def abbreviation_words() -> frozenset[str]:
    """Every abbreviation of data/abbreviations.tsv, folded and lower case ("bct", "hdnd"), whatever its match mode."""
    return frozenset(fold(needle).lower() for _, _, needle, _ in _abbreviations())


def may_expand(text: str, lower: str, syllables: list[str]) -> bool:
    """False when `expand_abbreviations(text)` is `text` for sure, given `text.lower()` and its syllables (runs
    of letters and digits). A rule needs its abbreviation's first part (up to '/' or '-') to be a whole
    syllable with no '/' or '-' before it: where no such syllable is found, nothing expands. Characters that
    case-insensitive matching treats specially, and the NUL that document numbers are set aside with,
    always say True."""
    if _CI_UNSAFE.search(text) or "\x00" in text:
        return True
    # a syllable may be an abbreviation glued to a number ("kh21")
    said = set(syllables) | {x.rstrip("0123456789") for x in syllables}
    for head in _abbreviation_heads().intersection(said):
        i, n = lower.find(head), len(head)
        while i >= 0:
            before, after = lower[i - 1:i], lower[i + n:i + n + 1]
            if not (before in ("/", "-") or before.isalnum() or before == "_") and not (after.isalpha() or after == "_"):
                return True
            i = lower.find(head, i + 1)
    return False


_DOCNUM_RE = re.compile(r"\b\d+\s*-\s*[A-ZĐa-zđ]+\s*/\s*[A-ZĐa-zđƯư]+\b")


def expand_abbreviations(text: str) -> str:
    """Spell out abbreviations; document numbers such as '43-NQ/TW' are left intact."""
    keep = {}

    def _protect(m):
        key = f"\x00{len(keep)}\x00"
        keep[key] = m.group(0)
        return key

    text = _DOCNUM_RE.sub(_protect, text)
    # a rule whose abbreviation does not occur in the text cannot match: skip its regex (the costly part)
    lower = None if _CI_UNSAFE.search(text) else text.lower()
    for pat, expansion, needle, ci in _abbreviations():
        haystack = lower if ci else text
        if haystack is not None and needle not in haystack:
            continue
        new = pat.sub(expansion, text)
        if new != text:
            text = new
            lower = None if _CI_UNSAFE.search(text) else text.lower()
    for key, value in keep.items():
        text = text.replace(key, value)
    return text


@functools.lru_cache(maxsize=1)
def stopword_sections() -> dict[str, tuple[str, ...]]:
    """stopwords.txt's lines by section, stripped, comments and blanks left out: "main" (the stopword phrases),
    "ambiguous" (folded forms that are also content words, "dang" for "Đảng") and "clause-final" (regional
    question words and particles, function words only where a clause ends); a line "[name]" opens a section."""
    sections: dict[str, list[str]] = {"main": []}
    section = "main"
    for line in (DATA / "stopwords.txt").read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("[") and line.endswith("]"):
            section = line[1:-1]
            sections.setdefault(section, [])
            continue
        sections[section].append(line)
    return {name: tuple(lines) for name, lines in sections.items()}


@functools.lru_cache(maxsize=1)
def _stopwords() -> tuple[list[list[str]], list[list[str]]]:
    """(accented phrases, folded phrases usable for questions typed without accents), longest first."""
    sections = stopword_sections()
    accented = [nfc(line).lower().split() for line in sections["main"]]
    ambiguous = set(sections.get("ambiguous", ()))
    folded = [[fold(w) for w in ph] for ph in accented]
    folded = [ph for ph in folded if " ".join(ph) not in ambiguous]
    return sorted(accented, key=len, reverse=True), sorted(folded, key=len, reverse=True)


@functools.lru_cache(maxsize=1)
def function_syllables() -> frozenset[str]:
    """The one-syllable question and function words of the stopword list, accented, lower case ("về", "có")."""
    return frozenset(ph[0] for ph in _stopwords()[0] if len(ph) == 1)


_TOKEN_RE = re.compile(r"[^\W_]+", re.UNICODE)


@functools.lru_cache(maxsize=1)
def _clause_final_re() -> re.Pattern | None:
    """The words of stopwords.txt's [clause-final] section (regional question words and particles: "chi" for
    "gì", "răng" for "sao", "hông" for "không"), matched where a clause ends: before punctuation or the end of
    the text, alone or followed only by others of them or by "vậy", "ta", "á" ("nói chi vậy ta?"). Elsewhere
    they are content ("chi bộ", "làm chi hội trưởng")."""
    finals = [re.escape(nfc(line).lower()) for line in stopword_sections().get("clause-final", ())]
    if not finals:
        return None
    word = "(?:" + "|".join(sorted(finals, key=len, reverse=True)) + ")"
    tail = r"(?:\s+(?:" + "|".join(sorted(finals + ["vậy", "ta", "á"], key=len, reverse=True)) + r"))*"
    return re.compile(r"(?<!\w)" + word + r"(?=" + tail + r"\s*(?:[?.!,;:…]|$))")


# the Central "chi" ("gì") asked after a verb of doing or saying and before a preposition of the matter, inside the
# clause: "giao cho công an làm chi trong chuyện đoàn kết", "nói chi về người có uy tín", "để chi với dân"; not "làm
# chi hội trưởng", "nói chi tiết", "để chi trả", "vì chi phí", "chi cho" (spend for)
_CENTRAL_WHAT_RE = re.compile(r"(?:(?<=\blàm )|(?<=\bnói )|(?<=\bbàn )|(?<=\bđể )|(?<=\bvì ))chi(?=\s+(?:trong|về|với|ở|tại|khi)\b)")


# a determiner of plural nouns: the word after it is a noun ("các chi, đảng bộ" is "các chi bộ, đảng bộ")
_PLURAL_RE = re.compile(r"(?:các|những|mọi)\s+$")


def _unless_listed(m: re.Match) -> str:
    """A clause-final regional word dropped (`_clause_final_re`), unless it is an item of a list of nouns: after a
    comma ("các khoản thu, chi?": receipts and expenditure) or after a plural determiner ("các chi, đảng bộ")."""
    before = m.string[:m.start()]
    if before.rstrip().endswith(",") or _PLURAL_RE.search(before):
        return m.group(0)
    return " "


@functools.lru_cache(maxsize=1)
def _stopwords_by_head() -> tuple[dict[str, list[list[str]]], dict[str, list[list[str]]]]:
    """`_stopwords()` grouped by first word, each group still longest first (what content_terms tries at a
    position is exactly the phrases that could match there, in the same order)."""
    out: tuple[dict, dict] = ({}, {})
    for table, phrases in zip(out, _stopwords()):
        for ph in phrases:
            table.setdefault(ph[0], []).append(ph)
    return out


def content_terms(question: str, keep: frozenset[str] = frozenset()) -> list[str]:
    """Folded syllables of the question that carry content (question and function words removed).
    `keep`: folded stopword phrases kept as content ("nhiem vu" when the question's shape is what counts)."""
    return list(_content_terms(question, frozenset(keep)))


@functools.lru_cache(maxsize=8192)
def _content_terms(question: str, keep: frozenset[str]) -> tuple[str, ...]:
    text = expand_abbreviations(nfc(question)).lower()
    accented = has_diacritics(text)
    finals = _clause_final_re() if accented else None
    if finals is not None:
        text = _CENTRAL_WHAT_RE.sub(" ", finals.sub(_unless_listed, text))
    toks = _TOKEN_RE.findall(text if accented else fold(text))
    phrases = _stopwords_by_head()[0 if accented else 1]
    if keep:
        phrases = {h: [ph for ph in group if fold(" ".join(ph)) not in keep] for h, group in phrases.items()}
    out, i = [], 0
    while i < len(toks):
        for ph in phrases.get(toks[i], ()):
            if toks[i:i + len(ph)] == ph:
                i += len(ph)
                break
        else:
            out.extend(words(fold(toks[i])))
            i += 1
    return tuple(out)


_SENT_BREAK_RE = re.compile(r"(?<=[.;!?:])\s+")


@functools.lru_cache(maxsize=16384)
def phrase_re(phrase: str, digits: bool = True) -> re.Pattern:
    """A folded phrase standing as whole words: not inside a longer word ("ban" is not in "bang"), nor next to a
    digit when `digits` ("quy 1" is not in "quy 10"). Compiled once per phrase: the cue lists are matched for
    every question."""
    edge = "a-z0-9" if digits else "a-z"
    return re.compile(rf"(?<![{edge}]){re.escape(phrase)}(?![{edge}])")


def printed_date(iso: str, pad: bool = False) -> str:
    """A catalog date as documents print it: '2023-11-28' -> '28/11/2023' ('04/12/2023' with `pad`, else
    '4/12/2023'); anything else unchanged."""
    m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", iso or "")
    if not m:
        return iso
    y, mo, d = m.groups()
    return f"{d}/{mo}/{y}" if pad else f"{int(d)}/{int(mo)}/{y}"


def sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans (start, end) of a paragraph: a break after . ; ! ? : when the next word starts
    with a capital letter or a digit (optionally after an opening quote or parenthesis)."""
    spans, start = [], 0
    for m in _SENT_BREAK_RE.finditer(text):
        nxt = text[m.end():m.end() + 2].lstrip("\"“(*'")
        if nxt and (nxt[0].isupper() or nxt[0].isdigit()):
            spans.append((start, m.start()))
            start = m.end()
    spans.append((start, len(text)))
    return [(a, b) for a, b in spans if text[a:b].strip()]


# the Roman figures the documents number their parts and a term of the Central Committee or a congress with
# (index = value; read by rag.answerers.outline.address and rag.question.spoken)
ROMAN = ["", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV",
         "XVI", "XVII", "XVIII", "XIX", "XX"]
