"""The level vocabulary, in one place: the level markers a body's or issuer's name holds (LEVELS) and the level
of a name read from them (level_of, issuer_level); the level words a question names documents and bodies with
(LEVEL_WORDS, LOCAL_LEVELS, LEVEL_ALT, LEVEL_TAIL_RE) and the qualifiers it asks levels with ("ở trung ương, ở
tỉnh", "các cấp", "mỗi nơi": LEVEL_CUT, SEVERAL_LEVELS, ALL_LEVELS). All words are folded (rag.text.fold)."""
from __future__ import annotations

import re

from rag.text import fold, nfc, phrase_re

# level markers in a body's name (folded), first one wins (ingest/tasks.py: a name without one takes its document's)
LEVELS = (("trung uong", "trung ương"), ("quoc hoi", "trung ương"), ("chinh phu", "trung ương"),
          ("bo chinh tri", "trung ương"), ("ban bi thu", "trung ương"), ("tinh", "tỉnh"),
          ("thanh pho", "thành phố"), ("thanh uy", "thành phố"), ("huyen", "huyện"))
# the levels a question names a document or body at, folded -> as printed ("kế hoạch tỉnh", "cấp huyện")
LEVEL_WORDS = {"trung uong": "trung ương", "tinh": "tỉnh", "thanh pho": "thành phố", "huyen": "huyện"}
LEVEL_ALT = "|".join(LEVEL_WORDS)                    # "trung uong|tinh|thanh pho|huyen"
# the level a document is referred to by informally ("kế hoạch tỉnh ủy", "chương trình của thành phố"): a regex
# alternation, the committees before the place they are named for
LEVEL_REF_ALT = "trung uong|tinh uy|thanh uy|tinh|thanh pho"
# the levels below those, said in a list of levels ("từ trung ương xuống cơ sở")
LOCAL_LEVELS = ("xa", "co so", "dia phuong")
# a list of levels: "từ trung ương xuống tỉnh và Cần Thơ", "cấp tỉnh, huyện"
LEVEL_TAIL_RE = re.compile(r"(?:\s*(?:,|va|toi|den|xuong|cap)?\s*(?:%s))+(?![a-z])"
                           % "|".join((*LEVEL_WORDS, *LOCAL_LEVELS)))
# where a body's name ends and the levels it is asked at begin: "Ban Tuyên giáo ở trung ương, ở tỉnh và ở Cần Thơ",
# "Mặt trận mỗi nơi", "Ban Dân vận cấp tỉnh"; the body is then looked up at every level its name is printed with
LEVEL_CUT = re.compile(r"(?:\s*,\s*|\s+)(?:o|tai|moi noi|moi cap|cac cap|cap|tu trung uong|trung uong va|"
                       r"trung uong,)(?:\s|$)|\s*,\s*")
# the qualifier names several levels or places: the documents it names are levels, not a restriction
SEVERAL_LEVELS = re.compile(r",|\bva\b|\bmoi noi\b|\bmoi cap\b|\bcac cap\b|\btu trung uong\b|\bxuong\b")
ALL_LEVELS = re.compile(r"\b(?:cac|moi) cap\b")


def level_of(name: str, default: str = "", superior: bool = True) -> str:
    """The level of a body or issuer: the first level marker its name holds ("Ban Thường vụ Tỉnh ủy" -> tỉnh),
    `default` when it holds none. With `superior`, a marker after "trực thuộc" is skipped ("đảng ủy trực thuộc
    Trung ương": the superior, not the body's level)."""
    f = " " + fold(nfc(name)) + " "
    best = None
    for marker, level in LEVELS:
        for m in phrase_re(marker, digits=False).finditer(f):
            if superior and f[:m.start()].rstrip().endswith("truc thuoc"):
                continue
            if best is None or m.start() < best[0]:
                best = (m.start(), level)
            break
    return best[1] if best else default


def issuer_level(issuer: str) -> str:
    """The level of a document's issuer, "" when its name holds no marker. It reads "trực thuộc" as any other
    words (kept as it was before level_of was shared; no bundled issuer says it)."""
    return level_of(issuer, "", superior=False)
