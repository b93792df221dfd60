"""The asked slot is printed where the question's subject is (rag.decision.binding), a pair of the synonym table
written with a comma still means the pair, and a proper noun the tagger finds only by its part of speech is a
named thing; conversational function words (by part of speech) are not content. Literal examples on real units
of the corpus, each with an answerable look-alike."""
from rag.decision.binding import slot_bound, subject_terms
from rag.decision.meaning import covered_terms
from rag.decision.names import named_spans
from rag.text import content_terms, fold, words


def _bound(index, slot: str, question: str, unit_ids: list[str]) -> bool:
    terms = content_terms(question)
    units = [index.units[u] for u in unit_ids]
    return slot_bound(slot, terms, words(fold(question)), units, index.lexical.vocab, index.lexical.vocab_total)


def test_the_subject_words_are_the_question_less_its_asking_words():
    terms = content_terms("Hội nghị tổng kết phải hoàn thành trước năm nào?")
    assert subject_terms(terms, "date") == ["hoi", "nghi", "tong", "ket"]
    assert subject_terms(content_terms("Hội nghị tổng kết họp ở đâu?"), "place") == ["hoi", "nghi", "tong", "ket", "hop"]


def test_a_date_printed_beside_another_task_does_not_date_the_asked_one(index):
    # the six groups of key tasks are listed without a deadline; a deadline printed in another paragraph
    # (a plan to be drawn up "trong quý I/2024") belongs to that paragraph's task
    q = "Các nhóm nhiệm vụ trọng tâm mà Bộ Chính trị đề ra có thời hạn đến năm nào?"
    assert not _bound(index, "date", q, ["tin-kh21:preamble.p3", "kh-21-2023:IV.8.g1"])
    # the look-alike: the conference's own paragraph prints its date
    q = "Hội nghị cán bộ toàn quốc học tập nghị quyết diễn ra vào tháng nào năm nào?"
    assert _bound(index, "date", q, ["kh-21-2023:II.1.p1", "tin-kh21:preamble.p3"])


def test_the_place_a_document_was_signed_is_not_where_an_event_it_plans_is_held(index):
    q = "Hội nghị cán bộ toàn quốc học tập nghị quyết được tổ chức tại địa điểm nào?"
    assert not _bound(index, "place", q, ["kh-21-2023:II.1.p1", "nq-43-2023:header"])
    # the look-alike: a question about the document itself binds to nothing in particular, and its header
    # prints the place it was signed
    assert _bound(index, "place", "Văn bản được ký ở đâu?", ["nq-43-2023:header", "kh-21-2023:II.1.p1"])


def test_a_near_miss_place_is_refused_and_its_look_alike_answered(assistant):
    a = assistant.ask("Hội nghị cán bộ toàn quốc học tập Nghị quyết 43 theo Kế hoạch 21 họp tại địa điểm nào?")
    assert a.refused and a.refusal_reason == "slot_missing"
    b = assistant.ask("Hội nghị cán bộ toàn quốc học tập Nghị quyết 43 theo Kế hoạch 21 họp vào thời gian nào?")
    assert not b.refused and b.citations[0].unit_id == "kh-21-2023:II.1.p1"


def test_a_synonym_pair_written_with_a_comma_is_the_pair():
    passage = words(fold("xây dựng khối đoàn kết giữa lực lượng vũ trang với Nhân dân"))
    terms = ["quan", "doi", "cong", "an"]
    assert covered_terms(terms, words(fold("bên quân đội, công an làm gì")), passage) == set(terms)
    assert covered_terms(terms, words(fold("bên quân đội và công an làm gì")), passage) == set(terms)
    # the look-alike: the two words alone, not the pair, are not the armed forces
    assert covered_terms(["cong", "an"], words(fold("việc của công an")), passage) == set()


def test_a_proper_noun_tagged_only_by_its_part_of_speech_is_a_named_thing():
    assert ("Ê-đê", "e-de", "name") in named_spans("Bà con Ê-đê ở vùng cao được quan tâm gì?")
    # one syllable ("Hoa"), an abbreviation in capitals, or the question's first word: not taken
    assert named_spans("Nghị quyết nói gì về đồng bào Hoa?") == ()
    assert named_spans("Văn bản của UB giao việc gì?") == ()


def test_an_ethnic_group_the_corpus_never_names_is_refused_by_name(assistant):
    a = assistant.ask("Đồng bào Xơ-đăng được Nghị quyết 43 chăm lo như thế nào?")
    assert a.refused and a.refusal_reason == "name_absent" and "Xơ-đăng" in a.answer
    b = assistant.ask("Đồng bào dân tộc thiểu số được Nghị quyết 43 chăm lo như thế nào?")
    assert not b.refused


def test_conversational_function_words_are_not_counted_as_content():
    from rag.decision.wordclass import content_only

    q = "Chúng tôi ở xã muốn biết nghị quyết nói gì với mình về thanh niên nữa"
    assert content_only(content_terms(q), q) == ["xa", "nghi", "quyet", "thanh", "nien"]
    # the look-alike: a syllable that is also part of a content word ("nhà ở") stays
    q = "Chính sách nhà ở cho công nhân ở khu công nghiệp ra sao"
    assert "o" in content_only(content_terms(q), q)


def test_a_conversational_paraphrase_is_answered_from_its_unit(assistant):
    a = assistant.ask("Mấy chị em phụ nữ chúng tôi ở ấp đọc Nghị quyết 43 thấy có nhắc tới mình, vậy nghị quyết "
                      "muốn hội phụ nữ chúng tôi làm gì nữa?")
    assert not a.refused and a.citations[0].unit_id == "nq-43-2023:III.2.1.g6"


def _bound_typed(index, slot: str, question: str, unit_ids: list[str]) -> bool:
    from rag.decision.signals import subject_printed
    from rag.question.route import understand
    terms = content_terms(question)
    units = [index.units[u] for u in unit_ids]
    u = understand(question, index.docs)
    return slot_bound(slot, terms, words(fold(question)), units, index.lexical.vocab, index.lexical.vocab_total,
                      question=question, printed=lambda subject: subject_printed(question, subject, u, index))


def test_a_subject_syllable_counts_only_with_the_accents_the_question_types(index):
    from rag.decision.binding import accents_of, _read
    typed = accents_of("Các việc trọng tâm xong khi nào?", ["trong", "tam"])
    assert typed == {"trong": {"trọng"}, "tam": {"tâm"}}
    # "trong năm 2025" (in the year) is not "trọng" (key); a syllable the question types bare matches any accent
    assert _read("hoàn thành trong năm 2025", typed) == ["hoan", "thanh", "_", "nam", "2025"]
    assert _read("Nhiệm vụ trọng tâm", typed) == ["nhiem", "vu", "trong", "tam"]
    assert _read("hoàn thành trong năm 2025", accents_of("viec trong tam xong khi nao", ["trong", "tam"])) == \
        ["hoan", "thanh", "trong", "nam", "2025"]


def test_a_count_in_the_question_is_not_an_item_label_and_no_subject_binds_nothing(index):
    # "6 nhóm" counts the groups; the heading "6. Hội đồng Lý luận…" of a task dated "trong năm 2025" does not carry
    # the subject, and neither do the other dated tasks: nothing binds
    q = "Nhóm nhiệm vụ trọng tâm có 6 nhóm, hạn chót năm nào?"
    assert not _bound_typed(index, "date", q, ["kh-21-2023:IV.6.p1", "kh-21-2023:IV.8.g1", "kh-21-2023:IV.2.g1"])
    # the look-alike: a task named by its own words binds to its own dated paragraph
    q = "Việc nghiên cứu lý luận về tác động đến các giai tầng xã hội phải hoàn thành năm nào?"
    assert _bound_typed(index, "date", q, ["kh-21-2023:IV.6.p1", "kh-21-2023:IV.8.g1", "kh-21-2023:IV.2.g1"])
    # a subject no document prints (the document itself) still binds to nothing in particular
    assert _bound_typed(index, "place", "Văn bản được ký ở đâu?", ["nq-43-2023:header", "kh-21-2023:II.1.p1"])
