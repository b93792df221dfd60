"""What a document of a kind the corpus holds none of sets out: beyond what the held texts say of it.

"Cái chiến lược đại đoàn kết … đến 2030 đặt ra mấy chỉ tiêu?" makes the strategy the subject of a verb of setting
out ("đặt ra", "đề ra", "quy định", "nêu", "gồm") and asks what it contains. When no held document is of that kind
(the catalog's kinds: here no "Chiến lược"), the held texts can only mention it (to be drafted, carried out); its
targets are in a text the corpus does not hold. A kind word after a verb ("xây dựng chiến lược …", "triển khai
chiến lược …") or a question about who drafts it and when is left to the other checks: the held texts print that.

The refusal says the held texts mention the thing, so it is given only when they do: the cited-documents table
(rag.tables.cited, documents cited by number) holds a document of that kind the question names, by number or
subject ("Kết luận 58-KL/TW …; kết luận đó đề ra mấy nhiệm vụ"), or, for the kinds that table does not collect
(EXTRA_KINDS: "chiến lược", "đề án" …, cited by name without a number), a held text names one as a document
(the kind word capitalised inside a sentence, "xây dựng Chiến lược đại đoàn kết toàn dân tộc đến năm 2030")
with every content word of the question's description in that name's clause. "Có" followed by what a text holds ("có những chỉ tiêu gì", "có mấy mục tiêu") asks the contents too, and a
relative clause may stand between the description and it, naming who makes the thing ("Chiến lược … đến 2030 mà Mặt
trận được giao xây dựng có những chỉ tiêu cụ thể gì?"): measured 2026-11-27 on the 71 dev questions of the 19 sets that
name a strategy, a directive, a conclusion or a scheme, it refuses the two unanswerable ones of this form (circle,
chamber) and changes no other. A kind word used as an ordinary
noun ("Quy định về chế độ báo cáo gồm những gì?", "Hướng dẫn thực hiện … gồm những bước nào?") names no such
document and is left to the normal path.
"""
from __future__ import annotations

import re

from rag.decision.cited_subject import EXTRA_KINDS
from rag.question.kinds import KIND_WORDS
from rag.tables import cited
from rag.text import content_terms, fold, has_diacritics

# the kind word opens the clause (its subject): at the start, after punctuation, or after a classifier
_OPEN = r"(?:^|[,.;:?!—–]\s*|(?<![a-z0-9])(?:cai|ban|con)\s+)"
# a verb of setting out, then what is asked of the contents: a count or a list ("có" is left out: "chiến lược có
# những ai soạn" asks who drafts it, which the held texts print)
_SET_VERBS = r"dat ra|de ra|quy dinh|neu ra|neu|gom"
_SETS = (rf"(?:{_SET_VERBS})\s+(?:(?:tat ca|cu the|duoc)\s+)?"
         r"(?:may|bao nhieu|nhung|cac|gi)(?![a-z0-9])")
# the thing set before the clause and taken up by a pronoun ("Chiến lược … tới 2030 á, nó có mấy chỉ tiêu"): a
# count of its contents asked of the pronoun; "có" counts here, since what "nó có mấy …" counts is what it holds
_RESUMED = (r"(?:\s+(?:a|ay|thi|do|nay|ha|ne))?\s*,\s*(?:no|cai do|cai nay)\s+"
            rf"(?:(?:{_SET_VERBS}|co)\s+)(?:tat ca\s+)?(?:may|bao nhieu)(?![a-z0-9])")
# words that end a description before the verb: another clause, or the thing named as what another document gives
# or cites ("chiến lược mà NQ 43 nhắc", "chiến lược do … giao"); read as typed, since folded they are also
# syllables of a description ("giao" / "tôn giáo", "dan" / "dân tộc"); folded only in a question typed without marks
_CLAUSE_WORDS = {"mà", "thì", "giao", "theo", "của", "do", "được", "phải", "nhắc", "dẫn", "trích"}
# "có" followed by what a text holds, counted or listed ("có những chỉ tiêu gì", "có mấy mục tiêu"): asks the
# contents as a verb of setting out does; "có những ai soạn" (who drafts it) is not of these nouns and stays apart
_HOLDS = (r"co\s+(?:(?:tat ca|nhung|cac|may|bao nhieu)\s+)+(?:chi tieu|muc tieu|noi dung|nhiem vu|giai phap|"
          r"dinh huong|yeu cau|diem|phan|chuong)(?![a-z0-9])")
# a relative clause after the description, closing before "có" and what a text holds ("Chiến lược … đến 2030 mà Mặt
# trận được giao xây dựng có những chỉ tiêu gì", "… do MTTQ làm có những nội dung gì"): the thing is described before
# it, the clause says who makes it, which the held texts print; at most RELATIVE_WORDS words. Before another verb of
# setting out the subject is open to doubt ("Chiến lược … mà kế hoạch nhắc đặt ra những gì": what the plan sets out
# of it?) and the clause still ends the description
# ("đó", that, after the description points back at it before the clause, "chiến lược … đó MTTQ làm có những nội dung
# gì"; a question typed bare and re-accented reads "do" so as well)
_RELATIVE_WORDS = {"mà", "do", "đó"}
RELATIVE_WORDS = 10
# words that open another clause whatever their accents (a verb that folds like a syllable of a description, "dẫn" /
# "dân", is not among them): none may stand in the description before the relative clause
_OPENING_WORDS = _RELATIVE_WORDS | {"thì", "của", "được", "phải"}


def unheld_kinds(docs: dict) -> list[str]:
    """Folded kind words of documents no held one is of ("chiến lược", "chỉ thị", "đề án" …), longest first."""
    held = {str(d.entry.get("kind", "")) for d in docs.values()}
    kinds = {k for k, v in KIND_WORDS.items() if v not in held} | set(EXTRA_KINDS)
    return sorted(kinds, key=len, reverse=True)


# a document's name inside a sentence: the kind word capitalised after a lower-case word ("xây dựng Chiến lược …")
# (a comma before "tầm nhìn" goes on with the name: "Chiến lược … đến năm 2030, tầm nhìn đến năm 2045")
_NAME_END = re.compile(r"[;.:()?!\n]|,(?!\s*tam nhin\b)")
_TITLES: dict[str, list[tuple[str, str]]] = {}


def _titles(index) -> list[tuple[str, str]]:
    """(folded kind, folded clause after it) for every kind of EXTRA_KINDS a held text names as a document, once per
    build."""
    if index.build_id not in _TITLES:
        _TITLES.clear()
        kinds = re.compile(rf"(?<![a-z])({'|'.join(EXTRA_KINDS)})(?![a-z])")
        out = []
        for d in index.docs:
            for u in index.doc_units(d):
                raw = u.text
                f = fold(raw).lower()
                if len(f) != len(raw):
                    continue
                for m in kinds.finditer(f):
                    before = raw[:m.start()].rstrip()
                    if raw[m.start()].isupper() and before and before[-1].islower():
                        rest = f[m.end():]
                        end = _NAME_END.search(rest)
                        out.append((m.group(1), rest[:end.start()] if end else rest))
        _TITLES[index.build_id] = out
    return _TITLES[index.build_id]


def mentioned(index, folded: str, kind: str, desc: str) -> bool:
    """Whether the held texts mention the document of `kind` (folded) the question describes by `desc`: a cited row
    of that kind the question names, or (a kind the cited table does not collect) a held text's name of one whose
    clause holds every content word of the description."""
    if any(fold(r["kind"]).lower() == kind for r in cited.match(index, folded)):
        return True
    words = set(content_terms(desc))
    if kind not in EXTRA_KINDS or len(words) < 2:
        return False
    return any(k == kind and words <= set(content_terms(clause)) for k, clause in _titles(index))


def unheld_content(text: str, index) -> str | None:
    """The kind word and description as typed ("chiến lược đại đoàn kết toàn dân tộc đến 2030") when the question asks
    what a document of a kind the corpus holds none of sets out and the held texts mention that document; None
    otherwise."""
    f = fold(text).lower()
    if len(f) != len(text):
        return None
    kinds = "|".join(unheld_kinds(index.docs))
    pattern = re.compile(rf"{_OPEN}(?P<thing>(?P<kind>{kinds})(?P<desc>(?:\s+\S+){{1,12}}?))\s+(?:{_SETS}|{_HOLDS})")
    resumed = re.compile(rf"{_OPEN}(?P<thing>(?P<kind>{kinds})(?P<desc>(?:\s+\S+){{1,12}}?)){_RESUMED}")
    related = re.compile(rf"{_OPEN}(?P<thing>(?P<kind>{kinds})(?P<desc>(?:\s+\S+){{1,{12 + RELATIVE_WORDS}}}?))"
                         rf"\s+{_HOLDS}")
    accented = has_diacritics(text)
    clause = _CLAUSE_WORDS if accented else {fold(w) for w in _CLAUSE_WORDS}
    relative = _RELATIVE_WORDS if accented else {fold(w) for w in _RELATIVE_WORDS}
    opening = _OPENING_WORDS if accented else {fold(w) for w in _OPENING_WORDS}
    matches = [(m, False) for m in (*resumed.finditer(f), *pattern.finditer(f))]
    for m, closed in (*matches, *((m, True) for m in related.finditer(f))):
        said = text[m.start("desc"):m.end("desc")].lower().split()
        if set(said) & (clause | relative if closed else clause):
            if not closed:
                continue
            # a description closed by a relative clause (_RELATIVE_WORDS): the thing is what precedes it
            at = next((i for i, w in enumerate(said) if w in relative), 0)
            if not at or set(said[:at]) & opening or len(said) - at - 1 > RELATIVE_WORDS:
                continue
            spans = [t.span() for t in re.finditer(r"\S+", f[m.start("desc"):m.end("desc")])]
            end = m.start("desc") + spans[at - 1][1]
            if mentioned(index, f, m.group("kind"), f[m.start("desc"):end]):
                return text[m.start("thing"):end]
            continue
        if mentioned(index, f, m.group("kind"), m.group("desc")):
            return text[m.start("thing"):m.end("thing")]
    return None
