"""The lexical side: a BM25 index (bm25s) over accent-folded syllables and syllable bigrams, plus two
tables built from the same corpus text:

- accent restoration: folded n-gram -> its most frequent accented spelling in the corpus, so a question
  typed without diacritics can be re-accented before it is embedded;
- vocabulary: folded syllables, so a question syllable that is no Vietnamese syllable (a letter slip) can be
  mapped to the nearest known one (edit distance 1), and a syllable typed with the wrong accents can be
  re-spelled as the corpus prints it (rag.search.spelling).

The index is built at ingest by ingest/lexbuild.py.
"""
from __future__ import annotations

import json
import math
import re
from pathlib import Path

import bm25s
import numpy as np

from rag.search.spelling import dictionary_pairs, is_syllable, printed_syllables, repair_accents
from rag.text import DATA, data_rows, fold, function_syllables, has_diacritics
from rag.types import Unit

_SYL_RE = re.compile(r"[^\W_]+", re.UNICODE)


def rarity(term: str, vocab: dict[str, int], total: int) -> float:
    """How rare a folded syllable is in the corpus (inverse frequency over the vocabulary's counts)."""
    return math.log((total + 1) / (1 + vocab.get(term, 0)))


def prints_phrase(folded: str, accents: dict[str, str]) -> bool:
    """Whether the corpus prints a folded phrase: every run of three of its syllables (the whole phrase when
    shorter) is a corpus n-gram (the accent table holds every folded 1-3 syllable n-gram of the corpus)."""
    w = folded.split()
    if len(w) <= 3:
        return " ".join(w) in accents
    return all(" ".join(w[i:i + 3]) in accents for i in range(len(w) - 2))


def lexical_text(u: Unit) -> str:
    """What the lexical index sees for a unit: document label, headings and text."""
    return " ".join([u.doc_label, *u.headings, u.lead, u.text])


def question_words() -> dict[str, str]:
    return {folded: accented for folded, accented in data_rows(DATA / "question_words.tsv")}


class LexicalIndex:
    def __init__(self, retriever: bm25s.BM25, unit_ids: list[str], accents: dict[str, str], vocab: dict[str, int],
                 bm25_rows: list[int] | None = None):
        self.retriever = retriever
        self.unit_ids = unit_ids
        self.bm25_rows = bm25_rows          # the rows BM25 scores (None = all); the others score 0
        self.row = {u: i for i, u in enumerate(unit_ids)}
        self.accents = accents
        self.vocab = vocab
        self.vocab_total = sum(vocab.values())
        self._printed: frozenset[str] | None = None
        self.asked: dict[str, str] = {}     # question words whose syllable the corpus spells otherwise
        self._doc_of: np.ndarray | None = None          # unit row -> BM25 document (-1: not indexed), when rows differ
        self._postings_sorted: bool | None = None

    def save(self, d: Path) -> None:
        d.mkdir(parents=True, exist_ok=True)
        self.retriever.save(str(d / "bm25"))
        (d / "tables.json").write_text(json.dumps({"unit_ids": self.unit_ids, "accents": self.accents,
                                                   "vocab": self.vocab, "bm25_rows": self.bm25_rows},
                                                  ensure_ascii=False), encoding="utf-8")

    @classmethod
    def load(cls, d: Path) -> "LexicalIndex":
        tables = json.loads((d / "tables.json").read_text(encoding="utf-8"))
        retriever = bm25s.BM25.load(str(d / "bm25"))
        # the question words (rag/data/question_words.tsv) as the code has them now, not as they were at ingest: a
        # phrase or a syllable the corpus does not spell joins the accent table; a syllable the corpus spells
        # otherwise ("noi": "nội" printed, "nói" asked) is only preferred when restoring accents (see there)
        corpus, asked = tables["accents"], question_words()
        accents = {**corpus, **{k: v for k, v in asked.items() if " " in k or k not in corpus}}
        index = cls(retriever, tables["unit_ids"], accents, tables["vocab"], tables.get("bm25_rows"))
        index.asked = {k: v for k, v in asked.items() if " " not in k and corpus.get(k, v) != v}
        return index

    def scores(self, tokens: list[str], bigram_weight: float = 1.0, rows: np.ndarray | None = None,
               way: str = "cheaper") -> np.ndarray:
        """BM25 score of every unit (row order = self.unit_ids), or of the units at `rows` only (the same values as
        `scores(tokens)[rows]`, computed from those units' postings alone): the sum over the query's tokens, a
        syllable bigram's ('dai_doan') share weighted by `bigram_weight` (a two-syllable word matched as a word,
        not as two syllables that each occur in most units). For `rows`, `way` chooses how: "cheaper" by the cost
        model, "searched" (the rows' postings) or "sliced" (the whole corpus's scores, sliced); same values."""
        n = len(self.unit_ids) if rows is None else len(rows)
        known = [t for t in tokens if t in self.retriever.vocab_dict]
        if not known:
            return np.zeros(n, dtype=np.float32)
        at = None if rows is None else self._bm25_docs(np.asarray(rows, dtype=np.int64))
        pairs = [t for t in known if "_" in t]
        if bigram_weight == 1.0 or not pairs:
            scores = self._sum(known, at, way)
        else:
            single = [t for t in known if "_" not in t]
            scores = bigram_weight * self._sum(pairs, at, way)
            if single:
                scores += self._sum(single, at, way)
        if rows is not None:
            return _spread(scores, at, n)
        if self.bm25_rows is None:
            return scores
        full = np.zeros(len(self.unit_ids), dtype=np.float32)
        full[self.bm25_rows] = scores
        return full

    def _bm25_docs(self, rows: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """The BM25 documents of unit rows: (their distinct documents, ascending; for each row, its position in
        them, -1 for a row BM25 does not index)."""
        if self.bm25_rows is not None:
            if self._doc_of is None:
                doc_of = np.full(len(self.unit_ids), -1, dtype=np.int64)
                doc_of[np.asarray(self.bm25_rows, dtype=np.int64)] = np.arange(len(self.bm25_rows))
                self._doc_of = doc_of
            rows = self._doc_of[rows]
        indexed = rows >= 0
        docs, inverse = np.unique(rows[indexed], return_inverse=True)
        pos = np.full(len(rows), -1, dtype=np.int64)
        pos[indexed] = inverse
        return docs, pos

    def _sum(self, tokens: list[str], at: tuple[np.ndarray, np.ndarray] | None, way: str = "cheaper") -> np.ndarray:
        """bm25s's score of the tokens (its get_scores: each token's postings added in the query's order, in its
        dtype): of every BM25 document, or only of the documents `at` (found in each token's sorted postings)."""
        r = self.retriever
        indptr = r.scores["indptr"]
        ids = np.asarray(r.get_tokens_ids(tokens), dtype=np.dtype(r.int_dtype))
        # the documents' binary searches in each token's postings against adding all the postings: measured at 28k
        # units, about 8 us per token plus 60 ns per document and token against 3.5 ns per posting
        if at is None or not self._sorted_postings() or way == "sliced" or (way == "cheaper" and
                2 * len(ids) * (8000 + 60 * len(at[0])) >= 7 * int((indptr[ids + 1] - indptr[ids]).sum())):
            scores = np.asarray(r.get_scores(tokens), dtype=np.float32)
            return scores if at is None else scores[at[0]]
        return searched_sum(r, ids, at[0])

    def _sorted_postings(self) -> bool:
        """Whether every token's postings list its documents in ascending order, each once (checked once)."""
        if self._postings_sorted is None:
            s = self.retriever.scores
            indices, indptr = np.asarray(s["indices"], dtype=np.int64), np.asarray(s["indptr"], dtype=np.int64)
            step = np.diff(indices)
            starts = np.zeros(len(step), dtype=bool)          # a step into the next token's postings may go down
            bounds = indptr[1:-1] - 1
            starts[bounds[(bounds >= 0) & (bounds < len(step))]] = True
            self._postings_sorted = bool(((step > 0) | starts).all())
        return self._postings_sorted

    # -- query repair ---------------------------------------------------------------------------------
    def correct(self, folded_words: list[str]) -> list[str]:
        """Replace a syllable unknown to the corpus that is no Vietnamese syllable (a letter slip) by the most
        frequent known one at edit distance 1."""
        out = []
        for w in folded_words:
            if w in self.vocab or w.isdigit() or len(w) < 3 or is_syllable(w):
                out.append(w)
                continue
            cands = [v for v in _edits1(w) if v in self.vocab]
            out.append(max(cands, key=lambda v: self.vocab[v]) if cands else w)
        return out

    def repair_accents(self, text: str) -> str:
        """A question typed with accents, its accent slips re-spelled as the corpus prints them (rag.search.spelling)."""
        if self._printed is None:
            self._printed = printed_syllables(self.accents)
        return repair_accents(text, self.accents, self._printed)

    def restore_accents(self, text: str) -> str:
        """Re-accent a question typed without diacritics. Each syllable may take the spelling it has in any known
        1-3 gram of the question (the accent table) or its own most frequent one; the spellings are chosen
        together (Viterbi) so that adjacent syllables form the pairs the corpus prints, a pair weighing by the
        units that hold it ("duoc giao duc": "được giáo dục", not "được giao dục"; "cua khoi dai doan ket":
        "khối đại đoàn kết", not "khơi")."""
        syl = _SYL_RE.findall(text)
        folded = [fold(s) for s in syl]
        cands: list[dict[str, float]] = []
        fixed = [has_diacritics(s_) for s_ in syl]
        for s_, f, kept in zip(syl, folded, fixed):
            if kept:
                # already spelled with diacritics (an abbreviation spelled out, "HDND" -> "hội đồng nhân dân"):
                # kept as written, not re-guessed from the corpus's commoner "hội đóng" of "xã hội đóng góp"
                cands.append({s_: _OWN})
                continue
            own = self.accents.get(f)
            cands.append({own: _OWN} if own else {})
            if f in self.asked:             # "noi": "nói" unless a printed pair says "nội" ("nội dung")
                cands[-1][self.asked[f]] = _ASKED
        for n in (2, 3):
            for i in range(len(folded) - n + 1):
                spelled = self.accents.get(" ".join(folded[i:i + n]), "").split(" ")
                if len(spelled) == n:
                    for j, a in enumerate(spelled):
                        if not fixed[i + j]:
                            cands[i + j].setdefault(a, 0.0)
        # a pair the corpus never prints may still be an everyday word that one spelling of the dictionary's words
        # gives ("anh chi em" -> "anh chị em", "can tro" -> "cản trở", where the corpus's own syllables gave "ảnh
        # chí em", "cán trò")
        # A syllable whose own or asked spelling is a function word ("về", "có", "cho") keeps it: the commonest syllables of
        # any question, rarer in the dictionary's words that end or start on another spelling ("vẽ chuyện")
        common, function = dictionary_pairs(), function_syllables()
        said = {}
        for i in range(len(folded) - 1):
            key = f"{folded[i]} {folded[i + 1]}"
            if any(a in function for j in (0, 1) for a, w in cands[i + j].items() if w > 0):
                continue
            if key not in self.accents and key in common:
                said[i] = common[key]
                for j, a in enumerate(common[key].split(" ")):
                    if not fixed[i + j]:
                        cands[i + j].setdefault(a, 0.0)

        def pair(i: int, a: str, b: str) -> float:
            key = f"{folded[i]} {folded[i + 1]}"
            if said.get(i) == f"{a} {b}":
                return _WORD
            if self.accents.get(key) != f"{a} {b}":
                return 0.0
            return _PAIR + math.log1p(self._df(key.replace(" ", "_")))

        out: list[str] = []
        prev: dict[str, tuple[float, list[str]]] = {}
        for i, s_ in enumerate(syl):
            if not cands[i]:                 # unknown to the corpus: as typed, and no pair across it
                out += max(prev.values())[1] if prev else []
                out.append(s_)
                prev = {}
                continue
            cur = {}
            for a, own in cands[i].items():
                if prev:
                    score, path = max((ps + pair(i - 1, b, a), pp) for b, (ps, pp) in prev.items())
                else:
                    score, path = 0.0, []
                cur[a] = (score + own, path + [a])
            prev = cur
        out += max(prev.values())[1] if prev else []
        return " ".join(out)

    def _df(self, token: str) -> int:
        """How many units hold a BM25 token (a folded syllable or pair "giao_duc"); 0 when none."""
        tid = self.retriever.vocab_dict.get(token)
        if tid is None:
            return 0
        indptr = self.retriever.scores["indptr"]
        return int(indptr[tid + 1] - indptr[tid])


def searched_sum(retriever: bm25s.BM25, ids: np.ndarray, docs: np.ndarray) -> np.ndarray:
    """bm25s's score of the token ids at the BM25 documents `docs` (distinct, ascending): each token's postings,
    sorted by document, binary-searched for them and added in the ids' order in bm25s's dtype, as its get_scores
    adds them over all documents (float32 sums in the same order: the same values)."""
    r = retriever
    data, indices, indptr = r.scores["data"], r.scores["indices"], r.scores["indptr"]
    out = np.zeros(len(docs), dtype=np.dtype(r.dtype))
    for t in ids:
        a, b = int(indptr[t]), int(indptr[t + 1])
        if a == b or not len(docs):
            continue
        j = np.searchsorted(indices[a:b], docs)
        inside = j < b - a
        hit = np.flatnonzero(inside)[indices[a + j[inside]] == docs[inside]]
        out[hit] += data[a + j[hit]]
    if r.nonoccurrence_array is not None:
        out += r.nonoccurrence_array[ids].sum()
    return np.asarray(out, dtype=np.float32)


def _spread(scores: np.ndarray, at: tuple[np.ndarray, np.ndarray], n: int) -> np.ndarray:
    """Scores of distinct BM25 documents laid out per asked row (0 for a row BM25 does not index)."""
    out = np.zeros(n, dtype=np.float32)
    pos = at[1]
    out[pos >= 0] = scores[pos[pos >= 0]]
    return out


_OWN = 0.5             # a syllable's own most frequent spelling: kept unless a printed pair says otherwise
_ASKED = 0.75          # a question word's spelling of a syllable the corpus spells otherwise: above its own
_WORD = 0.6            # a pair no corpus n-gram prints that a dictionary word spells one way: a little above a
                       # syllable's own spelling, well below a printed pair
_PAIR = 2.0            # a pair the accent table prints (more than two syllables' own spellings), plus its log units

_ALPHA = "abcdefghijklmnopqrstuvwxyz"


def _edits1(w: str) -> set[str]:
    splits = [(w[:i], w[i:]) for i in range(len(w) + 1)]
    deletes = [a + b[1:] for a, b in splits if b]
    transposes = [a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1]
    replaces = [a + c + b[1:] for a, b in splits if b for c in _ALPHA]
    inserts = [a + c + b for a, b in splits for c in _ALPHA]
    return set(deletes + transposes + replaces + inserts)
