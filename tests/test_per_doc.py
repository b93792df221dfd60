"""Which documents a cross-document question asks and which unit answers it in each (rag/answerers/work/asked_docs.py, which_body.py, per_doc.py):
a document named only as what the others carry out is not searched; asked which body acts, each document's
unit that assigns the work is cited first, and a refusal stands; a request opening with "Để …" keeps what it
asks. Sentences of our own, on the real corpus."""
import pytest

from rag.answerers.work import across, asked_docs, which_body
from rag.answerers.work.listed import named_documents
from rag.pipeline import get_assistant
from rag.question.route import understand


@pytest.fixture(scope="module")
def assistant(built_index):
    return get_assistant(built_index)


@pytest.fixture(scope="module")
def docs(assistant):
    return assistant.holder.get().docs


ALL = ["nq-43-2023", "kh-21-2023", "kh-btvtu-nq43", "ct-tucantho-nq43"]


def test_a_document_named_only_as_carried_out_is_dropped(docs):
    u = understand("Việc thực hiện Nghị quyết 43 ở các cấp do ban nào chủ trì kiểm tra?", docs)
    assert asked_docs.carried_out_only(u, ALL, docs) == ["kh-21-2023", "kh-btvtu-nq43", "ct-tucantho-nq43"]


def test_a_document_named_as_itself_is_kept(docs):
    # the resolution named as a document in its own right, then as what is carried out: kept
    u = understand("Nghị quyết 43 và các kế hoạch thực hiện Nghị quyết 43 giao ban nào kiểm tra?", docs)
    assert asked_docs.carried_out_only(u, ALL, docs) == ALL
    # not named at all: nothing to drop
    u = understand("Ở các cấp, ban nào chủ trì việc kiểm tra?", docs)
    assert asked_docs.carried_out_only(u, ALL, docs) == ALL


def test_not_dropped_when_fewer_than_two_implementing_documents_are_searched(docs):
    u = understand("Việc thực hiện Nghị quyết 43 ở trung ương do ai chủ trì?", docs)
    assert asked_docs.carried_out_only(u, ["nq-43-2023", "kh-21-2023"], docs) == ["nq-43-2023", "kh-21-2023"]


def test_a_level_said_with_a_direction_word_is_an_item_of_the_list(docs):
    u = understand("Ở trên trung ương, ở tỉnh, rồi ở thành phố Cần Thơ, công tác dân tộc do ban nào phụ trách?", docs)
    assert set(named_documents(u, docs)) >= {"kh-btvtu-nq43", "ct-tucantho-nq43"}
    assert "nq-43-2023" in named_documents(u, docs) or "kh-21-2023" in named_documents(u, docs)


def test_asked_which_body_each_document_cites_the_unit_that_assigns_it_first(assistant):
    a = assistant.ask("Triển khai Nghị quyết 43 ở trung ương, ở tỉnh và ở Cần Thơ: ban nào theo dõi, đôn đốc?")
    assert a.mode in ("across", "acts") and not a.refused     # acts: every document asked carries the action
    rows = {r["unit_id"]: r for r in assistant.holder.get().tasks}
    firsts = {}
    for c in a.citations:
        firsts.setdefault(c.doc_id, c.unit_id)
    assert "nq-43-2023" not in firsts and len(firsts) == 3
    assert all(rows.get(u, {}).get("assignee") for u in firsts.values())
    assert a.citations[0].doc_id == "kh-21-2023"


def test_a_single_document_question_naming_another_in_passing_is_not_across(assistant):
    a = assistant.ask("Kế hoạch của tỉnh thực hiện Nghị quyết 43 giao ban nào theo dõi, đôn đốc?")
    assert a.mode != "across"
    assert a.citations and a.citations[0].doc_id == "kh-btvtu-nq43"


def test_a_comparison_keeps_the_order_the_question_names(assistant):
    a = assistant.ask("So sánh ban được giao theo dõi, đôn đốc trong chương trình Cần Thơ với kế hoạch 21.")
    assert a.citations and a.citations[0].doc_id == "ct-tucantho-nq43"


def test_a_part_asking_by_when_cites_the_dated_task_that_says_its_words(assistant):
    # the second part's words ("triển khai nghị quyết tới cán bộ, đảng viên") are in a task dated "hoàn thành trước
    # 10/01/2024"; a task dated otherwise ("trước ngày 25/12", a yearly report) only shares the asking's "trước ngày"
    a = assistant.ask("Kế hoạch 21 muốn Ban Tuyên giáo Trung ương hướng dẫn học tập nghị quyết xong lúc nào, còn kế "
                      "hoạch của tỉnh thì triển khai nghị quyết tới cán bộ, đảng viên phải hoàn thành trước ngày nào?")
    assert a.mode == "parts"
    assert [c.unit_id for c in a.citations][1] == "kh-btvtu-nq43:III.1.1.p1"


def test_dated_on_topic_leaves_a_part_that_asks_no_deadline(assistant):
    from rag.answerers.compound.parts import dated_on_topic
    docs = assistant.holder.get().docs
    u = understand("kế hoạch của tỉnh giao ai quán triệt nghị quyết", docs)
    assert dated_on_topic(["x"], u, [], ["y"]) == ["x"]


def test_a_part_that_only_takes_up_the_other_parts_subject_has_no_topic_of_its_own(assistant):
    from rag.answerers.compound.parts import own_terms
    docs = assistant.holder.get().docs
    assert own_terms(understand("còn thành ủy Cần Thơ thì thực hiện nó bao giờ ạ", docs)) == []
    # a part that says something of its own beside the pronoun keeps it
    assert "nong" in own_terms(understand("còn chương trình Cần Thơ giao nó cho Hội Nông dân khi nào ạ", docs))


def test_a_part_naming_the_body_keeps_that_bodys_dated_task_first(assistant):
    # part 1 names the body ("Ban cán sự đảng Chính phủ") of a dated task: it stays first even when another dated
    # task ("Xây dựng, ban hành chương trình …", quý I/2024) says as many of the part's words
    a = assistant.ask("Kế hoạch 21 cho Ban cán sự đảng Chính phủ hạn nào để xây dựng chương trình hành động, còn kế "
                      "hoạch tỉnh thì các chi bộ phải triển khai nghị quyết tới đảng viên xong trước ngày nào?")
    assert a.mode == "parts"
    assert [c.unit_id for c in a.citations][:2] == ["kh-21-2023:IV.2.g1", "kh-btvtu-nq43:III.1.1.p1"]


def test_an_across_who_question_on_a_topic_no_document_prints_is_refused(assistant):
    # every document has task rows that assign work to a body; none of them is about coach stations or sand mining
    for q in ("Kế hoạch của tỉnh và chương trình Cần Thơ giao ai quản lý bến xe khách?",
              "Ở trung ương và ở Cần Thơ, ban nào được giao chủ trì việc cấp phép khai thác cát?"):
        a = assistant.ask(q)
        assert a.refused and not a.citations, q


def test_a_request_opening_with_de_keeps_what_it_asks(assistant, docs):
    # "Để …, cho tôi biết …" is the request itself: the date it asks is asked (not an across topic)
    a = assistant.ask("Chúng tôi cần tổng hợp. Để gửi huyện ủy, cho tôi biết ngày ban hành của kế hoạch của tỉnh "
                      "và chương trình Cần Thơ.")
    assert a.mode != "across"
    # "Để …, nêu giúp …": what it asks for stays in the topic, not only the preamble
    u = understand("Tôi ở huyện. Để phổ biến cho chi bộ, nêu giúp mục tiêu của kế hoạch 21 và chương trình Cần Thơ.", docs)
    assert "mục tiêu" in across.topic_of(u, docs).text


def test_only_a_verb_of_assigning_makes_who_ask_which_body():
    from rag.text import fold
    for q in ("Các cấp giao ban nào lo việc vận động kiều bào?", "Ở tỉnh và thành phố, ai chủ trì sơ kết?",
              "Mỗi nơi cơ quan nào theo dõi, đôn đốc?", "Ở các cấp, ai đứng ra phụ trách công tác dân tộc?"):
        assert which_body.asks_which_body(q, fold(q).lower()), q
    for q in ("Ở các cấp, đồng bào tôn giáo được vận động theo hướng nào, lấy ai làm chỗ dựa?",
              "Theo các văn bản, ai là lực lượng nòng cốt của khối liên minh?",
              "Ở các cấp, ai làm công tác tuyên giáo?"):
        assert not which_body.asks_which_body(q, fold(q).lower()), q


def test_giao_is_read_by_the_syllable_as_typed():
    from rag.text import fold
    # typed with marks, "giáo" is never assigning, whatever stands around it; "giao" is
    for q in ("Ở các cấp, ai vận động đồng bào Công giáo?", "Mỗi nơi ai làm việc với các giáo xứ?",
              "Ai đứng đầu giáo hội ở tỉnh?"):
        assert not which_body.asks_which_body(q, fold(q).lower()), q
    for q in ("Mỗi văn bản giao ai lo việc tôn giáo?", "Ai được giao việc giáo dục truyền thống?"):
        assert which_body.asks_which_body(q, fold(q).lower()), q
    # typed "giao", the words around it still say "giáo": a mark slipped, or a question typed without marks
    assert not which_body.asks_which_body("Ở các cấp, ai lo việc tôn giao?", "o cac cap, ai lo viec ton giao?")
    for q in ("O cac cap, ai lam cong tac tuyen giao?", "Ai lo viec giao duc thanh nien?"):
        assert not which_body.asks_which_body(q, fold(q).lower()), q
    assert which_body.asks_which_body("Cac cap giao ban nao lo viec nay?", "cac cap giao ban nao lo viec nay?")
