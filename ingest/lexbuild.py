"""Building the lexical index (rag/search/lexical.py) from units as they stream in, on flat integer arrays.

Each unit's text is cut once into lower-case syllables, each mapped to an integer id in first-seen order; the
folded form of a distinct syllable is computed once. From those ids, per batch of units, with numpy:

- BM25 terms (`rag.text.lexical_tokens`: folded syllables and adjacent pairs) as integer keys, kept as
  (term id, frequency) pairs per unit; the matrix is made at the end with bm25s' own formulas, dtypes and
  layout (method "lucene", float32 scores, CSC by term) but without its per-document Python loops, one
  batch at a time into the final arrays;
- the vocabulary: counts of folded syllables;
- the accent table: counts of 1-3 syllable n-grams; a folded n-gram's accent is its most frequent spelling,
  the first seen among equals.

Same index and tables as counting strings text by text (tests/test_lexbuild.py). The shortcut "the folded
words of a text are the folds of its syllables" holds for a text made only of characters that fold one by
one (`_safe_chars`); any other text, and the BM25 terms of a text whose abbreviations expand, go through
`rag.text` on the whole text.
"""
from __future__ import annotations

import math
import re
from array import array

import bm25s
import numpy as np

from rag.errors import CorpusError
from rag.search.lexical import _SYL_RE, LexicalIndex, lexical_text, question_words
from rag.text import _FOLD_KEPT, _FOLD_TABLE, expand_abbreviations, fold, may_expand, nfc, words
from rag.types import Unit

BITS = 21                   # an n-gram key packs up to three ids of BITS bits into one int64
MASK = (1 << BITS) - 1
BATCH = 512                 # units turned into arrays at once


def _safe_chars() -> str:
    """Characters that fold one by one and split syllables exactly as rag.text's `words` splits folded text:
    a syllable character folds to one or more of [a-z0-9] (the same for its lower case), any other to
    characters outside [a-z0-9]; none changes length when lower-cased. For a text made only of these,
    words(fold(text)) == [fold(s) for s in syllables of text.lower()]."""
    syllable, word = re.compile(r"[^\W_]"), re.compile(r"[a-z0-9]+")
    out = []
    for c in sorted({*map(chr, range(128)), *map(chr, _FOLD_TABLE), *_FOLD_KEPT}):
        low, f = c.lower(), fold(c)
        if len(low) != 1 or fold(low) != f or not f:
            continue
        if syllable.match(c):
            ok = bool(syllable.match(low)) and bool(word.fullmatch(f))
        else:
            ok = not syllable.match(low) and not re.search("[a-z0-9]", f)
        if ok:
            out.append(c)
    return "".join(out)


_UNSAFE = re.compile("[^" + "".join(map(re.escape, _safe_chars())) + "]")


class _Ids(dict):
    """str or int -> id, numbered in first-seen order."""

    def __missing__(self, key):
        self[key] = n = len(self)
        return n


class _Syllables(dict):
    """Lower-case syllable -> id (first-seen order); `folded` holds, per syllable id, the id of its fold in `folds`."""

    def __init__(self, folds: _Ids):
        super().__init__()
        self.folds = folds
        self.folded = array("i")

    def __missing__(self, s: str) -> int:
        self[s] = n = len(self)
        self.folded.append(self.folds[fold(s)])
        return n


def _grow(a: np.ndarray, n: int) -> np.ndarray:
    return a if len(a) >= n else np.concatenate([a, np.zeros(max(n, 2 * len(a)) - len(a), dtype=a.dtype)])


def _pairs_mask(starts: np.ndarray, n: int, k: int) -> np.ndarray:
    """Which of the n-k+1 windows of k ids in a concatenation of units lie within one unit."""
    ok = np.ones(max(n - k + 1, 0), dtype=bool)
    for j in range(1, k):
        cut = starts[(starts >= j) & (starts - j < len(ok))] - j      # a window whose j-th id opens a unit
        ok[cut] = False
    return ok


class LexicalBuilder:
    """Takes units one at a time (`add`), turns them into arrays `batch` units at a time; `finish` gives the
    LexicalIndex. Holds neither the units nor their texts: ids, counters and the (term, frequency) pairs."""

    def __init__(self, batch: int = BATCH):
        self.batch = batch
        self.unit_ids: list[str] = []
        self.bm25_rows: list[int] = []             # rows BM25 indexes: every unit but the heading lines
        self._folds = _Ids()                       # folded syllables and words (one id space)
        self._syl = _Syllables(self._folds)
        self._terms = _Ids()                       # BM25 term key -> term id
        self._pending: list[tuple] = []
        self._uni = np.zeros(1024, dtype=np.int64)      # count per syllable id
        self._vocab = np.zeros(1024, dtype=np.int64)    # count per fold id
        self._bi = _KeyCounts()                    # packed bigram keys: counts, first-seen order
        self._tri = _KeyCounts()
        self._tok: list[np.ndarray] = []           # per batch: term ids of its (unit, term) pairs, unit by unit
        self._tf: list[np.ndarray] = []            # their frequencies
        self._per_unit: list[np.ndarray] = []      # per batch: number of pairs of each unit
        self._lengths: list[np.ndarray] = []       # per batch: number of BM25 terms of each unit

    def _ids(self, ws: list[str]) -> np.ndarray:
        return np.fromiter(map(self._folds.__getitem__, ws), dtype=np.int64, count=len(ws))

    def add(self, u: Unit) -> None:
        self.unit_ids.append(u.unit_id)
        if u.kind == "heading":
            # a heading line is cited by the structure answers, never retrieved: not in BM25 (so the scores of
            # the other units are what they were without it), and its words are counted already, in the
            # headings of the units below it
            return
        self.bm25_rows.append(len(self.unit_ids) - 1)
        t = nfc(lexical_text(u))
        low = t.lower()
        syl = _SYL_RE.findall(low)
        sids = np.fromiter(map(self._syl.__getitem__, syl), dtype=np.int64, count=len(syl))
        vocab = self._ids(words(fold(t))) if _UNSAFE.search(t) else None     # None: the folds of its syllables
        e = expand_abbreviations(t) if may_expand(t, low, syl) else t
        terms = None if e == t else self._ids(words(fold(e)))                 # None: its vocabulary words
        self._pending.append((sids, vocab, terms))
        if len(self._pending) >= self.batch:
            self._process()

    def _process(self) -> None:
        if not self._pending:
            return
        batch, self._pending = self._pending, []
        if len(self._syl) > MASK or len(self._folds) > MASK:
            raise CorpusError(f"More than {MASK} distinct syllables: the lexical index packs three syllable ids in 64 "
                              "bits. Index the documents in several builds, or widen BITS in ingest/lexbuild.py.")
        S = np.concatenate([b[0] for b in batch])
        lens = np.array([len(b[0]) for b in batch], dtype=np.int64)
        starts = np.cumsum(lens) - lens
        folded = np.frombuffer(self._syl.folded, dtype=np.int32)
        F = folded[S].astype(np.int64)
        del folded                                  # the array may grow again
        own = [F[a:a + n] for a, n in zip(starts, lens)]
        V = [v if v is not None else f for (_, v, _), f in zip(batch, own)]
        W = [w if w is not None else v for (_, _, w), v in zip(batch, V)]

        # accents: 1-3 grams of syllables, unit by unit in each n (first seen among the same n)
        self._uni = _grow(self._uni, len(self._syl))
        self._uni[:len(self._syl)] += np.bincount(S, minlength=len(self._syl))
        bi = ((S[:-1] << BITS) | S[1:])[_pairs_mask(starts, len(S), 2)]
        tri = ((S[:-2] << 2 * BITS) | (S[1:-1] << BITS) | S[2:])[_pairs_mask(starts, len(S), 3)]
        self._bi.update(bi)
        self._tri.update(tri)

        # vocabulary
        Vc = np.concatenate(V)
        self._vocab = _grow(self._vocab, len(self._folds))
        self._vocab[:len(self._folds)] += np.bincount(Vc, minlength=len(self._folds))

        # BM25 terms: unigram key = fold id, bigram key = (a + 1) << BITS | b; pairs (unit, term) with frequency
        wl = np.array([len(w) for w in W], dtype=np.int64)
        Wc = np.concatenate(W)
        ws = np.cumsum(wl) - wl
        unit = np.repeat(np.arange(len(W), dtype=np.int64), wl)
        ok = _pairs_mask(ws, len(Wc), 2)
        keys = np.concatenate([Wc, ((Wc[:-1] + 1) << BITS | Wc[1:])[ok]])
        units = np.concatenate([unit, unit[:-1][ok]])
        # one sort, by term key then unit: the distinct keys come out sorted (new term ids are given in that
        # order), then a stable radix sort by unit gives the pairs unit by unit, keys ascending in each
        ubits = max(1, (len(W) - 1).bit_length())
        pair, tf = np.unique((keys << ubits) | units, return_counts=True)
        key, unit_of = pair >> ubits, pair & ((1 << ubits) - 1)
        head = np.diff(key, prepend=-1) != 0
        uk, inv = key[head], np.cumsum(head) - 1
        ids = np.fromiter(map(self._terms.__getitem__, uk.tolist()), dtype=np.int32, count=len(uk))
        by_unit = np.argsort(unit_of.astype(np.int16 if ubits < 16 else np.int32), kind="stable")
        self._tok.append(ids[inv][by_unit])
        tf = tf[by_unit]
        self._tf.append(tf.astype(np.uint16 if tf.max(initial=0) < 1 << 16 else np.int32))
        self._per_unit.append(np.bincount(unit_of, minlength=len(W)).astype(np.int32))
        self._lengths.append(wl + np.maximum(wl - 1, 0))     # len(with_bigrams(words))

    def finish(self) -> LexicalIndex:
        self._process()
        retriever = self._bm25()
        rows = None if len(self.bm25_rows) == len(self.unit_ids) else self.bm25_rows
        return LexicalIndex(retriever, self.unit_ids, self._accents(), self._vocabulary(), rows)

    # -- results ------------------------------------------------------------------------------------
    def _vocabulary(self) -> dict[str, int]:
        counts = self._vocab[:len(self._folds)]
        return {w: int(c) for w, c in zip(self._folds, counts.tolist()) if c}

    def _accents(self) -> dict[str, str]:
        syls, folds = list(self._syl), list(self._folds)
        folded = np.frombuffer(self._syl.folded, dtype=np.int32).astype(np.int64)
        table: dict[str, str] = {}
        uni = np.arange(len(syls), dtype=np.int64)
        for n, keys, counts in ((1, uni, self._uni[:len(syls)]), (2, *self._bi.items()), (3, *self._tri.items())):
            parts = [(keys >> BITS * (n - 1 - j)) & MASK for j in range(n)]
            fkey = np.zeros(len(keys), dtype=np.int64)
            for p in parts:
                fkey = (fkey << BITS) | folded[p]
            order = np.lexsort((np.arange(len(keys)), -counts, fkey))      # by folded key, most frequent, first seen
            head = np.flatnonzero(np.diff(fkey[order], prepend=-1) != 0)
            win = order[head]
            win = win[np.argsort(np.minimum.reduceat(order, head), kind="stable")] if len(head) else win
            cols = [p[win].tolist() for p in parts]
            for ids in zip(*cols):
                table[" ".join(folds[folded[i]] for i in ids)] = " ".join(syls[i] for i in ids)
        table.update(question_words())
        return table

    def _bm25(self) -> bm25s.BM25:
        """bm25s' index (BM25.build_index_from_ids with method "lucene") built from the pairs."""
        r = bm25s.BM25()
        assert r.method == "lucene" and r.idf_method in (None, "lucene") and r.dtype == "float32"
        lengths = np.concatenate(self._lengths) if self._lengths else np.zeros(0, dtype=np.int64)
        n_docs, n_terms = len(lengths), len(self._terms)
        avg = lengths.mean()
        df = np.zeros(n_terms, dtype=np.int64)
        for tok in self._tok:
            df += np.bincount(tok, minlength=n_terms)
        values, which = np.unique(df, return_inverse=True)
        idf = np.array([math.log(1 + (n_docs - d + 0.5) / (d + 0.5)) if d else 0.0    # bm25s' _score_idf_lucene
                        for d in values.tolist()], dtype=np.float64)[which].astype(np.float32)
        indptr = np.zeros(n_terms + 1, dtype=np.int64)
        np.cumsum(df, out=indptr[1:])
        data = np.empty(int(indptr[-1]), dtype=np.float32)
        indices = np.empty(int(indptr[-1]), dtype=np.int32)
        head = indptr[:-1].copy()
        first = 0
        for k in range(len(self._tok)):
            tok, tf, per_unit = self._tok[k], self._tf[k].astype(np.float64), self._per_unit[k]
            self._tok[k] = self._tf[k] = None
            doc = np.repeat(np.arange(first, first + len(per_unit), dtype=np.int32), per_unit)
            first += len(per_unit)
            l_d = lengths[doc].astype(np.float64)
            scores = (idf[tok] * (tf / (r.k1 * ((1 - r.b) + r.b * l_d / avg) + tf))).astype(np.float32)
            order = np.argsort(tok, kind="stable")                      # CSC: by term, then by document
            st = tok[order]
            dest = head[st] + np.arange(len(st)) - np.searchsorted(st, st)
            data[dest], indices[dest] = scores[order], doc[order]
            u, c = np.unique(st, return_counts=True)
            head[u] += c
        self._tok, self._tf = [], []
        r.scores = {"data": data, "indices": indices, "indptr": indptr, "num_docs": n_docs}
        folds = list(self._folds)
        vocab = {}
        for key, i in self._terms.items():
            vocab[folds[key] if key <= MASK else folds[(key >> BITS) - 1] + "_" + folds[key & MASK]] = i
        vocab.setdefault("", n_terms)
        r.vocab_dict, r.unique_token_ids_set, r.nonoccurrence_array = vocab, set(vocab.values()), None
        return r


class _KeyCounts:
    """How often each non-negative int64 key occurs, in the order keys are first seen (what a Counter updated
    batch by batch holds), on numpy arrays: each batch's distinct keys with their counts and first positions
    are queued, and merged into the sorted table once the queue outgrows it (each key costs O(log n) sorts)."""

    def __init__(self):
        self.keys = np.zeros(0, dtype=np.int64)       # sorted
        self.counts = np.zeros(0, dtype=np.int64)
        self.first = np.zeros(0, dtype=np.int64)      # position of the first occurrence in all keys seen
        self._queue: list[tuple[np.ndarray, np.ndarray, np.ndarray]] = []
        self._queued = 0
        self._seen = 0

    def update(self, keys: np.ndarray) -> None:
        if not len(keys):
            return
        k, first, counts = np.unique(keys, return_index=True, return_counts=True)
        self._queue.append((k, counts, first + self._seen))
        self._seen += len(keys)
        self._queued += len(k)
        if self._queued > max(len(self.keys), 1 << 16):
            self._merge()

    def _merge(self) -> None:
        if not self._queue:
            return
        parts = [(self.keys, self.counts, self.first), *self._queue]
        self._queue, self._queued = [], 0
        k = np.concatenate([p[0] for p in parts])
        order = np.argsort(k, kind="stable")
        k = k[order]
        head = np.flatnonzero(np.diff(k, prepend=-1) != 0)
        self.counts = np.add.reduceat(np.concatenate([p[1] for p in parts])[order], head) if len(k) else k
        self.first = np.minimum.reduceat(np.concatenate([p[2] for p in parts])[order], head) if len(k) else k
        self.keys = k[head]

    def items(self) -> tuple[np.ndarray, np.ndarray]:
        """(keys, counts) in first-seen order."""
        self._merge()
        order = np.argsort(self.first, kind="stable")
        return self.keys[order], self.counts[order]
