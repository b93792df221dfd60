"""Who signed a document, or who holds a post, asked by name ("Ai ký Nghị quyết 43?", "Bí thư Thành ủy Cần Thơ tên
đầy đủ là gì", "đồng chí nào là …"): read from the signature blocks (rag.decision.signer) and the catalog.

A signature block prints the signer's name on its last line and the signer's own title above it; the body it signs
for is its "T/M …" line and the document's issuer. So:
- the signer of a routed document asked by name, whose block prints no name ("T/M BAN CHẤP HÀNH TRUNG ƯƠNG / TỔNG
  BÍ THƯ"): refused as not printed, quoting the block, and naming the certified copy's signer as that copy's;
- the holder of a post asked by name: a block whose own title is that post (not its deputy's) and whose body
  (T/M line, issuer) holds the words the question gives the post, answers with its name, cited; a block printing
  the post with no name under it refuses as not printed.
A question asking the signer's title or the body signed for ("chức vụ gì", "thay mặt cơ quan nào") is left to the
other answerers, which quote the block."""
from __future__ import annotations

import re
from dataclasses import replace

from rag.answerers import Context, Structured
from rag.answer import extractive_answer
from rag.answerers.common import Citer
from rag.answerers.printed.post_unprinted import head_not_printed, names_a_body, post_elsewhere
from rag.cite import renumber
from rag.decision.metadata import asked_catalog
from rag.decision.post_asked import asked_head, asked_post, folded_words, named_body, post_of_asked
from rag.decision.post_held import STANDING, block_context, body_held, party_words
from rag.decision.signer import (DEPUTY_PREFIX, DEPUTY_SUFFIX, FOR_OFFICE_RE, ON_BEHALF_RE, SIGNATURE_KINDS, TITLE_RE,
                                 Block, block_lines, read_block)
from rag.decision.slots import expected_slot, has_person_name
from rag.prompts import msg
from rag.text import content_terms, fold

# a title or the body signed for asked beside the name: the block itself answers those (folded)
_TITLE_ASKED_RE = re.compile(r"\b(?:chuc vu|chuc danh|chuc gi|giu chuc|tu cach|cuong vi|thay mat (?:co quan|ai|to chuc|"
                             r"don vi|cap)|voi vai tro|ky thay)\b")
# a name asked in words the person slot does not read ("tên đầy đủ", "tên họ")
_NAME_ASKED_RE = re.compile(r"\b(?:ten day du|ho ten|ho va ten|ten ho|ten (?:la )?gi|ten ai|ten cua (?:ong|ba|dong chi))\b")


def _f(s: str) -> str:
    return folded_words(fold(s))


def _shown(text: str) -> str:
    return " / ".join(ln.strip() for ln in text.splitlines() if ln.strip())


def _is_office(lines: list[str]) -> bool:
    """Whether a block's last line prints an office (a title, or the body signed for), not a name read as none
    ("TRƯƠNG THỊ MAI" in capitals)."""
    if not lines:
        return False
    last = " ".join(fold(lines[-1]).lower().split())
    return bool(ON_BEHALF_RE.match(last) or FOR_OFFICE_RE.match(last) or TITLE_RE.search(last))


def _signature(index, doc_id: str):
    return next((x for x in index.doc_units(doc_id) if x.kind == "signature"), None)


def _copy_note(index, doc_id: str) -> str:
    entry = index.docs[doc_id].entry
    if not entry.get("copy_signer"):
        return ""
    # "K/T Chánh Văn phòng, Phó Chánh Văn phòng": the signer's own title is the part not signed for another
    parts = [p.strip() for p in str(entry.get("copy_signer_title", "")).split(",") if p.strip()]
    title = (parts[-1] if parts else "").lower()
    return msg("signer_copy_note", office=entry.get("copy_office", ""), title=title, signer=entry["copy_signer"],
               doc=index.docs[doc_id].label)


# a copy said ("bản Lạng Sơn", "bản sao", "sao y"; not "văn bản"), as typed
_COPY_SAID_RE = re.compile(r"(?<![\wÀ-ỹ])(?<!văn )bản(?![\wÀ-ỹ])|\bsao (?:y|lục)\b", re.I)


def _copy_named(text: str, entry: dict, block: str) -> bool:
    """Whether the question names the office that made the certified copy as the copy's maker ("bản của Văn phòng
    Tỉnh ủy Lạng Sơn", "bản Lạng Sơn", "nghị quyết 43 của Lạng Sơn"), by a word pair of it that the original's
    block and issuer do not print, with a copy said or after "của": the copy is asked, which its own block answers.
    The office's words said as another subject ("Nghị quyết 43 mà Tỉnh ủy triển khai") name no copy."""
    own = _f(f"{block} {entry.get('issuer', '')}")
    words = _f(str(entry.get("copy_office", ""))).split()
    pairs = [f"{a} {b}" for a, b in zip(words, words[1:]) if f"{a} {b}" not in own]
    q, said = _f(fold(text)), bool(_COPY_SAID_RE.search(text))
    return any(re.search(rf"(?<![a-z]){'(?:cua (?:[a-z]+ ){0,3})' if not said else ''}{p}(?![a-z])", q)
               for p in pairs)


def _unnamed_signer(ctx: Context) -> Structured | None:
    u, index = ctx.u, ctx.index
    asked = asked_catalog(u)
    if len(u.routed) != 1 or "copy" in u.intents or "signer" not in asked:
        return None
    if _TITLE_ASKED_RE.search(u.folded) or (has_person_name(u.text) and not re.search(r"\bai\b", u.folded)):
        return None
    unit = _signature(index, u.routed[0])
    if unit is None or read_block(unit.text) is not None or not _is_office(block_lines(unit.text)[-1:]) or \
            _copy_named(u.text, index.docs[u.routed[0]].entry, unit.text):
        return None
    doc = index.docs[u.routed[0]].label
    note = _copy_note(index, u.routed[0])
    if asked != ["signer"]:
        return _with_other_facts(ctx, unit, doc, note)
    if expected_slot(u.text) == "person" or _NAME_ASKED_RE.search(u.folded):
        # a name asked ("họ tên", "đồng chí nào"): not printed, refused
        text = msg("refusal_signer_unnamed", doc=doc, block=_shown(unit.text))
        return Structured(f"{text} {note}" if note else text, [], "holder", refused=True, reason="office_unnamed")
    # "ai ký": the block answers who signed by capacity, quoted and cited, saying the name is not printed
    citer = Citer(index)
    n, _ = citer.cite(unit, (0, len(unit.text)))
    text = msg("signer_capacity", doc=doc, block=_shown(unit.text), n=n)
    return Structured(f"{text} {note}" if note else text, citer.citations, "holder")


def _with_other_facts(ctx: Context, unit, doc: str, note: str) -> Structured | None:
    """"Nghị quyết 43 do đồng chí nào ký, ngày nào?": the block answers who signed by capacity, saying the name is
    not printed, and the other facts asked are quoted as a question asking only them is (rag.answer)."""
    rest = [p for p in ctx.passages if p.unit.kind not in SIGNATURE_KINDS]
    if not rest:
        return None
    citer = Citer(ctx.index)
    n, _ = citer.cite(unit, (0, len(unit.text)))
    text = msg("signer_capacity", doc=doc, block=_shown(unit.text), n=n)
    others = replace(ctx.u, intents=[i for i in ctx.u.intents if i != "signer"])
    more, cites = extractive_answer(rest, content_terms(ctx.question), others, ctx.index)
    mapping = {c.n: c.n + 1 for c in cites}
    citations = citer.citations + [replace(c, n=c.n + 1) for c in cites]
    return Structured("\n".join(x for x in (f"{text} {note}".strip(), renumber(more, mapping)) if x), citations,
                      "holder")


def _holds(block: Block, office: tuple[str, tuple[str, ...]], context: str, typed: str = "") -> bool:
    """Whether the block's own title is the office asked (not its deputy's) and its document carries every word
    the question gives the post (its body, a place, a name; rag.decision.post_held). A deputy asked without a
    qualifier is held by the deputy signed with one ("phó bí thư" by "PHÓ BÍ THƯ THƯỜNG TRỰC"), whose full title
    the answer gives."""
    title, body = office
    own = _f(block.title)
    at = re.search(rf"(?<![a-z]){re.escape(title)}(?![a-z])", own)
    if at is None or (own[:at.start()].endswith(DEPUTY_PREFIX) and not title.startswith(DEPUTY_PREFIX)):
        return False
    rest = own[at.end():]
    if title.startswith(DEPUTY_PREFIX) and (rest + " ").startswith(DEPUTY_SUFFIX + " "):
        rest = rest[len(DEPUTY_SUFFIX):]
    extra = (own[:at.start()] + " " + rest).split()
    return all(w in body for w in extra) and body_held(body, context, typed)


def _is_head(block: Block, body: tuple[str, ...], context: str, typed: str = "") -> bool:
    own = _f(block.title)
    deputy = own.startswith(DEPUTY_PREFIX) or own.endswith(" thuong truc")
    return bool(own) and not deputy and body_held(body, context, typed)


def _blocks(index, doc_ids):
    """(signature or certified-copy unit, its label, the folded words the block is read with): a document's own
    block with its issuer, a copy's block with the office that made the copy."""
    for doc_id in doc_ids:
        entry = index.docs[doc_id].entry
        for unit in index.doc_units(doc_id):
            if unit.kind == "signature":
                # (a Party committee's block also by its Đảng bộ, its level, the Party: rag.decision.post_held)
                yield unit, index.docs[doc_id].label, \
                    f"{block_context(index, unit)} {party_words(unit, entry.get('issuer', ''))}".strip()
            elif unit.kind in SIGNATURE_KINDS and entry.get("copy_office"):
                label = msg("holder_copy_label", doc=index.docs[doc_id].label, office=entry["copy_office"])
                yield unit, label, block_context(index, unit)


def _answer_block(index, label: str, unit, block: Block) -> Structured:
    citer = Citer(index)
    n, _ = citer.cite(unit, (0, len(unit.text)))
    text = msg("holder_answer", doc=label, block=_shown(unit.text), office=block.title.lower(), signer=block.name, n=n)
    return Structured(text, citer.citations, "holder")


def _unnamed(label: str, office: str) -> Structured:
    return Structured(msg("refusal_office_unnamed", doc=label, office=office.lower()), [], "holder", refused=True,
                      reason="office_unnamed")


def _not_signed(label: str, block: Block, office: str) -> Structured:
    # "bí thư tỉnh ủy" asked, the block signed by the phó bí thư thường trực: that office's holder is not named
    return Structured(msg("refusal_office", doc=label, office=dict(block.not_signer)[office].lower(),
                          signer=f"{block.title.lower()} {block.name}".strip()), [], "holder", refused=True,
                      reason="office_not_signed")


def _capacity(unit, block: Block) -> str:
    """The capacity a block's named signer signs in: the title printed, the body signed for ("thay mặt …")."""
    behalf = [ON_BEHALF_RE.sub("", ln.lower()) for ln in block_lines(unit.text) if ON_BEHALF_RE.match(ln.lower())]
    capacity = [msg("holder_capacity_title", office=block.title.lower())] if block.title else []
    return ", ".join(capacity + [msg("holder_capacity_behalf", body=b) for b in behalf])


# a Party committee's executive committee: the committee itself, headed by its Bí thư
EXECUTIVE = "ban chap hanh"


def _names_place(body: tuple[str, ...], context: str, party: str) -> bool:
    """Whether the body asked carries a word of the block's own context (its text and issuer) beyond the Party's,
    level and organ words: the block's place ("can tho")."""
    generic = set(party.split()) | set(STANDING.split()) | set(EXECUTIVE.split())
    own = set(context.removesuffix(party).split()) - generic
    return any(w in own for w in body)


def _read_post(index, unit, label: str, context: str, office, head: bool, typed: str) -> Structured | None:
    """What one block says of the post (or the head) asked: its holder, the office printed with no name, or an
    office it shows its signer does not hold; None when it says nothing of it."""
    block, lines = read_block(unit.text), block_lines(unit.text)
    # a post or head asked by its body: a Party committee's block is also read by its Đảng bộ, level and "Đảng"
    # (party_words) only when the body asked names the block's place too ("Đảng bộ thành phố Cần Thơ", "Đảng bộ
    # Cần Thơ"): a bare "Đảng", "Đảng bộ" or "thành phố" is no one committee ("Bí thư Đảng là ai" is not Cần Thơ's)
    party = party_words(unit, index.docs[unit.doc_id].entry.get("issuer", ""))
    if party and not _names_place(office[1], context, party):
        context, party = context.removesuffix(party).strip(), ""
    if head:
        # the head of a Party committee heads its Ban Thường vụ and its Ban Chấp hành too
        standing = f"{context} {STANDING} {EXECUTIVE}" if party else context
        if block is not None and _is_head(block, office[1], standing, typed):
            return _answer_block(index, label, unit, block)
        if block is not None and office[1] and body_held(office[1], context, typed) \
                and f" {' '.join(office[1])} " in f" {context} ":
            # (the body asked read as one phrase of the block or its issuer: "Ban Bí thư" is not the words of
            # "BAN THƯỜNG VỤ / PHÓ BÍ THƯ")
            # the body's block signed with a deputy's title or none ("T/M BỘ CHÍNH TRỊ / <name>"): who heads it is
            # not printed; the refusal says who signed and in what capacity
            return Structured(msg("refusal_head_unnamed", doc=label, block=_shown(unit.text), signer=block.name,
                                  capacity=_capacity(unit, block)), [], "holder", refused=True,
                              reason="office_not_signed")
        if block is None and _is_office(lines) and _is_head(Block("", lines[-1], ()), office[1], context, typed):
            return _unnamed(label, lines[-1])
        return None
    if block is not None and _holds(block, office, context, typed):
        return _answer_block(index, label, unit, block)
    if block is None and _is_office(lines) and _holds(Block("", lines[-1], ()), office, context, typed):
        return _unnamed(label, lines[-1])
    if block is not None and office[0] in {f for f, _ in block.not_signer} and body_held(office[1], context, typed):
        return _not_signed(label, block, office[0])
    return None


def _post_holder(ctx: Context) -> Structured | None:
    u, index = ctx.u, ctx.index
    if "signer" in u.intents:
        return None
    head = asked_head(u.folded)
    office = head or asked_post(u.folded)
    if office is None:
        return None
    body = named_body(office)
    found = []
    for unit, label, context in _blocks(index, u.routed if u.routed and not body else list(index.docs)):
        read = _read_post(index, unit, label, context, office, bool(head), ctx.question)
        if read is not None:
            found.append(read)
    if body:
        # a block that names the holder before one that shows the holder is not named
        found.sort(key=lambda s: s.refused)
        return found[0] if found else head_not_printed(ctx, body) if head else None
    # a post named with no body it heads ("Tổng Bí thư là ai", "ai là bí thư", "phó bí thư thường trực"): never
    # answered with a name, which post of which body is unknown; refused only when one block alone prints it, with
    # no name under it
    return found[0] if len(found) == 1 and found[0].refused else None


def _named_person(ctx: Context) -> Structured | None:
    """"Nguyễn Văn Hiếu giữ chức vụ gì", "Ông … là ai": the block that prints the name answers with its title and
    the body it signs for, cited."""
    elsewhere = None
    for unit, label, context in _blocks(ctx.index, list(ctx.index.docs)):
        block = read_block(unit.text)
        held_in = post_of_asked(fold(ctx.u.text).lower(), fold(block.name)) if block is not None else None
        # a body said as where the post is held ("… giữ chức vụ gì trong Thành ủy") must be the block's
        if held_in is None:
            continue
        if not body_held(held_in, context, ctx.question):
            if names_a_body(held_in):   # "… ở Tỉnh ủy" of a Thành ủy's signer: not printed ("trong việc …": no body)
                elsewhere = elsewhere or post_elsewhere(ctx, label, block.name, _capacity(unit, block), held_in)
            continue
        citer = Citer(ctx.index)
        n, _ = citer.cite(unit, (0, len(unit.text)))
        return Structured(msg("holder_person", doc=label, block=_shown(unit.text), signer=block.name, n=n,
                              capacity=_capacity(unit, block)), citer.citations, "holder")
    return elsewhere


def answer(ctx: Context) -> Structured | None:
    return _unnamed_signer(ctx) or _post_holder(ctx) or _named_person(ctx)
