"""Whether a question asks which tasks have a dated deadline, or whether any has one, with no period asked (a period,
"trong năm 2024", filters instead: rag.answerers.work.task_query). Read on the folded question:
- whether any: "(X) có (cái) hạn chót / thời hạn nào (cụ thể) không / chưa", "không có hạn chót nào";
- which: "(X có) hạn chót nào (cụ thể)?", "hạn chót nào trong kế hoạch tỉnh?" (nothing after it but where);
- the tasks with one: "việc / nhiệm vụ nào (có) (ghi rõ) thời hạn / hạn chót / ngày phải xong", "việc gì có hạn chót
  ghi rõ ngày tháng", "những việc nào có hạn chót cụ thể".
X, the subject, may be a document ("Kế hoạch 21 có hạn chót nào?"), a body ("Ban Tuyên giáo có hạn chót nào không?":
its tasks, read by task_query's assignee readers) or nothing; a task described ("Việc quán triệt nghị quyết có thời
hạn nào không?", "Việc ban hành kế hoạch có hạn chót nào?") asks that task's own deadline, no list. "Hạn chót nào
phải nộp báo cáo?", "Tỉnh đặt hạn chót nào cho việc học tập?" name the task after it: no list either. A date, not
"thường xuyên", is what a "hạn chót" is, so these ask for the dated tasks."""
from __future__ import annotations

import re
from typing import Callable

from rag.question.kinds import KIND_RE

# the deadline, said as a noun; "mốc thời gian" only when asked for a definite one ("có mốc thời gian nào cụ thể
# không"): "những mốc thời gian nào" asks every printed deadline (task_query.EACH_DUE)
DUE_NOUN = r"(?:han chot|thoi han|han hoan thanh|moc thoi gian(?= nao (?:cu the|ro rang|nhat dinh)))"
# what a deadline is said to be: definite, or written with its date
DEFINITE = r"(?: (?:cu the|ro rang|nhat dinh|ro|ghi ro[^,;?]*|ghi (?:ngay|thang|nam)[^,;?]*))?"
# a document said as the place of the deadlines ("trong kế hoạch tỉnh", "ở chương trình Cần Thơ")
# a document's kind word as said, or its short form ("KH", "CT", "NQ")
_DOC_WORD = rf"(?:{KIND_RE}|van ban|kh|ct|nq)"
_IN_DOC = rf"(?: (?:trong|o|cua) {_DOC_WORD}\b[^,;?]*)?"
# what may stand between the deadline and the closing "không": its being definite, a verb of finishing, its document
# ("… bắt buộc", "… cả", "… nữa", "… hay không")
_TAIL = rf"{DEFINITE}(?: (?:phai|can|duoc) (?:xong|hoan thanh|ghi))?{_IN_DOC}(?: (?:bat buoc|ca|het|nua|hay))*"
# the closing particles of a question ("không có … nào sao / à / hả / vậy")
_CLOSE = r"(?: (?:sao|a|ha|vay|the|u|nhi|ha|day))*\s*$"
WHETHER_ANY = re.compile(rf"\bco (?:cai |nhung |cac |mot )?{DUE_NOUN} nao{_TAIL} (?:khong|ko|hong|hok|chua)\b|"
                         rf"\bkhong co (?:cai |mot )?{DUE_NOUN} nao{_TAIL}{_CLOSE}")
WHICH = re.compile(rf"\b(?P<has>co )?(?:cai |nhung |cac )?{DUE_NOUN} nao{_TAIL}\s*$")
TASKS_WITH = re.compile(r"\b(?:viec|nhiem vu|cong viec) (?:nao|gi) (?:co )?(?:duoc )?(?:ghi )?(?:ro )?"
                        rf"(?:{DUE_NOUN}|ngay (?:thang|phai|hoan thanh|xong))\b")
# what may open the subject clause besides its name: a polite or asking lead ("Dạ cho em hỏi", "Xin hỏi", "Anh cho
# hỏi"), a conjunction or time ("Vậy thì", "Thế còn", "Hiện nay"), a rhetorical "chẳng lẽ", "trong / theo / ở …", "cái"
_LEAD = re.compile(r"^(?:(?:da|vang|thua)\s+)?(?:(?:anh|chi|em|toi|minh|chau|ong|ba|co|chu|bac)\s+)?"
                   r"(?:(?:cho|xin)\s+(?:(?:em|toi|minh|chau|anh|chi)\s+)?(?:hoi|biet)(?:\s+(?:la|voi|chut))?\s+)?"
                   r"(?:(?:vay|the|thi|con|va|hien nay|hien tai|bay gio|vay thi|the con|con nhu)\s+)*"
                   r"(?:(?:chang le|le nao|phai chang)\s+)?(?:(?:trong|theo|o|tai|cua)\s+)?(?:cai\s+)?")
# a document said by its kind word, maybe with a demonstrative, that the question does not name ("Kế hoạch này",
# "văn bản"): the subject is still a document, not a task
_KIND_SUBJECT = re.compile(rf"^(?:(?:cac|nhung|mot)\s+)?{_DOC_WORD}(?:\s+(?:nay|do|ay|tren|kia|ni|no))?$")
# the clause the subject is read in: from the last break before the match
_BREAK = re.compile(r"[,;:.?!]")


def asks_dated(u, f: str, is_body: Callable[[str], bool] | None = None) -> bool:
    """Whether the folded question f (u.folded, closing marks stripped) asks which tasks have a dated deadline or
    whether any has: the deadline's subject ("X có hạn chót nào") is nothing, a document the question names
    (u.alias_spans) or a body `is_body` knows (the task table's); anything else is one task's ("Kế hoạch 21 yêu cầu
    các tỉnh ban hành chương trình trong thời hạn nào?", "Việc quán triệt có thời hạn nào không?")."""
    m = WHETHER_ANY.search(f)
    if m and _listed_subject(u, f, m.start(), is_body):
        return True
    m = WHICH.search(f)
    if m and _listed_subject(u, f, m.start(), is_body if m.group("has") else None):
        return True
    return bool(TASKS_WITH.search(f))


def _listed_subject(u, f: str, at: int, is_body) -> bool:
    """The clause before `at` names nothing but the documents the question names, or one body `is_body` knows."""
    breaks = [m.end() for m in _BREAK.finditer(f, 0, at)]
    start = breaks[-1] if breaks else 0
    chars = list(f[:at])
    for a, b in u.alias_spans:
        chars[a:b] = " " * (max(0, min(b, at) - a))
    blanked = "".join(chars)                    # the documents' names blanked, same offsets
    seg = blanked[start:at]
    b = start + len(seg) - len(seg.lstrip())
    b += _LEAD.match(f[b:at]).end()
    rest = blanked[b:at]
    b += len(rest) - len(rest.lstrip())
    rest = rest.strip()
    if not rest or _KIND_SUBJECT.match(rest):
        return True
    return is_body is not None and is_body(u.text[b:b + len(rest)])
