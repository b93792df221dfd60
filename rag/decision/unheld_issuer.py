"""A document asked by its number or date as one issued by a body that issued no held document.

"…, vậy Chính phủ đã ban hành nghị quyết số mấy, ngày nào?" asks the number and date of a document whose issuer
is the subject of the verb of issuing. When that body is named nowhere in the catalog (issuer, title, aliases,
place, certified-copy office), no held document is its; the text a held document prints about the body's work
("giao Ban cán sự đảng Chính phủ xây dựng Chương trình hành động") does not give the number of what the body
later issued. A body the catalog names ("Bộ Chính trị", "Tỉnh ủy", "Thành ủy Cần Thơ") is left to the other
checks, as is a document named by its number ("ban hành Nghị quyết 43 ngày nào").
"""
from __future__ import annotations

import re

from rag.question.kinds import KIND_WORDS
from rag.text import fold, words

# the kind words, folded (the question is matched folded: typed with or without marks alike)
_KINDS = sorted(KIND_WORDS, key=len, reverse=True)
# "<body> [đã|vừa|mới] ban hành <kind> <asked number or date>", folded
_ISSUED_RE = re.compile(
    r"(?:^|[,.;:?!—–-]\s*|(?<![a-z0-9])(?:vay|thi|ma|con|va|nhung)\s+)"
    r"(?P<body>(?:\S+\s+){0,4}?\S+)\s+(?:(?:da|vua|moi|cung)\s+)?ban hanh\s+"
    rf"(?P<kind>{'|'.join(_KINDS)})\s+(?:(?:cua minh|do|nay|ay|moi)\s+)?"
    r"(?P<asked>so may|so bao nhieu|so hieu|mang so|ky hieu|ngay nao|ngay may|vao ngay nao|nam nao|khi nao|bao gio)"
    r"(?![a-z0-9])")
# words that cannot stand in a body's name: a word of duty makes the body the one given the work ("các quận ủy
# phải ban hành kế hoạch …"), a quantifier names every such body, not one issuer
_NOT_IN_BODY = {"phai", "can", "duoc", "se", "nen", "chua", "co", "cac", "nhung", "moi", "deu", "cung"}


def catalog_names(docs: dict) -> str:
    """Every name the catalog gives a document or its issuer, folded, one space-joined text."""
    fields = ("issuer", "title", "place", "copy_office", "signer_title", "kind")
    out = []
    for d in docs.values():
        e = d.entry
        out += [str(e.get(f, "")) for f in fields] + [str(a) for a in e.get("aliases", [])] + [d.label]
    return " " + " ".join(" ".join(words(fold(x).lower())) for x in out) + " "


def unheld_issuer(text: str, docs: dict) -> tuple[str, str] | None:
    """(body as typed, kind word) when the question asks the number or date of a document of that kind issued by a
    body the catalog never names; None otherwise."""
    f = fold(text).lower()
    if len(f) != len(text):
        return None            # folding changed the length: spans cannot be mapped back to what was typed
    names = catalog_names(docs)
    for m in _ISSUED_RE.finditer(f):
        # the body's name opens with a capital ("Chính phủ", "Quốc hội"): from the last capitalised word before the verb
        body_start, body_end = m.start("body"), m.end("body")
        toks = list(re.finditer(r"\S+", text[body_start:body_end]))
        caps = [i for i, k in enumerate(toks) if k.group()[:1].isupper()]
        if not caps:
            continue
        first = caps[-1]
        while first > 0 and toks[first - 1].group()[:1].isupper():     # a run of capitals is one name ("Cần Thơ")
            first -= 1
        start = body_start + toks[first].start()
        shown = text[start:body_end]
        body_words = f[start:body_end].split()
        if not all(re.fullmatch(r"[a-z]+", w) for w in body_words) or set(body_words) & _NOT_IN_BODY:
            continue
        if f" {' '.join(body_words)} " in names:
            continue
        return shown, text[m.start("kind"):m.end("kind")]
    return None
