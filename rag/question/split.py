"""Several questions typed in one message: "<document> có bao nhiêu nhóm …? nhiệm vụ thứ 5 nội dung thế nào?",
"<lead>: nội dung chính gồm những gì? … ra văn bản khi nào?".

Vietnamese closes each question with "?"; a message that holds two or more of them asks each on its own, and one
search for the whole finds the passage of one and quotes it as if it answered all. Here the message is cut after
each "?" that is not inside a quotation; a piece that asks nothing ("… cho em tên gọi đầy đủ để ghi vào bài thu
hoạch", a request closing the message) stays with the question before it. A lead that sets the subject of all the
questions ("<document>: …?", a short phrase closed by a colon before the first question) is carried into each.
A message is cut only when each piece is a question on its own. A later question that points back at what an
earlier one said ("đó", "này", "ấy", "nói trên": "Chỗ đó có câu nào …?"), picks one by an ordinal ("nhóm thứ năm
…?") or by naming what the one before counted ("… có mấy quan điểm? Quan điểm 2 …?"), or sets a condition on its
answer ("Nếu có thì …?", "Vậy thì …?") is not cut off from it: it cannot be read alone; nor is a message one of
whose pieces holds no question word ("… ký? chức vụ?"). What each piece names and asks, and whether it has a
subject of its own, is read later (rag.answerers.compound.questions).
"""
from __future__ import annotations

import re
from collections.abc import Callable

from rag.text import fold, has_diacritics, nfc

QUOTES = {"“": "”", "«": "»", '"': '"'}
# a question word (folded) in a piece that does not end with "?": it asks something
ASKS_RE = re.compile(r"(?<![a-z])(?:ai|gi|nao|the nao|ra sao|bao nhieu|may|khi nao|bao gio|hay khong|chua|khong|chi"
                     r"|dau)(?![a-z])")
# a syllable that folds to "chi" and asks nothing when typed with accents: "chỉ", "chí", "chị", and "chi" heading
# a compound ("chi hội", "chi bộ", "chi tiết", "chi phí"); the Central "chi" for "gì" is "chi" alone
NOT_ASKING_CHI_RE = re.compile(r"(?<![\wÀ-ỹ])(?:chỉ|chí|chị|chì|chi(?=\s+(?:hội|bộ|đoàn|tiết|phí|cục|nhánh|tiêu|trả|ủy|uỷ)"
                               r"(?![\wÀ-ỹ])))(?![\wÀ-ỹ])", re.I)


def asks_something(piece: str) -> bool:
    """The piece holds a question word (folded); a "chi" typed with accents only when it is the Central "gì"."""
    return bool(ASKS_RE.search(fold(NOT_ASKING_CHI_RE.sub(" ", piece) if has_diacritics(piece) else piece)))


# words that point back at what was said before: a piece holding one is read with the one before it. An ordinal
# ("nhóm thứ năm", "ý cuối cùng", "đầu mối đầu tiên") picks one of a set, which a question after another names
# there ("… có bao nhiêu nhóm? Nhóm thứ năm …"): the outline answers the two together
# A condition on the answer before ("Nếu có thì …", "Nếu đúng thì …", "Vậy thì …") leans on it the same way.
# The Southern "chót" is "cuối cùng" ("Cái chót là ai?"), not in a deadline or a time ("hạn chót", "giờ chót",
# "thời điểm chót", "lần chót") nor in "chót vót" (towering), "lỡ chót", "chót lọt".
BACK_RE = re.compile(r"(?<![\wÀ-ỹ])(?:đó|này|ấy|nói trên|nêu trên|vừa nêu|như vậy|như thế|thứ \w+|cuối cùng|sau cùng"
                     r"|đầu tiên|nếu \w+|vậy thì|thế thì|(?<!hạn )(?<!giờ )(?<!mốc )(?<!ngày )(?<!phút )(?<!điểm )(?<!lần )(?<!lỡ )chót(?!\s+(?:vót|lọt)))"
                     r"(?![\wÀ-ỹ])", re.I)
# the ordinals of BACK_RE read in a piece typed without accents (folded): "thu" only before a number or an ordinal
# word ("thu hai", "thu 5"; "thu nhap", "thu hut" are other words), "cuoi cung", "sau cung", "dau tien"
BACK_FOLDED_RE = re.compile(r"(?<![a-z])(?:thu\s+(?:\d{1,2}|nhat|hai|ba|tu|nam|sau|bay|tam|chin|muoi)|cuoi cung|sau cung"
                            r"|dau tien)(?![a-z])")
# asks for a cause: two questions in a row that both ask it ask one thing ("Vì sao …? … nêu nguyên nhân là gì?")
CAUSE_RE = re.compile(r"(?<![\wÀ-ỹ])(?:vì sao|tại sao|vì đâu|do đâu|lý do|lí do|nguyên nhân)(?![\wÀ-ỹ])", re.I)
# a lead closed by a colon before the first question: a short phrase without a question word
LEAD_RE = re.compile(r"^(?P<lead>[^:?;]{3,80}?)\s*:\s+(?=\S)")


# a count asked ("có mấy điểm?", "bao nhiêu nhóm"): the noun counted, which a later question names to pick one
# Most nouns are two words or more ("quan điểm chỉ đạo", "nhóm giải pháp"): the words after the count, up to three
COUNTED_RE = re.compile(r"(?<![\wÀ-ỹ])(?:mấy|bao nhiêu)\s+(?P<noun>[\wÀ-ỹ]+(?:\s+[\wÀ-ỹ]+){0,2})", re.I)
# a noun followed by a number or an ordinal that picks one ("Quan điểm 2", "giải pháp thứ ba", "nhóm cuối", "nhóm chót")
PICKED_RE = re.compile(r"(?<![\wÀ-ỹ])(?P<word>[\wÀ-ỹ]+)\s+(?:\d|thứ|cuối|chót|đầu tiên|sau cùng|nào)(?![\wÀ-ỹ])", re.I)
# the same two read in a piece typed without accents (folded): the count words, and a number or an ordinal after
# the noun ("y thu 2", "nhom cuoi", "diem 3")
COUNTED_FOLDED_RE = re.compile(r"(?<![a-z])(?:may|bao nhieu)\s+(?P<noun>[a-z]+(?:\s+[a-z]+){0,2})")
PICKED_FOLDED_RE = re.compile(r"(?<![a-z0-9])(?P<word>[a-z]+)\s+(?:\d|thu\s+(?:\d|nhat|hai|ba|tu|nam|sau|bay|tam|chin"
                              r"|muoi)(?![a-z])|cuoi|dau tien|sau cung|nao)(?![a-z])")


def _reads(piece: str, accented: re.Pattern, folded: re.Pattern) -> list[re.Match]:
    """The matches of a pattern in a piece: as typed when it is typed with accents, else of its folded twin in the
    folded piece (a phone typed without accents)."""
    return list(accented.finditer(piece) if has_diacritics(piece) else folded.finditer(fold(piece)))


# the words that number any node of an outline ("mục 6", "điểm 2", "ý 3", "khoản 1"), folded: one of them with a
# figure picks a child of whatever a question before counted, by whatever noun it counted it ("… giao cho mấy đầu
# mối? Mục 6 là cơ quan nào?")
NUMBERING_WORDS = {"muc", "diem", "y", "khoan"}
NUMBERED_RE = re.compile(r"(?<![a-z0-9])(?P<word>[a-z]+)\s+\d{1,2}(?![\d/-])")


def _numbers_inside(before: list[str], piece: str) -> bool:
    """The folded piece numbers a node by a word that numbers any ("mục 6") and by nothing else, and a question
    before it counted inside a part it named ("phần nhiệm vụ cụ thể có mấy đầu mối?"): the number can only pick
    within that part. A piece with an address of its own ("điểm 2 mục 1 phần III") or after a count of no named
    part ("kế hoạch tỉnh giao cho mấy đầu mối? Mục 6 …") is a question of its own."""
    numbered = [m for m in NUMBERED_RE.finditer(piece) if m.group("word") in NUMBERING_WORDS]
    if len(numbered) != 1 or re.search(r"\bphan\b", piece):
        return False
    return any(re.search(r"\bphan\b", fold(b).lower()) for b in before)


def _picks_counted(before: list[str], piece: str) -> bool:
    """The piece names a noun a question before it counted, with a number or an ordinal ("… có mấy điểm? Điểm 4
    giao cho ai?", "… mấy nhóm giải pháp? Giải pháp 3 …"; typed without accents: "… gom may y? y 2 noi gi"), or
    numbers a node by a word that numbers any ("… mấy đầu mối? Mục 6 …"): it picks one of them, within what the
    earlier question named. The word before the number is the noun's head or its last word; any word of the
    counted phrase counts (compared folded when either piece has no accents)."""
    counted = [(b, m) for b in before for m in _reads(b, COUNTED_RE, COUNTED_FOLDED_RE)]
    if counted and _numbers_inside(before, fold(piece).lower()):
        return True
    picked = _reads(piece, PICKED_RE, PICKED_FOLDED_RE)
    if all(has_diacritics(b) for b, _ in counted) and has_diacritics(piece):
        words = {w.lower() for _, m in counted for w in m.group("noun").split()}
        return any(m.group("word").lower() in words for m in picked)
    words = {fold(w) for _, m in counted for w in m.group("noun").split()}
    return any(fold(m.group("word")) in words for m in picked)


def _takes_up_numbering(before: list[str], piece: str) -> bool:
    """"… phần nhiệm vụ cụ thể đánh số tới 8 phải hông? Số 8 giao cho ai", "Phần IV … đánh số tới mấy? Số 3 …": a piece
    opening with "số N" (its noun left out) is item N of the container a piece before it names
    (rag.question.numbering; rag.answerers.address reads the number so)."""
    from rag.question.numbering import takes_up
    return takes_up(before, piece)


def _pronoun_back(before: list[str], piece: str) -> bool:
    """"Kế hoạch 21 có mấy phần? | Cái cuối nói gì?", "… mấy nhóm giải pháp? | Chỗ cuối nói gì?": an ordinal on the
    classifier "cái" or on "chỗ" opening the piece stands for the noun a count before it names, read as
    rag.answerers.outline.address reads it in the whole question (`pronoun_ordinal`: the same guards)."""
    from rag.answerers.outline.address import pronoun_ordinal
    said = " ".join(before)
    text = f"{said} {piece}"
    folded = fold(text).lower()
    if len(folded) != len(text):
        return False
    m = pronoun_ordinal(folded, text, len(said) + 1)
    return m is not None and not folded[len(said) + 1:m.start()].strip(" ,")


def _points_back(piece: str) -> bool:
    """The piece points back at what was said before (BACK_RE); typed without accents, by an ordinal."""
    return bool(BACK_RE.search(piece) if has_diacritics(piece) else BACK_FOLDED_RE.search(fold(piece)))


def _cuts(text: str) -> list[int]:
    """The offsets just after each "?" that stands outside a quotation and has text after it."""
    out, closing = [], None
    for i, ch in enumerate(text):
        if closing:
            if ch == closing:
                closing = None
        elif ch in QUOTES:
            closing = QUOTES[ch]
        elif ch == "?" and text[i + 1:].strip(" ?.!"):
            out.append(i + 1)
    return out


def questions(text: str, own: Callable[[str], bool] | None = None) -> tuple[str, list[str]] | None:
    """(the lead, the questions as typed) of a message that asks two or more questions, each closed by "?";
    None when it asks one (or a later one points back at an earlier one). `own(piece)`: the piece names a document
    of its own ("Kế hoạch 21 có mấy phần? Nghị quyết 43 phần cuối nói gì?"): its ordinal or pick counts in that
    document, so it is no back-reference to the question before."""
    text = nfc(text).strip()
    pieces, start = [], 0
    for c in _cuts(text) + [len(text)]:
        piece = text[start:c].strip()
        start = c
        if not piece:
            continue
        asks = piece.rstrip(" .!").endswith("?") or asks_something(piece)
        if pieces and not asks:
            pieces[-1] = f"{pieces[-1]} {piece}"          # a request closing the message: part of the last question
        else:
            pieces.append(piece)
    if len(pieces) < 2 or any((_points_back(p) or _picks_counted(pieces[:k], p) or _takes_up_numbering(pieces[:k], p)
                               or _pronoun_back(pieces[:k], p))
                              and not (own and own(p))
                              for k, p in enumerate(pieces) if k):
        return None
    if any(CAUSE_RE.search(a) and CAUSE_RE.search(b) for a, b in zip(pieces, pieces[1:])):
        return None                 # "Vì sao …? <document> nêu nguyên nhân gì?": one question, the first frames it
    if not all(asks_something(p) for p in pieces):
        return None                 # "… ký? chức danh?": a piece without its own question word is no question alone
    lead = ""
    m = LEAD_RE.match(pieces[0])
    if m and not asks_something(m.group("lead")):
        lead, pieces[0] = m.group("lead").strip(), pieces[0][m.end():]
    return lead, [p.strip() for p in pieces]
