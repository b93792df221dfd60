"""Which node of a document's outline a structure question names (rag.answerers.outline.structure answers it).

A node is addressed by number (Roman, Arabic, 2.1-style: "mục 2 phần IV" = IV.2; "phần 3" = part III when
the parts are Roman), by an ordinal word ("thứ ba", "cuối cùng", "đầu tiên") counted in a container, by the
words of its heading ("phần nhiệm vụ trọng tâm"; rag.answerers.outline.headings), by the noun a question counts ("mấy nhiệm vụ"), or, for
the bodies work is assigned to ("giao cho ai"), by the node whose children name assignees of the task table.
Nothing here writes an answer: see rag.answerers.outline.render.
"""
from __future__ import annotations

import re

from rag.answerers.common import remaining_terms
from rag.answerers.forms import forms, structure_patterns
from rag.answerers.outline.part_phrase import part_named
from rag.answerers.outline.headings import KEEP, NEUTRAL, by_heading, doc_words, heading_match, lead_match, noun_named
from rag.decision.slots import measure_at
from rag.question.numbering import bare_numbers
from rag.tables.outline import STRUCTURAL, ONode, find, node_units
from rag.text import ROMAN, content_terms, fold, has_diacritics

_S = forms()["structure"]
ORDINAL_WORDS: dict[str, int] = _S["ordinals"]
_P = structure_patterns()
ORD_RE, REF_RE, COUNT_RE, LIST_RE, ABOUT_RE = _P["ordinal"], _P["ref"], _P["count"], _P["list"], _P["about"]
CHECK_RE = _P["check"]       # the asker checks what they say ("có đúng không")
MIN_BODY_SHARE = 0.5       # a node "assigns bodies" when at least this share of its children name an assignee
NOUN_ALT = _NOUN_ALT = "|".join(sorted(_S["nouns"], key=len, reverse=True))
NOUN_WORDS = {w for n in _S["nouns"] + _S["bodies"] for w in n.split()}
GENERIC = set(_S["generic"])          # nouns naming any numbered node: not looked for in headings
BODIES = tuple(_S["bodies"])
DASH_NOUNS = frozenset(_S["dash_nouns"])
WHOLE = tuple(_S["whole"])
_NODE_NOUNS_TYPED = set(forms()["typed"]["node_nouns"])
_ORDINALS_TYPED = set(forms()["typed"]["ordinals"])
NODE_NOUNS = tuple(fold(n) for n in _NODE_NOUNS_TYPED)   # nouns that name a node of the outline, not its content
_NOUN_RE = re.compile(rf"\b(?:{_NOUN_ALT})\b")
CUES = tuple(_S["list_cues"] + _S["whole"] + _S["about_cues"] + _S["count_words"] + _S["asking_verbs"])  # asking


def terms(f: str) -> list[str]:
    """The content syllables of a question (folded or as typed), in order, less the phrases that ask for a
    count, a list or a whole ("kết cấu", "gồm những"); its neutral words are left to `heading_match`, after
    the nouns ("đầu việc" goes as a noun before "việc" goes as neutral)."""
    return remaining_terms(f, set(), CUES, keep=KEEP)


def names_node(f: str, text: str = "") -> bool:
    """The folded question has a noun for a node of the outline ("phần", "nhóm"), as a whole noun: the
    "điểm" of "quan điểm" and the "mục" of "mục tiêu" are not one; typed with accents (`text`, same
    offsets), with the noun's own ("phấn đấu" is not "phần")."""
    accented = has_diacritics(text)
    return any(m.group(0) in NODE_NOUNS and (not accented or text[m.start():m.end()].lower() in _NODE_NOUNS_TYPED)
               for m in _NOUN_RE.finditer(f))


def ordinal(f: str, text: str = "", start: int = 0) -> re.Match | None:
    """The first "<noun> … thứ N | cuối cùng | đầu" of the folded question whose noun and number word, when the
    question is typed with accents (`text`, same offsets), are typed as such ("phấn đấu" is not "phần đầu", "thứ
    tự" is not "thứ tư")."""
    accented = has_diacritics(text)
    for m in ORD_RE.finditer(f, start):
        a, b = m.span("noun")
        if accented and m.group("noun") in NODE_NOUNS and text[a:b].lower() not in _NODE_NOUNS_TYPED:
            continue
        if m.group("noun") == "muc" and re.match(r"\s+dich\b", f[m.end("noun"):]) and \
                (m.group("first") or "").startswith("truoc"):
            continue       # "mục đích trước tiên/trước hết": the adverb "first of all", no ordinal (rag.answerers.outline.ordinals
            #                counts the purposes for "mục đích đầu tiên", "mục đích thứ hai")
        n = m.group("n")
        if accented and n and not n.isdigit() and \
                text[m.start("n"):m.end("n")].lower() != _TYPED_ORDINALS[ORDINAL_WORDS[n] - 1]:
            continue       # "theo đúng thứ tự" (in order) is no "thứ tư"
        if m.group("first") == "dau" and (m.group("mid").strip() or
                                          (accented and text[m.start("first"):m.end("first")].lower() != "đầu")):
            continue       # a bare "đầu" follows its noun ("phần đầu"; "mục tiêu phấn đấu" is none)
        return m
    return _P["ordinal_who"].search(f, start) or pronoun_ordinal(f, text, start)


# the words an ordinal stands on for a noun counted before it: the classifier "cái" ("cái thứ năm") and "chỗ", a
# place in the list ("có mấy đầu mối? Chỗ chót là ai"), folded -> as typed
PRONOUNS = {"cai": "cái", "cho": "chỗ"}


def pronoun_ordinal(f: str, text: str = "", start: int = 0) -> re.Match | None:
    """"… bao nhiêu nhóm nhiệm vụ, và cái thứ năm …", "… mấy đầu mối? Chỗ chót …": an ordinal on the bare
    classifier "cái" or on "chỗ" (`PRONOUNS`), read as one of the noun a count before it names (`counted_noun`);
    none without such a count, typed with accents as another word ("chợ", "chó"), or opening the asker's own clause ("cái cuối cùng tôi muốn hỏi là …": the asker's last
    question, no child)."""
    for m in _P["ordinal_pronoun"].finditer(f, start):
        cm = COUNT_RE.search(f, 0, m.start())
        if cm is None or not (cm.group("noun") or cm.group("noun2")):
            continue
        if _asker_clause(f, m.end()):
            continue
        if has_diacritics(text) and text[m.start("noun"):m.end("noun")].lower() != PRONOUNS[m.group("noun")]:
            continue
        if m.group("noun") == "cho" and not (_P["cho_opens"].search(f[:m.start()]) and _P["cho_closes"].match(f, m.end())):
            continue
        if m.group("noun") == "cho" and _PLACE_ASKED_RE.match(f, m.end()):
            continue          # "chỗ đầu tiên được tổ chức ở đâu": a place of the world, whatever opens the verb
        return m
    return None


# a verb of its own, then a place asked, in the clause after "chỗ" + ordinal ("… được tổ chức ở đâu", "… cần triển
# khai tại đâu", "… phải nộp báo cáo nơi nào"); "chỗ thứ hai ở đâu" (no verb between) asks where the item is, and so
# does a verb of lying in the text ("chỗ thứ hai nằm ở đâu", "thuộc ở đâu": the place verbs)
_PLACE_VERBS = "|".join(_S["place_verbs"])
_PLACE_ASKED_RE = re.compile(rf"[^,.;:?!]*?\b(?!(?:{_PLACE_VERBS})\s)[a-z]+\s+(?:o|tai)\s+(?:dau|cho nao|noi nao)\b|"
                             r"[^,.;:?!]*?\b[a-z]+\s+(?:noi nao|dia phuong nao|dia diem nao)\b")


def _asker_clause(f: str, at: int) -> bool:
    """The asker's own clause opens at `at` ("cái cuối cùng tôi muốn hỏi là …": the ordinal counts the asker's
    questions); not the asker saying the child is unclear to them, the clause closing there ("chỗ thứ hai tôi chưa
    rõ, giải thích giúp")."""
    m = _P["asker_clause"].match(f, at)
    return bool(m) and not (re.sub(r"\s+", " ", m.group("verb")) in _S["asker_unclear"] and
                            re.match(r"\s*(?:lam\s*)?(?:[,.;:?!]|$)", f[m.end():]))


def counted_noun(f: str, om: re.Match) -> tuple[str, tuple[int, int]]:
    """The noun an ordinal counts and its span in the question: its own, or, on the classifier (`pronoun_ordinal`),
    that of the count before it."""
    if om.group("noun") not in PRONOUNS:
        return om.group("noun"), om.span("noun")
    cm = COUNT_RE.search(f, 0, om.start())
    g = "noun" if cm.group("noun") else "noun2"
    return cm.group(g), cm.span(g)


# the count verbs of giving work ("giao", "giao cho", "chia việc cho", "cho"): who is counted receives the work
_GIVING_RE = re.compile(r"(?:giao|chia\s+viec\s+cho|cho)\b")


def count_asked(f: str) -> re.Match | None:
    """'có mấy', 'gồm bao nhiêu', 'mấy nhiệm vụ'; or a count the asker states to have it checked ('ra bảy ý,
    đúng chưa'): the match, its counted noun in group 'noun' or 'noun2'."""
    # "hội nghị có bao nhiêu đại biểu", "có mấy người dự": a quantity (an amount slot), not a count of nodes;
    # given work ("phần IV giao cho bao nhiêu người"), the people are the bodies the items assign: still a count
    found = next((m for m in COUNT_RE.finditer(f)
                  if m.group("noun") or m.group("noun2") or _GIVING_RE.match(f, m.start())
                  or not measure_at(f, m.end())), None)
    return found or (_P["check"].search(f) and _P["claim"].search(f)) or None


def same_noun(a: str, b: str) -> bool:
    """Two nouns for the same kind of child ('nhóm nhiệm vụ', 'nhiệm vụ'; 'gạch đầu dòng', 'gạch')."""
    return bare_noun(a) == bare_noun(b) or {a, b} <= DASH_NOUNS


def is_roman(s: str) -> bool:
    return bool(re.fullmatch(r"[ivxlc]+", s))


def explicit(f: str, root: ONode, text: str = "", known: tuple[str, ...] = ()) -> tuple[ONode | None, str]:
    """The node a number names ('mục 2 phần IV' = IV.2), and the reference itself ('' when none). `text`: the
    question with its accents, same offsets as `f` (heading words are read from it). A bare "số N" after the
    container (rag.question.numbering) names item N only when the container holds it ("Phần IV có 8 mục. Số 9 …"
    names no ninth item: the question is read without it)."""
    found = refs_in(f, text)
    node, ref = _explicit(f, root, text, known, found)
    unsaid = [m for m in found if m.group(1) != "so"]
    if node is None and len(unsaid) < len(found):
        return _explicit(f, root, text, known, unsaid) if unsaid else (None, "")
    return node, ref


def _explicit(f: str, root: ONode, text: str, known: tuple[str, ...], found: list[re.Match]) -> tuple[ONode | None, str]:
    refs = [(m.group(1), _number(m.group(1), m.group(2), root)) for m in found]
    if not refs:
        return None, ""
    romans = [v.upper() for _, v in refs if is_roman(v.split(".")[0])]
    arabic = [v for _, v in refs if not is_roman(v.split(".")[0])]
    if romans and arabic:
        ref = f"{romans[0]}.{arabic[0]}"
    else:
        ref = (romans or arabic)[0].upper()
    text = text or f
    for m in found:
        text = text[:m.start()] + " " * (m.end() - m.start()) + text[m.end():]
    if arabic and not romans:
        # "phần tổ chức thực hiện … điểm 4": a number inside the part the question names by its heading
        within = heading_match(terms(text), root, has_diacritics(text), known=known)
        if within is not None and find(within, ref) is not None:
            return find(within, ref), f"{within.anchor}.{ref}"
        dashes = [c for c in within.numbered() if c.kind == "dash"] if within is not None else []
        if ref.isdigit() and 1 <= int(ref) <= len(dashes):      # "ý 2 phần quan điểm": its second dash bullet
            return dashes[int(ref) - 1], f"{within.anchor}.{ref}"
    node = find(root, ref)
    if node is not None and any(c.title for c in node.numbered()):
        # "mục về Nhà nước trong phần III": a titled node inside the numbered one, named by its heading words
        inner = heading_match(terms(text), node, has_diacritics(text), leaves=True, known=known, strict=True)
        if inner is not None:
            return inner, inner.anchor
    return node, ref


def refs_in(f: str, text: str = "") -> list[re.Match]:
    """The references of the folded question ('phần III', 'mục ba'); typed with accents (`text`, same offsets),
    a number word only as typed ("mỗi phần tầm nói gì" names no part eight)."""
    accented = has_diacritics(text)

    def typed(m: re.Match) -> bool:
        word = text[m.start(2):m.end(2)]
        if not accented or not m.group(2).isalpha():
            return True
        return not has_diacritics(word) if is_roman(m.group(2)) else word.lower() in _ORDINALS_TYPED
    found = [m for m in REF_RE.finditer(f) if typed(m)]
    # "Phần IV … đánh số tới mấy? Số 3 giao cho ai": a sentence opening with "số N" is item N of the container a
    # sentence before it names, beside the other references (rag.question.numbering)
    found += [m for m in bare_numbers(f) if not any(r.start() < m.end() and m.start() < r.end() for r in found)]
    return sorted(found, key=lambda m: m.start())


def _number(noun: str, value: str, root: ONode) -> str:
    """A reference's number as the tree writes it: an ordinal word as a figure ("ba" -> "3"), and a part
    given in Arabic figures in Roman ones when the document's parts are Roman ("phần 3" -> "III")."""
    value = str(ORDINAL_WORDS.get(value, value))
    top = root.numbered()
    if noun == "phan" and value.isdigit() and top and top[0].kind == "part" and is_roman(top[0].label.lower()):
        return ROMAN[int(value)].lower() if int(value) < len(ROMAN) else value
    return value


def missing_parent(root: ONode, ref: str) -> ONode | None:
    """For a reference the tree lacks, the node that should hold it: 'IV.9' -> IV; 'V' -> the document."""
    if "." in ref:
        return find(root, ref.rsplit(".", 1)[0])
    if is_roman(ref.lower()) and root.numbered() and root.numbered()[0].kind == "part":
        return root
    return None


def bare_noun(noun: str) -> str:
    """'nhóm nhiệm vụ' -> 'nhiệm vụ' (folded): the qualifier before a counted noun is not in headings; a body's
    noun is kept whole ("đầu mối" is no "đầu" before "mối")."""
    words = noun.split()
    while len(words) > 1 and words[0] in _S["qualifiers"] and " ".join(words) not in _S["bodies"]:
        words = words[1:]
    return " ".join(words)


def noun_node(noun: str, root: ONode, fits=lambda n: bool(n.numbered())) -> ONode | None:
    """The node whose heading holds the noun and that `fits`: the shortest such heading ("Quan điểm" before
    "Quan điểm, mục tiêu"), the first in document order among equals."""
    noun = bare_noun(noun)
    found = [n for n in root.walk() if n.kind in STRUCTURAL and n.title and
             re.search(rf"\b{noun}\b", fold(n.title).lower()) and fits(n)]
    return min(found, key=lambda n: len(n.title.split()), default=None)


def body_node(ctx, doc_id: str, root: ONode) -> ONode | None:
    """The node whose numbered children are the bodies it assigns work to: most children whose heading
    names an assignee of the task table (or, untitled, whose own paragraph is a task row)."""
    rows = [r for r in ctx.index.tasks if r["doc_id"] == doc_id]
    best, best_key = None, (0, 0)
    for n in root.walk():
        kids = [c for c in n.numbered() if c.kind in STRUCTURAL]
        if len(kids) < 2:
            continue
        titled = untitled = 0
        for c in kids:
            under, title = set(node_units(c)), fold(c.title).lower()
            if c.title:
                titled += any(r["unit_id"] in under and r["assignee"] and fold(r["assignee"]).lower() in title for r in rows)
            else:
                untitled += any(r["unit_id"] in c.units[:1] for r in rows)
        key = (titled, untitled)        # bodies named by headings outrank bodies opening a paragraph
        if titled + untitled >= max(2, MIN_BODY_SHARE * len(kids)) and key > best_key:
            best, best_key = n, key
    return best


def container_of(ctx, doc_id: str, words: str, om: re.Match, root: ONode) -> ONode | None:
    """The node an ordinal counts in: the one whose heading (or, untitled, whose opening paragraph) the question's
    other words name, else (a body
    counted: "cơ quan cuối cùng") the node listing the bodies work is assigned to, else the first node whose
    heading holds the counted noun and has enough children, else the top level."""
    noun, accented = bare_noun(counted_noun(fold(words), om)[0]), has_diacritics(words)
    counted = _count_sentence(words, om)
    if counted and counted != words:
        # "Phần <heading words> chia thành mấy nhóm? Nhóm nào là nhóm nói về …, nhóm cuối cùng nói gì": the node
        # whose children the count of the ordinal's noun counts is named where that count is asked; heading words
        # elsewhere may name one of those children
        node = container_of(ctx, doc_id, counted, om, root)
        if node is not None and node is not root:
            return node
    # "Mục Tổ chức thực hiện … có bao nhiêu khoản, khoản sau cùng …": a heading typed whole after a noun for nodes
    node = by_heading(fold(words), words, root, terms(words), accented, known=doc_words(ctx, doc_id, accented),
                      strict=noun in _S["bodies"], as_printed=True) or \
        lead_match(terms(words), root, ctx.index, accented)
    # "mấy nhóm việc trọng tâm, nhóm thứ hai": another noun for the heading's ("Nhiệm vụ trọng tâm")
    node = node or noun_named(fold(words), words, root)
    fits = lambda n: 1 <= ordinal_of(om, len(n.numbered())) <= len(n.numbered())  # noqa: E731
    # "cái phần quán triệt của kế hoạch …: việc đầu tiên ghi ở đó là việc chi": a part phrase's own words
    node = node or part_named(fold(words), words, root, accented, terms, doc_words(ctx, doc_id, accented), fits)
    if node is not None:
        return titled_child(node, noun, fits) or node
    node = body_node(ctx, doc_id, root) if noun in _S["bodies"] else None
    if node is None and noun not in GENERIC:
        node = noun_node(noun, root, fits)
    if node is None and noun in _S["qualifiers"]:
        # "mấy nhóm giải pháp, nhóm thứ hai": a bare "nhóm" counts what the question's other nouns name
        others = [bare_noun(m.group(0)) for m in _NOUN_RE.finditer(fold(words))]
        node = next((n for n in (noun_node(o, root, fits) for o in others
                                 if o not in GENERIC and o not in _S["qualifiers"]) if n is not None), None)
    if node is not None and (fits(node) or noun in _S["bodies"]):     # too few bodies: said so (_absent)
        return node
    return root if 1 <= ordinal_of(om, len(root.numbered())) <= len(root.numbered()) else None


def titled_child(node: ONode, noun: str, fits) -> ONode | None:
    """The one child of `node` whose heading is the counted noun itself and that `fits` the ordinal ("phần quan
    điểm, mục tiêu có mấy quan điểm, quan điểm cuối cùng": the child "Quan điểm" holds the ones counted), for a noun
    of content, not a word for a kind of node ("mục") nor a body ("cơ quan")."""
    if noun in GENERIC or noun in _S["bodies"]:
        return None
    kids = [c for c in node.numbered() if c.kind in STRUCTURAL and c.title and
            fold(c.title).lower().strip(" .:") == noun and fits(c)]
    return kids[0] if len(kids) == 1 else None


def _count_sentence(words: str, om: re.Match) -> str:
    """The sentence of `words` (the question less its ordinal, as typed) that asks a count of the ordinal's own noun
    ("mấy nhóm việc" for "nhóm cuối cùng"), the rest blanked (same offsets); '' when no sentence does."""
    f = fold(words)
    for m in re.finditer(r"[^.?!]+[.?!]*", f):
        cm = COUNT_RE.search(m.group(0))
        noun = cm and (cm.group("noun") or cm.group("noun2"))
        if noun and (om.group("noun") in PRONOUNS or same_noun(noun, om.group("noun"))):
            return " " * m.start() + words[m.start():m.end()] + " " * (len(words) - m.end())
    return ""


def ordinal_of(m: re.Match, count: int) -> int:
    if m.group("last"):
        return count
    if m.group("first"):
        return 1
    n = m.group("n")
    return int(n) if n.isdigit() else ORDINAL_WORDS[n]


def asked_noun(f: str, cm: re.Match | None) -> tuple[str, tuple[int, int] | None]:
    """The noun a count or a list asks about ('mấy nhiệm vụ', 'những cơ quan nào', 'giao cho ai') and its
    span in the question; ('', None)."""
    if cm is not None and (cm.group("noun") or cm.group("noun2")):
        g = "noun" if cm.group("noun") else "noun2"
        return cm.group(g), cm.span(g)
    m = re.search(rf"\b(?:cac|nhung|bao nhieu|may)\s+({_NOUN_ALT})\b", f)
    if m:
        return m.group(1), m.span(1)
    return ("ai", None) if re.search(r"\bgiao (?:viec |nhiem vu )?(?:cho )?(?:nhung )?ai\b", f) else ("", None)


def named_noun(f: str, noun: str) -> str:
    """The noun that names what is counted: 'chia nhiệm vụ làm mấy nhóm' counts 'nhóm' of 'nhiệm vụ'."""
    if noun and noun in _S["qualifiers"]:
        other = [m.group(0) for m in re.finditer(rf"\b(?:{_NOUN_ALT})\b", f) if m.group(0) not in _S["qualifiers"]]
        return other[0] if other else noun
    return noun


def is_flat(root: ONode) -> bool:
    """A document whose only numbered list is its top level of untitled items (a news item's six tasks):
    whatever noun a count or a list names, it is that list."""
    return all(n.kind not in STRUCTURAL or not n.title for n in root.walk()) and \
        not any(c.numbered() for c in root.numbered())



def only_names(f: str, text: str, node: ONode, root: ONode, known: tuple[str, ...]) -> bool:
    """The question says nothing beyond naming the node ("Mục 3 trong phần mục đích yêu cầu của kế hoạch
    tỉnh?"): its words less the numbers, the nouns for nodes, the heading words of the node and its ancestors
    and the document's own words are none."""
    bare = REF_RE.sub(" ", f)
    chain = [n for n in root.walk() if n.kind in STRUCTURAL and node in n.walk()]
    said = {w for n in chain for w in content_terms(fold(n.title), keep=KEEP)} | {fold(w) for w in known}
    return not [t for t in remaining_terms(bare, NEUTRAL | NOUN_WORDS | said, CUES, keep=KEEP) if not t.isdigit()]


def in_apposition(om: re.Match, node: ONode | None, root: ONode) -> bool:
    """The ordinal and the question's other words name the same node ("phần kết — tổ chức thực hiện —",
    "phần <heading words>, tức phần thứ N"): the node named by its words is itself the one the ordinal counts
    among its siblings, and the ordinal's noun is the word for the node's kind."""
    from rag.prompts import messages
    if node is None or node is root:
        return False
    parent = next((n for n in root.walk() if node in n.numbered()), None)
    if parent is None:
        return False
    kids = parent.numbered()
    k = ordinal_of(om, len(kids))
    kind_word = fold(messages()["node_units"].get(node.kind, "")).lower()
    return 1 <= k <= len(kids) and kids[k - 1] is node and bare_noun(om.group("noun")) == kind_word


def counts_what_holds(om: re.Match, node: ONode | None, root: ONode) -> bool:
    """The ordinal counts, among its siblings, the node the question's other words name or one holding it, by a noun
    the heading of their parent prints, not by a word for any node ("nhóm giải pháp thứ hai, chỗ nói về các giai
    tầng": the words name 2.1, inside III.2, the second of "Nhiệm vụ, giải pháp chủ yếu"; "nhiệm vụ thứ sáu, chỗ về
    đổi mới Mặt trận": III.6 itself). Only where the ordinal cannot count the node's own children: too few of them,
    or only dash bullets, which a noun of the parent's heading does not name, nor one the node's own heading
    prints ("mục tiêu thứ hai" of "Mục tiêu" counts its bullets)."""
    if node is None or node is root:
        return False
    noun = bare_noun(om.group("noun"))
    if not noun or noun in GENERIC or noun in DASH_NOUNS:
        return False
    noun_re = re.compile(rf"(?<![a-z]){re.escape(noun)}(?![a-z])")
    said = lambda n: noun_re.search(fold(n.title).lower()) is not None  # noqa: E731
    own = node.numbered()
    if said(node) or not (ordinal_of(om, len(own)) > len(own) or (own and all(c.kind == "dash" for c in own))):
        return False
    chain = [n for n in root.walk() if node in n.walk()]           # root first, down to the node
    for parent, child in zip(chain, chain[1:]):
        kids = parent.numbered()
        if parent.title and said(parent) and child in kids and kids.index(child) + 1 == ordinal_of(om, len(kids)):
            return True
    return False


# a bare ordinal joined to the one before by "và"/"với" ("nhóm thứ hai và nhóm cuối" said shorter: "… thứ hai và
# cuối cùng"): only the forms that read as nothing but an ordinal ("thứ N", "cuối cùng", "sau cùng", "đầu tiên"),
# not the adverbs the ordinal lists also hold ("trước tiên", "kết thúc", "mở đầu"), nor a time ("cuối cùng năm")
_JOINED_RE = re.compile(r"\s*(?:va|voi)\s+(?:(?P<thu>thu)\s+(?P<n>\d{1,2}|" +
                        "|".join(sorted(ORDINAL_WORDS, key=len, reverse=True)) +
                        r")|(?P<last>cuoi cung|sau cung)(?!\s+(?:" + "|".join(_S["last_not"]) + r")\b)|" +
                        r"(?P<first>dau tien)(?!\s+(?:" + "|".join(_S["first_not"]) + r")\b))\b")
_TYPED_ORDINALS = forms()["typed"]["ordinals"]


def _typed_as_ordinal(m: re.Match, text: str) -> bool:
    """A joined "thứ N" typed with accents spells the number word as one ("thứ tư", not "thứ tự")."""
    if not has_diacritics(text) or not m.group("n") or m.group("n").isdigit():
        return True
    typed = text[m.start("thu"):m.end("thu")].lower(), text[m.start("n"):m.end("n")].lower()
    return typed == ("thứ", _TYPED_ORDINALS[ORDINAL_WORDS[m.group("n")] - 1])


def joined_ordinals(f: str, om: re.Match, text: str = "") -> list[re.Match]:
    """The bare ordinals joined right after an ordinal of the folded question, each read as one of the same
    noun (groups 'n', 'last', 'first' as an ordinal match's); `text`: the question as typed, same offsets."""
    out, at = [], om.end()
    while (m := _JOINED_RE.match(f, at)) is not None and _typed_as_ordinal(m, text):
        out.append(m)
        at = m.end()
    return out


# the question says the number IS a node: "<ref> là | thuộc | nằm ở | nằm trong <heading words>" (the
# document's name, blanked, and other references may stand between) or "<heading words> là <ref>"
_IS_AFTER = re.compile(r"[\s,]*(?:la|thuoc|nam\s+(?:o|trong))\b")
_IS_BEFORE = re.compile(r"\bla\s*$")
_IS_TYPED = ("là", "thuộc", "nằm")


def _says_is(text: str, refs: list[re.Match], blanked: str) -> bool:
    accented = has_diacritics(text)
    for m in refs:
        after = _IS_AFTER.match(blanked, m.end())
        if after is not None:
            word = after.group(0).lstrip(" ,").split()[0]
            at = blanked.index(word, m.end())
            if not accented or text[at:at + len(word)].lower() in _IS_TYPED:
                return True
        before = _IS_BEFORE.search(blanked, 0, m.start())
        if before is not None and (not accented or text[before.start():before.start() + 2].lower() == "là"):
            return True
    return False


def _subtree_says(node: ONode, other: ONode, words: list[str], units) -> bool:
    """The numbered node's own text holds the run of the question's words that names `other`'s heading."""
    title = set(content_terms(fold(other.title).lower(), keep=KEEP))
    runs, run = [], []
    for w in words:
        run = run + [w] if w in title else []
        runs.append(run)
    longest = max(runs, key=len, default=[])
    if not longest:
        return False
    body = " ".join(content_terms(fold(" ".join(units[u].text for u in node_units(node) if u in units)).lower(),
                                  keep=KEEP))
    return f" {' '.join(longest)} " in f" {body} "


def named_instead(f: str, text: str, node: ONode, root: ONode, known: tuple[str, ...] = (),
                  units=None) -> ONode | None:
    """The node the question's heading words name when the question says its number is that node (an asker
    checking that a numbered item is the part for some body, when it lies under another): the heading words,
    read with the numbers blanked, name a titled node that neither holds the numbered node nor lies inside it,
    and the numbered node's own text (`units`: the index's units by id) does not hold those words; else None."""
    refs = refs_in(f, text)
    blanked, folded = text or f, f
    for m in refs:
        blanked = blanked[:m.start()] + " " * (m.end() - m.start()) + blanked[m.end():]
        folded = folded[:m.start()] + " " * (m.end() - m.start()) + folded[m.end():]
    if not _says_is(text, refs, folded):
        return None
    other = heading_match(terms(blanked), root, has_diacritics(blanked), leaves=True, known=known, strict=True)
    if other is None or other is node or node in other.walk() or other in node.walk():
        return None
    if units is not None and _subtree_says(node, other, terms(folded), units):
        return None
    return other
