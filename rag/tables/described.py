"""A cited document named by what a cadre remembers of it, no number: its kind with two of its year, its issuer
and word pairs of its subject, in the kind word's sentences ("cái nghị quyết về đại đoàn kết của Trung ương … năm
2003", "một chỉ thị của Bộ Chính trị về tôn giáo"). The last of rag.tables.cited.match's readers (after the number,
the year and the subject).
"""
from __future__ import annotations

import functools
import re

from rag.decision.meaning import synonym_entries
from rag.tables.cited import SUBJECT_SHARE, _kind_sentences, _kind_word, _pairs
from rag.text import content_terms, fold, has_diacritics, nfc, phrase_re

ISSUER_STOP = frozenset({"nghi quyet", "chi thi", "ket luan", "quy dinh", "ke hoach", "chuong trinh", "van ban"})
# word pairs of the asking frame, no subject ("yêu cầu gì về …", "đề ra gì", "nêu ra", "nói gì"): a subject that
# holds them ("… đáp ứng yêu cầu phát triển …") is not named by them
FRAME_PAIRS = frozenset({"yeu cau", "de ra", "neu ra", "noi ve", "de cap", "nhac den", "nhac toi"})
_FRAME_RE = re.compile(rf"\b(?:{'|'.join(sorted(FRAME_PAIRS))})\b")


def everyday_said(typed: str) -> list[tuple[str, set[str]]]:
    """(folded phrase, content words of the documents' phrases) of each everyday phrase of rag/data/synonyms.tsv the
    question says as typed, with its marks ("người trẻ" -> "thế hệ trẻ"; folded, "công đoàn thế nào" would say
    "đoàn thể"); none when typed without marks."""
    low = nfc(typed).lower()
    if not has_diacritics(low):
        return []
    return [(phrase, set(alts)) for key, pattern, phrase, alts in _everyday_table()
            if key in low and pattern.search(low)]


@functools.lru_cache(maxsize=1)
def _everyday_table() -> tuple[tuple[str, re.Pattern, str, frozenset[str]], ...]:
    """Each line of the synonym table, read once: (its everyday phrase lower-cased, that phrase between non-letters
    compiled, folded, the content words of the documents' phrases)."""
    return tuple((left.lower(), re.compile(rf"(?<![\wÀ-ỹ]){re.escape(left.lower())}(?![\wÀ-ỹ])"),
                  fold(left).lower(), frozenset(" ".join(content_terms(fold(r).lower())) for r in rights))
                 for left, rights in synonym_entries())


def _said_pairs(window: str, everyday: list[tuple[str, set[str]]] = (),
                subject: set[tuple[str, str]] = frozenset()) -> set[tuple[str, str]]:
    """The word pairs a question says, none across an asking frame ("yêu cầu gì về phát huy": no "cầu phát"), and
    those of a documents' phrase for an everyday phrase it says in the window (`everyday`: "lớp người trẻ" says
    "thế hệ trẻ") when `subject` (a subject's word pairs) holds that phrase whole ("dân vận" -> "công tác dân vận"
    says nothing of "công tác dân tộc")."""
    said = set().union(*(_pairs(content_terms(seg)) for seg in _FRAME_RE.split(window)))
    for phrase, alts in everyday:
        if phrase_re(phrase).search(window):
            said |= set().union(*(_pairs(alt.split()) for alt in alts if _pairs(alt.split()) <= subject))
    return said


_CLAUSE = re.compile(r"[,.;:?!]")
# a clause asking something of its own ("mấy văn bản làm theo nghị quyết 43" names the held ones as the place to look)
_ASKS = re.compile(r"\b(?:gi|nao|sao|khong|dau|ai)\b")
# a held document's clause asking only whether, or where, it cites a document ("Chương trình Cần Thơ có nhắc tới
# không", "kế hoạch tỉnh dẫn ở phần nào"): it asks about the cited one, which its mentions answer, not about itself
_CITING = r"(?:nhac|de cap|dan|vien dan|trich dan|dan chieu|neu)(?:\s+(?:toi|den|ra))?"
_ASKS_CITING = re.compile(rf"\bco\s+(?:[a-z]+\s+){{0,2}}?{_CITING}\s*(?:[a-z]+\s+){{0,2}}?(?:khong|chua)\s*$|"
                          rf"\b{_CITING}\s+(?:[a-z]+\s+){{0,2}}?(?:o dau|phan nao|cho nao|muc nao|doan nao)\s*$")


_SESSION = re.compile(r"\bhoi nghi lan thu \w+\s*")    # "Hội nghị lần thứ tám …": the session, not who issues
_ABOUT = re.compile(r"\bve\s+([^,.;:?!]+)")
ABOUT_WORDS = 4            # the words after "về" read as the subject said (the window's sentences run together)


_ROMAN = {"i": 1, "v": 5, "x": 10, "l": 50}
_TERM_RE = re.compile(r"\bkhoa\s+([ivxl]+|\d{1,2})\b")
# a term said after the subject ("về đoàn kết hồi khóa 9") is no word of the subject
_TERM_SAID_RE = re.compile(r"\b(?:(?:hoi|tu|thoi|cua)\s+)?khoa\s+(?:[ivxl]+|\d{1,2})\b")
def _term_number(term: str) -> int | None:
    """A Party or Assembly term (khóa) as a number: "IX" -> 9, "13" -> 13; None when it is neither."""
    t = fold(term).lower().strip()
    if t.isdigit():
        return int(t)
    if not t or any(c not in _ROMAN for c in t):
        return None
    values = [_ROMAN[c] for c in t]
    return sum(-v if i + 1 < len(values) and v < values[i + 1] else v for i, v in enumerate(values))


def term_of(row_or_entry: dict) -> int | None:
    """The term (khóa) of a cited row (its `term` field) or of a catalog entry (said in its issuer or title:
    "Ban Chấp hành Trung ương Đảng khóa XIII")."""
    if row_or_entry.get("term"):
        return _term_number(row_or_entry["term"])
    for field in ("issuer", "title"):
        m = _TERM_RE.search(fold(row_or_entry.get(field, "")).lower())
        if m:
            return _term_number(m.group(1))
    return None


def _says_term(window: str, term: int | None) -> bool:
    """Whether the sentences around a kind word name the document's term ("hồi khóa IX", "khoá 9")."""
    return term is not None and any(_term_number(m.group(1)) == term for m in _TERM_RE.finditer(window))


def _described(window: str, year: str, issuer: str, subject: str, stop: set,
               everyday: list[tuple[str, set[str]]] = ()) -> tuple[bool, bool, int]:
    """Whether the sentences around a kind word (`window`) state the document's year, whether they name its issuer
    (a word pair of it: "Bộ Chính trị", "Trung ương"), and how many word pairs of its subject that name no issuer
    or kind they say ("tôn giáo", "công tác phụ nữ"); none when what they say after "về" is mostly words the
    subject does not hold ("về công tác cựu chiến binh" is not "công tác phụ nữ")."""
    issuer_pairs = _pairs(content_terms(_SESSION.sub("", fold(issuer).lower())))
    terms = set(content_terms(fold(subject)))
    subject_pairs = {p for p in _pairs(content_terms(fold(subject))) if " ".join(p) not in stop}
    said = _said_pairs(window, everyday, _pairs(content_terms(fold(subject))))
    about = [t for m in _ABOUT.finditer(_TERM_SAID_RE.sub(" ", window)) for t in content_terms(m.group(1))[:ABOUT_WORDS]
             if not any(t in p.split() for p in stop)]
    # a word of an everyday phrase whose documents' phrase the subject holds is the subject's ("lớp người trẻ")
    covered = {w for phrase, alts in everyday if phrase_re(phrase).search(window)
               and any(alt and set(alt.split()) <= terms for alt in alts) for w in phrase.split()}
    fits = not about or sum(t in terms or t in covered for t in about) >= SUBJECT_SHARE * len(about)
    return (bool(year) and bool(re.search(rf"\b{year}\b", window)), bool(said & issuer_pairs),
            len(said & subject_pairs) if fits else 0)


def by_description(index, folded: str, rows: list[dict], unnamed: str, typed: str = "") -> list[dict]:
    """A document named by what a cadre remembers of it, no number: its kind with two of its year, its issuer and
    word pairs of its subject, in the kind word's sentences ("cái nghị quyết về đại đoàn kết của Trung ương …
    năm 2003", "một chỉ thị của Bộ Chính trị về tôn giáo"). The one row described best, when no other cited row
    of its kind is described as well and no held document of its kind (the catalog's year, issuer and title) is
    described as well as it: "nghị quyết về đại đoàn kết năm 2023" is the held one. The term (khóa) it was issued
    in counts as its year ("nghị quyết về đại đoàn kết hồi khóa IX" is not the held one of khóa XIII). A kind word
    only inside a held document's name
    (`unnamed`: the question with those names blanked; "Nghị quyết Trung ương 8 … về công tác dân tộc") names a
    cited one only with the cited one's year or term. `typed`: the question as typed (its everyday phrases read
    for the documents' ones, everyday_said)."""
    everyday = everyday_said(typed)
    stop = set(ISSUER_STOP) | FRAME_PAIRS
    for r in rows:
        terms = content_terms(fold(r.get("issuer", "")))
        stop |= {" ".join(p) for p in zip(terms, terms[1:])}
    scored = []
    for r in rows:
        window = _kind_sentences(folded, _kind_word(r))
        if not window:
            continue
        year, issuer, subject = _described(window, r.get("date_iso", "")[:4], r.get("issuer", ""),
                                           r.get("subject", ""), stop, everyday)
        year = year or _says_term(window, term_of(r))      # its term (khóa) tells it as its year does
        if not _kind_sentences(unnamed, _kind_word(r)) and not year:
            continue            # the kind word names a held document
        if (year and (issuer or subject)) or (issuer and subject):
            scored.append((2 * year + issuer + subject, r, window))
    if not scored:
        return []
    scored.sort(key=lambda x: -x[0])
    best, row, window = scored[0]
    if len(scored) > 1 and scored[1][0] == best:
        return []
    if _held_in_other_clause(folded, unnamed, _kind_word(row)):
        return []
    # the row's subject pairs the question says, which a held document of its kind may print as well
    said = _said_pairs(window, everyday, _pairs(content_terms(fold(row.get("subject", ""))))) & \
        {p for p in _pairs(content_terms(fold(row.get("subject", ""))))
                                            if " ".join(p) not in stop}
    for doc in index.docs.values():
        e = doc.entry
        if fold(e.get("kind", "")).lower() != _kind_word(row):
            continue
        year, issuer, subject = _described(window, e.get("date", "")[:4], e.get("issuer", ""),
                                           e.get("title", ""), stop, everyday)
        year = year or _says_term(window, term_of(e))
        # the held document is judged by its catalog (year, issuer, title) and by what its body prints: "nghị quyết
        # Trung ương năm 2023 … về đội ngũ trí thức" is the held one when it treats "đội ngũ trí thức"
        body = " ".join(fold(doc.text).lower().split())
        printed = sum(f" {' '.join(p)} " in f" {body} " for p in said)
        if 2 * year + issuer + max(subject, printed) >= best:
            return []
    return [row]


def _held_in_other_clause(folded: str, unnamed: str, kind_word: str) -> bool:
    """A held document named in a clause of its own that asks something, no kind word of the described row in it
    ("Đội ngũ doanh nhân: NQ 43 đề ra gì, còn Cần Thơ căn cứ nghị quyết số mấy của BCT?"; not "Theo Nghị quyết 43,
    …"): the question asks about the held document too, in its own part; the description answers only its own part, so it takes no question of several parts."""
    clauses, start = [], 0
    for end in [m.start() for m in _CLAUSE.finditer(folded)] + [len(folded)]:
        named = any(unnamed[i] != folded[i] for i in range(start, min(end, len(unnamed))))
        clauses.append((named, unnamed[start:end]))
        start = end + 1
    described = [bool(phrase_re(kind_word).search(c)) for _, c in clauses]
    return any(described) and any(named and _ASKS.search(c) and not _ASKS_CITING.search(c) and not d
                                  for (named, c), d in zip(clauses, described))
