"""The words that ask a document ("có nhắc tới … không") are not the question's subject
(rag.decision.framing): the decision's coverage leaves them out. On the real corpus."""


def test_the_words_that_ask_the_document_are_not_its_subject(built_index):
    from rag.decision.framing import frame_syllables
    from rag.pipeline import get_assistant
    from rag.question.route import understand
    docs = get_assistant(built_index).holder.get().docs
    # "nhắc tới" asks whether the programme mentions it: the documents never print it
    assert {"nhac"} <= frame_syllables(understand("Chương trình có nhắc tới nhà ở cho công nhân không?", docs))
    # "nhắc nhở" is the subject itself, not a frame
    assert "nhac" not in frame_syllables(understand("Ai được giao nhắc nhở, đôn đốc các cơ quan?", docs))
    # a frame with a question word asks for something: the board asked is the answer's, a passage must name one
    assert "ban" not in frame_syllables(understand("Ở tỉnh, việc đưa tin giao cho ban nào?", docs))
    # a syllable said in the subject too stays (here "đề" of "vấn đề" beside the frame "đề cập")
    assert "de" not in frame_syllables(understand("Văn bản đề cập vấn đề nhà ở thế nào?", docs))


def test_a_question_asking_whether_the_programme_mentions_a_measure_it_prints_is_answered(built_index):
    from rag.pipeline import get_assistant
    a = get_assistant(built_index).ask("Chương trình thành phố có nhắc tới chuyện chỗ ăn chốn ở cho công nhân không?")
    assert not a.refused and a.citations and a.citations[0].doc_id == "ct-tucantho-nq43"
