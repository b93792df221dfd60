"""The kinds of document a question may name, folded: the kind words ("nghị quyết", "kế hoạch", "bài báo") and the
codes of document numbers ("NQ", "KH"), each with the catalog's kind. Read by the question's references
(`rag.question.route`) and its metadata intents (`rag.question.intents`)."""
from __future__ import annotations

import re

KIND_WORDS = {
    "nghi quyet": "Nghị quyết", "ke hoach": "Kế hoạch", "chuong trinh": "Chương trình", "chi thi": "Chỉ thị",
    "ket luan": "Kết luận", "quyet dinh": "Quyết định", "thong bao": "Thông báo", "huong dan": "Hướng dẫn",
    "quy dinh": "Quy định", "cong van": "Công văn", "luat": "Luật", "bai bao": "Tin", "ban tin": "Tin",
    "cai tin": "Tin", "mau tin": "Tin", "tin tuc": "Tin", "bai viet": "Tin",
}
CODE_KIND = {"nq": "Nghị quyết", "kh": "Kế hoạch", "ct": "Chỉ thị", "ctr": "Chương trình", "kl": "Kết luận",
             "qd": "Quyết định", "tb": "Thông báo", "hd": "Hướng dẫn"}
KIND_RE = "|".join(sorted(KIND_WORDS, key=len, reverse=True))

# a document number typed with its separators mixed up ("02/NQ-TU", "02-NQ-TU", "02/NQ/TU", "02 - NQ / TU"): the
# number, a code of letters, a suffix of letters, each pair separated by "-" or "/" (spaces around them allowed).
# Digits after the first separator ("10/2022/QH15", "21/01/2021") are a law's number or a date, not this.
_MIXED_CODE = re.compile(r"(?<![\w/-])(\d{1,4})(\s*)[-/](\s*)([^\W\d_]{1,5})(\s*)[-/](\s*)([^\W\d_]{1,6})(?![\w/-])")


def canonical_codes(text: str) -> str:
    """`text` with every document number written the printed way, "<number>-<CODE>/<SUFFIX>" ("02/NQ-TU" ->
    "02-NQ/TU"); spaces kept, so the length and every offset stay as they were."""
    return _MIXED_CODE.sub(lambda m: f"{m[1]}{m[2]}-{m[3]}{m[4]}{m[5]}/{m[6]}{m[7]}", text)
