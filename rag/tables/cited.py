"""The documents the corpus cites but does not hold (the `cited.json` table written by `ingest.cited`):
finding the row a question names, and `python -m rag cited [--format table|json]`.

A question names a cited document by its number ("Nghị quyết 02-NQ/TW", "Nghị quyết 23", "luật số
10/2022/QH15") or, without a number, by its kind and most of the words of its subject as the corpus
states it ("Luật thực hiện dân chủ ở cơ sở"), each word weighted by its rarity in the corpus, so that a
question may drop the subject's common words ("luật về dân chủ ở cơ sở") but not its rare ones, or by its
opening words side by side ("nghị quyết về công tác dân tộc").
"""
from __future__ import annotations

import argparse
import json
import re
import sys

from rag.search.lexical import rarity
from rag.text import content_terms, fold, phrase_re

SUBJECT_SHARE = 2 / 3     # rarity-weighted share of a subject's content words a question must hold to name it without a number
SUBJECT_MIN_WORDS = 4
RUN_MIN, RUN_SHARE = 3, 0.5   # or this many subject words side by side, holding this share of the weight
SENTENCE_STOP = re.compile(r"[.?!;](?:\s|$)")
SENTENCE_END = re.compile(rf"{SENTENCE_STOP.pattern}|$")


def not_held(index) -> list[dict]:
    return [r for r in index.cited if not r.get("held")]


def _kind_word(row: dict) -> str:
    return fold(row["kind"])


def _by_number(folded: str, rows: list[dict]) -> list[dict]:
    q = re.sub(r"\s*([-/])\s*", r"\1", folded)
    full = [r for r in rows if re.search(rf"(?<![\w/]){re.escape(fold(r['number']))}(?![\w/])", q)]
    if full:
        return full
    out = []
    for r in rows:
        digits = re.match(r"\d+", r["number"]).group(0)
        if re.search(rf"\b{_kind_word(r)}\s+(?:so\s+)?0*{int(digits)}(?![\w/-])", q) or \
                re.search(rf"\b{_kind_word(r)}\s+(?:so\s+)?{digits}(?![\w/-])", q):
            out.append(r)
    years = set(re.findall(r"\b(19\d\d|20\d\d)\b", q))
    if len(out) > 1 and years:
        out = [r for r in out if r.get("date_iso", "")[:4] in years] or out
    if len(out) > 1:
        # "Nghị quyết 02 của Ban Chấp hành Đảng bộ tỉnh": the row whose issuer the question names most fully
        said = _pairs(content_terms(q))
        named = [len(said & _pairs(content_terms(fold(r.get("issuer", ""))))) for r in out]
        out = [r for r, n in sorted(zip(out, named), key=lambda x: -x[1])]
    return out[:1]


def _pairs(terms: list[str]) -> set[tuple[str, str]]:
    return set(zip(terms, terms[1:]))


def _by_subject(folded: str, rows: list[dict], vocab: dict[str, int], total: int) -> list[dict]:
    """Most of a subject's words, weighted by rarity; or its opening words side by side ("nghị quyết về công
    tác dân tộc" for "Về công tác dân tộc trong tình hình mới"); or a run of at least RUN_MIN of its words side by side
    that holds RUN_SHARE of that weight ("luật dân chủ cơ sở" for "Về thực hiện dân chủ ở cơ sở", "nghị
    quyết về nông nghiệp, nông dân, nông thôn"); said after the document's kind word, in its sentence. Numbers (a
    target year) are not subject words a question repeats."""
    best, best_share = None, 0.0
    for r in rows:
        seq = [t for t in content_terms(fold(r.get("subject", ""))) if t != "ve" and not t.isdigit()]
        terms = list(dict.fromkeys(seq))
        window = _kind_sentences(folded, _kind_word(r))
        if len(terms) < SUBJECT_MIN_WORDS or not window:
            continue
        asked = content_terms(window)
        qterms, said = set(asked), " " + " ".join(asked) + " "
        weight = {t: rarity(t, vocab, total) for t in terms}
        whole = sum(weight.values()) or 1.0
        share = sum(w for t, w in weight.items() if t in qterms) / whole
        run = _longest_run(seq, said)
        run_share = sum(weight[t] for t in set(run)) / whole
        opening = f" {' '.join(seq[:SUBJECT_MIN_WORDS])} " in said
        if (share >= SUBJECT_SHARE or opening or (len(run) >= RUN_MIN and run_share >= RUN_SHARE)) and \
                share > best_share:
            best, best_share = r, share
    return [best] if best else []


def _kind_sentences(folded: str, kind_word: str) -> str:
    """The sentences of the question that hold one of its kind words, both sides of it: a document named by its
    subject says the subject there, after the kind word ("nghị quyết về công tác dân tộc") or before it ("Công
    tác dân tộc trong tình hình mới: nghị quyết đó …", "Về nông nghiệp … thì có nghị quyết nào"); the words of
    another sentence ("Tôi làm công tác ở xã. Nghị quyết … nhìn lại tình hình …") name nothing of it."""
    spans = []
    for m in phrase_re(kind_word).finditer(folded):
        start = max((e.end() for e in SENTENCE_STOP.finditer(folded, 0, m.start())), default=0)
        span = (start, m.end() + SENTENCE_END.search(folded[m.end():]).start())
        if span not in spans:
            spans.append(span)
    return " ".join(folded[a:b] for a, b in spans)


def _longest_run(seq: list[str], said: str) -> list[str]:
    """The longest stretch of the subject's words that the question says side by side, one of the stretch's
    words may be left out ("dân chủ cơ sở" for "dân chủ ở cơ sở")."""
    best: list[str] = []
    for skip in [None, *range(1, len(seq) - 1)]:
        words = seq if skip is None else seq[:skip] + seq[skip + 1:]
        for i in range(len(words)):
            j = i + len(best) + 1
            while j <= len(words) and f" {' '.join(words[i:j])} " in said:
                if skip is None or i < skip < j:        # a left-out word must lie inside the stretch
                    best = words[i:j]
                j += 1
    return best


def _by_year(folded: str, rows: list[dict]) -> list[dict]:
    """A kind word and a year, with no number between them ("cái chỉ thị năm 2016 về …"): the one cited
    document of that kind and year, if only one."""
    out = []
    for r in rows:
        year = r.get("date_iso", "")[:4] or r.get("date", "")[-4:]
        if year.isdigit() and re.search(rf"\b{_kind_word(r)}\s+(?:[a-z]+\s+){{0,3}}?(?:nam\s+)?{year}\b", folded):
            out.append(r)
    return out if len(out) == 1 else []


ISSUER_STOP = frozenset({"nghi quyet", "chi thi", "ket luan", "quy dinh", "ke hoach", "chuong trinh", "van ban"})
# word pairs of the asking frame, no subject ("yêu cầu gì về …", "đề ra gì", "nêu ra", "nói gì"): a subject that
# holds them ("… đáp ứng yêu cầu phát triển …") is not named by them
FRAME_PAIRS = frozenset({"yeu cau", "de ra", "neu ra", "noi ve", "de cap", "nhac den", "nhac toi"})
_FRAME_RE = re.compile(rf"\b(?:{'|'.join(sorted(FRAME_PAIRS))})\b")


def _said_pairs(window: str) -> set[tuple[str, str]]:
    """The word pairs a question says, none across an asking frame ("yêu cầu gì về phát huy": no "cầu phát")."""
    return set().union(*(_pairs(content_terms(seg)) for seg in _FRAME_RE.split(window)))


_CLAUSE = re.compile(r"[,.;:?!]")
# a clause asking something of its own ("mấy văn bản làm theo nghị quyết 43" names the held ones as the place to look)
_ASKS = re.compile(r"\b(?:gi|nao|sao|khong|dau|ai)\b")


_SESSION = re.compile(r"\bhoi nghi lan thu \w+\s*")    # "Hội nghị lần thứ tám …": the session, not who issues
_ABOUT = re.compile(r"\bve\s+([^,.;:?!]+)")
ABOUT_WORDS = 4            # the words after "về" read as the subject said (the window's sentences run together)


def _described(window: str, year: str, issuer: str, subject: str, stop: set) -> tuple[bool, bool, int]:
    """Whether the sentences around a kind word (`window`) state the document's year, whether they name its issuer
    (a word pair of it: "Bộ Chính trị", "Trung ương"), and how many word pairs of its subject that name no issuer
    or kind they say ("tôn giáo", "công tác phụ nữ"); none when what they say after "về" is mostly words the
    subject does not hold ("về công tác cựu chiến binh" is not "công tác phụ nữ")."""
    said = _said_pairs(window)
    issuer_pairs = _pairs(content_terms(_SESSION.sub("", fold(issuer).lower())))
    terms = set(content_terms(fold(subject)))
    subject_pairs = {p for p in _pairs(content_terms(fold(subject))) if " ".join(p) not in stop}
    about = [t for m in _ABOUT.finditer(window) for t in content_terms(m.group(1))[:ABOUT_WORDS]
             if not any(t in p.split() for p in stop)]
    fits = not about or sum(t in terms for t in about) >= SUBJECT_SHARE * len(about)
    return (bool(year) and bool(re.search(rf"\b{year}\b", window)), bool(said & issuer_pairs),
            len(said & subject_pairs) if fits else 0)


def _by_description(index, folded: str, rows: list[dict], unnamed: str) -> list[dict]:
    """A document named by what a cadre remembers of it, no number: its kind with two of its year, its issuer and
    word pairs of its subject, in the kind word's sentences ("cái nghị quyết về đại đoàn kết của Trung ương …
    năm 2003", "một chỉ thị của Bộ Chính trị về tôn giáo"). The one row described best, when no other cited row
    of its kind is described as well and no held document of its kind (the catalog's year, issuer and title) is
    described as well as it: "nghị quyết về đại đoàn kết năm 2023" is the held one. A kind word only inside a held
    document's name (`unnamed`: the question with those names blanked; "Nghị quyết Trung ương 8 … về công tác dân
    tộc") names a cited one only with the cited one's year."""
    stop = set(ISSUER_STOP) | FRAME_PAIRS
    for r in rows:
        terms = content_terms(fold(r.get("issuer", "")))
        stop |= {" ".join(p) for p in zip(terms, terms[1:])}
    scored = []
    for r in rows:
        window = _kind_sentences(folded, _kind_word(r))
        if not window:
            continue
        year, issuer, subject = _described(window, r.get("date_iso", "")[:4], r.get("issuer", ""),
                                           r.get("subject", ""), stop)
        if not _kind_sentences(unnamed, _kind_word(r)) and not year:
            continue            # the kind word names a held document
        if (year and (issuer or subject)) or (issuer and subject):
            scored.append((2 * year + issuer + subject, r, window))
    if not scored:
        return []
    scored.sort(key=lambda x: -x[0])
    best, row, window = scored[0]
    if len(scored) > 1 and scored[1][0] == best:
        return []
    if _held_in_other_clause(folded, unnamed, _kind_word(row)):
        return []
    # the row's subject pairs the question says, which a held document of its kind may print as well
    said = _said_pairs(window) & {p for p in _pairs(content_terms(fold(row.get("subject", ""))))
                                            if " ".join(p) not in stop}
    for doc in index.docs.values():
        e = doc.entry
        if fold(e.get("kind", "")).lower() != _kind_word(row):
            continue
        year, issuer, subject = _described(window, e.get("date", "")[:4], e.get("issuer", ""),
                                           e.get("title", ""), stop)
        # the held document is judged by its catalog (year, issuer, title) and by what its body prints: "nghị quyết
        # Trung ương năm 2023 … về đội ngũ trí thức" is the held one when it treats "đội ngũ trí thức"
        body = " ".join(fold(doc.text).lower().split())
        printed = sum(f" {' '.join(p)} " in f" {body} " for p in said)
        if 2 * year + issuer + max(subject, printed) >= best:
            return []
    return [row]


def _held_in_other_clause(folded: str, unnamed: str, kind_word: str) -> bool:
    """A held document named in a clause of its own that asks something, no kind word of the described row in it
    ("Đội ngũ doanh nhân: NQ 43 đề ra gì, còn Cần Thơ căn cứ nghị quyết số mấy của BCT?"; not "Theo Nghị quyết 43,
    …"): the question asks about the held document too, in its own part; the description answers only its own part, so it takes no question of several parts."""
    clauses, start = [], 0
    for end in [m.start() for m in _CLAUSE.finditer(folded)] + [len(folded)]:
        named = any(unnamed[i] != folded[i] for i in range(start, min(end, len(unnamed))))
        clauses.append((named, unnamed[start:end]))
        start = end + 1
    described = [bool(phrase_re(kind_word).search(c)) for _, c in clauses]
    return any(described) and any(named and _ASKS.search(c) and not d for (named, c), d in zip(clauses, described))


def match(index, folded: str, unnamed: str | None = None) -> list[dict]:
    """The cited-but-not-held documents a (folded) question names, best first. `unnamed`: the question with
    the held documents' names blanked ("Nghị quyết 43 nói gì về nông thôn" names no other nghị quyết)."""
    rows = not_held(index)
    rest = folded if unnamed is None else unnamed
    return _by_number(folded, rows) or _by_year(rest, rows) or \
        _by_subject(rest, rows, index.lexical.vocab, index.lexical.vocab_total) or _by_description(index, folded, rows, rest)


def label(row: dict) -> str:
    return f"{row['kind']} {row['number']}"


# ------------------------------------------------------------------------------------------------ CLI
def _table(rows: list[dict]) -> str:
    head = ("văn bản", "ngày", "cơ quan", "khóa", "trích yếu", "trong kho", "nhắc đến tại")
    lines = [" | ".join(head)]
    for r in rows:
        subject = r["subject"] if len(r["subject"]) <= 70 else r["subject"][:69] + "…"
        where = ", ".join(dict.fromkeys(m["unit_id"] for m in r["mentions"]))
        lines.append(" | ".join((label(r), r["date"], r["issuer"], r["term"], subject, r["held"] or "-", where)))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    from rag.config import load_settings
    from rag.errors import RagError
    from rag.index import LoadedIndex

    ap = argparse.ArgumentParser(prog="python -m rag cited",
                                 description="List the documents the corpus cites (one row each, with the citing units).")
    ap.add_argument("--format", choices=("table", "json"), default="table")
    ap.add_argument("--all", action="store_true", help="include the cited documents the corpus holds")
    args = ap.parse_args(argv)
    try:
        index = LoadedIndex(load_settings())
    except RagError as e:
        print(f"error: {e}", file=sys.stderr)
        return 1
    rows = index.cited if args.all else not_held(index)
    print(json.dumps(rows, ensure_ascii=False, indent=1) if args.format == "json" else _table(rows))
    return 0
