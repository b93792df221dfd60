"""A catalog fact asked of "this document" that nothing takes up ("Ai ký văn bản này, ngày nào?", "Kế hoạch đó số
mấy?", "Chỉ thị này do ai ký?"): the question names no document, no earlier turn or scope of one picks it, and no
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
are the only ones listed, and the example is built from them without the issuer the label already says."""
from __future__ import annotations

import re

from rag.answerers import Context, Structured
from rag.prompts import msg
from rag.question.docmatch import matcher_for
from rag.question.intents import CATALOG_INTENTS
from rag.question.kinds import KIND_RE
from rag.text import fold

# "<kind word> / văn bản / bản" + a demonstrative (the Central "ni", "nớ" too), not after a plural or a count ("mấy văn
# bản này", "hai kế hoạch đó"), not "bản đồ này" (a map: the demonstrative then follows "đồ")
_THIS_RE = re.compile(rf"(?<!may )(?<!cac )(?<!nhung )(?<!hai )(?<!ba )(?<!bon )(?<!nam )(?<!moi )"
                      rf"\b(?P<kind>{KIND_RE}|van ban|(?<!van )ban(?!\s+do\s+(?:nay|do|ay|day|kia|ni|no)\b))"
                      rf"\s+(?P<this>nay|do|ay|day|kia|ni|no)\b")
# typed with marks, the demonstrative and "bản" must be those words: "Ban đó" is a committee, "Văn bản do ai ký"
# and "Kế hoạch do tỉnh …" say who issued it, "Bản đồ này" is a map (review fx29 MEDIUM)
_THIS_TYPED = ("này", "nầy", "đó", "ấy", "đấy", "kia", "ni", "nớ", "nọ")
_KIND_ANYWHERE_RE = re.compile(rf"\b(?:{KIND_RE})\b")
# "của / do / cấp" right after the demonstrative: the issuer or level that follows names which one
_BY_RE = re.compile(r"\s+(?:cua|do|cap)\s+")
_PLACE_RE = re.compile(r"(?:\s+[^\W\d_][\wÀ-ỹ]*)+")        # a place's name after a level word ("tỉnh Lạng Sơn")


def _by_issuer(ctx: Context, held: list[str], end: int) -> tuple[list[str], int]:
    """The held documents whose issuer the words after the demonstrative (ending at `end`) name, and where those
    words end; (held, end) when they name none of them."""
    f, docs = ctx.u.folded, ctx.index.docs
    by = _BY_RE.match(f, end)
    if not by:
        return held, end
    for s, e, what, ids in matcher_for(docs).bodies(f):
        if s != by.end():
            continue
        fits = [d for d in held if d in ids and (what != "body" or
                                                 f[s:e] in " ".join(fold(docs[d].entry.get("issuer", "")).lower().split()))]
        if not fits:
            return held, end
        place = _PLACE_RE.match(ctx.u.text, e)
        if place and all(w[0].isupper() for w in place.group(0).split()):
            e = place.end()
        return fits, e
    return held, end


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
    if m is None or _KIND_ANYWHERE_RE.search(u.folded, 0, m.start()):
        return None
    docs = list(ctx.scope or ctx.index.docs)
    kind = m.group("kind")
    same = [d for d in docs if fold(ctx.index.docs[d].entry.get("kind", "")).lower() == kind]
    held, end = _by_issuer(ctx, same or docs, m.end())
    labels = [ctx.index.docs[d].label for d in held]
    said = u.text[m.start():m.end()]
    text = msg("which_document", said=said, count=len(held),
               kind=u.text[m.start():m.start() + len(kind)].lower() if same else "văn bản",
               docs="; ".join(f"«{x}»" for x in labels),
               example=u.text[:m.start()] + labels[0] + u.text[end:])
    return Structured(text=text, citations=[], mode="which_document", refused=True, reason="which_document")
