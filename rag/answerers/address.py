"""Which node of a document's outline a structure question names (rag.answerers.structure answers it).

A node is addressed by number (Roman, Arabic, 2.1-style: "mục 2 phần IV" = IV.2; "phần 3" = part III when
the parts are Roman), by an ordinal word ("thứ ba", "cuối cùng", "đầu tiên") counted in a container, by the
words of its heading ("phần nhiệm vụ trọng tâm"), by the noun a question counts ("mấy nhiệm vụ"), or, for
the bodies work is assigned to ("giao cho ai"), by the node whose children name assignees of the task table.
Nothing here writes an answer: see rag.answerers.render.
"""
from __future__ import annotations

import re

from rag.answerers.common import remaining_terms
from rag.answerers.forms import forms, structure_patterns
from rag.tables.outline import STRUCTURAL, ONode, find, node_units
from rag.text import content_terms, fold, has_diacritics

_S = forms()["structure"]
ORDINAL_WORDS: dict[str, int] = _S["ordinals"]
_P = structure_patterns()
ORD_RE, REF_RE, COUNT_RE, LIST_RE, ABOUT_RE = _P["ordinal"], _P["ref"], _P["count"], _P["list"], _P["about"]
HEADING_SHARE = 0.6        # a heading is named when the question holds this share of its words
QUOTED_RUN = 4             # ... or this many of its words in a row
NEUTRAL = set(_S["neutral"])
MIN_BODY_SHARE = 0.5       # a node "assigns bodies" when at least this share of its children name an assignee
_NOUN_ALT = "|".join(sorted(_S["nouns"], key=len, reverse=True))
NOUN_WORDS = {w for n in _S["nouns"] + _S["bodies"] for w in n.split()}
GENERIC = set(_S["generic"])          # nouns naming any numbered node: not looked for in headings
KEEP = frozenset(_S["keep"])          # "nhiệm vụ", "cụ thể": content here, though stopwords elsewhere
# the nouns as a question's terms hold them: a qualifier alone too, its noun a stopword ("đầu việc" is held as
# "đầu": "việc" is a stopword)
_NOUN_PHRASES = sorted({tuple(n.split()) for n in _S["nouns"] + _S["bodies"] + _S["qualifiers"]}, key=len, reverse=True)
BODIES = tuple(_S["bodies"])
DASH_NOUNS = frozenset(_S["dash_nouns"])
WHOLE = tuple(_S["whole"])
_NODE_NOUNS_TYPED = set(forms()["typed"]["node_nouns"])
NODE_NOUNS = tuple(fold(n) for n in _NODE_NOUNS_TYPED)   # nouns that name a node of the outline, not its content
_NOUN_RE = re.compile(rf"\b(?:{_NOUN_ALT})\b")
CUES = tuple(_S["list_cues"] + _S["whole"] + _S["about_cues"] + _S["count_words"] + _S["asking_verbs"])  # asking
ROMAN = ["", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]


def terms(f: str) -> list[str]:
    """The content syllables of a question (folded or as typed), in order, less the phrases that ask for a
    count, a list or a whole ("kết cấu", "gồm những"); its neutral words are left to `heading_match`, after
    the nouns ("đầu việc" goes as a noun before "việc" goes as neutral)."""
    return remaining_terms(f, set(), CUES, keep=KEEP)


def names_node(f: str, text: str = "") -> bool:
    """The folded question has a noun for a node of the outline ("phần", "nhóm"), as a whole noun: the
    "điểm" of "quan điểm" and the "mục" of "mục tiêu" are not one; typed with accents (`text`, same
    offsets), with the noun's own ("phấn đấu" is not "phần")."""
    accented = has_diacritics(text)
    return any(m.group(0) in NODE_NOUNS and (not accented or text[m.start():m.end()].lower() in _NODE_NOUNS_TYPED)
               for m in _NOUN_RE.finditer(f))


def ordinal(f: str, text: str = "", start: int = 0) -> re.Match | None:
    """The first "<noun> … thứ N | cuối cùng | đầu" of the folded question whose noun, when the question is
    typed with accents (`text`, same offsets), is typed as that noun ("phấn đấu" is not "phần đầu")."""
    accented = has_diacritics(text)
    for m in ORD_RE.finditer(f, start):
        a, b = m.span("noun")
        if accented and m.group("noun") in NODE_NOUNS and text[a:b].lower() not in _NODE_NOUNS_TYPED:
            continue
        if m.group("first") == "dau" and (m.group("mid").strip() or
                                          (accented and text[m.start("first"):m.end("first")].lower() != "đầu")):
            continue       # a bare "đầu" follows its noun ("phần đầu"; "mục tiêu phấn đấu" is none)
        return m
    return None


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


def is_roman(s: str) -> bool:
    return bool(re.fullmatch(r"[ivxlc]+", s))


def explicit(f: str, root: ONode, text: str = "", known: tuple[str, ...] = ()) -> tuple[ONode | None, str]:
    """The node a number names ('mục 2 phần IV' = IV.2), and the reference itself ('' when none). `text`: the
    question with its accents, same offsets as `f` (heading words are read from it)."""
    refs = [(m.group(1), _number(m.group(1), m.group(2), root)) for m in REF_RE.finditer(f)]
    if not refs:
        return None, ""
    romans = [v.upper() for _, v in refs if is_roman(v.split(".")[0])]
    arabic = [v for _, v in refs if not is_roman(v.split(".")[0])]
    if romans and arabic:
        ref = f"{romans[0]}.{arabic[0]}"
    else:
        ref = (romans or arabic)[0].upper()
    text = text or f
    for m in REF_RE.finditer(f):
        text = text[:m.start()] + " " * (m.end() - m.start()) + text[m.end():]
    if arabic and not romans:
        # "phần tổ chức thực hiện … điểm 4": a number inside the part the question names by its heading
        within = heading_match(terms(text), root, has_diacritics(text), known=known)
        if within is not None and find(within, ref) is not None:
            return find(within, ref), f"{within.anchor}.{ref}"
        dashes = [c for c in within.numbered() if c.kind == "dash"] if within is not None else []
        if ref.isdigit() and 1 <= int(ref) <= len(dashes):      # "ý 2 phần quan điểm": its second dash bullet
            return dashes[int(ref) - 1], f"{within.anchor}.{ref}"
    node = find(root, ref)
    if node is not None and any(c.title for c in node.numbered()):
        # "mục về Nhà nước trong phần III": a titled node inside the numbered one, named by its heading words
        inner = heading_match(terms(text), node, has_diacritics(text), leaves=True, known=known, strict=True)
        if inner is not None:
            return inner, inner.anchor
    return node, ref


def _number(noun: str, value: str, root: ONode) -> str:
    """A reference's number as the tree writes it: an ordinal word as a figure ("ba" -> "3"), and a part
    given in Arabic figures in Roman ones when the document's parts are Roman ("phần 3" -> "III")."""
    value = str(ORDINAL_WORDS.get(value, value))
    top = root.numbered()
    if noun == "phan" and value.isdigit() and top and top[0].kind == "part" and is_roman(top[0].label.lower()):
        return ROMAN[int(value)].lower() if int(value) < len(ROMAN) else value
    return value


def missing_parent(root: ONode, ref: str) -> ONode | None:
    """For a reference the tree lacks, the node that should hold it: 'IV.9' -> IV; 'V' -> the document."""
    if "." in ref:
        return find(root, ref.rsplit(".", 1)[0])
    if is_roman(ref.lower()) and root.numbered() and root.numbered()[0].kind == "part":
        return root
    return None


def _heading_words(node: ONode, accented: bool) -> list[str]:
    """A heading's content syllables, read with accents when the question has them ("trọng tâm" is not the
    stopword "trong"), else folded like the question; less the words a question's terms never keep ("mục"
    of "Mục tiêu", "đối với")."""
    title = node.title if accented else fold(node.title)
    return [t for t in dict.fromkeys(content_terms(title, keep=KEEP)) if t not in NEUTRAL]


def doc_words(ctx, doc_id: str, accented: bool = True) -> tuple[str, ...]:
    """The words of a document's title and issuer, in order (read like the question: with accents or
    folded): they say what the whole is about, not which node."""
    e = ctx.index.docs[doc_id].entry
    names = " ".join(e.get(k, "") for k in ("title", "issuer"))
    return tuple(content_terms(names if accented else fold(names)))


def heading_match(terms: list[str], root: ONode, accented: bool = True, leaves: bool = False,
                  known: tuple[str, ...] = (), strict: bool = False) -> ONode | None:
    """The titled node the question names by heading words, with numbered children (any node: `leaves`).

    A node is named when the question holds most of its heading's words ("phần nhiệm vụ trọng tâm"), or when
    the question's topic words (its terms less the nouns for nodes and bodies, less the word pairs it shares
    with the `known` title of the document: "đại đoàn kết" is in many headings of its Nghị quyết) are all in
    the node's heading and its ancestors' headings, at least two of them side by side in its own ("mục về Mặt
    trận trong phần nhiệm vụ cụ thể" names III.4 under III); a topic beyond them ("giao MTTQ những nhiệm vụ
    gì về giám sát, phản biện") asks for part of the node, which retrieval finds. The node whose heading
    chain covers most of the question wins, then the one whose own heading covers most of it (a child that
    adds nothing to its parent's cover is not what is named), then the one whose heading it holds best."""
    q = {t for t in terms if t not in NEUTRAL}
    said_q = {t for t in without_nouns(terms) if t not in NEUTRAL}
    titled = _pairs(list(known)) & _pairs([t for t in terms if t in said_q])
    topic = said_q - {w for pair in titled for w in pair}
    asked_pairs = {(x, y) for x, y in _pairs(terms) if x in topic and y in topic}     # side by side as asked
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
                named = share >= HEADING_SHARE and hit >= min(2, len(words)) and \
                    (not strict or not said or any(t in said_q for t in said))
                own = sum(t in topic for t in words)
                # topic words found in a heading: at least two of them side by side in both, not a bag of syllables
                covered = own >= 2 and topic <= path and bool(asked_pairs & _pairs(words))
                # a run of the heading's own words quoted in order ("đoạn nói về nâng cao vai trò, hiệu lực của
                # Nhà nước"), not the document's title words
                covered = covered or _run([t for t in terms if t in topic], words) >= QUOTED_RUN
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


def bare_noun(noun: str) -> str:
    """'nhóm nhiệm vụ' -> 'nhiệm vụ' (folded): the qualifier before a counted noun is not in headings."""
    words = noun.split()
    while len(words) > 1 and words[0] in _S["qualifiers"]:
        words = words[1:]
    return " ".join(words)


def noun_node(noun: str, root: ONode, fits=lambda n: bool(n.numbered())) -> ONode | None:
    """The node whose heading holds the noun and that `fits`: the shortest such heading ("Quan điểm" before
    "Quan điểm, mục tiêu"), the first in document order among equals."""
    noun = bare_noun(noun)
    found = [n for n in root.walk() if n.kind in STRUCTURAL and n.title and
             re.search(rf"\b{noun}\b", fold(n.title).lower()) and fits(n)]
    return min(found, key=lambda n: len(n.title.split()), default=None)


def body_node(ctx, doc_id: str, root: ONode) -> ONode | None:
    """The node whose numbered children are the bodies it assigns work to: most children whose heading
    names an assignee of the task table (or, untitled, whose own paragraph is a task row)."""
    rows = [r for r in ctx.index.tasks if r["doc_id"] == doc_id]
    best, best_key = None, (0, 0)
    for n in root.walk():
        kids = [c for c in n.numbered() if c.kind in STRUCTURAL]
        if len(kids) < 2:
            continue
        titled = untitled = 0
        for c in kids:
            under, title = set(node_units(c)), fold(c.title).lower()
            if c.title:
                titled += any(r["unit_id"] in under and r["assignee"] and fold(r["assignee"]).lower() in title for r in rows)
            else:
                untitled += any(r["unit_id"] in c.units[:1] for r in rows)
        key = (titled, untitled)        # bodies named by headings outrank bodies opening a paragraph
        if titled + untitled >= max(2, MIN_BODY_SHARE * len(kids)) and key > best_key:
            best, best_key = n, key
    return best


def container_of(ctx, doc_id: str, words: str, om: re.Match, root: ONode) -> ONode | None:
    """The node an ordinal counts in: the one whose heading the question's other words name, else (a body
    counted: "cơ quan cuối cùng") the node listing the bodies work is assigned to, else the first node whose
    heading holds the counted noun and has enough children, else the top level."""
    noun, accented = bare_noun(om.group("noun")), has_diacritics(words)
    node = heading_match(terms(words), root, accented, known=doc_words(ctx, doc_id, accented),
                         strict=noun in _S["bodies"])
    if node is not None:
        return node
    fits = lambda n: 1 <= ordinal_of(om, len(n.numbered())) <= len(n.numbered())  # noqa: E731
    node = body_node(ctx, doc_id, root) if noun in _S["bodies"] else None
    if node is None and noun not in GENERIC:
        node = noun_node(noun, root, fits)
    if node is None and noun in _S["qualifiers"]:
        # "mấy nhóm giải pháp, nhóm thứ hai": a bare "nhóm" counts what the question's other nouns name
        others = [bare_noun(m.group(0)) for m in _NOUN_RE.finditer(fold(words))]
        node = next((n for n in (noun_node(o, root, fits) for o in others
                                 if o not in GENERIC and o not in _S["qualifiers"]) if n is not None), None)
    if node is not None and (fits(node) or noun in _S["bodies"]):     # too few bodies: said so (_absent)
        return node
    return root if 1 <= ordinal_of(om, len(root.numbered())) <= len(root.numbered()) else None


def ordinal_of(m: re.Match, count: int) -> int:
    if m.group("last"):
        return count
    if m.group("first"):
        return 1
    n = m.group("n")
    return int(n) if n.isdigit() else ORDINAL_WORDS[n]


def asked_noun(f: str, cm: re.Match | None) -> tuple[str, tuple[int, int] | None]:
    """The noun a count or a list asks about ('mấy nhiệm vụ', 'những cơ quan nào', 'giao cho ai') and its
    span in the question; ('', None)."""
    if cm is not None and (cm.group("noun") or cm.group("noun2")):
        g = "noun" if cm.group("noun") else "noun2"
        return cm.group(g), cm.span(g)
    m = re.search(rf"\b(?:cac|nhung|bao nhieu|may)\s+({_NOUN_ALT})\b", f)
    if m:
        return m.group(1), m.span(1)
    return ("ai", None) if re.search(r"\bgiao (?:viec |nhiem vu )?(?:cho )?(?:nhung )?ai\b", f) else ("", None)


def named_noun(f: str, noun: str) -> str:
    """The noun that names what is counted: 'chia nhiệm vụ làm mấy nhóm' counts 'nhóm' of 'nhiệm vụ'."""
    if noun and noun in _S["qualifiers"]:
        other = [m.group(0) for m in re.finditer(rf"\b(?:{_NOUN_ALT})\b", f) if m.group(0) not in _S["qualifiers"]]
        return other[0] if other else noun
    return noun


def is_flat(root: ONode) -> bool:
    """A document whose only numbered list is its top level of untitled items (a news item's six tasks):
    whatever noun a count or a list names, it is that list."""
    return all(n.kind not in STRUCTURAL or not n.title for n in root.walk()) and \
        not any(c.numbered() for c in root.numbered())



def only_names(f: str, text: str, node: ONode, root: ONode, known: tuple[str, ...]) -> bool:
    """The question says nothing beyond naming the node ("Mục 3 trong phần mục đích yêu cầu của kế hoạch
    tỉnh?"): its words less the numbers, the nouns for nodes, the heading words of the node and its ancestors
    and the document's own words are none."""
    bare = REF_RE.sub(" ", f)
    chain = [n for n in root.walk() if n.kind in STRUCTURAL and node in n.walk()]
    said = {w for n in chain for w in content_terms(fold(n.title), keep=KEEP)} | {fold(w) for w in known}
    return not [t for t in remaining_terms(bare, NEUTRAL | NOUN_WORDS | said, CUES, keep=KEEP) if not t.isdigit()]
