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

# the deadline, said as a noun; "mốc thời gian" only when asked for a definite one ("có mốc thời gian nào cụ thể
# không"): "những mốc thời gian nào" asks every printed deadline (task_query.EACH_DUE)
DUE_NOUN = r"(?:han chot|thoi han|han hoan thanh|moc thoi gian(?= nao (?:cu the|ro rang|nhat dinh)))"
# what a deadline is said to be: definite, or written with its date
DEFINITE = r"(?: (?:cu the|ro rang|nhat dinh|ro|ghi ro[^,;?]*|ghi (?:ngay|thang|nam)[^,;?]*))?"
# a document said as the place of the deadlines ("trong kế hoạch tỉnh", "ở chương trình Cần Thơ")
_IN_DOC = r"(?: (?:trong|o|cua) (?:ke hoach|chuong trinh|nghi quyet|van ban|kh|ct|nq)\b[^,;?]*)?"
WHETHER_ANY = re.compile(rf"\bco (?:cai |nhung |cac |mot )?{DUE_NOUN} nao\b.*\b(?:khong|chua)\b|"
                         rf"\bkhong co (?:cai |mot )?{DUE_NOUN} nao\b")
WHICH = re.compile(rf"\b(?P<has>co )?(?:cai |nhung |cac )?{DUE_NOUN} nao{DEFINITE}{_IN_DOC}\s*$")
# a document as the subject ("Kế hoạch 21 hạn chót nào?", "trong kế hoạch tỉnh, hạn chót nào?")
_DOC_SUBJECT = re.compile(r"^(?:(?:trong|theo|o) )?(?:ke hoach|chuong trinh|nghi quyet|van ban|kh|ct|nq)\b")
TASKS_WITH = re.compile(r"\b(?:viec|nhiem vu|cong viec) (?:nao|gi) (?:co )?(?:duoc )?(?:ghi )?(?:ro )?"
                        rf"(?:{DUE_NOUN}|ngay (?:thang|phai|hoan thanh|xong))\b")
# a task described as the subject: the task noun, then a word that is no question word ("việc quán triệt …")
_TASK_SUBJECT = re.compile(r"^(?:(?:con|va|vay|the|thi)\s+)?(?:viec|nhiem vu|cong viec|cong tac)\s+"
                           r"(?!nao\b|gi\b|nay\b|do\b|ay\b|co\b)\w")
# the clause the subject is read in: from the last break before the match
_BREAK = re.compile(r"[,;:.?!]")


def asks_dated(f: str) -> bool:
    """Whether the folded question f (closing marks stripped) asks which tasks have a dated deadline or whether any has."""
    m = WHETHER_ANY.search(f)
    if m and not _TASK_SUBJECT.search(_subject(f, m.start())):
        return True
    m = WHICH.search(f)
    if m:
        # "X có hạn chót nào?" with X no task described, or the deadline's document or nothing before it; not
        # "báo cáo gửi về trước hạn chót nào" (one task's)
        subject = _subject(f, m.start())
        if not subject or _DOC_SUBJECT.match(subject) or (m.group("has") and not _TASK_SUBJECT.search(subject)):
            return True
    return bool(TASKS_WITH.search(f))


def _subject(f: str, at: int) -> str:
    """What the question says before `at`, within its clause (from the last break before it)."""
    breaks = [m.end() for m in _BREAK.finditer(f, 0, at)]
    return f[breaks[-1] if breaks else 0:at].strip()
