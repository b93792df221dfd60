"""Two-part questions that ask two things of different places ("trung ương … xong khi nào, còn văn bản của tỉnh
thì đặt hạn … là ngày nào?", "Về X, NQ 43 muốn … ra sao, còn Cần Thơ dựa vào nghị quyết nào?").

One search for the whole question finds the passage of one part and quotes it as if it answered both. Here the
question is split where a second part opens with "còn" after a comma, a semicolon or a full stop (or with
"và … thì", "riêng … thì" after a comma when each part asks its own slot: a date, a name); the lead
that sets the subject of both ("Về hạn chót:", "Về giai cấp công nhân,") is carried into each part. Each
part is searched on its own, within the documents it names (a part that names none, beside one that does,
is searched in the other documents: "…, còn văn bản của tỉnh thì …" contrasts the two; a part that names no
document but a level other than the other part's, "Mặt trận trung ương … , còn tỉnh thì …", is searched in the
documents issued at its level). A second part without a lead of its own that says nothing beside a level, a
document and a period ("…: kế hoạch trung ương giao ai việc gì, còn tỉnh thì sao?") leaves out what the first part
is about: it is searched with the first part's words after its own. Each part is judged by the decision model and answered with its own citations; a part the texts
do not answer is named as such. When neither part is answered, or the question does not split so, the ordinary
path answers it.
"""
from __future__ import annotations

import re
from functools import lru_cache

from rag.answer import doc_meta, path_tail, quote_span
from rag.answerers import Context, Structured
from rag.answerers.work.asked import clause_documents
from rag.cite import make_citation
from rag.decision.decide import judge
from rag.decision.slots import expected_slot
from rag.question.intents import WHEN
from rag.question.kinds import KIND_RE
from rag.question.levels import documents_at, issuer_level, level_at, levels_said
from rag.prompts import msg
from rag.question.route import understand
from rag.tables.levels import LEVEL_WORDS, level_of
from rag.tables.tasks import dated_units
from rag.text import content_terms, fold, has_diacritics, nfc, words

# syllables of levels, of the period asked and of the verbs of carrying out, the pronoun that takes up the other
# part's subject ("triển khai nó") and the polite particle ("ạ"): no topic of their own. As written with accents: a
# syllable typed with its accents is none of them unless it is one of these ("sơ kết" is a topic, "cơ sở" a level;
# both fold to "so"); typed without, its fold is read
_NOT_TOPIC_WORDS = (*LEVEL_WORDS.values(), "xã cơ sở địa phương ủy uỷ", "ngày tháng năm quý lúc khi giờ",
                    "triển khai thực hiện làm", "nó ạ", "dự kiến")
# the verbs of intending a time ("tính triển khai lúc nào"), read only as typed: "tinh" folds the level, "dinh" many
_INTENDING = ("tính định",)
_NOT_TOPIC_ACCENTED = frozenset(w for phrase in _NOT_TOPIC_WORDS + _INTENDING for w in phrase.split())
_NOT_TOPIC = frozenset(fold(w) for phrase in _NOT_TOPIC_WORDS for w in phrase.split())

# where the second part opens (on the folded question, whose offsets are the text's; the group "cut" ends the first)
SPLIT_RE = re.compile(r"(?P<cut>\s*[,;.?]\s+)(?=(?P<word>con)\s)")
# ... or, typed without punctuation, right after a time asked (intents.WHEN: "xong lúc nào còn tỉnh thì …", "ra
# hồi nào còn …", "báo cáo ngày mô còn …"): the question word closes the first part; after any other word "còn"
# may be "still" ("việc nào còn dang dở")
BARE_SPLIT_RE = re.compile(rf"\b{WHEN}(?P<cut>\s+)(?=(?P<word>con)\s)")
# a second part that opens with a level, possibly after a classifier ("còn tỉnh kia bắt …", "còn cái tỉnh kia",
# "còn bên trung ương …"): a subject of its own
_PART_LEVEL_LEAD_RE = re.compile(r"(?:(?:cai|ben|phia|o|cap)\s+)?")
# a second part opened by "và" / "riêng" after a comma, taken only when each part asks a slot of its own
SLOT_SPLIT_RE = re.compile(r"(?P<cut>\s*[,;]\s+)(?=(?P<word>va|rieng)\s[^,;?]*\bthi\b)")
LEAD_RE = re.compile(r"^(?:rieng\s+)?ve\s+[^,:;?]{2,80}?[,:]\s*")   # "Về hạn chót: …", "Về giai cấp công nhân, …"
# a topic set before a colon, asking nothing ("Chiến lược đại đoàn kết: trung ương giao ai …, còn tỉnh …"); one
# that speaks of the asker ("Chúng tôi cần nắm mốc thời gian: …") says why they ask, not what about
TOPIC_LEAD_RE = re.compile(r"^[^,:;?]{2,80}?:\s+")
ASKER_RE = re.compile(r"\b(?:toi|chung toi|em|chung em|minh|chung minh|tui)\b")
THEN_RE = re.compile(r"\sthi\s")                    # "<subject> thì <what is asked>"
ASKS_RE = re.compile(rf"\b(?:ai|gi|nao|the nao|ra sao|bao nhieu|may|{WHEN}|hay khong|chua|khong)\b")
PER_PART = 8           # candidates retrieved for each part
TIMED_AMONG = 3        # a part refused on the whole is still answered by a timed task among this many first candidates
QUOTED = 2             # units quoted per part at most
SECOND = 0.9           # a second unit is quoted when its score is this close to the first's


def split(u) -> tuple[str, list[str]] | None:
    """(the lead, the parts as typed) of a question whose second part opens with "còn" (or "và/riêng … thì",
    each part asking a slot); None otherwise. Each part must ask something (a question word or a slot), and the
    second must open a subject of its own: name a document or say "thì"."""
    f = u.folded.rstrip(" ?.!")
    m = LEAD_RE.match(f) or TOPIC_LEAD_RE.match(f)
    if m and not LEAD_RE.match(f) and (ASKS_RE.search(f, 0, m.end()) or ASKER_RE.search(f, 0, m.end())):
        m = None
    start = m.end() if m else 0
    cuts = list(SPLIT_RE.finditer(f, start))
    bare = not cuts
    if bare:
        cuts = list(BARE_SPLIT_RE.finditer(f, start))
    slots_only = False
    if not cuts:        # "… xong khi nào, và kế hoạch tỉnh thì hạn là ngày nào?": two slots asked, one each
        cuts, slots_only = list(SLOT_SPLIT_RE.finditer(f, start)), True
    if len(cuts) != 1:
        return None
    c = cuts[0]
    spans = [(start, c.start("cut")), (c.end("cut") + len(c.group("word")) + 1, len(f))]
    if slots_only and not all(expected_slot(u.text[a:b]) for a, b in spans):
        return None
    if not all(ASKS_RE.search(f[a:b]) or expected_slot(u.text[a:b]) for a, b in spans):
        return None
    # "còn" opens a second subject ("còn văn bản của tỉnh thì …", "còn Cần Thơ …"), not a state ("còn vướng gì")
    # typed without punctuation, "còn" may be "remaining" even before "thì" ("xong khi nào còn thời gian thì …",
    # "lúc nào còn bao lâu nữa thì hết hạn"): the second part must open with a level or a document's name
    a, b = spans[1]
    opens = _PART_LEVEL_LEAD_RE.match(f, a).end()
    if not (any(a <= x <= opens for x, _ in u.alias_spans) or level_at(u.text, opens)
            or not bare and (THEN_RE.search(f, a, b) or any(a <= x < b for x, _ in u.alias_spans))):
        return None
    lead = u.text[:start].strip(" ,:")
    parts = [u.text[a:b].strip(" ,;.?") for a, b in spans]
    parts[1] = re.sub(r"\s+thì\b", "", parts[1], count=1)      # "văn bản của tỉnh thì đặt hạn …"
    return lead, parts


def own_terms(u, deadline: bool = False) -> list[str]:
    """The content terms a part says beside the documents and levels it names and the period it asks ("ngày",
    "năm"): none in "còn tỉnh thì sao?", whose topic is the other part's; with `deadline`, beside the wording of a
    deadline too ("xong trước", "hẹn")."""
    text = u.without_doc_names()
    folded_out, accented_out = (_NOT_TOPIC | _DEADLINE_WORDS, _NOT_TOPIC_ACCENTED | _DEADLINE_ACCENTED) if deadline \
        else (_NOT_TOPIC, _NOT_TOPIC_ACCENTED)
    # a folded syllable is no topic when some word typed for it is one of those words: with its accents when it has
    # them ("sơ kết" is a topic, "so sánh" and "cơ sở" are not), by its folded form when typed without
    typed = (w.strip(",.;:?!") for w in nfc(text).lower().split())
    out = {fold(w) for w in typed if w and (w in accented_out if has_diacritics(w) else w in folded_out)}
    return [t for t in content_terms(text) if t not in out]


def part_level(part: str, u, docs: dict) -> str | None:
    """The level a part is about: the document it names' issuer level; else a level it says on its own ("còn tỉnh
    thì …", rag.question.levels); else the level of a body it names ("Mặt trận Tổ quốc trung ương"); None if none."""
    if names_document(u):
        return issuer_level(docs[u.routed[0]].entry.get("issuer", ""))
    said = levels_said(part)
    return said[0] if said else (level_of(part) or None)


# a verb of making right before a bare kind word: the paper to be made ("bắt tỉnh ủy ra chương trình", "ban hành kế
# hoạch"), not the one catalog document of that kind
_MADE_KIND_RE = re.compile(rf"(?<![a-z])(?:ra|ban hanh|xay dung)\s+(?:{KIND_RE})(?![a-z])")


def names_document(part_u) -> bool:
    """Whether a part names a document: by a span of its own (a number, an alias, a kind and its issuer), or by a
    bare kind word that no verb of making governs; "… bắt tỉnh ủy, thành ủy ra chương trình xong hồi nào" asks
    by when a program is to be made, which is no name of the one catalog program."""
    if not part_u.routed:
        return False
    return bool(part_u.alias_spans) or not _MADE_KIND_RE.search(part_u.folded)


def _docs_of(part_u, other_u, all_docs: list[str], scope: list[str], levels: tuple, docs: dict) -> list[str]:
    if scope:
        return list(scope)
    if names_document(part_u):
        return list(part_u.routed)
    mine, other = levels
    theirs = other_u.routed if names_document(other_u) else []
    at = [d for d in documents_at([mine], docs) if d not in theirs] if mine and mine != other else []
    if at and len(at) < len(all_docs):
        return at
    if theirs:
        return [d for d in all_docs if d not in theirs]
    return list(all_docs)


# a time asked by its noun: "trước mốc nào", "đến thời điểm nào" (the slot reader asks "ngày nào", "khi nào")
TIME_NOUN_ASKED_RE = re.compile(r"(?<![a-z])(?:moc(?: thoi gian)?|thoi diem)\s+nao(?![a-z])")


def asks_by_when(u) -> bool:
    """The part asks a date or a time: its slot (rag.decision.slots; a calendar day too, "đặt hạn … là ngày nào")
    or a time noun asked ("trước mốc nào")."""
    return expected_slot(u.text) in ("date", "time", "day") or bool(TIME_NOUN_ASKED_RE.search(u.folded))


# a plural determiner before a body's name ("Các tỉnh ủy, thành ủy"): the table prints it, a question may not
_DETERMINER_RE = re.compile(r"^(?:cac|nhung|moi)\s+")


# the committees of a level said by the level in the plural ("Bộ Chính trị cho các tỉnh hạn …" gives it to the
# provincial party committees): "các tỉnh" names "tỉnh ủy"; not whose secretaries or leaders ("bí thư các tỉnh" are
# the members who lead them)
_LEVELS_PLURAL_RE = re.compile(r"(?<!bi thu )(?<!dong chi )(?<!lanh dao )\b((?:cac|nhung|moi)\s+(?:tinh|huyen|quan))\b(?!\s+uy\b)")


def _bodies(norm: str, issuers: frozenset[str] = frozenset()) -> list[str]:
    """A task's body as normalised, folded, without a leading plural determiner, and, when it lists several bodies
    ("tỉnh ủy, thành ủy"), each of them of two words or more that issues no document (a part names the issuer as
    who sets the deadline, "Bộ Chính trị bắt các tỉnh …", not as who must meet it)."""
    whole = _DETERMINER_RE.sub("", fold(nfc(norm)).lower()).strip()
    each = [_DETERMINER_RE.sub("", b.strip()) for b in whole.split(",")] if "," in whole else []
    return [whole] + [b for b in each if len(b.split()) >= 2 and b not in issuers]


def body_dated(u, rows: list[dict], issuers: frozenset[str] = frozenset()) -> set[str]:
    """The units of the tasks with a deadline whose body (as normalised, without a leading plural determiner:
    "tỉnh ủy, thành ủy phải …" names "Các tỉnh ủy, thành ủy"; or one of the bodies it lists, "tỉnh ủy", `issuers`
    (folded) aside) the part names, the committees of a level said by the level in the plural too ("các tỉnh")."""
    said = " " + _LEVELS_PLURAL_RE.sub(r"\1 uy", u.folded) + " "
    return {r["unit_id"] for r in rows if r.get("due") and r.get("assignee_norm")
            and any(re.search(r"(?<![a-z])%s(?![a-z])" % re.escape(b), said)
                    for b in _bodies(r["assignee_norm"], issuers))}


def assigned_first(found: list, u, rows: list[dict], issuers: frozenset[str] = frozenset()) -> list:
    """A part that asks by when a body it names must act ("các tỉnh ủy, thành ủy hạn đến khi nào phải …"): among
    its candidates, the first task of the task table with a deadline whose body (as normalised) the part names
    comes first; a deadline set for other bodies in a passage that only mentions this one does not answer it."""
    if not asks_by_when(u):
        return found
    dated = body_dated(u, rows, issuers)
    first = next((p for p in found if p.unit.unit_id in dated), None)
    return [first] + [p for p in found if p is not first] if first else found


# syllables that say a deadline, not what must be done by it ("xong trước ngày nào", "hạn hoàn thành")
# and the frame of comparing them ("so sánh mốc thời gian")
# ("hẹn" as "hạn": "hẹn sơ kết khi nào")
_DEADLINE_ACCENTED = frozenset("xong trước sau hạn hẹn hoàn thành chậm nhất đạt yêu cầu bắt đòi mốc thời gian so sánh"
                               .split())
_DEADLINE_WORDS = frozenset(fold(w) for w in _DEADLINE_ACCENTED)
# a time printed in a passage: a date, a year, a month or a quarter ("10/01/2024", "năm 2025", "tháng 12", "quý I")
_PRINTS_TIME_RE = re.compile(r"\d{1,2}/\d{1,2}(?:/\d{2,4})?|\b(?:19|20)\d{2}\b|\b(?:tháng|quý)\s+(?:\d|[IV]+\b)", re.I)
DATED_DEPTH = 3        # a part that asks by when: its dated candidates are sought this many times deeper


_SYLLABLE_RE = re.compile(r"[^\W\d_]+")


@lru_cache(maxsize=8)
def _printed_syllables(rows: tuple[str, ...]) -> frozenset[str]:
    return frozenset(w for text in rows for w in _SYLLABLE_RE.findall(nfc(text).lower()))


def printed_syllables(rows: list[dict]) -> frozenset[str]:
    """The syllables the task rows print, as printed (lower case)."""
    return _printed_syllables(tuple(r["text"] for r in rows))


def words_said(terms: list[str], u, text: str, printed: frozenset[str]) -> int:
    """How many of a part's own terms (folded) `text` says. A word typed with its accents is said only as typed
    when the task rows print it so (`printed`: printed_syllables) ("sơ kết" is not said by "số 43" and "kết quả"); a
    syllable the rows never print with those accents is a slip ("quán triêt") and is said by its folded form, as a
    word typed without accents is."""
    body = nfc(text).lower()
    have, have_typed = set(words(fold(body))), set(_SYLLABLE_RE.findall(body))
    typed: dict[str, set[str]] = {}
    for w in _SYLLABLE_RE.findall(nfc(u.text).lower()):
        if has_diacritics(w) and w in printed:
            typed.setdefault(fold(w), set()).add(w)
    return sum(bool(typed[t] & have_typed) if t in typed else (t in have) for t in terms)


def dated_on_topic(found: list, u, rows: list[dict], pool: list | None = None,
                   issuers: frozenset[str] = frozenset()) -> list:
    """A part that asks by when something must be done ("… quán triệt nghị quyết xong trước ngày nào") whose first
    candidate is a dated task (a task-table row whose due is a date or period): among the dated candidates of
    `pool` (a deeper search; `found` when not given), the one that says most of the part's own words (beside
    documents, levels, periods and the deadline's wording) comes first when it says more of them than the first
    does; a deadline set for another task, found by the words of the asking ("trước ngày"), does not answer it."""
    if not asks_by_when(u) or not found or found[0].unit.unit_id in body_dated(u, rows, issuers):
        return found                     # a task of the body the part names answers it (assigned_first)
    terms = list(dict.fromkeys(own_terms(u, deadline=True)))
    if not terms:
        return found
    dated = dated_units(rows)                                                # a date or period, not "thường xuyên"

    printed = printed_syllables(rows)

    def said(p) -> int:
        return words_said(terms, u, p.unit.text, printed)
    timed = {r["unit_id"] for r in rows if r.get("due")}                    # "thường xuyên" too
    if found[0].unit.unit_id not in dated and (found[0].unit.unit_id in timed
                                               or _PRINTS_TIME_RE.search(found[0].unit.text)):
        return found                     # an undated first candidate may say its deadline in words: kept
    best = max((p for p in (pool or found) if p.unit.unit_id in dated), key=said, default=None)
    if best is None or best.unit.unit_id == found[0].unit.unit_id or not said(best):
        return found
    # a first candidate that prints no time at all cannot say by when: a dated one saying as many of the part's
    # words replaces it; a dated first candidate gives way only to one that says more
    if said(best) < said(found[0]) or (found[0].unit.unit_id in dated and said(best) == said(found[0])):
        return found
    return [best] + [p for p in found if p.unit.unit_id != best.unit.unit_id]


SAYS_SHARE = 2 / 3     # a dated task answers a part that asks by when if it says this share of the part's words
SAYS_AT_LEAST = 2      # ... and at least this many of them


def prints_the_deadline(first, u, rows: list[dict]) -> bool:
    """A part that asks by when something must be done (`u`: the part without the lead, "kế hoạch tỉnh bắt quán
    triệt xong trước bữa nào") whose first candidate is a timed task (a task-table row whose due is a date, a
    period or "thường xuyên": "sơ kết khi nào" is answered by a review held as the work goes on) saying most of the
    part's own words (beside documents, levels, periods and the deadline's wording): the deadline is printed there,
    whatever words the part asks it with ("bữa nào" for "ngày nào"). A task that says few of them ("hạn tổ chức
    đại hội") does not answer it."""
    if not asks_by_when(u):
        return False
    if not any(r["unit_id"] == first.unit.unit_id and r.get("due") for r in rows):
        return False
    terms = list(dict.fromkeys(own_terms(u, deadline=True)))
    said = words_said(terms, u, first.unit.text, printed_syllables(rows))
    return bool(terms) and said >= min(SAYS_AT_LEAST, len(terms)) and said >= SAYS_SHARE * len(terms)


def answer(ctx: Context) -> Structured | None:
    if ctx.search is None or ctx.u.structure:
        return None
    got = split(ctx.u)
    if got is None or clause_documents(ctx.u):
        return None                      # one topic asked of each document in a clause of its own: rag.answerers.work.across
    lead, parts = got
    texts = [f"{lead}: {p}" if lead else p for p in parts]
    us = [understand(t, ctx.index.docs) for t in texts]
    levels = [part_level(p, u, ctx.index.docs) for p, u in zip(parts, us)]
    if not lead and not own_terms(us[1]):   # the second part's topic is the first's: "…, còn tỉnh thì sao?"
        texts[1] = f"{texts[1]}: {us[0].without_doc_names().strip(' ,;.?')}"
    all_docs = list(ctx.index.docs)
    issuers = frozenset(fold(nfc(d.entry.get("issuer", ""))).lower() for d in ctx.index.docs.values()) - {""}
    lines, citations, answered = [msg("parts_lead", count=len(parts))], [], 0
    for k, (part, text, u) in enumerate(zip(parts, texts, us)):
        docs = _docs_of(u, us[1 - k], all_docs, ctx.scope, (levels[k], levels[1 - k]), ctx.index.docs)
        found = [p for p in ctx.search(text, docs, PER_PART) if p.unit.kind in ("body", "preamble")]
        found = assigned_first(found, u, getattr(ctx.index, "tasks", []), issuers)
        if found and asks_by_when(u):
            pool = [p for p in ctx.search(text, docs, PER_PART * DATED_DEPTH) if p.unit.kind == "body"]
            found = dated_on_topic(found, u, getattr(ctx.index, "tasks", []), pool, issuers)
        terms = content_terms(text)
        lines.append(msg("parts_part", n=k + 1, part=part))
        if found and judge(text, u, found, terms, ctx.index, ctx.settings).refuse:
            # refused on the whole: a timed task among the first candidates that says the part's words answers
            own = understand(part, ctx.index.docs)
            timed = next((p for p in found[:TIMED_AMONG]
                          if prints_the_deadline(p, own, getattr(ctx.index, "tasks", []))), None)
            found = [] if timed is None else [timed] + [p for p in found if p is not timed]
        if not found:
            lines.append(msg("parts_missing", docs="; ".join(ctx.index.docs[d].label for d in docs)))
            continue
        answered += 1
        one = expected_slot(u.text) is not None or asks_by_when(u)   # a slot asked (a date, a name): its best unit answers
        chosen = [found[0]] + ([] if one else [p for p in found[1:QUOTED] if p.score >= SECOND * found[0].score])
        for p in chosen:
            span = quote_span(p.unit, terms, u.intents)
            n = len(citations) + 1
            c = make_citation(n, p.unit, span, doc_meta(ctx.index, p.unit.doc_id))
            citations.append(c)
            lines.append(msg("parts_quote", doc=ctx.index.docs[p.unit.doc_id].label, path=path_tail(p.unit),
                             quote=" ".join(c.quote.split()), n=n))
    if not answered:
        return None
    return Structured(text="\n".join(lines), citations=citations, mode="parts")

