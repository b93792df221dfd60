"""A held document named with a wrong number (rag.question.misnumbered): read as the one held document of that
kind whose title fits the subject the question states, or that carries out the held document it names, which the
refusal of the unknown number names; a number with an issuer alone, a subject no title holds, a contradicting year or term, a
number the corpus cites, or two fitting documents stay unknown. Sentences written for these tests."""
import pytest

from ingest.catalog import load_corpus
from rag.index import Doc
from rag.question import misnumbered
from rag.question.route import understand

from conftest import CORPUS


def _docs(entries):
    return {e["id"]: Doc(e["id"], e, e["id"], "", []) for e in entries}


@pytest.fixture(scope="module")
def real():
    return _docs([d.entry for d in load_corpus(CORPUS).docs])


def _resolved(q, docs, cited=None):
    u = understand(q, docs)
    return [(r.number, d) for r, d, _ in misnumbered.resolve(u, docs, dict(cited or {}))]


@pytest.mark.parametrize("q, doc", [
    ("Nghị quyết 34 về khối đại đoàn kết ra ngày nào?", "nq-43-2023"),
    ("nq 47 ve dai doan ket toan dan toc do ai ky", "nq-43-2023"),
    ("Kế hoạch 23 của Bộ Chính trị về đại đoàn kết gửi cho ai?", "kh-21-2023"),
    ("Kế hoạch 12 của Bộ Chính trị thực hiện Nghị quyết 43 do ai ký?", "kh-21-2023"),
    ("Chương trình số 9 về phát huy sức mạnh đại đoàn kết toàn dân tộc do ai ký?", "ct-tucantho-nq43"),
    # the name's end is not marked: the opening run of the subject fits
    ("Nghị quyết 44 về đoàn kết dân tộc muốn tới năm 2030 đạt gì?", "nq-43-2023"),
    # a year that is a target, not the name's
    ("Nghị quyết 42 về phát huy truyền thống đặt mục tiêu gì đến năm 2030?", "nq-43-2023"),
])
def test_a_wrong_number_with_a_fitting_subject_names_the_held_document(real, q, doc):
    assert [d for _, d in _resolved(q, real)] == [doc]


@pytest.mark.parametrize("q", [
    "Trung ương ra Nghị quyết 61-NQ/TW bàn chuyện gì?",                 # issuer alone: a body issues many
    "Tỉnh ủy Lạng Sơn có Kế hoạch số 52-KH/TU, kế hoạch ấy đề ra gì?",
    "Nghị quyết 36 về công tác người Việt Nam ở nước ngoài có nội dung gì?",   # subject no title holds
    "Kế hoạch 99 của Bộ Chính trị về chuyển đổi số ban hành ngày nào?",
    "Nghị quyết 27 về xây dựng nhà nước pháp quyền nói gì?",              # one common pair, then other words
    "Nghị quyết 29 năm 2013 về đoàn kết nói gì?",                        # year of the name contradicts
    "Nghị quyết 34 khóa IX về đại đoàn kết ban hành ngày nào?",         # term contradicts
    "Kế hoạch 40 về đại đoàn kết do ai ký?",                             # two plans fit: which one is not said
    "Chỉ thị 7 về đại đoàn kết nói gì?",                                  # no held document of the kind
    "Các văn bản thực hiện Nghị quyết 50 về đại đoàn kết nói gì?",       # named as what is carried out
])
def test_no_held_document_is_guessed(real, q):
    assert _resolved(q, real) == []


def test_a_number_the_corpus_cites_is_its_own_document_unless_the_subject_is_another(real):
    q = "Nghị quyết 45 về đại đoàn kết ra ngày nào?"
    assert _resolved(q, real) == [("45", "nq-43-2023")]
    intellectuals = {("nghi quyet", "45"): ["Về xây dựng đội ngũ trí thức"]}
    unity = {("nghi quyet", "45"): ["Về phát huy sức mạnh đại đoàn kết toàn dân tộc"]}
    assert _resolved(q, real, intellectuals) == [("45", "nq-43-2023")]
    assert _resolved(q, real, unity) == []                      # its own subject fits: it is that document
    assert _resolved("Nghị quyết 45 ra ngày nào?", real, intellectuals) == []     # no subject: its own
    assert _resolved(q, real, {("nghi quyet", "45"): [""]}) == []                 # no subject known: its own


def test_the_fit_is_read_from_the_catalog_not_a_list(real):
    entries = [d.entry for d in real.values()] + [
        {"id": "kh-so", "file": "x.txt", "kind": "Kế hoạch", "number": "", "issuer": "Ban Thường vụ Huyện ủy",
         "date": "2024-03-01", "title": "Về chuyển đổi số trong cơ quan đảng", "aliases": [], "signer": "",
         "copy_signer": ""}]
    docs = _docs(entries)
    assert [d for _, d in _resolved("Kế hoạch 99 về chuyển đổi số trong cơ quan đảng do ai ký?", docs)] == ["kh-so"]
    assert _resolved("Kế hoạch 99 năm 2022 về chuyển đổi số do ai ký?", docs) == []


def test_the_refusal_names_the_held_document_that_fits(ask):
    a = ask("Kế hoạch 23 của Bộ Chính trị về đại đoàn kết do đồng chí nào ký?")
    assert a.refused and a.refusal_reason == "unknown_document"
    assert "Kế hoạch 21-KH/TW, không phải Kế hoạch 23" in a.answer and "«đại đoàn kết»" in a.answer
    # negatives: no held document fits, or a contradicting term: refused as before, no candidate named
    b = ask("Kế hoạch 99 của Bộ Chính trị về chuyển đổi số ban hành ngày nào?")
    assert b.refused and b.refusal_reason == "unknown_document" and "không phải" not in b.answer
    c = ask("Nghị quyết 29 năm 2013 về đoàn kết nói gì?")
    assert "không phải" not in c.answer
