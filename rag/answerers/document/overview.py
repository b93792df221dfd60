"""Overview of a whole document: "X là gì / nói về gì / tóm tắt / mục đích / mục tiêu / nội dung chính".

From the catalog and the outline: what the document is (kind, number, date, issuer; a field the text does
not print is said to be missing, never filled in), its title, its signer, its purpose (the units under a
heading "mục đích", "yêu cầu" or "mục tiêu", else its opening paragraph) and its outline (the numbered
parts with their headings). Every line is cited to a unit. A question that asks only for the purpose
("mục tiêu … là gì") gets the purpose first, and so does one naming a year a purpose section prints ("tới 2030,
2045 thành cái gì"), that section's paragraph printing the year quoted first; "làm ra để thực hiện văn bản nào"
gets the opening paragraph. The length of the answer asked for ("nêu ngắn gọn 1-2 câu") names no topic.
Words beyond the document's name and the asking phrases are judged from the corpus (rag.answerers.document.topic): a
phrase the text prints in few units names a topic, and the question returns None (retrieval's); words the text
prints everywhere, or the asker's own wording it never prints, still ask about the whole.
How the question is read before that: rag.answerers.document.overview_asked; the lines written:
rag.answerers.document.overview_lines.
"""
from __future__ import annotations

import re

from rag.answerers import Structured

from rag.answerers.outline import structure
from rag.answerers.outline.body_number import names_assigning_part

from rag.answerers.document import topic
from rag.answerers.document.besides import set_aside_unit
from rag.answerers.document.overview_asked import ASKING, BASIS_CUES, GENERAL_CUES, GOAL_CUES, KIND_PHRASES, NEUTRAL, \
    REQUIREMENT, SUMMARY_CUES, TOPICLESS, YEAR_RE, asked_text, asking_only, without_why
from rag.answerers.document.overview_lines import identity_lines, lead_lines, outline_lines
from rag.answerers.document.purpose import PURPOSE_WORDS, first_asked, purpose_lines as _purpose_lines, purpose_nodes, \
    ranked_first_in_purpose, situation_lines, situation_node
from rag.answerers.common import Citer, doc_of, has_any, remaining_terms
from rag.answerers.outline.address import count_asked, ordinal, refs_in
from rag.answerers.work.listed import named_documents
from rag.answerers.forms import asks_about, asks_about_typed, forms, purpose_asked, reason_asked, structure_patterns
from rag.answerers.document.qualifiers import whole_qualifiers
from rag.tables.cited import label as cited_label, subject_alike
from rag.tables.outline import ONode, node_units, outline_of
from rag.prompts import msg
from rag.question.intents import METADATA_INTENTS, intents_of
from rag.question.target import SENTENCE_RE
from rag.text import content_terms, fold, has_diacritics, nfc, prints

_O = forms()["overview"]
_SP = structure_patterns()
WHOLE = tuple(forms()["structure"]["whole"])     # "bố cục", "gồm những phần nào": the document's parts
KEEP = frozenset(forms()["structure"]["keep"])    # "nhiệm vụ" asked for is a list, not an overview
# the nouns a cadre names a section by ("các quan điểm", "giải pháp"), of two syllables or more ("phần", "mục" name any)
# (not the generic ones, "nội dung", "vấn đề", which ask for the whole)
SECTION_NOUNS = tuple(n for n in forms()["structure"]["nouns"]
                      if len(n.split()) > 1 and n not in PURPOSE_WORDS and n not in _O["generic"])


def dated_purposes(ctx, root: ONode) -> tuple[list[str], tuple[str, ...]]:
    """The purpose sections that print a year the question names ("tới 2030, 2045 thành cái gì", "các mốc 2030,
    2045"): the purpose words of their headings (the question asks for that section, wherever in it the years
    stand) and the ids of their units that print such a year (the ones to quote first)."""
    years = set(YEAR_RE.findall(ctx.u.without_doc_names(accented=False)))
    words: list[str] = []
    ids: list[str] = []
    for node in purpose_nodes(root) if years else ():
        dated = [u for u in node_units(node) if u in ctx.index.units and
                 years & set(YEAR_RE.findall(ctx.index.units[u].text))]
        if dated:
            words += [w for w in PURPOSE_WORDS if w in fold(node.title).lower() and w not in words]
            ids += dated
    return words, tuple(ids)


# what a question asks of a time it names: the state it brings ("đạt tới đâu vào năm 2030", "năm 2045 thì ra sao",
# "thành cái gì", "sẽ ở chỗ nào"); not a place, a body or a person ("sơ kết ở đâu", "cơ quan nào", "ai"), nor the
# manner of an act ("sơ kết như thế nào": "ra sao / thế nào" ask a state after "thì / sẽ / thành / trở nên / là",
# and "phải ra sao")
_ASKS_STATE = re.compile(r"(?<!\w)(?:(?:toi|den) dau|phai ra sao|"
                         r"(?:thi|se|thanh|tro nen|tro thanh|la)\s+(?:ra|nhu)?\s*(?:sao|the nao)|"
                         r"thanh (?:ra )?(?:cai )?(?:gi|sao)|se o (?:cho nao|dau)|"
                         r"dat (?:duoc )?(?:nhung )?(?:cai )?(?:gi|muc nao))(?!\w)")


def at_years(ctx, root: ONode, f: str) -> bool:
    """The question asks what is to be by the years a purpose section of the document prints ("muốn nước mình
    đạt tới đâu vào năm 2030 và 2045"): those years are the document's targets, whatever the verb, when the
    sentence naming a year asks the state it brings."""
    if not dated_purposes(ctx, root)[1]:
        return False
    named = ctx.u.without_doc_names(accented=False)       # `f` has the years the document prints blanked
    named = named if len(named) == len(f) else f
    return any(YEAR_RE.search(named, a, b) and _ASKS_STATE.search(f, a, b)
               for a, b in (m.span() for m in SENTENCE_RE.finditer(f)))


def _asks_shape(f: str, text: str) -> bool:
    """A count, an ordinal or a numbered reference: the structure answerer's question, not an overview."""
    return bool(count_asked(f) or refs_in(f, text) or ordinal(f, text)) or has_any(f, WHOLE)


_PART_WORD = re.compile(r"\b(?:phan|doan|chuong)\b")     # "phần …", "đoạn …", "chương …": a part named
_PART_TYPED = ("phần", "đoạn", "chương")     # as typed with accents ("đoàn" of "đoàn kết" folds to "doan" too)
# what follows a part word that names a part: a numeral, an ordinal or a heading word ("phần III", "chương hai",
# "phần thứ nhất", "phần quan điểm"); "chương trình", "góp phần" name none
_PART_AFTER = re.compile(r"\s+(?:[ivxlc]+\b|\d|thu\b|mot\b|hai\b|ba\b|bon\b|nam\b|sau\b|bay\b|tam\b|chin\b|muoi\b|"
                         r"dau\b|cuoi\b|(?:quan diem|muc tieu|muc dich|yeu cau|nhiem vu|giai phap|to chuc)\b)")


def _names_part(f: str, typed: str) -> bool:
    """The folded question `f` names a part by a part word followed by a numeral, an ordinal or a heading word;
    `typed`: the question as typed, same offsets (with accents, only the accented part words count: "đại đoàn
    kết" names none)."""
    accented = has_diacritics(typed) and len(typed) == len(f)
    return any((not accented or typed[m.start():m.end()].lower() in _PART_TYPED) and _PART_AFTER.match(f, m.end())
               for m in _PART_WORD.finditer(f))


def _names_topic(ctx, doc_id: str, root: ONode, f: str, own: set[str], cues: tuple[str, ...],
                 marked: bool = False, also: frozenset[str] = frozenset(), within: str | None = None) -> bool:
    """Words beyond the document's name and the asking phrases that name a topic inside it (rag.answerers.document.topic:
    judged from the corpus), or a list asked for ("nhiệm vụ": the structure answerer's). `within`: a unit's text;
    only a topic phrase that unit prints counts."""
    why = reason_asked(f)
    f = without_why(f)         # the words asking why it was issued ("vì sao phải ban hành") name no topic
    rest = remaining_terms(f, NEUTRAL | own, cues, keep=KEEP)
    if not rest:
        return False
    if any(k in " ".join(rest) for k in KEEP):
        return True
    if intents_of(f) and not has_any(f, SUMMARY_CUES):
        return True         # a date or an issuer asked with words of its own ("số và ngày ban hành … ký"): metadata
    # what the overview quotes anyway: the purpose sections and the opening paragraphs (a part named by its
    # heading, "phần đánh giá thực trạng", is the structure answerer's)
    quoted = {u for n in purpose_nodes(root) for u in node_units(n)}
    quoted |= {u.unit_id for u in ctx.index.doc_units(doc_id) if u.kind in ("preamble", "header")} | also
    situation = situation_node(root) if why else None
    if situation is not None:                          # why it was issued: the situation is quoted
        quoted |= set(node_units(situation))
    accents = ctx.index.lexical.accents
    blanked = topic.blank(f, cues, ctx.u.alias_spans, lambda pair: pair in accents, NEUTRAL | own)
    typed = ctx.u.text.lower()
    accented = has_diacritics(typed)
    show = nfc if accented else fold
    headings = " ".join(show(n.title).lower() for n in root.walk() if n.title)
    for a, b in whole_qualifiers(ctx.u.folded, typed, ctx.u.alias_spans, cues, NEUTRAL | own, headings,
                                 show(ctx.index.docs[doc_id].text).lower()):
        blanked = blanked[:a] + topic.BREAK * (b - a) + blanked[b:]      # a word qualifying the whole
    name = _name_text(ctx, doc_id).lower()
    found = topic.topics(ctx, doc_id, ctx.u.folded, blanked, ctx.u.without_doc_names(), NEUTRAL, name,
                         frozenset(quoted), marked_only=marked or (has_any(f, SUMMARY_CUES) and not has_any(f, ASKING)))
    if within is not None:
        found = [t for t in found if prints(within, t, f if len(f) == len(ctx.u.text) else ctx.u.folded, ctx.u.text)]
    return bool(found)


def sections_named(f: str, root: ONode) -> list[str]:
    """The nouns by which the question names a section of the document, the noun its heading opens with
    ("khái quát các quan điểm của …" names "1. Quan điểm"): the overview quotes that section first, as it
    quotes the purpose sections when a purpose word is asked."""
    heads = [" ".join(fold(n.title).lower().split()) for n in root.walk() if n.title]
    return [noun for noun in SECTION_NOUNS if has_any(f, (noun,)) and any(h.startswith(noun) for h in heads)]


def _name_text(ctx, doc_id: str) -> str:
    """The document's catalog title, issuer, number and kind in one folded string."""
    e = ctx.index.docs[doc_id].entry
    return fold(" ".join(e.get(k, "") for k in ("title", "issuer", "number", "kind")))


def _own_words(ctx, doc_id: str) -> set[str]:
    """Words naming the document: its title, issuer, and the parts of its number ("21-KH/TW" -> 21, kh, tw)."""
    return set(content_terms(_name_text(ctx, doc_id)))


def names_topic(ctx, doc_id: str, root: ONode, f: str, marked: bool = False,
                quoted: frozenset[str] = frozenset(), within: str | None = None) -> bool:
    """`f` (the question as `asked_text` reads it) has words of its own that name a topic inside the document,
    as the overview judges it before answering (a part or a subject: "phần về thanh niên", "đoạn nói về báo chí");
    `marked`: only a phrase after a topic marker ("về", "đối với") counts, the asker's other words do not;
    `quoted`: unit ids the caller's answer quotes anyway (a phrase printed only there names no topic beyond it);
    `within`: a unit's text, only a topic phrase it prints counts."""
    cues = GOAL_CUES + BASIS_CUES + GENERAL_CUES + KIND_PHRASES + TOPICLESS
    return _names_topic(ctx, doc_id, root, f, _own_words(ctx, doc_id), cues, marked, quoted, within)


def aim(f: str) -> bool:
    """The question asks what the document is for ("mục đích", "nhằm đạt được điều gì", "đòi hỏi …")."""
    return has_any(f, GOAL_CUES) or purpose_asked(f)


def _purposes_asked(f: str) -> list[str]:
    """The purpose words a question asks for: those it names; "yêu cầu" for what it requires; all of them when it
    asks both what for and what is required ("nhằm đạt được điều gì, và đòi hỏi … phải làm thế nào")."""
    goals = [w for w in PURPOSE_WORDS if has_any(f, (w,))]
    if has_any(f, REQUIREMENT):
        aim = has_any(f, tuple(_O["goal"])) or purpose_asked(f)
        goals = list(PURPOSE_WORDS) if aim else goals + [w for w in PURPOSE_WORDS if w == "yeu cau" and w not in goals]
    return goals


def answer(ctx) -> Structured | None:
    if not ctx.scope and len(named_documents(ctx.u, ctx.index.docs)) > 1:
        return None        # documents named side by side ("Trung ương và Cần Thơ cùng yêu cầu gì"): rag.answerers.work.across
    doc_id = doc_of(ctx)
    root = outline_of(ctx.index, doc_id) if doc_id else None
    f = asked_text(ctx, doc_id)
    # "được ban hành nhằm …" also reads as a date/issuer cue; the other metadata kinds are not overviews
    # (cues inside the document's name do not count: "văn bản sao y của Lạng Sơn nói về gì")
    if root is None or any(i in METADATA_INTENTS + ("deadline",) and i not in ("date", "issuer") for i in intents_of(f)):
        return None
    own, cues = _own_words(ctx, doc_id), GOAL_CUES + BASIS_CUES + GENERAL_CUES
    g = without_why(f)
    # a count or a part asked alongside a summary in so many words ("tóm tắt …, có mấy nhóm việc") is part of
    # the overview, which lists the outline
    shape = _asks_shape(g, ctx.u.without_doc_names()) and not has_any(g, SUMMARY_CUES)
    if not (asks_about(f) or asks_about_typed(ctx.u.without_doc_names()) or at_years(ctx, root, f)) or shape:
        return None
    if names_assigning_part(g, ctx.u.without_doc_names() if ctx.u.accents_typed or not ctx.u.reaccented else g) and \
            structure.answer(ctx) is not None:
        return None        # "phần phân công của kế hoạch 21 nói gì": the part that assigns the work, named
    if _names_topic(ctx, doc_id, root, f, own, cues + KIND_PHRASES + TOPICLESS):
        # a purpose word asked with a detail of its own ("mục đích, yêu cầu gì, có bắt làm đồng bộ … không"): the
        # purpose sections, when retrieval's best passage for the whole question lies in one (quoted first)
        ranked = tuple(p.unit.unit_id for p in ctx.passages)
        # (not a part asked by name, "Phần quan điểm, mục tiêu …": the structure answer, whole)
        lead = None if _names_part(f, ctx.u.without_doc_names()) else _aspect_lead(ctx, doc_id, root, f, ranked)
        return None if lead is None else compose(ctx, doc_id, root, f, lead)
    if _SP["list"].search(g) and remaining_terms(g, NEUTRAL | own, cues + KIND_PHRASES + TOPICLESS, keep=KEEP) and \
            structure.answer(ctx) is not None:
        return None        # a list with words of its own ("tập trung làm những việc trọng tâm nào"): a node's children
    return compose(ctx, doc_id, root, f)


def _aspect_lead(ctx, doc_id: str, root: ONode, f: str, ranked: tuple[str, ...]) -> tuple[str, ...] | None:
    """When the question asks one aspect of the whole document with details of its own and the section holding
    that aspect holds the answer, the ranking its units are quoted by (None: not such a question). The aspect: a
    purpose word, or the noun a section's heading opens with ("quan điểm … nền tảng là gì"; not a list the
    structure answerer gives, "nhiệm vụ"), whose section holds retrieval's best passage; or a purpose asked by a
    year its purpose section prints ("nhắm tới cái gì, tới năm 2030 với 2045 …"). A topic set after a marker that
    the section does not print ("quan điểm … về biến đổi khí hậu") is retrieval's. A section noun asked with no
    topic beyond it ("quan điểm cốt lõi là gì") gets its section in the document's order."""
    # any purpose section for a purpose word ("mục tiêu" of a plan headed "Mục đích, yêu cầu"), as compose quotes
    purpose = bool(_purposes_asked(f))
    aspects = PURPOSE_WORDS if purpose else tuple(n for n in sections_named(f, root) if n not in KEEP)
    by_noun = bool(aspects) and not purpose          # a section named by its heading noun, not a purpose word
    if aspects and ranked_first_in_purpose(root, ranked, aspects):
        if by_noun and structure.answer(ctx) is not None:
            return None          # the section's items asked as a list ("nêu những quan điểm gì"): the structure answer
        nodes = purpose_nodes(root, aspects)
    elif (years_asked := at_years(ctx, root, f)) or aim(f):
        dated = dated_purposes(ctx, root)[1]
        if not dated:
            return None
        # a year the purpose section prints leads there only when retrieval's best passage is one of its dated
        # units or the question names no topic of its own ("đội ngũ doanh nhân đến năm 2030": that topic's part)
        # (when the state the years bring is asked, a topic counts when that best passage prints it: the asker's
        # own words, "bà con hỏi", "lớp 12", which it does not print, do not lead away from the purpose section;
        # a purpose word with a detail of its own, "yêu cầu sơ kết ở đâu", keeps every topic)
        by_noun, nodes = False, purpose_nodes(root)
        first = ctx.index.units.get(ranked[0]) if ranked else None
        best = first.text if first is not None and years_asked else None
        if not (first is not None and first.unit_id in dated) and \
                names_topic(ctx, doc_id, root, asking_only(f, ctx.u.folded), within=best):
            return None
    else:
        return None
    quoted = frozenset(u for n in nodes for u in node_units(n))
    if names_topic(ctx, doc_id, root, f, marked=True, quoted=quoted):
        return None
    cues = GOAL_CUES + BASIS_CUES + GENERAL_CUES + KIND_PHRASES + TOPICLESS
    if by_noun and not _names_topic(ctx, doc_id, root, f, _own_words(ctx, doc_id), cues + aspects):
        return ()
    return ranked


def compose(ctx, doc_id: str, root: ONode, f: str, ranked: tuple[str, ...] = (), aims: bool = False) -> Structured | None:
    """The overview of a document (`f`: the question as `asked_text` reads it): the purpose first when a purpose
    is asked for, the opening paragraphs when the basis is, else what it is, its purpose and its outline.
    `ranked`: unit ids, best first; the purpose unit ranked best is quoted first. `aims`: the purpose is asked
    for although no word of `f` says so (a model's judgement, rag.answerers.document.backstop)."""
    citer = Citer(ctx.index)
    dated, dated_ids = dated_purposes(ctx, root)
    goals = _purposes_asked(f) or dated or sections_named(f, root)
    ranked = dated_ids + ranked          # a purpose paragraph printing the years asked is quoted first
    # "ngoài chuyện hiểu cho sâu nghị quyết, nó còn yêu cầu gì nữa": the purpose set aside is quoted after the others
    aside = set_aside_unit(ctx, doc_id, {u for n in purpose_nodes(root) for u in node_units(n)})
    ranked = tuple(u for u in ranked if u != aside)
    ranked = dated_ids if first_asked(f) else ranked     # "mục đích trước tiên": the section in its order
    if reason_asked(f):
        # why it was issued: its account of the situation, else its opening paragraphs and its purpose; its
        # purpose too when that is asked as well ("có mục tiêu gì và vì sao phải ban hành")
        situation = situation_lines(ctx, citer, root)
        lines = situation or lead_lines(ctx, citer, doc_id)
        if not situation or goals or has_any(f, tuple(_O["goal"])):
            lines += _purpose_lines(ctx, citer, root, tuple(goals) or PURPOSE_WORDS, ranked, aside)
        lines = [msg("lead_one", doc=ctx.index.docs[doc_id].label)] + lines
    elif goals or ((aims or aim(f)) and not has_any(f, GENERAL_CUES)):
        # the purpose word asked for, else any ("mục tiêu" of a plan whose heading says "Mục đích, yêu cầu")
        lines = (_purpose_lines(ctx, citer, root, tuple(goals) or PURPOSE_WORDS, ranked, aside) or
                 _purpose_lines(ctx, citer, root, PURPOSE_WORDS, ranked, aside) or lead_lines(ctx, citer, doc_id, goal=True))
        lines = [msg("lead_one", doc=ctx.index.docs[doc_id].label)] + lines
    elif aim(f) and not has_any(f, SUMMARY_CUES):
        # "hướng đến điều gì", "bàn về gì, nhắm tới đích nào": the purpose first, then what the document is and
        # its outline
        lines = (_purpose_lines(ctx, citer, root, PURPOSE_WORDS, ranked, aside) or lead_lines(ctx, citer, doc_id, goal=True))
        lines += identity_lines(ctx, citer, doc_id) + outline_lines(ctx, citer, root)
    elif has_any(f, BASIS_CUES):
        lines = lead_lines(ctx, citer, doc_id) + identity_lines(ctx, citer, doc_id)
    else:
        lines = identity_lines(ctx, citer, doc_id)
        # (a purpose asked beside a summary, "tóm lại … ra kế hoạch này để làm gì": the opening paragraph stating it first)
        lines += _purpose_lines(ctx, citer, root, PURPOSE_WORDS, (), aside) or lead_lines(ctx, citer, doc_id, goal=aim(f))
        lines += outline_lines(ctx, citer, root)
    if not citer.citations:
        return None
    other = subject_alike(ctx.index, ctx.u.without_doc_names(accented=False), doc_id)
    if other is not None:       # "Nghị quyết về phát huy sức mạnh đại đoàn kết …": NQ 43 answered, NQ 23 named
        lines = [msg("overview_also_cited", other=cited_label(other), date=other.get("date", ""),
                     subject=other.get("subject", ""), doc=ctx.index.docs[doc_id].label)] + lines
    return Structured("\n".join(lines), citer.citations, "overview")
