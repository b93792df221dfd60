"""How a question to the task table is read (rag/answerers/work/tasks.py filters the table and renders the answer):
the due periods it restricts tasks to ("phải xong trong năm 2025", "trong quý đầu năm 2024, việc nào hạn năm
2025", "hạn năm 2024 hoặc 2025", "thường xuyên"; or every printed deadline: "các mốc thời gian", "việc nào hạn nào"), the body or bodies it asks
about and the levels it asks them at ("Ban Tuyên giáo ở trung ương, ở tỉnh và ở Cần Thơ", "Đảng đoàn Quốc hội và
HĐND"), who leads a task ("ai chủ trì …") and the topic the tasks are about. The level words are rag.tables.levels'."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from rag.answerers.work.dated_asked import DUE_NOUN, asks_dated
from rag.prompts import msg
from rag.question.intents import WHEN
from rag.tables.levels import ALL_LEVELS, LEVEL_CUT, SEVERAL_LEVELS
from rag.tables.tasks import DueFilter, any_assignee_matches, assignee_key, parse_period
from rag.text import content_terms, fold, with_bigrams

# the English words young staff type among Vietnamese ones ("list các task của Mặt trận", "deadline") are read as
# Vietnamese before any reader sees them (rag/data/loanwords.tsv: "nhiệm vụ", "hạn chót", "liệt kê"); "owner", the
# one in charge, and "who" the glossary does not hold, and are read here
TASK_NOUN = r"(?:viec|nhiem vu|cong viec|phan viec|noi dung|hoat dong|vai tro|trach nhiem)"
# a bare "hạn" too ("việc nào hạn trong năm 2025"), not "hạn chế", "giới hạn", "quyền hạn", "hạn hán"…
DUE_CUE = re.compile(r"\b(?:xong|hoan thanh|co han|thoi han|han chot|han la|den han|het han|qua han|"
                     r"phai lam|can lam|phai thuc hien|phai trien khai|"
                     r"(?<!gioi )(?<!quyen )(?<!vo )(?<!huu )(?<!cuc )han(?! (?:che|han|muc|hep)\b))\b")
PERIOD_CUE = re.compile(r"\b(?:nam \d{4}|quy (?:iv|iii|ii|i|[1-4]|dau|cuoi)\s*(?:/|nam)\s*(?:\d{4}|\d{2})|"
                        r"thang \d{1,2}\s*(?:/|nam)\s*(?:\d{4}|\d{2}))\b")
# a period joined to one a deadline cue points at ("xong trong quý I/2024 và trong năm 2025"): the same cue's
# ... or asked in contrast of more tasks ("việc nào xong trong tháng 12/2023, còn việc nào cho tới quý I/2024"), or
# listed period by period, a timeline ("việc nào xong trong tháng 12/2023, việc nào quý I/2024, việc nào năm 2025")
JOINED_PERIOD = re.compile(rf"^\s*(?:,|va|hoac|hay|cung nhu)\s*(?:(?:,|va|hoac)\s*)?(?:(?:trong|vao|truoc)\s+)?$|"
                           rf"^\s*(?:,\s*(?:(?:con|va) )?|;\s*(?:(?:con|va) )?|(?:con|va) )(?:nhung |cac )?{TASK_NOUN} (?:nao|gi) (?:thi )?(?:phai xong |phai hoan thanh |"
                           rf"co han |han |cho |xong )?(?:(?:toi|den|trong|vao|truoc)\s+)?$")
ASKS_WHEN = re.compile(rf"\b(?:{WHEN}|the nao|ra sao)\b")
GAP_WORDS = 3
TOPIC_RE = re.compile(rf"\b{TASK_NOUN} (?:gi|nao) (?:ve|lien quan den|trong linh vuc|trong cong tac) (.+)$")   # asks for a deadline
ONGOING_CUE = re.compile(rf"\b(?:{TASK_NOUN}\b[^?]*\bthuong xuyen|thuong xuyen\b[^?]*\b{TASK_NOUN})\b")
# the deadline of every task asked for: "các mốc thời gian", "việc nào hạn nào", "từng việc thời hạn ra sao";
# "các mốc" only of time or of tasks ("các mốc thời hạn", "từng mốc của các việc"), not "các mốc lịch sử"
EACH_DUE = re.compile(rf"\b(?:cac|nhung|het|moi|tung) moc (?:thoi gian|thoi han|tien do|han|"
                      rf"(?:cua |cho )?(?:cac |nhung |tung )?{TASK_NOUN})\b|\b{TASK_NOUN} (?:va |voi |co )?(?:cac|nhung|tung) moc\b|"
                      rf"\b(?:{TASK_NOUN} nao|tung {TASK_NOUN}|moi {TASK_NOUN}) (?:co )?(?:thoi )?han (?:nao|gi|ra sao|the nao|bao gio|khi nao)\b")
# the deadlines listed: "các hạn chót", "liệt kê hạn chót", "hạn chót của các việc" ("list deadline", "deadline của
# các việc" as read through the glossary) (a "hạn chót" is a date: a task to be done "thường xuyên" has none)
EACH_DEADLINE = re.compile(rf"\b(?:cac|nhung|het|moi|tung|liet ke|tong hop)\s+(?:(?:cac|nhung|het|moi|tung)\s+)?"
                           rf"han chot\b|\bhan chot (?:cua |cho )?(?:cac|nhung|tung|moi) {TASK_NOUN}\b")
# what the tasks asked for are for: "phải làm gì để người dân bớt phiền hà" (only the tasks about it)
PURPOSE_RE = re.compile(r"\b(?:lam gi|lam nhung gi|lam nhung viec gi|can lam gi|phai lam gi) (?:de|nham) (.+)$")
CHAIR_RE = re.compile(r"\b(?:ai|who|co quan nao|don vi nao|ban nao|noi nao) (?:se |duoc giao |phai |la )?(?:chu tri|owner) "
                      r"(?:cua )?(?:viec |nhiem vu )?(.+)$")
# "owner của việc X là ai": the one in charge asked after the work
OWNER_RE = re.compile(r"\bowner (?:cua )?(?:viec |nhiem vu )?(.+?) (?:la )?(?:ai|who|co quan nao|ban nao|don vi nao)"
                      r"(?: vay| a| nhi| the)?$")
# the verbs of assigning a task ("giao", "phân công")
ASSIGN = r"(?:giao|phan cong)"
ASSIGNEE_RES = (
    re.compile(rf"\b{ASSIGN} (?:cho )?(.+?) (?:nhung |cac )?(?:{TASK_NOUN}) (?:gi|nao)\b"),
    # "giao nhiệm vụ gì cho Mặt trận Tổ quốc": the body after what is asked
    re.compile(rf"\b{ASSIGN} (?:nhung |cac )?(?:{TASK_NOUN}) (?:gi|nao) cho (.+?)(?: trong | theo | de | nham |\?|$)"),
    re.compile(rf"\b(?:{TASK_NOUN}) (?:thuong xuyen )?(?:cua|danh cho|{ASSIGN} cho|duoc {ASSIGN} cho) (.+?)(?: trong | theo | o cac | tai | la | gom | co |\?|$)"),
    re.compile(rf"^(.+?) (?:duoc {ASSIGN}|co (?:nhung |cac )?{TASK_NOUN} (?:gi|nao)|phai lam nhung|phai lam gi|"
               rf"phai thuc hien nhung|chiu trach nhiem (?:nhung|nhiem vu))"),
)
# "Ban Tuyên giáo có hạn chót nào không?": the body whose dated tasks are asked, read only when the dated tasks are
# (rag.answerers.work.dated_asked): "Các tỉnh ủy có thời hạn nào phải báo cáo không?" is one task's, no list
ASSIGNEE_DUE = re.compile(rf"^(?:(?:the con|vay thi|vay con|con|the|vay) )?(.+?) co (?:cai |nhung |cac |mot )?{DUE_NOUN} nao")
_LEAD_WORDS = re.compile(r"^(?:theo [^,]+, |trong [^,]+, |liet ke (?:cac |nhung )?(?:nhiem vu|viec) cua |nhung |cac |)")
# a field named for its bodies: "ngành tuyên giáo", "bên dân vận", "khối Mặt trận"
FIELD_RE = re.compile(r"(?:nganh|ben|phia|khoi)\s+")
# several bodies asked together: "Đảng đoàn Quốc hội ở trung ương và HĐND ở tỉnh, ở Cần Thơ"
BODY_JOIN = re.compile(r"\s*,\s*|\s+(?:va|voi|cung)\s+")
MIN_NAME_WORDS = 2


@dataclass
class TaskQuery:
    due: "DueFilter | AnyDue | PrintedDue | None" = None
    assignee: str = ""
    chair_topic: list[str] | None = None
    chair_text: str = ""
    topic: list[str] | None = None
    topic_text: str = ""
    levels: str = ""               # the levels the body is asked at, as typed ("ở trung ương, ở tỉnh và ở Cần Thơ")
    assignees: list[str] = field(default_factory=list)   # several bodies asked together (each looked up)
    span: tuple[int, int] = (0, 0)  # where the question names the body or bodies

    def names_place_only(self, u) -> bool:
        """Every document name of the question is part of a body's name ("Ban Tuyên giáo Thành ủy Cần Thơ"):
        the bodies are looked up in every document, each finds its own."""
        a, b = self.span
        return bool(u.alias_spans) and all(a <= s and e <= b for s, e in u.alias_spans)

    @property
    def every_level(self) -> bool:
        """The levels asked are several ("ở trung ương, ở tỉnh và ở Cần Thơ", "các cấp", "mỗi nơi")."""
        return bool(self.levels) and bool(SEVERAL_LEVELS.search(fold(self.levels)))

    def criteria(self) -> str:
        parts = []
        if self.assignee and self.every_level:
            parts.append(msg("tasks_by_assignee_levels", who=self.assignee))
        elif self.assignee:
            parts.append(msg("tasks_by_assignee", who=self.assignee))
        if isinstance(self.due, PrintedDue):
            parts.append(self.due.label())
        elif self.due:
            parts.append(msg("tasks_by_due", period=self.due.label()))
        if self.chair_topic:
            parts.append(msg("tasks_by_chair", topic=self.chair_text))
        if self.topic:
            parts.append(msg("tasks_by_topic", topic=self.topic_text))
        return ", ".join(parts)


def _span_text(u, a: int, b: int) -> str:
    return u.text[a:b].strip(" ,.?;:")


@dataclass(frozen=True)
class AnyDue:
    """Several due periods asked together ("quý I/2024, việc nào hạn năm 2025", "… và việc nào thường xuyên"):
    a task due in any of them."""
    filters: tuple[DueFilter, ...]

    def matches(self, row: dict) -> bool:
        return any(f.matches(row) for f in self.filters)

    def label(self) -> str:
        return msg("tasks_due_join").join(f.label() for f in self.filters)


@dataclass(frozen=True)
class PrintedDue:
    """Every deadline asked for ("các mốc thời gian", "việc nào hạn nào"): the tasks that print one; asked for
    the deadlines themselves ("các hạn chót", "list deadline"), `dated`: the tasks whose deadline is a date."""
    dated: bool = False

    def matches(self, row: dict) -> bool:
        return isinstance(row.get("due"), dict) if self.dated else bool(row.get("deadline_text"))

    def label(self) -> str:
        return msg("tasks_due_dated" if self.dated else "tasks_due_printed")


# further years said after a year ("năm 2024 hoặc 2025", "năm 2024, năm 2025 và 2026"), or the end of a span of
# years ("năm 2024-2025", "năm 2024 - 2026")
YEAR_LIST = re.compile(r"\s*(?:,|,?\s*(?:va|hoac|hay|hoac la|cung nhu)\s)\s*(?:nam\s+)?(\d{4})(?!\d)")
YEAR_SPAN = re.compile(r"\s*-\s*(?:nam\s+)?(\d{4})(?!\d)")
MAX_SPAN = 10


def more_years(f: str, end: int, first: int) -> list[int]:
    """The years a folded question lists after the year `first` that ends at `end`."""
    m = YEAR_SPAN.match(f, end)
    if m:
        last = int(m.group(1))
        return list(range(first + 1, last + 1)) if 0 < last - first <= MAX_SPAN else []
    out = []
    while (m := YEAR_LIST.match(f, end)):
        out.append(int(m.group(1)))
        end = m.end()
    return out


def due_asked(u, rows: list[dict] | None = None) -> DueFilter | AnyDue | PrintedDue | None:
    """The due periods a question restricts tasks to ("phải xong trong năm 2025", "trong quý đầu năm 2024, việc
    nào hạn năm 2025", "việc … thường xuyên"), every printed deadline ("các mốc thời gian"), or None."""
    f = u.folded.rstrip(" ?.!")
    if EACH_DUE.search(f):
        return PrintedDue()
    if EACH_DEADLINE.search(f):
        return PrintedDue(dated=True)
    found = _periods(u, f)
    if not found and asks_dated(u, f, (lambda name: _known(rows, name)) if rows is not None else None):
        return PrintedDue(dated=True)
    return None if not found else found[0] if len(found) == 1 else AnyDue(tuple(found))


def _periods(u, f: str) -> list[DueFilter]:
    """The due periods a deadline cue points at ("phải xong trong năm 2025", "hạn năm 2024 hoặc 2025", "việc …
    thường xuyên")."""
    found: list[DueFilter] = []
    cues = list(DUE_CUE.finditer(f))
    last_end = None                 # where the last period a cue points at ends
    for when in PERIOD_CUE.finditer(f):
        # the period is what a deadline cue points at ("phải xong trong năm 2025", "hạn năm 2025"), not a horizon
        # ("đến năm 2030"), nor a period asked about ("năm nào")
        before = [c for c in cues if c.end() <= when.start()]
        between = f[before[-1].end():when.start()].split() if before else []
        # "đến năm 2030" after a cue is a horizon, "hạn đến năm 2025" a deadline
        horizon = between and between[-1] in ("den", "toi") and not (before and before[-1].group() == "han"
                                                                     and len(between) == 1)
        joined = last_end is not None and JOINED_PERIOD.match(f[last_end:when.start()])
        if not (joined or (before and len(between) <= GAP_WORDS and not horizon)):
            continue
        last_end = when.end()
        period = parse_period(u.text[when.start():when.end()])
        if period and period.get("year"):
            due = DueFilter(year=period["year"], quarter=period["quarter"] if not period["month"] else None,
                            month=period["month"])
            found += [due] if due not in found else []
            if not (due.quarter or due.month):     # "năm 2024 hoặc 2025", "năm 2024, 2025", "năm 2024-2025"
                found += [DueFilter(year=y) for y in more_years(f, when.end(), due.year) if DueFilter(year=y) not in found]
    if found and ASKS_WHEN.search(f):
        found = []
    if ONGOING_CUE.search(f):
        found.append(DueFilter(ongoing=True))
    return found


def read_question(u, rows: list[dict]) -> TaskQuery | None:
    f = u.folded.rstrip(" ?.!")
    q = TaskQuery()
    m = CHAIR_RE.search(f) or OWNER_RE.search(f)
    if m:
        text = _span_text(u, *m.span(1))
        topic = with_bigrams(content_terms(text))
        if topic:
            q.chair_topic, q.chair_text = topic, text
            return q
    q.due = due_asked(u, rows)
    for rx in ASSIGNEE_RES + ((ASSIGNEE_DUE,) if q.due == PrintedDue(dated=True) else ()):
        m = rx.search(f)
        if not m:
            continue
        a, b = _body_span(u, *m.span(1), rows)
        # the name as typed; else several bodies named together; else one body and the levels it is asked at
        bodies, levels = ([], "") if _known(rows, _span_text(u, a, b)) else several_bodies(u, a, b, rows)
        q.span = (a, b)
        if bodies:
            q.assignees = bodies
            q.assignee, q.levels = "», «".join(bodies), levels
            break
        name, levels = body_and_levels(u, a, b, rows)
        if name:
            q.assignee, q.levels = name, levels
            break
    m = TOPIC_RE.search(f) or PURPOSE_RE.search(f)
    if m and (q.due or q.assignee):
        q.topic_text = _span_text(u, *m.span(1))
        q.topic = with_bigrams(content_terms(q.topic_text)) or None
    return q if (q.due or q.assignee) else None


def _body_span(u, a: int, b: int, rows: list[dict]) -> tuple[int, int]:
    """Where a matched span names its body. A colon in it parts a lead from the body ("Chuyện sửa luật …: đảng đoàn
    Quốc hội … được giao") or the body from the documents it is asked in ("việc giao cho Ban Dân vận ở ba văn bản:
    Kế hoạch 21, …"): the part after the colon, unless only the part before it names a body the table knows."""
    colon = u.folded.rfind(":", a, b)
    if colon >= 0:
        after = _skip_lead(u, colon + 1, b)
        before = _skip_lead(u, a, colon)
        if not body_and_levels(u, after, b, rows)[0] and body_and_levels(u, before, colon, rows)[0]:
            return before, b
        return after, b
    return _skip_lead(u, a, b), b


def _skip_lead(u, a: int, b: int) -> int:
    """The span's start past its spaces and lead words ("theo Kế hoạch 21, ", "liệt kê các nhiệm vụ của ")."""
    f = u.folded
    while a < b and f[a] == " ":
        a += 1
    lead = _LEAD_WORDS.match(f[a:b])
    return a + (lead.end() if lead else 0)


def _known(rows: list[dict], name: str) -> bool:
    # a body's name has two words at least ("Ban Dân vận", "cấp ủy"): "nhiệm vụ của Đảng" is not a lookup
    return len(assignee_key(name)) >= MIN_NAME_WORDS and any_assignee_matches(rows, name)


def body_and_levels(u, a: int, b: int, rows: list[dict]) -> tuple[str, str]:
    """(the body named in the question's span a:b, the levels it is asked at): the whole span when the table
    knows it ("Ban Tuyên giáo Trung ương"); else the span cut where a qualifier of levels begins ("Ban Tuyên
    giáo | ở trung ương, ở tỉnh và ở Cần Thơ mỗi nơi") or after the levels it opens with ("ở trung ương, tỉnh
    và Cần Thơ, | Ban Tuyên giáo"), the body then matching its name at every level.
    ("", "") when the table knows neither."""
    noun = FIELD_RE.match(u.folded, a, b)
    if noun:                                    # "ngành tuyên giáo" -> the bodies named "… tuyên giáo …"
        got = body_and_levels(u, noun.end(), b, rows)
        if got[0]:
            return got
    name = _span_text(u, a, b)
    if _known(rows, name):
        every = ALL_LEVELS.search(fold(name))   # "Ban Dân vận các cấp": the table's key drops "các cấp"
        return name, every.group(0) if every else ""
    for c in reversed([m.end() for m in re.finditer(r"\s+", u.folded[a:b])]):
        # "Ban Tuyên giáo Thành ủy Cần Thơ": a body the table knows, then words naming a document's place
        c += a
        if any(s <= c < e and e >= b for s, e in u.alias_spans) and _known(rows, _span_text(u, a, c)):
            return _span_text(u, a, c), _span_text(u, c, b)
    cuts = list(LEVEL_CUT.finditer(u.folded, a, b))
    for m in reversed(cuts):                    # the longest name the table knows, the levels after it
        head = _span_text(u, a, m.start())
        if _known(rows, head):
            return head, _span_text(u, m.start(), b)
    for m in cuts:                              # or before it: "ở trung ương, tỉnh và Cần Thơ, Ban Tuyên giáo"
        if u.folded[m.start():m.end()].strip() == ",":
            tail = _span_text(u, m.end(), b)
            if _known(rows, tail):
                return tail, _span_text(u, a, m.start())
    return "", ""


def several_bodies(u, a: int, b: int, rows: list[dict]) -> tuple[list[str], str]:
    """(the bodies a span names together, the levels they are asked at): "Đảng đoàn Quốc hội ở trung ương và HĐND
    ở tỉnh, ở Cần Thơ" -> (["Đảng đoàn Quốc hội", "HĐND"], "ở trung ương, ở tỉnh, ở Cần Thơ"); ([], "") unless
    two at least."""
    cuts = [(a, a)] + [m.span() for m in BODY_JOIN.finditer(u.folded, a, b)] + [(b, b)]
    found: list[str] = []
    levels: list[str] = []
    for (_, start), (end, _) in zip(cuts, cuts[1:]):
        name, level = body_and_levels(u, start, end, rows) if end > start else ("", "")
        if name and name not in found:
            found.append(name)
        level = level if name else _span_text(u, start, end)     # a piece that names no body is a level
        if level:
            levels.append(level)
    return (found, ", ".join(levels)) if len(found) >= 2 else ([], "")
