"""A cited document named by a kind code typed against its number ("nq23", rag.tables.cited) or as "a
document about X" that a held document cites (rag.tables.cited_about.by_about), answered from its mentions.
Sentences written for these tests, on the real corpus."""
from conftest import cited_numbers


def test_a_kind_code_typed_against_its_number_names_the_cited_document(index):
    assert cited_numbers(index, "nq23 ra đời năm nào?") == ["23-NQ/TW"]
    assert cited_numbers(index, "ct05 của Bộ Chính trị về học tập và làm theo tư tưởng Bác được nhắc ở đâu?") == ["05-CT/TW"]
    # every code of rag.question.kinds.CODE_KIND, and the code the row's number prints ("124-QĐ/TW", a Quy định)
    assert cited_numbers(index, "qd124 là gì?") == ["124-QĐ/TW"]
    assert cited_numbers(index, "QD124 do ai ban hành?") == ["124-QĐ/TW"]
    assert cited_numbers(index, "ctr124 là gì?") == []
    # the code inside a longer word, or a held document's code and number, names no cited one
    assert cited_numbers(index, "mã abnq23 là gì?") == []
    assert cited_numbers(index, "NQ43 nói gì về kiều bào?") == []


def test_a_glued_code_names_the_cited_document(index, ask):
    a = ask("nq19 ban hành hôm nào, nói về gì")
    assert a.mode == "mentions" and not a.refused and "19-NQ/TW" in a.answer
    # its mentions print no date: asked when, refused with the mentions
    a = ask("nq25 khóa IX ban hành hôm nào")
    assert a.mode == "mentions" and a.refused and "25-NQ/TW" in a.answer


def test_a_document_about_a_subject_that_a_held_one_cites(index, ask):
    assert cited_numbers(index, "Văn bản về tổ chức và hoạt động của hội người cao tuổi mà kế hoạch tỉnh dẫn là "
                                "văn bản nào?") == ["58-KL/TW"]
    assert cited_numbers(index, "Văn bản về giáo dục lý tưởng cách mạng cho thế hệ trẻ được chương trình của thành "
                                "phố nhắc tới là văn bản gì?") == ["42-CT/TW"]
    a = ask("Văn bản về đối ngoại nhân dân mà chương trình Cần Thơ căn cứ do ai ban hành, ngày nào?")
    assert a.mode == "mentions" and not a.refused and "12-CT/TW" in a.answer
    # beyond what a mention states: refused with the mentions
    a = ask("Văn bản về đối ngoại nhân dân mà chương trình Cần Thơ căn cứ đề ra mấy nhiệm vụ?")
    assert a.mode == "mentions" and a.refused


def test_no_citing_verb_or_no_single_subject_names_none(index):
    # no verb of citing: the held documents are asked about
    assert cited_numbers(index, "Văn bản về giáo dục lý tưởng cách mạng cho thế hệ trẻ yêu cầu những gì?") == []
    # two cited rows hold the words as well ("công tác phụ nữ"): none is named
    assert cited_numbers(index, "Văn bản về công tác phụ nữ mà kế hoạch tỉnh dẫn là văn bản nào?") == []
    # too few words to name one document
    assert cited_numbers(index, "Văn bản về tôn giáo mà Cần Thơ dẫn là gì?") == []


def test_why_a_held_document_was_issued_beside_a_cited_one_is_the_held_texts(ask):
    # the cited one named by its glued code is context: why the held one was issued is not the mentions' to answer
    a = ask("Có nq23 khóa IX lâu rồi, sao Trung ương còn ra thêm NQ43? lý do")
    assert a.mode != "mentions"


def test_why_the_held_document_was_issued_beside_a_cited_one(ask):
    # review finding 4: a why-word before the held document's name asks why it was issued: its situation section
    for q in ("Có Nghị quyết 23 rồi, vì sao Trung ương còn ban hành Nghị quyết 43?",
              "Đã có NQ 23 rồi, tại sao Trung ương phải ban hành thêm NQ43?",
              "Nghị quyết 23 còn hiệu lực, sao lại cần Nghị quyết 43?",
              "Co nghi quyet 23 roi, tai sao van ban hanh nghi quyet 43?"):
        a = ask(q)
        assert a.mode != "mentions" and not a.refused, q
        assert a.citations[0].unit_id.startswith("nq-43-2023:I."), q
    # the why-word before the cited one: its mentions, refused beyond them
    a = ask("Vì sao Trung ương ban hành Nghị quyết 23?")
    assert a.mode == "mentions"


def test_only_rows_the_named_held_document_cites(index, ask):
    # review finding 1: the held document named ("mà Kế hoạch 21 căn cứ") cites no row about đại đoàn kết (it
    # carries out NQ 43, held); NQ 26 is cited by the province's plan, not by the Cần Thơ programme
    assert cited_numbers(index, "Văn bản về đại đoàn kết mà Kế hoạch 21 căn cứ là văn bản nào?") == []
    assert cited_numbers(index, "Kế hoạch 21 được ban hành căn cứ vào văn bản về phát huy sức mạnh đại đoàn kết "
                                "toàn dân tộc nào?") == []
    assert cited_numbers(index, "Văn bản về xây dựng đội ngũ cán bộ các cấp mà chương trình Cần Thơ nhắc là văn "
                                "bản nào?") == []
    assert cited_numbers(index, "Văn bản về xây dựng đội ngũ cán bộ các cấp mà kế hoạch tỉnh nhắc là văn bản "
                                "nào?") == ["26-NQ/TW"]
    # a held document's title holds the phrase as well: it is meant, not NQ 23
    assert cited_numbers(index, "Văn bản về phát huy sức mạnh đại đoàn kết toàn dân tộc mà chương trình Cần Thơ "
                                "nhắc lại là văn bản nào?") == []
    a = ask("Kế hoạch 21 được ban hành căn cứ vào văn bản về phát huy sức mạnh đại đoàn kết toàn dân tộc nào?")
    assert "23-NQ/TW" not in a.answer


def test_the_citing_verb_is_read_as_typed(index, ask):
    # review finding 2: "dân", "nhạc" are no "dẫn", "nhắc"
    assert cited_numbers(index, "Văn bản về đại đoàn kết toàn dân tộc là văn bản nào, người dân cần làm gì?") == []
    assert cited_numbers(index, "Văn bản về giáo dục lý tưởng cách mạng cho thế hệ trẻ là gì, có bài nhạc nào?") == []
    a = ask("Văn bản về đại đoàn kết toàn dân tộc là văn bản nào, người dân cần làm gì?")
    assert a.mode != "mentions"
    # typed without any accent, folded: "dan" may be "dẫn" (the re-accented text reads "Cần Thơ dân")
    a = ask("Van ban ve doi ngoai nhan dan ma chuong trinh Can Tho dan la van ban nao?")
    assert a.mode == "mentions" and "12-CT/TW" in a.answer


def test_a_kind_word_about_a_short_subject_that_a_held_one_cites(index, ask):
    # a kind word narrows the rows: a one- or two-word subject said as it stands in one row names it
    assert cited_numbers(index, "Kế hoạch tỉnh có nêu một nghị quyết về công đoàn không?") == ["02-NQ/TW"]
    assert cited_numbers(index, "Kế hoạch tỉnh có nhắc nghị quyết về công đoàn không?") == ["02-NQ/TW"]
    assert cited_numbers(index, "Chương trình Cần Thơ có dẫn chỉ thị về phụ nữ nào không?") == ["21-CT/TW"]
    a = ask("Kế hoạch tỉnh có nêu một nghị quyết về công đoàn không?")
    assert a.mode == "mentions" and not a.refused and "02-NQ/TW" in a.answer
    # its syllables scattered in another subject ("công bằng … đoàn kết") are not it; no verb of citing, or
    # "nêu" stating the plan's own content, names none
    assert cited_numbers(index, "Nghị quyết về công đoàn nói gì?") == []
    assert cited_numbers(index, "Kế hoạch nêu nghị quyết về công đoàn thế nào?") == []
    assert cited_numbers(index, "Kế hoạch 21 có nhắc nghị quyết về dân tộc không?") == []


def test_a_document_cited_in_a_footnote_or_called_its_own(index):
    # "ghi chú / chú thích" cite in a footnote; "riêng" between the kind and "về"/its issuer; a comma before what
    # is asked of it ends the subject
    assert cited_numbers(index, "Kế hoạch tỉnh có ghi chú dưới chân trang một cái nghị quyết riêng về công đoàn. "
                                "Nghị quyết đó số mấy?") == ["02-NQ/TW"]
    assert cited_numbers(index, "Kế hoạch tỉnh có chú thích một nghị quyết về công đoàn, số mấy?") == ["02-NQ/TW"]
    assert cited_numbers(index, "Văn bản của tỉnh có nhắc một nghị quyết riêng của tỉnh số 02, ra ngày nào?") == ["02-NQ/TU"]


def test_a_kind_word_about_a_subject_no_row_holds_whole_names_none(index):
    # one syllable off ("dân vận" is not "dân tộc"): every word of the phrase must be the row's
    assert cited_numbers(index, "Kế hoạch tỉnh có nhắc nghị quyết về công tác dân vận không?") == []
    assert cited_numbers(index, "Kế hoạch tỉnh có nhắc kết luận về công tác dân vận không?") == []
    assert cited_numbers(index, "Có nghị quyết nào về công tác dân vận được nhắc không, số mấy?") == []


def test_a_particle_closing_the_question_is_no_word_of_the_subject(index, ask):
    # "… về công đoàn à?", "… hả anh?", typed without marks: the particle closes the clause (rag.question.particles)
    for question in ("Kế hoạch tỉnh đều nêu nghị quyết về công đoàn à?", "Kế hoạch tỉnh có nêu nghị quyết về công đoàn hả anh?",
                     "ke hoach tinh co neu nghi quyet ve cong doan a?", "Kế hoạch tỉnh có nêu nghị quyết về công đoàn hông?"):
        assert cited_numbers(index, question) == ["02-NQ/TW"], question
    a = ask("Kế hoạch tỉnh đều nêu nghị quyết về công đoàn à?")
    assert a.mode == "mentions" and not a.refused and "02-NQ/TW" in a.answer
    # a word that only looks like one is the subject's own, and a row must still hold it
    assert cited_numbers(index, "Kế hoạch tỉnh có nhắc nghị quyết về trẻ em không?") == []
    assert cited_numbers(index, "Kế hoạch tỉnh có nhắc nghị quyết về công đoàn và trẻ em?") == []
