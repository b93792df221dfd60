"""Document references compiled once per catalog: the folded aliases and "của <issuer>" phrases of every
document in one Aho–Corasick automaton (pyahocorasick), plus tables from "<kind> <number>" and from kind
to documents. A question is scanned once, whatever the number of documents.

An alias "<kind> của <name>" also matches without "của" ("kế hoạch của tỉnh" -> "kế hoạch tỉnh"), the way
cadres shorten it: `alias_forms`. It reproduces exactly what a regex per alias form did: aliases longest
first (ties in catalog order), each alias's matches left to right without overlapping itself, a match that
overlaps an earlier one skipped; alias boundaries are "not a letter or digit of the folded text"; an
issuer phrase is "cua " or "do " + the first n >= 2 words of the issuer (or copy office), the longest n that occurs,
the leftmost occurrence of either between regex word boundaries (\\b).
"""
from __future__ import annotations

import re
import threading
from collections import OrderedDict
from typing import Mapping

import ahocorasick

from rag.question.levels import issuer_level, level_terms
from rag.text import fold, nfc

Span = tuple[int, int]
Hit = tuple[int, str, Span]          # (start, doc_id, span), as route.understand collects them


def _alnum(ch: str) -> bool:
    """The alias boundary of the folded text: [a-z0-9]."""
    return "a" <= ch <= "z" or "0" <= ch <= "9"


def _word(ch: str) -> bool:
    """A regex word character (what \\b looks at)."""
    return ch.isalnum() or ch == "_"


def _number_key(number: str) -> str:
    m = re.match(r"(\d+)-([A-ZĐ]+)", number)
    return m.group(1) if m else ""


# "văn bản của <name>" is said "cái của <name>" too: the classifier stands for the document ("cái của tỉnh với cái
# của Cần Thơ"); only with "của", where it cannot be a thing of its own ("cái mới", "cái gì")
_GENERIC_RE = re.compile(r"^van ban (?=cua )")


def alias_forms(alias: str) -> list[str]:
    """The folded forms an alias matches: itself and, when it holds the word "của", itself without it; an alias
    "văn bản của <name>" also as "cái của <name>"."""
    folded = " ".join(fold(nfc(alias)).lower().split())
    short = re.sub(r"(?<![a-z0-9])cua ", "", folded, count=1)
    forms = [folded] if short == folded or not short.strip() else [folded, short]
    return forms + ([_GENERIC_RE.sub("cai ", folded)] if _GENERIC_RE.match(folded) else [])


def doc_names(entry: dict) -> list[str]:
    """What names a catalog document: its aliases, and the full names of its signers ("kế hoạch mà đồng chí
    Lò Minh Hùng ký"; the signer of a copy names the copied document)."""
    signers = [entry.get(k, "") for k in ("signer", "copy_signer")]
    return list(entry.get("aliases", [])) + [n for n in signers if len(n.split()) >= 2]


def overlaps(span: Span, taken: list[Span]) -> bool:
    return any(a < span[1] and span[0] < b for a, b in taken)


class DocMatcher:
    """Built from `docs` (doc_id -> object with `.entry`, a catalog entry); read-only afterwards."""

    def __init__(self, docs: Mapping[str, object]):
        self.size = len(docs)
        ranked = sorted(((form, d) for d, doc in docs.items() for a in doc_names(doc.entry)
                         for form in alias_forms(a)), key=lambda x: -len(x[0]))
        self._aliases: dict[str, list[tuple[int, str]]] = {}      # folded alias -> [(rank, doc_id)]
        for rank, (alias, d) in enumerate(ranked):
            if alias:
                self._aliases.setdefault(alias, []).append((rank, d))
        self._phrases: dict[str, list[tuple[int, int, str]]] = {}  # "cua ..."/"do ..." -> [(order, n, doc_id)]
        self._refs: dict[tuple[str, str], str] = {}               # (number, kind) -> doc_id (the last one)
        self._of_kind: dict[str, list[str]] = {}
        order = 0
        for d, doc in docs.items():
            entry = doc.entry
            num = _number_key(entry.get("number", ""))
            if num:
                self._refs[(num, entry.get("kind"))] = d
            self._of_kind.setdefault(entry.get("kind"), []).append(d)
            for body in (entry.get("issuer", ""), entry.get("copy_office", "")):
                words = fold(nfc(body)).lower().split()
                if len(words) >= 2:
                    for n in range(len(words), 1, -1):
                        for by in ("cua ", "do "):        # "kế hoạch của / do Ban Thường vụ Tỉnh ủy …"
                            self._phrases.setdefault(by + " ".join(words[:n]), []).append((order, n, d))
                order += 1
        # what names an issuing body on its own, folded -> (what it is, the documents it issued): the first n >= 2
        # words of an issuer ("ban thuong vu tinh uy", "thanh uy"), a level's word ("tinh", "trung uong") and the
        # words of an issuer at that level (rag/data/levels.tsv: "tinh uy", "bo chinh tri") -> the documents issued
        # at that level
        self._bodies: dict[str, tuple[str, frozenset]] = {}
        self._partial: set[str] = set()        # the first words of an issuer that are no whole issuer: a bare role
        at_level: dict[str, set] = {}
        self._level: dict[str, str] = {}
        for d, doc in docs.items():
            issuer = doc.entry.get("issuer", "")
            level = issuer_level(issuer) if issuer else None
            if level:
                at_level.setdefault(level, set()).add(d)
                self._level[d] = level
            words = fold(nfc(issuer)).lower().split()
            for n in range(len(words), 1, -1):
                key = " ".join(words[:n])
                old = self._bodies.get(key, ("issuer", frozenset()))[1]
                self._bodies[key] = ("issuer", old | {d})
                if n < len(words):
                    self._partial.add(key)
        self._partial -= {" ".join(fold(nfc(doc.entry.get("issuer", ""))).lower().split()) for doc in docs.values()}
        level_words = sorted({" ".join(fold(w).lower().split()) for _, w, _ in level_terms()}, key=len, reverse=True)
        # what continues a bare role into another body's name: a level's word ("Ban Thường vụ tỉnh"), a
        # committee of a place or of the Party ("Ban Thường vụ Thành ủy", "Ban Chấp hành Đảng bộ tỉnh")
        self._continued = re.compile(r"\s+(?:(?:tinh|thanh|huyen|thi|quan|xa|phuong|dang)\s+uy|dang\s+(?:bo|doan)|"
                                     r"chi\s+bo|" + "|".join(map(re.escape, level_words)) + r")(?![a-z0-9])")
        for level, word, issuer_words in level_terms():
            for term, what in [(word, "level")] + [(w, "body") for w in issuer_words]:
                key = " ".join(fold(term).lower().split())
                if key and key not in self._bodies:
                    self._bodies[key] = (what, frozenset(at_level.get(level, ())))
        self._automaton = ahocorasick.Automaton()
        for key in set(self._aliases) | set(self._phrases) | set(self._bodies):
            self._automaton.add_word(key, key)
        if len(self._automaton):
            self._automaton.make_automaton()

    def _occurrences(self, f: str) -> dict[str, list[int]]:
        """key -> start offsets of all its occurrences (overlapping ones included), ascending."""
        out: dict[str, list[int]] = {}
        if not len(self._automaton):
            return out
        for end, key in self._automaton.iter(f):
            out.setdefault(key, []).append(end - len(key) + 1)
        return out

    def occurrences(self, f: str) -> dict[str, list[int]]:
        return self._occurrences(f)

    def aliases(self, f: str, occ: dict[str, list[int]] | None = None) -> list[Hit]:
        """Alias hits in the order they are accepted (longest alias first, no overlaps)."""
        occ = self._occurrences(f) if occ is None else occ
        todo: list[tuple[int, int, int, str]] = []     # (rank, start, end, doc_id)
        for key, starts in occ.items():
            if key not in self._aliases:
                continue
            found, last_end = [], 0
            for s in starts:
                e = s + len(key)
                if s < last_end or (s > 0 and _alnum(f[s - 1])) or (e < len(f) and _alnum(f[e])):
                    continue
                found.append((s, e))
                last_end = e
            for rank, d in self._aliases[key]:
                todo.extend((rank, s, e, d) for s, e in found)
        taken: list[Span] = []
        hits: list[Hit] = []
        for _, s, e, d in sorted(todo):
            if not overlaps((s, e), taken):
                taken.append((s, e))
                hits.append((s, d, (s, e)))
        return hits

    def issuers(self, f: str, taken: list[Span], occ: dict[str, list[int]] | None = None) -> list[Hit]:
        """"... của Bộ Chính trị": per issuer (and copy office), its longest prefix phrase that occurs;
        hits in catalog order, skipping those that overlap `taken` (which is extended)."""
        occ = self._occurrences(f) if occ is None else occ
        best: dict[int, tuple[int, int, str, str]] = {}   # body order -> (n, start, phrase end, doc_id)
        for key, starts in occ.items():
            if key not in self._phrases:
                continue
            first = next((s for s in starts if self._word_bounded(f, s, s + len(key))), None)
            if first is None:
                continue
            for order, n, d in self._phrases[key]:
                if order not in best or best[order][0] < n or (best[order][0] == n and first < best[order][1]):
                    best[order] = (n, first, first + len(key), d)
        hits: list[Hit] = []
        for order in sorted(best):
            _, s, e, d = best[order]
            if not overlaps((s, e), taken):
                hits.append((s, d, (s, e)))
                taken.append((s, e))
        return hits

    def bodies(self, f: str, occ: dict[str, list[int]] | None = None) -> list[tuple[int, int, str, frozenset]]:
        """Every whole-word occurrence of an issuing body's name or a level's word: (start, end, what, doc_ids), what
        being "issuer" (the first words of a catalog issuer), "level" (a level's word) or "body" (an issuer's words
        at a level); longest first where they overlap. The first words of an issuer that are a bare role ("ban thuong
        vu") do not count when another body's name continues them ("Ban Thường vụ Thành ủy")."""
        occ = self._occurrences(f) if occ is None else occ
        found = []
        for key, starts in occ.items():
            if key in self._bodies:
                what, ids = self._bodies[key]
                found += [(s, s + len(key), what, ids) for s in starts
                          if not (s > 0 and _alnum(f[s - 1])) and not (s + len(key) < len(f) and _alnum(f[s + len(key)]))
                          and not (key in self._partial and self._continued.match(f, s + len(key)))]
        out: list[tuple[int, int, str, frozenset]] = []
        for hit in sorted(found, key=lambda h: (h[0] - h[1], h[0])):
            if not overlaps(hit[:2], [o[:2] for o in out]):
                out.append(hit)
        return sorted(out)

    @staticmethod
    def _word_bounded(f: str, s: int, e: int) -> bool:
        before = s > 0 and _word(f[s - 1])
        if before == _word(f[s]):
            return False
        after = e < len(f) and _word(f[e])
        return after != _word(f[e - 1])

    def ref_doc(self, number: str, kind: str) -> str:
        """The catalog document "<kind> <number>" names ("" when we do not have it)."""
        return self._refs.get((number, kind), "")

    def numbered(self, number: str) -> list[str]:
        """The catalog documents of any kind numbered `number` ("21" of "21-KH/TW")."""
        return sorted({d for (n, _), d in self._refs.items() if n == number})

    def level_of(self, doc_id: str) -> str:
        """The level of the document's issuer (rag/data/levels.tsv), "" when none."""
        return self._level.get(doc_id, "")

    def of_kind(self, kind: str) -> list[str]:
        return self._of_kind.get(kind, [])


_CACHE: "OrderedDict[int, tuple[Mapping, DocMatcher]]" = OrderedDict()
_LOCK = threading.Lock()
CACHE_SIZE = 2   # the build being served and the one before it


def matcher_for(docs: Mapping[str, object]) -> DocMatcher:
    """The matcher of this `docs` mapping, compiled on first use and cached (the mapping is treated as
    read-only, as a loaded index's documents are)."""
    with _LOCK:
        hit = _CACHE.get(id(docs))
        if hit and hit[0] is docs and hit[1].size == len(docs):
            _CACHE.move_to_end(id(docs))
            return hit[1]
        m = DocMatcher(docs)
        _CACHE[id(docs)] = (docs, m)
        while len(_CACHE) > CACHE_SIZE:
            _CACHE.popitem(last=False)
        return m
