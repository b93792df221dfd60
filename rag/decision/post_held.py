"""Whether a text holds the post a question asks (rag.decision.post_asked): the post's title as its own (not its
deputy's) and every word the question gives the post (the body it heads, a place, a name) in the text or in what
its document says of itself (the issuer, a certified copy's office).

The body words are compared as a cadre says them with how a block and its document print them:
- a level word said before a place ("thành phố Cần Thơ", "tỉnh Lạng Sơn", "TP Cần Thơ"; the levels of
  rag/data/levels.tsv) is matched by the place: a block prints "Thành ủy Cần Thơ", not the level. A level word that
  opens a body's name ("tỉnh ủy", "thành đoàn") is no level before a place, and the place itself must be printed;
- a short form of rag/data/abbreviations.tsv typed for a name ("TU Cần Thơ", "UBND") stands for any name its
  letters are the syllables' initials of ("Thành ủy" as well as the table's "Tỉnh ủy"): the short form says no more.
  The same words typed in full must be printed as typed;
- a block signed for a Party committee of a level that has a Đảng bộ of its own (levels.tsv: "Thành ủy", "Tỉnh ủy"),
  or for its Ban Thường vụ or Ban Chấp hành, holds its post in that Đảng bộ, at that level, in the Party: "ở Đảng
  bộ thành phố Cần Thơ", "tại thành phố", "trong Đảng" name the body its block signs for (`party_words`); and the
  committee's head (its Bí thư) also heads its Ban Thường vụ (`STANDING`)."""
from __future__ import annotations

import functools
import re

from rag.decision.post_asked import folded_words
from rag.decision.signer import DEPUTY_PREFIX, SIGNATURE_KINDS, read_block
from rag.question.levels import level_terms, name_words_after, other_bodies
from rag.tables.levels import level_of
from rag.text import DATA, data_rows, fold, nfc


@functools.lru_cache(maxsize=1)
def _levels() -> dict[tuple[str, ...], str]:
    """The level words (folded, as word tuples), longest first, each with its level."""
    words = {tuple(folded_words(fold(w)).split()): level for level, w, _ in level_terms()}
    return dict(sorted(words.items(), key=lambda kv: -len(kv[0])))


@functools.lru_cache(maxsize=1)
def _after() -> frozenset[str]:
    return frozenset(folded_words(fold(w)) for w in name_words_after())


@functools.lru_cache(maxsize=1)
def _short_forms() -> tuple[tuple[re.Pattern, tuple[str, ...]], ...]:
    """(the short form as typed, its table expansion folded as words) for every abbreviation."""
    out = []
    for abbr, expansion, mode in data_rows(DATA / "abbreviations.tsv"):
        pattern = re.compile(rf"(?<![\w/-]){re.escape(nfc(abbr))}(?![\w-])", re.I if mode == "ci" else 0)
        out.append((pattern, tuple(folded_words(fold(expansion)).split())))
    return tuple(out)


def _typed_short(typed: str) -> list[tuple[str, ...]]:
    """The expansions of the short forms `typed` (the question as typed, before its short forms are spelled out)
    holds, longest first."""
    found = {words for pattern, words in _short_forms() if pattern.search(nfc(typed))}
    return sorted(found, key=len, reverse=True)


def _pieces(body: tuple[str, ...], typed: str, level_held: str) -> list[str]:
    """The body as pieces to find: a word, or a short form's initials (prefixed "^", then "@" and the level its
    table expansion names, if any). `level_held`: the level of what the block's document says of itself."""
    words, shorts, out, i = list(body), _typed_short(typed), [], 0
    while i < len(words):
        level = next((lv for lv in _levels() if tuple(words[i:i + len(lv)]) == lv), None)
        if level and i + len(level) < len(words) and words[i + len(level)] not in _after() \
                and _levels()[level] == level_held:
            i += len(level)           # "thành phố Cần Thơ" of a Thành ủy: the place answers ("tỉnh Cần Thơ" must match)
            continue
        short = next((s for s in shorts if len(s) > 1 and tuple(words[i:i + len(s)]) == s), None)
        if short:
            out.append("^" + "".join(w[0] for w in short) + "@" + level_of(" ".join(short)))
            i += len(short)
            continue
        out.append(words[i])
        i += 1
    return out


def _initials_in(piece: str, words: list[str]) -> bool:
    """The initials of `piece` ("^tu@tỉnh") are those of words side by side, not of a name at the centre when the
    short form's expansion is a local one, nor the reverse ("TW", "TƯ": not "Tỉnh ủy")."""
    initials, level = piece[1:].split("@")
    n = len(initials)
    central = level == "trung ương"
    return any("".join(w[0] for w in words[i:i + n]) == initials
               and (level_of(" ".join(words[i:i + n])) == "trung ương") == central for i in range(len(words) - n + 1))


def body_held(body: tuple[str, ...], context: str, typed: str = "", level_held: str | None = None) -> bool:
    """Whether `context` (folded words: a block and its document's own name for its issuer) carries every word
    the question gives the post, read as above. `level_held`: the level of the block's body (read from `context`
    when not given)."""
    words = context.split()
    have = set(words)
    level = level_of(context) if level_held is None else level_held
    return all(_initials_in(p, words) if p.startswith("^") else p in have for p in _pieces(body, typed, level))


def holds_post(text: str, post: tuple[str, tuple[str, ...]], context: str = "") -> bool:
    """Whether a text prints the post as a phrase, not its deputy's ("phó trưởng ban" does not hold "trưởng
    ban"), and it or `context` carries the post's body words."""
    title, body = post
    folded = folded_words(fold(text))
    held = any(not folded[:m.start()].endswith(DEPUTY_PREFIX)
               for m in re.finditer(rf"(?<![a-z]){re.escape(title)}(?![a-z])", folded))
    return held and body_held(body, f"{folded} {context}")


def block_context(index, unit) -> str:
    """The folded words a unit is read with: the unit and its document's issuer; a certified copy's block and the
    office that made the copy."""
    entry = index.docs[unit.doc_id].entry
    own = entry.get("copy_office", "") if unit.kind == "copy" else entry.get("issuer", "")
    return folded_words(fold(f"{unit.text} {own}"))


def office_not_signed(post: tuple[str, tuple[str, ...]], units, index, typed: str = ""):
    """(office asked, as printed; its block; the unit) when a signature block among `units` shows that its named
    signer does not hold the post asked ("K/T CHÁNH VĂN PHÒNG / PHÓ CHÁNH VĂN PHÒNG / <name>" for the chánh văn
    phòng; "PHÓ BÍ THƯ THƯỜNG TRỰC" for the bí thư) and its document carries the words given the post."""
    for unit in units:
        if unit.kind not in SIGNATURE_KINDS:
            continue
        block = read_block(unit.text)
        offices = dict(block.not_signer) if block else {}
        if post[0] in offices and body_held(post[1], block_context(index, unit), typed):
            return offices[post[0]], block, unit
    return None


# a Party committee's standing committee: headed by the committee's own head (its Bí thư)
STANDING = "ban thuong vu"
_ORGANS_RE = re.compile(r"^ban (?:thuong vu|chap hanh) ")


@functools.lru_cache(maxsize=1)
def _party_levels() -> tuple[tuple[str, tuple[str, ...]], ...]:
    """(level word, the Party bodies the table lists at it), folded, for the levels with a Đảng bộ of their own."""
    out = []
    for _, word, issuers in level_terms():
        party = tuple(folded_words(fold(x)) for x in issuers
                      if not any(re.match(rf"{n}\b", folded_words(fold(x))) for n in other_bodies()))
        if any(n.startswith("dang bo ") for n in party):
            out.append((folded_words(fold(word)), party))
    return tuple(out)


def party_words(unit, issuer: str) -> str:
    """The folded words a signature block's body is also named by, as above ("dang", "dang bo thanh pho", "thanh
    pho" for a block of the Thành ủy's), or "" (a certified copy's office, the centre's bodies, another body)."""
    if unit.kind != "signature":
        return ""
    behalf = next((ln for ln in (folded_words(fold(x)) for x in unit.text.splitlines()) if ln.startswith("t m ")), "")
    said = [_ORGANS_RE.sub("", s) for s in (folded_words(fold(issuer)), behalf[4:]) if s]
    for word, party in _party_levels():
        if any(s == n or s.startswith(n + " ") for s in said for n in party if n != word):
            return " ".join(("dang", *party, word))
    return ""
