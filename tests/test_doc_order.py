"""The one order of answers across documents (rag/answerers/work/doc_order.py) and, within a document, the passages with
counterparts in the others first (rag/answerers/work/counterparts.py). Sentences of our own, on the real corpus."""
from types import SimpleNamespace

from rag.answerers.work.counterparts import counterparts_first, share
from rag.answerers.work.doc_order import level_rank, named_at, ordered
from rag.question.route import understand

NQ, KH, TINH, CT = "nq-43-2023", "kh-21-2023", "kh-btvtu-nq43", "ct-tucantho-nq43"
HELD = [CT, KH, TINH, NQ]          # deliberately not in any meaningful order


def test_levels_rank_from_the_centre_down(docs):
    assert level_rank(docs[NQ].entry) == level_rank(docs[KH].entry) < level_rank(docs[TINH].entry) \
        < level_rank(docs[CT].entry)


def test_documents_named_come_in_the_order_the_question_names_them(docs):
    u = understand("Chương trình của Cần Thơ và Kế hoạch 21 cùng nói gì về thanh niên?", docs)
    assert ordered([KH, CT], u, docs) == [CT, KH]
    u = understand("Kế hoạch của tỉnh, Nghị quyết 43 và chương trình Cần Thơ nói gì về phụ nữ?", docs)
    assert ordered(HELD[:3] + [NQ], u, docs)[:3] == [TINH, NQ, CT]


def test_documents_not_named_follow_the_hierarchy(docs):
    u = understand("Các văn bản nói gì về người cao tuổi?", docs)
    got = ordered(HELD, u, docs)
    assert got.index(TINH) < got.index(CT) and got.index(NQ) < got.index(TINH) and got.index(KH) < got.index(TINH)


def test_at_one_level_the_plan_carrying_out_the_other_first(docs):
    u = understand("Các văn bản nói gì về người cao tuổi?", docs)
    # the central plan carries out the central resolution: it leads, whatever the strength
    assert ordered(HELD, u, docs, {NQ: 0.9, KH: 0.4})[:2] == [KH, NQ]
    # not asked who is given the work: the stronger of the level first
    assert ordered(HELD, u, docs, {NQ: 0.9, KH: 0.4}, plan_first=False)[:2] == [NQ, KH]
    assert ordered(HELD, u, docs, {NQ: 0.4, KH: 0.9}, plan_first=False)[:2] == [KH, NQ]


def test_at_one_level_the_stronger_document_first(docs):
    # two provinces' plans of our own, neither carrying out the other: the stronger first, else the catalog's order
    entry = lambda title: SimpleNamespace(entry={"issuer": "Ban Thường vụ Tỉnh ủy", "kind": "Kế hoạch",
                                                 "title": title, "number": ""})
    two = {"a": entry("Về công tác dân vận"), "b": entry("Về công tác thanh niên")}
    u = understand("Các văn bản nói gì về người cao tuổi?", docs)
    assert ordered(["a", "b"], u, two, {"a": 0.2, "b": 0.7}) == ["b", "a"]
    assert ordered(["b", "a"], u, two) == ["a", "b"]


def test_levels_said_in_a_list_stand_for_their_documents(docs):
    # a list of levels read bottom up: the question's order, not the hierarchy
    u = understand("Ở Cần Thơ, ở tỉnh rồi ở trung ương, ban nào lo việc tuyên truyền?", docs)
    got = ordered(HELD, u, docs)
    assert got.index(CT) < got.index(TINH) < got.index(KH)


def test_a_document_named_as_what_is_carried_out_is_not_a_named_item(docs):
    # "thực hiện Nghị quyết 43" says what the others carry out: the resolution keeps its place in the hierarchy,
    # it does not lead because it is said first
    u = understand("Việc thực hiện Nghị quyết 43 ở tỉnh và ở Cần Thơ giao cho ai theo dõi?", docs)
    assert NQ not in named_at(u, docs)


def test_counterpart_share_reads_repeated_wording():
    a = "Ban Dân vận chủ trì, phối hợp với các cơ quan liên quan theo dõi, đôn đốc việc thực hiện."
    b = "Giao Ban Dân vận tỉnh chủ trì, phối hợp với các cơ quan liên quan theo dõi, đôn đốc, kiểm tra việc thực hiện."
    c = "Tổ chức hội nghị sơ kết ba năm và báo cáo kết quả."
    assert share(a, [b]) > 0.6 and share(c, [b]) < 0.2 and share(a, []) == 0.0


def test_each_documents_item_with_a_counterpart_comes_first_and_documents_keep_their_places():
    items = [("A", "Tổ chức hội nghị sơ kết ba năm và báo cáo kết quả."),
             ("A", "Ban Dân vận chủ trì, phối hợp với các cơ quan liên quan theo dõi, đôn đốc việc thực hiện."),
             ("B", "Giao Ban Dân vận tỉnh chủ trì, phối hợp với các cơ quan liên quan theo dõi, đôn đốc.")]
    got = counterparts_first(items, lambda x: x[1], lambda x: x[0])
    assert [x[0] for x in got] == ["A", "A", "B"] and got[0] is items[1]
    # one document only: its own order stands
    one = items[:2]
    assert counterparts_first(one, lambda x: x[1], lambda x: x[0]) == one


def test_a_body_compared_across_named_documents_leads_with_the_comparable_task(assistant):
    a = assistant.ask("Ban Dân vận được giao những việc gì trong Kế hoạch 21, trong kế hoạch của tỉnh và trong chương "
                      "trình Cần Thơ?")
    assert a.mode == "tasks" and not a.refused
    docs_in_order = list(dict.fromkeys(c.doc_id for c in a.citations))
    assert docs_in_order[:3] == [KH, TINH, CT]
    # the central plan's first task is the follow-up the province and the city repeat, not its first task printed
    assert "theo dõi" in a.citations[0].text


def test_a_list_by_deadline_keeps_each_documents_order(assistant):
    a = assistant.ask("Những việc nào phải xong trong quý I năm 2024?")
    assert a.mode == "tasks"
    ids = [c.unit_id for c in a.citations if c.doc_id == KH]
    units = assistant.holder.get().units
    order = {u: i for i, u in enumerate(assistant.holder.get().docs[KH].unit_ids)}
    assert ids == sorted(ids, key=lambda u: order[u]) and units
