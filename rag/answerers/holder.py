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

from rag.answerers import Context, Structured
from rag.answerers.common import Citer
from rag.decision.metadata import asked_catalog
from rag.decision.post_asked import asked_head, asked_post, folded_words
from rag.decision.signer import (DEPUTY_PREFIX, DEPUTY_SUFFIX, FOR_OFFICE_RE, ON_BEHALF_RE, TITLE_RE, Block,
                                 block_lines, read_block)
from rag.decision.slots import expected_slot, has_person_name
from rag.prompts import msg
from rag.text import fold

# a title or the body signed for asked beside the name: the block itself answers those (folded)
_TITLE_ASKED_RE = re.compile(r"\b(?:chuc vu|chuc danh|chuc gi|giu chuc|tu cach|cuong vi|thay mat (?:co quan|ai|to chuc|"
                             r"don vi|cap)|voi vai tro|ky thay|ky ngay|ngay nao|so hieu|so may)\b")
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


def _copy_named(folded: str, entry: dict, block: str) -> bool:
    """Whether the question names the office that made the certified copy ("bản của Văn phòng Tỉnh ủy Lạng Sơn",
    "bản Lạng Sơn"), by a word pair of it that the original's block and issuer do not print: the copy is asked,
    which its own block answers."""
    own = _f(f"{block} {entry.get('issuer', '')}")
    words = _f(str(entry.get("copy_office", ""))).split()
    pairs = [f"{a} {b}" for a, b in zip(words, words[1:])]
    return any(re.search(rf"(?<![a-z]){p}(?![a-z])", _f(folded)) and p not in own for p in pairs)


def _unnamed_signer(ctx: Context) -> Structured | None:
    u, index = ctx.u, ctx.index
    if len(u.routed) != 1 or "copy" in u.intents or asked_catalog(u) != ["signer"]:
        return None
    if _TITLE_ASKED_RE.search(u.folded) or (has_person_name(u.text) and not re.search(r"\bai\b", u.folded)):
        return None
    unit = _signature(index, u.routed[0])
    if unit is None or read_block(unit.text) is not None or not _is_office(block_lines(unit.text)[-1:]) or \
            _copy_named(u.folded, index.docs[u.routed[0]].entry, unit.text):
        return None
    doc = index.docs[u.routed[0]].label
    note = _copy_note(index, u.routed[0])
    if expected_slot(u.text) == "person" or _NAME_ASKED_RE.search(u.folded):
        # a name asked ("họ tên", "đồng chí nào"): not printed, refused
        text = msg("refusal_signer_unnamed", doc=doc, block=_shown(unit.text))
        return Structured(f"{text} {note}" if note else text, [], "holder", refused=True, reason="office_unnamed")
    # "ai ký": the block answers who signed by capacity, quoted and cited, saying the name is not printed
    citer = Citer(index)
    n, _ = citer.cite(unit, (0, len(unit.text)))
    text = msg("signer_capacity", doc=doc, block=_shown(unit.text), n=n)
    return Structured(f"{text} {note}" if note else text, citer.citations, "holder")


def _holds(block: Block, office: tuple[str, tuple[str, ...]], context: str) -> bool:
    """Whether the block's own title is the office asked (not its deputy's) and its document carries every word
    the question gives the post (its body, a place, a name). A deputy asked without a qualifier is held by the
    deputy signed with one ("phó bí thư" by "PHÓ BÍ THƯ THƯỜNG TRỰC"), whose full title the answer gives."""
    title, body = office
    own = _f(block.title)
    at = re.search(rf"(?<![a-z]){re.escape(title)}(?![a-z])", own)
    if at is None or (own[:at.start()].endswith(DEPUTY_PREFIX) and not title.startswith(DEPUTY_PREFIX)):
        return False
    rest = own[at.end():]
    if title.startswith(DEPUTY_PREFIX) and (rest + " ").startswith(DEPUTY_SUFFIX + " "):
        rest = rest[len(DEPUTY_SUFFIX):]
    extra = (own[:at.start()] + " " + rest).split()
    words = set(context.split())
    return all(w in body for w in extra) and all(w in words for w in body)


def _is_head(block: Block, body: tuple[str, ...], context: str) -> bool:
    own = _f(block.title)
    deputy = own.startswith(DEPUTY_PREFIX) or own.endswith(" thuong truc")
    return bool(own) and not deputy and all(w in context.split() for w in body)


def _answer_block(index, doc_id: str, unit, block: Block) -> Structured:
    citer = Citer(index)
    n, _ = citer.cite(unit, (0, len(unit.text)))
    text = msg("holder_answer", doc=index.docs[doc_id].label, block=_shown(unit.text),
               office=block.title.lower(), signer=block.name, n=n)
    return Structured(text, citer.citations, "holder")


def _post_holder(ctx: Context) -> Structured | None:
    u, index = ctx.u, ctx.index
    if "signer" in u.intents:
        return None
    head = asked_head(u.folded)
    office = head or asked_post(u.folded)
    if office is None:
        return None
    found = []
    for doc_id in (u.routed if u.routed and not office[1] else list(index.docs)):
        unit = _signature(index, doc_id)
        if unit is None:
            continue
        context = _f(unit.text + " " + str(index.docs[doc_id].entry.get("issuer", "")))
        block = read_block(unit.text)
        lines = block_lines(unit.text)
        if head:
            if block is not None and _is_head(block, office[1], context):
                found.append(_answer_block(index, doc_id, unit, block))
        elif block is not None and _holds(block, office, context):
            found.append(_answer_block(index, doc_id, unit, block))
        elif block is None and _is_office(lines) and \
                _holds(Block(name="", title=lines[-1], not_signer=()), office, context):
            found.append(Structured(msg("refusal_office_unnamed", doc=index.docs[doc_id].label,
                                        office=lines[-1].lower()), [], "holder", refused=True, reason="office_unnamed"))
        elif block is not None and office[0] in {f for f, _ in block.not_signer} and \
                all(w in context.split() for w in office[1]):
            # "bí thư tỉnh ủy" asked, the block signed by the phó bí thư thường trực: that office's holder is not named
            found.append(Structured(msg("refusal_office", doc=index.docs[doc_id].label,
                                        office=dict(block.not_signer)[office[0]].lower(),
                                        signer=f"{block.title.lower()} {block.name}".strip()), [], "holder",
                                    refused=True, reason="office_not_signed"))
    if office[1]:
        return found[0] if found else None
    # a post named with no body it heads ("Tổng Bí thư là ai", "ai là bí thư"): never answered with a name, which
    # post of which body is unknown; refused only when one block alone prints it, with no name under it
    return found[0] if len(found) == 1 and found[0].refused else None


def answer(ctx: Context) -> Structured | None:
    return _unnamed_signer(ctx) or _post_holder(ctx)
