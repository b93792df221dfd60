"""Which body does one thing at each level: the task rows that print the whole action the question names ("cơ quan
nào ở mỗi cấp theo dõi, đôn đốc việc thực hiện nghị quyết", "ở trung ương, ở tỉnh và ở Cần Thơ, ai cầm trịch theo
dõi, đôn đốc", "Cơ quan theo dõi, đôn đốc … ở từng cấp là ban nào").

A search by shared words finds rows that share "thực hiện" or "nghị quyết" with the question, as nearly every row
does; the action is the verb and its whole object. It is read after the who-word and the verbs that only say someone
takes the work on ("phải", "lo", "đứng ra", "chịu trách nhiệm", "cầm trịch", "chủ trì, phối hợp"), or between a noun
for a body that opens the question and "là ai / là ban nào", up to where the question's levels, places or documents
start, a question word, or a comma opening another ask ("…, hạn báo cáo khi nào"); "trong / theo / ở / là" inside
the object stay ("công tác dân vận trong tôn giáo"). A row carries the action when it prints every content word of it
(folded, abbreviations expanded) and its verb as one word, outside a quoted motto ("dân kiểm tra, dân giám sát" names
a slogan, not a work given). An action that many rows carry ("tổ chức thực hiện") names no work of its own, and one
asked with a comparison ("… nhiều hơn", "khác nhau") or negated is another question: across reads them.

Asked of several documents only: the documents issued at two or more levels said (with those named), the documents
named (a named document narrows "các cấp" to its own levels), or every document with tasks for "ở từng cấp / mỗi
cấp" ("các cấp ủy", "các bên liên quan" are bodies, not every level). Every document asked must carry the action;
otherwise it may say it in other words, and rag.answerers.work.across reads the question. Each document's rows, the one
in charge ("chủ trì") first, down the hierarchy with the plan assigning the work first at one level.
"""
from __future__ import annotations

import re

from rag.answerers import Context, Structured
from rag.answerers.work.asked_docs import carried_out_only
from rag.answerers.work.doc_order import carries_out_at_its_level, level_rank, ordered
from rag.answerers.forms import asks_who
from rag.answerers.work.listed import named_or_routed
from rag.answerers.work.tasks import row_lines
from rag.decision.wordclass import content_only, function_syllables
from rag.prompts import msg
from rag.question.intents import WHEN
from rag.question.levels import documents_at, levels_said, levels_where
from rag.question.negation import ANY_NEGATION_RE
from rag.text import content_terms, fold, nfc, words

PER_DOC = 2            # rows quoted per document
MIN_TERMS = 3          # content syllables of an action at least: a verb alone ("lo tuyên truyền") is no action here
SPECIFIC = 0.2         # an action carried by more than this share of all task rows names no work of its own

WHO = r"(?:ai|(?:co quan|don vi|bo phan) (?:nao|mo)|ban nao|cap nao|noi nao|to chuc nao|ben nao)"
# verbs that say only that someone takes the work on, before the action itself
TAKE_ON = (r"(?:phai|se|can|duoc giao|lo|dung ra|cam trich|chu tri(?:,? phoi hop(?: voi)?)?|chiu trach nhiem|"
           r"co trach nhiem|co nhiem vu|duoc phan cong|lam nhiem vu|dam nhiem|dam nhan|dam trach|phu trach|lam dau moi|la dau moi|"
           r"o moi cap|o tung cap|moi cap|tung cap|o moi noi|o tung noi)")
AFTER_WHO = re.compile(rf"\b{WHO}\s+(?:{TAKE_ON},?\s+)*(?P<act>[a-z])")
# "Cơ quan theo dõi, đôn đốc … ở từng cấp … là ban nào": the action between a body noun and "là ai / ban nào"
BEFORE_WHO = re.compile(rf"^(?:co quan|ban|don vi|bo phan|to chuc)\s+(?:{TAKE_ON},?\s+)*(?P<act>[a-z])"
                        rf"(?=.*\b(?:la|lan luot la)\s+{WHO}\b)")
_TAKE_ON_RE = re.compile(rf"{TAKE_ON},?(?:\s+|$)")
# where an action ends: a question word, a sentence's end, a comma opening another ask (a question word, a time or
# a deadline asked), "thì", "là <who>", a comparison of places
_END_RE = re.compile(rf"\s*[?;:!(\"“”]|\s+(?:ai|nao|gi|thi(?!\s+(?:hanh|dua|tuyen|cu)\b)|lan luot|la\s+{WHO})\b|\s+{WHEN}\b|"
                     rf",\s+(?:(?:con|va|hay|voi)\s+)?(?:[a-z]+\s+){{0,3}}?(?:ai|nao|gi|han|thoi han|{WHEN})\b|"
                     r"\s+(?:co\s+)?(?:giong|khac)\b|$")
# several places asked: "ở từng cấp", "mỗi cấp", "các cấp", "ba cấp", "lần lượt"; not a body ("các cấp ủy", "các
# bên liên quan")
EACH_PLACE = re.compile(r"\b(?:(?:tung|moi|cac|ba|hai) (?:cap|noi|ben)(?!\s+(?:uy|lien quan)\b)|lan luot)\b")
# the words that lead a level, a place or a document into the sentence: dropped where the action ends
_LEADS_RE = re.compile(r"(?:\s+(?:o|tai|cua|trong|theo|tu|xuong|den|toi|va|voi|thi|cho|la|lam|viec))+\s*,?\s*$")
# a document named by its kind word as what is carried out ("việc thực hiện nghị quyết đoàn kết này", "triển khai
# kế hoạch 21"): a reference, where the action ends; not a plan to be made ("xây dựng kế hoạch")
_DOC_REF_RE = re.compile(r"\b(?:thuc hien|trien khai)\s+(?P<kind>nghi quyet|ke hoach|chuong trinh|chi thi|ket luan|"
                         r"nq|kh|ct)\b")
COMPARE_RE = re.compile(r"\b(?:nhieu hon|it hon|hon|khac nhau|giong nhau|so sanh|so voi|khac)\b")
QUOTED_RE = re.compile(r"[\"“][^\"“”]*[\"”]")


def _places_start(u, a: int) -> int:
    """Where the question's first level, place or document after offset `a` starts (len of the text if none)."""
    starts = [s for s, _ in levels_where(u.text)] + [s for s, _ in u.alias_spans]
    starts += [m.start() for m in EACH_PLACE.finditer(u.folded)]
    starts += [m.start("kind") for m in _DOC_REF_RE.finditer(u.folded)]
    return min((s for s in starts if s > a), default=len(u.folded))


def action(u) -> tuple[list[str], tuple[int, int]]:
    """(the content syllables of the action a question asks who does, where it says it); ([], (0, 0)) when none,
    or when it is negated or compared."""
    f = u.folded
    m = AFTER_WHO.search(f) or BEFORE_WHO.search(f)
    if not m:
        return [], (0, 0)
    a = m.start("act")
    while (lead := _TAKE_ON_RE.match(f, a)):         # "ai chủ trì?": a verb of taking the work on, no action
        a = lead.end()
    end = _END_RE.search(f, a)
    b = min(end.start() if end else len(f), _places_start(u, a))
    b = a + len(_LEADS_RE.sub("", f[a:b]).rstrip(" ,"))
    if b <= a or ANY_NEGATION_RE.search(f, m.start(), b) or COMPARE_RE.search(f, a, end.end() if end else len(f)):
        return [], (0, 0)
    talk = function_syllables(u.text)
    while (last := re.search(r"\s*\b([a-z]+)$", f[a:b])) and last.group(1) in talk:
        b = a + last.start()             # a particle where the action ends ("… việc thực hiện vậy ta?")
    act = content_only(list(dict.fromkeys(content_terms(u.text[a:b]))), u.text)
    return (act, (a, b)) if len(act) >= MIN_TERMS else ([], (0, 0))


def carries(act: list[str], verb: str, row_text: str, assignee: str = "", named: tuple[str, ...] = ()) -> bool:
    """A row prints every content syllable of the action, and its verb (its first two syllables) as one word,
    outside a quoted motto and outside the name of the body it assigns the work to ("Ban Dân vận … theo dõi, đôn
    đốc" gives "đôn đốc Ban Dân vận" to no one). A body named in the action (`named`: its folded syllables) is the
    verb's object: printed after the verb in the same clause, and not after "của", which makes the verb a noun
    whose doer follows ("vai trò giám sát của Mặt trận" is the Front's supervision, not "giám sát Mặt trận")."""
    text = QUOTED_RE.sub(" ", nfc(row_text))
    if assignee:
        text = text.replace(nfc(assignee), " ", 1)
    have = set(words(fold(text))) | set(content_terms(text))
    if not all(t in have for t in act) or f" {verb} " not in " " + " ".join(words(fold(text))) + " ":
        return False
    if not named:
        return True
    verb_re = re.compile(rf"(?<![a-z]){verb}(?![a-z])(?!\s+cua\b)")
    for clause in re.split(r"[;.]\s", text):
        folded = fold(clause).lower()
        if any(set(named) <= set(words(folded[m.start():])) for m in verb_re.finditer(folded)):
            return True
    return False


def named_in(text: str, a: int, b: int, rows: list[dict]) -> tuple[str, ...]:
    """The folded syllables of the bodies named inside [a, b) of the question, the action's object: its
    capitalised words, and a run of two syllables or more after the verb that a task row's assignee name prints
    (typed in lower case: "giám sát mặt trận tổ quốc")."""
    named = [fold(w).lower() for w in re.findall(r"\b[^\W\d_][^\W_]*", text[a:b]) if w[0].isupper()]
    said = words(fold(text[a:b]).lower())[2:]
    names = {" " + " ".join(words(fold(r.get("assignee", "")).lower())) + " " for r in rows}
    i = 0
    while i < len(said):
        n = next((n for n in range(len(said) - i, 1, -1) if any(f" {' '.join(said[i:i + n])} " in m for m in names)), 0)
        named += said[i:i + n]
        i += n or 1
    return tuple(dict.fromkeys(named))


def places(ctx: Context, with_tasks: set[str]) -> list[str] | None:
    """The documents asked, when several (each once, only those that give tasks): those issued at the levels said
    (two or more) with those named beside them; else those named (a named document narrows "các cấp"); else every
    document for "ở từng cấp"; not one named only as what the others carry out ("Triển khai Nghị quyết 43 ở …",
    rag.answerers.work.asked_docs, as across reads it)."""
    named = named_or_routed(ctx.u, ctx.index.docs)
    said = levels_said(ctx.u.text)
    if len(said) > 1:
        docs = list(dict.fromkeys(documents_at(said, ctx.index.docs) + named))
    elif named:
        docs = named
    elif EACH_PLACE.search(ctx.u.folded):
        docs = list(ctx.index.docs)
    else:
        return None
    docs = carried_out_only(ctx.u, [d for d in docs if d in with_tasks], ctx.index.docs)
    return docs if len(docs) > 1 else None


def answer(ctx: Context) -> Structured | None:
    rows = getattr(ctx.index, "tasks", [])
    f = ctx.u.folded
    if not rows or not asks_who(f):
        return None
    act, (a, b) = action(ctx.u)
    docs = places(ctx, {r["doc_id"] for r in rows}) if act else None
    if not docs:
        return None
    verb = " ".join(words(f[a:b])[:2])
    named = named_in(ctx.u.text, a, b, rows)
    carried = [r for r in rows if carries(act, verb, r["text"], r.get("assignee", ""), named)]
    if len(carried) > SPECIFIC * len(rows):
        return None                      # "tổ chức thực hiện": every other row's work, none in particular
    if re.search(r"\bchu tri\b", f[:a]):
        carried = [r for r in carried if r["role"] == "chủ trì"]   # "ai chủ trì …": the one in charge
    found = {d: [r for r in carried if r["doc_id"] == d] for d in docs}
    if not all(found.values()):
        return None                      # a document may say it in other words: rag.answerers.work.across
    plans = carries_out_at_its_level(ctx.index.docs)
    if len(levels_said(ctx.u.text)) > 1 or EACH_PLACE.search(f):
        # asked by levels: down the hierarchy, at one level the plan that assigns the work first
        order = sorted(docs, key=lambda d: (level_rank(ctx.index.docs[d].entry), d not in plans, docs.index(d)))
    else:
        order = ordered(docs, ctx.u, ctx.index.docs)
    lines = [msg("acts_lead", count=len(docs), action=ctx.u.text[a:b].strip(" ,"),
                 searched="; ".join(ctx.index.docs[d].label for d in order))]
    citations: list = []
    for d in order:
        mine = sorted(found[d], key=lambda r: r["role"] != "chủ trì")[:PER_DOC]
        lines += row_lines(ctx, citations, mine, who=True)
    return Structured(text="\n".join(lines), citations=citations, mode="acts")
