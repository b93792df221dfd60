"""What a cross-document question asks (rag/answerers/across.py answers it): its topic, the question without
its cues, asking frame, lead words and document names (the phrases are data, `rag/data/across.tsv`), and the
documents it names side by side, by alias ("Nghị quyết 43 và kế hoạch của tỉnh") or by kind and level in a
list ("nghị quyết trung ương, kế hoạch tỉnh và chương trình Cần Thơ")."""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from rag.answerers.forms import forms
from rag.answerers.where import where_spans
from rag.question.levels import documents_at, levels_said
from rag.question.route import CODE_KIND, KIND_WORDS, OBJECT_RE, find_references
from rag.tables.levels import LEVEL_ALT, LEVEL_REF_ALT, LEVEL_TAIL_RE, LEVEL_WORDS, issuer_level
from rag.text import DATA, content_terms, fold, has_diacritics, nfc, phrase_re, words

_SYLLABLE_RE = re.compile(r"[^\W_]+")


@functools.lru_cache(maxsize=1)
def _table() -> tuple[tuple[str, str, str], ...]:
    """(kind, folded phrase, accented phrase in lower case) of every line of `rag/data/across.tsv`, read once."""
    out = []
    for line in (DATA / "across.tsv").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#") or "\t" not in line:
            continue
        kind, phrase = line.split("\t", 1)
        out.append((kind.strip(), " ".join(words(fold(nfc(phrase)))), " ".join(_SYLLABLE_RE.findall(nfc(phrase).lower()))))
    return tuple(out)


@functools.lru_cache(maxsize=1)
def phrases() -> dict[str, list[str]]:
    """{"cue": [...], "wide": [...], "frame": [...], "lead": [...]}: folded phrases, longest first."""
    out: dict[str, list[str]] = {"cue": [], "wide": [], "frame": [], "lead": []}
    for kind, folded, _ in _table():
        out[kind].append(folded)
    return {k: sorted(set(v), key=len, reverse=True) for k, v in out.items()}


@functools.lru_cache(maxsize=1)
def spellings() -> dict[str, set[str]]:
    """folded phrase -> its accented spellings in the table ("cung" -> {"cùng"}, "chuyen" -> {"chuyện"})."""
    out: dict[str, set[str]] = {}
    for _, folded, accented in _table():
        out.setdefault(folded, set()).add(accented)
    return out


def typed_as(typed: str, accented: set[str], question: str) -> bool:
    """A stretch of a question spells one of a phrase's accented forms. A question typed with accents spells it
    exactly ("cùng" is not "cung cấp", "chuyện" is not "chuyển đổi", "cái" is not "cải cách"); one typed without
    accents anywhere may mean any of the forms ("cung" may be "cùng")."""
    if not has_diacritics(question):
        return True
    return " ".join(_SYLLABLE_RE.findall(nfc(typed).lower())) in accented


def phrase_spans(u, phrase_list: list[str]) -> list[tuple[int, int]]:
    """Where the question (`u.text`, `u.folded`: same offsets) says the table's phrases, longest first, no
    overlaps; accents typed must be the phrase's own (`typed_as`)."""
    found: list[tuple[int, int]] = []
    table = spellings()
    for ph in phrase_list:
        for m in phrase_re(ph).finditer(u.folded):
            if ph in table and not typed_as(u.text[m.start():m.end()], table[ph], u.text):
                continue
            if not any(a < m.end() and m.start() < b for a, b in found):
                found.append(m.span())
    return found


@dataclass
class Topic:
    text: str              # the question without cue, frame and document names, as typed (for retrieval)
    terms: list[str]       # its folded content terms (to pick the sentences quoted)


# an informal reference to a document by its kind and level ("kế hoạch trung ương", "chương trình của tỉnh"):
# it says where to look, it is not the topic
LEVEL_REF_RE = re.compile(r"(?<![a-z])(?:%s)\s+(?:cua\s+)?(?:%s)(?![a-z])"
                          % ("|".join(sorted(KIND_WORDS, key=len, reverse=True)), LEVEL_REF_ALT))
# what may stand between two documents named in a list: a comma or a conjunction, then a kind word or its code the
# next name does not hold ("kh tỉnh với ct Cần Thơ", "Nghị quyết 43 và chương trình của Cần Thơ")
_KIND_BEFORE = r"(?:(?:%s)\s+(?:cua\s+)?)?" % "|".join(sorted([*KIND_WORDS, *CODE_KIND], key=len, reverse=True))
JOIN_RE = re.compile(r"^\s*(?:,|,?\s*(?:va|voi|so voi|lan|cung nhu|hay)\s+(?:(?:trong|o|cua)\s+)?)\s*%s$"
                     % _KIND_BEFORE)
# a document named in a list by its kind and, optionally, its level: "nghị quyết trung ương, kế hoạch tỉnh và …"
LISTED_RE = re.compile(r"(?<![a-z])(?P<kind>%s)(?:\s+(?:cua\s+)?(?:cap\s+)?(?P<level>%s))?"
                       r"(?![a-z])" % ("|".join(sorted(KIND_WORDS, key=len, reverse=True)), LEVEL_ALT))


LEVEL_ONLY_RE = re.compile(r"(?<![a-z])(?:%s)(?![a-z])" % LEVEL_ALT)
WINDOW = 40            # characters around a level word read to tell it stands on its own (rag.question.levels)


def listed_documents(u, docs: dict) -> list[tuple[tuple[int, int], str]]:
    """Documents a list names by kind and level that the catalog's aliases do not ("nghị quyết trung ương, kế
    hoạch tỉnh và chương trình Cần Thơ"): a kind word, with its level when one is said, that stands next to
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
        beside = any(JOIN_RE.match(u.folded[b:m.start()]) or JOIN_RE.match(u.folded[m.end():a])
                     for a, b in spans if b <= m.start() or a >= m.end())
        if len(fits) == 1 and beside and fits[0] not in u.routed:
            out.append((m.span(), fits[0]))
    # a level alone in the list stands for the documents issued at it ("trung ương và Cần Thơ", "cả tỉnh lẫn Cần
    # Thơ", "trung ương, tỉnh, thành phố"), when it is said on its own (rag.question.levels: not "Ban Tuyên giáo Trung ương")
    taken_now = taken + [s for s, _ in out]
    bare = [m for m in LEVEL_ONLY_RE.finditer(u.folded)
            if not any(a < m.end() and m.start() < b for a, b in taken_now)
            and LEVEL_WORDS[m.group(0)] in levels_said(u.text[max(0, m.start() - WINDOW):m.end() + WINDOW])]
    for m in bare:
        others = taken_now + [x.span() for x in bare if x is not m]
        beside = any(JOIN_RE.match(u.folded[b:m.start()]) or JOIN_RE.match(u.folded[m.end():a])
                     for a, b in others if b <= m.start() or a >= m.end())
        fits = [d for d, doc in docs.items() if issuer_level(doc.entry.get("issuer", "")) == LEVEL_WORDS[m.group(0)]
                and d not in u.routed]
        if beside and 0 < len(fits) < len(docs):
            out += [(m.span(), d) for d in fits]
    return out


def _counted_re() -> re.Pattern:
    words = [w for w, n in forms()["structure"]["cardinals"].items() if n >= 2]
    kinds = sorted([*KIND_WORDS, "van ban", "van kien"], key=len, reverse=True)
    # "xây dựng hai kế hoạch gì": a count and kind followed by an asking word is what the question asks about (things
    # to be made), not documents it names
    return re.compile(r"(?<![a-z])(?P<n>[2-9]|%s)\s+(?P<kind>%s)(?![a-z])(?!\s+(?:gi|nao)(?![a-z]))"
                      % ("|".join(words), "|".join(kinds)))


def counted_documents(u, docs: dict) -> tuple[tuple[int, int], list[str]] | None:
    """Documents a question names by their count and kind ("so hai kế hoạch", "ở cả ba nghị quyết"): the catalog's
    documents of that kind when it holds exactly that many; of those, the ones issued at the levels the question says
    on its own when that leaves that many ("ở trung ương … xuống tỉnh … so hai kế hoạch"). (span, doc_ids) or None;
    "hai văn bản" names no kind (a cue of documents, not a list), and "lập hai kế hoạch gì" asks what is to be made."""
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
# the kinds of document a question asks for ("bám vào luật hay chỉ thị nào", "dựa trên nghị quyết nào")
# ("bám vào luật hay chỉ thị nào", "dựa trên nghị quyết nào"): after a verb of relying on or citing, not "những kế
# hoạch nào nói về …" (which held documents)
RELY = r"(?:bam vao|bam theo|dua vao|dua tren|can cu(?: vao)?|vien dan|trich dan|dan chieu|dan ra|nhac lai)"
KINDS_ASKED_RE = re.compile(r"(?<![a-z])%s\s+(?:cac\s+|nhung\s+)?(?P<kinds>(?:%s)(?:\s*(?:,|hay|hoac|va|voi)\s*(?:%s))*)"
                            r"\s+(?:nao|gi)(?![a-z])" % (RELY, _KIND_ALT, _KIND_ALT))


def kinds_asked(u) -> tuple[tuple[int, int], list[str]] | None:
    """(span, kinds) of the documents a question asks which ones of ("mỗi bên bám vào luật hay chỉ thị nào" ->
    ["Luật", "Chỉ thị"]): the documents each searched document relies on, not a topic; None when it asks none."""
    for m in KINDS_ASKED_RE.finditer(u.folded):
        if any(a < m.end() and m.start() < b for a, b in u.alias_spans):
            continue                      # "kế hoạch nào" said of a held document's name
        kinds = [KIND_WORDS[k] for k in re.findall(_KIND_ALT, m.group("kinds"))]
        return (m.start("kinds"), m.end()), list(dict.fromkeys(kinds))
    return None


CLAUSE_RE = re.compile(r"\s*(?:[,;:?!.\u2013\u2014]|\s-\s)\s*(?:con\s+)?|\s+con\s+")
_ASK_WORDS = frozenset(("nao", "gi", "sao", "khong", "chua", "dau", "ai"))     # what a clause asks with


def clause_documents(u) -> list[str]:
    """The documents a question names each in a clause of its own that says nothing but the document and how it is
    asked (where, whether: the table's frames), after a clause that sets the topic ("Nội dung X — trong NQ 43 nằm ở
    mục nào, kế hoạch tỉnh cụ thể hóa ở điểm nào, còn chương trình Cần Thơ có đưa vào không?"); [] otherwise."""
    if len(u.routed) < 2:
        return []
    blank = [s for kind in ("cue", "wide", "frame") for s in phrase_spans(u, phrases()[kind])] + list(u.alias_spans)
    blank += where_spans(u.folded, u.text)
    chars = list(u.folded)
    for a, b in blank:
        chars[a:b] = " " * (b - a)
    bare = "".join(chars)
    topic_first, named = None, 0
    start = 0
    for m in [*CLAUSE_RE.finditer(u.folded), None]:
        end = m.start() if m else len(u.folded)
        names = [s for s in u.alias_spans if start <= s[0] < end]
        said = [t for t in content_terms(bare[start:end]) if t not in _ASK_WORDS]
        if names and said:
            return []                    # a clause with a topic of its own beside a document
        if said and not named:
            topic_first = True
        named += bool(names)
        start = m.end() if m else end
    return list(u.routed) if topic_first and named >= 2 else []


def named_documents(u, docs: dict) -> list[str]:
    """The documents the question names side by side, in the question's order ("Nghị quyết 43 và kế hoạch của
    tỉnh", "trong Kế hoạch 21 và trong Chương trình của Cần Thơ", "nghị quyết trung ương, kế hoạch tỉnh và
    chương trình Cần Thơ"); [] when it does not ("Kế hoạch của TW về NQ 43" is one document about another)."""
    listed = listed_documents(u, docs)
    spans = sorted(set(u.alias_spans) | {s for s, _ in listed})
    gaps = [u.folded[a[1]:b[0]] for a, b in zip(spans, spans[1:])]
    # a comma alone joins names only in a list closed by a conjunction ("A, B và C"): "Theo Kế hoạch 21, NQ 43 …"
    # puts one document after the other, it does not list them
    joined = any(JOIN_RE.match(g) and g.strip(" ,") for g in gaps)
    hits, _, _ = find_references(u.folded, docs)
    first: dict[str, int] = {}                      # where the question first names each document
    for start, d in sorted([(h[0], h[1]) for h in hits] + [(s[0], d) for s, d in listed]):
        first.setdefault(d, start)
    ordered = sorted(dict.fromkeys(list(u.routed) + [d for _, d in listed]), key=lambda d: first.get(d, len(u.folded)))
    return ordered if joined and len(ordered) > 1 else []


def topic_of(u, docs: dict | None = None) -> Topic | None:
    """The question without its cross-document cues, its asking frame, its lead words and the names of documents
    (`docs`, the catalog: also those a list names by kind and level)."""
    p = phrases()
    blank = [s for kind in ("cue", "wide", "frame") for s in phrase_spans(u, p[kind])] + list(u.alias_spans)
    blank += [s for s, _ in listed_documents(u, docs)] if docs else []
    counted = counted_documents(u, docs) if docs else None
    blank += [counted[0]] if counted else []
    asked_kinds = kinds_asked(u)
    blank += [asked_kinds[0]] if asked_kinds else []
    blank += [m.span() for m in LEVEL_REF_RE.finditer(u.folded)] + where_spans(u.folded, u.text)
    # the levels listed after a wide cue are part of it: "từ trung ương xuống tỉnh và Cần Thơ"
    for a, b in phrase_spans(u, p["wide"]):
        m = LEVEL_TAIL_RE.match(u.folded, b)
        end = m.end() if m else b
        while True:
            nxt = [s for s in u.alias_spans if s[0] >= end and JOIN_RE.match(u.folded[end:s[0]] or ",")]
            joined = [s for s in nxt if s[0] == min(x[0] for x in nxt)] if nxt else []
            if not joined:
                break
            end = joined[0][1]
            m = LEVEL_TAIL_RE.match(u.folded, end)
            end = m.end() if m else end
        blank.append((b, end))
    chars = list(u.text)
    for a, b in blank:
        chars[a:b] = " " * (b - a)
    kept = "".join(chars).replace(",", " , ").replace("?", " ").split()
    while kept and (kept[0] == "," or not content_terms(kept[0])):      # "việc", "về", "để" left at the start
        kept.pop(0)
    while kept and (kept[-1] == "," or not content_terms(kept[-1])):    # "được", "và" left at the end
        kept.pop()
    text = " ".join(kept)
    text = re.sub(r"(?:\s+(?:và|với|hay|lẫn))+\s+,", ",", text)          # "tỉnh và , trong" once a name is out
    text = re.sub(r"(?:\s*,)+", ",", text).replace(",", ", ").replace(",  ", ", ")
    text = re.sub(r"\s*[:;]\s*(?=,|$)", "", text)                        # "… với dân: <documents> nói thế nào"
    text = re.sub(r"(?:,?\s+(?:và|với|hay|lẫn))+$", "", text).strip(" ,:;")
    for lead in p["lead"]:                                              # "Chuyện lãnh đạo …" -> "lãnh đạo …"
        if fold(text).startswith(lead + " ") and typed_as(text[:len(lead)], spellings()[lead], text):
            text = text[len(lead) + 1:].lstrip(" ,:")
            break
    text = _after_about(text.rstrip(" .!;:"))
    terms = content_terms(text)
    return Topic(text=text, terms=terms) if terms else None


_ABOUT_RE = re.compile(r"(?<![a-z])ve\s+")
_ASKING_RE = re.compile(r"(?<![a-z])(?:nao|gi|sao|the nao)(?![a-z])")


def _after_about(text: str) -> str:
    """What follows the last "về" of a topic when what precedes it is asking words the tables left ("ở chỗ nào về
    công tác tôn giáo", "và về vai trò của doanh nhân", "ba văn bản … nhắc gì về an sinh xã hội"): the topic."""
    f = fold(text)
    cut = None
    for m in _ABOUT_RE.finditer(f):
        if m.start() == 0 or f[m.start() - 1] == " ":
            cut = m
    if cut is None or not content_terms(text[cut.end():]):
        return text
    before = text[:cut.start()]
    return text[cut.end():] if _ASKING_RE.search(fold(before)) or not content_terms(before) else text
