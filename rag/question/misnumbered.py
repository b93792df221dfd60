"""A held document named with a wrong number ("Kế hoạch 12 của Bộ Chính trị thực hiện Nghị quyết 43", "Nghị
quyết 34 về khối đại đoàn kết"): the number names nothing the corpus holds or cites, but the rest of the name fits
exactly one held document, read from the catalog alone:

- its kind is the reference's kind;
- it fits what the question says of the document besides the number: the subject stated after "về" (most of the
  subject's adjacent word pairs stand in the document's title), or the held document it carries out ("… thực hiện
  Nghị quyết 43": its title holds that document's title);
- nothing the question states contradicts it: a year other than its year, a term ("khóa IX") other than its
  issuer's, another held document of the kind named by its issuer or level once the number is set aside.

The question is still refused as naming a document the corpus does not hold (a number is what a cadre cites; an
answer about another number would be quoted under the wrong one), and the refusal names the held document that fits
(`candidate`), so that the cadre can ask again by its number. Taken from branch dm13, which answered such
questions instead.
A bare number with an issuer alone ("Nghị quyết 44 của Trung ương", "Kế hoạch 35 của Tỉnh ủy Lạng Sơn") is not
enough: a body issues many documents of a kind, so the subject must fit.
"""
from __future__ import annotations

import re

from rag.prompts import msg
from rag.question.kinds import KIND_RE
from rag.text import fold, nfc, words

# words that end the subject stated after "về": what the question asks of the document, not what it is about
_SUBJECT_END = frozenset(
    "cua do ra ban ky gui co la noi duoc ngay nam thi ma vay nao gi khong the sao bao may o tai hoi nhe a ha nhi "
    "ta chua hay khi dau ai nhu trong voi so".split())
NAME_TAIL = 16             # characters after the number that still belong to its name ("… 29 năm 2013")
SUBJECT_SHARE = 0.5        # share of the stated subject's word pairs the title must hold
_ABOUT_RE = re.compile(r"\bve\s+")
_YEAR_RE = re.compile(r"\b(19\d\d|20\d\d)\b")
_TERM_RE = re.compile(r"\bkhoa\s+([ivxl]+|\d{1,2})\b")
_CARRY_RE = re.compile(r"\b(?:thuc hien|lam theo|trien khai|quan triet|cu the hoa)\s+$")
_ROMAN = {"i": 1, "v": 5, "x": 10, "l": 50}


def _roman(s: str) -> int:
    if s.isdigit():
        return int(s)
    total = 0
    for a, b in zip(s, s[1:] + " "):
        v = _ROMAN[a]
        total += -v if b != " " and _ROMAN[b] > v else v
    return total


def _pairs(ws: list[str]) -> set[tuple[str, str]]:
    return set(zip(ws, ws[1:]))


def stated_subject(f: str, start: int) -> tuple[list[str], tuple[int, int]]:
    """The words after the first "về" at or after `start` in the same sentence, up to a word that asks something
    of the document ("ra ngày nào", "do ai ký", "của …"), and their span in `f`. ([], (0, 0)) when none."""
    sentence = re.split(r"[.?!;,:()\"“”]", f[start:], maxsplit=1)[0]
    m = _ABOUT_RE.search(sentence)
    if not m:
        return [], (0, 0)
    out: list[str] = []
    end = start + m.end()
    for w in re.finditer(r"[a-z0-9]+", sentence[m.end():]):
        if w.group(0) in _SUBJECT_END:
            break
        out.append(w.group(0))
        end = start + m.end() + w.end()
    return out, (start + m.end(), end)


def subject_fits(subject: list[str], title: str) -> int:
    """Whether the stated subject fits the title: over some opening run of it (where the name ends is not marked:
    "về đoàn kết dân tộc muốn tới năm 2030"), at least half of its adjacent word pairs stand in the title and
    either two pairs do or the run is the whole subject ("về đoàn kết"). One common pair followed by words the
    title lacks ("về xây dựng nhà nước pháp quyền") does not fit. Returns how many opening words fit (0: none):
    the words up to the last pair the title holds."""
    said = _pairs(words(fold(nfc(title))))
    pairs = list(zip(subject, subject[1:]))
    held, fit = 0, 0
    for n, pair in enumerate(pairs, 1):
        held += pair in said
        if held and held / n >= SUBJECT_SHARE and (held >= 2 or n == len(pairs)):
            fit = max(i for i in range(1, n + 1) if pairs[i - 1] in said) + 1
    return fit


def _contradicted(f: str, name: str, entry: dict) -> bool:
    """A year the name states (`name`: the reference and its subject, "Nghị quyết 29 năm 2013 về …"; a year later
    in the question may be a target, "mục tiêu tới năm 2030") or a term ("khóa IX") the question states that the
    document's date or issuer does not bear."""
    year = (entry.get("date") or "")[:4]
    years = set(_YEAR_RE.findall(name))
    if year and years and year not in years:
        return True
    term = _TERM_RE.search(fold(nfc(entry.get("issuer", ""))))
    said = {_roman(m.group(1)) for m in _TERM_RE.finditer(f)}
    return bool(term and said and _roman(term.group(1)) not in said)


def resolve(u, docs: dict, cited_numbers: dict[tuple[str, str], list[str]]) -> list[tuple[object, str, str]]:
    """The unknown references of `u` (rag.question.route.Understanding) that name a held document with a wrong
    number: [(ref, doc_id, why)], `why` what fitted, as a cadre reads it. A reference the corpus cites
    (`cited_numbers`: (folded kind, number digits) -> the subjects the corpus states of it) is a document of its
    own, unless the subject the question states is none of its subjects and fits a held title ("Nghị quyết 45 về
    đại đoàn kết", when the corpus cites a Nghị quyết 45 on intellectuals)."""
    from rag.question.route import find_references

    out = []
    for ref in u.unknown_refs:
        cited = cited_numbers.get((fold(ref.kind), str(int(re.match(r"\d+", ref.number).group(0)))))
        if ref.is_object:
            continue
        if cited is not None:
            subject, _ = stated_subject(u.folded, ref.span[1])
            if not subject or any(not t or subject_fits(subject, t) for t in cited):
                continue
        a, b = ref.span
        kind_word = re.match(rf"({KIND_RE})", u.folded[a:b])
        if not kind_word:          # a bare code ("34-NQ/TW"): its kind is read, but no name stands around it
            continue
        # the question with the number set aside: the kind word stays, so that "<kind> của <issuer>" still reads
        keep = a + kind_word.end()
        f = u.folded[:keep] + u.folded[b:]
        t = u.text[:keep] + u.text[b:]
        named = [d for _, d, _ in find_references(f, docs, t)[0]]
        kind = ref.kind
        of_kind = [d for d, doc in docs.items() if doc.entry.get("kind") == kind]
        subject, (ss, se) = stated_subject(u.folded, b)
        # held documents named after a verb of carrying out: the one asked about carries them out
        carried = [d for s, d, _ in find_references(f, docs, t)[0]
                   if s >= keep and _CARRY_RE.search(f[:s]) and docs[d].entry.get("kind") != kind]
        fits: dict[str, str] = {}
        for d in of_kind:
            entry = docs[d].entry
            if _contradicted(u.folded, u.folded[a:max(se, b + NAME_TAIL)], entry):
                continue
            title = fold(nfc(entry.get("title", "")))
            fit = subject_fits(subject, title) if subject else 0
            if fit:
                shown = re.match(rf"(?:\W*\w+){{{fit}}}", u.text[ss:se]).group(0).strip()
                fits[d] = msg("misnumbered_subject", subject=shown)
            elif not subject and carried and all(
                    fold(nfc(docs[c].entry.get("title", ""))) in title for c in carried):
                fits[d] = msg("misnumbered_carried", carried=", ".join(docs[c].label for c in carried))
        named_of_kind = [d for d in named if d in of_kind]
        if named_of_kind:
            # the issuer or level names one document of the kind: it must be one that fits
            fits = {d: w for d, w in fits.items() if d in named_of_kind}
        if len(fits) == 1:
            (d, why), = fits.items()
            out.append((ref, d, why))
    return out


def cited_numbers(index) -> dict[tuple[str, str], list[str]]:
    """(folded kind, number digits) of every document the corpus cites -> the subjects the corpus states of it
    ("" when none is stated: then nothing is known to contradict it)."""
    out: dict[tuple[str, str], list[str]] = {}
    for row in getattr(index, "cited", None) or []:
        m = re.match(r"\d+", row.get("number", ""))
        if m:
            out.setdefault((fold(row.get("kind", "")), str(int(m.group(0)))), []).append(row.get("subject") or "")
    return out


def candidate(u, index) -> str:
    """The line a refusal of `u`'s unknown documents adds naming the held document each misnumbered reference fits
    ("" when none fits; see `resolve`)."""
    found = resolve(u, index.docs, cited_numbers(index))
    return "\n".join(msg("refusal_misnumbered", ref=f"{r.kind} {r.number}", why=why, doc=index.docs[d].label)
                     for r, d, why in found)
