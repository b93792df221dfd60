"""A catalog fact asked of "this document" that nothing takes up ("Ai ký văn bản này, ngày nào?", "Kế hoạch đó số
mấy?", "Chỉ thị này do ai ký?"), or of a bare kind word as the subject with several of that kind held ("Kế hoạch do
ai ký?", "Văn bản ký ngày nào?"): the question names no document, no earlier turn or scope of one picks it, and no
document is named before the demonstrative. The signer or date of whichever document retrieval ranks first would
answer a question the asker did not ask; instead the asker is asked which document is meant, the held ones of the
kind said listed (all of them when it says "văn bản" or a kind the store holds none of).

Not asked back: a demonstrative after a plural ("mấy văn bản này", "các văn bản đó": the store itself), "văn bản
trên tỉnh" (a level, rag.question.issued), one after another kind word naming a document by description ("một nghị
quyết của Bộ Chính trị về cựu chiến binh, nghị quyết đó số mấy": rag.answerers.printed.mentions), a question asking
no catalog fact ("văn bản này nói gì" is left to retrieval and the decision), a scope of one document (retrieval
searches only it).

An issuer or level said right after the demonstrative ("Kế hoạch này của tỉnh", "văn bản đó của Trung ương") narrows
the held ones: one left is routed before this runs (rag.question.issued reads "<kind> này của <body>"); several left
are the only ones listed, and the example is built from them without the issuer the label already says; one that
fits none of them ("Văn bản này của Chính phủ", "Kế hoạch này của huyện") is answered with that fact and the held
ones, no example."""
from __future__ import annotations

import re

from rag.answerers import Context, Structured
from rag.prompts import msg
from rag.question.anaphor import DEMONSTRATIVE
from rag.question.docmatch import matcher_for
from rag.question.intents import CATALOG_INTENTS
from rag.question.kinds import KIND_RE
from rag.question.levels import other_bodies
from rag.text import fold

# "<kind word> / văn bản / bản" + a demonstrative (the Central "ni", "nớ" too), not after a plural or a count ("mấy văn
# bản này", "hai kế hoạch đó"), not "bản đồ này" (a map: the demonstrative then follows "đồ")
_THIS_RE = re.compile(rf"(?<!may )(?<!cac )(?<!nhung )(?<!hai )(?<!ba )(?<!bon )(?<!nam )(?<!moi )"
                      rf"\b(?P<kind>{KIND_RE}|van ban|(?<!van )ban(?!\s+do\s+{DEMONSTRATIVE}\b))"
                      rf"\s+(?P<this>{DEMONSTRATIVE})\b")
# typed with marks, the demonstrative and "bản" must be those words: "Ban đó" is a committee, "Văn bản do ai ký"
# and "Kế hoạch do tỉnh …" say who issued it, "Bản đồ này" is a map (review fx29 MEDIUM)
_THIS_TYPED = ("này", "nầy", "đó", "ấy", "đấy", "kia", "ni", "nớ", "nọ")
# a bare kind word as the question's subject, a catalog fact right after it ("Kế hoạch do ai ký?", "Văn bản ký ngày
# nào?", "Cho hỏi kế hoạch số mấy?"): several held of that kind, it names none of them (review fx29fix 2)
_BARE_RE = re.compile(rf"^(?:(?:cho|xin) (?:em |toi |minh |chau )?hoi:? )?(?:cai |ban )?(?P<kind>{KIND_RE}|van ban)"
                      r"(?=\s+(?:do ai|ai ky|ky ngay|ky khi|duoc ky|ban hanh ngay|ban hanh khi|so may|so bao nhieu|"
                      r"so hieu|ngay nao|khi nao)\b)")
_KIND_ANYWHERE_RE = re.compile(rf"\b(?:{KIND_RE})\b")
# "của / do / cấp" right after the demonstrative: the issuer or level that follows names which one
_BY_RE = re.compile(r"\s+(?:cua|do|cap)\s+")
_WORD_RE = re.compile(r"\s*([^\W\d_]\w*)")


def _name_end(text: str, at: int) -> int:
    """Where the capitalised words from `at` end (a place's name after a level word, "tỉnh Lạng Sơn"; "Hà Nội"):
    `at` when none is."""
    while (w := _WORD_RE.match(text, at)) and w.group(1)[0].isupper():
        at = w.end()
    return at


# the Party committee of a level named as a whole ("Đảng bộ tỉnh", "Tỉnh ủy", "Đảng ủy xã"): its standing committee
# issues in its name, so it fits any Party document of that level; "Ban Bí thư", "Bộ Chính trị" are bodies of their own
_LEVEL_COMMITTEE_RE = re.compile(r"(?:dang bo|dang uy|cap uy) (?:tinh|thanh pho|huyen|xa|phuong)|(?:tinh|thanh|huyen) uy")


def _by_issuer(ctx: Context, held: list[str], end: int) -> tuple[list[str], int, str]:
    """The held documents whose issuer the words after the demonstrative (ending at `end`) name, where those words
    end, and the issuer as typed when it names a body or level the tables know that fits none of them ("Văn bản
    này của Chính phủ", "Kế hoạch này của huyện"); (held, end, "") when none is said. The Party committee of a level
    ("Đảng bộ tỉnh") fits that level's Party documents; another body fits only an issuer that names it."""
    f, docs = ctx.u.folded, ctx.index.docs
    by = _BY_RE.match(f, end)
    if not by:
        return held, end, ""
    others = other_bodies()
    for s, e, what, ids in matcher_for(docs).bodies(f):
        if s != by.end():
            continue
        said = f[s:e]
        committee = bool(_LEVEL_COMMITTEE_RE.fullmatch(said))
        fits = [d for d in held if d in ids and (what != "body" or _issued_by(docs[d], said, committee, others))]
        e = _name_end(ctx.u.text, e)
        return (fits, e, "") if fits else (held, e, ctx.u.text[s:e])
    # a body other than the Party's committees that no held document's issuer names ("của Chính phủ")
    at = by.end()
    other = next((o for o in others if f.startswith(o, at) and not f[at + len(o):at + len(o) + 1].isalnum()), "")
    if not other:
        return held, end, ""
    e = _name_end(ctx.u.text, at + len(other))
    return held, e, ctx.u.text[at:e]


def _issued_by(doc, said: str, committee: bool, others: tuple[str, ...]) -> bool:
    """Whether a held document's issuer is the body `said` (folded): its name holds the words, or `said` is its
    level's Party committee and the issuer is a Party body (no body of levels.tsv's @other)."""
    issuer = " ".join(fold(doc.entry.get("issuer", "")).lower().split())
    return said in issuer or (committee and not any(o in issuer for o in others))


def _typed_as_this(u, m: re.Match) -> bool:
    """The match is a document word and a demonstrative as typed; any reading holds when no marks were typed."""
    if not u.accents_typed:
        return True
    kind = u.text[m.start("kind"):m.end("kind")].lower()
    return u.text[m.start("this"):m.end("this")].lower() in _THIS_TYPED and (m.group("kind") != "ban" or kind == "bản")


def answer(ctx: Context) -> Structured | None:
    u = ctx.u
    if u.routed or u.alias_spans or u.unknown_refs or len(ctx.scope) == 1:
        return None
    if not set(u.intents) & set(CATALOG_INTENTS):
        return None
    m = next((m for m in _THIS_RE.finditer(u.folded) if _typed_as_this(u, m)), None)
    bare = None if m is not None else _BARE_RE.match(u.folded)
    m = m or bare
    if m is None or _KIND_ANYWHERE_RE.search(u.folded, 0, m.start("kind")):
        return None
    docs = list(ctx.scope or ctx.index.docs)
    kind = m.group("kind")
    same = [d for d in docs if fold(ctx.index.docs[d].entry.get("kind", "")).lower() == kind]
    if bare and len(same or docs) < 2:
        return None
    held, end, unheld = _by_issuer(ctx, same or docs, m.end())
    m_start = m.start("kind")
    labels = [ctx.index.docs[d].label for d in held]
    said = u.text[m_start:m.end()]
    kind_said = u.text[m_start:m_start + len(kind)].lower() if same else "văn bản"
    if unheld:
        # no held document of the issuer said: say so, no example built from another issuer's document
        text = msg("which_document_unheld", kind=kind_said, issuer=unheld, count=len(held),
                   docs="; ".join(f"«{x}»" for x in labels))
        return Structured(text=text, citations=[], mode="which_document", refused=True, reason="which_document")
    if len(held) == 1 and end > m.end() and ctx.ask is not None:
        # the issuer said leaves one held document ("Kế hoạch này của Đảng bộ tỉnh"): answered as if it were named
        a = ctx.ask(u.text[:m_start] + labels[0] + u.text[end:])
        return Structured(text=a.answer, citations=a.citations, mode=a.mode, refused=a.refused,
                          reason=a.refusal_reason, low_confidence=a.low_confidence)
    text = msg("which_document", said=said, count=len(held), kind=kind_said,
               docs="; ".join(f"«{x}»" for x in labels),
               example=u.text[:m_start] + labels[0] + u.text[end:])
    return Structured(text=text, citations=[], mode="which_document", refused=True, reason="which_document")
