"""rag.answerers.document.qualifiers: where a short phrase stands in a question about one document decides whether it
qualifies the whole (the document's predicate, a generic noun's modifier, the head the document owns) or
names a topic. Literal questions, the document's name given as its span."""
import pytest

from rag.answerers.document import overview
from rag.answerers.document.qualifiers import slot_spans, whole_qualifiers, without_context
from rag.text import fold

CUES = overview.GOAL_CUES + overview.BASIS_CUES + overview.GENERAL_CUES + overview.KIND_PHRASES + overview.TOPICLESS


def slots(question: str, doc: str) -> list[str]:
    f = fold(question).lower()
    a = f.index(fold(doc).lower())
    return [f[x:y] for x, y, _ in slot_spans(f, [(a, a + len(doc))], CUES, overview.NEUTRAL)]


@pytest.mark.parametrize("question, doc, expected", [
    ("Nghị quyết 43 nhấn mạnh những gì?", "Nghị quyết 43", ["nhan manh"]),          # the predicate
    ("Nghị quyết 43 xoay quanh chủ đề gì?", "Nghị quyết 43", ["xoay quanh"]),
    ("Nghị quyết 43 chứa đựng những nội dung trọng yếu nào?", "Nghị quyết 43", ["trong yeu"]),  # a modifier
    ("Những vấn đề cốt yếu mà chương trình Cần Thơ đặt ra?", "chương trình Cần Thơ", ["cot yeu"]),
    ("Điểm mấu chốt của Nghị quyết 43?", "Nghị quyết 43", ["mau chot"]),
    ("Trọng tâm của Nghị quyết 43 nằm ở đâu?", "Nghị quyết 43", ["nam"]),    # "trọng tâm": a quality cue
    ("Then chốt của Nghị quyết 43 nằm ở đâu?", "Nghị quyết 43", ["nam"]),
    ("Hạt nhân của Nghị quyết 43 là gì?", "Nghị quyết 43", ["hat nhan"]),   # the head the document owns
    # a topic stays a topic: after "về", at the head without "của", or a noun asked by "nào"
    ("Nghị quyết 43 nói gì về tôn giáo?", "Nghị quyết 43", []),
    ("Tôn giáo trong Nghị quyết 43 thế nào?", "Nghị quyết 43", []),
    ("Bài báo được đăng trên báo nào?", "Bài báo", []),
    ("Nghị quyết 43 giao Bộ Công an những gì?", "Nghị quyết 43", []),
    ("Nghị quyết 43 nhấn mạnh những gì cho thanh niên?", "Nghị quyết 43", []),     # a predicate beside a topic
])
def test_whole_qualifier_spans(question, doc, expected):
    assert slots(question, doc) == expected


@pytest.mark.parametrize("question, kept", [
    # what the asker says of themselves before a request to the assistant tells why, not what
    ("Tôi là cán bộ Ban Tuyên giáo, mai phải báo cáo nên nhờ đồng chí tóm tắt Nghị quyết 43.", "tom tat nghi quyet 43."),
    ("Về tôn giáo, nhờ đồng chí tóm tắt Nghị quyết 43.", "ve ton giao,  tom tat nghi quyet 43."),   # a topic led in
    ("Nghị quyết 43 nói gì về tôn giáo?", "nghi quyet 43 noi gi ve ton giao?"),
    # a sentence of the asker's own beside the one that asks
    ("Nghị quyết 43 nhằm mục đích gì? Tôi cần đưa vào phần mở đầu tờ trình.", "nghi quyet 43 nham muc dich gi?"),
    ("Tôi muốn biết Nghị quyết 43 có mấy phần.", "toi muon biet nghi quyet 43 co may phan."),
    # a lead of the asker's own closed by a colon, even naming a body; a lead that is no asker's stays
    ("Em ở Hội Nông dân xã, sáng mai họp cần nói gọn: Nghị quyết 43 tóm lại nói gì?",
     "nghi quyet 43 tom lai noi gi?"),
    ("Về tôn giáo: Nghị quyết 43 nói gì?", "ve ton giao: nghi quyet 43 noi gi?"),
    # a lead of the asker's closed by a colon that names the document or states the topic says what is asked
    ("Tôi muốn hỏi Kế hoạch 21 giao cho Ban Tuyên giáo Trung ương: những việc gì?",
     "toi muon hoi ke hoach 21 giao cho ban tuyen giao trung uong: nhung viec gi?"),
    ("Em cần biết về kinh phí: Kế hoạch 21 có nói không?", "em can biet ve kinh phi: ke hoach 21 co noi khong?"),
    ("Tôi đọc Nghị quyết 43 thấy ghi mục tiêu đến năm 2030: cụ thể là gì?",
     "toi doc nghi quyet 43 thay ghi muc tieu den nam 2030: cu the la gi?"),
    # a lead relaying who asks ("… hỏi:") is who asks, not what; a colon lead that asks nothing of that kind stays
    ("Bà con xóm tôi hỏi: Kế hoạch 21 nhằm mục đích gì?", "ke hoach 21 nham muc dich gi?"),
    ("Hội Nông dân xã: Kế hoạch 21 nhằm mục đích gì?", "hoi nong dan xa: ke hoach 21 nham muc dich gi?"),
    # a time adverbial before the asker's own sentence; a sentence of someone else's after one stays
    ("Chiều mai tôi họp với bà con về an sinh. Nghị quyết 43 nhằm mục đích gì?", "nghi quyet 43 nham muc dich gi?"),
    ("Tuần sau, em phải báo cáo Thường trực. Kế hoạch 21 nói gì?", "ke hoach 21 noi gi?"),
    ("Chiều mai Bộ Chính trị họp. Kế hoạch 21 nói gì?", "chieu mai bo chinh tri hop. ke hoach 21 noi gi?"),
    # the asker's purpose ends at the colon that closes it: the question after it stays
    ("Để em báo cáo chi bộ: Nghị quyết 43 có mấy phần, nhờ anh kể từng phần.",
     ": nghi quyet 43 co may phan, ke tung phan."),
])
def test_without_context(question, kept):
    assert " ".join(without_context(fold(question).lower()).split()) == " ".join(kept.split())


@pytest.mark.parametrize("question, headings, text, expected", [
    ("Nghị quyết 43 nhấn mạnh những gì?", "tình hình", "… phát huy, khuyến khích …", ["nhan manh"]),
    # a predicate the document prints itself asks where it says so; a heading's words name that part
    ("Nghị quyết 43 khuyến khích những gì?", "tình hình", "… phát huy, khuyến khích …", []),
    ("Phần tình hình của Nghị quyết 43 nói gì?", "i. tình hình ii. quan điểm", "", []),
])
def test_whole_qualifiers(question, headings, text, expected):
    typed = question.lower()
    f = fold(question).lower()
    a = f.index("nghi quyet 43")
    spans = whole_qualifiers(f, typed, [(a, a + 13)], CUES, overview.NEUTRAL, headings, text)
    assert [f[x:y] for x, y in spans] == expected


def test_a_colon_lead_naming_a_blanked_document_stays():
    """The callers blank the document's name; the span they pass says the lead named one."""
    q = "Tôi vừa đọc Kế hoạch 21 xong: phần nào nói về kinh phí?"
    f = fold(q).lower()
    a = f.index("ke hoach 21")
    b = a + len("ke hoach 21")
    blanked = f[:a] + " " * (b - a) + f[b:]
    kept = without_context(blanked, typed=q[:a] + " " * (b - a) + q[b:], named=((a, b),))
    assert kept.startswith("toi vua doc")
    assert not without_context(blanked, typed=q[:a] + " " * (b - a) + q[b:]).strip().startswith("toi")


@pytest.mark.parametrize("question, kept", [
    # with accents, "hỏi:" relays an asker; "hội" (an association) does not
    ("Các cụ ở thôn hỏi: Kế hoạch 21 nhằm mục đích gì?", "ke hoach 21 nham muc dich gi?"),
    ("Bên hội: Kế hoạch 21 nhằm mục đích gì?", "ben hoi: ke hoach 21 nham muc dich gi?"),
    ("Sáng nay mình đọc xong rồi. Kế hoạch 21 nói gì?", "ke hoach 21 noi gi?"),
])
def test_without_context_typed(question, kept):
    assert " ".join(without_context(fold(question).lower(), typed=question).split()) == " ".join(kept.split())
