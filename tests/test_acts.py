"""Which body does one thing at each level (rag/answerers/work/acts.py): the whole action read as verb and object, matched
to the task rows that print all of it; the sentences of review ag25, on the real corpus."""
import pytest

from rag.answerers.work.acts import EACH_PLACE, action, carries
from rag.question.route import understand
from rag.text import fold


def _act(docs, question):
    u = understand(question, docs)
    _, (a, b) = action(u)
    return u.text[a:b]


@pytest.mark.parametrize("question, act", [
    ("Ở trung ương, ở tỉnh và ở Cần Thơ, ai cầm trịch theo dõi, đôn đốc?", "theo dõi, đôn đốc"),
    ("mỗi cấp cơ quan nào chịu trách nhiệm theo dõi, đôn đốc việc thực hiện?", "theo dõi, đôn đốc việc thực hiện"),
    ("Cơ quan theo dõi, đôn đốc ở từng cấp là ban nào?", "theo dõi, đôn đốc"),
    # the whole object, not its first four syllables
    ("Ở trung ương, ở tỉnh và ở Cần Thơ, ai lo phát huy vai trò của đội ngũ trí thức?",
     "phát huy vai trò của đội ngũ trí thức"),
    # "trong / theo" inside the object stay; the action ends where a level or a document starts
    ("ở các cấp ban nào lo công tác dân vận trong tôn giáo?", "công tác dân vận trong tôn giáo"),
    ("Ở trung ương và ở tỉnh, ai tổ chức thực hiện theo dõi việc thi hành?", "tổ chức thực hiện theo dõi việc thi hành"),
    ("Ai đứng ra theo dõi, đôn đốc làm nghị quyết 43 ở trung ương và ở tỉnh?", "theo dõi, đôn đốc"),
    ("từ Trung ương xuống tỉnh, cơ quan nào ở mỗi cấp chịu trách nhiệm theo dõi, đôn đốc việc thực hiện nghị quyết "
     "đoàn kết này?", "theo dõi, đôn đốc việc thực hiện"),
    # a comma opening another ask ends it
    ("Ở trung ương, ở tỉnh và ở Cần Thơ, ai theo dõi, đôn đốc việc thực hiện, hạn báo cáo khi nào?",
     "theo dõi, đôn đốc việc thực hiện"),
])
def test_the_action_is_read_whole(docs, question, act):
    assert _act(docs, question) == act


@pytest.mark.parametrize("question", [
    "ở ba cấp, cơ quan nào chủ trì?",                             # only a verb of taking the work on
    "Trung ương và tỉnh giống nhau ở chỗ nào?",                   # no who-word
    "Trung ương và tỉnh, cơ quan nào theo dõi, đôn đốc nhiều hơn?",   # a comparison
    "Ở trung ương và tỉnh, cơ quan nào theo dõi, đôn đốc khác nhau thế nào?",
    "Ở trung ương, ở tỉnh và ở Cần Thơ, ai không phải theo dõi, đôn đốc?",   # negated
    "Ở trung ương và tỉnh, ai chưa theo dõi, đôn đốc?",
    "Ban nào ở từng cấp lo tuyên truyền?",                        # a verb alone
])
def test_no_action(docs, question):
    assert action(understand(question, docs))[0] == []


def _row(index, unit_id):
    return next(r for r in index.tasks if r["unit_id"] == unit_id)


def test_a_row_carries_every_content_word(index):
    # kh-btvtu III.1.2 speaks of "người có uy tín", not of "trí thức"
    uy_tin = _row(index, "kh-btvtu-nq43:III.1.2.p1")["text"]
    assert carries(["phat", "huy", "vai", "tro", "nguoi", "uy", "tin"], "phat huy", uy_tin)
    assert not carries(["phat", "huy", "vai", "tro", "doi", "ngu", "tri", "thuc"], "phat huy", uy_tin)
    # words a document sets between the verbs: "theo dõi, giám sát, kiểm tra, đôn đốc"
    assert carries(["doi", "don", "doc"], "theo doi", _row(index, "nq-43-2023:IV.7.p1")["text"])


def test_a_quoted_motto_carries_no_action(index):
    # kh-btvtu III.1.8 quotes "Dân biết, dân bàn, dân làm, dân kiểm tra, dân giám sát, dân thụ hưởng"; its own work is
    # "kiểm tra, giám sát, sơ kết, tổng kết việc thực hiện", not "dân kiểm tra, dân giám sát"
    motto = _row(index, "kh-btvtu-nq43:III.1.8.p1")["text"]
    assert not carries(["dan", "giam", "sat", "thu", "huong"], "dan giam", motto)
    assert carries(["kiem", "tra", "giam", "sat", "thuc", "hien"], "kiem tra", motto)


@pytest.mark.parametrize("text, each", [
    ("ở từng cấp ai theo dõi", True),
    ("mỗi cấp ai theo dõi", True),
    ("các cấp ủy ai chịu trách nhiệm theo dõi", False),          # a body, not every level
    ("các bên liên quan ai phải theo dõi", False),
    ("các cấp ai phải kiểm tra", True),
])
def test_each_place_is_no_body(text, each):
    assert bool(EACH_PLACE.search(fold(text).lower())) is each


def _units(a):
    return [c.unit_id for c in a.citations]


@pytest.mark.parametrize("question", [
    "Tôi làm infographic \"ai cầm trịch theo dõi, đôn đốc\": ở trung ương, ở tỉnh và ở Cần Thơ, cơ quan nào?",
    "Ai đứng ra theo dõi, đôn đốc làm nghị quyết 43 ở trung ương, ở tỉnh và ở Cần Thơ?",
    "Từ Trung ương xuống tỉnh và xuống thành phố Cần Thơ, cơ quan nào ở mỗi cấp chịu trách nhiệm theo dõi, đôn đốc "
    "việc thực hiện nghị quyết?",
    "Ở trung ương, ở tỉnh và ở Cần Thơ, ai cầm trịch theo dõi, đôn đốc?",
])
def test_each_level_is_answered_by_the_row_that_prints_the_action(ask, question):
    a = ask(question)
    assert a.mode == "acts"
    got = _units(a)
    # down the hierarchy, at the central level the plan that assigns the work first
    assert got[0] == "kh-21-2023:V.3.p1"
    assert {"nq-43-2023:IV.7.p1", "kh-btvtu-nq43:IV.3.p1", "ct-tucantho-nq43:IV.7.p1"} <= set(got)
    # each document counted once: the four the levels name
    assert a.answer.startswith("Cả 4 văn bản")
    assert a.answer.count("Chương trình của Thành ủy Cần Thơ (") == 1


@pytest.mark.parametrize("question", [
    "cấp nào theo dõi, đôn đốc việc thực hiện nghị quyết 43?",      # one document: the ordinary answer
    "Ở trung ương, ở tỉnh và ở Cần Thơ, ai phải tổ chức đối thoại?",  # no row prints "tổ chức đối thoại"
    "Ở trung ương và ở tỉnh, ai là người ký văn bản?",
    # a level whose document says it in other words, or not at all: across reads it
    "Ở trung ương, ở tỉnh và ở Cần Thơ, ai lo phát huy vai trò của đội ngũ trí thức?",
    "Ở trung ương, ở tỉnh và ở Cần Thơ, ai lo phát huy vai trò của người có uy tín?",
    "Ở trung ương, ở tỉnh và ở Cần Thơ, cơ quan nào xây dựng kế hoạch thực hiện?",
    "Ở trung ương, ở tỉnh và ở Cần Thơ, ai lo tăng cường công tác tuyên truyền, vận động?",
    "ở các cấp ban nào lo công tác dân vận trong tôn giáo?",
    # an action many rows carry names no work of its own
    "Ở hai cấp trung ương và tỉnh, bộ phận nào chủ trì phối hợp tổ chức thực hiện?",
    # a named document narrows "các cấp", "các bên liên quan", "các cấp ủy", "ở từng cấp" to itself
    "Trong chương trình của Cần Thơ, các cấp ai phải kiểm tra, giám sát việc thực hiện?",
    "Các cấp ủy ai chịu trách nhiệm theo dõi, đôn đốc việc thực hiện nghị quyết 43?",
    "các bên liên quan ai phải theo dõi, đôn đốc việc thực hiện kế hoạch 21?",
    "Theo kế hoạch 21, ở từng cấp ai theo dõi, đôn đốc?",
    # another question
    "Trung ương và tỉnh, cơ quan nào theo dõi, đôn đốc nhiều hơn?",
    "Ở trung ương, ở tỉnh và ở Cần Thơ, ai không phải theo dõi, đôn đốc?",
    "Ban Dân vận ở từng cấp chịu trách nhiệm gì?",
    "ở từng cấp có bao nhiêu cơ quan được giao theo dõi, đôn đốc?",
    "ở trung ương và ở tỉnh, hạn chót báo cáo là khi nào?",
])
def test_not_answered_here(ask, question):
    assert ask(question).mode != "acts"


def test_checking_is_answered_by_the_rows_that_check_not_by_the_motto(ask):
    a = ask("ở trung ương, tỉnh, cần thơ thì ai kiểm tra giám sát việc thực hiện nghị quyết?")
    assert a.mode == "acts"
    got = _units(a)
    assert {"nq-43-2023:IV.7.p1", "kh-btvtu-nq43:IV.3.p1", "ct-tucantho-nq43:IV.3.p1"} <= set(got)
    assert "Đảng đoàn Quốc hội" not in a.answer


def test_a_second_ask_is_not_echoed_as_the_action(ask):
    a = ask("Ở trung ương, ở tỉnh và ở Cần Thơ, ai theo dõi, đôn đốc việc thực hiện, hạn báo cáo khi nào?")
    assert a.mode == "acts"
    assert "«theo dõi, đôn đốc việc thực hiện»" in a.answer
    assert "25/12" in a.answer                                 # the rows carry their deadlines


@pytest.mark.parametrize("question", [
    # the body named as the object is the one doing the work in those rows, or the doer after "của"
    "Ở trung ương, ở tỉnh và ở Cần Thơ, ai đôn đốc Ban Dân vận?",
    "Ở trung ương, ở tỉnh và ở Cần Thơ, ai giám sát Mặt trận Tổ quốc?",
    "Ở trung ương và ở tỉnh, cơ quan nào kiểm tra Ban Tuyên giáo?",
    "ở trung ương, ở tỉnh và ở cần thơ ai giám sát mặt trận tổ quốc?",      # typed in lower case
])
def test_a_body_named_as_the_object_must_be_the_verbs_object(ask, question):
    assert ask(question).mode != "acts"


def test_the_assignee_and_the_doer_after_cua_are_no_object(index):
    ct = _row(index, "ct-tucantho-nq43:IV.7.p1")
    assert carries(["theo", "doi", "don", "doc"], "theo doi", ct["text"], ct["assignee"])
    assert not carries(["don", "doc", "ban", "dan", "van"], "don doc", ct["text"], ct["assignee"], ("ban", "dan", "van"))
    # without the assignee left out, the row's own name would supply the object
    assert carries(["don", "doc", "ban", "dan", "van"], "don doc", ct["text"])
    nq = _row(index, "nq-43-2023:III.4.2.p4")["text"]         # "vai trò giám sát của Mặt trận Tổ quốc"
    assert not carries(["giam", "sat", "mat", "tran", "to", "quoc"], "giam sat", nq, "", ("mat", "tran", "to", "quoc"))


@pytest.mark.parametrize("question", [
    "mỗi cấp ai được phân công theo dõi, đôn đốc việc thực hiện vậy?",
    "ở trung ương, tỉnh, Cần Thơ thì ai lo theo dõi đôn đốc vậy ta?",
    "ở trung ương, tỉnh, Cần Thơ thì bộ phận nào lo theo dõi đôn đốc hả?",
    "Ở trung ương với tỉnh, cơ quan mô lo theo dõi, đôn đốc?",
])
def test_a_closing_particle_and_other_who_words(ask, question):
    a = ask(question)
    assert a.mode == "acts"
    lead = a.answer.split("\n")[0]
    assert "«theo dõi" in lead and not any(w in lead for w in ("vậy»", "ta»", "hả»"))
