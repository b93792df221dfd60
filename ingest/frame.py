"""The frame around a document's body: where the header ends and the body starts, where the tail starts,
what the header says (kind, number, place, date), and the tail split into recipients ("Nơi nhận"), the
signature block and a certified-copy ("sao y") block with its own recipients."""
from __future__ import annotations

import re

from ingest.markers import ITEM_RE, SUBITEM_RE, is_part, is_upper_line
from ingest.tree import sentence_case

SIGN_MARK_RE = re.compile(r"^(T/M|TM\.|K/T|KT\.|TL\.|T/L|Q\.|TUQ\.)\s*\S", re.I)
RECIPIENTS_RE = re.compile(r"^Nơi nhận\s*:?", re.I)
NAME_RE = re.compile(r"^[A-ZÀ-ỸĐ][a-zà-ỹđ]+(?: [A-ZÀ-ỸĐ][a-zà-ỹđ]+){1,4}$")
DOCNUM_RE = re.compile(r"\bSố:?\s*(\d+\s*[-–]\s*[A-ZĐ]+(?:\s*/\s*[A-ZĐƯ]+)+)")
PLACE_DATE_RE = re.compile(r"^(?P<place>[^,\d]{2,40}),\s*ngày\s+(?P<d>\d{1,2})\s+tháng\s+(?P<m>\d{1,2})\s+năm\s+(?P<y>\d{4})")
KIND_WORDS = ("NGHỊ QUYẾT", "KẾ HOẠCH", "CHƯƠNG TRÌNH", "CHỈ THỊ", "KẾT LUẬN", "QUYẾT ĐỊNH", "THÔNG BÁO",
              "HƯỚNG DẪN", "QUY ĐỊNH", "BÁO CÁO", "CÔNG VĂN")


def find_tail(paras: list[str], body_start: int) -> int:
    for i in range(body_start, len(paras)):
        first = paras[i].split("\n", 1)[0]
        if RECIPIENTS_RE.match(first) or SIGN_MARK_RE.match(first):
            return i
    return len(paras)


def _is_title_like(block: str) -> bool:
    """Header lines are short and unpunctuated (titles wrap over several short lines)."""
    lines = block.split("\n")
    return (all(len(ln) < 110 for ln in lines) and not block.endswith((".", ";", ":"))) or is_upper_line(block)


def find_body_start(paras: list[str]) -> tuple[int, int]:
    """(index of the first preamble paragraph, index of the first structural paragraph)."""
    first_part = next((i for i, p in enumerate(paras) if is_part(p)), None)
    limit = first_part if first_part is not None else len(paras)
    preamble = next((i for i in range(limit) if not _is_title_like(paras[i]) or
                     paras[i].startswith(("Thực hiện", "Căn cứ"))), limit)
    if first_part is None:
        first_struct = next((i for i in range(preamble, len(paras))
                             if ITEM_RE.match(paras[i]) or SUBITEM_RE.match(paras[i])), len(paras))
        return preamble, first_struct
    return preamble, first_part


def parse_tail(blocks: list[str]) -> dict[str, str]:
    """Split the tail into recipients / signature / copy / copy_recipients texts."""
    # re-insert block boundaries as "" so that the signature block ends where its block ends
    seq: list[str] = []
    for b in blocks:
        seq.extend(b.split("\n"))
        seq.append("")
    out: dict[str, list[str]] = {}
    i, n, seen_signature = 0, len(seq), False
    while i < n:
        ln = seq[i]
        if not ln:
            i += 1
            continue
        if RECIPIENTS_RE.match(ln):
            key = "copy_recipients" if seen_signature else "recipients"
            buf = [ln]
            i += 1
            while i < n:
                nxt = seq[i]
                if nxt and (SIGN_MARK_RE.match(nxt) or nxt.startswith("SAO Y") or
                            (is_upper_line(nxt, 0.9) and not nxt.startswith(("-", "–")))):
                    break
                if nxt:
                    buf.append(nxt)
                i += 1
            out.setdefault(key, []).extend(buf)
            continue
        if SIGN_MARK_RE.match(ln) and not seen_signature:
            buf = [ln]
            i += 1
            while i < n and seq[i]:
                buf.append(seq[i])
                i += 1
            # the name stands in the next block, alone
            j = i
            while j < n and not seq[j]:
                j += 1
            if j < n and NAME_RE.match(seq[j]) and (j + 1 >= n or not seq[j + 1]):
                buf.append(seq[j])
                i = j + 1
            out["signature"] = buf
            seen_signature = True
            continue
        out.setdefault("copy" if seen_signature else "signature", []).append(ln)
        i += 1
    return {k: "\n".join(v) for k, v in out.items()}


def header_meta(header: str) -> dict:
    """What a header says about its document: kind, number, place, date (ISO), issuer guess."""
    meta: dict = {}
    m = DOCNUM_RE.search(header)
    if m:
        meta["number"] = re.sub(r"\s+", "", m.group(1)).replace("–", "-")
    for ln in header.split("\n"):
        pd = PLACE_DATE_RE.match(ln)
        if pd and "date" not in meta:
            meta["place"] = pd.group("place").strip()
            meta["date"] = f"{pd.group('y')}-{int(pd.group('m')):02d}-{int(pd.group('d')):02d}"
        if ln.strip() in KIND_WORDS and "kind" not in meta:
            meta["kind"] = sentence_case(ln.strip())
    return meta
