"""Understanding what a question points at, before any retrieval:

- document references: the catalog aliases ("KH 21", "chương trình của Cần Thơ"), and any "<kind> <number>"
  ("Nghị quyết 45", "Chỉ thị 05-CT/TW"), which is either a catalog document or a document we do not have;
- intents: metadata questions (who signed, when, which number, recipients, the certified copy) and
  deadline questions, which decide the kinds of unit that should answer (read by `rag.question.intents`);
- follow-ups: a short question that leans on the previous turn ("còn thời hạn thì sao?").
All matching is done on the folded form, so accents, abbreviations and typing do not matter.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from rag.question.anaphor import taken_up
from rag.question.described import described_held
from rag.question.docmatch import matcher_for
from rag.question.intents import INTENTS, ISSUE, intents_of
from rag.question.issued import issuer_named, kind_of_issuer
from rag.question.kinds import CODE_KIND, KIND_RE as _KIND_RE, KIND_WORDS, canonical_codes
from rag.tables.levels import LEVEL_REF_ALT
from rag.text import expand_abbreviations, fold, has_diacritics, nfc

REF_RE = re.compile(rf"\b({_KIND_RE})\s+(?:so\s+)?(\d{{1,4}})(?:\s*-\s*([a-z]+)\s*/\s*([a-z]+))?\b")
CODE_RE = re.compile(r"\b(\d{1,4})\s*-\s*([a-z]+)\s*/\s*([a-z]+)\b")
# "văn bản [số] 21": the word for a document of any kind and a number (not a code, a date or a count's noun after it)
ANY_REF_RE = re.compile(r"\bvan ban\s+(?:so\s+)?(\d{1,4})\b(?!\s*[-/.,]\s*\d|\s*-\s*[a-z])")
ABOUT_RE = re.compile(r"\bve\s*$")
# the classifier a document's name may take ("thực hiện cái nghị quyết 43", "bài báo tóm tắt cái kế hoạch 21", "tin
# về bản kế hoạch …"): it stands between a verb or a kind word and the name as nothing does
_CLASSIFIER = r"(?:(?:cai|ban)\s+)?"
OBJECT_RE = re.compile(rf"(thuc hien|lam theo|trien khai|quan triet|cu the hoa|pho bien|hoc tap)(?:\s+(?:cai|ban))?\s*$")
# a document named right after another kind's word is what that document is about or carries out ("kế hoạch
# NQ43", "bài báo tóm tắt Kế hoạch 21"); OBJECT_RE's verbs and "về" may stand between
_ABOUT = r"(?:(?:tom tat|thuc hien|trien khai|ve|cua)\s+)?"
KIND_BEFORE_RE = re.compile(rf"\b({_KIND_RE})\s+{_ABOUT}{_CLASSIFIER}$")

# compiled once: a bare kind word; "<kind word> về "
_KIND_WORD_RES = {kw: re.compile(rf"\b{kw}\b") for kw in KIND_WORDS}
# "<kind word> tóm tắt / về / đưa tin (về) <document>": up to two words of reporting may stand before "về" ("đưa
# tin về"), and a time word or a demonstrative before them ("bài báo hôm trước / mấy hôm trước / này tóm tắt Kế
# hoạch 21"; not the asker's own verb: "Đọc nghị quyết xong tôi tóm tắt Kế hoạch 21"); a bare
# "tin" names a news item only so, before "về", and only as a noun of its own: opening the question (no word
# before it) or after a word that takes a document ("bản/mẩu/cái/bài tin", "đọc tin", "theo tin"); the second
# syllable of a compound ("thông tin về", "niềm tin về", "lòng tin về") names none, nor does "tin tưởng"
TIN_TAKERS = ("ban", "mau", "cai", "bai", "doc", "theo")
_WHEN = r"(?:(?:(?:may\s+)?(?:hom|bua|tuan|thang)\s+(?:truoc|qua|kia|nay|roi)|gan day|moi day|nay|do|ay|kia)\s+)?"
_REPORTS = rf"(?:(?:{_WHEN}(?:(?:[a-z]+\s+){{0,2}}ve|tom tat|dua tin)|thuc hien|trien khai|cua)\s+)?"
_KIND_ABOUT_RES = {kw: re.compile(rf"\b{kw}\s+{_REPORTS}{_CLASSIFIER}") for kw in KIND_WORDS}
_TIN_AFTER = "|".join(rf"(?<=\b{w} )" for w in TIN_TAKERS)
_KIND_ABOUT_RES["tin"] = re.compile(rf"(?:(?<![a-z0-9] )|{_TIN_AFTER})(?<![a-z0-9])tin\s+ve\s+{_CLASSIFIER}")

FOLLOWUP_RE = re.compile(r"^(con|the con|vay con|vay thi|con ve|the thi|the|vay)\b|\b(thi sao|the nao nua|nua khong|nua)\s*\??$")
STRUCT_RE = re.compile(r"\b(phan|muc)\s+([ivx]+|\d+(?:\.\d+)?)\b.*\b(may|bao nhieu|gom|nhung|liet ke|nao)\b|"
                       r"\b(co may|gom may|bao nhieu)\s+(phan|muc|nhom|nhiem vu|noi dung|quan diem|co quan)")


@dataclass
class DocRef:
    kind: str
    number: str          # "43" or "43-NQ/TW"
    doc_id: str = ""     # "" when the corpus does not have it
    span: tuple[int, int] = (0, 0)
    is_object: bool = False   # "thực hiện Nghị quyết 43": the subject matter, not the scope


@dataclass
class Understanding:
    text: str                                               # NFC, abbreviations spelled out, spaces collapsed
    folded: str                                             # fold(text): same length, same offsets
    routed: list[str] = field(default_factory=list)         # documents the question names
    unknown_refs: list[DocRef] = field(default_factory=list)
    intents: list[str] = field(default_factory=list)
    unit_kinds: dict[str, float] = field(default_factory=dict)   # unit kind -> weight of its boost
    structure: tuple[str, str] | None = None                # ("phan", "iii") for "phần III có mấy ..."
    alias_spans: list[tuple[int, int]] = field(default_factory=list)
    unknown_subject: bool = False   # the first document the question names is one we do not have
    reaccented: bool = False        # its accents were put back (rag.question.diacritics), not typed

    @property
    def accents_typed(self) -> bool:
        """The question carries accents the cadre typed (not put back by rag.question.diacritics): a word is read
        as typed ("dân" is no "dẫn"); otherwise only its folded form can be read."""
        return has_diacritics(self.text) and not self.reaccented

    def without_doc_names(self, accented: bool = True) -> str:
        """The question (as typed, NFC; or folded) with the spans naming documents blanked out, same offsets."""
        t = list(self.text if accented else self.folded)
        for a, b in self.alias_spans:
            t[a:b] = " " * (b - a)
        return "".join(t)

    def named_as_carried_out(self) -> bool:
        """Whether every span naming a document names it as what is carried out (OBJECT_RE: "các văn bản làm theo
        nghị quyết 43, văn bản nào nói tới …"): the documents that carry it out are where the answer is, not it."""
        return bool(self.alias_spans) and all(OBJECT_RE.search(self.folded[:a]) for a, _ in self.alias_spans)

    def titles(self) -> list[str]:
        """The spans of `text` that name a document by its kind or number ("Nghị quyết 43", "kế hoạch của tỉnh",
        "43-NQ/TW"). A span that names it by its issuer alone ("Thành ủy Cần Thơ", "Cần Thơ") is not one: it may
        be the body the question asks about."""
        return [self.text[a:b] for a, b in self.alias_spans
                if CODE_RE.search(self.folded[a:b]) or any(r.search(self.folded[a:b]) for r in _KIND_WORD_RES.values())]


def find_references(f: str, docs: dict, text: str | None = None) -> tuple[list[tuple[int, str, tuple[int, int]]], list[tuple[int, int]],
                                                 list[DocRef]]:
    """Documents a folded question names: (hits (start, doc_id, span) in the order they were accepted, the spans
    taken, every "<kind> <number>" reference). Aliases longest first, then numbers, then "của <issuer>";
    a later match that overlaps an earlier one is dropped. The catalog is compiled once (rag.question.docmatch)."""
    # aliases, longest first, no overlaps
    matcher = matcher_for(docs)
    occ = matcher.occurrences(f)
    hits: list[tuple[int, str, tuple[int, int]]] = matcher.aliases(f, occ)
    taken: list[tuple[int, int]] = [span for _, _, span in hits]

    # "<kind> [số] <number>" and "43-NQ/TW" references
    refs: list[DocRef] = []
    for m in REF_RE.finditer(f):
        refs.append(DocRef(KIND_WORDS[m.group(1)], m.group(2), span=m.span()))
    for m in CODE_RE.finditer(f):
        if any(r.span[0] <= m.start() < r.span[1] for r in refs):
            continue
        kind = CODE_KIND.get(m.group(2), m.group(2).upper())
        refs.append(DocRef(kind, m.group(1), span=m.span()))
    for m in ANY_REF_RE.finditer(f):
        # "văn bản 21": a document of any kind by its number, when one held document has it
        numbered = matcher.numbered(m.group(1))
        if len(numbered) == 1 and not any(r.span[0] <= m.start() < r.span[1] for r in refs):
            refs.append(DocRef(docs[numbered[0]].entry.get("kind"), m.group(1), span=m.span()))
    for r in refs:
        r.doc_id = matcher.ref_doc(r.number, r.kind)
        r.is_object = bool(OBJECT_RE.search(f[:r.span[0]]))
        if r.doc_id and not any(a <= r.span[0] < b for a, b in taken):
            hits.append((r.span[0], r.doc_id, r.span))
            taken.append(r.span)

    # "kế hoạch của Bộ Chính trị", "văn bản Ban Thường vụ Tỉnh ủy", "kế hoạch tỉnh": a kind and its issuer
    hits += kind_of_issuer(f, docs, taken, text, occ, tuple(d for _, d, _ in hits))
    # "... của Bộ Chính trị", "... của Thành ủy Cần Thơ": the issuing body names its document
    hits += matcher.issuers(f, taken, occ)

    return hits, taken, refs


def understand(question: str, docs: dict) -> Understanding:
    """`docs`: doc_id -> object with `.entry` (catalog entry)."""
    # numbers typed with mixed separators ("02/NQ-TU") read as printed ("02-NQ/TU")
    text = canonical_codes(re.sub(r"\s+", " ", expand_abbreviations(nfc(question))).strip())
    f = fold(text)
    assert len(f) == len(text)
    u = Understanding(text=text, folded=f)

    hits, taken, refs = find_references(f, docs, text)

    if not hits:
        # a bare kind word ("nghị quyết", "chương trình") names the one catalog document of that kind
        matcher = matcher_for(docs)
        for kw, kind in KIND_WORDS.items():
            of_kind = matcher.of_kind(kind)
            m = _KIND_WORD_RES[kw].search(f)
            in_ref = m and any(r.span[0] <= m.start() < r.span[1] for r in refs)
            if m and len(of_kind) == 1 and not in_ref and not OBJECT_RE.search(f[:m.start()]) \
                    and not _kind_pair(f, m):
                hits.append((m.start(), of_kind[0], m.span()))

    routed: list[str] = []
    for start, doc_id, span in sorted(hits):
        kind_before = KIND_BEFORE_RE.search(f[:start])
        carried_out = bool(OBJECT_RE.search(f[:start])) and not _carried_out_taken_up(f, start, doc_id, hits, docs)
        kind = docs[doc_id].entry.get("kind")
        other_kind = bool(kind_before) and KIND_WORDS[kind_before.group(1)] != kind
        carrier = _issuer_of_the_carrier(f, kind_before, kind) if other_kind else None
        is_object = carried_out or (other_kind and carrier is None)
        if carrier is not None and not carried_out:
            # the whole name, "<kind> thực hiện nghị quyết của <issuer>", is the document's: none of its words is
            # asked (a heading's "thực hiện" is not addressed by it)
            taken[:] = [t for t in taken if t != span] + [(carrier, span[1])]
        if is_object or (routed and ABOUT_RE.search(f[:start])):
            continue          # "kế hoạch của tỉnh về Nghị quyết 43": the second is what the first is about
        if doc_id not in routed:
            routed.append(doc_id)
    if not routed and hits:
        # only "thực hiện Nghị quyết 43"-style mentions: they name the document meant, unless the
        # question is about another kind of document ("kế hoạch thực hiện Nghị quyết 43")
        first = min(s for s, _, _ in hits)
        asks_other_kind = any(k in f[:first] for k in KIND_WORDS if KIND_WORDS[k] not in
                              {docs[d].entry.get("kind") for _, d, _ in hits})
        if not asks_other_kind:
            routed = list(dict.fromkeys(d for _, d, _ in sorted(hits)))
        else:
            routed = _name_around_object(f, hits, docs, taken) or _issuer_subject(f, docs, taken)
    if not routed:
        # "yêu cầu mà Bộ Chính trị đặt ra … kế hoạch triển khai NQ 43", "ở tỉnh, kế hoạch …": a kind word no name
        # resolved, and the body or level that issued it named elsewhere
        routed = issuer_named(text, f, docs, taken, [r.span for r in refs])
    if not routed:
        # "văn bản về khối đại đoàn kết toàn dân tộc": a held document named by its subject
        routed = described_held(f, docs, taken)
    u.routed = _kind_about_doc(f, routed, taken, hits, docs)
    u.alias_spans = taken
    u.unknown_refs = [r for r in refs if not r.doc_id]
    if u.unknown_refs:
        # a document carried out ("làm theo NQ 23 …, nghị quyết 43 …") is not the one asked about
        first_unknown = min([r.span[0] for r in u.unknown_refs if not r.is_object], default=len(f))
        first_known = min([s for s, _, _ in hits], default=len(f))
        u.unknown_subject = first_unknown < first_known

    typed = nfc(question)           # typed bare, abbreviations expanded with marks do not make it typed with marks
    u.intents = intents_of(f, text if fold(typed) != typed.lower() else "", taken)
    for intent in u.intents:
        for k, kind in enumerate(INTENTS[intent][1]):
            # an intent's first kind answers it best; a kind two of the question's intents name answers both
            # ("ai ký bản sao y": the copy block, not the copy's recipients)
            w = 1.0 if k == 0 or kind in u.unit_kinds else 0.6
            u.unit_kinds[kind] = max(w, u.unit_kinds.get(kind, 0.0))
    m = re.search(r"\b(phan|muc)\s+([ivx]+|\d+(?:\.\d+)?)\b", f)
    if STRUCT_RE.search(f) and m:
        u.structure = (m.group(1), m.group(2))
    return u


def _issuer_of_the_carrier(f: str, kind_before: re.Match, kind: str) -> int | None:
    """The kind word right before an issuer is what a document of the issuer's kind carries out, said earlier:
    "Chương trình thực hiện nghị quyết của Thành ủy Cần Thơ" (the issuer's Chương trình, not a Nghị quyết of the
    Thành ủy); not when the earlier kind is another ("Kế hoạch thực hiện Nghị quyết của Ban Chấp hành Trung ương":
    the Trung ương's Nghị quyết). Where that earlier kind word starts, or None."""
    carried = OBJECT_RE.search(f[:kind_before.start()])
    if not carried:
        return None
    # the earlier kind word right before the verb ("chương trình [để] thực hiện"): one that names its own issuer
    # ("Kế hoạch của tỉnh để triển khai nghị quyết của Bộ Chính trị") or stands in an earlier clause is not it
    m = re.search(rf"\b({_KIND_RE})\s+(?:(?:de|nham)\s+)?$", f[:carried.start()])
    return m.start() if m and KIND_WORDS[m.group(1)] == kind else None


def _carried_out_taken_up(f: str, start: int, doc_id: str, hits: list, docs: dict) -> bool:
    """The document named at `start` as what is carried out is taken up again after it by an anaphor of its own
    kind word ("… triển khai kế hoạch của Ban Thường vụ tỉnh về Nghị quyết 43. Kế hoạch đó đặt mục đích gì?"), no
    other document of its kind named between: it is the one asked about ("văn bản ấy" may take up either)."""
    kind = docs[doc_id].entry.get("kind")
    words = tuple(w for w, k in KIND_WORDS.items() if k == kind)
    others = [s for s, d, _ in hits if d != doc_id and docs[d].entry.get("kind") == kind]
    return taken_up(f, [start], words, others, van_ban=False)


# two bare kind words joined by a comma or "hoặc" ("ban hành chương trình, kế hoạch thực hiện"): a kind of paper
# to be made, as plans assign it, not one catalog document (a level or issuer after the second names documents:
# "nghị quyết, kế hoạch tỉnh …" is left to the list readers)
_PAIR_AFTER_RE = re.compile(rf"\s*(?:,|/|hoac|hay)\s*(?:{_KIND_RE})\b(?!\s+(?:cua|{LEVEL_REF_ALT})\b)")
_PAIR_BEFORE_RE = re.compile(rf"\b(?:{_KIND_RE})\s*(?:,|/|hoac|hay)\s*$")


_PAIR_VERB_RE = re.compile(r"\b(?:ban hanh|xay dung|ra)\s+$")


def _kind_pair(f: str, m: re.Match) -> bool:
    """Whether the bare kind word at `m` is one of a pair of kinds made by a verb of making ("ban hành chương
    trình, kế hoạch"), not a name; a pair asked about ("Chương trình hay kế hoạch ra đời trước?") names both."""
    if _PAIR_AFTER_RE.match(f, m.end()):
        return bool(_PAIR_VERB_RE.search(f, 0, m.start()))
    before = _PAIR_BEFORE_RE.search(f, 0, m.start())
    return bool(before and _PAIR_VERB_RE.search(f, 0, before.start()))


def _name_around_object(f: str, hits: list, docs: dict, taken: list) -> list[str]:
    """'kế hoạch thực hiện Nghị quyết 43 của tỉnh': a name ("kế hoạch của tỉnh") split by the document it
    carries out. Found with the object phrase (its verb and name) cut out; the name's span, mapped back,
    covers the object phrase too (`taken` is extended). [] when none."""
    for start, object_id, (a, b) in sorted(hits):
        verb = OBJECT_RE.search(f[:start])
        cut = verb.start() if verb else a
        head = f[:cut].rstrip()
        joined = head + " " + f[b:].lstrip()
        joint, gap = len(head), len(f) - len(joined)          # where the two sides meet; what was cut out
        for _, doc_id, (x, y) in find_references(joined, docs)[0]:
            if x < joint < y and docs[doc_id].entry.get("kind") != docs[object_id].entry.get("kind"):
                span = (x, y + gap)
                taken[:] = [t for t in taken if not (span[0] <= t[0] and t[1] <= span[1])] + [span]
                return [doc_id]
    return []


# a body named after a word of "every" ("các tỉnh ủy", "mọi thành ủy"), or later in a list it opens ("các tỉnh ủy,
# thành ủy"): every such body, as a plan assigns work, not the one that issued a document (folded). Only committee
# words ("<x> ủy") may stand between: "Sau các hội nghị, Bộ Chính trị ban hành …" keeps its issuer
EVERY_BEFORE_RE = re.compile(r"\b(?:cac|moi)\s+(?:[a-z]+\s+uy\s*,\s*)*$")
# an issuing verb, or one of making a document ("ra", "xây dựng", "đề ra": of issuing only before a kind word)
_ISSUER_VERB_RE = re.compile(rf"\b(?:{ISSUE}|ra|xay dung|de ra)\s+({_KIND_RE})\b")
ISSUER_WORDS = 6           # the words before an issuing verb looked at for the issuer that is its subject


def _issuer_subject(f: str, docs: dict, taken: list) -> list[str]:
    """'Bộ Chính trị ra kế hoạch thực hiện NQ 43': the issuer as the subject of an issuing verb names its
    document of that kind, as '<kind> của <issuer>' does (its span, issuer to kind word, extends `taken`). []
    when none."""
    matcher = matcher_for(docs)
    for m in _ISSUER_VERB_RE.finditer(f):
        kind = KIND_WORDS[m.group(1)]
        starts = [w.start() for w in re.finditer(r"[a-z0-9]+", f[:m.start()])][-ISSUER_WORDS:]
        for a in starts:              # the longest run of words before the verb that names an issuer, first
            if EVERY_BEFORE_RE.search(f, max(0, a - 60), a):
                continue              # "các tỉnh ủy, thành ủy ban hành chương trình": every such body, no issuer
            probe = "cua " + f[a:m.start()].rstrip(" ,")
            for _, doc_id, (x, y) in matcher.issuers(probe, []):
                if x == 0 and y >= len(probe) - 1 and docs[doc_id].entry.get("kind") == kind:
                    taken.append((a, m.end()))
                    return [doc_id]
    return []


def _kind_about_doc(f: str, routed: list[str], taken: list, hits: list, docs: dict) -> list[str]:
    """'bài báo về Kế hoạch 21', 'bài báo tóm tắt Kế hoạch 21', 'bài báo đưa tin về Kế hoạch 21', 'tin về Kế
    hoạch 21', 'chương trình thực hiện NQ43': a bare kind
    word followed (through 'về', 'tóm tắt', 'thực hiện' … or directly) by a named document of another kind
    names the one catalog document of that kind; it goes first."""
    matcher = matcher_for(docs)      # its documents of each kind, in catalog order: no scan of the catalog
    for kw, kind in list(KIND_WORDS.items()) + [("tin", "Tin")]:
        of_kind = matcher.of_kind(kind)
        if len(of_kind) != 1 or of_kind[0] in routed[:1]:
            continue
        for m in _KIND_ABOUT_RES[kw].finditer(f):
            if any(a <= m.start() < b for a, b in taken):
                continue
            if any(s == m.end() and docs[d].entry.get("kind") != kind
                   and _issuer_of_the_carrier(f, m, docs[d].entry.get("kind")) is None for s, d, _ in hits):
                # "bài báo đưa tin <văn bản>": the reporting verb names the news item with its kind word, it is
                # no topic asked of it (as "về" is none)
                verb = f.find("dua tin", m.start(), m.end())
                taken.append((m.start(), verb + len("dua tin") if verb >= 0 else m.start() + len(kw)))
                return [of_kind[0]] + [d for d in routed if d != of_kind[0]]
    return routed


def is_followup(understanding: Understanding, content_terms: list[str]) -> bool:
    """A question that cannot stand alone: it opens or closes like a follow-up, or is too thin and names
    no document."""
    f = understanding.folded
    if FOLLOWUP_RE.search(f.strip(" ?.!")):
        return True
    return not understanding.routed and len(content_terms) <= 2
