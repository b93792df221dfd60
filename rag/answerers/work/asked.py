"""What a cross-document question asks (rag/answerers/work/across.py answers it): its topic, the question without its
cues, asking frame, lead words and document names (the phrases are data, `rag/data/across.tsv`; asking where is
`rag.answerers.work.where`), and whether the documents it names are each only asked where or whether they say the topic
set apart before. The documents themselves are read by `rag.answerers.work.listed`."""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from rag.answerers.work.listed import JOIN_RE, LEVEL_REF_RE, counted_documents, kinds_asked, list_joints, listed_documents
from rag.answerers.work.where import where_spans
from rag.question.negation import YES_NO
from rag.tables.levels import LEVEL_TAIL_RE
from rag.text import DATA, content_terms, data_rows, fold, has_diacritics, nfc, phrase_re, words

_SYLLABLE_RE = re.compile(r"[^\W_]+")


@functools.lru_cache(maxsize=1)
def _table() -> tuple[tuple[str, str, str], ...]:
    """(kind, folded phrase, accented phrase in lower case) of every line of `rag/data/across.tsv`, read once."""
    out = []
    for row in data_rows(DATA / "across.tsv", fields=2):
        if len(row) < 2:
            continue
        kind, phrase = row
        out.append((kind.strip(), " ".join(words(fold(nfc(phrase)))), " ".join(_SYLLABLE_RE.findall(nfc(phrase).lower()))))
    return tuple(out)


@functools.lru_cache(maxsize=1)
def phrases() -> dict[str, list[str]]:
    """{"cue": [...], "wide": [...], "frame": [...], "lead": [...]}: folded phrases, longest first, phrases of one
    length in the table's order. The order decides which of two overlapping phrases is blanked (phrase_spans), so it
    must not be a set's: that changed with each process's string hashing ("có nói gì tới" kept "gì" in one run,
    "có" in the next)."""
    out: dict[str, list[str]] = {"cue": [], "wide": [], "frame": [], "lead": []}
    for kind, folded, _ in _table():
        out[kind].append(folded)
    return {k: sorted(dict.fromkeys(v), key=len, reverse=True) for k, v in out.items()}


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


CLAUSE_RE = re.compile(r"\s*(?:[,;:?!.\u2013\u2014]|\s-\s)\s*(?:con\s+)?|\s+con\s+")
_ASK_WORDS = frozenset(("nao", "gi", "sao", "dau", "ai") + YES_NO)     # what a clause asks with


def clause_documents(u) -> list[str]:
    """The documents a question names each in a clause of its own that says nothing but the document and how it is
    asked (where, whether: the table's frames), after a clause that sets the topic ("<topic> — trong <document A> nằm ở
    mục nào, <document B> cụ thể hóa ở điểm nào, còn <document C> có đưa vào không?"); [] otherwise."""
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


_TRAILING_RE = re.compile(r"\?[^?]*[^\W\d_][^?]*$")


def topic_of(u, docs: dict | None = None) -> Topic | None:
    """The question without its cross-document cues, its asking frame, its lead words and the names of documents
    (`docs`, the catalog: also those a list names by kind and level). A sentence after the last "?" asks nothing
    ("…những lực lượng nào? Ý này tôi muốn vẽ sơ đồ cho các em."): it says what the answer is for, not the topic,
    and is left out unless the asking sentences leave no topic."""
    m = _TRAILING_RE.search(u.text)
    if m:
        topic = _topic(u, docs, [(m.start() + 1, m.end())])
        if topic is not None:
            return topic
    return _topic(u, docs, [])


def _topic(u, docs: dict | None, after: list[tuple[int, int]]) -> Topic | None:
    p = phrases()
    blank = [s for kind in ("cue", "wide", "frame") for s in phrase_spans(u, p[kind])] + list(u.alias_spans) + after
    blank += [s for s, _ in listed_documents(u, docs)] + list_joints(u, docs) if docs else []
    counted = counted_documents(u, docs) if docs else None
    blank += [counted[0]] if counted else []
    asked_kinds = kinds_asked(u)
    blank += [asked_kinds[0]] if asked_kinds else []
    blank += [m.span() for m in LEVEL_REF_RE.finditer(u.folded)] + where_spans(u.folded, u.text)
    # the levels listed after a wide cue are part of it: "từ <level> xuống <level> và <place>"
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
    text = re.sub(r"\s*[:;]\s*(?=,|$)", "", text)                        # "<topic>: <documents> nói thế nào"
    text = re.sub(r"(?:,?\s+(?:và|với|hay|lẫn))+$", "", text).strip(" ,:;")
    for lead in p["lead"]:                                              # "Chuyện <topic>" -> "<topic>"
        if fold(text).startswith(lead + " ") and typed_as(text[:len(lead)], spellings()[lead], text):
            text = text[len(lead) + 1:].lstrip(" ,:")
            break
    text = _after_about(text.rstrip(" .!;:"))
    terms = content_terms(text)
    return Topic(text=text, terms=terms) if terms else None


_ABOUT_RE = re.compile(r"(?<![a-z])ve\s+")
_ASKING_RE = re.compile(r"(?<![a-z])(?:nao|gi|sao|the nao)(?![a-z])")


# a lead made only of greeting and address words ("Chào anh", "Em chào chị ạ", "Thưa đồng chí") is no topic
_GREETING = set("chao xin kinh gui thua da a oi nhe nha anh chi em ban bac co chu thay ong ba minh toi tui cac "
                "moi nguoi dong admin ad".split())


def _after_about(text: str) -> str:
    """What follows the last "về" of a topic when what precedes it is asking words the tables left ("ở chỗ nào về
    <topic>", "và về <topic>", "<count> văn bản … nhắc gì về <topic>"): the topic."""
    f = fold(text)
    cut = None
    for m in _ABOUT_RE.finditer(f):
        # "về" as typed: a question typed with accents does not mean it by "vẽ" ("vẽ sơ đồ")
        if (m.start() == 0 or f[m.start() - 1] == " ") and typed_as(text[m.start():m.start() + 2], {"về"}, text):
            cut = m
    if cut is None or not content_terms(text[cut.end():]):
        return text
    before = text[:cut.start()]
    if not (_ASKING_RE.search(fold(before)) or not content_terms(before)):
        return text
    # a topic set apart before the asking clause ("Ngày hội đại đoàn kết ở khu dân cư, <documents> nói sao về
    # chuyện đổi mới cách tổ chức?"): the thing the "về" clause speaks of, kept with it
    lead, comma, rest = before.partition(",")
    if comma and content_terms(lead) and not _ASKING_RE.search(fold(lead)) and _ASKING_RE.search(fold(rest)) \
            and not set(fold(lead).split()) <= _GREETING:
        return f"{lead.strip()}, {text[cut.end():]}"
    return text[cut.end():]
