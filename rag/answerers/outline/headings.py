"""Which titled node of an outline a question names by the words of its heading ("phần nhiệm vụ trọng tâm",
"mục về Mặt trận trong phần nhiệm vụ cụ thể", "đoạn nói về nâng cao vai trò, hiệu lực của Nhà nước"), or by
another noun for nodes and the rest of its heading ("mấy việc trọng tâm"); which untitled node it names by the
words of its opening paragraph; for rag.answerers.outline.address; and the question's words less the nouns for nodes
and bodies."""
from __future__ import annotations

import functools
import re

from rag.answerers.forms import forms
from rag.tables.outline import STRUCTURAL, ONode
from rag.text import content_terms, fold, has_diacritics, nfc, words as folded_words

_S = forms()["structure"]
HEADING_SHARE = 0.6        # a heading is named when the question holds this share of its words
QUOTED_RUN = 4             # ... or this many of its words in a row
NEUTRAL = set(_S["neutral"])
_NOUN_ALT = "|".join(sorted(_S["nouns"], key=len, reverse=True))
KEEP = frozenset(_S["keep"])          # "nhiệm vụ", "cụ thể": content here, though stopwords elsewhere
# the nouns as a question's terms hold them: a qualifier alone too, its noun a stopword ("đầu việc" is held as
# "đầu": "việc" is a stopword)
_NOUN_PHRASES = sorted({tuple(n.split()) for n in _S["nouns"] + _S["bodies"] + _S["qualifiers"]}, key=len, reverse=True)


def without_nouns(words: list[str]) -> list[str]:
    """The words less the nouns for nodes and bodies, as whole phrases ("quan" of "quán triệt" stays, "quan
    điểm" and "cơ quan" go)."""
    out, i = [], 0
    while i < len(words):
        n = next((len(p) for p in _NOUN_PHRASES if tuple(words[i:i + len(p)]) == p), 0)
        out += [] if n else [words[i]]
        i += n or 1
    return out


def _pairs(words: list[str]) -> set[tuple[str, str]]:
    return set(zip(words, words[1:]))


def _heading_words(node: ONode, accented: bool, repeats: bool = False) -> list[str]:
    """A heading's content syllables, read with accents when the question has them ("trọng tâm" is not the
    stopword "trong"), else folded like the question; less the words a question's terms never keep ("mục"
    of "Mục tiêu", "đối với"); each once, unless `repeats` (the heading as it reads, for runs quoted in order:
    "các giai tầng xã hội, các tầng lớp nhân dân" holds the run "tầng lớp nhân dân")."""
    title = node.title if accented else fold(node.title)
    words = content_terms(title, keep=KEEP)
    return [t for t in (words if repeats else dict.fromkeys(words)) if t not in NEUTRAL]


def doc_words(ctx, doc_id: str, accented: bool = True) -> tuple[str, ...]:
    """The words of a document's title and issuer, in order (read like the question: with accents or
    folded): they say what the whole is about, not which node."""
    e = ctx.index.docs[doc_id].entry
    names = " ".join(e.get(k, "") for k in ("title", "issuer"))
    return tuple(content_terms(names if accented else fold(names)))


def heading_words(node: ONode, accented: bool) -> list[str]:
    """A heading's content syllables as a question's terms read them (each once)."""
    return _heading_words(node, accented)


_NODE_NOUNS_TYPED = {nfc(n).lower() for n in forms()["typed"]["node_nouns"]}
_NODE_NOUNS = {fold(n) for n in _NODE_NOUNS_TYPED}
# every noun of the forms, longest first: a node noun is read only where it is not part of a longer one ("điểm" of
# "quan điểm", "mục" of "mục tiêu")
_ANY_NOUN_RE = re.compile(r"(?<![a-z0-9])(?:" + "|".join(sorted({re.escape(fold(n)) for n in _S["nouns"] + _S["bodies"]}
                                                                 | {re.escape(n) for n in _NODE_NOUNS},
                                                                 key=len, reverse=True)) + r")(?![a-z0-9])")
_OPEN, _CLOSE = "\"'“‘«", "\"'”’»"
_AFTER_NOUN_RE = re.compile(rf"\s*:?\s*([{re.escape(_OPEN)}]?)\s*")     # a colon or an opening quote after a noun
_OPENING_RE = re.compile(rf"[{re.escape(_OPEN)}]\s*")
_CLOSING_RE = re.compile(rf"\s*[{re.escape(_CLOSE)}]")


@functools.lru_cache(maxsize=None)
def _title_pattern(words: tuple[str, ...]) -> re.Pattern:
    """A heading's folded words as typed whole: any run of non-letters between them, none run on after."""
    return re.compile(r"[^a-z0-9]+".join(words) + r"(?![a-z0-9])")


def _heading_starts(f: str, text: str, accented: bool) -> list[tuple[int, bool]]:
    """Where a heading typed whole may start: right after a noun for nodes typed as one ("Mục Tổ chức thực hiện",
    "phần: nhiệm vụ cụ thể"; a syllable typed with marks has the noun's own, "phấn" is no "phần"), or after an
    opening quote; with whether it is quoted. `accented`: `text` has marks."""
    out = []
    for m in _ANY_NOUN_RE.finditer(f):
        if m.group(0) not in _NODE_NOUNS or (accented and nfc(text[m.start():m.end()]).lower() not in _NODE_NOUNS_TYPED):
            continue
        g = _AFTER_NOUN_RE.match(f, m.end())
        out.append((g.end(), bool(g.group(1))))
    out += [(q.end(), True) for q in _OPENING_RE.finditer(f)]
    return out


def named_whole(f: str, text: str, root: ONode) -> ONode | None:
    """The titled node whose whole heading the question types right after a noun for nodes ("Mục Tổ chức thực hiện
    trong …", "phần nhiệm vụ, giải pháp chủ yếu") or between quotes ("“Nhiệm vụ cụ thể”"), as the heading reads (a
    syllable typed with marks has the heading's own). The longest heading so typed wins; None when none is, or when
    two nodes print that heading. `f` is `text` folded, same offsets. What it names is weighed against the node the
    heading words find by `within_named` (`by_heading`)."""
    accented = has_diacritics(text)
    starts = _heading_starts(f, text, accented)
    best, size, tie = None, 0, False
    for node in root.walk():
        if node.kind not in STRUCTURAL or not node.title:
            continue
        title = folded_words(fold(node.title))
        if not title or len(title) < size:
            continue
        pattern = _title_pattern(tuple(title))
        for at, quoted in starts:
            m = pattern.match(f, at)
            if m is None or (quoted and not _CLOSING_RE.match(f, m.end())):
                continue          # an opening quote names the heading when it closes right after it
            typed = re.findall(r"\w+", nfc(text[m.start():m.end()]).lower())
            printed = re.findall(r"\w+", nfc(node.title).lower())
            if accented and not all(t in (p, fold(p)) for t, p in zip(typed, printed)):
                continue          # "Tô chức" is no "Tổ chức"
            if len(title) > size:
                best, size, tie = node, len(title), False
            elif node is not best:
                tie = True
            break
    return None if tie else best


def _prints_words_of(outer: ONode, inner: ONode) -> bool:
    """`outer`'s heading prints every word of `inner`'s heading (folded): "Quan điểm, mục tiêu" prints "Mục tiêu"."""
    said = lambda n: set(folded_words(fold(n.title or "")))     # noqa: E731
    return bool(said(inner)) and said(inner) <= said(outer)


def within_named(named: ONode | None, found: ONode | None) -> ONode | None:
    """The node heading words `found`, when nothing is named by a heading typed whole (`named`), when `found` lies
    inside the named node, or when the named node lies inside `found` and `found`'s heading prints the named one's
    words too (two headings typed joined, "phần mục tiêu, quan điểm": the short one typed whole, "Mục tiêu", is a
    child of the part whose heading prints both, "Quan điểm, mục tiêu", which the heading words found); else the
    named node itself (a child typed whole inside a parent named by its heading words, "Mục Ban Dân vận Trung ương
    trong phần nhiệm vụ cụ thể", is the child; a heading elsewhere sharing more of the question's other words is not
    what is named)."""
    if named is None or found is None:
        return found or named
    if any(n is found for n in named.walk()):
        return found
    if any(n is named for n in found.walk()) and _prints_words_of(found, named):
        return found
    return named


def by_heading(f: str, text: str, root: ONode, terms: list[str], accented: bool, **match) -> ONode | None:
    """The node a question names by heading: a heading typed whole (`named_whole`; `f` is `text` folded) weighed
    against the node its heading words find (`heading_match` of `terms`, with `match` its options) by
    `within_named`."""
    return within_named(named_whole(f, text, root), heading_match(terms, root, accented, **match))


def heading_match(terms: list[str], root: ONode, accented: bool = True, leaves: bool = False,
                  known: tuple[str, ...] = (), strict: bool = False, as_printed: bool = False) -> ONode | None:
    """The titled node the question names by heading words, with numbered children (any node: `leaves`).

    A node is named when the question holds most of its heading's words ("phần nhiệm vụ trọng tâm"), or when
    the question's topic words (its terms less the nouns for nodes and bodies, less the word pairs it shares
    with the `known` title of the document: "đại đoàn kết" is in many headings of its Nghị quyết) are all in
    the node's heading and its ancestors' headings, at least two of them side by side in its own ("mục về Mặt
    trận trong phần nhiệm vụ cụ thể" names III.4 under III); a topic beyond them ("giao MTTQ những nhiệm vụ
    gì về giám sát, phản biện") asks for part of the node, which retrieval finds. The node whose heading
    chain covers most of the question wins, then the one whose own heading covers most of it (a child that
    adds nothing to its parent's cover is not what is named), then the one whose heading it holds best.
    `as_printed`: a quoted run is read in the heading as printed, a repeated word in each place ("các giai tầng xã
    hội, các tầng lớp nhân dân" holds "tầng lớp nhân dân"): the container an ordinal counts in."""
    q = {t for t in terms if t not in NEUTRAL}
    said_q = {t for t in without_nouns(terms) if t not in NEUTRAL}
    titled = _pairs(list(known)) & _pairs([t for t in terms if t in said_q])
    topic = said_q - {w for pair in titled for w in pair}
    asked_pairs = {(x, y) for x, y in _pairs(terms) if x in topic and y in topic}     # side by side as asked
    term_pairs = _pairs([t for t in terms if t not in NEUTRAL])
    best, best_key = None, (0.0, -99, 0.0, 0)

    def visit(node: ONode, chain: set[str], depth: int) -> None:
        nonlocal best, best_key
        for c in node.children:
            if c.kind not in STRUCTURAL:
                continue
            words = _heading_words(c, accented) if c.title else []
            path = chain | set(words)
            if words and (leaves or c.numbered()):
                hit = sum(t in q for t in words)
                share = hit / len(words)
                # strict (a body counted: "cơ quan … được giao nhiệm vụ"), a heading named only by its nouns
                # ("Nhiệm vụ trọng tâm") is not named, unless nouns are all it has ("Quan điểm")
                said = without_nouns(words)
                # two of its words at least side by side as asked: "quán triệt … địa điểm" names no "Quan điểm"
                named = share >= HEADING_SHARE and hit >= min(2, len(words)) and \
                    (len(words) < 2 or bool(term_pairs & _pairs(words))) and \
                    (not strict or not said or any(t in said_q for t in said))
                own = sum(t in topic for t in words)
                # topic words found in a heading: at least two of them side by side in both, not a bag of syllables
                covered = own >= 2 and topic <= path and bool(asked_pairs & _pairs(words))
                # a run of the heading's own words quoted in order ("đoạn nói về nâng cao vai trò, hiệu lực của
                # Nhà nước"), not the document's title words
                covered = covered or _run([t for t in terms if t in topic],
                                          _heading_words(c, accented, repeats=as_printed)) >= QUOTED_RUN
                key = (len(q & path) / len(q), hit / len(q), share, -depth)
                if (named or covered) and key > best_key:
                    best, best_key = c, key
            visit(c, path, depth + 1)

    if q:
        visit(root, set(), 0)
    return best


def _run(a: list[str], b: list[str]) -> int:
    """The longest run of words `a` and `b` share, in the same order."""
    best, prev = 0, [0] * (len(b) + 1)
    for x in a:
        cur = [0] * (len(b) + 1)
        for j, y in enumerate(b):
            if x == y:
                cur[j + 1] = prev[j] + 1
                best = max(best, cur[j + 1])
        prev = cur
    return best


def noun_named(f: str, text: str, root: ONode) -> ONode | None:
    """The titled node with numbered children that a noun for nodes followed by the rest of its heading names:
    "mấy việc trọng tâm" names "Nhiệm vụ trọng tâm", "những giải pháp chủ yếu" names "Nhiệm vụ, giải pháp chủ
    yếu" (the asker's noun stands for the heading's; the rest is typed as the heading prints it, with accents
    or all folded). The heading's words are read from its own accented text either way: folded first, "trọng
    tâm" would lose "trong" as a stopword and the unaccented question would name nothing. The shortest such
    heading, the first among equals."""
    accented = has_diacritics(text)
    found = []
    for node in root.walk():
        if node.kind not in STRUCTURAL or not node.title or not node.numbered():
            continue
        words = _heading_words(node, True)
        rest = without_nouns(words)
        if len(rest) < 2 or len(rest) == len(words):
            continue          # a heading with no noun for nodes, or (nearly) nothing but nouns: named by its words
        title = " ".join(nfc(node.title).lower().split())
        title = title if accented else fold(title)
        typed = text if accented else f
        for m in re.finditer(rf"\b(?:{_NOUN_ALT})\s+(?P<rest>{' '.join(rest)})\b", f):
            if typed[m.start("rest"):m.end("rest")].lower() in title:
                found.append(node)
                break
    return min(found, key=lambda n: len(n.title.split()), default=None)


def lead_match(terms: list[str], root: ONode, index, accented: bool = True) -> ONode | None:
    """An untitled node with numbered children that the question names by the words of its opening paragraph
    ("đoạn nói về vai trò từng giai tầng, tầng lớp" names 2.1, whose paragraph reads "… phát huy vai trò của các
    giai tầng xã hội, các tầng lớp nhân dân …"): a run of QUOTED_RUN of those words in order; the longest run."""
    asked = [t for t in without_nouns(terms) if t not in NEUTRAL]
    best, best_run = None, QUOTED_RUN - 1
    for node in root.walk():
        if node.kind not in STRUCTURAL or node.title or not node.numbered() or not node.units or \
                node.units[0] not in index.units:
            continue
        lead = index.units[node.units[0]].text
        run = _run(asked, content_terms(lead if accented else fold(lead), keep=KEEP))
        if run > best_run:
            best, best_run = node, run
    return best


_MARKER_RE = re.compile(r"\b(?:" + "|".join(sorted(map(re.escape, forms()["overview"]["topic_markers"]), key=len,
                                                     reverse=True)) + r")\s+(?P<rest>[^.?!;]+)")


def marked_phrase(f: str, text: str = "") -> str:
    """The words after a topic marker up to the end of their sentence ("chỗ nói về công tác dân vận gồm mấy ý?"
    -> "công tác dân vận gồm mấy ý"), as typed (`text`, same
    offsets as the folded `f`): the asker's own words for the place ("chỗ bàn") left out, what the place is about
    names its heading (the nouns for nodes in it blanked: "tiểu mục" names no heading); '' when no marker."""
    m = _MARKER_RE.search(f)
    if m is None:
        return ""
    a, b = m.span("rest")
    phrase = (text or f)[a:b]
    for n in re.finditer(rf"\b(?:{_NOUN_ALT})\b", f[a:b]):
        phrase = phrase[:n.start()] + " " * (n.end() - n.start()) + phrase[n.end():]
    return phrase
