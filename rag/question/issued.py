"""Documents named by who issued them, read from the catalog's kind and issuer fields and the level table
(rag/data/levels.tsv), never from a per-document alias:

- "<kind> [của|do|cấp] <issuer>" and "văn bản [của|do|cấp] <issuer>": the one catalog document of that kind
  (of any kind after "văn bản") whose issuer the words name, by the first words of its issuer ("văn bản Ban
  Thường vụ Tỉnh ủy"), or by its level ("kế hoạch tỉnh", "văn bản cấp tỉnh", "kế hoạch của Trung ương");
- a kind word the question leaves unnamed ("... kế hoạch triển khai Nghị quyết 43") and a body or level it names
  elsewhere as the subject of a verb of issuing or directing where a clause begins ("Sau khi Bộ Chính trị ban
  hành kế hoạch", "Trung ương yêu cầu gì trong kế hoạch"), or a level set before the sentence ("Ở tỉnh, kế hoạch ..."): the one
  document of that kind from that body or level. A body with a word of duty ("Tỉnh ủy phải / cần / có nhiệm vụ /
  được giao ..."), one after a receiver's cue ("giao cho Trung ương", "báo cáo Bộ Chính trị") and a level in the
  topic ("vai trò của Trung ương", "đồng bào ở tỉnh") are the ones given the work or asked about, and a body
  after a noun it qualifies ("Bí thư Tỉnh ủy chỉ đạo") is no subject: they name none.
A phrase that fits no document or several names none here; an issuer's words at a level ("Ủy ban nhân dân tỉnh")
name only a document whose issuer they are part of.
"""
from __future__ import annotations

import functools
import re

from rag.question.anaphor import DEMONSTRATIVE
from rag.question.docmatch import matcher_for
from rag.question.kinds import KIND_RE, KIND_WORDS
from rag.question.levels import in_body_name, level_at, level_terms
from rag.text import fold

Hit = tuple[int, str, tuple[int, int]]

ANY_KIND = "van ban"        # a document of any kind
# "<kind> [thực hiện|triển khai|hành động] [của|do|cấp|ở|trên] " right before a body's name ("kế hoạch thực hiện của
# Trung ương", "kế hoạch triển khai của Ban Thường vụ Tỉnh ủy": the word for what the document does stands between;
# "văn bản ở tỉnh", the spoken "văn bản trên tỉnh": the level it was issued at)
# A demonstrative may stand between the kind and "của / do / cấp" ("Kế hoạch này của tỉnh", "văn bản đó do Trung
# ương …"): the issuer says which one "this plan" is (review fx29 HIGH).
_HEAD_RE = re.compile(rf"(?<![a-z0-9])({KIND_RE}|{ANY_KIND})\s+(?:(?:thuc hien|trien khai|hanh dong)\s+)?"
                      rf"(?:{DEMONSTRATIVE}\s+(?:cua|do|cap)\s+|(?:(?:cua|do|cap|o|tren)\s+)?)$")
# "<kind> [của|do|cấp|bên|ở] [a word] (<body>)": the body glossing the kind phrase in parentheses names its issuer
# ("kế hoạch của trên (Bộ Chính trị)", "văn bản cấp trên (Tỉnh ủy)", "kế hoạch (của Bộ Chính trị)"); the body must
# close them, and a verb between ("kế hoạch giao Đảng đoàn (…)") makes the body a receiver, not a gloss
_GLOSS_RE = re.compile(rf"(?<![a-z0-9])({KIND_RE}|{ANY_KIND})(?:\s+(?:cua|do|cap|ben|o))?(?:\s+[a-z]+)?\s*\(\s*"
                       r"(?:(?:cua|do)\s+)?$")
_GLOSS_END_RE = re.compile(r"\s*\)")
# "các văn bản của thành phố": documents of that body in general, not one of the catalog; "các tỉnh ủy": every
# such body, not one issuer
_MANY_RE = re.compile(r"(?<![a-z0-9])(?:cac|nhung|moi)\s+$")
# "nghị quyết Trung ương 4", "nghị quyết của Trung ương khóa XII": another document, numbered by the meeting or term
_NUMBERED_RE = re.compile(r"\s+(?:\d|khoa(?![a-z0-9]))")
# a verb that makes the kind word after it the document carried out, not one named ("quán triệt nghị quyết")
_CARRIED_RE = re.compile(r"(?:thuc hien|trien khai|quan triet|cu the hoa|pho bien|hoc tap)\s+$")
# a body named as the one given work, sent to or reported to, not the issuer ("giao Ban …", "báo cáo Bộ …")
_RECEIVER_RE = re.compile(r"(?<![a-z0-9])(?:giao|cho|gui|gui toi|gui den|gui len|len|bao cao|trinh|tham muu|voi|"
                          r"yeu cau|phoi hop)\s+(?:(?:cac|nhung)\s+)?$")

# a verb of issuing or directing right after a body makes it the issuer ("Bộ Chính trị đặt ra", "Tỉnh ủy chỉ đạo",
# spoken "Bộ Chính trị ra bản kế hoạch", `_RA_DOCUMENT`); a word of duty between them ("Tỉnh ủy
# phải / cần …", "được giao") makes it the one given the work
_ISSUING_VERBS = ("ban hành", "chỉ đạo", "đề ra", "đặt ra", "yêu cầu", "giao", "quy định", "phân công", "xác định", "ra")
# ("giao" of a compound is no verb of giving work: "giao lưu", "giao ban", "giáo dục" typed without marks)
_GIAO_COMPOUND = r"(?<=giao)(?!\s+(?:duc|thong|luu|tiep|dich|thoa|vien|ban)(?![a-z0-9]))"
# the spoken "ra" issues only a document: a kind word next, maybe after a classifier or determiner ("ra bản kế
# hoạch", "ra cái nghị quyết", "ra kế hoạch"); "ra sao", "ra đời", "ra sức", "rà soát" typed without marks, "ra quân"
# issue none
_RA_DOCUMENT = rf"ra(?=\s+(?:(?:ban|cai|mot|cac|nhung|them)\s+)?(?:{KIND_RE}|van ban)(?![a-z0-9]))"
_ISSUING_AFTER_RE = re.compile(r"\s+(?:(?:da|cung|moi|vua)\s+)?(" +
                               "|".join(fold(v) for v in _ISSUING_VERBS if v != "ra") + f"|{_RA_DOCUMENT}" +
                               rf")(?![a-z0-9])(?:{_GIAO_COMPOUND}|(?<!giao))")
# a body or level word is the subject only where a clause begins ("Trung ương yêu cầu …", "…, cấp tỉnh đề ra", "mà
# Bộ Chính trị đặt ra", "Sau khi Bộ Chính trị ban hành …", "Kế hoạch nào Tỉnh ủy ban hành"): after a noun it qualifies
# that noun, and the noun is the subject ("Bí thư Tỉnh ủy chỉ đạo", "Lãnh đạo Tỉnh ủy", "cơ quan tham mưu của Tỉnh
# ủy", "các cơ quan trung ương ban hành …", "lãnh đạo tỉnh chỉ đạo"). The words before it are read as a clause's
# start: punctuation, or a word that opens a clause (mà, thì, khi, nếu, rằng), "phía/bên" (a side), or the question
# word of a noun asked ("kế hoạch nào", "văn bản gì"); no list of role nouns is needed.
_SUBJECT_RE = re.compile(r"(?:^|[,.?!;:(\"'\u201c]\s*|(?<![a-z0-9])(?:ma|thi|khi|neu|rang|phia|ben|nao|gi)\s+)"
                         r"(?:cap\s+)?$")
# "Ở tỉnh, kế hoạch …", "Tại cấp tỉnh, …": a level set before the sentence, then a comma
_SETTING_RE = re.compile(r"(?:^|[.?!;:]\s*)(?:o|tai)\s+(?:cap\s+)?$")
_SETTING_END_RE = re.compile(r"\s*,")


# a kind phrase at a level ("kế hoạch ở tỉnh", "chương trình ở thành phố") beside a document already named, as the
# object of a verb of requiring or making ("Nghị quyết 43 yêu cầu chương trình ở thành phố …") or the subject of one
# ("kế hoạch ở tỉnh phải xây dựng xong …"): the document the named one asks to be made, none held (review ov27 F4)
# After the phrase, only a modal ("phải/cần/sẽ/chưa") asks for one still to be made: a plan "đã/được ban hành",
# one that "đã hoàn thành" its targets, exists, which is the held one (review ov28 F3); "hoàn thành" with no modal
# is what a plan does, not how it is made.
_MAKING = r"(?:xay dung|ban hanh|soan thao|lam xong|hoan thanh)"
_MADE_BEFORE_RE = re.compile(rf"(?<![a-z0-9])(?:yeu cau|de nghi|chi dao|giao|{_MAKING})\s+(?:(?:cac|nhung|moi)\s+)?$")
_MADE_AFTER_RE = re.compile(rf"\s+(?:(?:phai|can|se|chua)\s+{_MAKING}|(?!hoan thanh){_MAKING})(?![a-z0-9])")


def _typed_as(text: str | None, f: str, s: int, e: int, term_accented: str | None) -> bool:
    """A one-word level ('tỉnh') counts when typed as the table spells it or typed without marks ('tinh'), not
    when it is another word of the same letters ('tính')."""
    if text is None or term_accented is None:
        return True
    typed = text[s:e].lower()
    return typed == fold(typed) or typed == term_accented.lower()


@functools.lru_cache(maxsize=1)
def _accented_terms() -> dict[str, str]:
    out = {}
    for _, word, issuers in level_terms():
        for t in (word, *issuers):
            out.setdefault(" ".join(fold(t).lower().split()), t)
    return out


def kind_of_issuer(f: str, docs: dict, taken: list, text: str | None = None,
                   occ: dict | None = None, named: tuple = ()) -> list[Hit]:
    """"<kind> [của|do|cấp] <issuer or level>": hits (start, doc_id, span from the kind word to the body's end),
    skipping phrases that overlap `taken` (which is extended) and documents already `named` otherwise (the
    phrase then stays in the question's topic, as it did before it was read)."""
    matcher = matcher_for(docs)
    accented = _accented_terms()
    hits: list[Hit] = []
    for s, e, what, ids in matcher.bodies(f, occ):
        head = _HEAD_RE.search(f[:s]) or (_GLOSS_END_RE.match(f, e) and _GLOSS_RE.search(f[:s]))
        if not head or not ids or _MANY_RE.search(f[:head.start()]) or _NUMBERED_RE.match(f[e:]):
            continue
        span = (head.start(), e)
        if any(a < span[1] and span[0] < b for a, b in taken):
            continue
        if what != "issuer" and not _typed_as(text, f, s, e, accented.get(f[s:e])):
            continue
        if named and re.search(r"\b(?:o|tren)\s+$", head.group(0)) and \
                (_MADE_BEFORE_RE.search(f[:head.start()]) or _MADE_AFTER_RE.match(f, e)):
            continue            # "Theo Kế hoạch 21, kế hoạch ở tỉnh phải xây dựng xong khi nào": the one to be made
        kind = KIND_WORDS.get(head.group(1))
        fits = [d for d in docs if d in ids and (kind is None or docs[d].entry.get("kind") == kind)
                and (what != "body" or f[s:e] in _folded(docs[d].entry.get("issuer", "")))]
        if len(fits) == 1 and fits[0] not in named:
            hits.append((span[0], fits[0], span))
            taken.append(span)
    return hits


def issuer_named(text: str, f: str, docs: dict, taken: list, refs_spans: list) -> list[str]:
    """The documents a free kind word names through the body or level that issued it, named elsewhere as the
    subject of a verb of issuing or directing ("Sau khi Bộ Chính trị ban hành kế hoạch …", "Trung ương yêu cầu gì
    trong kế hoạch"), or a level set before the sentence ("Ở tỉnh, kế hoạch …"): per body or level, the one document
    of that kind it issued. A body given the work ("Tỉnh ủy phải / cần / có nhiệm vụ / được giao …", "giao cho
    Trung ương") or named in the topic ("vai trò của Trung ương", "đồng bào ở tỉnh") names none. The body's span
    extends `taken` (the kind word stays in the topic: it may be what is asked to be made). [] when none fits."""
    matcher = matcher_for(docs)
    free = []
    for m in re.finditer(rf"(?<![a-z0-9])({KIND_RE})(?![a-z0-9])", f):
        if any(a <= m.start() < b for a, b in list(taken) + list(refs_spans)) or _CARRIED_RE.search(f[:m.start()]):
            continue
        free.append(m)
    if not free:
        return []
    accented, levels = _accented_terms(), _level_of_word()
    named: list[tuple[tuple[int, int], list[str]]] = []
    for s, e, what, ids in matcher.bodies(f):
        if any(a < e and s < b for a, b in taken):
            continue
        if _RECEIVER_RE.search(f[:s]) or _MANY_RE.search(f[:s]) or in_body_name(text[:s]) or _HEAD_RE.search(f[:s]):
            continue
        setting = what == "level" and bool(_SETTING_RE.search(f[:s]) and _SETTING_END_RE.match(f, e))
        subject = bool(_SUBJECT_RE.search(f[:s])) and _issuing_after(text, f, e)
        if not (setting or subject):
            continue
        if what == "level" and (level_at(text, s) != levels.get(f[s:e]) or
                                not _typed_as(text, f, s, e, accented.get(f[s:e]))):
            continue
        # an issuer's words at a level name only the document whose issuer they are part of ("Tỉnh ủy" of "Ban
        # Thường vụ Tỉnh ủy"), not one of another body at that level ("Ủy ban nhân dân tỉnh")
        named.append(((s, e), [d for d in ids if what != "body" or f[s:e] in _folded(docs[d].entry.get("issuer", ""))]))
    out: list[str] = []
    for m in free:
        kind = KIND_WORDS[m.group(1)]
        for span, ids in named:
            fits = [d for d in matcher.of_kind(kind) if d in ids]
            if len(fits) == 1 and fits[0] not in out:
                out.append(fits[0])
                taken.append(span)
    return out


def _folded(words: str) -> str:
    return " ".join(fold(words).lower().split())


@functools.lru_cache(maxsize=1)
def _level_of_word() -> dict[str, str]:
    """A level's word, folded -> its level."""
    return {_folded(word): level for level, word, _ in level_terms()}


def _issuing_after(text: str, f: str, e: int) -> bool:
    """A verb of issuing or directing follows at `e`, typed as it is spelt or without marks ("giao", not "giáo")."""
    m = _ISSUING_AFTER_RE.match(f, e)
    if not m:
        return False
    typed = text[m.start(1):m.end(1)].lower()
    return typed == fold(typed) or typed in _ISSUING_VERBS
