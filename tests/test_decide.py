"""The answer-or-refuse decision: its signals on literal examples, and its behaviour on the real corpus."""
import json


from rag.decision.answerability import model, probability
from rag.decision.signals import FEATURES
from rag.decision.language import looks_vietnamese
from rag.decision.meaning import covered_terms, soft_coverage
from rag.pipeline import Assistant
from rag.decision.names import named_things
from rag.decision.slots import expected_slot, has_person_name, slot_filled
from rag.text import fold, words


def test_a_paraphrase_is_covered_through_the_synonym_table():
    q = words(fold("chính sách cho người già"))
    p = words(fold("chăm lo và phát huy vai trò của người cao tuổi"))
    terms = ["chinh", "sach", "nguoi", "gia"]
    assert covered_terms(terms, q, p) == {"nguoi", "gia"}
    assert covered_terms(terms, q, words(fold("phát huy vai trò của thanh niên"))) == set()
    vocab = {"nguoi": 50, "gia": 3, "chinh": 40, "sach": 40}
    assert soft_coverage(terms, q, p, vocab, 1000) > soft_coverage(terms, q, words(fold("vai trò của thanh niên")), vocab, 1000)


def test_named_things_are_numbers_and_proper_names_not_common_words():
    assert named_things("Ông Nguyễn Văn Hiếu làm Bí thư Thành ủy Cần Thơ từ năm 2015?") == ("2015", "nguyen van hieu", "can tho")
    assert named_things("Các văn bản nói gì về người cao tuổi?") == ()
    assert has_person_name("T/M BỘ CHÍNH TRỊ\nTrương Thị Mai")
    assert not has_person_name("Ban Dân vận Trung ương chủ trì, phối hợp với Mặt trận Tổ quốc Việt Nam")


def test_expected_slots_and_what_fills_them():
    assert expected_slot("viec nay phai hoan thanh truoc ngay nao") == "date"
    assert expected_slot("khi nao phai xong") == "time"
    assert expected_slot("truong ban dan van la dong chi nao") == "person"
    assert expected_slot("nghi quyet noi gi ve thanh nien") is None
    assert slot_filled("date", "hoàn thành trong quý I/2024") and slot_filled("time", "thực hiện thường xuyên")
    assert not slot_filled("date", "thực hiện thường xuyên") and not slot_filled("time", "tăng cường tuyên truyền")


def test_the_model_is_data_with_one_coefficient_per_feature():
    m = model()
    assert m["features"] == list(FEATURES) and len(m["coef"]) == len(FEATURES) == len(m["mean"]) == len(m["scale"])
    assert 0.0 < m["threshold"] < 1.0
    base = {f: mu for f, mu in zip(m["features"], m["mean"])}
    # the slot the question asks being unfilled lowers the score
    assert probability({**base, "slot_missing": 1.0}) < probability({**base, "slot_missing": 0.0})


def test_a_paraphrase_is_answered(assistant):
    a = assistant.ask("Nghị quyết 43 có chính sách gì cho người già?")
    assert not a.refused
    assert any("người cao tuổi" in c.text for c in a.citations)


def test_a_name_the_corpus_never_mentions_is_refused_by_name(assistant):
    a = assistant.ask("Ông Trần Văn Bảy được giao nhiệm vụ gì trong Kế hoạch 21?")
    assert a.refused and a.refusal_reason == "name_absent" and "Trần Văn Bảy" in a.answer


def test_a_task_without_a_deadline_is_refused_with_what_is_missing(assistant):
    from eval.nearmiss import generate

    rows = [r for r in generate(assistant.holder.get()) if r["kind"] == "deadline-none"]
    assert len(rows) >= 10
    answers = [assistant.ask(r["question"]) for r in rows]
    specific = [a for a in answers if a.refused and a.refusal_reason == "slot_missing"]
    assert len([a for a in answers if a.refused]) >= 0.7 * len(rows)
    assert specific and "không nêu" in specific[0].answer


def test_a_question_in_another_language_gets_a_vietnamese_note(assistant, built_index):
    a = assistant.ask("Who signed the plan of the Politburo?")
    assert a.refused and a.refusal_reason == "not_vietnamese" and "tiếng Việt" in a.answer
    vocab = assistant.holder.get().lexical.vocab
    assert looks_vietnamese("ai ky ke hoach 21", vocab) and looks_vietnamese("Ai ký?", vocab)
    # the abbreviations cadres type are Vietnamese words spelled short, not foreign ones
    assert looks_vietnamese("KH 21 ai ky thay mat BCT vay?", vocab)
    assert looks_vietnamese("NQ 43 BTV TU giao BDV lam gi", vocab)
    # an English question naming a document by its code stays English
    assert not looks_vietnamese("Who signed NQ 43 and when was it published?", vocab)
    assert not looks_vietnamese("What does KH 21 say about TW?", vocab)
    assert json.dumps(a.to_json(), ensure_ascii=False)


def test_a_two_part_question_answers_one_part_and_names_the_missing_one(assistant):
    a = assistant.ask("Theo Chương trình của Thành ủy Cần Thơ, ai chủ trì việc theo dõi, đôn đốc thực hiện "
                      "và phải xong trước ngày nào?")
    assert not a.refused and a.citations
    assert "Ban Dân vận Thành ủy chủ trì" in a.citations[0].text
    assert "không nêu ngày, tháng hay năm cụ thể" in a.answer


def test_the_report_shows_the_decision_curve():
    from eval.report import decision_curve

    per_q = [{"id": "a", "answerable": True, "refused": False}, {"id": "b", "answerable": False, "refused": True},
             {"id": "c", "answerable": False, "refused": False}]
    results = [{"id": "a", "decision": {"score": 0.9}}, {"id": "b"}, {"id": "c", "decision": {"score": 0.6}}]
    pts = {t: (ra, fr) for t, ra, fr in decision_curve(per_q, results)}
    assert pts[0.0] == (0.5, 0.0)          # b is a hard refusal at every threshold
    assert pts[0.9] == (1.0, 0.0) and pts[1.0] == (1.0, 1.0)


def test_a_signature_block_names_the_deputy_not_the_office_it_signs_for():
    from rag.decision.signer import read_block
    block = read_block("TỈNH ỦY LẠNG SƠN\nVĂN PHÒNG\nSAO Y\nK/T CHÁNH VĂN PHÒNG\nPHÓ CHÁNH VĂN PHÒNG\nSai Văn Đông")
    assert block.name == "Sai Văn Đông" and block.title == "PHÓ CHÁNH VĂN PHÒNG"
    assert [f for f, _ in block.not_signer] == ["chanh van phong"]
    assert read_block("T/M THÀNH ỦY\nBÍ THƯ\nNguyễn Văn Hiếu").not_signer == ()
    assert read_block("T/M BAN THƯỜNG VỤ\nPHÓ BÍ THƯ THƯỜNG TRỰC\nLò Minh Hùng").not_signer == (("bi thu", "BÍ THƯ"),)


def test_the_holder_of_an_office_the_signer_only_signs_for_is_refused(assistant):
    a = assistant.ask("Bí thư Tỉnh ủy ký kế hoạch của tỉnh tên là gì?")
    assert a.refused and a.refusal_reason == "office_not_signed"
    assert "không ghi tên người giữ chức bí thư" in a.answer and "Lò Minh Hùng" in a.answer
    a = assistant.ask("Phó bí thư thường trực ký kế hoạch của tỉnh là ai?")
    assert not a.refused and "Lò Minh Hùng" in a.answer


def test_a_signature_without_a_name_does_not_answer_which_comrade_signed(assistant):
    a = assistant.ask("Nghị quyết 43 do đồng chí nào ký?")
    # said plainly (rag.answerers.printed.holder): the block prints the office, not the name
    assert a.refused and a.refusal_reason == "office_unnamed" and "không in tên người ký" in a.answer
    assert "TỔNG Bí THƯ" in a.answer
    assert not assistant.ask("Ai ký nghị quyết 43?").refused      # the office as printed answers "who signed"


def test_figures_and_frequencies_are_slots_of_their_own():
    assert expected_slot(fold("Tỉnh có bao nhiêu tín đồ tôn giáo?").lower()) == "amount"
    assert expected_slot(fold("Phần III có bao nhiêu mục?").lower()) is None        # counted from the tree
    assert expected_slot(fold("Công nhân ở nhà máy được hỗ trợ gì?").lower()) is None
    assert expected_slot(fold("Báo cáo mấy tháng một lần?").lower()) == "frequency"
    assert slot_filled("amount", "đề ra 06 nhóm nhiệm vụ") and slot_filled("amount", "đạt 85% trở lên")
    assert not slot_filled("amount", "Chỉ thị số 18-CT/TW ngày 10/01/2018, khóa XIII năm 2023")
    assert slot_filled("frequency", "định kỳ hằng năm báo cáo") and not slot_filled("frequency", "định kỳ báo cáo")


def test_how_long_a_text_is_in_force_is_a_slot_a_target_year_does_not_fill():
    assert expected_slot("Kế hoạch này có hiệu lực đến năm nào?") == "validity"
    assert expected_slot("Luật có hiệu lực thi hành từ ngày nào?") == "validity"
    assert expected_slot("Khi nào chỉ thị hết hiệu lực?") == "validity"
    assert expected_slot("Nâng cao hiệu lực quản lý nhà nước gồm những gì?") is None
    assert expected_slot("Kế hoạch phải hoàn thành đến năm nào?") == "date"
    assert slot_filled("validity", "Nghị quyết này có hiệu lực kể từ ngày ký.")
    assert slot_filled("validity", "Quyết định có hiệu lực thi hành kể từ ngày ký ban hành.")
    assert not slot_filled("validity", "phấn đấu đến năm 2045 trở thành nước phát triển")


def test_a_validity_the_text_never_states_is_refused_with_what_is_missing(assistant):
    a = assistant.ask("Kế hoạch 21-KH/TW có hiệu lực đến năm nào?")
    assert a.refused and a.refusal_reason == "slot_missing" and "thời hạn hiệu lực" in a.answer


def test_a_place_is_a_named_place_not_a_word_for_a_kind_of_body():
    assert expected_slot("hoi nghi duoc to chuc o dau") == "place"
    assert slot_filled("place", "Hà Nội, ngày 24 tháng 11 năm 2023") and slot_filled("place", "tại tỉnh Lạng Sơn")
    assert not slot_filled("place", "Các tỉnh uỷ, thành uỷ xây dựng chương trình hành động")
    assert not slot_filled("place", "Tỉnh ủy chỉ đạo Ủy ban nhân dân tỉnh; Thành phố phát triển")


def test_two_catalog_facts_a_document_does_not_print_are_refused_together(assistant):
    a = assistant.ask("Chương trình của Thành ủy Cần Thơ mang số mấy, ký ngày nào?")
    assert a.refused and a.refusal_reason == "fact_absent"
    assert "ngày ban hành và số hiệu" in a.answer


def test_a_question_is_also_searched_in_the_documents_own_terms():
    from rag.decision.meaning import in_official_terms
    assert in_official_terms("Giới trẻ được giao việc gì?") == "thế hệ trẻ được phân công nhiệm vụ gì?"
    assert in_official_terms("Chính sách cho người già ra sao?") == "Chính sách cho người cao tuổi ra sao?"
    assert in_official_terms("Kế hoạch 21 giao gì?") is None


def test_a_pair_written_with_a_comma_is_searched_as_the_pair():
    from rag.decision.meaning import in_official_terms
    assert in_official_terms("Bên quân đội, công an lo những việc gì?") == "Bên lực lượng vũ trang lo những việc gì?"
    assert in_official_terms("Bên quân đội và công an lo những việc gì?") == "Bên lực lượng vũ trang lo những việc gì?"
    # one of the two alone is not the armed forces; nor are two bodies the table does not pair
    assert in_official_terms("Công an xã lo những việc gì?") is None
    assert in_official_terms("Bí thư Tỉnh ủy ký kế hoạch này à?") is None
    assert in_official_terms("Bí thư, chủ tịch tỉnh phải làm gì?") == \
        "người đứng đầu cấp ủy, chính quyền tỉnh phải làm gì?"


def test_a_pair_is_joined_by_a_comma_alone_and_not_after_pho():
    from rag.decision.meaning import in_official_terms
    # other punctuation ends a sentence or a list item: two questions, not the pair
    assert in_official_terms("Bí thư? Chủ tịch huyện thì ai ký?") is None
    assert in_official_terms("Gặp bí thư. Chủ tịch xã đi vắng thì sao?") is None
    assert in_official_terms("Bên quân đội; công an bên nào lo việc này?") is None
    # "phó" before the first word: one person's two posts ("Phó bí thư, chủ tịch UBND")
    assert in_official_terms("Đồng chí phó bí thư, chủ tịch huyện lo những việc gì?") is None
    assert in_official_terms("dong chi pho bi thu, chu tich huyen lo nhung viec gi") is None
    # the pair itself, accented and not, still is
    assert in_official_terms("Đồng chí bí thư, chủ tịch huyện lo những việc gì?") == \
        "Đồng chí người đứng đầu cấp ủy, chính quyền huyện lo những việc gì?"
    assert in_official_terms("dong chi bi thu, chu tich huyen lo nhung viec gi") == \
        "dong chi người đứng đầu cấp ủy, chính quyền huyen lo nhung viec gi"
    assert in_official_terms("Phó chủ tịch, quân đội và công an lo gì?") == "Phó chủ tịch, lực lượng vũ trang lo gì?"


def test_a_phrase_of_the_table_is_not_read_across_a_punctuation_mark():
    from rag.decision.meaning import in_official_terms
    # "lòng tin" is a phrase of the table; "vừa lòng, tin cậy" lists two words: "vừa lòng" is read, not "lòng tin"
    assert in_official_terms("Cán bộ có làm dân vừa lòng, tin cậy không?") == "Cán bộ có làm dân hài lòng, tin cậy không?"
    assert in_official_terms("Cán bộ có làm dân yên lòng, tin cậy không?") is None
    assert in_official_terms("Cán bộ phải giữ được lòng tin của dân thế nào?") == \
        "Cán bộ phải giữ được niềm tin của dân thế nào?"
    # "giới trẻ" across a comma, a colon, a bracket: other words
    assert in_official_terms("Các giới, trẻ em được chăm lo ra sao?") is None
    assert in_official_terms("Các giới: trẻ em, người già được chăm lo ra sao?") == \
        "Các giới: trẻ em, người cao tuổi được chăm lo ra sao?"
    assert in_official_terms("Thế nào là giới (trẻ) trong văn bản?") is None
    # a comma the documents' own phrase prints between the same words is that phrase as written
    assert in_official_terms("Ở xã, dân biết, dân bàn những việc gì?") == \
        "Ở xã, Dân biết, dân bàn, dân làm, dân kiểm tra, dân giám sát, dân thụ hưởng những việc gì?"
    # ... and so is a comma the table's own phrase prints: two media listed as one
    assert in_official_terms("Ở huyện, báo, đài đưa tin gì?") == "Ở huyện, cơ quan báo chí đưa tin gì?"
    # a hyphen or a slash inside the phrase as the table writes it still joins it
    assert in_official_terms("Đảng bộ phát triển KT-XH ra sao?") == "Đảng bộ phát triển kinh tế - xã hội ra sao?"


def test_an_accented_question_is_rewritten_only_where_its_diacritics_are_the_tables():
    from rag.decision.meaning import in_official_terms
    # the same letters with other marks are other words: "đào tạo" is not "đạo", "cho ở" is not "chỗ ở"
    assert in_official_terms("Người có đào tạo được ưu tiên gì?") is None
    # "có đạo" alone is not a believer: "có đạo đức", "có đạo luật" stay as typed
    assert in_official_terms("Đảng viên phải có đạo đức cách mạng thế nào?") is None
    assert in_official_terms("Có đạo luật nào về việc này không?") is None
    assert in_official_terms("Tỉnh giao cho ở cấp huyện việc gì?") is None
    assert in_official_terms("Chợ ở nông thôn thì sao?") is None
    assert in_official_terms("Công nhân có chỗ ở không?") == "Công nhân có nhà ở không?"
    assert in_official_terms("Người có đạo được quan tâm gì?") == "đồng bào theo tôn giáo được quan tâm gì?"
    # where the tone mark sits does not matter ("uỷ" = "ủy"); a question typed without diacritics matches by letters
    assert in_official_terms("Vai trò của Quân uỷ TW?") == in_official_terms("Vai trò của Quân ủy TW?") == \
        "Vai trò của Quân ủy Trung ương?"
    assert in_official_terms("chinh sach cho nguoi gia ra sao") == "chinh sach cho người cao tuổi ra sao"
    # accents the program restored to a question typed without them are guesses ("it" left, not "ít"): by letters
    restored = "Vùng dân tộc it người còn khó khăn gì?"
    assert in_official_terms(restored) is None
    assert "thiểu số" in in_official_terms(restored, typed_accents=False)


def test_a_phrase_followed_by_a_document_part_is_the_place_in_the_text():
    from rag.decision.meaning import in_official_terms
    # "chỗ ở phần III" is the passage, not a dwelling; the dwelling is still rewritten
    assert in_official_terms("Cái chỗ ở phần III nói gì vậy?") is None
    assert in_official_terms("Tôi chưa rõ chỗ ở mục 2, chỗ ở đoạn cuối và chỗ ở trang 5") is None
    assert in_official_terms("cai cho o phan III noi gi vay") is None
    assert in_official_terms("Tỉnh lo chỗ ở cho công nhân ra sao?") == "Tỉnh lo nhà ở cho công nhân ra sao?"
    assert in_official_terms("tinh lo cho o cho cong nhan ra sao") == "tinh lo nhà ở cho cong nhan ra sao"
    # a word with the same letters but other marks is not a document part: "đoàn" is not "đoạn"
    assert in_official_terms("Chỗ ở đoàn viên thanh niên công nhân thế nào?") == \
        "nhà ở đoàn viên thanh niên công nhân thế nào?"


def test_a_named_body_asked_by_everyday_words_is_answered_and_a_figure_it_lacks_refused(assistant):
    a = assistant.ask("Bên quân đội, công an được Kế hoạch 21 giao làm những việc gì?")
    assert not a.refused and a.citations[0].unit_id.startswith("kh-21-2023:IV.4.")
    b = assistant.ask("Bên quân đội, công an được Kế hoạch 21 cấp bao nhiêu kinh phí?")
    assert b.refused


def test_a_figure_the_text_does_not_print_is_refused_before_any_outline(assistant):
    a = assistant.ask("Kế hoạch của tỉnh đặt chỉ tiêu phải đạt bao nhiêu phần trăm?")
    assert a.refused and a.refusal_reason == "fact_kind"


def test_money_cues_are_matched_with_their_accents():
    from rag.decision.fact_kinds import fact_kind_asked
    from rag.question.route import Understanding
    from rag.text import fold

    def kind(q):
        return fact_kind_asked(Understanding(text=q, folded=fold(q).lower()))
    assert kind("đó là luật số mấy?") is None                       # folded "do la" is not "đô la"
    assert kind("Hỗ trợ 5 đô la mỗi người?") == kind("ho tro bao nhieu do la") == "money"
    assert kind("Tỉ lệ hộ nghèo là bao nhiêu?") == "percent"


def test_warming_loads_the_tagger_before_the_first_question(built_index):
    from rag import nlp
    a = Assistant(built_index)
    assert a.warm() is a
    assert nlp.ner.cache_info().currsize == 1


def test_paperwork_is_asked_only_when_the_question_asks_for_the_procedure_or_its_papers():
    from rag.decision.fact_kinds import fact_kind_asked
    from rag.question.route import Understanding
    from rag.text import fold

    def kind(q):
        return fact_kind_asked(Understanding(text=q, folded=fold(q).lower()))
    assert kind("Thủ tục xin cấp giấy phép xây nhà ở xã gồm những bước nào?") == "procedure"
    assert kind("Đăng ký tạm trú cho con thì cần giấy tờ gì?") == "procedure"
    assert kind("nop ho so xin tro cap o dau") == "procedure"
    # procedures as a topic, or a body's work on them: not a citizen's paperwork asked for
    assert kind("Nghị quyết nói gì về cải cách thủ tục hành chính?") is None
    assert kind("Chính quyền phải làm gì để dân hài lòng hơn với thủ tục?") is None
    assert kind("Ban Tổ chức phải lưu trữ hồ sơ đảng viên thế nào?") is None
    # papers a body sends up to the centre or a higher level: the reporting line, not a citizen's paperwork
    assert kind("Sau khi tổng kết, các huyện ủy phải trình những hồ sơ gì lên cấp trên?") is None
    assert kind("Xong đợt kiểm tra thì tỉnh gửi giấy tờ gì lên Ban Bí thư?") is None
    assert kind("dang uy xa bao cao ho so gi len trung uong") is None
    # a citizen sending papers to an office is still asked
    assert kind("Gửi hồ sơ gì lên phường để xin trợ cấp cho mẹ?") == "procedure"


def test_a_citizens_paperwork_the_documents_never_print_is_refused(assistant):
    a = assistant.ask("Xin giấy phép kinh doanh quán ăn ở phường thì cần giấy tờ gì?")
    assert a.refused and a.refusal_reason == "fact_kind"
    kept = assistant.ask("Kế hoạch 21 giao Ban Dân vận Trung ương nhiệm vụ gì?")
    assert not kept.refused
    sent = assistant.ask("Khi sơ kết nghị quyết, cấp ủy địa phương cần gửi hồ sơ gì lên Trung ương?")
    assert sent.refusal_reason != "fact_kind"


def test_talking_with_the_people_face_to_face_is_read_as_dialogue():
    from rag.decision.meaning import in_official_terms
    assert in_official_terms("Lãnh đạo huyện có phải nói chuyện trực tiếp với dân không?") == \
        "Lãnh đạo huyện có phải tiếp xúc, đối thoại với Nhân dân không?"
    assert in_official_terms("Cấp ủy có nói chuyện thẳng với dân định kỳ không?") == \
        "Cấp ủy có tiếp xúc, đối thoại với Nhân dân định kỳ không?"
    # "nói chuyện gì về …" asks what a text talks about; the asker's own talk to residents is no dialogue either
    assert in_official_terms("Văn bản có nói chuyện gì về người cao tuổi không?") is None
    assert "đối thoại" not in in_official_terms("Mai tôi nói chuyện với bà con về nghị quyết, nên nhấn mạnh gì?")


def test_professions_of_the_intelligentsia_are_read_as_its_name():
    from rag.decision.meaning import in_official_terms
    assert in_official_terms("Giáo viên được quan tâm thế nào?") == "trí thức được quan tâm thế nào?"
    assert in_official_terms("Chính sách cho kỹ sư trẻ ra sao?") == "Chính sách cho trí thức trẻ ra sao?"
    # "tôn giáo", "giáo dục" hold "giáo" but name no teacher
    assert in_official_terms("Giáo dục lòng yêu nước cho tín đồ tôn giáo ra sao?") is None


def test_a_common_phrase_inside_a_bodys_name_is_left_as_typed():
    from rag.decision.meaning import in_official_terms
    # "Ban Dân vận", "Ban Tuyên giáo" name bodies: not "Ban công tác dân vận"
    assert in_official_terms("Ban Dân vận Tỉnh ủy có vai trò gì?") is None
    assert in_official_terms("Kế hoạch nói gì về Ban Tuyên giáo Trung ương?") is None
    assert in_official_terms("Ban Dân vận Tỉnh ủy được giao việc gì?") == "Ban Dân vận Tỉnh ủy được phân công nhiệm vụ gì?"
    # the same words in lower case, or capitalised only as the sentence's first word, are the common phrase
    assert in_official_terms("Công tác dân vận ở cơ sở cần đổi mới ra sao?") is not None
    assert in_official_terms("Dân vận khéo được nói thế nào?") is not None
    assert in_official_terms("Văn bản nói gì về dân vận ở cơ sở?") is not None


def test_a_payment_asked_how_much_is_money_and_a_count_or_training_is_not(ask):
    from rag.decision.fact_kinds import fact_kind_asked
    from rag.question.route import Understanding
    from rag.text import fold

    def kind(q):
        return fact_kind_asked(Understanding(text=q, folded=fold(q).lower()))
    # a payment asked how much is money, said several ways
    assert kind("Tổ trưởng dân phố được phụ cấp mỗi tháng bao nhiêu?") == "money"
    assert kind("Cán bộ Mặt trận ấp được trợ cấp bao nhiêu một tháng?") == "money"
    assert kind("Thù lao cho báo cáo viên là bao nhiêu một buổi?") == "money"
    assert kind("Lương của trưởng ấp là bao nhiêu?") == "money"
    assert kind("Tiền bồi dưỡng báo cáo viên là bao nhiêu?") == "money"
    # a count of people, kinds, times or units paid or trained, pay as a topic: no money asked (review pa27
    # finding 6: "bồi dưỡng" is training, "lương thực" is food)
    assert kind("Phụ cấp cho bao nhiêu người có uy tín?") is None
    assert kind("Trợ cấp bao nhiêu lần trong năm?") is None
    assert kind("Kế hoạch nói gì về chế độ phụ cấp cho người có uy tín?") is None
    assert kind("Mỗi năm phải bồi dưỡng bao nhiêu cán bộ dân vận?") is None
    assert kind("Tỉnh phải bồi dưỡng cho cán bộ dân vận bao nhiêu lớp?") is None
    assert kind("Sản lượng lương thực của tỉnh là bao nhiêu tấn?") is None
    # end to end: an allowance no document prints is refused saying the documents print no sum
    a = ask("Trong mấy văn bản này có nói tổ trưởng dân phố được phụ cấp mỗi tháng bao nhiêu không, ai chi trả?")
    assert a.refused and a.refusal_reason == "fact_kind"
    a = ask("Mỗi năm phải bồi dưỡng bao nhiêu cán bộ dân vận?")
    assert a.refused and a.refusal_reason != "fact_kind"
