"""Questions about a document the corpus cites but does not hold, answered from its mentions.

"Nghị quyết 23-NQ/TW ban hành ngày nào?" -> «Kho chưa có toàn văn Nghị quyết 23-NQ/TW; các văn bản trong
kho nhắc đến nó như sau: …» with each citing sentence quoted and cited. What a mention can state is its
number, date, issuer, khóa and subject; a question asking anything else ("đề ra mấy quan điểm") is
refused with the same lead and the same quotes. When a held document is the subject of the question and
the cited one only its topic ("Kế hoạch của tỉnh nói gì về Nghị quyết 02-NQ/TU"), retrieval answers.
"""
from __future__ import annotations

import re

from rag.answerers import Structured
from rag.answerers.common import Citer, has_any, inline, remaining_terms
from rag.answerers.forms import about_tail, forms, reason_asked
from rag.decision.slots import expected_slot, slot_filled
from rag.tables.cited import label, match, not_held
from rag.tables.issuer_said import contradicts, issuer_said
from rag.prompts import msg
from rag.decision.counting import is_plural_determiner
from rag.question.anaphor import taken_up
from rag.question.intents import WHEN
from rag.question.kinds import KIND_RE
from rag.question.regional import standard_folded
from rag.question.target import context_only, named_in_asking, titled, why_of_held
from rag.text import fold

MAX_MENTIONS = 4
MAX_CLAUSE = 420           # a citing clause up to this long is quoted whole
LEAD_CHARS = 80            # a paragraph's opening up to this long before a colon is its lead (kept with the clause)
DATE_CUES = ("ngay nao", "hom nao", "khi nao", "nam nao", "luc nao", "bao gio", "thoi gian nao", "ban hanh ngay", "ngay thang")
ISSUER_CUES = ("ai ban hanh", "do ai", "ai ra", "co quan nao", "cua ai", "cap nao", "ai thong qua", "noi nao ban hanh")
# what a citing sentence states about a document (folded cue phrases): its date, its issuer, and these
WITHIN = DATE_CUES + ISSUER_CUES + (
          "so may", "so hieu", "so bao nhieu", "ky hieu", "so nao", "khoa may", "khoa nao",
          "ve gi", "ve van de gi", "noi ve", "chuyen gi", "ban ve", "de cap", "la gi", "la van ban gi",
          "trich yeu", "ten day du", "nhac den", "nhac toi", "nhac", "duoc neu", "o dau",
          # "nêu" citing after a word of having ("Kế hoạch có nêu một nghị quyết về … không")
          "co neu", "da neu", "deu neu",
          # how the held texts take it up: what a citing clause says of it ("được kế thừa thế nào", "viện dẫn ra sao")
          "ke thua", "tiep noi", "vien dan", "trich dan", "dan chieu",
          # how long it has been carried out ("đã thực hiện được bao lâu"): a citing clause may print it ("Qua 20 năm
          # thực hiện Nghị quyết số 23"); the duration slot must then be filled by a quote (STRICT_SLOTS)
          "bao lau")
# asking for what only the full text holds, even when a WITHIN cue is present ("nhiệm vụ chính là gì")
BEYOND = ("may", "bao nhieu", "nhiem vu", "giai phap", "quan diem", "chi tieu", "noi dung chinh", "ai ky",
          "nguoi ky", "hieu luc", "gom nhung", "quy dinh gi", "yeu cau gi", "muc tieu",
          # what it stipulates in detail ("quy định cụ thể những gì")
          "quy dinh nhung gi", "quy dinh cu the", "noi dung cu the", "cu the nhung gi", "cu the ra sao",
          "cu the the nao",
          # the work it assigns ("giao chi hội ở ấp làm những việc gì"): its tasks, as "nhiệm vụ" ("liên quan việc
          # gì" asks what it is about, which a mention states)
          "nhung viec gi", "nhung viec nao", "nhung cong viec")
# what a question may ask that a citing clause must print to answer (a person, a figure, a period)
STRICT_SLOTS = ("person", "amount", "frequency", "duration")
# a question of time bound to an action of its own, not the issuing: an obligation or a future after it ("khi nào
# các cấp ủy phải sơ kết", "bao giờ thì sẽ tổng kết"), or a span up to it ("thực hiện đến bao giờ"); read as such
# only when no issue date is asked (rag.question.intents: "ra ngày nào thì …" asks it)
OTHER_TIME_RE = re.compile(rf"\b{WHEN}\b(?=(?:\s+[a-z]+){{0,4}}?\s+(?:phai|can|se|moi)\b)|"
                           rf"\b(?:den|toi)\s+{WHEN}\b")
ABOUT_NEUTRAL = set(forms()["overview"]["neutral"])
LIST_ASKED = re.compile(r"\b(?:nhung|cac|may|bao nhieu)\b")
# a count asked of one noun ("sau bao nhiêu năm", "mấy nhiệm vụ"): within the mentions when a citing clause
# prints a figure of that noun
COUNT_RE = re.compile(r"\b(?:may|bao nhieu)\s+([a-z]+)\b")
# "mấy" before a noun phrase closed by a demonstrative ("mấy văn bản mới này", "mấy cái đó") says "these", it counts
# nothing
THESE_RE = re.compile(r"\bmay\s+(?:[a-z]+\s+){1,3}?(?:nay|do|ay|kia)\b")
# the cited document taken up after "về" ("nói gì về nó", "về nghị quyết đó"): what is asked is about the document
# itself, which its citing clauses state
ANAPHOR_RE = re.compile(rf"\b(?:no|(?:van ban|van kien|cai|{KIND_RE})\s+(?:nay|do|ay|kia|tren))\b")


def _positions(u, row: dict) -> list[int]:
    """Where the question names the cited document: its references ("Chỉ thị 05"), else its number, else its kind
    word (a subject match); [0] when none is found."""
    folded = u.folded
    digits = re.match(r"\d+", row["number"]).group(0)
    at = [r.span[0] for r in u.unknown_refs if r.number.lstrip("0") == digits.lstrip("0")] or \
        [m.start() for m in re.finditer(rf"(?<!\d)0*{int(digits)}(?![\d])", folded)] or \
        [m.start() for m in re.finditer(rf"\b{fold(row['kind'])}\b", folded)]
    return at or [0]


def _held_asked(ctx, row: dict, at: list[int]) -> bool:
    """Whether a held document the question routes by is what it asks about, the cited one beside it: the held one
    is named first, or the cited one only as context (rag.question.target) while the asking names the held one by
    its title; unless an anaphor of the cited one's kind takes it up ("kết luận đó đề ra …")."""
    u = ctx.u
    if not u.routed:
        return False
    held = [a for a, _ in u.alias_spans]
    if taken_up(u.folded, at, fold(row["kind"]), held):
        return False
    if any(a < at[0] for a in held):
        return True
    return context_only(u.folded, at) and named_in_asking(u.folded, titled(u))


def _printed_counts(rest: str, quotes: list[str]) -> str:
    """`rest` without the counts the citing clauses print ("sau bao nhiêu năm" when one says "Qua 20 năm"): a
    figure the mentions state is within them."""
    said = [fold(q) for q in quotes]
    for m in list(COUNT_RE.finditer(rest))[::-1]:
        if any(re.search(rf"(?<![\d.,])\d+\s+{m.group(1)}\b", q) for q in said):
            rest = rest[:m.start()] + " " * (m.end() - m.start()) + rest[m.end():]
    return rest



def _clause(text: str, start: int, end: int) -> tuple[int, int]:
    """The clause of the citing sentence that holds a mention (between '; ', sentence breaks or the
    paragraph's ends): it says what the document is cited for; a bullet's short lead before a colon ("Hỗ trợ
    người Việt Nam ở nước ngoài: …") stays, it says whom. The mention alone when that is too long."""
    breaks = [m for m in re.finditer(r"[;.:]\s+", text[:start])]
    if breaks and breaks[0].group(0).startswith(":") and breaks[0].start() <= LEAD_CHARS:
        breaks = breaks[1:]            # the paragraph's lead ends at its first colon
    a = max([0] + [m.end() for m in breaks])
    m = re.search(r"[;.](?:\s|$)", text[end:])
    b = end + m.start() if m else len(text)
    a += len(text[a:]) - len(text[a:].lstrip())
    return (a, b) if b - a <= MAX_CLAUSE else (start, end)


def _states_asked(f: str, row: dict) -> bool:
    """A date or issuer asked of a document whose mentions do not state it is beyond the mentions."""
    return not ((has_any(f, DATE_CUES) and not row["date"]) or (has_any(f, ISSUER_CUES) and not row["issuer"]))


def _asking(u) -> str:
    """What the question asks, folded, read for the cue phrases: its regional words as the standard ones
    (rag.question.regional: "ra ngày mô" asks "ngày nào") and each "mấy" that only marks a plural left out
    ("mấy văn bản ni nhắc tới": these documents; rag.decision.counting), so that it asks no count."""
    typed = list(u.text)
    for m in re.finditer(r"\bmay\b", u.folded):
        if is_plural_determiner(u.text, u.folded, m.start()):
            typed[m.start():m.end()] = " " * (m.end() - m.start())
    return standard_folded("".join(typed))


def _other_issuer(ctx, row: dict) -> Structured | None:
    """"Nghị quyết 02 của huyện": an issuer said of the number that no cited document of that kind and number
    has (rag.tables.issuer_said) is refused, saying which ones the corpus cites."""
    digits = re.match(r"\d+", row["number"]).group(0)
    same = [r for r in not_held(ctx.index) if r["kind"] == row["kind"] and re.match(r"\d+", r["number"]).group(0) == digits]
    span = issuer_said(ctx.u.folded, fold(row["kind"]).lower(), int(digits), ctx.u.text)
    if span is None or not contradicts(ctx.u.folded[span[0]:span[1]], same):
        return None
    cited = "; ".join(msg("mentioned_issuer_item", doc=label(r), issuer=r["issuer"]) for r in same)
    text = msg("refusal_mentioned_other_issuer", kind=row["kind"], number=digits,
               issuer=ctx.u.text[span[0]:span[1]], cited=cited)
    return Structured(text, [], "mentions", refused=True, reason="mentioned_only")


def answer(ctx) -> Structured | None:
    rows = match(ctx.index, ctx.u.folded, ctx.u.without_doc_names(accented=False), ctx.u)
    if not rows:
        return None
    row = rows[0]
    other = _other_issuer(ctx, row)
    if other is not None:
        return other
    f = _asking(ctx.u)
    if "date" not in ctx.u.intents:
        f = OTHER_TIME_RE.sub(" ", f)
    rest = re.sub("|".join(rf"(?<![a-z]){re.escape(c)}(?![a-z])" for c in WITHIN), " ", f)
    # what it is about ("là về cái gì", "đề cập đến nội dung gì") is what a citing clause states, unless a
    # topic follows ("nói gì về đội ngũ trí thức") or a list is asked ("những điểm gì"): the full text's
    tail = about_tail(f)
    about = tail is not None and not remaining_terms(ANAPHOR_RE.sub(" ", tail), ABOUT_NEUTRAL) and \
        not LIST_ASKED.search(f)
    asked = (has_any(f, WITHIN) or about) and _states_asked(f, row)
    citer = Citer(ctx.index)
    lines = [msg("mentioned_lead", doc=label(row))]
    seen: set[str] = set()
    quotes: list[str] = []
    # the citing documents the question names come first ("Nghị quyết 23 được nhắc trong NQ43 …")
    named = set(ctx.u.routed)
    for mn in sorted(row["mentions"], key=lambda mn: mn["unit_id"].split(":")[0] not in named):
        unit = ctx.index.units.get(mn["unit_id"])
        if unit is None or unit.unit_id in seen:
            continue
        seen.add(unit.unit_id)
        n, quote = citer.cite(unit, _clause(unit.text, mn["start"], mn["end"]))
        quotes.append(quote)
        source = ctx.index.docs[unit.doc_id].label
        path = " › ".join(unit.path.split(" › ")[1:]) or unit.path
        lines.append(msg("mentioned_line", source=source, path=path, quote=inline(quote), n=n))
        if len(seen) >= MAX_MENTIONS:
            break
    if not citer.citations:
        return None
    # who signed it no citing clause states ("do ai ký": "do ai" alone would ask the issuer)
    within = asked and not has_any(_printed_counts(THESE_RE.sub(" ", rest), quotes), BEYOND) and "signer" not in ctx.u.intents
    # why a held document named beside it was issued ("đã có NQ 23 rồi, sao còn ra thêm NQ 43"): the held text says
    at = _positions(ctx.u, row)
    if ctx.u.routed and why_of_held(ctx.u, at):
        return None             # why the held document was issued ("vì sao còn ban hành NQ43"): its text says
    if not within and (_held_asked(ctx, row, at) or (ctx.u.routed and reason_asked(f))):
        return None             # the held document is asked about: retrieval answers
    slot = expected_slot(ctx.u.text)
    if slot in STRICT_SLOTS and not any(slot_filled(slot, q) for q in quotes):
        within = False          # "do đồng chí nào ký": a name, a figure, a period no citing clause prints
    if not within:
        lines.append(msg("mentioned_beyond", doc=label(row)))
        return Structured("\n".join(lines), citer.citations, "mentions", refused=True, reason="mentioned_only")
    return Structured("\n".join(lines), citer.citations, "mentions")
