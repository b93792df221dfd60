"""The documents a question names and the kinds of document it asks for, read against the catalog: documents
named side by side by alias or listed by kind and level ("the resolution, the province's plan and the city's
programme"), named by their count and kind ("compare the two plans"), and the kinds of document each searched
document is asked to rely on ("which law or directive does each rest on"). What the question asks of them (its
topic, its asking frame) is `rag.answerers.work.asked`."""
from __future__ import annotations

import re

from rag.answerers.forms import forms
from rag.question.levels import documents_at, levels_said
from rag.question.kinds import CODE_KIND, KIND_WORDS
from rag.question.route import OBJECT_RE, find_references
from rag.tables.levels import LEVEL_ALT, LEVEL_REF_ALT, LEVEL_WORDS, issuer_level

# an informal reference to a document by its kind and level ("<kind> <level>", "<kind> của <level>"):
# it says where to look, it is not the topic
LEVEL_REF_RE = re.compile(r"(?<![a-z])(?:%s)\s+(?:cua\s+)?(?:%s)(?![a-z])"
                          % ("|".join(sorted(KIND_WORDS, key=len, reverse=True)), LEVEL_REF_ALT))
# what may stand between two documents named in a list: a comma or a conjunction, then a kind word or its code the
# next name does not hold ("<code> <level> với <code> <place>", "<kind> <number> và <kind> của <place>")
_KIND_BEFORE = r"(?:(?:%s)\s+(?:cua\s+)?)?" % "|".join(sorted([*KIND_WORDS, *CODE_KIND], key=len, reverse=True))
JOIN_RE = re.compile(r"^\s*(?:,|,?\s*(?:va|voi|so voi|lan|cung nhu|hay)\s+(?:(?:trong|o|cua)\s+)?)\s*%s$"
                     % _KIND_BEFORE)
# a document named in a list by its kind and, optionally, its level: "<kind> <level>, <kind> <level> và …"
# a list whose items repeat their preposition ("ở trung ương, ở tỉnh, rồi ở Cần Thơ"): the comma, or a conjunction,
# then the same preposition as before the previous item
PARALLEL_RE = re.compile(r"^\s*(?:,\s*)?(?:(?:va|roi|lan|cung nhu)\s+)?(?P<prep>o|tai|trong)\s+$")
# a gloss in parentheses standing after a listed name, or the close of one that held it ("tỉnh (<document>) và …")
GLOSS_RE = re.compile(r"^\s*(?:\([^()]*\)|\))")
# a level or place word before the next name ("…, thành phố Cần Thơ"): part of the item, not of the join
PLACE_BEFORE_RE = re.compile(r"(?:\s(?:%s))\s*$" % LEVEL_ALT)
# a source word opening the sentence before a name ("Theo …", "Căn cứ vào …", "Trong …"): that name is the source
SOURCE_BEFORE_RE = re.compile(r"(?:^|[.:;?!]\s*)(?:theo|can cu(?: vao| theo)?|dua (?:vao|theo|tren)|trong|tai)\s+$")
CHAIN = 3              # names joined by commas alone make a list from this many on ("A, B, C")
LISTED_RE = re.compile(r"(?<![a-z])(?P<kind>%s)(?:\s+(?:cua\s+)?(?:cap\s+)?(?P<level>%s))?"
                       r"(?![a-z])" % ("|".join(sorted(KIND_WORDS, key=len, reverse=True)), LEVEL_ALT))


def joins(folded: str, left: tuple[int, int], right: tuple[int, int]) -> str | None:
    """How two names of a question are joined as items of one list: "and" (a conjunction, or a kind word after
    the comma: JOIN_RE; or the preposition the list repeats, "ở A, ở B"), "comma" (a comma alone), None when the
    text between them does not join them. A gloss in parentheses after the first name, and a level word before the
    second ("thành phố <place>"), belong to the items."""
    gap = GLOSS_RE.sub("", folded[left[1]:right[0]], count=1)
    gap = PLACE_BEFORE_RE.sub(" ", gap)
    if JOIN_RE.match(gap):
        return "and" if gap.strip(" ,") else "comma"
    m = PARALLEL_RE.match(gap)
    # the preposition may stand with a word of direction ("ở trên trung ương, ở tỉnh": "ở trên", "ở dưới")
    if m and re.search(r"(?<![a-z])%s(?:\s+(?:tren|duoi))?\s+$" % m.group("prep"), folded[:left[0]]):
        return "and"
    return None


def is_list(folded: str, spans: list[tuple[int, int]]) -> bool:
    """The names (spans in order) make a list: two joined by a conjunction, or CHAIN joined by commas in a row
    ("ở 3 cấp: A, B, C"); a comma alone between two does not ("Theo <document A>, <document B> …")."""
    run = 1
    for a, b in zip(spans, spans[1:]):
        j = joins(folded, a, b)
        if j == "and":
            return True
        # the name a sentence opens with after a source word ("Theo <document>, <level>, <level> …") is where the
        # question looks, not the first item of the list that follows it
        run = run + 1 if j == "comma" and not (run == 1 and SOURCE_BEFORE_RE.search(folded[:a[0]])) else 1
        if run >= CHAIN:
            return True
    return False


_PREP_BEFORE_RE = re.compile(r"(?<![a-z])(?:o|tai|trong)\s+$")


def list_joints(u, docs: dict) -> list[tuple[int, int]]:
    """The text that joins the names of a list of documents (commas, conjunctions, the repeated preposition, a
    gloss in parentheses, and the preposition before the first name): no topic of its own. [] when the question
    names no list."""
    spans = sorted(set(u.alias_spans) | {s for s, _ in listed_documents(u, docs)})
    if not is_list(u.folded, spans):
        return []
    out = []
    for a, b in zip(spans, spans[1:]):
        if joins(u.folded, a, b):
            if not any(x[1] == a[0] for x in out):
                m = _PREP_BEFORE_RE.search(u.folded, 0, a[0])
                out += [m.span()] if m else []
            out.append((a[1], b[0]))
    return out


LEVEL_ONLY_RE = re.compile(r"(?<![a-z])(?:%s)(?![a-z])" % LEVEL_ALT)
WINDOW = 40            # characters around a level word read to tell it stands on its own (rag.question.levels)


def listed_documents(u, docs: dict) -> list[tuple[tuple[int, int], str]]:
    """Documents a list names by kind and level that the catalog's aliases do not ("<kind> <level>, <kind>
    <level> và <kind> <place>"): a kind word, with its level when one is said, that stands next to
    another named document (joined by a comma or "và") and fits exactly one catalog document. (span, doc_id)."""
    taken = sorted(u.alias_spans)
    out: list[tuple[tuple[int, int], str]] = []
    for m in LISTED_RE.finditer(u.folded):
        if any(a < m.end() and m.start() < b for a, b in taken) or OBJECT_RE.search(u.folded[:m.start()]):
            continue
        kind, level = KIND_WORDS[m.group("kind")], LEVEL_WORDS.get(m.group("level") or "")
        fits = [d for d, doc in docs.items() if doc.entry.get("kind") == kind
                and (not level or issuer_level(doc.entry.get("issuer", "")) == level)]
        spans = taken + [s for s, _ in out]
        beside = any(joins(u.folded, (a, b), m.span()) if b <= m.start() else joins(u.folded, m.span(), (a, b))
                     for a, b in spans if b <= m.start() or a >= m.end())
        if len(fits) == 1 and beside and fits[0] not in u.routed:
            out.append((m.span(), fits[0]))
    # a level alone in the list stands for the documents issued at it ("<level> và <place>", "cả <level>
    # lẫn <place>", "<level>, <level>, <level>"), when it is said on its own (rag.question.levels: not a level inside a body's name)
    taken_now = taken + [s for s, _ in out]
    bare = [m for m in LEVEL_ONLY_RE.finditer(u.folded)
            if not any(a < m.end() and m.start() < b for a, b in taken_now)
            and LEVEL_WORDS[m.group(0)] in levels_said(u.text[max(0, m.start() - WINDOW):m.end() + WINDOW])]
    for m in bare:
        others = taken_now + [x.span() for x in bare if x is not m]
        beside = any(joins(u.folded, (a, b), m.span()) if b <= m.start() else joins(u.folded, m.span(), (a, b))
                     for a, b in others if b <= m.start() or a >= m.end())
        fits = [d for d, doc in docs.items() if issuer_level(doc.entry.get("issuer", "")) == LEVEL_WORDS[m.group(0)]
                and d not in u.routed]
        if beside and 0 < len(fits) < len(docs):
            out += [(m.span(), d) for d in fits]
    return out


def _counted_re() -> re.Pattern:
    words = [w for w, n in forms()["structure"]["cardinals"].items() if n >= 2]
    kinds = sorted([*KIND_WORDS, "van ban", "van kien"], key=len, reverse=True)
    # "<verb> hai <kind> gì": a count and kind followed by an asking word is what the question asks about (things
    # to be made), not documents it names
    return re.compile(r"(?<![a-z])(?P<n>[2-9]|%s)\s+(?P<kind>%s)(?![a-z])(?!\s+(?:gi|nao)(?![a-z]))"
                      % ("|".join(words), "|".join(kinds)))


def counted_documents(u, docs: dict) -> tuple[tuple[int, int], list[str]] | None:
    """Documents a question names by their count and kind ("so hai <kind>", "ở cả ba <kind>"): the catalog's
    documents of that kind when it holds exactly that many; of those, the ones issued at the levels the question says
    on its own when that leaves that many ("ở <level> … xuống <level> … so hai <kind>"). (span, doc_ids) or None;
    "hai văn bản" names no kind (a cue of documents, not a list), and "<verb> hai <kind> gì" asks what is to be made."""
    for m in _counted_re().finditer(u.folded):
        n = m.group("n")
        count = int(n) if n.isdigit() else forms()["structure"]["cardinals"][n]
        kind = KIND_WORDS.get(m.group("kind"))
        if not kind:
            continue
        fits = [d for d, doc in docs.items() if doc.entry.get("kind") == kind]
        if len(fits) > count:
            at = documents_at(levels_said(u.text), {d: docs[d] for d in fits})
            fits = at if len(at) == count else fits
        if len(fits) == count:
            return m.span(), fits
    return None


_KIND_ALT = "|".join(sorted(KIND_WORDS, key=len, reverse=True))
# the kinds of document a question asks for ("<rely verb> <kind> hay <kind> nào", "<rely verb> <kind> nào"): after a
# verb of relying on or citing, not "những <kind> nào nói về …" (which held documents)
RELY = r"(?:bam vao|bam theo|dua vao|dua tren|can cu(?: vao)?|vien dan|trich dan|dan chieu|dan ra|nhac lai)"
KINDS_ASKED_RE = re.compile(r"(?<![a-z])%s\s+(?:cac\s+|nhung\s+)?(?P<kinds>(?:%s)(?:\s*(?:,|hay|hoac|va|voi)\s*(?:%s))*)"
                            r"\s+(?:nao|gi)(?![a-z])" % (RELY, _KIND_ALT, _KIND_ALT))


def kinds_asked(u) -> tuple[tuple[int, int], list[str]] | None:
    """(span, kinds) of the documents a question asks which ones of ("mỗi bên <rely verb> <kind A> hay <kind B>
    nào" -> [kind A, kind B]): the documents each searched document relies on, not a topic; None when it asks none."""
    for m in KINDS_ASKED_RE.finditer(u.folded):
        if any(a < m.end() and m.start() < b for a, b in u.alias_spans):
            continue                      # "<kind> nào" said of a held document's name
        kinds = [KIND_WORDS[k] for k in re.findall(_KIND_ALT, m.group("kinds"))]
        return (m.start("kinds"), m.end()), list(dict.fromkeys(kinds))
    return None


def named_documents(u, docs: dict) -> list[str]:
    """The documents the question names side by side, in the question's order ("<kind> <number> và <kind> của
    <level>", "trong <kind> <number> và trong <kind> của <place>", "<kind> <level>, <kind> <level> và <kind>
    <place>"); [] when it does not ("<kind> của <level> về <kind> <number>" is one document about another)."""
    listed = listed_documents(u, docs)
    spans = sorted(set(u.alias_spans) | {s for s, _ in listed})
    # a comma alone joins names only in a list closed by a conjunction ("A, B và C") or of CHAIN names ("A, B, C"):
    # "Theo <document A>, <document B> …" puts one document after the other, it does not list them
    joined = is_list(u.folded, spans)
    hits, _, _ = find_references(u.folded, docs)
    first: dict[str, int] = {}                      # where the question first names each document
    for start, d in sorted([(h[0], h[1]) for h in hits] + [(s[0], d) for s, d in listed]):
        first.setdefault(d, start)
    ordered = sorted(dict.fromkeys(list(u.routed) + [d for _, d in listed]), key=lambda d: first.get(d, len(u.folded)))
    return ordered if joined and len(ordered) > 1 else []


def named_or_routed(u, docs: dict) -> list[str]:
    """The documents the question names side by side (named_documents), then those it is routed to, each once."""
    return list(dict.fromkeys(named_documents(u, docs) + list(u.routed)))
