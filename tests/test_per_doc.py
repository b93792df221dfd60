"""Which documents a cross-document question asks and which unit answers it in each (rag/answerers/per_doc.py):
a document named only as what the others carry out is not searched; asked which body acts, each document's
unit that assigns the work is cited first; a purpose sentence ("Để … biết …") asks no metadata. Sentences of our
own, on the real corpus."""
import pytest

from rag.answerers import across, per_doc
from rag.answerers.listed import named_documents
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
    assert per_doc.carried_out_only(u, ALL, docs) == ["kh-21-2023", "kh-btvtu-nq43", "ct-tucantho-nq43"]


def test_a_document_named_as_itself_is_kept(docs):
    # the resolution named as a document in its own right, then as what is carried out: kept
    u = understand("Nghị quyết 43 và các kế hoạch thực hiện Nghị quyết 43 giao ban nào kiểm tra?", docs)
    assert per_doc.carried_out_only(u, ALL, docs) == ALL
    # not named at all: nothing to drop
    u = understand("Ở các cấp, ban nào chủ trì việc kiểm tra?", docs)
    assert per_doc.carried_out_only(u, ALL, docs) == ALL


def test_not_dropped_when_fewer_than_two_implementing_documents_are_searched(docs):
    u = understand("Việc thực hiện Nghị quyết 43 ở trung ương do ai chủ trì?", docs)
    assert per_doc.carried_out_only(u, ["nq-43-2023", "kh-21-2023"], docs) == ["nq-43-2023", "kh-21-2023"]


def test_a_purpose_sentence_asks_no_metadata(docs):
    u = understand("Ở các cấp, ban nào theo dõi việc này? Để chúng tôi biết gửi báo cáo lên đâu cho đúng.", docs)
    assert "recipients" in u.intents and "recipients" not in per_doc.asked_intents(u)
    # asked in a question of its own, or in a purpose sentence that asks with a question mark: still asked
    u = understand("Kế hoạch của tỉnh gửi báo cáo lên cơ quan nào?", docs)
    assert "recipients" in per_doc.asked_intents(u)
    u = understand("Ở các cấp, ban nào theo dõi? Để biết thì gửi báo cáo lên cơ quan nào?", docs)
    assert "recipients" in per_doc.asked_intents(u)


def test_a_level_said_with_a_direction_word_is_an_item_of_the_list(docs):
    u = understand("Ở trên trung ương, ở tỉnh và ở Cần Thơ, ban nào lo việc tuyên truyền?", docs)
    assert set(named_documents(u, docs)) >= {"kh-btvtu-nq43", "ct-tucantho-nq43"}
    assert "nq-43-2023" in named_documents(u, docs) or "kh-21-2023" in named_documents(u, docs)


def test_asked_which_body_each_document_cites_the_unit_that_assigns_it_first(assistant):
    a = assistant.ask("Triển khai Nghị quyết 43 ở trung ương, ở tỉnh và ở Cần Thơ: ban nào theo dõi, đôn đốc?")
    assert a.mode == "across" and not a.refused
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
    # the second part's words ("quán triệt") are in a task dated "hoàn thành trước 10/01/2024"; a task dated
    # otherwise ("trước ngày 25/12", a yearly report) only shares the asking's "trước ngày"
    a = assistant.ask("Kế hoạch 21 cho các tỉnh ủy hạn ban hành chương trình tới khi nào, còn kế hoạch của tỉnh "
                      "thì đòi quán triệt nghị quyết xong trước ngày nào?")
    assert a.mode == "parts"
    assert [c.unit_id for c in a.citations][1] == "kh-btvtu-nq43:III.1.1.p1"


def test_dated_on_topic_leaves_a_part_that_asks_no_deadline(assistant):
    from rag.answerers.parts import dated_on_topic
    docs = assistant.holder.get().docs
    u = understand("kế hoạch của tỉnh giao ai quán triệt nghị quyết", docs)
    assert dated_on_topic(["x"], u, [], ["y"]) == ["x"]


def test_a_part_that_only_takes_up_the_other_parts_subject_has_no_topic_of_its_own(assistant):
    from rag.answerers.parts import own_terms
    docs = assistant.holder.get().docs
    assert own_terms(understand("còn kế hoạch của tỉnh triển khai nó lúc nào ạ", docs)) == []
    # a part that says something of its own beside the pronoun keeps it
    assert "mat" in own_terms(understand("còn kế hoạch của tỉnh giao nó cho Mặt trận lúc nào ạ", docs))


def test_a_purpose_sentence_is_no_part_of_the_topic_but_an_asking_one_is(docs):
    u = understand("Ở các cấp, ban nào theo dõi việc tuyên truyền? Để chúng tôi biết gửi báo cáo cho đúng.", docs)
    assert "báo cáo" not in across.topic_of(u, docs).text
    # a sentence opening with "Để" that asks (a question word) is the question, not its purpose
    u = understand("Tôi ở xã. Để làm báo cáo, các văn bản giao ai theo dõi việc tuyên truyền.", docs)
    assert per_doc.purpose_spans(u) == []
    assert "theo dõi" in across.topic_of(u, docs).text


def test_a_part_naming_the_body_keeps_that_bodys_dated_task_first(assistant):
    # part 1 names the bodies ("các tỉnh ủy, thành ủy") of a dated task: it stays first even when another dated
    # task says more of the part's words (the asker's "chúng tôi cần biết hạn" among them)
    a = assistant.ask("Chúng tôi cần biết hạn: kế hoạch 21 cho các tỉnh ủy, thành ủy tới lúc nào phải ban hành "
                      "chương trình thực hiện, còn kế hoạch của tỉnh thì đòi quán triệt tới đảng viên xong trước ngày nào?")
    assert a.mode == "parts"
    assert [c.unit_id for c in a.citations][:2] == ["kh-21-2023:IV.8.g1", "kh-btvtu-nq43:III.1.1.p1"]
