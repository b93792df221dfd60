"""The parser on the real corpus: structure, repairs, noise, metadata blocks, footnotes, deadlines."""
from ingest.parse import parse

from conftest import CT_CANTHO, KH21, KH_TINH, NQ43, TIN, read_corpus


def _children(node, kind):
    return [c for c in node.children if c.kind == kind]


def _part(tree, label):
    return next(c for c in tree.root.children if c.kind == "part" and c.label == label)


def test_nq43_structure():
    tree = parse(read_corpus(NQ43))
    assert [p.label for p in _children(tree.root, "part")] == ["I", "II", "III", "IV"]
    part3 = _part(tree, "III")
    assert part3.title == "NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU"
    items = _children(part3, "item")
    assert [i.label for i in items] == ["1", "2", "3", "4", "5", "6", "7"]
    sub21 = next(c for c in items[1].children if c.label == "2.1")
    dashes = _children(sub21, "dash")
    assert len(dashes) == 11
    assert dashes[3].lead == "Phát triển đội ngũ doanh nhân"
    assert dashes[6].lead == "Tăng cường vai trò của cựu chiến binh"


def test_page_broken_paragraphs_are_whole():
    tree = parse(read_corpus(NQ43))
    sub21 = next(c for c in _children(_part(tree, "III"), "item")[1].children if c.label == "2.1")
    dashes = _children(sub21, "dash")
    first = dashes[0].paras[0].text
    assert "kỷ luật lao động" in first and "Đổi mới mạnh mẽ mô hình tổ chức" in first
    assert first.endswith("gây mất an ninh, trật tự.")
    tenth = dashes[9].paras[0].text
    assert "quan tâm, tạo điều kiện giúp đỡ, hỗ trợ giải quyết các nhu cầu chính đáng" in tenth
    assert len(dashes[0].paras) == 1 and len(dashes[9].paras) == 1
    # a paragraph broken before an upper-case word ("... các dân tộc" / "Việt Nam, giữa ...")
    quan_diem = _children(_children(_part(tree, "II"), "item")[0], "dash")[0].paras[0].text
    assert "giữa cộng đồng các dân tộc Việt Nam, giữa đồng bào" in quan_diem
    # a word split by the page break in the provincial plan ("Nghị" / "quyết")
    tinh = parse(read_corpus(KH_TINH))
    last = _children(_part(tinh, "IV"), "item")[2].paras[0].text
    assert "việc thực hiện Nghị quyết số 43-NQ/TW và Kế hoạch này" in last


def test_kh21_part_iv_has_eight_assignees():
    tree = parse(read_corpus(KH21))
    items = _children(_part(tree, "IV"), "item")
    assert len(items) == 8
    assert items[0].title == "Đảng đoàn Quốc hội"
    assert items[3].title == "Quận uỷ Trung ương và Đảng uỷ Công an Trung ương"
    assert items[7].title == "Các tỉnh ủy, thành ủy, đảng uỷ trực thuộc Trung ương"


def test_footnote_attached_to_item_1_4():
    tree = parse(read_corpus(KH_TINH))
    assert len(tree.footnotes) == 1
    fn = tree.footnotes[0]
    assert fn.mark == "1"
    assert fn.para.text.startswith("Nghị quyết số 02-NQ/TW ngày 12/6/2021")
    item1 = _children(_part(tree, "III"), "item")[0]
    sub14 = next(c for c in item1.children if c.label == "1.4")
    assert fn.attached_to is sub14.paras[0]
    # the footnote is not glued to the paragraph printed before it (1.7)
    sub17 = next(c for c in item1.children if c.label == "1.7")
    assert "02-NQ/TW ngày 12/6/2021" not in sub17.paras[0].text


def test_no_stamp_noise_left():
    tree = parse(read_corpus(NQ43))
    for noise in ("VĂN BẢN ĐẾN", "11646", "16:56:53", "Lưu hồ sơ", "Chuyển:", "VĂN PHÒNG TỈNH ỦY LẠNG SƠN", "*"):
        assert noise not in tree.text, noise
    assert tree.header.text.startswith("BAN CHẤP HÀNH TRUNG ƯƠNG\nĐẢNG CỘNG SẢN VIỆT NAM")
    assert tree.meta["number"] == "43-NQ/TW" and tree.meta["date"] == "2023-11-24"


def test_signature_copy_and_recipients_blocks():
    nq = parse(read_corpus(NQ43))
    assert nq.signature.text == "T/M BAN CHẤP HÀNH TRUNG ƯƠNG\nTỔNG Bí THƯ"
    assert "SAO Y" in nq.copy.text and "Số 1274-SY/VPTU" in nq.copy.text
    assert nq.copy.text.endswith("PHÓ CHÁNH VĂN PHÒNG\nSai Văn Đông")
    assert nq.recipients.text.startswith("Nơi nhận:\n- Các tỉnh uỷ, thành uỷ,")
    assert "- Báo Lạng Sơn," in nq.copy_recipients.text
    assert parse(read_corpus(KH21)).signature.text == "T/M BỘ CHÍNH TRỊ\nTrương Thị Mai"
    assert parse(read_corpus(KH_TINH)).signature.text.endswith("PHÓ BÍ THƯ THƯỜNG TRỰC\nLò Minh Hùng")
    ct = parse(read_corpus(CT_CANTHO))
    assert ct.signature.text == "T/M THÀNH ỦY\nBÍ THƯ\nNguyễn Văn Hiếu"
    assert ct.meta["signer"] == "Nguyễn Văn Hiếu"


def test_deadlines_extracted_and_kept_in_text():
    tree = parse(read_corpus(KH21))
    item2 = _children(_part(tree, "IV"), "item")[1]
    first = _children(item2, "dash")[0].paras[0]
    assert first.deadline == "hoàn thành trong quý I/2024"
    assert first.text.endswith("(hoàn thành trong quý I/2024).")
    ii2 = _children(_part(tree, "II"), "item")[1].paras[0]
    assert ii2.deadline == "hoàn thành trong tháng 12/2023 và chỉ đạo thực hiện thường xuyên"


def test_news_without_structure_is_paragraphs_and_items():
    tree = parse(read_corpus(TIN))
    assert tree.header is None and tree.signature is None
    pre = tree.root.children[0]
    assert pre.kind == "preamble" and len(pre.paras) == 3
    assert [c.label for c in _children(tree.root, "item")] == ["1", "2", "3", "4", "5", "6"]


def test_unstructured_text_falls_back_with_warning():
    tree = parse("Một đoạn văn không có cấu trúc.\n\nĐoạn thứ hai cũng vậy.")
    assert tree.warnings and "paragraph" in tree.warnings[0]
    assert [p.text for p in tree.root.children[0].paras] == ["Một đoạn văn không có cấu trúc.",
                                                               "Đoạn thứ hai cũng vậy."]
