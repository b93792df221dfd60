"""Which document a question asks about when it names a document the corpus holds beside one it only cites.

A cited document may be the target ("Chương trình Cần Thơ có dẫn Kết luận 58; kết luận đó đề ra mấy nhiệm vụ?":
an anaphor of its kind, "kết luận đó", takes it up in the asking) or only context: named in a sentence of the
asker's that asks nothing ("Làm theo NQ 23 cũng được hai chục năm rồi. Nghị quyết 43 nhìn lại thì chê chỗ nào
còn yếu?") or as the object of carrying out ("sau bao năm làm theo Nghị quyết 23, …"), while the asking names a
held document. Read on the folded question; spans are the question's offsets.
"""
from __future__ import annotations

import re

from rag.question.route import OBJECT_RE

# a sentence ends at . ! ? followed by a space or the end (questions typed in lower case start none with a
# capital; "điểm 3.2" holds no end)
SENTENCE_RE = re.compile(r"(?:[^.!?]|[.!?](?!\s|$))+(?:[.!?]+|$)")
# the words that make a sentence ask (folded): question words, and the yes/no tails
ASKS_RE = re.compile(r"\b(?:ai|gi|nao|(?<!muoi )(?<!chuc )(?<!tram )may|bao nhieu|bao lau|bao gio|the nao|ra sao|vi sao|tai sao|o dau|khong|"
                     r"chua)\b")


def _sentences(f: str) -> list[tuple[int, int]]:
    return [m.span() for m in SENTENCE_RE.finditer(f) if m.group(0).strip()]


def asks(f: str, a: int, b: int) -> bool:
    """Whether the stretch f[a:b] (a sentence) asks something: a question mark or a question word."""
    return f[a:b].rstrip().endswith("?") or ASKS_RE.search(f, a, b) is not None


def context_only(f: str, at: list[int]) -> bool:
    """Whether every place `at` where a document is named is context: inside a sentence that asks nothing
    while another sentence asks, or right after a verb of carrying it out."""
    spans = _sentences(f)
    asking = [s for s in spans if asks(f, *s)]
    if not at or not asking:
        return False

    def aside(i: int) -> bool:
        if OBJECT_RE.search(f[:i]):
            return True
        return not any(a <= i < b for a, b in asking)
    return all(aside(i) for i in at)


def named_in_asking(f: str, spans: list[tuple[int, int]]) -> bool:
    """Whether one of the document spans lies in a sentence that asks."""
    return any(asks(f, a, b) and any(a <= x < b for x, _ in spans) for a, b in _sentences(f))


def titled(u) -> list[tuple[int, int]]:
    """The spans naming a held document by its kind or number (`Understanding.titles`), not by its issuer alone
    ("Cần Thơ" may be the place asked about)."""
    titles = u.titles()
    return [(a, b) for a, b in u.alias_spans if u.text[a:b] in titles]


def asides(u) -> list[tuple[int, int]]:
    """The sentences of the asker's that only name documents the corpus does not hold and ask nothing, when
    another sentence asks about a held document named by its title ("Làm theo NQ 23 cũng được hai chục năm rồi.
    Nghị quyết 43 …?"): they say why the asker asks, not what; retrieval and the decision read the question
    without them. `u`: rag.question.route.Understanding."""
    f = u.folded
    if not u.unknown_refs or not named_in_asking(f, titled(u)):
        return []
    return [(a, b) for a, b in _sentences(f) if not asks(f, a, b)
            and any(a <= r.span[0] < b for r in u.unknown_refs) and not any(a <= x < b for x, _ in u.alias_spans)]


def subject_outside(u, spans: list[tuple[int, int]]) -> None:
    """A document the corpus does not hold, named only in the asides `spans` (or carried out), is not what the
    question asks about: clear `u.unknown_subject`, which would refuse the question as about an unknown document
    ("Trước đây có Chỉ thị 05. Kế hoạch của tỉnh giao Mặt trận làm gì?" asks about the plan), or when why a held
    document was issued is asked beside it (`why_of_held`)."""
    if spans and all(r.is_object or any(a <= r.span[0] < b for a, b in spans) for r in u.unknown_refs):
        u.unknown_subject = False
    # "Có NQ 23 rồi, vì sao còn ban hành NQ 43?": why the held one was issued is asked, the cited one is context
    elif u.unknown_refs and u.routed and why_of_held(u, [r.span[0] for r in u.unknown_refs]):
        u.unknown_subject = False


def without(text: str, spans: list[tuple[int, int]]) -> str:
    """`text` with `spans` blanked (same offsets)."""
    t = list(text)
    for a, b in spans:
        t[a:b] = " " * (b - a)
    return "".join(t)


# why something was done, as typed: "vì sao", "tại sao", or a bare "sao" opening a why-clause ("sao lại cần",
# "sao còn ban hành", "sao phải"); "ra sao", "làm sao" (how) and "bản sao" (a copy) are none
_WHY_RE = re.compile(r"(?<!\w)(?:vì|tại)\s+sao(?!\w)|(?<!\w)sao\s+(?:lại|còn|phải|cần|nữa|mà)(?!\w)")
_WHY_FOLDED_RE = re.compile(r"\b(?:vi|tai)\s+sao\b|\bsao\s+(?:lai|con|phai|can|nua|ma)\b")


def why_of_held(u, at: list[int]) -> bool:
    """Whether the question asks why a held document was issued, a cited one beside it ("Có Nghị quyết 23 rồi, vì
    sao Trung ương còn ban hành Nghị quyết 43?"): a why-word stands in the sentence of a held document's name, and
    the first document named after it is held (not the cited one at `at`). Read as typed (accents must be the
    why-word's own: "sáo", "sạo" are none), folded only when the question has no accents at all. `u`:
    rag.question.route.Understanding."""
    # named by title or number ("NQ43"), not by its issuer alone
    held = [a for a, b in u.alias_spans if (a, b) in titled(u) or re.search(r"\d", u.text[a:b])]
    if not held:
        return False
    text, why = (u.text.lower(), _WHY_RE) if u.accents_typed else (u.folded, _WHY_FOLDED_RE)
    for m in why.finditer(text):
        sent = next(((a, b) for a, b in _sentences(u.folded) if a <= m.start() < b), (0, len(u.folded)))
        after = sorted([(x, True) for x in held if m.start() <= x < sent[1]] +
                       [(x, False) for x in at if m.start() <= x < sent[1]])
        if after and after[0][1]:
            return True
    return False
