"""A post asked that no document prints, read where rag.answerers.printed.holder finds no block holding it:
- the head of a body named ("Người đứng đầu Ban Thường vụ Tỉnh ủy Lạng Sơn là ai?", "Ai đứng đầu Đảng bộ tỉnh Lạng
  Sơn?") when no signature block signs for that body and no passage retrieved prints a head's title beside a
  person's name: refused, naming the body, instead of quoting a passage that only names the body (a recipients list);
- the post of a person named, asked in a body ("Chức vụ của Nguyễn Văn Hiếu ở Tỉnh ủy là gì?") whose block signs
  for another: refused, saying in what capacity the block shows him signing.
A body is named by words opening with one of an issuer's name (rag.question.levels.issuer_words: "ban", "tỉnh",
"đảng", "bộ" …) or a body of levels.tsv's @other; "ai đứng đầu list", "trong việc triển khai" name none."""
from __future__ import annotations

import re

from rag.answerers import Structured
from rag.decision.signer import DEPUTY_PREFIX, SIGNATURE_KINDS, TITLE_RE
from rag.decision.slots import has_person_name
from rag.prompts import msg
from rag.question.levels import issuer_words, other_bodies
from rag.text import fold

_LOOKED_AT = 5          # the passages retrieved that may print the head's name


def typed_words(text: str, words: tuple[str, ...]) -> str:
    """The span of `text` (as typed) whose folded words are `words` ("Ban Thường vụ Tỉnh ủy Lạng Sơn"); the words
    joined when not found."""
    pattern = r"(?<![a-z])" + r"\W+".join(re.escape(w) for w in words) + r"(?![a-z])"
    m = re.search(pattern, fold(text).lower())
    return text[m.start():m.end()] if m else " ".join(words)


def names_a_body(words: tuple[str, ...]) -> bool:
    """The words open with a word of an issuer's name or a body of @other ("Ban Dân vận", "Mặt trận Tổ quốc"), not
    with another noun ("việc triển khai nghị quyết", "list")."""
    said = " ".join(words)
    return bool(words) and (words[0] in issuer_words() or any(said == n or said.startswith(n + " ")
                                                              for n in other_bodies()))


def _head_printed(passages) -> bool:
    """A passage retrieved prints a head's title (not a deputy's) and a person's name: it may name the head."""
    for p in passages[:_LOOKED_AT]:
        if p.unit.kind in SIGNATURE_KINDS:
            continue
        folded = fold(p.unit.text).lower()
        if any(not folded[:m.start()].endswith(DEPUTY_PREFIX) for m in TITLE_RE.finditer(folded)) and \
                has_person_name(p.unit.text):
            return True
    return False


def head_not_printed(ctx, body: tuple[str, ...]) -> Structured | None:
    """The refusal for the head of a body no block signs for, or None when a passage may name it."""
    if not body or not names_a_body(body) or _head_printed(ctx.passages):
        return None
    return Structured(msg("refusal_head_not_printed", body=typed_words(ctx.u.text, body)), [], "holder",
                      refused=True, reason="office_unnamed")


def post_elsewhere(ctx, label: str, signer: str, capacity: str, held_in: tuple[str, ...]) -> Structured:
    """The refusal for the post of a person asked in a body the block that names him does not sign for."""
    return Structured(msg("refusal_post_elsewhere", signer=signer, body=typed_words(ctx.u.text, held_in), doc=label,
                          capacity=capacity), [], "holder", refused=True, reason="office_unnamed")
