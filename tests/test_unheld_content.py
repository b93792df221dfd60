"""What a document of a kind the corpus holds none of sets out (rag.decision.unheld_content)."""
from types import SimpleNamespace

from rag.decision.unheld_content import unheld_content, unheld_kinds

DOCS = {
    "kh": SimpleNamespace(label="Kế hoạch 5-KH/TU", entry={"kind": "Kế hoạch"}),
    "nq": SimpleNamespace(label="Nghị quyết 9-NQ/TW", entry={"kind": "Nghị quyết"}),
}


def test_the_kinds_no_held_document_is_of():
    kinds = unheld_kinds(DOCS)
    assert "chien luoc" in kinds and "chi thi" in kinds
    assert "ke hoach" not in kinds and "nghi quyet" not in kinds


def test_the_contents_of_an_unheld_kind_are_asked_when_it_sets_them_out():
    assert unheld_content("Cái chiến lược phát triển du lịch đến 2030 đặt ra mấy chỉ tiêu?", DOCS) == \
        "chiến lược phát triển du lịch đến 2030"
    assert unheld_content("Đề án chuyển đổi số gồm những nội dung gì?", DOCS) == "Đề án chuyển đổi số"
    assert unheld_content("Chỉ thị 05 về tôn giáo đề ra những nhiệm vụ gì?", DOCS) == "Chỉ thị 05 về tôn giáo"
    assert unheld_content("chi thi 05 ve du lich de ra nhung nhiem vu gi", DOCS) == "chi thi 05 ve du lich"


def test_a_held_kind_an_unheld_one_as_object_or_who_drafts_it_is_left_alone():
    assert unheld_content("Nghị quyết 9 đặt ra mấy mục tiêu?", DOCS) is None             # a held kind
    assert unheld_content("Kế hoạch giao ai xây dựng chiến lược du lịch, đặt ra những gì?", DOCS) is None
    assert unheld_content("Chiến lược du lịch mà kế hoạch nhắc đặt ra những gì?", DOCS) is None   # cited: other checks
    assert unheld_content("Chiến lược du lịch có những ai tham gia soạn?", DOCS) is None
    assert unheld_content("Kế hoạch 5 triển khai chiến lược du lịch ra sao?", DOCS) is None
