"""The documents the corpus cites but does not hold (the `cited.json` table written by `ingest.cited`):
finding the row a question names, and `python -m rag cited [--format table|json]`.

A question names a cited document by its number ("Nghị quyết 02-NQ/TW", "Nghị quyết 23", "nq23", "luật số
10/2022/QH15"; either of two, "nghị quyết 32 hay 23", when it cites only one) or, without a number, by its kind and most of the words of its subject as the corpus
states it ("Luật thực hiện dân chủ ở cơ sở"), each word weighted by its rarity in the corpus, so that a
question may drop the subject's common words ("luật về dân chủ ở cơ sở") but not its rare ones, or by its
opening words side by side ("nghị quyết về công tác dân tộc"); or, last, by what a cadre remembers of it
(rag.tables.described: its kind with two of its year, issuer and subject), or as "a document about X" that a held
one cites (rag.tables.cited_about).
"""
from __future__ import annotations

import argparse
import json
import re
import sys

from rag.question.levels import issuer_level, issuer_words, levels_of_number, place_follows
from rag.question.kinds import CODE_KIND
from rag.search.lexical import rarity
from rag.tables.levels import level_of
from rag.text import content_terms, fold, phrase_re

SUBJECT_SHARE = 2 / 3     # rarity-weighted share of a subject's content words a question must hold to name it without a number
SUBJECT_MIN_WORDS = 4
RUN_MIN, RUN_SHARE = 3, 0.5   # or this many subject words side by side, holding this share of the weight
# "hay", "hoặc", "hay là" between two numbers after one kind word: either of them
ALTERNATIVE = r"(?:hay|hoac)(?:\s+la)?"
SENTENCE_STOP = re.compile(r"[.?!;](?:\s|$)")
SENTENCE_END = re.compile(rf"{SENTENCE_STOP.pattern}|$")


def not_held(index) -> list[dict]:
    return [r for r in index.cited if not r.get("held")]


def _kind_word(row: dict) -> str:
    return fold(row["kind"])


# a kind's code typed against the number ("nq23", "KH21", "qd124"): any code of rag.question.kinds.CODE_KIND
_GLUED_CODE = re.compile(rf"(?<![\w/-])({'|'.join(sorted(CODE_KIND, key=len, reverse=True))})(\d{{1,4}})(?![\w/-])")


def _by_number(folded: str, rows: list[dict], text: str = "") -> list[dict]:
    q = re.sub(r"\s*([-/])\s*", r"\1", folded)
    # a glued code names the row whose number prints that code ("qd124" -> "124-QĐ/TW", a Quy định though
    # CODE_KIND reads "qd" as Quyết định)
    glued = {(m.group(1), int(m.group(2))) for m in _GLUED_CODE.finditer(q)}
    q = _GLUED_CODE.sub(lambda m: f"{fold(CODE_KIND[m.group(1)])} {m.group(2)}", q)
    full = [r for r in rows if re.search(rf"(?<![\w/]){re.escape(fold(r['number']))}(?![\w/])", q)
            or _printed_code(r) in glued]
    if full:
        return full
    out, alternative = [], []
    for r in rows:
        digits = re.match(r"\d+", r["number"]).group(0)
        if re.search(rf"\b{_kind_word(r)}\s+(?:so\s+)?0*{int(digits)}(?![\w/-])", q) or \
                re.search(rf"\b{_kind_word(r)}\s+(?:so\s+)?{digits}(?![\w/-])", q) or \
                _issuer_then_number(q, _kind_word(r), int(digits)):
            out.append(r)
        elif re.search(rf"\b{_kind_word(r)}\s+(?:so\s+)?\d+\s+{ALTERNATIVE}\s+(?:so\s+)?0*{int(digits)}(?![\w/-])", q):
            alternative.append(r)
    # "nghị quyết 32 hay 23 gì đó": a number the asker is unsure of, the one of the two the corpus cites is meant
    out = out or alternative
    years = set(re.findall(r"\b(19\d\d|20\d\d)\b", q))
    if len(out) > 1 and years:
        out = [r for r in out if r.get("date_iso", "")[:4] in years] or out
    if len(out) > 1:
        out = _one_of_same_number(q, text, out)
    return out[:1]


def _issuer_then_number(q: str, kind_word: str, number: int) -> bool:
    """The kind word, its issuer, then "số" and the number ("nghị quyết của tỉnh số 02", "nghị quyết Tỉnh ủy Lạng
    Sơn số 02", "nghị quyết của Ban Chấp hành Đảng bộ tỉnh số 02"): every word between them is a word of an
    issuer's name (rag.question.levels.issuer_words) or of _GLUE, a level marker among them (rag.tables.levels.level_of:
    not "nghị quyết ban hành số 02"), but for the place's name, at most two words after a level
    word. Not "nghị quyết giao cho tỉnh nhiệm vụ số 2"."""
    for m in re.finditer(rf"\b{kind_word}\s+(?:(?:cua|do)\s+)?((?:[a-z]+\s+){{1,8}}?)so\s+0*{number}(?![\w/-])", q):
        words = m.group(1).split()
        known = [w in issuer_words() or w in _GLUE for w in words]
        last = max((i for i, w in enumerate(words) if w in issuer_words()), default=-1)
        if last >= 0 and all(known[:last + 1]) and len(words) - 1 - last <= 2 and level_of(" ".join(words)) and \
                (last == len(words) - 1 or words[last] in place_follows()):
            return True
    return False


# words that may stand among an issuer's ("nghị quyết riêng của tỉnh số 02")
_GLUE = frozenset({"cua", "do", "rieng"})


def _printed_code(row: dict) -> tuple[str, int] | None:
    """The code and number a row's number prints ("124-QĐ/TW" -> ("qd", 124))."""
    m = re.match(r"0*(\d+)-([a-z]+)", fold(row["number"]))
    return (m.group(2), int(m.group(1))) if m else None


# what a (folded) question denies, up to "mà" or its clause's end (rag.question.levels reads the same as typed)
_DENIED = re.compile(r"\bkhong phai(?:\s+la)?\s[^,;.?!]*?(?=\s+ma\s|[,;.?!]|$)")


def _one_of_same_number(q: str, text: str, rows: list[dict]) -> list[dict]:
    """Rows of one kind and number (two provinces' or the centre's and a province's "Nghị quyết 02"), best first:
    the level said in the number's own phrase of the question as typed (`text`: "nghị quyết 02 của tỉnh", "… 02 ở
    tỉnh ban hành", "… số 02 của Tỉnh ủy", "… của Ban Chấp hành Trung ương"; not the level of a citing plan said
    elsewhere, "Kế hoạch của tỉnh nhắc nghị quyết 02 của Bộ Chính trị"), then the issuer the (folded) question names
    most fully (two provinces' at one level), then the words of its subject it says ("… nghị quyết 02 về công
    đoàn")."""
    # "…, không phải của Bộ Chính trị": the issuer denied ranks its row last, and names nothing
    denied = _pairs(content_terms(" ".join(d.group() for d in _DENIED.finditer(q))))
    q = _DENIED.sub(" ", q)
    said, terms = _pairs(content_terms(q)), set(content_terms(q))
    digits = {int(re.match(r"\d+", r["number"]).group(0)) for r in rows}
    levels = {lv for d in digits for lv in levels_of_number(text, d)}

    def rank(r: dict) -> tuple[int, int, int, int]:
        issuer = r.get("issuer", "")
        pairs = _pairs(content_terms(fold(issuer)))
        return (len(denied & pairs), -(issuer_level(issuer) in levels), -len(said & pairs),
                -len(terms & set(content_terms(fold(r.get("subject", ""))))))
    return sorted(rows, key=rank)


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


def match(index, folded: str, unnamed: str | None = None, u=None) -> list[dict]:
    """The cited-but-not-held documents a (folded) question names, best first. `unnamed`: the question with
    the held documents' names blanked ("Nghị quyết 43 nói gì về nông thôn" names no other nghị quyết); `u`: its
    rag.question.route.Understanding, when known (read by cited_about)."""
    from rag.tables.cited_about import by_about
    from rag.tables.described import by_description   # it reads this module's kind-word sentences

    rows = not_held(index)
    rest = folded if unnamed is None else unnamed
    subject = _by_subject(rest, rows, index.lexical.vocab, index.lexical.vocab_total)
    if subject and held_alike(index, subject[0], rest):
        subject = []          # a held document of its kind is named as well by those words: it is the one asked
    return _by_number(folded, rows, u.text if u is not None else "") or _by_year(rest, rows) or subject or \
        by_description(index, folded, rows, rest, u.text if u is not None else "") or by_about(index, rest, rows, u)


def held_alike(index, row: dict, folded: str) -> str | None:
    """The held document of the cited `row`'s kind whose title holds as many of the words the question says in its
    kind word's sentences as the row's subject does ("Nghị quyết về phát huy sức mạnh đại đoàn kết toàn dân tộc": NQ 43
    "Về tiếp tục phát huy truyền thống, sức mạnh đại đoàn kết toàn dân tộc …" as well as NQ 23 "Về phát huy sức
    mạnh đại đoàn kết toàn dân tộc vì mục tiêu …"): the held one is answered, the cited one named beside it. None
    when the row's subject says more of them ("… vì mục tiêu dân giàu, nước mạnh": NQ 23)."""
    window = _kind_sentences(folded, _kind_word(row))
    about = re.search(r"\bve\s+([^.;:?!]+)", window)       # the words said after "về", else the kind's sentences
    asked = set(content_terms(about.group(1) if about else window)) - {"ve"}
    said = len(asked & set(content_terms(fold(row.get("subject", "")))))
    for doc_id, doc in index.docs.items():
        if fold(doc.entry.get("kind", "")).lower() == _kind_word(row).lower() and said and \
                len(asked & set(content_terms(fold(doc.entry.get("title", ""))))) >= said:
            return doc_id
    return None


def subject_alike(index, folded: str, doc_id: str) -> dict | None:
    """The cited row the question names by its subject as well as it names the held `doc_id` (`held_alike`), or
    None: the answer about `doc_id` names it beside."""
    subject = _by_subject(folded, not_held(index), index.lexical.vocab, index.lexical.vocab_total)
    return subject[0] if subject and held_alike(index, subject[0], folded) == doc_id else None


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
