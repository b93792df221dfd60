"""Two or more asks of one document in one question, answered each by the answerer that fits it ("Kế hoạch 21 ban
hành ngày nào, có bao nhiêu phần?", "Kế hoạch của tỉnh ban hành ngày nào và giao ai chủ trì?").

One search for the whole question finds what one ask needs and answers it as if it answered all: the structure count
drops the issue date, a refused date drops the assignee. Here the question is cut where a clause opens ("và", "còn",
"đồng thời", after a comma or not, dropped with it; a comma, a semicolon, a question mark) into its asking clauses (a clause
without a question word belongs to the next one that asks; the clauses after the last ask, to it; a tag checking
what was said, "…, không phải Thủ tướng à", to the one before), and each clause is read for what it asks:

- a fact of the document's catalog entry (who signed, when, which number, who issued, where signed or sent, the
  certified copy: rag.question.intents),
- a count of the outline ("có bao nhiêu phần", "đề ra mấy nhóm nhiệm vụ": rag.answerers.outline.address),
- or something its text says ("giao ai chủ trì", "nội dung chính là gì", a reason: "vì sao phải ban hành").

A clause that says nothing of its own beside its question words ("… , ở đâu?", "hạn khi nào?") belongs to the
clause before it (or, first, to the one after). The catalog answers several of its facts together, the outline one
count, and a passage what its clauses ask of one topic ("ai chủ trì và khi nào xong", "mục tiêu và nhiệm vụ"): so
clauses of one of these kinds are one ask, and a question asking a catalog fact and a count or a text is answered
part by part. Each part is asked of the whole assistant (rag.answerers.compound.questions does so for several questions in
one message) with the document the question names, so each gets its own answerer: the catalog, the structure count,
the task table, retrieval (a question typed without marks: each part as typed, re-accented on its own); the catalog
parts first, so that one refused as too loosely evidenced sends the question whole before the others are asked. The
answer quotes the parts in the order asked (rag.answerers.compound.join, as rag.answerers.compound.questions), each with its answer
and citations. A part not printed keeps its own refusal line, which says what is missing (the catalog field is
empty, the slot or the topic is not printed) without the sentence pointing at the nearest passages (none is listed
for a part); refused as too loosely evidenced beside a catalog fact answered, it says "Không thấy nội dung …" (the
line of rag.answerers.compound.parts) while the others are answered: the whole is an answer, not a refusal, as
rag.answerers.compound.parts gives one; a part answered with low confidence marks the whole so (the hedge is shown). When no
part is answered, or no catalog fact is and a part is refused only as too loosely evidenced (which the whole
question's words may not be), the ordinary path answers the question whole.

Not split: a question naming no document or several (rag.answerers.compound.parts, rag.answerers.work.across), a thing of another
kind named beside the document ("nghị quyết đó số mấy": the asked document is not the routed one), a later clause
picking one of what an earlier one counts ("có mấy khoản, khoản sau cùng giao cho ai": rag.answerers.outline.ordinals), a
text clause beside a part of the outline the question names (the clause may be about that part only). A clause
naming a node of the outline asks no catalog fact ("phần dành cho Mặt trận là mục số mấy": the item's number).
"""
from __future__ import annotations

import re
from dataclasses import replace

from rag.answerers import Context, Structured

from rag.answerers.outline import address
from rag.answerers.common import has_any
from rag.answerers.forms import forms
from rag.answerers.compound.join import join_answers
from rag.answerers.compound.questions import counts_then_picks
from rag.prompts import msg
from rag.decision.cited_subject import cited_thing
from rag.decision.metadata import asked_catalog
from rag.decision.slots import expected_slot
from rag.question.intents import CATALOG_INTENTS, INTENTS, ISSUE, WHEN, due_asked
from rag.question.particles import closing_words
from rag.question.kinds import KIND_RE
from rag.question.route import OBJECT_RE, understand
from rag.question.split import BACK_FOLDED_RE, asks_something
from rag.text import content_terms, fold, has_diacritics, typed_one_of

# where a clause opens (on the folded question, whose offsets are the text's); "còn" only as typed so ("bà con")
CLAUSE_RE = re.compile(r"\s*[,;?]?\s(?P<word>va|con|dong thoi)\s|\s*[,;?]\s*")
# the words a clause asks with, no topic of their own, read anywhere in it, folded ("thế", "vậy" of "thế nào", "vậy
# thì"). Not rag.question.particles' list: those close a clause and are read at its end, with their marks; read
# folded anywhere they would take nouns ("nhà", "hẹn" fold to "nha", "hen")
ASKING = frozenset("ai gi nao dau sao bao nhieu may khi gio hoi the vay a nhi chua khong co la o".split())
# a reason asked: an ask of its own beside a catalog fact ("ai ký và vì sao phải ban hành")
WHY_RE = re.compile(r"(?<![a-z])(?:vi sao|tai sao|vi ly do gi|ly do gi|ly do nao)(?![a-z])")
# refusals that judge the evidence too loose without naming what is not printed (rag.decision.decide): a part so
# refused may be answered by the question read whole, whose words the part lacks
JUDGED = ("weak_evidence", "no_evidence", "no_content")
OWN_TERMS = 2           # words of its own a clause must say to be asked alone
_SUMMARY = tuple(forms()["overview"]["summary"])    # a summary asked ("nội dung chính", "tóm tắt"): the text's
# the words that ask a catalog fact: the syllables of its intents' cue phrases, and the words naming a signer's
# capacity and name that rag.question.intents reads after a verb of signing ("ký với chức danh gì", "đứng tên")
CATALOG_WORDS = frozenset(w for intent in CATALOG_INTENTS for cue in INTENTS[intent][0] for w in cue.split()) | \
    frozenset("chuc vu danh cuong vi tu cach ho ten dung giu".split())
# (its particles are a narrower class than rag.question.particles' closing list: "vậy", "nhé", "nha" close a
# question without checking a statement)
# a tag closing a clause, checking what the asker says ("…, không phải Thủ tướng à", "…, đúng không")
TAG_RE = re.compile(r"(?:^|\s)(?:a|ha|nhi|chu|phai khong|dung khong|phai ko|dung ko)$")
# the words opening what a tag checks ("không phải Thủ tướng à": not the "không" that asks)
CHECKED_RE = re.compile(r"\s*(?:khong phai|co phai|phai|dung la|chu)(?![a-z])")
# an indefinite pronoun asks nothing: "5 hay 6 gì đó", "một nơi nào đó"
INDEFINITE_RE = re.compile(r"(?<![a-z])(?:gi|nao|ai|dau) (?:do|day)(?![a-z])")
# a question word that "cũng" follows is the universal and asks nothing: "ngày nào cũng phải báo cáo à" (every day),
# "lúc nào cán bộ cũng …", "bao giờ cũng", "ai cũng biết" (review fx29 MEDIUM)
UNIVERSAL_RE = re.compile(r"(?<![a-z])(?:[a-z]+\s+)?(?:nao|gio|ai|gi|dau)(?:\s+[a-z]+){0,3}?\s+(?P<cung>cung)(?![a-z])")
# a kind word outside the spans naming the routed document names another thing ("nghị quyết đó", "Chính phủ ban hành
# nghị quyết số mấy"); after "số" it is the number asked ("số văn bản")
OTHER_KIND_RE = re.compile(rf"(?<![a-z])(?<!so )(?:{KIND_RE}|van ban)(?![a-z])")


def _clauses(u) -> list[tuple[int, int]]:
    """The spans of the question's clauses, in order, without the closing mark."""
    end = len(u.folded.rstrip(" ?.!"))
    cuts = [0]
    for m in CLAUSE_RE.finditer(u.folded, 0, end):
        if m.group("word") == "con" and has_diacritics(u.text) and \
                u.text[m.start("word"):m.end("word")].lower() != "còn":
            continue
        cuts += m.span()
    # a deadline asked without a comma before it ("Ai ký kế hoạch 21 ngày nào thì phải báo cáo?") opens a clause
    cuts += [x for m in due_asked(u.folded[:end], u.text if u.accents_typed else "") for x in (m.start(), m.start())]
    cuts = [0] + sorted(cuts[1:])
    cuts.append(end)
    return [(a, b) for a, b in zip(cuts[::2], cuts[1::2]) if b > a]


def _asks(u, a: int, b: int) -> bool:
    """The clause holds a question word (rag.question.split) that is no indefinite pronoun ("gì đó")."""
    typed = u.text[a:b]
    for m in INDEFINITE_RE.finditer(u.folded, a, b):
        typed = typed[:m.start() - a] + " " * len(m.group()) + typed[m.end() - a:]
    for m in UNIVERSAL_RE.finditer(u.folded, a, b):
        if typed_one_of(u.text if u.accents_typed else "", m.span("cung"), "cũng"):
            typed = typed[:m.start() - a] + " " * (m.start("cung") - m.start()) + typed[m.start("cung") - a:]
    return asks_something(typed) or WHY_RE.search(fold(typed)) is not None


def _tag(u, a: int, b: int) -> bool:
    """The clause asks only by a tag that checks what was said before it ("…, không phải Thủ tướng à", "…, đúng
    không"): without the tag it asks nothing."""
    m = TAG_RE.search(u.folded, a, b)
    if m is None:
        return False
    head = CHECKED_RE.match(u.folded, a, m.start())
    return not _asks(u, head.end() if head else a, m.start())


def _asking_groups(u) -> list[list[tuple[int, int]]]:
    """The clauses grouped so that each group ends with a clause that asks; clauses after the last ask join it, a
    tag clause the group before it."""
    groups, pending = [], []
    for a, b in _clauses(u):
        if groups and not pending and _tag(u, a, b):
            groups[-1].append((a, b))
            continue
        pending.append((a, b))
        if _asks(u, a, b):
            groups.append(pending)
            pending = []
    if pending and groups:
        groups[-1] += pending
    return groups


def kind_of(u, spans: list[tuple[int, int]], docs: dict, subject: str) -> str | None:
    """What a group of clauses asks: "catalog" (a fact of the document's catalog entry, as rag.decision.metadata
    reads it of the group asked with the words naming the document), "count" (a count of the outline, or a figure
    the text prints), "text" (what the text says: a reason asked, "vì sao", or at least OWN_TERMS words of its own
    beside the document's name, its question words and the words asking a catalog fact), or None when it says too
    little of its own to be asked alone ("…, ở cương vị gì?")."""
    typed = ", ".join(u.text[a:b] for a, b in spans)
    if expected_slot(typed) == "person" and not catalog_asked(typed, docs):
        return None           # "…, họ tên đầy đủ là gì?": the name of the one who signs, asked beside it
    bare = ", ".join(u.without_doc_names()[a:b] for a, b in spans)
    # a clause naming a node of the outline asks of the node ("phần dành cho Mặt trận là mục số mấy": the item's
    # number, not the document's); the copy that is the subject is not asked ("Bản sao y NQ43 …, nội dung chính …")
    if not address.names_node(fold(bare), bare) and \
            catalog_asked(_with_subject(typed, subject, docs), docs) - catalog_asked(subject, docs):
        return "catalog"
    if address.count_asked(fold(bare)) is not None:
        return "count"        # "có mấy quan điểm": a count (the outline's, or a figure the text prints)
    if WHY_RE.search(fold(bare)) or has_any(fold(bare), _SUMMARY):
        return "text"         # "vì sao phải ban hành", "nội dung chính là gì": the text's, whatever words it says
    if _time_of_another(fold(bare)):
        return "text"         # "ngày nào thì có hiệu lực", "bao giờ phải sơ kết": the time of what the text says
    own = [t for t in content_terms(bare) if t not in ASKING and t not in CATALOG_WORDS]
    return "text" if len(own) >= OWN_TERMS else None


# a time asked, and what it is the time of said after it ("ngày nào thì có hiệu lực") (folded)
_TIME_OF_RE = re.compile(rf"(?<![a-z]){WHEN}(?![a-z])(?P<rest>[^,;?]*)")


def _time_of_another(folded: str) -> bool:
    """The clause asks the time of something it says after the question of time, not of signing or issuing (those
    are the catalog's: "ngày nào ký", "khi nào ban hành"): a word of its own follows, not a particle closing it
    ("ngày nào vậy ạ"). Its syllables may fold as a catalog word's ("hiệu lực": "ký hiệu", "lúc"; "sơ kết": "số")."""
    for m in _TIME_OF_RE.finditer(folded):
        rest = m.group("rest")
        if re.search(rf"(?<![a-z])(?:{ISSUE}|ky|sao)(?![a-z])", rest):
            continue
        if [t for t in content_terms(rest) if t not in ASKING and t not in closing_words()]:
            return True
    return False


def catalog_asked(text: str, docs: dict) -> set[str]:
    """The catalog facts a text asks (rag.decision.metadata.asked_catalog)."""
    return set(asked_catalog(understand(text, docs)))


def _with_subject(text: str, subject: str, docs: dict) -> str:
    """A part as asked: itself when it names a document, else after the words naming the question's document."""
    return text if understand(text, docs).routed else f"{subject} {text}"


def split(u, docs: dict) -> tuple[str, list[tuple[str, list[tuple[int, int]]]]] | None:
    """(the words naming the document, (kind, spans) of each ask) of a question that asks a catalog fact and
    something else of one document, the asks in the order first asked; None when it asks one kind (or cannot be
    cut so)."""
    groups = _asking_groups(u)
    if len(groups) < 2:
        return None
    subject = _subject(u, groups[0]) or docs[u.routed[0]].label
    kinds = [kind_of(u, g, docs, subject) for g in groups]
    parts: list[tuple[str | None, list]] = []
    for k, (kind, g) in enumerate(zip(kinds, groups)):
        if kind is None and parts:                # "…, ở đâu?": the clause before asks it
            parts[-1][1].extend(g)
        elif kind is None:                        # the first clause: the next one's
            nxt = next((x for x in kinds[k + 1:] if x is not None), None)
            parts.append((nxt, list(g)))
        else:
            parts.append((kind, list(g)))
    merged: dict[str | None, list] = {}
    for kind, spans in parts:
        merged.setdefault(kind, []).extend(spans)
    if len(merged) < 2 or None in merged or "catalog" not in merged:
        return None           # one kind asked: one answerer answers it whole
    return subject, [(kind, sorted(spans)) for kind, spans in merged.items()]


def _names_another(u, docs: dict) -> bool:
    """The question names a held document besides the one it asks of, other than as what that one carries out
    ("bài tin về KH 21 …, BCT ban hành nó ngày nào": the date asked may be either's)."""
    for a, b in u.alias_spans:
        named = understand(u.text[a:b], docs).routed
        if named and named[0] != u.routed[0] and not OBJECT_RE.search(u.folded[:a].rstrip()):
            return True
    return False


def _subject(u, spans: list[tuple[int, int]]) -> str:
    """The words naming the document in the first ask: from the start of its clause (after a colon or a full stop
    before the name; from the name when the words before it ask, "Ai ký kế hoạch 21") to the end of the last name
    it holds ("Bản sao y NQ43", "Kế hoạch của tỉnh"); '' if none."""
    a, b = spans[0][0], spans[-1][1]
    names = [(x, y) for x, y in u.alias_spans if a <= x and y <= b]
    if not names:
        return ""
    start = max([a] + [m.end() for m in re.finditer(r"[:.]\s+", u.text[:names[0][0]])])
    if asks_something(u.text[start:names[0][0]]):
        start = names[0][0]   # "Đồng chí nào ký kế hoạch 21": the ask before the name is no part of it
    return u.text[max(start, a):names[-1][1]].strip(" ,;")


def texts_asked(u, docs: dict) -> tuple[list[str], list[str]] | None:
    """(each ask as typed, the text asked for it: with the first ask's words naming the document when it names
    none), or None when the question is not one to answer ask by ask."""
    if len(u.routed) != 1 or u.unknown_refs:
        return None
    if OTHER_KIND_RE.search(u.without_doc_names(accented=False)) or cited_thing(u) is not None \
            or _names_another(u, docs):
        return None           # "nghị quyết đó số mấy", "Chiến lược … mà NQ 43 nhắc tới số mấy": another thing asked
    got = split(u, docs)
    if got is None:
        return None
    subject, asks = got
    if u.structure and any(kind != "catalog" for kind, _ in asks):
        return None           # "Phần III …, ai chủ trì": the other clause may ask of that part only
    asked = [", ".join(u.text[a:b].strip(" ,;") for a, b in spans) for _, spans in asks]
    later = [span for group in _asking_groups(u)[1:] for span in group]
    if counts_then_picks(asked, docs) or any(BACK_FOLDED_RE.search(u.folded[a:b]) for a, b in later):
        return None           # "có mấy khoản, khoản sau cùng giao cho ai": one outline ask (rag.answerers.outline.ordinals)
    return asked, [_with_subject(t, subject, docs) for t in asked]


def answer(ctx: Context) -> Structured | None:
    if ctx.ask is None:
        return None
    got = texts_asked(ctx.u, ctx.index.docs)
    if got is None:
        return None
    asked, texts = got
    docs = ctx.index.docs
    catalog = [bool(catalog_asked(t, docs)) for t in texts]
    # a question typed without marks: each part is asked as typed, to be re-accented on its own (with its own
    # fallback to the text as typed, rag.pipeline) — a syllable the whole question's re-accenting misread ("của
    # tình") would make a part naming only it unanswerable. The catalog parts first: one refused only as too
    # loosely evidenced sends the question whole before the others are asked
    answers: list = [None] * len(texts)
    for k in sorted(range(len(texts)), key=lambda k: not catalog[k]):
        answers[k] = ctx.ask(fold(texts[k]) if getattr(ctx.u, "reaccented", False) else texts[k])
        if catalog[k] and answers[k].refused and answers[k].refusal_reason in JUDGED:
            return None
    if all(a.refused for a in answers) or any(not a.refused and not a.citations for a in answers):
        return None                     # nothing answered: the ordinary path refuses the question whole
    if not any(c and not a.refused for c, a in zip(catalog, answers)) and \
            any(a.refused and a.refusal_reason in JUDGED for a in answers):
        return None           # no catalog fact answered, a part refused for loose evidence: the question read whole
    # a part not printed keeps its own refusal line (the fact or topic it names; "Không thấy nội dung …" when it
    # was refused as too loosely evidenced), the others are answered: an answer, as rag.answerers.compound.parts gives one.
    # The line says what is not printed, not that the nearest passages are listed: no passage is shown for a part
    label = docs[ctx.u.routed[0]].label
    shown = [replace(a, answer=msg("parts_missing", docs=label), citations=[])
             if a.refused and a.refusal_reason in JUDGED else
             replace(a, answer=a.answer.removesuffix(a.listed).rstrip(), citations=[]) if a.refused else a
             for a in answers]
    text, citations = join_answers(asked, shown)
    # a part answered with low confidence keeps its hedge: the joined answer carries it
    return Structured(text=text, citations=citations, mode="asks",
                      low_confidence=any(a.low_confidence and not a.refused for a in answers))
