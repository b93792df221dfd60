"""Metadata questions the held documents do not answer: catalog fields a document does not print (its number,
date, province), the name of an office a signature block prints without one, and facts of a document the
corpus only cites by description (rag.decision.cited_subject). Each is a fact, refused with what is missing."""
from __future__ import annotations

import re

from rag.decision.cited_subject import cited_thing, prints_thing
from rag.decision.slots import has_person_name, part_slots
from rag.decision.signer import unnamed_office
from rag.decision.verdict import Verdict
from rag.index import LoadedIndex
from rag.prompts import msg
from rag.question.intents import CATALOG_INTENTS, METADATA_INTENTS
from rag.question.regional import standard_folded
from rag.question.route import Understanding
from rag.types import Passage

CATALOG_FACTS = {"date": "ngày ban hành", "number": "số hiệu", "place": "nơi ban hành"}
# what each metadata intent asks, as a refusal names it
META_FACTS = {**CATALOG_FACTS, "issuer": "cơ quan ban hành", "signer": "người ký", "recipients": "nơi nhận"}


# which province / city a document comes from
# ("tỉnh nào ban hành", "của tỉnh nào", "thuộc tỉnh nào", "tên tỉnh": not "yêu cầu tỉnh nào làm gì")
LOCALITY_RE = re.compile(r"\b(?:tinh|thanh pho|dia phuong) nao (?:ban hanh|da ban hanh|ky)\b|"
                         r"\b(?:cua|thuoc|o) (?:tinh|thanh pho|dia phuong) nao\b|\bten (?:tinh|thanh pho|dia phuong)\b")
# said of the document after a negation and a verb of printing, not asked: "cái kế hoạch không ghi tên tỉnh ấy,
# … yêu cầu gì", "văn bản không thấy ghi tên tỉnh" (not "tôi không biết tên tỉnh")
_SAID_ABSENT_RE = re.compile(r"\b(?:khong|chua|chang)\s+(?:thay\s+)?(?:ghi|neu|co|in)\s+$")
_LOCAL_BODY_RE = re.compile(r"(?:[Tt]ỉnh ủy|[Tt]hành ủy|[Hh]uyện ủy|[Qq]uận ủy|[Tt]hị ủy|[Tt]ỉnh|[Tt]hành phố|[Hh]uyện|[Qq]uận)"
                            r"\s+((?:[A-ZĐ]\w*\s*)+)$")


# "ai" as a word: who signed is asked ("do ai ký", "ai thay mặt ký")
_WHO_RE = re.compile(r"\bai\b")


# "do cơ quan nào" (by which body) before a verb of doing the work ("do cơ quan nào chủ trì tổ chức hội nghị"):
# the body that does it, not the one that issued the document; only "ban hành" / "ký" after it ask the issuer
_BODY_FOR_WORK_RE = re.compile(r"\bdo (?:co quan|don vi) nao (?:se |phai |duoc giao )?(?:chu tri|thuc hien|to chuc|"
                               r"phu trach|trien khai|dam nhiem|theo doi|lam|dung ra)\b")
# the issuer's cues that say "ban hành" (issued) themselves
_ISSUING_RE = re.compile(r"\bban hanh\b")


def asked_metadata(u: Understanding) -> list[str]:
    """The metadata intents the question asks. The signer is not asked when the question itself names a person
    and asks no one ("Kế hoạch do đồng chí … ký thay mặt Ban Thường vụ mang số hiệu bao nhiêu?"): the name picks out
    the document, what is asked is the rest. The issuer is not asked by "do cơ quan nào" before a verb of doing the
    work ("sơ kết … do cơ quan nào chủ trì"), unless "ban hành" is said too."""
    meta = [i for i in u.intents if i in METADATA_INTENTS]
    if "signer" in meta and has_person_name(u.text) and not _WHO_RE.search(u.folded) \
            and "person" not in part_slots(u.text):
        meta.remove("signer")
    if "issuer" in meta and _BODY_FOR_WORK_RE.search(u.folded) and not _ISSUING_RE.search(u.folded):
        meta.remove("issuer")
    return meta


def asked_catalog(u: Understanding) -> list[str]:
    """The catalog facts the question asks (CATALOG_INTENTS): its metadata intents as `asked_metadata` reads them,
    and the issue place ("ký ở đâu"), which is no metadata intent of its own (the header's place line answers it)."""
    return asked_metadata(u) + [i for i in u.intents if i in CATALOG_INTENTS and i not in METADATA_INTENTS]


def locality_of(entry: dict) -> str:
    """The place a catalog entry prints (its place line), else the name that ends its issuer ("Thành ủy Cần
    Thơ" -> "Cần Thơ"); "" when neither names one."""
    if entry.get("place"):
        return entry["place"]
    m = _LOCAL_BODY_RE.search(entry.get("issuer", "").strip())
    return m.group(1).strip() if m else ""


def catalog_facts_asked(u: Understanding, index: LoadedIndex, answered: str = "") -> tuple[list[str], list[str]]:
    """(catalog fields the question asks of its one routed document, the names of those it does not print);
    nothing when the question routes to no single document. `answered`: the document the answer quotes when the
    question routes to none ("Ai ký văn bản này, ngày nào?")."""
    docs = u.routed or ([answered] if answered in index.docs else [])
    if len(docs) != 1:
        return [], []
    entry = index.docs[docs[0]].entry
    asked = [i for i in asked_catalog(u) if i in CATALOG_FACTS]
    return asked, [CATALOG_FACTS[i] for i in asked if not entry.get(i)]


def metadata_not_printed(u: Understanding, slot: str | None, top: list[Passage], index: LoadedIndex) -> Verdict | None:
    """A metadata question whose fact the held documents do not print: the name of an office a signature block
    prints without a name under it; or a fact of a document the question names as cited by a held one
    (rag.decision.cited_subject) that no retrieved unit prints beside the document's description (when one
    does, the verdict answers with that unit first)."""
    if slot == "person" and "signer" in u.intents:
        units = [x for d in u.routed for x in index.doc_units(d)] or [p.unit for p in top]
        found = unnamed_office(u.folded, units)
        if found:
            office, unit = found
            return Verdict(True, "office_unnamed", msg("refusal_office_unnamed", doc=index.docs[unit.doc_id].label,
                                                       office=office.lower()))
    thing = cited_thing(u)
    if thing is None:
        return None
    lex = index.lexical
    bound = [p for p in top if prints_thing(thing, p.unit.text, lex.vocab, lex.vocab_total, u.intents)]
    if bound:
        # the sentence that prints the cited thing with its number or date answers, not the routed header
        return Verdict(False, lead=bound[0].unit.unit_id)
    facts = [META_FACTS[i] for i in u.intents if i in META_FACTS] or [META_FACTS["number"]]
    # the held document that cites it: the first named one retrieved (a name inside the description, "của Bộ
    # Chính trị", also routes)
    held = [p.unit.doc_id for p in top if p.unit.doc_id in u.routed] or [top[0].unit.doc_id]
    return Verdict(True, "cited_fact", msg("refusal_cited_fact", doc=index.docs[held[0]].label,
                                           fact=" và ".join(facts), thing=thing.shown))


def asks_locality(u: Understanding) -> bool:
    """Whether the question asks which province or city a document comes from (LOCALITY_RE), its regional words
    read as the standard ones ("của tỉnh mô": nào), and not said as what the document does not print."""
    f = standard_folded(u.text)
    return any(not _SAID_ABSENT_RE.search(f, 0, m.start()) for m in LOCALITY_RE.finditer(f))


def locality_not_printed(u: Understanding, index: LoadedIndex) -> Verdict | None:
    """"tỉnh nào ban hành kế hoạch này": the province or city of a document is its place line or the name its
    issuer carries ("Thành ủy Cần Thơ"); a "Ban Thường vụ Tỉnh ủy" alone names none: refused as not printed.
    A province the question says is not printed ("cái kế hoạch không ghi tên tỉnh ấy") describes the document,
    it is not asked."""
    if not asks_locality(u) or len(u.routed) != 1:
        return None
    doc = index.docs[u.routed[0]]
    if locality_of(doc.entry):
        return None
    return Verdict(True, "fact_absent", msg("refusal_locality", doc=doc.label, issuer=doc.entry.get("issuer", "")))
