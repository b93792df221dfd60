"""Words and phrases close in meaning, from the embedding model over the corpus' own vocabulary.

At ingest (ingest/vocab.py) the corpus' content phrases (runs of one to three words as underthesea
segments them, no stopword at either end, seen at least twice) are embedded with the passage model and
stored with the build. At query time the question's phrases that the corpus never prints ("lính cũ",
"người già") are embedded the same way, in one batch, and each is paired with its nearest corpus phrase when
the cosine clears `THRESHOLD` ("lính cũ" -> "cựu chiến binh"). Named things (capitalised words, numbers)
are never paired: they stay strict.

Files in a build (written by ingest/vocab.py, read by `Vocabulary`):
- `vocab_phrases.json`: the phrases as printed (NFC, lower case), in row order;
- `vocab_vectors.f16`: their passage vectors, float16, one row of `dim` values per phrase.
"""
from __future__ import annotations

import functools
import itertools
import re
from pathlib import Path

import numpy as np

from rag.search.cache import BatchLRU
from rag.search.embed import passages_alone
from rag.search.lexical import prints_phrase
from rag.nlp import word_tokenize
from rag.text import fold, nfc, stopword_sections, words

PHRASES = "vocab_phrases.json"
VECTORS = "vocab_vectors.f16"
THRESHOLD = 0.947        # the cosine chosen on the dev questions (below it their pairs were mostly unrelated); off by default (rag.config)
MAX_QUERY_PHRASES = 3    # the question's unknown phrases embedded per question (one batch)
MAX_WORDS = 4            # syllables of a phrase
_SERIAL = itertools.count()
_WORD_RE = re.compile(r"[^\W\d_]+(?: [^\W\d_]+)*")
_SEG_RE = re.compile(r"[.;:!?,()\[\]\"“”'‘’/]|\s[-–]\s")


@functools.lru_cache(maxsize=1)
def stopwords() -> frozenset[str]:
    """The stopword list (rag/data/stopwords.txt) as printed, lower case, NFC; its [ambiguous] section (folded
    forms that are also content words, "dang" for "Đảng") is not a list of stopwords."""
    return frozenset(nfc(line).lower() for line in stopword_sections()["main"])


def _tokenize(text: str) -> list[str]:
    """Words of a text: underthesea's compounds ("cựu chiến binh"), else syllables."""
    wt = word_tokenize()
    return wt(text) if wt is not None else text.split()


def segment_words(text: str) -> list[list[str]]:
    """The text's stretches between punctuation, each as its words (underthesea's compounds kept whole,
    lower case); a number or a symbol also breaks a stretch."""
    out = []
    for seg in _SEG_RE.split(nfc(text)):
        if not seg.strip():
            continue
        run: list[str] = []
        for tok in _tokenize(seg):
            if _WORD_RE.fullmatch(tok):
                run.append(tok)
            elif run:
                out.append(run)
                run = []
        if run:
            out.append(run)
    return out


def content_phrases(run: list[str], max_tokens: int = 3) -> list[tuple[int, int, str]]:
    """(start, end, phrase) for each window of 1..max_tokens words of a run that neither starts nor ends with a
    stopword and has at most MAX_WORDS syllables; the phrase in lower case."""
    stops = stopwords()
    low = [t.lower() for t in run]
    out = []
    for n in range(1, max_tokens + 1):
        for i in range(len(low) - n + 1):
            g = low[i:i + n]
            if g[0] in stops or g[-1] in stops:
                continue
            p = " ".join(g)
            if len(p.split()) <= MAX_WORDS:
                out.append((i, i + n, p))
    return out


class Vocabulary:
    """The corpus phrases of a loaded build and their vectors (memory-mapped)."""

    def __init__(self, phrases: list[str], vectors: np.ndarray, key: str = ""):
        self.phrases, self.vectors = phrases, vectors
        # what the phrase cache is keyed by: the build's directory (an object's id may be reused after a reload)
        self.key = key or f"vocabulary-{next(_SERIAL)}"
        self._dense: np.ndarray | None = None

    @classmethod
    def load(cls, build_dir: Path, dim: int) -> "Vocabulary | None":
        """None for a build made without a vocabulary."""
        import json

        p_path, v_path = build_dir / PHRASES, build_dir / VECTORS
        if not p_path.exists() or not v_path.exists() or not dim:
            return None
        phrases = json.loads(p_path.read_text(encoding="utf-8"))
        if not phrases:
            return None
        vectors = np.memmap(v_path, dtype=np.float16, mode="r", shape=(len(phrases), dim))
        return cls(phrases, vectors, key=str(build_dir))

    def nearest(self, vecs: np.ndarray, k: int = 5) -> list[list[tuple[str, float]]]:
        """The k corpus phrases closest to each vector, best first, with their cosine."""
        if self._dense is None:            # float32 once (≈ 9 MB at MAX_PHRASES), not per question
            self._dense = np.asarray(self.vectors, dtype=np.float32)
        sims = (self._dense @ np.asarray(vecs, dtype=np.float32).T).T
        out = []
        for row in sims:
            top = np.argpartition(-row, min(k, len(row) - 1))[:k]
            top = top[np.argsort(-row[top])]
            out.append([(self.phrases[j], float(row[j])) for j in top])
        return out


def unknown_phrases(question: str, accents: dict) -> list[str]:
    """The question's content phrases (one or two words, two syllables or more: a single syllable's neighbours
    are its look-alikes) the corpus never prints, two-word ones first, a one-word phrase dropped when a chosen
    two-word phrase holds it; capitalised words (names; the question's first word only when capitalised
    inside) are never taken. At most MAX_QUERY_PHRASES."""
    chosen: list[tuple[int, int, int, str]] = []
    for r, run in enumerate(segment_words(question)):
        named = [any(c.isupper() for c in t) for t in run]
        if named:
            named[0] = named[0] and any(c.isupper() for c in run[0][1:])   # the sentence's first capital is not a name
        for i, j, p in sorted(content_phrases(run, max_tokens=2), key=lambda x: x[0] - x[1]):
            if any(named[i:j]) or len(p.split()) < 2 or prints_phrase(" ".join(words(fold(p))), accents):
                continue
            if any(cr == r and ci <= i and j <= cj for cr, ci, cj, _ in chosen):
                continue
            chosen.append((r, i, j, p))
    return [p for *_, p in chosen][:MAX_QUERY_PHRASES]


class _NearestCache:
    """A question phrase's nearest corpus phrase and cosine, per vocabulary and model, kept across questions
    (most recent 4 096): retrieval, the decision and the per-document searches of one question ask for the
    same phrases, and cadres' questions repeat their words."""

    def __init__(self, size: int = 4096):
        self._kept = BatchLRU(size)

    def get(self, vocab: Vocabulary, embedder, phrases: list[str]) -> list[tuple[str, float]]:
        return self._kept.get_many(
            [(vocab.key, embedder.model_id, p) for p in phrases],
            lambda keys: [near[0] for near in vocab.nearest(passages_alone(embedder, [k[2] for k in keys]), k=1)])


_CACHE = _NearestCache()


def neighbours(question: str, vocab: Vocabulary | None, accents: dict, embedder,
               threshold: float = THRESHOLD) -> list[tuple[str, str, float]]:
    """(question phrase, nearest corpus phrase, cosine) for each unknown phrase of the question whose nearest
    corpus phrase clears `threshold` and is more than a shared syllable."""
    if vocab is None or threshold >= 1.0:
        return []
    phrases = unknown_phrases(question, accents)
    if not phrases:
        return []
    out = []
    for p, (best, cos) in zip(phrases, _CACHE.get(vocab, embedder, phrases)):
        if cos >= threshold and _not_by_shared_words(p, best, accents):
            out.append((p, best, cos))
    return out


def _not_by_shared_words(phrase: str, near: str, accents: dict) -> bool:
    """Whether a pair is more than a shared syllable: e5 puts "cụ ông" next to "cụ hồ" and "kế hoạch trung ương"
    next to "nghị quyết trung ương" for the syllables they share. So a pair that shares a content syllable is
    not taken ("người già" -> "người cao tuổi" is left to the synonym table), nor one that adds no syllable."""
    function = {fold(w) for w in stopwords() if " " not in w}
    mine = [w for w in words(fold(phrase)) if w not in function]
    theirs = {w for w in words(fold(near)) if w not in function}
    if not theirs - set(mine):
        return False
    return not set(mine) & theirs


def meaning_pairs(pairs: list[tuple[str, str, float]]) -> dict[tuple[str, ...], list[tuple[str, ...]]]:
    """Folded question phrase -> folded corpus phrases, the form rag.decision.meaning reads."""
    out: dict[tuple[str, ...], list[tuple[str, ...]]] = {}
    for p, n, _ in pairs:
        out.setdefault(tuple(words(fold(p))), []).append(tuple(words(fold(n))))
    return out


def rewrite(text: str, pairs: list[tuple[str, str, float]]) -> str | None:
    """The text with each paired phrase replaced by its corpus phrase (case-insensitive, on word bounds);
    None when nothing was replaced."""
    out = nfc(text)
    for p, n, _ in sorted(pairs, key=lambda x: -len(x[0])):
        out = re.sub(rf"(?<!\w){re.escape(p)}(?!\w)", n, out, flags=re.I)
    return out if out != nfc(text) else None
