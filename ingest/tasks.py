"""Build the task table from a document's units: who must do what, by when.

A body paragraph (or bullet) is a task when it names who carries it out, at its start ("Ban Dân vận
Trung ương chủ trì, phối hợp …", "Giao Ban Tuyên giáo Tỉnh ủy định hướng …") or through the nearest
numbered heading above it that is a name ("2. Ban cán sự đảng Chính phủ", "1. Đối với cấp ủy, tổ chức
đảng"), or when it carries a deadline. The deadline is the one the parser read from the paragraph's
parenthesis ("hoàn thành trong quý I/2024", "thực hiện thường xuyên", "trước ngày 25/12"); a parenthesis
that is not a deadline ("qua Ban Dân vận Tỉnh ủy") and the dates of cited documents are not read.

Nothing here knows a particular document: the rules are the words Party and State bodies are named with
(ORG_HEADS), the verbs an assignment opens with (VERBS) and the levels' markers (rag.tables.levels.LEVELS).
"""
from __future__ import annotations

import re

from rag.tables.levels import level_of
from rag.tables.tasks import parse_deadline
from rag.text import fold, nfc
from rag.types import Unit

# document kinds that report rather than assign (their paragraphs are not tasks)
NOT_ASSIGNING = {"tin", "bao cao", "thong bao"}

# how the name of a body opens (folded, after an optional "các"/"giao"/"đối với")
ORG_HEADS = ("ban ", "bo chinh tri", "bo ", "cap uy", "tinh uy", "thanh uy", "huyen uy", "quan uy", "dang uy",
             "dang doan", "doan ", "hoi dong", "hoi ", "hoc vien", "vien ", "mat tran", "uy ban", "van phong",
             "so ", "chinh quyen", "thuong truc", "dong chi", "co quan", "to chuc dang", "to chuc chinh tri",
             "cong an", "chi bo", "nguoi dung dau", "dang bo")
_LEAD_RE = re.compile(r"^(?:giao cho |giao |doi voi |cac |)")
# the verb that ends a name at the start of a paragraph ("tổ chức" only when it is not "tổ chức đảng")
VERBS = re.compile(
    r"\s(?:chu tri|phoi hop|lanh dao|chi dao|chiu trach nhiem|tang cuong|dinh huong|huong dan|can cu|"
    r"thuc hien|theo doi|ban hanh|tham muu|tiep tuc|duy tri|lam tot|nghien cuu|day manh|trien khai|"
    r"quan triet|ra soat|xay dung chuong trinh|khan truong|"
    r"to chuc(?! (?:dang|chinh tri|co so|lien quan|thanh vien|xa hoi))(?!,))\b")
PAST = re.compile(r"^(?:da|deu|van|con|chua|duoc)\b")
# level markers in a name, first one wins; a name without one takes its document's level
ABBREVIATE = (("Mặt trận Tổ quốc", "MTTQ"), ("Hội đồng nhân dân", "HĐND"), ("Ủy ban nhân dân", "UBND"))
_PIECE_RE = re.compile(r"\.s\d+$")
_LABEL_RE = re.compile(r"^\d+(?:\.\d+)*\.?\s+")


def _is_name(folded: str) -> bool:
    rest = _LEAD_RE.sub("", folded, count=1)
    return rest.startswith(ORG_HEADS)


def name_at_start(text: str) -> str:
    """The name a paragraph opens with, as printed ('' when it opens with a verb or anything else)."""
    f = fold(nfc(text))
    if len(f) != len(text) or not _is_name(f):
        return ""
    m = VERBS.search(f, 0, 300)
    if not m or m.start() < 3:
        return ""
    if PAST.match(f[m.start():].strip()):
        return ""
    return text[:m.start()].strip(" ,;:")


def name_of_heading(heading: str) -> str:
    """A numbered heading that is a name ('2. Ban cán sự đảng Chính phủ') -> the name; else ''."""
    title = _LABEL_RE.sub("", heading).strip()
    f = fold(nfc(title))
    if not title or len(f) != len(title) or not _is_name(f) or title.endswith((".", ";")):
        return ""
    return title


def normalise(name: str) -> str:
    """'Giao Ban Dân vận Tỉnh ủy' -> 'Ban Dân vận Tỉnh ủy'; the lead of 'A phối hợp với B' -> 'A'; the first two
    of a long list of bodies; the usual abbreviations (MTTQ, HĐND, UBND)."""
    s = nfc(name)
    f = fold(s)
    for lead in ("giao cho ", "giao ", "doi voi "):
        if f.startswith(lead):
            s, f = s[len(lead):], f[len(lead):]
    cut = f.find(" phoi hop voi ")
    if cut > 0:
        s = s[:cut]
    s = re.sub(r",?\s*do Đảng, Nhà nước giao nhiệm vụ", "", s)     # "các hội quần chúng do Đảng, Nhà nước giao nhiệm vụ"
    cut = fold(s).find(", truc tiep la")
    if cut > 0:
        s = s[:cut]
    parts = [p.strip() for p in s.split(",") if p.strip()]
    s = ", ".join(parts[:2]) if len(parts) > 2 else ", ".join(parts)
    for long, short in ABBREVIATE:
        s = re.sub(re.escape(long), short, s, flags=re.I)
    return s[:1].upper() + s[1:]


def role_of(text: str, name: str, from_heading: bool) -> str:
    """chủ trì / phối hợp / theo dõi, đôn đốc / thực hiện, read from the first clause after the name."""
    f = fold(nfc(text))
    start = len(fold(nfc(name))) if not from_heading else 0
    head = f[start:start + 160]
    if "chu tri" in head or (from_heading and " phoi hop voi " in fold(nfc(name))):
        return "chủ trì"
    if re.match(r"^\W*phoi hop", head):
        return "phối hợp"
    if "theo doi" in head or "don doc" in head:
        return "theo dõi, đôn đốc"
    if re.match(r"^\W*phoi hop", f[start:]) or " phoi hop voi " in head[:40]:
        return "phối hợp"
    return "thực hiện"


def document_level(entry: dict) -> str:
    """The level of a document's issuer: 'Bộ Chính trị' -> trung ương, 'Thành ủy Cần Thơ' -> thành phố."""
    return level_of(entry.get("issuer", "") or entry.get("title", ""), "trung ương")


def _merge_pieces(units: list[Unit]) -> list[tuple[Unit, str]]:
    """A paragraph split into pieces (.s1, .s2, …) is one task: (first piece, whole text)."""
    out: list[tuple[Unit, str]] = []
    base_prev = None
    for u in units:
        base = _PIECE_RE.sub("", u.anchor)
        if base_prev is not None and base == base_prev and _PIECE_RE.search(u.anchor):
            out[-1] = (out[-1][0], out[-1][1] + " " + u.text)
            continue
        out.append((u, u.text))
        base_prev = base
    return out


def task_rows(units: list[Unit], entry: dict) -> list[dict]:
    """The task rows of one document, in document order."""
    if fold(entry.get("kind", "")) in NOT_ASSIGNING:
        return []
    doc_level = document_level(entry)
    rows = []
    for u, text in _merge_pieces([u for u in units if u.kind == "body"]):
        own = name_at_start(text)
        inherited = ""
        if not own:
            for h in reversed(u.headings):
                inherited = name_of_heading(h)
                if inherited:
                    break
        name = own or inherited
        due, ongoing = parse_deadline(u.deadline)
        if not name and not u.deadline:
            continue
        rows.append({
            "doc_id": u.doc_id, "doc_label": u.doc_label, "unit_id": u.unit_id, "path": u.path,
            "heading": u.headings[-1] if u.headings else "", "assignee": name,
            "assignee_norm": normalise(name) if name else "", "level": level_of(name, doc_level) if name else doc_level,
            "role": role_of(text, name, not own) if name else "thực hiện", "text": text,
            "deadline_text": u.deadline, "due": due, "ongoing": ongoing,
        })
    return rows
