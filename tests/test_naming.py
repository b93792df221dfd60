"""How a question names a document, on the real corpus: a cited one by its kind and year, by a run of its
subject's words, by its number and its issuer; a held one as the object of another kind's word ("kế hoạch
NQ43", "bài báo tóm tắt Kế hoạch 21"), or by "do <issuer>". And a plan's header that quotes the date of the
resolution it carries out does not state the plan's own date."""
import pytest

from rag.question.route import understand
from rag.text import fold
from conftest import cited_numbers


@pytest.mark.parametrize("question, number", [
    # a kind word and a year, with no number between: the one Chỉ thị of 2016 the corpus cites
    ("Cái chỉ thị năm 2016 về học tập và làm theo Bác là chỉ thị số mấy?", "05-CT/TW"),
    # a run of the subject's words side by side, one left out ("dân chủ [ở] cơ sở")
    ("luật dân chủ cơ sở là luật số bao nhiêu?", "10/2022/QH15"),
    # the subject's words side by side, its target years left out
    ("Nghị quyết về nông nghiệp, nông dân, nông thôn ban hành ngày nào?", "19-NQ/TW"),
    # two cited documents share the number 02: the issuer the question names decides
    ("Nghị quyết 02 của Ban Chấp hành Đảng bộ tỉnh ban hành ngày nào?", "02-NQ/TU"),
    ("Nghị quyết 02 của Bộ Chính trị nói về gì?", "02-NQ/TW"),
    # or the level said in the number's own phrase ("của tỉnh", "ở tỉnh ban hành", "của Tỉnh ủy", "cấp tỉnh";
    # rag.question.levels.levels_of_number), both of the same year
    ("Kế hoạch tỉnh có nhắc cái nghị quyết 02 của tỉnh năm 2021, nghị quyết đó nói về chuyện gì?", "02-NQ/TU"),
    ("Nghị quyết 02 của tỉnh ban hành ngày nào?", "02-NQ/TU"),
    ("Nghị quyết 02 ở tỉnh ban hành khi nào?", "02-NQ/TU"),
    ("Nghị quyết số 02 của Tỉnh ủy nói về gì?", "02-NQ/TU"),
    ("Nghị quyết 02 cấp tỉnh nói về gì?", "02-NQ/TU"),
    ("Nghị quyết 02 của trung ương năm 2021 nói về gì?", "02-NQ/TW"),
    ("Nghị quyết 02 không phải của tỉnh mà của trung ương nói gì?", "02-NQ/TW"),
    ("Nghị quyết 02 của các tỉnh nói gì?", "02-NQ/TW"),
    ("Tỉnh ban hành nghị quyết 02 khi nào?", "02-NQ/TU"),
    ("Nghị quyết 02, không phải của Bộ Chính trị, nói gì?", "02-NQ/TU"),
    # the level before the issuer's words ("Ban Chấp hành" is also the start of the province's issuer's name)
    ("Nghị quyết 02 của Ban Chấp hành Trung ương về công đoàn nói gì?", "02-NQ/TW"),
    # not the level of the citing plan said elsewhere: the issuer named, or the subject's words, decide
    ("Kế hoạch của tỉnh nhắc Nghị quyết 02 của Bộ Chính trị, nghị quyết đó nói về gì?", "02-NQ/TW"),
    ("Kế hoạch tỉnh có nhắc nghị quyết 02 về công đoàn không?", "02-NQ/TW"),
    ("Ở tỉnh, nghị quyết 02 về công đoàn nói gì?", "02-NQ/TW"),
    ("Tỉnh mình có nghị quyết 02 về củng cố tổ chức cơ sở đảng, nghị quyết đó ban hành ngày nào?", "02-NQ/TU"),
    # the issuer between the kind word and "số <number>"
    ("Nghị quyết của tỉnh số 02 nói gì?", "02-NQ/TU"),
    ("Nghị quyết tỉnh ủy số 02 nói về gì?", "02-NQ/TU"),
    ("Nghị quyết Tỉnh ủy Lạng Sơn số 02 nói về gì?", "02-NQ/TU"),
    ("Nghị quyết của tỉnh Lạng Sơn số 02 nói gì?", "02-NQ/TU"),        # a place at a level is of that level
    ("Nghị quyết 02 của tỉnh Lạng Sơn ban hành ngày nào?", "02-NQ/TU"),
    ("Nghị quyết của Ban Chấp hành Đảng bộ tỉnh số 02 ban hành ngày nào?", "02-NQ/TU"),
    ("Nghị quyết của Bộ Chính trị số 02 nói gì?", "02-NQ/TW"),
    # the number typed with its separators mixed up
    ("Nghị quyết 02/NQ-TU tỉnh ủy nói gì?", "02-NQ/TU"),
    ("Nghị quyết số 02/NQ/TW nói về gì?", "02-NQ/TW"),
    ("nghi quyet 02-nq-tu ban hanh ngay nao", "02-NQ/TU"),
])
def test_cited_document_named_without_its_full_number(index, question, number):
    assert cited_numbers(index, question) == [number]


def test_a_held_document_s_name_is_not_another_s_kind_word(index):
    # "Nghị quyết 43" names the held resolution: its kind word does not name the cited NQ 19 on rural areas
    assert cited_numbers(index, "Nghị quyết 43 nói gì về nông nghiệp, nông dân, nông thôn?") == []
    # a year next to a held document's number is that document's
    assert cited_numbers(index, "Nghị quyết 43 năm 2023 nói gì về trí thức?") == []


def test_cited_document_number_asked_is_answered_from_its_mentions(ask):
    a = ask("luật dân chủ cơ sở mà thành ủy cần thơ trích là luật số bao nhiêu, quốc hội khóa nào thông qua")
    assert a.mode == "mentions" and not a.refused          # "số bao nhiêu" asks a number, not an amount
    assert a.answer.startswith("Kho chưa có toàn văn Luật 10/2022/QH15")


def test_document_named_after_another_kind_word_is_its_object(index):
    u = understand("Số và ngày ban hành của kế hoạch NQ43 do Ban Thường vụ Tỉnh ủy ký là gì?", index.docs)
    assert u.routed == ["kh-btvtu-nq43"]                    # "do Ban Thường vụ Tỉnh ủy" names the plan
    u = understand("Bài báo tóm tắt Kế hoạch 21 nói về chuyện gì vậy?", index.docs)
    assert u.routed[0] == "tin-kh21"
    u = understand("Kế hoạch 21 có mấy phần?", index.docs)
    assert u.routed == ["kh-21-2023"]



@pytest.mark.parametrize("question, routed", [
    # "tin" as the second syllable of a compound ("niềm tin", "lòng tin", "thông tin") names no news item
    ("Niềm tin về Nghị quyết 43 của nhân dân được nói thế nào?", ["nq-43-2023"]),
    ("Lòng tin về KH21 của cán bộ ra sao?", ["kh-21-2023"]),
    ("Thông tin về Kế hoạch 21 có gì?", ["kh-21-2023"]),
    # a noun of its own: opening the question, or after a word that takes a document
    ("Tin về Kế hoạch 21 nói gì?", ["tin-kh21", "kh-21-2023"]),
    ("Theo tin về Kế hoạch 21, có mấy nhóm nhiệm vụ?", ["tin-kh21", "kh-21-2023"]),
])
def test_tin_names_the_news_item_only_as_a_noun_of_its_own(index, question, routed):
    assert understand(question, index.docs).routed == routed


def test_a_header_quoting_the_resolution_s_date_does_not_date_the_plan(ask):
    a = ask("Số và ngày ban hành của kế hoạch NQ43 do Ban Thường vụ Tỉnh ủy ký là gì?")
    assert a.refused and "không nêu ngày ban hành của Kế hoạch của Ban Thường vụ Tỉnh ủy" in a.answer
    b = ask("Nghị quyết 43 ban hành ngày nào?")
    assert not b.refused and b.citations[0].unit_id == "nq-43-2023:header"
    assert fold("24 tháng 11 năm 2023") in fold(b.answer)


def test_a_signer_s_full_name_names_the_document(index):
    assert understand("Đồng chí Trương Thị Mai ký văn bản nào?", index.docs).routed == ["kh-21-2023"]
    # the signer of the sao y copy names the copied resolution
    assert understand("Sai Văn Đông ký văn bản gì?", index.docs).routed == ["nq-43-2023"]


def test_issue_date_asked_by_a_verb_and_a_question_of_time(ask, index):
    # "ra đời hôm nào" is no fixed cue; the plan prints no date, the news item naming its number does
    a = ask("Bài báo nói kế hoạch 21 ra đời hôm nào thế?")
    assert not a.refused and a.citations[0].unit_id == "tin-kh21:preamble.p1"
    assert "28 tháng 11 năm 2023" in a.answer
    assert "date" in understand("Kế hoạch 21 ban hành hôm nào?", index.docs).intents
    assert "date" not in understand("Thư ký Hội nghị báo cáo khi nào?", index.docs).intents


def test_a_quoted_phrase_the_corpus_never_prints_is_refused(ask):
    a = ask('Hiện nay tiêu chuẩn để công nhận danh hiệu "Gia đình văn hóa" gồm những tiêu chí nào?')
    assert a.refused and a.refusal_reason == "name_absent" and "Gia đình văn hóa" in a.answer
    b = ask("Cần Thơ biểu dương gương “người tốt, việc tốt” thế nào?")     # printed: answered
    assert not b.refused and b.citations[0].unit_id == "ct-tucantho-nq43:IV.6.p1"


def test_the_province_of_a_plan_that_names_none_is_refused_as_not_printed(ask):
    a = ask("Tỉnh nào ban hành cái kế hoạch thực hiện NQ43 mà đồng chí Lò Minh Hùng ký thay mặt Ban Thường vụ vậy?")
    assert a.refused and a.refusal_reason == "fact_absent"
    assert a.answer.startswith("Kế hoạch của Ban Thường vụ Tỉnh ủy không ghi tên tỉnh, thành phố ban hành")
    b = ask("Nghị quyết 43 ban hành ở thành phố nào?")                    # its place line: Hà Nội
    assert not b.refused and b.citations[0].unit_id == "nq-43-2023:header"


def test_a_name_split_by_the_document_it_carries_out(index, ask):
    # "kế hoạch [thực hiện Nghị quyết 43] của tỉnh": the plan's alias around its object
    u = understand("Kế hoạch thực hiện Nghị quyết 43 của tỉnh gồm mấy phần?", index.docs)
    assert u.routed == ["kh-btvtu-nq43"]
    a = ask("Kế hoạch thực hiện Nghị quyết 43 của tỉnh gồm mấy phần?")
    assert a.mode == "structure" and a.answer.startswith("Kế hoạch của Ban Thường vụ Tỉnh ủy gồm 4 phần")
    # no name around the object: no document of the asked kind is guessed
    assert understand("Kế hoạch thực hiện Nghị quyết 43 giao việc gì cho Mặt trận?", index.docs).routed == []


@pytest.mark.parametrize("question", [
    "Kế hoạch của tỉnh yêu cầu báo cáo định kỳ khi nào?",      # "kỳ" of a period, folded like "ký"
    "Chương trình sơ kết định kỳ vào năm nào?",
    "Thư ký hội nghị báo cáo khi nào?",
])
def test_a_period_is_no_issue_date(index, question):
    assert "date" not in understand(question, index.docs).intents


@pytest.mark.parametrize("question, issued", [
    ("Nghị quyết 43 ban hành ở thành phố nào?", True),
    ("Kế hoạch 21 được ký ở đâu?", True),
    ("Chỉ thị của Thành ủy Cần Thơ ký tại đâu?", True),
    # "kỳ" of a period or a session, folded like "ký": no issuing, no lift of the units that name a place
    ("Kế hoạch 21 yêu cầu báo cáo định kỳ ở cấp nào, gửi tại đâu?", False),
    ("Nghị quyết 43 nói kỳ họp Trung ương 8 tổ chức ở đâu?", False),
    ("Nhiệm kỳ Đại hội XIII bắt đầu ở đâu?", False),
])
def test_where_a_document_was_issued_is_asked_by_an_issuing_verb(index, question, issued):
    from rag.decision.slots import expected_slot
    from rag.question.intents import ISSUED_RE                  # the one pattern of issuing verbs, retrieval's place boost
    u = understand(question, index.docs)
    assert expected_slot(u.folded) == "place" and bool(ISSUED_RE.search(u.folded)) == issued


def test_a_number_or_date_counts_only_standing_alone():
    from rag.decision.states import states_fact
    from rag.types import Unit

    def unit(text):
        return Unit(unit_id="x:1", doc_id="x", kind="body", anchor="1", path="x", headings=(), para=1, seq=0,
                    start=0, end=len(text), text=text)
    entry = {"id": "kh", "number": "21-KH/TW", "date": "2023-11-01"}
    assert not states_fact(unit("Kế hoạch số 121-KH/TW ngày 21/11/2023"), "number", entry)
    assert not states_fact(unit("Kế hoạch số 21-KH/TW ngày 21/11/2023"), "date", entry)
    assert states_fact(unit("Kế hoạch số 21-KH/TW ngày 1/11/2023"), "date", entry)


def test_how_many_people_is_an_amount_not_a_document_number():
    from rag.decision.slots import expected_slot
    assert expected_slot(fold("Tổng số bao nhiêu đảng viên mới được kết nạp?").lower()) == "amount"
    assert expected_slot(fold("Luật dân chủ cơ sở là luật số bao nhiêu?").lower()) == "number"


def test_which_province_a_plan_assigns_is_not_its_locality(ask):
    a = ask("Kế hoạch 21 của Bộ Chính trị yêu cầu tỉnh nào phải ban hành chương trình?")
    assert a.refusal_reason != "fact_absent"


def test_a_plan_described_as_naming_no_province_is_not_asked_its_province(ask):
    # a negation up to two words before "tên tỉnh" describes the plan; a question word after it asks the name
    a = ask("Văn bản của tỉnh chẳng thấy ghi tên tỉnh, vậy nó giao Mặt trận những việc gì?")
    assert a.refusal_reason != "fact_absent"
    b = ask("Kế hoạch của tỉnh không ghi tên tỉnh, vậy tỉnh nào ban hành?")
    assert b.refused and b.refusal_reason == "fact_absent"
    # a negation of knowing, not of printing: the name is asked
    c = ask("Kế hoạch của tỉnh thì tôi không biết tên tỉnh ban hành")
    assert c.refused and c.refusal_reason == "fact_absent"


@pytest.mark.parametrize("question", [
    "Nghị quyết giao cho tỉnh nhiệm vụ số 2 là gì?",          # words between that are no issuer's
    "Nghị quyết của tỉnh giao việc gì cho số 2 đơn vị?",
    "Kế hoạch của tỉnh số 02 nói gì?",                        # another kind: no cited Kế hoạch 02
    "Nghị quyết ban hành số 02 nói gì?",                      # no level among the words: no issuer
])
def test_a_number_after_other_words_names_no_cited_document(index, question):
    assert cited_numbers(index, question) == []


def test_a_number_typed_with_mixed_separators_is_read_as_printed(index):
    from rag.question.kinds import canonical_codes
    assert canonical_codes("Nghị quyết 02/NQ-TU") == "Nghị quyết 02-NQ/TU"
    assert canonical_codes("KH 21/KH/TW và 43-NQ-TW") == "KH 21-KH/TW và 43-NQ/TW"
    # a law's number and year, a date, a quarter: not a document code
    for kept in ("Luật 10/2022/QH15", "ngày 21/01/2021", "quý I/2024-2025"):
        assert canonical_codes(kept) == kept
    assert understand("Nghị quyết 43/NQ-TW nói gì về kiều bào?", index.docs).routed == ["nq-43-2023"]


@pytest.mark.parametrize("question, routed", [
    # the issuer after "thực hiện nghị quyết" is the issuer of the document said first, of its kind
    ("Chương trình thực hiện nghị quyết của Thành ủy Cần Thơ mang số hiệu bao nhiêu?", ["ct-tucantho-nq43"]),
    ("Kế hoạch triển khai nghị quyết của Bộ Chính trị có mấy phần?", ["kh-21-2023"]),
    # the earlier kind is not the issuer's (the Trung ương issued no Kế hoạch here): no plan is named by it
    ("Kế hoạch triển khai nghị quyết của Ban Chấp hành Trung ương giao việc gì cho tỉnh?", []),
    # an earlier kind word that names its own issuer is not the carrier
    ("Kế hoạch của tỉnh để triển khai nghị quyết của Bộ Chính trị do ai ký?", ["kh-btvtu-nq43"]),
])
def test_an_issuer_after_the_document_carried_out_names_the_carrier(index, question, routed):
    assert understand(question, index.docs).routed == routed


def test_the_name_of_a_carrier_addresses_no_heading(ask):
    # "triển khai", "thực hiện" of the name are not the heading words of part II or IV: the whole is counted
    a = ask("Kế hoạch triển khai nghị quyết của Bộ Chính trị có mấy phần?")
    assert a.mode == "structure" and "gồm 5 phần" in a.answer
    a = ask("Chương trình thực hiện nghị quyết của Thành ủy Cần Thơ có mấy phần?")
    assert a.mode == "structure" and "gồm 4 phần" in a.answer
    a = ask("Chương trình thực hiện nghị quyết của Thành ủy Cần Thơ mang số hiệu bao nhiêu và được ký ngày nào?")
    assert a.refused and "Chương trình của Thành ủy Cần Thơ" in a.answer and "43-NQ/TW" not in a.answer


@pytest.mark.parametrize("question", [
    "Văn bản của tỉnh là của tỉnh mô?",
    "cai kh cua ban thuong vu tinh uy thuc hien nq43 la cua tinh nao",
    "Dạ, cái văn bản của tỉnh, người ký là ông Lò Minh Hùng, rứa là văn bản của tỉnh mô?",
])
def test_the_province_of_a_plan_that_names_none_asked_in_other_words(ask, question):
    a = ask(question)
    assert a.refused and a.refusal_reason == "fact_absent" and "không ghi tên tỉnh" in a.answer


@pytest.mark.parametrize("question, routed", [
    # the classifier "cái"/"bản" before the name reported or carried out: the name is still the object (session 27)
    ("Bài báo tóm tắt cái kế hoạch 21 nói Bộ Chính trị đề ra mấy nhóm việc trọng tâm?", ["tin-kh21"]),
    ("Bản tin về cái kế hoạch 21 nói gì?", ["tin-kh21"]),
    ("Mẩu tin về bản kế hoạch của Bộ Chính trị nói gì?", ["tin-kh21"]),
    ("Chương trình thực hiện cái nghị quyết 43 của Cần Thơ có mấy phần?", ["ct-tucantho-nq43"]),
    # not fired: the classifier before another noun, or a document named on its own with "cái"
    ("Kế hoạch 21 có giao cái việc gì cho Mặt trận không?", ["kh-21-2023"]),
    ("Cái kế hoạch 21 có mấy phần?", ["kh-21-2023"]),
    ("Nghị quyết 43 có mấy cái quan điểm?", ["nq-43-2023"]),
])
def test_a_classifier_before_the_name_of_the_object(index, question, routed):
    assert understand(question, index.docs).routed == routed


@pytest.mark.parametrize("question, routed", [
    # "văn bản [số] N": the one held document numbered N, of any kind (session 27)
    ("Phần nhiệm vụ cụ thể của văn bản 21 giao việc cho bao nhiêu đầu mối?", ["kh-21-2023"]),
    ("Văn bản số 43 nói gì?", ["nq-43-2023"]),
    ("văn bản 21 ký ngày nào", ["kh-21-2023"]),
    # not fired: a count after the number, a number no held document has, a code read as before
    ("Văn bản 5 năm qua nói gì?", []),
    ("Văn bản 02 của tỉnh nói gì?", []),
    ("Văn bản 21-KH/TW có mấy phần?", ["kh-21-2023"]),
])
def test_van_ban_and_a_number(index, question, routed):
    assert understand(question, index.docs).routed == routed
