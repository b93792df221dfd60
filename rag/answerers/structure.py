"""Structure questions answered from the outline: "gồm những phần nào", "phần III có mấy …", "nhiệm vụ
thứ ba là gì", "mục IV giao cho những ai", "phần III.2 nói gì".

A node is addressed by number (Roman, Arabic, 2.1-style: "mục 2 phần IV" = IV.2), by an ordinal word
("thứ ba", "cuối cùng") under a container, or by the words of its heading ("phần nhiệm vụ trọng tâm").
Counts are the node's numbered children, counted from the tree; the children are listed with citations.
Anything that is not clearly about structure returns None.
"""
from __future__ import annotations

import re

from rag.answerers import Structured
from rag.answerers.common import Citer, doc_of, has_any, inline, labelled_line, node_heading, quote_span, \
    remaining_terms, says_much, without_doc_names
from rag.answerers.forms import forms, structure_patterns
from rag.answerers.tasks import due_asked
from rag.tables.outline import STRUCTURAL, ONode, find, first_unit, node_units, outline_of
from rag.prompts import messages, msg
from rag.route import intents_of
from rag.text import content_terms, fold, nfc

_S = forms()["structure"]
ORDINAL_WORDS: dict[str, int] = _S["ordinals"]
_P = structure_patterns()
ORD_RE, REF_RE, COUNT_RE, LIST_RE, ABOUT_RE = _P["ordinal"], _P["ref"], _P["count"], _P["list"], _P["about"]
HEADING_SHARE = 0.6
NEUTRAL = set(_S["neutral"])
MIN_BODY_SHARE = 0.5       # a node "assigns bodies" when at least this share of its children name an assignee
_NOUN_ALT = "|".join(sorted(_S["nouns"], key=len, reverse=True))
NOUN_WORDS = {w for n in _S["nouns"] + _S["bodies"] for w in n.split()}
GENERIC = set(_S["generic"])          # nouns naming any numbered node: not looked for in headings
KEEP = frozenset(_S["keep"])          # "nhiệm vụ", "cụ thể": content here, though stopwords elsewhere
ROMAN = ["", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]


def _terms(f: str) -> list[str]:
    return remaining_terms(f, NEUTRAL, keep=KEEP)


def _roman(s: str) -> bool:
    return bool(re.fullmatch(r"[ivxlc]+", s))


def _explicit(f: str, root: ONode) -> tuple[ONode | None, str]:
    """The node a number names ('mục 2 phần IV' = IV.2), and the reference itself ('' when none)."""
    refs = [(m.group(1), _number(m.group(1), m.group(2), root)) for m in REF_RE.finditer(f)]
    if not refs:
        return None, ""
    romans = [v.upper() for _, v in refs if _roman(v.split(".")[0])]
    arabic = [v for _, v in refs if not _roman(v.split(".")[0])]
    if romans and arabic:
        ref = f"{romans[0]}.{arabic[0]}"
    else:
        ref = (romans or arabic)[0].upper()
    if arabic and not romans:
        # "phần tổ chức thực hiện … điểm 4": a number inside the part the question names by its heading
        within = _heading_match(_terms(REF_RE.sub(" ", f)), root)
        if within is not None and find(within, ref) is not None:
            return find(within, ref), f"{within.anchor}.{ref}"
    return find(root, ref), ref


def _number(noun: str, value: str, root: ONode) -> str:
    """A reference's number as the tree writes it: an ordinal word as a figure ("ba" -> "3"), and a part
    given in Arabic figures in Roman ones when the document's parts are Roman ("phần 3" -> "III")."""
    value = str(ORDINAL_WORDS.get(value, value))
    top = root.numbered()
    if noun == "phan" and value.isdigit() and top and top[0].kind == "part" and _roman(top[0].label.lower()):
        return ROMAN[int(value)].lower() if int(value) < len(ROMAN) else value
    return value


def _absent(ctx, doc_id: str, root: ONode, container: ONode | None, label: str, citer: Citer) -> Structured | None:
    """A numbered node the document does not have: refused, with how many there are (cited to the last)."""
    if container is None or not container.numbered():
        return None
    kids = container.numbered()
    unit = messages()["node_units"].get(kids[0].kind, "mục")
    doc = ctx.index.docs[doc_id].label
    where = doc if container is root else f"{doc}, {_section(container, root)}"
    got = citer.cite_node(kids[-1])
    if got is None:
        return None
    text = msg("structure_absent", doc=doc, unit=unit, label=label, where=where, count=len(kids), n=got[0])
    return Structured(text, citer.citations, "structure", refused=True, reason="structure_absent")


def _missing_parent(root: ONode, ref: str) -> ONode | None:
    """For a reference the tree lacks, the node that should hold it: 'IV.9' -> IV; 'V' -> the document."""
    if "." in ref:
        return find(root, ref.rsplit(".", 1)[0])
    if _roman(ref.lower()) and root.numbered() and root.numbered()[0].kind == "part":
        return root
    return None


def _heading_match(terms: list[str], root: ONode) -> ONode | None:
    """The node with numbered children whose heading words the question holds best."""
    q = set(terms)
    best, best_key = None, (0.0, 0)
    for node in root.walk():
        if node.kind not in STRUCTURAL or not node.title or not node.numbered():
            continue
        # from the accented heading: "trọng tâm" is not the stopword "trong" once folded
        words = [t for t in dict.fromkeys(content_terms(node.title, keep=KEEP)) if t not in ("doi", "voi")]
        if not words:
            continue
        hit = sum(t in q for t in words)
        share = hit / len(words)
        if share >= HEADING_SHARE and hit >= min(2, len(words)) and (share, hit) > best_key:
            best, best_key = node, (share, hit)
    return best


def _bare_noun(noun: str) -> str:
    """'nhóm nhiệm vụ' -> 'nhiệm vụ' (folded): the qualifier before a counted noun is not in headings."""
    words = noun.split()
    while len(words) > 1 and words[0] in _S["qualifiers"]:
        words = words[1:]
    return " ".join(words)


def _noun_node(noun: str, root: ONode, fits=lambda n: bool(n.numbered())) -> ONode | None:
    """The first node, in document order, whose heading holds the noun and that `fits`."""
    noun = _bare_noun(noun)
    for n in root.walk():
        if n.kind in STRUCTURAL and n.title and re.search(rf"\b{noun}\b", fold(n.title).lower()) and fits(n):
            return n
    return None


def _body_node(ctx, doc_id: str, root: ONode) -> ONode | None:
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
                titled += any(r["unit_id"] in under and fold(r["assignee"]).lower() in title for r in rows)
            else:
                untitled += any(r["unit_id"] in c.units[:1] for r in rows)
        key = (titled, untitled)        # bodies named by headings outrank bodies opening a paragraph
        if titled + untitled >= max(2, MIN_BODY_SHARE * len(kids)) and key > best_key:
            best, best_key = n, key
    return best


def _container(ctx, doc_id: str, words: str, om: re.Match, root: ONode) -> ONode | None:
    """The node an ordinal counts in: the one whose heading the question's other words name, else (a body
    counted: "cơ quan cuối cùng") the node listing the bodies work is assigned to, else the first node whose
    heading holds the counted noun and has enough children, else the top level."""
    node = _heading_match(_terms(words), root)
    if node is not None:
        return node
    noun = _bare_noun(om.group("noun"))
    fits = lambda n: 1 <= _ordinal(om, len(n.numbered())) <= len(n.numbered())  # noqa: E731
    node = _body_node(ctx, doc_id, root) if noun in _S["bodies"] else None
    if node is None and noun not in GENERIC:
        node = _noun_node(noun, root, fits)
    if node is not None and (fits(node) or noun in _S["bodies"]):     # too few bodies: said so (_absent)
        return node
    return root if 1 <= _ordinal(om, len(root.numbered())) <= len(root.numbered()) else None


def _ordinal(m: re.Match, count: int) -> int:
    if m.group("last"):
        return count
    if m.group("first"):
        return 1
    n = m.group("n")
    return int(n) if n.isdigit() else ORDINAL_WORDS[n]


def _asked_noun(f: str, cm: re.Match | None) -> tuple[str, tuple[int, int] | None]:
    """The noun a count or a list asks about ('mấy nhiệm vụ', 'những cơ quan nào', 'giao cho ai') and its
    span in the question; ('', None)."""
    if cm is not None and (cm.group("noun") or cm.group("noun2")):
        g = "noun" if cm.group("noun") else "noun2"
        return cm.group(g), cm.span(g)
    m = re.search(rf"\b(?:cac|nhung|bao nhieu|may)\s+({_NOUN_ALT})\b", f)
    if m:
        return m.group(1), m.span(1)
    return ("ai", None) if re.search(r"\bgiao (?:viec |nhiem vu )?(?:cho )?(?:nhung )?ai\b", f) else ("", None)


def _named_noun(f: str, noun: str) -> str:
    """The noun that names what is counted: 'chia nhiệm vụ làm mấy nhóm' counts 'nhóm' of 'nhiệm vụ'."""
    if noun and noun in _S["qualifiers"]:
        other = [m.group(0) for m in re.finditer(rf"\b(?:{_NOUN_ALT})\b", f) if m.group(0) not in _S["qualifiers"]]
        return other[0] if other else noun
    return noun


def _flat(root: ONode) -> bool:
    """A document whose only numbered list is its top level of untitled items (a news item's six tasks):
    whatever noun a count or a list names, it is that list."""
    return all(n.kind not in STRUCTURAL or not n.title for n in root.walk()) and \
        not any(c.numbered() for c in root.numbered())


def _section(node: ONode, root: ONode) -> str:
    """The heading chain of a node: 'IV. Nhiệm vụ cụ thể › 2. Ban cán sự đảng Chính phủ'."""
    chain: list[str] = []

    def walk(n: ONode, trail: list[str]) -> bool:
        if n is node:
            chain.extend(trail)
            return True
        return any(walk(c, trail + [node_heading(c)]) for c in n.children)

    walk(root, [])
    return " › ".join(chain)


def _child_line(citer: Citer, child: ONode, full: bool) -> str | None:
    """A listed child: a titled one by its heading line (cited to its heading unit); a bullet, an untitled
    item, or (full) a child shown with its text, by a quote of its first paragraph."""
    if child.title and child.kind != "dash" and not full:
        return labelled_line(citer, child)
    got = citer.cite_node(child, heading=not full)
    if got is None:
        return None
    n, quote, unit = got
    heading = f"{child.label}. {child.title}" if child.title and child.kind != "dash" else child.label
    if child.kind == "dash":
        heading = f"{messages()['node_units']['dash']} {child.label}"
    return msg("quote_item", heading=heading, quote=inline(quote), n=n)


def _unit_word(ctx, kids: list[ONode], asked: tuple[int, int] | None) -> str:
    """What the children are called: the noun the question counts them by ('nhóm nhiệm vụ'), as typed,
    else the word for their kind ('phần', 'mục', 'ý')."""
    if asked is not None and kids and kids[0].kind != "part":
        return ctx.u.text[asked[0]:asked[1]].lower()
    return messages()["node_units"].get(kids[0].kind, "mục") if kids else "mục"


CARDINALS = {1: "một", 2: "hai", 3: "ba", 4: "bốn", 5: "năm", 6: "sáu", 7: "bảy", 8: "tám", 9: "chín", 10: "mười"}


def _count_stated(ctx, doc_id: str, count: int, unit: str):
    """A unit of the document whose own text states the count with the counted noun's head word ("đề ra 06
    nhóm nhiệm vụ trọng tâm" for 6 nhóm): the text's own statement of what the tree counts."""
    head = fold(unit).lower().split()[:1]
    if not head:
        return None
    digits = re.compile(rf"(?<![\d.]){'0?' if count < 10 else ''}{count}\s+{head[0]}\b")
    # or in words, accents kept ("sáu nhóm"; folded, "tám" would be "tâm", "tạm")
    word = CARDINALS.get(count)
    spelled = re.compile(rf"(?<!\w){word}\s+{re.escape(unit.lower().split()[0])}\b") if word else None
    return next((u for u in ctx.index.doc_units(doc_id) if u.kind not in ("heading", "header")
                 and (digits.search(fold(u.text).lower()) or (spelled and spelled.search(nfc(u.text).lower())))),
                None)


def _list(ctx, doc_id: str, root: ONode, node: ONode, citer: Citer, counts: bool = False,
          itself: bool = False, asked: tuple[int, int] | None = None) -> Structured:
    """The node's numbered children listed; a count cites the last child first; asked what the node itself
    is (itself=True), its heading line is cited first."""
    kids = node.numbered()
    unit = _unit_word(ctx, kids, asked)
    label = ctx.index.docs[doc_id].label
    if node is root:
        lead = msg("structure_doc_lead", doc=label, count=len(kids), unit=unit)
    else:
        lead = msg("structure_lead", doc=label, section=_section(node, root), count=len(kids), unit=unit)
    stated = _count_stated(ctx, doc_id, len(kids), unit) if counts else None
    said = []
    if stated is not None:       # the text states the count ("đề ra 06 nhóm nhiệm vụ"): that sentence first
        n, quote = citer.cite(stated)
        said = [msg("quote_item", heading=stated.path.split(" › ")[-1], quote=inline(quote), n=n)]
    last = citer.cite_node(kids[-1], heading=says_much(kids[-1])) if counts else None
    if last is not None:         # a count is attested by the last numbered child: cite it first
        lead = lead.rstrip(":") + msg("structure_count_last", unit=unit, last=kids[-1].label, n=last[0]) + ":"
    lines = said + (_heading_lines(ctx, citer, node) if itself and node is not root else [])
    lines += [x for x in (_child_line(citer, k, full=False) for k in kids) if x]
    return Structured("\n".join([lead] + lines), citer.citations, "structure")


def _one(ctx, doc_id: str, root: ONode, parent: ONode, k: int, citer: Citer,
         asked: tuple[int, int] | None = None) -> Structured | None:
    kids = parent.numbered()
    if not 1 <= k <= len(kids):
        return None
    child = kids[k - 1]
    unit = _unit_word(ctx, kids, asked)
    section = _section(parent, root) if parent is not root else ""
    lead = msg("structure_nth_lead", doc=ctx.index.docs[doc_id].label, section=section or "", unit=unit, k=k,
               count=len(kids)).replace(", :", ":")
    grand = child.numbered()
    lines = (_heading_lines(ctx, citer, child) if child.heading else []) or \
        [x for x in [_child_line(citer, child, full=True)] if x]
    lines += [x for x in (_child_line(citer, g, full=False) for g in grand[:12]) if x]
    return Structured("\n".join([lead] + lines), citer.citations, "structure")


def _heading_lines(ctx, citer: Citer, node: ONode) -> list[str]:
    """A node itself: a titled one by its heading line cited to its heading unit, then its own first
    paragraph quoted (an untitled one: that paragraph alone)."""
    lines = []
    if node.title and not says_much(node):
        _text_first(ctx, citer, node)
    if node.heading and node.heading in ctx.index.units:
        n, _ = citer.cite(ctx.index.units[node.heading])
        lines.append(msg("structure_line", heading=node_heading(node), n=n))
    if node.units and node.units[0] in ctx.index.units:
        unit = ctx.index.units[node.units[0]]
        k, quote = citer.cite(unit, quote_span(unit, whole=700))
        lines.append(msg("quote_item", heading=node.label, quote=inline(quote), n=k))
    return lines


def _text_first(ctx, citer: Citer, node: ONode) -> None:
    """Cite first the text a label heading stands for, as the lines below will quote it: the node's own
    first paragraph (quoted up to 700 characters), else its first child's opening (an untitled item, a
    bullet or a labelled child)."""
    if node.units and node.units[0] in ctx.index.units:
        unit = ctx.index.units[node.units[0]]
        citer.cite(unit, quote_span(unit, whole=700))
        return
    kids = node.numbered()
    if kids and not (kids[0].title and kids[0].kind != "dash" and says_much(kids[0])):
        uid = first_unit(kids[0])
        if uid and uid in ctx.index.units:
            citer.cite(ctx.index.units[uid])


def _leaf(ctx, doc_id: str, root: ONode, node: ONode, citer: Citer) -> Structured | None:
    units = [ctx.index.units[u] for n in node.walk() for u in n.units if u in ctx.index.units][:4]
    if not units:
        return None
    lines = [msg("structure_node_lead", doc=ctx.index.docs[doc_id].label, section=_section(node, root))]
    if node.title and not says_much(node):
        citer.cite(units[0], quote_span(units[0], whole=700))
    if node.heading in ctx.index.units:       # the node itself first: its heading line
        n, _ = citer.cite(ctx.index.units[node.heading])
        lines.append(msg("structure_line", heading=node_heading(node), n=n))
    for unit in units:
        n, quote = citer.cite(unit, quote_span(unit, whole=700))
        lines.append(msg("quote_item", heading=unit.path.split(" › ")[-1], quote=inline(quote), n=n))
    return Structured("\n".join(lines), citer.citations, "structure")


def answer(ctx) -> Structured | None:
    if getattr(ctx.index, "tasks", None) and due_asked(ctx.u):
        return None          # the list is restricted by a deadline, which the outline does not know: the task table
    doc_id = doc_of(ctx)
    root = outline_of(ctx.index, doc_id) if doc_id else None
    if root is None or not root.numbered():
        return None
    f = without_doc_names(ctx)
    if "deadline" in intents_of(f):
        return None             # "6 nhóm nhiệm vụ … hạn chót là năm nào": a deadline, asked of the tasks
    cm = COUNT_RE.search(f)
    counts, lists, about = bool(cm), bool(LIST_RE.search(f)), bool(ABOUT_RE.search(f))
    citer = Citer(ctx.index)
    node, ref = _explicit(f, root)
    om = ORD_RE.search(f)
    if om and not re.search(r"\blan\s*$", f[:om.start("n") if om.group("n") else om.start()]):
        words = f[:om.start()] + " " + om.group("noun") + om.group("mid") + " " + f[om.end():]
        container = node or _container(ctx, doc_id, words, om, root)
        if container is not None:
            k = _ordinal(om, len(container.numbered()))
            return (_one(ctx, doc_id, root, container, k, citer, om.span("noun")) or
                    _absent(ctx, doc_id, root, container, str(k), citer))
    if node is None and ref and (counts or lists or about):
        return _absent(ctx, doc_id, root, _missing_parent(root, ref), ref, citer)
    if node is not None:
        if not (counts or lists or about):
            return None
        if node.numbered():
            return _list(ctx, doc_id, root, node, citer, counts, itself=about and not (counts or lists))
        return _leaf(ctx, doc_id, root, node, citer)
    if not (counts or lists):
        return None
    node = _heading_match(_terms(f), root)
    noun, span = _asked_noun(f, cm)
    # "giao MTTQ những nhiệm vụ gì": with a topic beyond the noun, the noun alone does not find a node
    lookup = "" if remaining_terms(f, NEUTRAL | NOUN_WORDS, keep=KEEP) else _named_noun(f, noun)
    if node is None and lookup and lookup in _S["bodies"]:
        node = _body_node(ctx, doc_id, root)
    elif node is None and lookup and _bare_noun(lookup) not in GENERIC:
        node = _noun_node(lookup, root)
    if node is None and (has_any(f, _S["whole"]) or (noun and _flat(root))):
        node = root
    if node is None:
        return None
    named = span if noun and noun not in _S["bodies"] and _bare_noun(noun) not in ("phan", "muc") else None
    return _list(ctx, doc_id, root, node, citer, counts, asked=named)
