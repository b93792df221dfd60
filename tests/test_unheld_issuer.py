"""The number or date of a document issued by a body the catalog never names (rag.decision.unheld_issuer)."""
from types import SimpleNamespace

from rag.decision.unheld_issuer import unheld_issuer

DOCS = {
    "kh": SimpleNamespace(label="Kế hoạch 5-KH/TU", entry={
        "kind": "Kế hoạch", "issuer": "Ban Thường vụ Tỉnh ủy", "place": "Lào Cai", "title": "Thực hiện nghị quyết về du lịch",
        "aliases": ["kế hoạch của tỉnh"]}),
    "nq": SimpleNamespace(label="Nghị quyết 9-NQ/TW", entry={
        "kind": "Nghị quyết", "issuer": "Ban Chấp hành Trung ương", "title": "Về phát triển nông nghiệp",
        "aliases": ["NQ 9"]}),
}


def test_a_body_the_catalog_never_names_issued_nothing_held():
    assert unheld_issuer("Kế hoạch giao Ban cán sự đảng Chính phủ xây dựng chương trình, vậy Chính phủ đã ban hành "
                         "nghị quyết số mấy?", DOCS) == ("Chính phủ", "nghị quyết")
    assert unheld_issuer("Sau đó Quốc hội ban hành luật ngày nào?", DOCS) == ("Quốc hội", "luật")
    assert unheld_issuer("vay Bo Cong an da ban hanh quyet dinh so may", DOCS) == ("Bo Cong an", "quyet dinh")


def test_a_body_the_catalog_names_or_a_body_given_the_work_is_left_alone():
    assert unheld_issuer("Tỉnh ủy ban hành kế hoạch ngày nào?", DOCS) is None               # part of an issuer
    assert unheld_issuer("Ban Thường vụ Tỉnh ủy Lào Cai ban hành kế hoạch số mấy?", DOCS) is None
    assert unheld_issuer("Trung ương ban hành nghị quyết vào ngày nào?", DOCS) is None
    assert unheld_issuer("Các huyện ủy phải ban hành kế hoạch ngày nào?", DOCS) is None     # given the work
    assert unheld_issuer("Kế hoạch 5 được ban hành ngày nào?", DOCS) is None                  # no issuer named
    assert unheld_issuer("Chính phủ ban hành nghị quyết về nông nghiệp có những nội dung gì?", DOCS) is None  # no number asked
    assert unheld_issuer("Chính phủ phải ban hành chương trình hành động khi nào?", DOCS) is None
