"""Does a question about one document name a topic inside it, or does it ask about the document as a whole?
Decided from the corpus, not from lists of cue words.

The question's residue (what is left once the document's name, the asking phrases and the neutral words are
blanked) is cut into the longest phrases (up to three syllables) the document prints. A phrase names a topic
when it is concentrated: printed in few of the document's units (under GENERIC_SHARE of them). A phrase the
document prints everywhere ("đại đoàn kết" in its Nghị quyết, "nhận" of "nhận thức") is what the whole is
about. A syllable next to another content syllable with which the document prints no phrase is part of a
word it does not print ("chứa" of "chứa đựng"), whatever other words it starts there. A phrase the document
does not print names a topic when the
corpus prints it elsewhere (a two-syllable phrase: another document's subject) or when it follows a topic
marker ("về", "đối với": "nói gì về biến đổi khí hậu" asks for something the text may lack, which retrieval
and its refusal judge); otherwise it is the asker's own wording ("xoay quanh", "mấu chốt", "gửi gắm").
A phrase found only in the units the answer quotes anyway (`quoted`: the purpose section asked for) is not a
topic beyond the answer.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from rag.answerers.forms import forms
from rag.search.lexical import prints_phrase
from rag.text import content_terms, fold, has_diacritics, nfc

GENERIC_SHARE = 0.25       # a phrase printed in at least this share of a document's units is its general subject
MAX_N = 3                  # the longest phrase looked up
MAX_ABSENT = 2             # this many separate phrases the document does not print: a paraphrased topic
_SYL = re.compile(r"[^\W_]+")
BREAK = "\x00"            # what a blanked cue becomes: runs of the residue never cross it


def _markers() -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(m.split()) for m in forms()["overview"]["topic_markers"])


@lru_cache(maxsize=64)
def _unit_texts(build_id: str, doc_id: str, accented: bool, texts: tuple[str, ...]) -> tuple[str, ...]:
    """The document's units as ' syllable syllable … ' strings (lower case; folded unless `accented`)."""
    out = []
    for t in texts:
        t = nfc(t).lower() if accented else fold(t).lower()
        out.append(" " + " ".join(_SYL.findall(t)) + " ")
    return tuple(out)


def blank(folded: str, cues, spans=(), keep_pairs: Callable[[str], bool] | None = None,
          ignore: set[str] = frozenset()) -> str:
    """The folded question with every cue phrase and every span (the document's name) replaced by break
    characters (same offsets). A cue glued to a neighbouring syllable into a pair the corpus prints
    (`keep_pairs`), the neighbour not itself an `ignore` word, stays: "điểm" of "quan điểm" is no cue."""
    chars = list(folded)
    for a, b in spans:
        chars[a:b] = BREAK * (b - a)
    for c in cues:
        for m in re.finditer(rf"(?<![a-z0-9]){re.escape(c)}(?![a-z0-9])", folded):
            if keep_pairs is not None and _glued(folded, m, keep_pairs, ignore):
                continue
            chars[m.start():m.end()] = BREAK * (m.end() - m.start())
    return "".join(chars)


def _glued(folded: str, m: re.Match, printed: Callable[[str], bool], ignore: set[str]) -> bool:
    before = re.search(r"([a-z0-9]+) $", folded[:m.start()])
    after = re.match(r" ([a-z0-9]+)", folded[m.end():])
    words = m.group(0).split()
    return bool(before and before.group(1) not in ignore and printed(f"{before.group(1)} {words[0]}")) or \
        bool(after and after.group(1) not in ignore and printed(f"{words[-1]} {after.group(1)}"))


def _runs(blanked: str, typed: str) -> list[tuple[int, list[tuple[str, str]]]]:
    """Runs of (folded, as typed lower case) syllables not broken by a blanked cue or punctuation, each with
    its start offset."""
    runs, cur, last, start = [], [], 0, 0
    for m in _SYL.finditer(blanked):
        gap = blanked[last:m.start()]
        if cur and gap.strip(" "):
            runs.append((start, cur))
            cur = []
        if not cur:
            start = m.start()
        cur.append((m.group(0), typed[m.start():m.end()].lower()))
        last = m.end()
    if cur:
        runs.append((start, cur))
    return runs


def _content(syllables: list[str], ignore: set[str]) -> bool:
    return any(t not in ignore for t in content_terms(" ".join(syllables)))


def _after_marker(folded: str, start: int, markers) -> bool:
    """The words right before `start` in the (unblanked) folded question are a topic marker ("nói về |…")."""
    before = _SYL.findall(folded[:start])
    return any(tuple(before[-len(mk):]) == mk for mk in markers if len(before) >= len(mk))


def topics(ctx, doc_id: str, folded: str, blanked: str, typed: str, ignore: set[str], own: str = "",
           quoted: frozenset[str] = frozenset(), marked_only: bool = False) -> list[str]:
    """The phrases of the residue that name a topic of the document (see the module docstring). `blanked`: the
    folded question with its asking phrases and the document's name blanked (`blank`); `typed`: the question as
    typed, same offsets; `ignore`: folded syllables that never name a topic (neutral words); `own`: the
    document's name, title and issuer, folded (a phrase of them names the whole, not a part); `folded`: the question folded, unblanked (a topic marker may end a blanked cue: "nói về");
    `quoted`: unit ids the answer quotes anyway; `marked_only`: only a phrase after a topic marker counts (a
    summary asked for in so many words, no question word: "tóm tắt …, em cần nắm ý chính để báo cáo chi bộ"
    tells why, not what)."""
    index = ctx.index
    doc = index.docs[doc_id]
    accented = has_diacritics(typed)
    ids = list(doc.unit_ids)
    texts = _unit_texts(index.build_id, doc_id, accented, tuple(index.units[u].text for u in ids))
    accents = index.lexical.accents
    markers = _markers()
    own = " " + " ".join(_SYL.findall(own)) + " "
    found: list[str] = []
    absent: list[str] = []               # phrases of content syllables the document does not print, apart
    absent_end = (-1, -1)                # (run, syllable) where the last one ended
    for r, (start, run) in enumerate(_runs(blanked, typed)):
        syl = [f for f, _ in run]
        words = [t if accented else f for f, t in run]
        i, marked = 0, _after_marker(folded, start, markers)
        while i < len(run):
            m = next((len(mk) for mk in markers if tuple(syl[i:i + len(mk)]) == mk), 0)
            if m:
                marked, i = True, i + m
                continue
            hits, n = [], 1
            for k in range(min(MAX_N, len(run) - i), 0, -1):
                phrase = " ".join(words[i:i + k])
                hits = [u for u, t in zip(ids, texts) if f" {phrase} " in t]
                if hits:
                    n = k
                    break
            elsewhere = not hits and next((k for k in range(min(MAX_N, len(run) - i), 1, -1)
                                           if prints_phrase(" ".join(syl[i:i + k]), accents)), 0)
            n = elsewhere or n
            chunk = syl[i:i + n]
            if n == 1 and hits and (_content(syl[i - 1:i], ignore) or _content(syl[i + 1:i + 2], ignore)):
                hits = []      # a syllable of a word the document does not print ("chứa" of "chứa đựng")
            i += n
            if not _content(chunk, ignore) or f" {' '.join(chunk)} " in own or (marked_only and not marked):
                continue
            if hits:
                if len(hits) >= GENERIC_SHARE * len(ids) or set(hits) <= quoted:
                    continue
                found.append(" ".join(chunk))
            elif elsewhere or marked:
                found.append(" ".join(chunk))
            elif absent and absent_end == (r, i - n):
                absent[-1] += " " + " ".join(chunk)
                absent_end = (r, i)
            else:
                absent.append(" ".join(chunk))
                absent_end = (r, i)
    # the asker's own wording for "what is it about" is one phrase ("xoay quanh chủ đề", "gửi gắm"); two
    # phrases apart that the document does not print paraphrase what is asked ("vướng … gắn kết")
    return found + (absent if len(absent) >= MAX_ABSENT else [])
