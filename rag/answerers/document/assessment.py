"""A document's own assessment of the situation, asked in everyday words: "chê chỗ nào còn yếu", "còn những chỗ
yếu gì, tại sao", "khen được cái chi, chê chưa được cái chi".

The assessment is the document's situation part (rag.answerers.document.purpose.situation_node: its first titled part
with paragraphs of its own, before any purpose section). Its paragraphs are read by how the text opens them:
the first that opens on a contrast or names shortcomings ("Tuy nhiên, …", "Hạn chế …") starts the shortcomings,
the first that opens on "Nguyên nhân" their causes; those before the shortcomings are the achievements, those
after the causes the outlook (not quoted). A question that asks what the document finds wanting (a `weak` phrase
of rag/data/question_forms.toml [assessment]) gets the shortcomings and their causes, and the achievements too
when it also asks what was achieved; one that asks only for the causes of the shortcomings ("nguyên nhân của
những hạn chế") gets the causes. Questions naming a topic the document treats beyond its situation part
after a topic marker ("khó khăn gì về đời sống …": rag.answerers.document.overview.names_topic, with that part quoted
anyway) are retrieval's; so is any document
without such a part, or a question naming several documents.
"""
from __future__ import annotations

import re
from functools import lru_cache

from rag.answerers import Structured
from rag.answerers.common import Citer, doc_of, inline, node_heading, quote_span
from rag.answerers.forms import forms
from rag.answerers.work.listed import named_documents
from rag.nlp import tags
from rag.answerers.document.purpose import SITUATION_WHOLE, situation_node
from rag.prompts import messages, msg
from rag.tables.outline import ONode, outline_of
from rag.text import fold, has_diacritics

ROLES = ("good", "weak", "cause")
# "yếu" of another word: "chủ yếu", "trọng yếu", "thiết yếu", "cốt yếu" (main, vital), "trích yếu", "tóm yếu",
# "khái yếu" (a summary), "xung yếu" (critical), "yếu tố" (factor), "yếu thế" (vulnerable)
_NOT_WEAK_BEFORE = re.compile(r"(?<!\w)(?:chủ|trọng|thiết|cốt|hiểm|quan|trích|tóm|khái|xung)\s+$")
_NOT_WEAK_AFTER = re.compile(r"yếu\s+(?:tố|lĩnh|thế)(?!\w)")
# "khen" of another word: "khen thưởng" (rewards), "khen ngợi" (said by the asker), no praise of the document asked
_NOT_GOOD = re.compile(r"khen\s+(?:thưởng|ngợi)(?!\w)")
# the field a shortcoming is asked in, right after the weak phrase ("yếu kém nào trong công tác báo chí")
_DOMAIN = re.compile(r"\s*(?:(?:gi|nao|chi|dau)\s+)?(?:trong|o|ve|doi voi|tai)\s+([^,.;:?!]+)")
_JOINED = re.compile(r"(?<!\w)(?:va|voi|cung|hay|hoac)(?!\w)")     # a cause phrase asked alongside ("… và nguyên nhân")
CAUSE_OF_GAP = 4           # "nguyên nhân (chủ yếu) (của) (những) hạn chế": at most this many words between
_QUESTION = re.compile(r"(?<!\w)(?:gi|nao|chi|dau|sao)(?!\w)")


@lru_cache(maxsize=1)
def _cues() -> dict[str, tuple[re.Pattern, re.Pattern]]:
    """Per role, the accented and the folded phrase patterns (whole words, spaces matching runs of spaces)."""
    a = forms()["assessment"]

    def alt(phrases) -> re.Pattern:
        body = "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in sorted(set(phrases), key=len, reverse=True))
        return re.compile(rf"(?<!\w)(?:{body})(?!\w)")
    return {r: (alt(a[r]), alt(a[f"{r}_folded"])) for r in ROLES}


def _verb_with_object(cue: str, after: str) -> bool:
    """A weak phrase that is also a verb, followed by a noun (its object: "hạn chế tình trạng …"), as the tagger reads
    the words after it; without the tagger, never."""
    if " ".join(cue.split()) not in forms()["assessment"]["weak_verbs"]:
        return False
    clause = re.split(r"[,;:.?!]", after, maxsplit=1)[0]
    first = next(iter(tags(clause.strip())), None) if clause.strip() else None
    return bool(first and first[1] == "N")


def cue_spans(text: str) -> dict[str, list[tuple[int, int]]]:
    """The spans of `text` (lower case; accented, or folded when typed without accents) that ask for each role."""
    accented = has_diacritics(text)
    out: dict[str, list[tuple[int, int]]] = {}
    for role, (acc, folded) in _cues().items():
        spans = []
        for m in (acc if accented else folded).finditer(text):
            word = m.group(0)
            if accented and word.startswith("yếu") and (_NOT_WEAK_BEFORE.search(text[max(0, m.start() - 8):m.start()])
                                                         or _NOT_WEAK_AFTER.match(text[m.start():m.start() + 9])):
                continue
            if accented and role == "good" and _NOT_GOOD.match(text[m.start():m.start() + 12]):
                continue
            if role == "weak" and _verb_with_object(m.group(0), text[m.end():]):
                continue
            spans.append(m.span())
        out[role] = spans
    return out


def _questioned(folded: str, span: tuple[int, int], causes: list[tuple[int, int]] = ()) -> bool:
    """A question word asks about the weak phrase at `span` itself: in its clause after it ("còn yếu chỗ nào", "hạn chế
    gì", "tồn tại và nguyên nhân ra sao") before a cause phrase there (`causes`: "những hạn chế đó là do nguyên nhân
    gì", "hạn chế ấy do đâu" ask why, not what; one joined to it by "và", "tồn tại và nguyên nhân ra sao", asks both), or
    in the two words before it ("những gì còn yếu")."""
    after = re.split(r"[,.;:?!]", folded[span[1]:], maxsplit=1)[0]
    cut = min((a - span[1] for a, _ in causes if a >= span[1] and not _JOINED.search(folded[span[1]:a])),
              default=len(after))
    after = after[:cut]
    before = re.findall(r"\w+", re.split(r"[,.;:?!]", folded[:span[0]])[-1])[-2:]
    return bool(_QUESTION.search(after)) or any(_QUESTION.fullmatch(w) for w in before)


def asked_roles(text: str) -> tuple[str, ...]:
    """The roles a question (lower case, as typed) asks for, in the document's order; () when it does not ask what
    the document finds wanting. Causes alone when a cause is asked and no weak phrase but those it is of ("nguyên nhân
    của những hạn chế") is asked about itself ("tại sao còn yếu kém")."""
    spans = cue_spans(text)
    if not spans["weak"]:
        return ()
    folded = fold(text)
    # weak phrases in a run after "nguyên nhân" ("nguyên nhân chủ yếu của những hạn chế, khuyết điểm") are what it is of
    gap = lambda a, b: len(re.findall(r"\w+", text[a:b])) if a <= b else CAUSE_OF_GAP + 1
    ends, own = [c[1] for c in spans["cause"]], []
    for w in spans["weak"]:
        if any(gap(e, w[0]) <= CAUSE_OF_GAP for e in ends):
            ends.append(w[1])
        else:
            own.append(w)
    if spans["cause"] and not any(_questioned(folded, w, spans["cause"]) for w in own):
        return ("cause",)
    return tuple(r for r in ROLES if r == "weak" or r == "cause" or spans[r])


def paragraph_roles(ctx, node: ONode) -> dict[str, list[str]]:
    """The situation part's unit ids by role (see the module docstring); empty when no paragraph opens the
    shortcomings."""
    a = forms()["assessment"]
    opens = lambda text, cues: any(re.match(rf"{re.escape(c)}\b", text) for c in cues)
    roles: dict[str, list[str]] = {r: [] for r in ROLES}
    role = "good"
    for uid in node.units:
        if uid not in ctx.index.units:
            continue
        head = " ".join(fold(ctx.index.units[uid].text).lower().split())
        if opens(head, a["text_cause"]) and roles["weak"]:
            role = "cause"
        elif opens(head, a["text_weak"]) and role == "good":
            role = "weak"
        elif role == "cause" and not opens(head, a["text_cause"]):
            break                       # the outlook after the causes
        roles[role].append(uid)
    return roles if roles["weak"] else {}


def _blanked(f: str, text: str, node: ONode) -> str:
    """`f` (the question as the overview reads it) with the asking phrases of `text` (same offsets), the verbs of
    assessing ("đánh giá", "nhìn lại") and the words of the part's own heading ("nói về tình hình", "phần đánh giá thực trạng": they name the part quoted) blanked."""
    spans = [s for r in ROLES for s in cue_spans(text)[r]]
    # the verbs of assessing ("đánh giá được gì", "nhìn lại"): the asking itself, no topic
    spans += [m.span() for w in forms()["assessment"]["judging"] for m in re.finditer(rf"(?<!\w){w}(?!\w)", f)]
    # the part's own heading words name the part quoted ("nói về tình hình", "phần đánh giá thực trạng")
    title = fold(node.title).lower().split()
    for k in range(len(title), 1, -1):
        for i in range(len(title) - k + 1):
            spans += [m.span() for m in re.finditer(rf"(?<!\w){' '.join(title[i:i + k])}(?!\w)", f)]
    return "".join("\x00" if any(a <= i < b for a, b in spans) else c for i, c in enumerate(f))


def _nouns_only(blanked: str, text: str) -> str:
    """`blanked` (same offsets as `text`) keeping only the nouns the tagger reads in the clauses of `text` asking
    what is wanting, outside the clauses asking
    why ("vì đâu mà ra nông nỗi": the state asked about, no topic); a verb ("tự nhận") names no topic unless it
    follows a compound noun. Without the tagger, the words of those sentences outside those clauses."""
    # only the sentences holding a weak phrase: another sentence is the asker's context ("Hiệp hội doanh nghiệp
    # muốn nắm: …", "Làm theo NQ 23 … hai chục năm rồi.")
    keep = [False] * len(text)
    for a, b in cue_spans(text)["weak"]:
        start = max((m.end() for m in re.finditer(r"[.;:?!]", text[:a])), default=0)
        end = b + re.search(r"[.;:?!]|$", text[b:]).start()
        keep[start:end] = [True] * (end - start)
    for a, _ in cue_spans(text)["cause"]:
        end = a + (re.search(r"[,.;:?!]|$", text[a:]).start())
        keep[a:end] = [False] * (end - a)
    words = tags(text)
    if words:
        nouns, pos, last = [False] * len(text), 0, False
        for w in words:
            i = text.find(w[0].lower(), pos)
            if i < 0:
                continue
            pos = i + len(w[0])
            # a noun, or a verb right after one ("công tác tuyên truyền": the verb names the noun's field)
            # a compound noun of the asker's own words ("cựu chiến binh", "kiều bào"; not "năm", "chỗ", a number or a
            # document's name blanked), or a verb right after one ("công tác tuyên truyền": it names the noun's field)
            compound = w[1].startswith("N") and " " in w[0] and w[0].replace(" ", "").isalpha() and \
                i < len(blanked) and blanked[i].isalpha()
            if compound or (w[1] == "V" and last):
                nouns[i:pos] = [True] * (pos - i)
            last = compound
        keep = [k and n for k, n in zip(keep, nouns)]
    return "".join(c if i < len(keep) and keep[i] else "\x00" for i, c in enumerate(blanked))


def _part_named(f: str, node: ONode) -> bool:
    """The folded question names the part: a part word then its whole heading ("phần đánh giá tình hình", "mục đánh
    giá thực trạng"), or its number ("phần I")."""
    title = " ".join(fold(node.title).lower().split())
    return bool(re.search(rf"\b(?:phan|muc|doan)\s+(?:\w+\s+){{0,2}}?{re.escape(title)}\b", f) or
                re.search(rf"\bphan\s+{re.escape(node.label.lower())}\b(?![.\d])", f))


def answer(ctx) -> Structured | None:
    if not ctx.scope and len(named_documents(ctx.u, ctx.index.docs)) > 1:
        return None
    doc_id = doc_of(ctx)
    root = outline_of(ctx.index, doc_id) if doc_id else None
    node = situation_node(root) if root is not None else None
    if node is None:
        return None
    typed = ctx.u.without_doc_names().lower()
    text = typed if has_diacritics(typed) else fold(typed)      # same offsets as the question
    asked = asked_roles(text)
    # causes alone ("nguyên nhân của những hạn chế"): retrieval's, which finds the causes paragraph itself
    roles = paragraph_roles(ctx, node) if asked and asked != ("cause",) else {}
    if not roles:
        return None
    spans = cue_spans(text)
    if spans["good"] and spans["cause"]:
        return None             # its results, what is wanting and why, each asked: the part asked whole (whole_part's)
    from rag.answerers.document import overview, overview_asked
    f = overview_asked.asked_text(ctx, doc_id)
    if overview.aim(f):
        return None             # what it aims at asked too ("… hạn chế gì và hướng tới mục tiêu gì"): not the assessment alone
    if _part_named(f, node):
        return None             # the part asked by name ("phần tình hình", "phần I"): the structure answer, whole
    blanked = _blanked(f, text, node)
    quoted = frozenset(node.units)
    # a topic or field the shortcomings are asked of that the document treats beyond its situation part, named
    # with or without a marker ("về tuyên truyền", "vai trò của kiều bào có chỗ nào chưa được phát huy",
    # "Hội cựu chiến binh có bị … chê gì"): retrieval's
    # (read in the sentences that ask: one that asks nothing is the asker's context, "Trong buổi học tập nghị quyết,
    # anh bí thư chi bộ em có nói …. Vậy nghị quyết đánh giá được gì và còn thiếu sót gì?")
    if overview.names_topic(ctx, doc_id, root, overview_asked.asking_sentences(blanked), marked=True, quoted=quoted) or \
            overview.names_topic(ctx, doc_id, root, _nouns_only(blanked, text), quoted=quoted):
        return None
    citer = Citer(ctx.index)
    labels = messages()["assessment_roles"]
    lines = [msg("structure_node_lead", doc=ctx.index.docs[doc_id].label, section=node_heading(node))]
    for role in asked:
        if not roles[role]:
            continue
        lines.append(msg("overview_section", heading=labels[role]))
        for uid in roles[role]:
            unit = ctx.index.units[uid]
            n, quote = citer.cite(unit, quote_span(unit, whole=SITUATION_WHOLE))
            lines.append(msg("quote_item", heading=unit.path.split(" › ")[-1], quote=inline(quote), n=n))
    if not citer.citations:
        return None
    return Structured("\n".join(lines), citer.citations, "assessment")
