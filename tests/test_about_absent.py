"""A topic stated with "về" that no document prints (rag.decision.about), on the built index."""
from rag.decision.about import about_absent


def test_a_topic_stated_with_ve_that_no_document_prints_is_named(index):
    q = "Nghị quyết 43 nói gì về phát triển năng lượng mặt trời?"
    assert about_absent(q, q, index) == "mặt trời"


def test_a_printed_topic_or_a_question_without_ve_names_none(index):
    q = "Nghị quyết 43 nói gì về đồng bào dân tộc thiểu số?"
    assert about_absent(q, q, index) is None                                  # printed
    q = "Nghị quyết 43 giao ai làm năng lượng mặt trời?"
    assert about_absent(q, q, index) is None                                  # no topic stated with "về"
    q = "nghi quyet 43 noi gi ve nang luong mat troi"
    assert about_absent(q, q, index) is None                                  # typed without marks: no accents to keep


def test_ve_the_verb_of_coming_back_states_no_topic(index):
    # "đi lính về" (back from the army), "trở về", "quay về": the verb, not "about"
    for q in ("Mấy ông đi lính về giờ ở nhà thì trung ương muốn họ góp sức chuyện gì?",
              "Thanh niên đi làm về quê thì nghị quyết muốn họ làm gì?",
              "Người trở về quê hương sau xuất khẩu lao động được giúp gì?"):
        assert about_absent(q, q, index) is None, q
    # "về" of a topic after another verb still states it
    q = "Nghị quyết 43 đi sâu về năng lượng mặt trời thế nào?"
    assert about_absent(q, q, index) == "mặt trời"
