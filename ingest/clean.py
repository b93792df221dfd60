"""Cleaning a document's raw text: NFC, noise lines dropped (inbound-mail stamps, signature timestamps,
separators), markdown emphasis stripped (a dash bullet's italic lead kept), lines grouped into blocks, and
paragraphs split by a page break joined again."""
from __future__ import annotations

import re
import unicodedata

from ingest.markers import ITEM_RE, PART_RE, TERMINAL, is_marker, is_upper_line

TIMESTAMP_RE = re.compile(r"^\d{2}-\d{2}-\d{4} \d{2}:\d{2}:\d{2} [+-]\d{2}:\d{2}$")
STAMP_RES = [
    re.compile(r"^VĂN BẢN ĐẾN\b"),
    re.compile(r"^Số\s*:\s*\d+\s+Ngày\s*:"),
    re.compile(r"^(Chuyển|Lưu hồ sơ|Kính chuyển)\s*:\s*$"),
    re.compile(r"^ĐẾN\s+Số\s*:"),
]
SEPARATOR_RE = re.compile(r"^[*\s]+$")


def _strip_emphasis(line: str) -> tuple[str, str]:
    """Remove markdown emphasis; return (clean line, italic lead of a dash bullet or '')."""
    lead = ""
    m = re.match(r"^([-–•+]\s*)\*([^*]{3,200}?)\*(?!$)", line)
    if m and not line.rstrip().endswith(m.group(2) + "*"):
        lead = m.group(2).strip().rstrip(":").strip()
    return line.replace("*", ""), lead


def clean_lines(raw: str) -> tuple[list[tuple[str, str]], list[str]]:
    """Normalise, drop noise lines (inbound-mail stamps, signature timestamps, separators).

    Returns (lines as (text, lead); blank lines are ("", "")), and warnings."""
    text = unicodedata.normalize("NFC", raw.replace("\r\n", "\n").replace("\r", "\n"))
    text = text.replace("\u00a0", " ").replace("\ufeff", "").replace("\u200b", "")
    lines = [re.sub(r"[ \t]+", " ", ln).strip() for ln in text.split("\n")]
    noise = [False] * len(lines)
    nonblank = [i for i, ln in enumerate(lines) if ln]
    for pos, i in enumerate(nonblank):
        ln = lines[i]
        if TIMESTAMP_RE.match(ln):
            noise[i] = True
            # the digital signer's name stands on the line just before its timestamp
            if pos > 0 and not any(r.match(lines[nonblank[pos - 1]]) for r in (PART_RE, ITEM_RE)):
                noise[nonblank[pos - 1]] = True
        elif any(r.match(ln) for r in STAMP_RES):
            noise[i] = True
            if ln.startswith("VĂN BẢN ĐẾN"):
                # the receiving office's name heads the stamp: "VĂN PHÒNG TỈNH ỦY ..." a line or two before
                for j in nonblank[max(0, pos - 3):pos]:
                    if lines[j].startswith("VĂN PHÒNG") and is_upper_line(lines[j]):
                        noise[j] = True
        elif SEPARATOR_RE.match(ln):
            noise[i] = True
    out = []
    for ln, is_noise in zip(lines, noise):
        out.append(("", "") if is_noise or not ln else _strip_emphasis(ln))
    return out, []


def to_blocks(lines: list[tuple[str, str]]) -> list[tuple[list[str], str]]:
    """Group consecutive non-blank lines into blocks: (lines, lead)."""
    blocks, cur, lead = [], [], ""
    for text, ld in lines + [("", "")]:
        if text:
            if not cur:
                lead = ld
            cur.append(text)
        elif cur:
            blocks.append((cur, lead))
            cur, lead = [], ""
    return blocks


def _starts_lower(line: str) -> bool:
    s = line.lstrip("“\"'(")
    return bool(s) and s[0].isalpha() and s[0].islower()


def repair_page_breaks(paras: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Join a paragraph split by a page break: the next part starts lower-case, or the previous part is a
    long body paragraph that ends without terminal punctuation (and the next part is not a new marker)."""
    out: list[tuple[str, str]] = []
    for text, lead in paras:
        if out and not is_marker(text):
            prev = out[-1][0]
            prev_is_heading = bool(PART_RE.match(prev) or ITEM_RE.match(prev))
            broken = _starts_lower(text) and not PART_RE.match(prev)
            unfinished = (not prev.endswith(TERMINAL) and not prev_is_heading and len(prev) > 120)
            if broken or unfinished:
                out[-1] = (prev + " " + text, out[-1][1])
                continue
        out.append((text, lead))
    return out
