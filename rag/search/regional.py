"""Regional words of a question in the common language, before it is searched: "người ra răng?" -> "người ra
sao?", "tui mần trưởng thôn" -> "tôi làm trưởng thôn", "có ghi hạn hông?" -> "có ghi hạn không?".

The forms are data (`rag/data/regional.tsv`: regional form, common form, where). A form marked "cuối" is read only
where a clause ends (before punctuation or the end of the text, alone or followed only by particles: "việc chi
rứa?"); elsewhere the same syllable is another common word ("chi bộ", "Mô hình", "ni cô", "tê liệt"). A form
marked "mọi" is read anywhere, unless its first syllable with the word before it, or its last with the word after
it, makes a phrase the corpus prints ("đại biểu", "biểu dương": `printed`, the corpus's accented n-grams).
Either way a form is read only where underthesea's word segmentation (rag.nlp.word_tokenize) leaves it a word of
its own: "quy mô", "thu chi", "lỗ hổng", "phát biểu", "biểu quyết" are one word each and stay (a word made only of
regional forms, "chi rứa", counts as theirs). A phrase the segmenter splits but that is a common word is a row of
the table read as itself ("tăng ni"). Without underthesea nothing is rewritten.
Only questions typed with accents: without them "chi", "mo", "ni" are a dozen common words.
"""
from __future__ import annotations

import functools
import re
from typing import Callable

from rag.nlp import word_tokenize
from rag.text import DATA, fold, has_diacritics, nfc

# particles that may follow a clause-final regional word before the clause ends ("việc chi vậy hả?")
_PARTICLES = ("vậy", "ta", "á", "hả", "hở", "nha", "nhen", "hen", "ạ", "rứa", "hông", "không")
_END = r"\s*(?:[?.!,;:…]|$)"
_WORD = r"[^\W_]+"


@functools.lru_cache(maxsize=1)
def _table() -> tuple[tuple[str, str, bool], ...]:
    """(regional form, common form, clause-final only), longest form first."""
    rows = []
    for line in (DATA / "regional.tsv").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        form, common, where = line.split("\t")
        if where not in ("cuối", "mọi"):
            raise ValueError(f"regional.tsv: place must be 'cuối' or 'mọi': {line!r}")
        rows.append((nfc(form).lower(), nfc(common), where == "cuối"))
    return tuple(sorted(rows, key=lambda r: -len(r[0].split())))


@functools.lru_cache(maxsize=1)
def _pattern() -> tuple[re.Pattern, re.Pattern, dict[str, tuple[str, bool]]]:
    """(the forms as whole words, what makes a clause end after one), the forms' rows by form."""
    forms = {form: (common, final) for form, common, final in _table()}
    alts = "|".join(r"\s+".join(map(re.escape, f.split())) for f in sorted(forms, key=len, reverse=True))
    tail = re.compile(r"(?:\s+(?:" + "|".join(map(re.escape, _PARTICLES)) + r")(?!\w))*" + _END, re.IGNORECASE)
    return re.compile(r"(?<!\w)(?:" + alts + r")(?!\w)", re.IGNORECASE), tail, forms


_BEFORE_RE = re.compile(r"(" + _WORD + r")\s+$")
_AFTER_RE = re.compile(r"\s+(" + _WORD + r")")
# a determiner of plural nouns: the word after it is a noun ("các chi, đảng bộ")
_PLURAL_RE = re.compile(r"(?<!\w)(?:các|những|mọi)\s+$", re.IGNORECASE)


def to_common(question: str, printed: Callable[[str], bool] = lambda _: False) -> str:
    """The question with its regional forms in the common language (unchanged without accents). `printed`: whether
    the corpus prints an accented two-syllable phrase (lower case)."""
    if not has_diacritics(question):
        return question
    pat, tail, forms = _pattern()
    text = nfc(question)
    found = []
    for m in pat.finditer(text):
        form = " ".join(m.group(0).lower().split())
        common, final = forms[form]
        head = text[:m.start()]
        syll = form.split()
        if final:
            # where a clause ends, and not an item of a list of nouns ("các khoản thu, chi?")
            ok = tail.match(text, m.end()) is not None and not head.rstrip().endswith(",") \
                and not _PLURAL_RE.search(head)
        else:
            b, a = _BEFORE_RE.search(head), _AFTER_RE.match(text, m.end())
            ok = not (b and printed(f"{b.group(1).lower()} {syll[0]}")) \
                and not (a and printed(f"{syll[-1]} {a.group(1).lower()}"))
        if ok:
            found.append((m, common))
    segment = word_tokenize() if found else None     # segmented only when a form is a candidate (≈ 2 ms)
    if segment is None:
        return text
    words = _word_spans(text, segment(text))
    out, pos = [], 0
    for m, common in found:
        if _own_word(m, words, forms):
            out.append(text[pos:m.start()])
            out.append(_cased(m.group(0), common))
            pos = m.end()
    out.append(text[pos:])
    return "".join(out)


def _word_spans(text: str, tokens: list[str]) -> list[tuple[int, int, tuple[str, ...]]]:
    """(start, end, syllables in lower case) of each segmented word of `text` that has letters."""
    spans, pos = [], 0
    for tok in tokens:
        syll = tok.split()
        if not syll or not re.search(_WORD, tok):
            continue
        m = re.compile(r"\s+".join(map(re.escape, syll))).search(text, pos)
        if m is None:          # the segmenter changed the text: no word boundary can be trusted there
            continue
        spans.append((m.start(), m.end(), tuple(x.lower() for x in syll)))
        pos = m.end()
    return spans


def _own_word(m: re.Match, words: list[tuple[int, int, tuple[str, ...]]], forms: dict) -> bool:
    """Whether the segmenter ends no word across the match's edges, except for words made only of regional forms
    and particles ("chi rứa")."""
    single = {f for f in forms if " " not in f} | set(_PARTICLES)
    for start, end, syll in words:
        if end <= m.start() or start >= m.end():
            continue
        if (start < m.start() or end > m.end()) and not all(x in single for x in syll):
            return False
    return any(start <= m.start() < end for start, end, _ in words)


def _cased(orig: str, common: str) -> str:
    return common[:1].upper() + common[1:] if orig[:1].isupper() else common


def corpus_printed(accents: dict[str, str]) -> Callable[[str], bool]:
    """`printed` for `to_common` from the lexical index's accent table (folded n-gram -> its printed spelling)."""
    return lambda phrase: accents.get(fold(phrase), "").lower() == phrase
