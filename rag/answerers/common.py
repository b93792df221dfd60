"""Helpers shared by the structure answerers: the document a question is about, its words once the
document's name is taken out, citing a unit with a quoted span, and quoting a node of the outline."""
from __future__ import annotations

from rag.cite import make_citation
from rag.prompts import msg
from rag.tables.outline import ONode, first_unit
from rag.text import content_terms, fold, phrase_re, sentences
from rag.types import Unit

QUOTE_WHOLE = 420          # a unit up to this long is quoted whole, else its first sentence(s)
SAYS_MUCH_WORDS = 12       # a heading of at least this many syllables reads as a statement, not a label
OPENING_CHARS = 200        # a labelled node's text is shown by its opening, cut at a word boundary


def doc_of(ctx) -> str | None:
    """The one document the question is about: the first it names, else a one-document scope."""
    if ctx.u.routed:
        return ctx.u.routed[0]
    if len(ctx.scope) == 1:
        return ctx.scope[0]
    return None


def remaining_terms(folded: str, neutral: set[str], cues: tuple[str, ...] = (),
                    keep: frozenset[str] = frozenset()) -> list[str]:
    """Content terms of a folded text once cue phrases and neutral words are removed (`keep`: stopword
    phrases that count as content here, see rag.text.content_terms)."""
    chars = list(folded)
    probe = fold(folded)                 # the same offsets: a text typed with accents has its cues found too
    for c in cues:                       # every cue's matches are found in the original text (overlaps allowed)
        for m in phrase_re(c, digits=False).finditer(probe):
            chars[m.start():m.end()] = " " * (m.end() - m.start())
    return [t for t in content_terms("".join(chars), keep=keep) if t not in neutral]


def has_any(folded: str, cues) -> bool:
    return any(phrase_re(c).search(folded) for c in cues)


def doc_meta(index, doc_id: str) -> dict:
    e = index.docs[doc_id].entry
    return {k: e.get(k, "") for k in ("kind", "number", "issuer", "date", "title", "signer")}


def quote_span(unit: Unit, whole: int = QUOTE_WHOLE) -> tuple[int, int]:
    """The whole unit when short, else its first sentence (and the next when the first is very short)."""
    if len(unit.text) <= whole:
        return 0, len(unit.text)
    sents = sentences(unit.text)
    a, b = sents[0]
    if b - a < 80 and len(sents) > 1:
        b = sents[1][1]
    # a sentence closed by a colon announces what follows it ("… đạt mục tiêu sau: “…”"): the quote goes on to
    # the sentence that says it, within `whole`; one too long is cut at its last ";" or "," inside the bound
    nxt = next((i for i, (x, _) in enumerate(sents) if x >= b), None)
    while nxt is not None and nxt < len(sents) and unit.text[a:b].rstrip().endswith(":"):
        if sents[nxt][1] - a > whole:
            cut = max(unit.text.rfind(";", b, a + whole), unit.text.rfind(",", b, a + whole))
            b = cut if cut > sents[nxt][0] else b
            break
        b = sents[nxt][1]
        nxt += 1
    return a, b


def opening_span(unit: Unit, limit: int = OPENING_CHARS) -> tuple[int, int]:
    """The unit's first sentence when short, else its first `limit` characters cut at a word boundary."""
    a, b = quote_span(unit, whole=0)
    if b - a <= limit:
        return a, b
    cut = unit.text.rfind(" ", a, a + limit)
    return a, (cut if cut > a else a + limit)


def inline(text: str) -> str:
    return " ".join(text.split())


class Citer:
    """Numbers citations in order; a unit cited again keeps its first number and its first quoted span."""

    def __init__(self, index):
        self.index, self.citations, self._seen = index, [], {}

    def cite(self, unit: Unit, span: tuple[int, int] | None = None) -> tuple[int, str]:
        if unit.unit_id not in self._seen:
            span = span or quote_span(unit)
            n = len(self.citations) + 1
            self.citations.append(make_citation(n, unit, span, doc_meta(self.index, unit.doc_id)))
            self._seen[unit.unit_id] = (n, span)
        n, span = self._seen[unit.unit_id]
        return n, unit.text[span[0]:span[1]]

    def cite_node(self, node: ONode, heading: bool = True) -> tuple[int, str, Unit] | None:
        """Cite a node by its heading unit (heading=True and the node has one), else by its first text."""
        uid = (node.heading or first_unit(node)) if heading else first_unit(node)
        if not uid or uid not in self.index.units:
            return None
        unit = self.index.units[uid]
        n, quote = self.cite(unit)
        return n, quote, unit


def says_much(node: ONode) -> bool:
    """A heading long enough to say what its node is about ("7. Tổ chức các cuộc vận động, phong trào …"),
    unlike a label ("V. Tổ chức thực hiện", "8. Các tỉnh ủy, thành ủy, đảng uỷ trực thuộc Trung ương"): a
    label is cited with the text under it, and that text is cited first (a reader quoting ten words or more
    quotes the text under a label, and a statement-long heading itself)."""
    return len(node.title.split()) >= SAYS_MUCH_WORDS


def labelled_line(citer: Citer, node: ONode) -> str | None:
    """A titled node listed by its heading line: a heading that says much alone, cited to its heading unit;
    a label with the opening of the text under it, that text cited first ("- 1. Đảng đoàn Quốc hội [2]:
    “Chủ trì, phối hợp …” [1]")."""
    uid = first_unit(node)
    if not says_much(node) and uid and uid in citer.index.units:
        unit = citer.index.units[uid]
        span = opening_span(unit)
        n, quote = citer.cite(unit, span)
        got = citer.cite_node(node)
        if got is not None:
            cut = len(quote) < len(unit.text.rstrip()) and not quote.rstrip().endswith((".", ";", ":"))
            quote = inline(quote) + ("…" if cut else "")
            return msg("structure_line_quote", heading=node_heading(node), h=got[0], quote=quote, n=n)
    got = citer.cite_node(node)
    return msg("structure_line", heading=node_heading(node), n=got[0]) if got else None


def node_heading(node: ONode) -> str:
    """'III. Nhiệm vụ, giải pháp chủ yếu', '2. Ban cán sự đảng Chính phủ', '2' (untitled)."""
    return f"{node.label}. {node.title}" if node.title else node.label
