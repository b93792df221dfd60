"""The kinds of document a question may name, folded: the kind words ("nghị quyết", "kế hoạch", "bài báo") and the
codes of document numbers ("NQ", "KH"), each with the catalog's kind. Read by the question's references
(`rag.question.route`) and its metadata intents (`rag.question.intents`)."""
from __future__ import annotations

KIND_WORDS = {
    "nghi quyet": "Nghị quyết", "ke hoach": "Kế hoạch", "chuong trinh": "Chương trình", "chi thi": "Chỉ thị",
    "ket luan": "Kết luận", "quyet dinh": "Quyết định", "thong bao": "Thông báo", "huong dan": "Hướng dẫn",
    "quy dinh": "Quy định", "cong van": "Công văn", "luat": "Luật", "bai bao": "Tin", "ban tin": "Tin",
    "cai tin": "Tin", "mau tin": "Tin", "tin tuc": "Tin", "bai viet": "Tin",
}
CODE_KIND = {"nq": "Nghị quyết", "kh": "Kế hoạch", "ct": "Chỉ thị", "ctr": "Chương trình", "kl": "Kết luận",
             "qd": "Quyết định", "tb": "Thông báo", "hd": "Hướng dẫn"}
KIND_RE = "|".join(sorted(KIND_WORDS, key=len, reverse=True))
