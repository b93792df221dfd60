"""Cited documents named by what a cadre remembers of them, no number (rag.tables.described.by_description), and
answered from their mentions (rag.answerers.printed.mentions). Sentences written for these tests, on the real corpus."""
import pytest

from conftest import cited_numbers


def test_a_cited_document_named_by_kind_issuer_year_and_subject(index):
    assert cited_numbers(index, "Hồi đó có một nghị quyết về đại đoàn kết của Trung ương, tôi nhớ là năm 2003. "
                                "Nó số mấy?") == ["23-NQ/TW"]
    assert cited_numbers(index, "Có một chỉ thị của Bộ Chính trị về tôn giáo, chỉ thị đó ra ngày nào?") == ["18-CT/TW"]
    assert cited_numbers(index, "Chỉ thị của Ban Bí thư về công tác phụ nữ ban hành hôm nào?") == ["21-CT/TW"]
    # negatives: the held resolution described as well (its issuer and subject, or its year) is the one meant
    assert cited_numbers(index, "Nghị quyết của Trung ương về đại đoàn kết nói gì về thanh niên?") == []
    assert cited_numbers(index, "Nghị quyết về đại đoàn kết năm 2023 nói gì về kiều bào?") == []
    # the held resolution named by its year and issuer, the subject said one its body treats: the held one, not a
    # cited resolution of the same year on that subject; the asking frame ("yêu cầu gì") is no subject
    assert cited_numbers(index, "Nghị quyết Trung ương năm 2023 về đại đoàn kết bàn gì về đội ngũ trí thức?") == []
    assert cited_numbers(index, "Nghị quyết năm 2023 yêu cầu gì về phát huy vai trò của nông dân?") == []
    assert cited_numbers(index, "Nghị quyết của Trung ương năm 2023 yêu cầu gì đối với đội ngũ doanh nhân?") == []
    # the held document asked about in a part of its own: the description answers no question of several parts
    assert cited_numbers(index, "Thanh niên: Nghị quyết 43 giao nhiệm vụ gì, còn chỉ thị của Ban Bí thư về công "
                                "tác phụ nữ số mấy?") == []
    # but a held document only as the source ("Theo …,") leaves the description
    assert cited_numbers(index, "Theo Nghị quyết 43, chỉ thị của Bộ Chính trị về tôn giáo ra năm nào?") == ["18-CT/TW"]
    # the kind word inside a held document's name, no year of the cited one: the held one is meant
    assert cited_numbers(index, "Nghị quyết Trung ương 8 yêu cầu gì về công tác tôn giáo?") == []
    # what is said after "về" is mostly not the subject of any row of that kind and issuer: none
    assert cited_numbers(index, "Có nghị quyết nào của Bộ Chính trị về công tác thương binh liệt sĩ không, số mấy?") == []
    # a year alone, beside a meeting no row is issued by, names none
    assert cited_numbers(index, "Buổi quán triệt nghị quyết vào tháng 12/2023 diễn ra ở đâu?") == []
    # an issuer alone names none
    assert cited_numbers(index, "Chỉ thị của Bộ Chính trị nói gì?") == []


def test_a_cited_document_described_answers_from_its_mentions(ask):
    a = ask("Chương trình Cần Thơ dựa vào chỉ thị nào của Bộ Chính trị về tôn giáo, chỉ thị đó ban hành ngày nào?")
    assert a.mode == "mentions" and not a.refused and "18-CT/TW" in a.answer
    # "mấy văn bản này" says "these", it asks no count
    a = ask("Cái nghị quyết về đại đoàn kết năm 2003 ấy, mấy văn bản này có nhắc tới không, số hiệu là gì?")
    assert a.mode == "mentions" and not a.refused and "23-NQ/TW" in a.answer


def test_a_cited_document_named_by_its_term(index):
    # the term (khóa) tells a document as its year does: the cited resolution of khóa IX, not the held one of XIII
    assert cited_numbers(index, "Cái nghị quyết về đoàn kết hồi khóa 9 ban hành ngày nào?") == ["23-NQ/TW"]
    assert cited_numbers(index, "Nghị quyết khóa IX về công tác tôn giáo được nhắc ở đâu?") == ["25-NQ/TW"]
    # negatives: the held resolution's own term names it; a term alone names none
    assert cited_numbers(index, "Nghị quyết về đại đoàn kết khóa XIII ban hành ngày nào?") == []
    assert cited_numbers(index, "Nghị quyết khóa IX ra đời thế nào?") == []


def test_either_of_two_numbers_names_the_one_the_corpus_cites(index):
    assert cited_numbers(index, "Tôi nhớ có nghị quyết 32 hay 23 gì đó về đoàn kết, nó ra năm nào?") == ["23-NQ/TW"]
    # negatives: neither cited; the first said when it is cited
    assert cited_numbers(index, "Nghị quyết 57 hay 75 về khoa học ra năm nào?") == []
    assert cited_numbers(index, "Nghị quyết 19 hay 23 bàn về nông thôn?") == ["19-NQ/TW"]



def test_a_held_document_asked_only_whether_or_where_it_cites_leaves_the_description(index):
    # its clause asks whether, or where, it cites the described one: the mentions answer that
    assert cited_numbers(index, "Nghe nói Ban Bí thư có chỉ thị về công tác phụ nữ. Chương trình Cần Thơ có nhắc "
                                "tới không, chỉ thị đó số mấy?") == ["21-CT/TW"]
    assert cited_numbers(index, "Bộ Chính trị có chỉ thị về tôn giáo, kế hoạch tỉnh dẫn ra ở phần nào?") == ["18-CT/TW"]
    # negatives: a clause asking what the held document says is a part of its own
    assert cited_numbers(index, "Chương trình Cần Thơ nhắc tới những gì về phụ nữ, còn chỉ thị của Ban Bí thư về "
                                "công tác phụ nữ số mấy?") == []
    assert cited_numbers(index, "Thanh niên: Nghị quyết 43 có giao nhiệm vụ không, còn chỉ thị của Ban Bí thư về "
                                "công tác phụ nữ số mấy?") == []


@pytest.mark.parametrize("question", [
    # an everyday phrase said for the subject's (rag/data/synonyms.tsv: "người trẻ", "lớp trẻ", "giới trẻ" ->
    # "thế hệ trẻ"), typed with its marks
    "Chương trình của Thành ủy Cần Thơ có viện dẫn một chỉ thị của Ban Bí thư về công tác với lớp người trẻ, đó là chỉ thị nào?",
    "Chỉ thị của Ban Bí thư về giới trẻ mà chương trình Cần Thơ nhắc là chỉ thị nào?",
    "Cần Thơ có dẫn một chỉ thị của Ban Bí thư về lớp trẻ, số hiệu là gì?",
])
def test_a_subject_said_in_everyday_words_names_the_cited_row(ask, question):
    a = ask(question)
    assert not a.refused and "42-CT/TW" in a.answer


def test_a_folded_everyday_phrase_across_two_words_names_nothing(index):
    from rag.tables.described import everyday_said
    # "công đoàn thế nào" folds as "đoàn thể"; typed with marks it says "công đoàn"
    assert all(phrase != "doan the" for phrase, _ in everyday_said("Kế hoạch nêu nghị quyết về công đoàn thế nào?"))
    assert everyday_said("ke hoach neu nghi quyet ve cong doan the nao") == []
    assert ("nguoi tre", {"the he tre", "thanh nien"}) in everyday_said("một chỉ thị về người trẻ")


@pytest.mark.parametrize("question", [
    "Kết luận 65 bao giờ hết hiệu lực, nội dung ra sao?",
    "Khi nào các cấp ủy phải sơ kết Chỉ thị 42, chỉ thị yêu cầu những gì?",
    "Kết luận 65 khi nào thì phải tổng kết, có những nhiệm vụ gì?",
    "Chỉ thị 42 thực hiện đến bao giờ, gồm những giải pháp gì?",
])
def test_a_time_asked_of_another_action_is_not_the_issue_date_the_mentions_state(ask, question):
    # "bao giờ hết hiệu lực", "khi nào phải sơ kết": the time of something the full text holds, refused
    a = ask(question)
    assert a.mode == "mentions" and a.refused and a.refusal_reason == "mentioned_only"
    assert "phần câu hỏi cần đến toàn văn" not in a.answer
