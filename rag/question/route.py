"""Understanding what a question points at, before any retrieval:

- document references: the catalog aliases ("KH 21", "chương trình của Cần Thơ"), and any "<kind> <number>"
  ("Nghị quyết 45", "Chỉ thị 05-CT/TW"), which is either a catalog document or a document we do not have;
- intents: metadata questions (who signed, when, which number, recipients, the certified copy) and
  deadline questions, which decide the kinds of unit that should answer;
- follow-ups: a short question that leans on the previous turn ("còn thời hạn thì sao?").
All matching is done on the folded form, so accents, abbreviations and typing do not matter.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from rag.question.docmatch import matcher_for
from rag.text import expand_abbreviations, fold, nfc

KIND_WORDS = {
    "nghi quyet": "Nghị quyết", "ke hoach": "Kế hoạch", "chuong trinh": "Chương trình", "chi thi": "Chỉ thị",
    "ket luan": "Kết luận", "quyet dinh": "Quyết định", "thong bao": "Thông báo", "huong dan": "Hướng dẫn",
    "quy dinh": "Quy định", "cong van": "Công văn", "luat": "Luật", "bai bao": "Tin", "ban tin": "Tin",
    "cai tin": "Tin", "mau tin": "Tin", "tin tuc": "Tin", "bai viet": "Tin",
}
CODE_KIND = {"nq": "Nghị quyết", "kh": "Kế hoạch", "ct": "Chỉ thị", "ctr": "Chương trình", "kl": "Kết luận",
             "qd": "Quyết định", "tb": "Thông báo", "hd": "Hướng dẫn"}
_KIND_RE = "|".join(sorted(KIND_WORDS, key=len, reverse=True))
REF_RE = re.compile(rf"\b({_KIND_RE})\s+(?:so\s+)?(\d{{1,4}})(?:\s*-\s*([a-z]+)\s*/\s*([a-z]+))?\b")
CODE_RE = re.compile(r"\b(\d{1,4})\s*-\s*([a-z]+)\s*/\s*([a-z]+)\b")
ABOUT_RE = re.compile(r"\bve\s*$")
OBJECT_RE = re.compile(r"(thuc hien|trien khai|quan triet|cu the hoa|pho bien|hoc tap)\s*$")
# a document named right after another kind's word is what that document is about or carries out ("kế hoạch
# NQ43", "bài báo tóm tắt Kế hoạch 21"); OBJECT_RE's verbs and "về" may stand between
_ABOUT = r"(?:(?:tom tat|thuc hien|trien khai|ve|cua)\s+)?"
KIND_BEFORE_RE = re.compile(rf"\b({_KIND_RE})\s+{_ABOUT}$")

INTENTS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    # intent: (folded cue phrases, unit kinds that answer it)
    "signer": (("ai ky", "nguoi ky", "ky ban hanh", "ky van ban", "chu ky", "ai da ky", "ky ten", "thay mat",
                "do ai ky", "ky thay", "ky nghi quyet", "ky ke hoach", "ky chuong trinh", "nao ky"), ("signature", "copy")),
    "date": (("ngay ban hanh", "ban hanh ngay", "ban hanh khi nao", "ban hanh vao", "ban hanh nam nao", "ky ngay",
              "ngay ky", "ky vao ngay", "sao y vao ngay", "sao y ngay", "sao y khi nao", "ban hanh luc nao",
              "duoc ban hanh"), ("header", "copy")),
    "number": (("so hieu", "so may", "so van ban", "ky hieu", "so bao nhieu", "mang so"), ("header", "copy")),
    "issuer": (("co quan nao ban hanh", "ai ban hanh", "do ai ban hanh", "ban hanh boi", "cap nao ban hanh",
                "co quan ban hanh", "don vi ban hanh", "do co quan nao"), ("header", "signature", "preamble")),
    "recipients": (("noi nhan", "gui cho", "gui den", "gui toi", "gui len", "duoc gui", "nhan van ban", "nhan ban"),
                   ("recipients", "copy_recipients")),
    "copy": (("sao y", "ban sao", "sao luc"), ("copy", "copy_recipients")),
    "deadline": (("thoi han", "han chot", "khi nao hoan thanh", "hoan thanh khi nao", "bao gio hoan thanh",
                  "hoan thanh truoc", "thoi gian hoan thanh", "han hoan thanh", "tien do", "moc thoi gian",
                  "hoan thanh trong", "truoc ngay nao", "han cuoi", "thuc hien khi nao", "khi nao phai",
                  "lam xong", "phai xong", "xong truoc", "xong khi nao", "xong trong", "truoc ngay may"), ()),
    "footnote": (("chu thich", "ghi chu", "cuoc chu"), ("footnote",)),
}
METADATA_INTENTS = ("signer", "date", "number", "issuer", "recipients", "copy")
# compiled once: an intent is asked when one of its cues occurs between non-letters (one pattern per intent
# finds a match exactly when one of its cues would on its own); a bare kind word; "<kind word> về "
_INTENT_RES = {intent: re.compile(rf"(?<![a-z])(?:{'|'.join(re.escape(c) for c in cues)})(?![a-z])")
               for intent, (cues, _) in INTENTS.items()}
_KIND_WORD_RES = {kw: re.compile(rf"\b{kw}\b") for kw in KIND_WORDS}
# "<kind word> tóm tắt / về / đưa tin (về) <document>": up to two words of reporting may stand before "về"; a bare
# "tin" names a news item only so, before "về", and only as a noun of its own: opening the question (no word
# before it) or after a word that takes a document ("bản/mẩu/cái/bài tin", "đọc tin", "theo tin"); the second
# syllable of a compound ("thông tin về", "niềm tin về", "lòng tin về") names none, nor does "tin tưởng"
TIN_TAKERS = ("ban", "mau", "cai", "bai", "doc", "theo")
_REPORTS = r"(?:(?:(?:[a-z]+\s+){0,2}ve|tom tat|dua tin|thuc hien|trien khai|cua)\s+)?"
_KIND_ABOUT_RES = {kw: re.compile(rf"\b{kw}\s+{_REPORTS}") for kw in KIND_WORDS}
_TIN_AFTER = "|".join(rf"(?<=\b{w} )" for w in TIN_TAKERS)
_KIND_ABOUT_RES["tin"] = re.compile(rf"(?:(?<![a-z0-9] )|{_TIN_AFTER})(?<![a-z0-9])tin\s+ve\s+")

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

    def without_doc_names(self, accented: bool = True) -> str:
        """The question (as typed, NFC; or folded) with the spans naming documents blanked out, same offsets."""
        t = list(self.text if accented else self.folded)
        for a, b in self.alias_spans:
            t[a:b] = " " * (b - a)
        return "".join(t)

    def titles(self) -> list[str]:
        """The spans of `text` that name a document by its kind or number ("Nghị quyết 43", "kế hoạch của tỉnh",
        "43-NQ/TW"). A span that names it by its issuer alone ("Thành ủy Cần Thơ", "Cần Thơ") is not one: it may
        be the body the question asks about."""
        return [self.text[a:b] for a, b in self.alias_spans
                if CODE_RE.search(self.folded[a:b]) or any(r.search(self.folded[a:b]) for r in _KIND_WORD_RES.values())]


def find_references(f: str, docs: dict) -> tuple[list[tuple[int, str, tuple[int, int]]], list[tuple[int, int]],
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
    for r in refs:
        r.doc_id = matcher.ref_doc(r.number, r.kind)
        r.is_object = bool(OBJECT_RE.search(f[:r.span[0]]))
        if r.doc_id and not any(a <= r.span[0] < b for a, b in taken):
            hits.append((r.span[0], r.doc_id, r.span))
            taken.append(r.span)

    # "... của Bộ Chính trị", "... của Thành ủy Cần Thơ": the issuing body names its document
    hits += matcher.issuers(f, taken, occ)

    return hits, taken, refs


def understand(question: str, docs: dict) -> Understanding:
    """`docs`: doc_id -> object with `.entry` (catalog entry)."""
    text = re.sub(r"\s+", " ", expand_abbreviations(nfc(question))).strip()
    f = fold(text)
    assert len(f) == len(text)
    u = Understanding(text=text, folded=f)

    hits, taken, refs = find_references(f, docs)

    if not hits:
        # a bare kind word ("nghị quyết", "chương trình") names the one catalog document of that kind
        matcher = matcher_for(docs)
        for kw, kind in KIND_WORDS.items():
            of_kind = matcher.of_kind(kind)
            m = _KIND_WORD_RES[kw].search(f)
            in_ref = m and any(r.span[0] <= m.start() < r.span[1] for r in refs)
            if m and len(of_kind) == 1 and not in_ref and not OBJECT_RE.search(f[:m.start()]):
                hits.append((m.start(), of_kind[0], m.span()))

    routed: list[str] = []
    for start, doc_id, span in sorted(hits):
        kind_before = KIND_BEFORE_RE.search(f[:start])
        is_object = bool(OBJECT_RE.search(f[:start])) or bool(
            kind_before and KIND_WORDS[kind_before.group(1)] != docs[doc_id].entry.get("kind"))
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
    u.routed = _kind_about_doc(f, routed, taken, hits, docs)
    u.alias_spans = taken
    u.unknown_refs = [r for r in refs if not r.doc_id]
    if u.unknown_refs:
        first_unknown = min(r.span[0] for r in u.unknown_refs)
        first_known = min([s for s, _, _ in hits], default=len(f))
        u.unknown_subject = first_unknown < first_known

    typed = nfc(question)           # typed bare, abbreviations expanded with marks do not make it typed with marks
    u.intents = intents_of(f, text if fold(typed) != typed.lower() else "")
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


# The verbs of issuing a document, folded: the one list (the issue date and place below, retrieval's place boost,
# the issuer as their subject). Folded, "ký" (sign) is "kỳ" (period) and "kỹ" (thoroughly) too: typed with marks,
# only "ký" counts (intents_of masks the others); typed bare, _KY is never in "định kỳ", "thư ký", "đăng ký",
# "nhiệm kỳ", "thời kỳ", "kỳ họp", "kỳ này"…, and a bare "ky" issues only with "đã/được" before it, or with the
# question of time or place right after it
_ISSUE = r"(?:ban hanh|ra doi|thong qua|sao y|phat hanh|(?:da|duoc) ky)"
_KY = r"(?<!dinh )(?<!(?<!bi )thu )(?<!dang )(?<!nhiem )(?<!thoi )\bky\b(?!\s+(?:hop|han|vong|thi|niem|luat|cong|nay|toi)\b)"
# the questions of time, folded (also rag.answerers.task_query: a period asked about is no due filter)
WHEN = r"(?:ngay nao|hom nao|hoi nao|khi nao|luc nao|bao gio|nam nao|thang nao|thoi gian nao|thoi diem nao|ngay may|ngay bao nhieu)"
# "ban hành hôm nào", "ra đời khi nào", "ngày nào thì ký": a verb of issuing and a question of time, either
# order, a few words apart, asks the issue date (the cue phrases above are the common fixed forms)
ISSUE_DATE_RE = re.compile(rf"\b{_ISSUE}\b(?:\s+[a-z0-9]+){{0,3}}?\s+{WHEN}\b|"
                           rf"\b{WHEN}\b(?:\s+[a-z0-9]+){{0,2}}?\s+(?:duoc\s+|da\s+)?{_ISSUE}\b|"
                           rf"{_KY}\s+(?:vao\s+)?{WHEN}\b")
# a verb of issuing anywhere ("ban hành ở thành phố nào"), a bare "ký" only right before "ở/tại" ("ký ở đâu")
ISSUED_RE = re.compile(rf"\b{_ISSUE}\b|{_KY}\s+(?=(?:o|tai)\b)")


# The other metadata asked as a verb and a question word a few words apart, either order (the cue phrases of INTENTS
# are the common fixed forms): who signs ("người đứng tên … là ai", "ký với tư cách gì", "do Bí thư ký phải không"),
# who issues ("cơ quan nào phát hành", "của cơ quan nào", "do ai đề ra"), where it is sent ("gửi những nơi nào")
_WHO = r"(?:ai|nguoi nao|dong chi nao|ong nao|ba nao|tu cach (?:gi|nao)|chuc vu (?:gi|nao)|cuong vi (?:gi|nao)|chuc danh (?:gi|nao))"
_SIGN = rf"(?:dung ten|{_KY})"
SIGNER_RE = re.compile(rf"\b{_SIGN}\b(?:\s+[a-z0-9]+){{0,3}}?\s+(?:la\s+|voi\s+)?{_WHO}\b|"
                       rf"\b(?:nguoi|ai)\s+{_SIGN}\b|\bdo\s+(?:[a-z]+\s+){{1,5}}?{_KY}\s+(?:phai khong|dung khong|khong|a|chu)\b")
_BODY_Q = r"(?:co quan nao|don vi nao|cap nao|to chuc nao|noi nao)"
_MAKE = r"(?:ban hanh|phat hanh|de ra|soan thao|soan|ra doi)"
# "của / thuộc / do cơ quan nào" at the end asks the issuer only of a document ("Nghị quyết 43 là của cơ quan
# nào"), not of a task ("việc sơ kết là trách nhiệm của ai", "việc chăm lo cho đồng bào thuộc cơ quan nào")
_DOC_SUBJECT = rf"\b(?:{_KIND_RE}|van ban)(?:\s+(?:so\s+)?\d[0-9a-z/.-]*)?(?:\s+(?:nay|do|tren))?\s+(?:la\s+)?"
ISSUER_RE = re.compile(rf"\b{_BODY_Q}\s+(?:da\s+)?{_MAKE}\b|{_DOC_SUBJECT}(?:do|cua|thuoc)\s+{_BODY_Q}(?:\s+{_MAKE})?\s*$|"
                       rf"\bdo\s+(?:{_BODY_Q}|ai)\s+{_MAKE}\b")
SENT_TO_RE = re.compile(r"\bgui\s+(?:toi\s+|den\s+|cho\s+|ve\s+)?(?:nhung\s+)?(?:noi nao|ai|dau|co quan nao|don vi nao)\b")
_COMPOSED = {"signer": SIGNER_RE, "issuer": ISSUER_RE, "recipients": SENT_TO_RE, "date": ISSUE_DATE_RE}

# "có gửi báo cáo lên cơ quan nào": the bodies a document is sent to for report, "(b/c)" in its recipients
REPORT_TO_RE = re.compile(r"\bgui bao cao (?:len|den|toi|cho)\b(?:\s+[a-z0-9]+){0,4}?\s+(?:nao|nhung ai|dau)\b")


def _sign_folded(folded: str, typed: str) -> str:
    """The folded question with each "ky" not typed "ký" masked ("kx", same length), when it was typed with marks
    at all (as rag.decision.slots reads "đâu" / "đầu"); unchanged when typed bare or not given."""
    if not typed or len(typed) != len(folded) or typed.lower() == folded:
        return folded
    return re.sub(r"\bky\b", lambda m: m.group() if typed[m.start():m.end()].lower() == "ký" else "kx", folded)


def intents_of(folded: str, typed: str = "") -> list[str]:
    """The intents whose cue phrases a folded text holds, in INTENTS order (one compiled pattern each); the
    issue date also when a verb of issuing meets a question of time (ISSUE_DATE_RE), the signer, the issuer and
    the recipients when their verb meets their question word (SIGNER_RE, ISSUER_RE, SENT_TO_RE); the recipients also when
    the question asks which bodies a document reports to (REPORT_TO_RE), unless it asks a deadline. `typed`: the
    question as typed (NFC, same offsets), to tell "ký" from "kỳ" / "kỹ"."""
    folded = _sign_folded(folded, typed)
    q = folded.rstrip(" ?.!")
    out = [intent for intent, pattern in _INTENT_RES.items()
           if pattern.search(folded) or (intent in _COMPOSED and _COMPOSED[intent].search(q))
           or (intent == "recipients" and REPORT_TO_RE.search(folded) and not _INTENT_RES["deadline"].search(folded))]
    if "deadline" in out and "date" in out:
        out.remove("date")              # "hoàn thành trước ngày nào": a deadline, not the issue date
    return out


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


# an issuing verb, or one of making a document ("ra", "xây dựng", "đề ra": of issuing only before a kind word)
_ISSUER_VERB_RE = re.compile(rf"\b(?:{_ISSUE}|ra|xay dung|de ra)\s+({_KIND_RE})\b")
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
            if any(s == m.end() and docs[d].entry.get("kind") != kind for s, d, _ in hits):
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
