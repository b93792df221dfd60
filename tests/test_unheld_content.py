"""What a document of a kind the corpus holds none of sets out (rag.decision.unheld_content), on the built index."""
from rag.decision.unheld_content import unheld_content, unheld_kinds


def test_the_kinds_no_held_document_is_of(index):
    kinds = unheld_kinds(index.docs)
    assert "chien luoc" in kinds and "chi thi" in kinds and "ket luan" in kinds
    assert "ke hoach" not in kinds and "nghi quyet" not in kinds and "chuong trinh" not in kinds


def test_the_contents_of_a_document_the_held_texts_mention_are_refused(index):
    # named by a held text (the kind capitalised inside a sentence), every description word in that name's clause
    assert unheld_content("Cái Chiến lược quốc gia phát triển đội ngũ doanh nhân đề ra những giải pháp gì?", index) == \
        "Chiến lược quốc gia phát triển đội ngũ doanh nhân"
    # a row of the cited-documents table, named by number (typed with or without marks)
    assert unheld_content("Kết luận 120 nêu những giải pháp gì?", index) == "Kết luận 120"
    assert unheld_content("chi thi 21 ve cong tac phu nu de ra nhung gi", index) == "chi thi 21 ve cong tac phu nu"


def test_a_kind_word_as_an_ordinary_noun_or_an_unmentioned_document_falls_through(index):
    # no cited row and no held text names such a document: the normal path answers or refuses
    assert unheld_content("Quy định về chế độ họp giao ban gồm những gì?", index) is None
    assert unheld_content("Hướng dẫn triển khai chương trình gồm những bước nào?", index) is None
    assert unheld_content("Kết luận cuộc họp gồm những nội dung gì?", index) is None
    assert unheld_content("Quyết định thành lập tổ công tác nêu những gì?", index) is None
    assert unheld_content("Chiến lược phát triển kinh tế biển gồm những nội dung gì?", index) is None
    # the printed strategy's name does not hold "củng cố khối": another description, not a mention of it
    assert unheld_content("Chiến lược củng cố khối đại đoàn kết gồm những nội dung gì?", index) is None
    assert unheld_content("Đề án chuyển đổi số gồm những nội dung gì?", index) is None


def test_a_held_kind_an_unheld_one_as_object_or_who_drafts_it_is_left_alone(index):
    assert unheld_content("Nghị quyết 43 đặt ra mấy mục tiêu?", index) is None               # a held kind
    assert unheld_content("Kế hoạch 21 giao ai xây dựng chiến lược đại đoàn kết, đặt ra những gì?", index) is None
    assert unheld_content("Chiến lược đại đoàn kết mà kế hoạch nhắc đặt ra những gì?", index) is None
    assert unheld_content("Chiến lược đại đoàn kết toàn dân tộc có những ai tham gia soạn?", index) is None


def test_a_document_set_before_the_clause_and_taken_up_by_a_pronoun(index):
    # the thing first, then "nó" asks the count of what it holds
    assert unheld_content("Chiến lược quốc gia phát triển đội ngũ doanh nhân á, nó có mấy giải pháp?", index) == \
        "Chiến lược quốc gia phát triển đội ngũ doanh nhân"
    assert unheld_content("Kết luận 120 thì, nó đề ra bao nhiêu việc?", index) == "Kết luận 120"
    # a held kind taken up by a pronoun is the held text's; a pronoun asking who, not how many, is left alone
    assert unheld_content("Nghị quyết 43 á, nó có mấy mục tiêu?", index) is None
    assert unheld_content("Chiến lược quốc gia phát triển đội ngũ doanh nhân á, nó có ai soạn?", index) is None
    # an unmentioned document stays with the normal path
    assert unheld_content("Chiến lược phát triển kinh tế biển á, nó có mấy nội dung?", index) is None


def test_contents_asked_with_co_and_a_relative_clause_naming_who_makes_it(index):
    # "có" + what a text holds asks its contents; a relative clause ("mà …", "do …") between names who makes it
    assert unheld_content("Chiến lược quốc gia phát triển đội ngũ doanh nhân có những mục tiêu gì?", index) == \
        "Chiến lược quốc gia phát triển đội ngũ doanh nhân"
    assert unheld_content("Chiến lược quốc gia phát triển đội ngũ doanh nhân mà Chính phủ được giao soạn có mấy "
                          "chỉ tiêu?", index) == "Chiến lược quốc gia phát triển đội ngũ doanh nhân"
    assert unheld_content("chien luoc quoc gia phat trien doi ngu doanh nhan do bo ke hoach lam co nhung noi dung gi",
                          index) == "chien luoc quoc gia phat trien doi ngu doanh nhan"
    # "đó" pointing back at the description before the clause (a bare "do" re-accented reads so too)
    assert unheld_content("Chiến lược quốc gia phát triển đội ngũ doanh nhân đó Bộ Kế hoạch làm có những nội dung gì?",
                          index) == "Chiến lược quốc gia phát triển đội ngũ doanh nhân"
    # "có" before who, not what it holds; a relative clause before another verb of setting out; an unmentioned or a
    # held document; a relative clause too long to close before the verb: left alone
    assert unheld_content("Chiến lược quốc gia phát triển đội ngũ doanh nhân do Chính phủ soạn có những ai góp ý?",
                          index) is None
    assert unheld_content("Chiến lược phát triển kinh tế biển mà Chính phủ ban hành có những mục tiêu gì?", index) is None
    assert unheld_content("Kế hoạch 21 mà Bộ Chính trị ban hành có những nhiệm vụ gì?", index) is None
    assert unheld_content("Chiến lược quốc gia phát triển đội ngũ doanh nhân mà hồi năm ngoái anh em trong hiệp hội "
                          "bàn tới bàn lui mãi ở các cuộc họp có những nội dung gì?", index) is None
