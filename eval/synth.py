"""A synthetic corpus for the benchmark: the bundled documents plus generated ones that look like the
plans every province and ministry issues for a resolution.

Each generated document has a real-looking header (issuing body, place and date, "Số 123-KH/TU", kind),
a body whose paragraphs recombine real sentences of the bundled documents under parts, items and dash
bullets, recipients and a signature; its catalog entry has a number, issuer, date, signer and aliases
shaped like the real ones ("Kế hoạch 123", "KH số 123", "123-KH/TU", "kế hoạch của Tỉnh ủy Hà Giang").
Numbers start at 100 so they never name a bundled document. Deterministic for a given seed.
"""
from __future__ import annotations

import random
import shutil
from pathlib import Path

from rag.text import sentences

ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII"]
PLACES = ["Hà Giang", "Cao Bằng", "Bắc Kạn", "Tuyên Quang", "Lào Cai", "Điện Biên", "Lai Châu", "Sơn La",
          "Yên Bái", "Hòa Bình", "Thái Nguyên", "Bắc Giang", "Phú Thọ", "Vĩnh Phúc", "Bắc Ninh", "Hải Dương",
          "Hưng Yên", "Thái Bình", "Hà Nam", "Nam Định", "Ninh Bình", "Thanh Hóa", "Nghệ An", "Hà Tĩnh",
          "Quảng Bình", "Quảng Trị", "Quảng Nam", "Quảng Ngãi", "Bình Định", "Phú Yên", "Khánh Hòa",
          "Ninh Thuận", "Bình Thuận", "Kon Tum", "Gia Lai", "Đắk Lắk", "Đắk Nông", "Lâm Đồng", "Bình Phước",
          "Tây Ninh", "Bình Dương", "Đồng Nai", "Long An", "Tiền Giang", "Bến Tre", "Trà Vinh", "Vĩnh Long",
          "Đồng Tháp", "An Giang", "Kiên Giang", "Hậu Giang", "Sóc Trăng", "Bạc Liêu", "Cà Mau", "Quảng Ninh"]
# (kind, heading printed, number code, issuer pattern, alias word)
KINDS = [("Kế hoạch", "KẾ HOẠCH", "KH/TU", "Ban Thường vụ Tỉnh ủy {p}", "kế hoạch"),
         ("Chương trình", "CHƯƠNG TRÌNH", "CTr/TU", "Tỉnh ủy {p}", "chương trình"),
         ("Hướng dẫn", "HƯỚNG DẪN", "HD/BTGTU", "Ban Tuyên giáo Tỉnh ủy {p}", "hướng dẫn"),
         ("Kế hoạch", "KẾ HOẠCH", "KH/ĐU", "Đảng ủy Khối cơ quan tỉnh {p}", "kế hoạch")]
SHORT = {"Kế hoạch": "KH", "Chương trình": "CTr", "Hướng dẫn": "HD"}
FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương"]
MIDDLE = ["Văn", "Thị", "Minh", "Đức", "Thanh", "Quốc", "Hữu", "Ngọc"]
GIVEN = ["Hùng", "Lan", "Dũng", "Hoa", "Sơn", "Hải", "Tâm", "Bình", "Thắng", "Mai", "Tuấn", "Hương"]


def sentence_pool(src: Path) -> list[str]:
    pool = []
    for f in sorted(src.glob("*.txt")):
        for line in f.read_text(encoding="utf-8").splitlines():
            if len(line) > 80:
                pool += [line[a:b] for a, b in sentences(line) if b - a > 40]
    return pool


def _toml(s: str) -> str:
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def synthetic_document(d: int, pool: list[str], rng: random.Random, units_per_doc: int = 100) -> tuple[str, dict]:
    """(text, catalog entry) of generated document number `d` (0-based)."""
    kind, heading, code, issuer_pat, word = KINDS[d % len(KINDS)]
    place = PLACES[(d // len(KINDS)) % len(PLACES)]
    number = f"{100 + d}-{code}"
    issuer = issuer_pat.format(p=place)
    day, month, year = 1 + d % 28, 1 + d % 12, 2024 + d % 2
    signer = f"{rng.choice(FAMILY)} {rng.choice(MIDDLE)} {rng.choice(GIVEN)}"
    title = f"thực hiện nhiệm vụ giả lập số {d + 1} của {issuer}"
    lines = [issuer.upper(), "*", "ĐẢNG CỘNG SẢN VIỆT NAM", "", f"{place}, ngày {day} tháng {month} năm {year}", "",
             f"Số {number}", "", heading, "", title, ""]
    units = 0
    for part in ROMAN:
        if units >= units_per_doc:
            break
        lines += [f"{part}- PHẦN GIẢ LẬP {part}", ""]
        for item in range(1, 6):
            lines += [f"{item}. Nhóm nhiệm vụ {item}", ""]
            for _ in range(3):
                lines += ["- " + " ".join(rng.sample(pool, 2)), ""]
                units += 1
    lines += ["Nơi nhận:", "", "- Ban Bí thư Trung ương Đảng,", f"- Các huyện ủy, thành ủy trực thuộc Tỉnh ủy {place},",
              "- Lưu Văn phòng Tỉnh ủy.", "", "T/M BAN THƯỜNG VỤ", "BÍ THƯ", "", signer, ""]
    n, short = str(100 + d), SHORT[kind]
    aliases = [f"{kind} {n}", f"{kind} số {n}", f"{short} {n}", f"{short}{n}", f"{short} số {n}", number,
               f"{word} của {issuer}", f"{word} {issuer}", f"văn bản của {issuer}", f"{word} của {place}"]
    entry = {"id": f"synthetic-{d + 1:04d}", "file": f"synthetic-{d + 1:04d}.txt", "kind": kind, "number": number,
             "issuer": issuer, "date": f"{year}-{month:02d}-{day:02d}", "place": place, "signer": signer,
             "signer_title": "T/M Ban Thường vụ, Bí thư", "title": title[0].upper() + title[1:], "aliases": aliases}
    return "\n".join(lines), entry


def catalog_block(entry: dict) -> str:
    out = ["", "[[document]]"]
    for k, v in entry.items():
        out.append(f"{k} = [{', '.join(_toml(a) for a in v)}]" if isinstance(v, list) else f"{k} = {_toml(v)}")
    return "\n".join(out) + "\n"


def make_synthetic_corpus(src: Path, dest: Path, target_units: int, seed: int = 0) -> int:
    """Copy the real corpus into `dest` and add generated documents until about `target_units` units.
    Returns the number of generated documents."""
    shutil.copytree(src, dest)
    pool = sentence_pool(src)
    rng = random.Random(seed)
    catalog = [(dest / "catalog.toml").read_text(encoding="utf-8")]
    n_docs = max(1, (target_units - 190) // 105)
    for d in range(n_docs):
        text, entry = synthetic_document(d, pool, rng)
        (dest / entry["file"]).write_text(text, encoding="utf-8")
        catalog.append(catalog_block(entry))
    (dest / "catalog.toml").write_text("".join(catalog), encoding="utf-8")
    return n_docs


def synthetic_entries(n: int, seed: int = 0) -> list[dict]:
    """Catalog entries only (for routing tests and benchmarks without ingesting)."""
    rng = random.Random(seed)
    return [synthetic_document(d, ["Câu giả lập."] * 2, rng, units_per_doc=0)[1] for d in range(n)]
