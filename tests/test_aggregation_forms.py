"""Aggregation questions in the forms cadres use, on the real corpus: a body named without its level and asked
at several levels (every level's assignments from the task table, grouped by document); documents listed by
kind and level, each given its section; a two-part question answered part by part; the topic of a
cross-document question without its frame words."""
import pytest

from rag.answerers.work import across
from rag.answerers.work.listed import listed_documents, named_documents
from rag.tables.levels import issuer_level
from rag.answerers.compound.parts import split
from rag.pipeline import get_assistant
from rag.question.route import understand


@pytest.fixture(scope="module")
def assistant(built_index):
    return get_assistant(built_index)


def test_a_body_asked_at_every_level_lists_each_levels_assignments(assistant):
    a = assistant.ask("Ban Tuyên giáo ở trung ương, ở tỉnh và ở Cần Thơ mỗi nơi được giao việc gì?")
    assert a.mode == "tasks" and not a.refused
    assert a.answer.startswith("5 nhiệm vụ trong 4 văn bản (giao cho «Ban Tuyên giáo» ở mọi cấp có tên này). "
                               "Đã tìm trong bảng nhiệm vụ của các văn bản Kế hoạch 21-KH/TW, Nghị quyết 43-NQ/TW, "
                               "Kế hoạch của Ban Thường vụ Tỉnh ủy, Chương trình của Thành ủy Cần Thơ")
    # the levels in the order the question says them, the central plan before the resolution it carries out
    # (rag.answerers.work.doc_order); the central plan's task that the city's repeats first (rag.answerers.work.counterparts)
    assert [c.unit_id for c in a.citations] == ["kh-21-2023:IV.5.p1", "kh-21-2023:II.2.p1", "nq-43-2023:IV.6.p1",
                                                "kh-btvtu-nq43:IV.2.p1", "ct-tucantho-nq43:IV.6.p1"]
    for name in ("Ban Tuyên giáo Thành ủy", "Ban Tuyên giáo Trung ương", "Ban Tuyên giáo Tỉnh ủy",
                 "định hướng các cơ quan báo chí"):
        assert name in a.answer
    # one level, named by its document: that document only, and not "every level"
    a = assistant.ask("Ban Dân vận ở Cần Thơ được giao việc gì?")
    assert a.mode == "tasks" and [c.unit_id for c in a.citations] == ["ct-tucantho-nq43:IV.7.p1"]
    assert "(giao cho «Ban Dân vận»)" in a.answer


def test_the_front_at_all_levels_is_found_in_every_plan(assistant):
    a = assistant.ask("Mặt trận ở các cấp được giao những nhiệm vụ gì?")
    assert a.mode == "tasks"
    assert a.answer.startswith("17 nhiệm vụ trong 4 văn bản (giao cho «Mặt trận» ở mọi cấp có tên này).")
    assert {c.doc_id for c in a.citations} == {"ct-tucantho-nq43", "kh-21-2023", "kh-btvtu-nq43", "nq-43-2023"}


def test_documents_listed_by_kind_and_level_are_each_named(docs):
    assert issuer_level("Ban Chấp hành Trung ương Đảng khóa XIII") == "trung ương"
    assert issuer_level("Ban Thường vụ Tỉnh ủy") == "tỉnh"
    assert issuer_level("Thành ủy Cần Thơ") == "thành phố"
    u = understand("Việc tiếp xúc với dân: nghị quyết trung ương, kế hoạch tỉnh và chương trình Cần Thơ đều nói "
                   "thế nào?", docs)
    # the catalog's aliases name two of three; "<kind> <level>" (rag.question.issued) names the third
    assert u.routed == ["nq-43-2023", "kh-btvtu-nq43", "ct-tucantho-nq43"]
    assert named_documents(u, docs) == ["nq-43-2023", "kh-btvtu-nq43", "ct-tucantho-nq43"]
    # a list the routing leaves incomplete is completed by kind and level (rag.answerers.work.listed)
    u = understand("Việc tiếp xúc với dân: nghị quyết, kế hoạch tỉnh và chương trình Cần Thơ đều nói thế nào?", docs)
    assert u.routed == ["kh-btvtu-nq43", "ct-tucantho-nq43"]
    assert [d for _, d in listed_documents(u, docs)] == ["nq-43-2023"]
    # a kind word that is not in a list of documents names nothing: "chương trình hành động của Chính phủ"
    u = understand("Chương trình hành động của Chính phủ và kế hoạch tỉnh nói gì về dân tộc?", docs)
    assert listed_documents(u, docs) == [] and named_documents(u, docs) == []


def test_the_topic_drops_lead_words_frames_and_the_listed_documents(docs):
    u = understand("Chuyện lãnh đạo cấp ủy, chính quyền phải gặp gỡ nói chuyện trực tiếp với dân: nghị quyết "
                   "trung ương, kế hoạch tỉnh và chương trình Cần Thơ đều nói thế nào?", docs)
    assert across.topic_of(u, docs).text == ("lãnh đạo cấp ủy, chính quyền phải gặp gỡ nói chuyện trực tiếp "
                                             "với dân")
    u = understand("Cái chiến lược đại đoàn kết dân tộc đến 2030 được các văn bản nhắc tới thế nào?", docs)
    assert across.topic_of(u, docs).text == "chiến lược đại đoàn kết dân tộc đến 2030"


def test_three_listed_documents_get_three_sections_with_the_repeated_wording(assistant):
    a = assistant.ask("Chuyện lãnh đạo cấp ủy, chính quyền phải gặp gỡ nói chuyện trực tiếp với dân: nghị quyết "
                      "trung ương, kế hoạch tỉnh và chương trình Cần Thơ đều nói thế nào?")
    assert a.mode == "across"
    assert a.answer.startswith("3 trong 3 văn bản có nội dung về «lãnh đạo cấp ủy, chính quyền phải gặp gỡ nói "
                               "chuyện trực tiếp với dân» (đã tìm trong từng văn bản: Nghị quyết 43-NQ/TW; Kế hoạch "
                               "của Ban Thường vụ Tỉnh ủy; Chương trình của Thành ủy Cần Thơ):")
    ids = [c.unit_id for c in a.citations]
    assert ids[0] == "nq-43-2023:III.3.p4"
    # the provincial plan's bullet that repeats the resolution's words is kept beside its best unit for the topic
    assert {"kh-btvtu-nq43:III.1.8.p1", "ct-tucantho-nq43:III.3.g2"} <= set(ids)


def test_a_two_part_question_is_split_and_each_part_answered(assistant, docs):
    q = ("Về hạn chót: trung ương bắt các tỉnh ủy ra chương trình, kế hoạch thực hiện NQ43 xong khi nào, còn văn "
         "bản của tỉnh thì đặt hạn quán triệt tới cán bộ, đảng viên là ngày nào?")
    assert split(understand(q, docs)) == ("Về hạn chót", [
        "trung ương bắt các tỉnh ủy ra chương trình, kế hoạch thực hiện nghị quyết 43 xong khi nào",
        "văn bản của tỉnh đặt hạn quán triệt tới cán bộ, đảng viên là ngày nào"])
    a = assistant.ask(q)
    assert a.mode == "parts" and not a.refused
    lines = a.answer.splitlines()
    assert lines[0] == "Câu hỏi gồm 2 phần, trả lời từng phần:"
    # the part is quoted as the question was read: the glued code "NQ43" spelled out, as "NQ 43" always was
    assert lines[1] == "1. «trung ương bắt các tỉnh ủy ra chương trình, kế hoạch thực hiện nghị quyết 43 xong khi nào»:"
    assert lines[2].startswith("- Kế hoạch 21-KH/TW › IV. Nhiệm vụ cụ thể › 8.") and "quý I/2024" in lines[2]
    part2 = a.answer[a.answer.index("2. «"):]
    assert "10/01/2024" in part2 and "Kế hoạch của Ban Thường vụ Tỉnh ủy" in part2
    assert [c.unit_id for c in a.citations][:1] == ["kh-21-2023:IV.8.g1"]
    assert "kh-btvtu-nq43:III.1.1.p1" in [c.unit_id for c in a.citations]
    # one question without "còn" is not split, nor "còn" that says a state ("còn vướng gì"), not a second subject
    assert split(understand("Ai chủ trì xây dựng Chiến lược đại đoàn kết và khi nào xong?", docs)) is None
    assert split(understand("Chương trình của Cần Thơ nhìn lại 20 năm làm nghị quyết 23 thế nào, còn vướng gì?",
                            docs)) is None
    # "và … thì" opens a second part when each part asks its own slot
    assert split(understand("Kế hoạch 21 bắt các tỉnh ủy ban hành chương trình xong khi nào, và kế hoạch của tỉnh thì "
                            "hạn quán triệt là ngày nào?", docs)) == ("", [
        "Kế hoạch 21 bắt các tỉnh ủy ban hành chương trình xong khi nào",
        "kế hoạch của tỉnh hạn quán triệt là ngày nào"])


def test_a_two_part_question_contrasting_levels_searches_each_level_and_carries_the_topic(assistant):
    # neither part names a document: each is searched in the documents of the level it says (the body's level
    # here), and the second ("còn Mặt trận tỉnh thì làm khi nào") is searched with the first part's topic
    a = assistant.ask("Chiến lược đại đoàn kết: Mặt trận trung ương phải xong khi nào, còn Mặt trận tỉnh thì làm khi nào?")
    assert a.mode == "parts"
    assert [c.unit_id for c in a.citations] == ["kh-21-2023:IV.3.g2", "kh-btvtu-nq43:III.4.1.p1"]
    assert "hoàn thành trong năm 2025" in a.answer and "khi có chỉ đạo của Trung ương" in a.answer


def test_several_bodies_asked_together_and_a_field_named_for_its_bodies(assistant):
    a = assistant.ask("Chuyện sửa luật, làm văn bản pháp lý: đảng đoàn Quốc hội ở trung ương và HĐND ở tỉnh, ở Cần Thơ "
                      "được giao thế nào?")
    assert a.mode == "tasks"
    assert a.answer.startswith("5 nhiệm vụ trong 4 văn bản (giao cho «đảng đoàn Quốc hội», «hội đồng nhân dân» ở mọi "
                               "cấp có tên này).")
    assert sorted(c.unit_id for c in a.citations) == ["ct-tucantho-nq43:IV.2.p1", "kh-21-2023:IV.1.p1",
                                                      "kh-btvtu-nq43:III.2.1.p1", "kh-btvtu-nq43:III.2.2.p1",
                                                      "nq-43-2023:IV.3.p1"]
    a = assistant.ask("Ngành tuyên giáo các cấp được giao gì: ở trung ương theo KH 21, ở tỉnh, và ở Cần Thơ?")
    assert a.mode == "tasks" and len(a.citations) == 5
    for name in ("Ban Tuyên giáo Thành ủy", "Ban Tuyên giáo Trung ương", "Ban Tuyên giáo Tỉnh ủy"):
        assert name in a.answer


def test_several_bodies_in_a_named_document_stay_in_it(assistant):
    a = assistant.ask("Kế hoạch 21 giao Ban Dân vận Trung ương và Ban Tuyên giáo Trung ương những nhiệm vụ gì?")
    assert a.mode == "tasks"
    assert a.answer.startswith("4 nhiệm vụ trong 1 văn bản (giao cho «Ban Dân vận Trung ương», «Ban Tuyên giáo Trung "
                               "ương»).")
    assert {c.doc_id for c in a.citations} == {"kh-21-2023"} and len(a.citations) == 4


def test_a_body_named_with_its_city_is_found_and_does_not_scope_the_others(assistant):
    # "Cần Thơ" ends a body's name here, it does not name the document to search in
    a = assistant.ask("Ban Tuyên giáo Tỉnh ủy và Ban Tuyên giáo Thành ủy Cần Thơ được giao việc gì?")
    assert a.mode == "tasks"
    assert sorted(c.unit_id for c in a.citations) == ["ct-tucantho-nq43:IV.6.p1", "kh-btvtu-nq43:IV.2.p1"]
    b = assistant.ask("Ban Tuyên giáo Thành ủy Cần Thơ được giao việc gì?")
    assert b.mode == "tasks" and [c.unit_id for c in b.citations] == ["ct-tucantho-nq43:IV.6.p1"]


def test_a_body_s_role_is_asked_like_its_tasks(assistant):
    a = assistant.ask("Ban Dân vận mỗi cấp có vai trò gì trong theo dõi, đôn đốc thực hiện nghị quyết?")
    assert a.mode == "tasks" and "ở mọi cấp có tên này" in a.answer
    assert "kh-btvtu-nq43:IV.3.p1" in [c.unit_id for c in a.citations]


def test_body_after_what_is_asked(assistant):
    # "giao nhiệm vụ gì cho <body>": the body follows the task noun (typed without accents too)
    a = assistant.ask("nghi quyet 43 giao nhiem vu gi cho mat tran to quoc")
    assert a.mode == "tasks" and "nq-43-2023:IV.5.p1" in [c.unit_id for c in a.citations]


def test_a_task_assigned_by_another_verb_and_a_body_asked_at_one_level(assistant):
    # "phân công" assigns as "giao" does; one level asked ("ở tỉnh"): the documents issued at that level only
    a = assistant.ask("Bên Mặt trận ở tỉnh được phân công việc gì?")
    assert a.mode == "tasks" and a.answer.startswith("8 nhiệm vụ trong 1 văn bản (giao cho «Mặt trận»).")
    assert {c.doc_id for c in a.citations} == {"kh-btvtu-nq43"}
    a = assistant.ask("Ban Tuyên giáo ở tỉnh được giao gì?")
    assert a.mode == "tasks" and [c.unit_id for c in a.citations] == ["kh-btvtu-nq43:IV.2.p1"]


def test_the_table_phrases_are_in_one_order_whatever_the_string_hashing():
    # which of two overlapping phrases is blanked depends on this order ("có nói gì tới"): a set's order changed
    # with each process's PYTHONHASHSEED
    import os
    import subprocess
    import sys
    code = "from rag.answerers.work.asked import phrases; print(phrases())"
    runs = {subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                           env={**os.environ, "PYTHONHASHSEED": seed}).stdout for seed in ("1", "2", "3")}
    assert len(runs) == 1
