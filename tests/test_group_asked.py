"""The people a question asks something for (rag.decision.group_asked): covering the thing asked about (housing, a
policy) never covers the person or group it is asked for. A head no unit of the corpus names is refused; a head
named with a qualifier no unit names is a soft subtype, answered with a caution line. Sentences of our own (reviews
pa25 finding 1, pa26 findings 2-3, pa27 findings 2-3, and other ways of saying each), on the real corpus."""
import pytest

from rag.decision.group_asked import (Group, UnitWords, asked_groups, folded, names_group, names_head, syllables,
                                      temporal)

CAUTION = "không nói riêng về"


def _unit(text: str) -> UnitWords:
    typed = syllables(text)
    return UnitWords(typed, folded(typed))


def _shown(q: str) -> list[str]:
    return [g.shown for g in asked_groups(q)]


def test_the_group_asked_for_is_read_with_its_qualifying_nouns():
    g = asked_groups("Chốn ở cho bộ đội biên phòng được lo thế nào?")
    assert [(x.head, x.qualifiers, x.shown, x.head_shown) for x in g] == [
        (("bộ", "đội"), (("biên", "phòng"),), "bộ đội biên phòng", "bộ đội")]
    assert _shown("Chốn ở của đồng bào vùng lũ được bố trí thế nào?") == ["đồng bào vùng lũ"]
    assert _shown("Việc làm cho thanh niên nông thôn thế nào?") == ["thanh niên nông thôn"]
    # a particle or a comma ends the group: "… cho đồng bào dân tộc hông?", "cho công nhân, NLĐ"
    assert _shown("Nghị quyết có nói giữ chữ viết cho đồng bào dân tộc hông?") == ["đồng bào dân tộc"]
    assert _shown("Có point nào về chỗ ở cho công nhân, NLĐ không?") == ["công nhân"]


@pytest.mark.parametrize("word", ["hiện nay", "bây giờ", "thời buổi", "thời nay", "dạo này", "lúc này", "năm nay",
                                  "gần đây", "thời gian tới", "ngày nay"])
def test_a_noun_of_time_is_read_by_its_head_or_its_deictic_end(word):
    assert temporal(word), word


@pytest.mark.parametrize("word", ["nhà máy", "nông thôn", "biên phòng", "công đoàn", "vùng lũ", "Khmer"])
def test_nouns_of_place_kind_or_body_are_no_time(word):
    assert not temporal(word), word


@pytest.mark.parametrize("q, group", [
    # a noun of time after the group is no kind of it (pa27 finding 2: "thời buổi" was not on a closed list)
    ("Vai trò của phụ nữ hiện nay thế nào?", "phụ nữ"),
    ("Thanh niên bây giờ thì sao, vai trò của thanh niên bây giờ thế nào?", "thanh niên"),
    ("Vai trò của thanh niên thời buổi này ra sao?", "thanh niên"),
    ("Vai trò của thanh niên dạo này ra sao?", "thanh niên"),
    ("Quyền lợi của công nhân hiện nay được bảo vệ thế nào?", "công nhân"),
    # a predicate, or an adjective: never a qualifier
    ("Đời sống của công nhân khó khăn thế nào?", "công nhân"),
    ("Phát huy vai trò của nông dân giỏi thế nào?", "nông dân"),
    # an abbreviation without a vowel, a question word the tagger reads as a noun
    ("Quyền lợi của công nhân ct được bảo vệ thế nào?", "công nhân"),
    ("Nghị quyết 43 quy định tuổi nghỉ hưu của cán bộ như thế nào?", "cán bộ"),
])
def test_time_nouns_predicates_and_abbreviations_do_not_qualify_the_group(q, group):
    assert _shown(q) == [group], q


@pytest.mark.parametrize("q", [
    "Cho cán bộ xã hỏi chút, nhà ở cho công nhân được lo thế nào?",       # the asker, then the group asked for
    "Cho em hỏi, vai trò của cựu chiến binh là gì?",
])
def test_the_asker_of_a_polite_opening_is_no_group(q):
    assert "cán bộ xã" not in " ".join(_shown(q)) and "em" not in _shown(q)


@pytest.mark.parametrize("q", [
    "Tóm lược kế hoạch để giới thiệu cho học viên.",
    "Nói gọn giúp em mục đích, yêu cầu để phổ biến cho tiểu thương trong chợ.",
    "Khái quát các quan điểm để tôi quán triệt cho bệnh nhân khu điều trị.",
])
def test_whom_the_asker_tells_is_no_group_asked_for(q):
    assert _shown(q) == [], q


def test_no_group_is_read_where_none_is_asked_for():
    assert asked_groups("Bộ đội biên phòng được giao gì?") == []        # the subject, not whom it is for
    assert asked_groups("Kế hoạch giao cho Ban Tuyên giáo làm gì?") == []
    assert asked_groups("Có nhà ở cho người dân không?") == []          # "người", "dân": every document names them


def _group(head: str, *qualifiers: str) -> Group:
    return Group(syllables(head), tuple(syllables(q) for q in qualifiers), "", "")


def test_a_unit_names_the_group_by_its_head_and_every_qualifier_or_an_equivalent():
    unit = _unit("Tiếp tục thực hiện chế độ chính sách về nhà ở cho người lao động, công nhân tại các khu công nghiệp.")
    assert names_group(unit, _group("công nhân"), True)
    assert names_group(unit, _group("công nhân", "khu công nghiệp"), True)
    assert not names_group(unit, _group("bộ đội", "biên phòng"), True)
    assert not names_group(unit, _group("công nhân", "vùng lũ"), True)      # a qualifier the unit does not print
    # the qualifiers said together as an equivalent of the synonym table: "dân tộc ít người" ~ "dân tộc thiểu số"
    assert _shown("Chính sách cho đồng bào dân tộc ít người ở vùng cao thế nào?") == ["đồng bào dân tộc ít người"]
    assert names_group(_unit("đồng bào dân tộc thiểu số"), _group("đồng bào", "dân tộc", "ít", "người"), True)
    # a qualifier the corpus prints right after the head elsewhere ("cán bộ lãnh đạo") is known
    assert names_group(_unit("người đứng đầu, cán bộ chủ chốt"), _group("cán bộ", "lãnh đạo", "chủ chốt"), True,
                       known=frozenset({("lãnh", "đạo")}))
    # an equivalent of the synonym table for the head: "người già" is printed "người cao tuổi"
    assert names_group(_unit("Phát huy vai trò người cao tuổi."), _group("người già"), True)


def test_a_question_with_diacritics_is_matched_with_them():
    # pa27 finding 3: "học viên" is no "Học viện", "Hoa" no "hóa", "trường" no "trương", "tuyến" no "tuyên"
    assert not names_group(_unit("Học viện Chính trị quốc gia Hồ Chí Minh"), _group("học viên"), True)
    assert names_group(_unit("Học viện Chính trị quốc gia Hồ Chí Minh"), _group("hoc vien"), False)   # typed bare
    assert not names_group(_unit("đồng bào các dân tộc, văn hóa"), _group("đồng bào", "Hoa"), True)
    assert not names_group(_unit("cán bộ tuyên giáo các xã"), _group("cán bộ", "tuyến", "xã"), True)
    assert not names_group(_unit("chủ trương của Đảng"), _group("học viên", "trường"), True)


@pytest.mark.parametrize("q, group", [
    ("Chính sách cho thương binh nặng thế nào?", "thương binh nặng"),
    ("Chính sách cho người có công với cách mạng thế nào?", "người có công"),
    ("Chính sách cho sinh viên thế nào?", "sinh viên"),
    ("Chế độ cho học viên thế nào?", "học viên"),                       # pa27 finding 3: not "Học viện"
    ("Hạn chót để phổ biến nghị quyết cho học sinh là ngày nào?", "học sinh"),
])
def test_a_group_whose_head_no_document_names_is_refused_saying_so(ask, q, group):
    a = ask(q)
    assert a.refused and a.refusal_reason == "group_absent", (q, a.refusal_reason)
    assert f"không nhắc đến «{group.split()[0]}" in a.answer or f"không nhắc đến «{group}»" in a.answer, a.answer


@pytest.mark.parametrize("q, group, head", [
    # pa27 finding 2: a noun qualifier of a named head is a soft subtype, answered with a caution, never refused
    ("Nhà ở cho công nhân nhà máy được lo thế nào?", "công nhân nhà máy", "công nhân"),
    ("Quyền lợi của đoàn viên công đoàn được bảo vệ thế nào?", "đoàn viên công đoàn", "đoàn viên"),
    ("Chăm lo cho đồng bào Khmer thế nào?", "đồng bào Khmer", "đồng bào"),
    ("Việc làm cho thanh niên nông thôn thế nào?", "thanh niên nông thôn", "thanh niên"),
    # pa27 finding 3: "Hoa" is no "hóa", "tuyến" no "tuyên": the qualifier is not named, a caution either way
    ("Chăm lo cho đồng bào Hoa thế nào?", "đồng bào Hoa", "đồng bào"),
    ("Chính sách cho bác sĩ tuyến xã thế nào?", "bác sĩ tuyến xã", "bác sĩ"),
    ("Chính sách cho bác sĩ tuyến huyện thế nào?", "bác sĩ tuyến huyện", "bác sĩ"),
])
def test_a_qualified_group_of_a_named_head_is_answered_with_a_caution(assistant, q, group, head):
    a = assistant.ask(q)
    assert not a.refused, (q, a.answer)
    assert f"{CAUTION} «{group}»" in a.answer, a.answer
    # review pa28 finding 4: "the passages below are on the head in general" only when every cited unit names it
    units = assistant.holder.get().units
    cited = [_unit(units[c.unit_id].text) for c in a.citations]
    named = all(names_head(w, _group(head), True) for w in cited)
    assert (f"về «{head}» nói chung" in a.answer) == named, (q, a.answer)


@pytest.mark.parametrize("q, group, general", [
    # review pa28 finding 4: the cited unit is the women's bullet, which never names "công nhân"
    ("Nghị quyết có nói gì về chăm lo cho công nhân mùa dịch không?", "công nhân mùa dịch", False),
    # cited: the farmers' bullet, no "thanh niên"
    ("Việc làm cho thanh niên nông thôn thế nào?", "thanh niên nông thôn", False),
    # cited: the workers' bullet, which names them
    ("Nhà ở cho công nhân nhà máy được lo thế nào?", "công nhân nhà máy", True),
])
def test_the_caution_says_the_passages_are_on_the_head_only_when_they_name_it(ask, q, group, general):
    a = ask(q)
    assert not a.refused and f"{CAUTION} «{group}»" in a.answer, (q, a.answer)
    assert ("nói chung" in a.answer) == general, (q, a.answer)


def test_a_unit_names_the_head_by_its_words_or_an_equivalent():
    women = _unit("Chăm lo xây dựng người phụ nữ Việt Nam thời đại mới, chính sách liên quan đến phụ nữ, trẻ em.")
    assert not names_head(women, _group("công nhân", "mùa dịch"), True)
    assert names_head(_unit("Xây dựng giai cấp công nhân hiện đại, lớn mạnh."), _group("công nhân", "mùa dịch"), True)
    assert names_head(_unit("đội ngũ trí thức"), _group("bác sĩ", "tuyến xã"), True)     # the synonym table


@pytest.mark.parametrize("q", [
    # pa27 finding 2: a time word is no qualifier, and no caution is said
    "Vai trò của thanh niên thời buổi này ra sao?",
    "Vai trò của thanh niên dạo này ra sao?",
    "Vai trò của phụ nữ hiện nay thế nào?",
    "Nghị quyết 43 giao gì cho cựu chiến binh?",
    "Đối với đồng bào dân tộc thiểu số, Nghị quyết 43 đề ra gì?",
    "Đời sống của công nhân còn khó khăn, văn bản nói gì?",
    "Cho cán bộ xã hỏi chút, nhà ở cho công nhân được lo thế nào?",
    "Chính sách cho đồng bào dân tộc ít người thế nào?",
    "Trách nhiệm của cán bộ lãnh đạo chủ chốt là gì?",
    # a place or a body qualifying a group the corpus names with it somewhere
    "Vai trò của thanh niên Cần Thơ được nêu thế nào?",
    "Chính sách cho cán bộ Mặt trận cơ sở thế nào?",
])
def test_a_group_the_corpus_names_is_answered_without_a_caution(ask, q):
    a = ask(q)
    assert not a.refused and CAUTION not in a.answer, (q, a.answer)


@pytest.mark.parametrize("q", [
    "Nhà máy có phải mua bảo hiểm tai nạn cho công nhân không?",            # a matter no document prints
    "Kế hoạch 21 giao bao nhiêu tỷ đồng cho cựu chiến binh?",               # a figure not printed
    "Chỗ ở của học sinh nội trú được bảo đảm ra sao?",                      # a group no document names
])
def test_near_misses_for_a_group_stay_refused(ask, q):
    assert ask(q).refused, q


@pytest.mark.parametrize("q", [
    # review pa27 finding 1: the housing idioms are no line of the synonym table, so a passage on housing for workers
    # never answers a matter of the housing it does not print, nor people it does not name
    "Chỗ ăn chốn ở cho công nhân có được miễn tiền điện nước không?",
    "Nơi ăn chốn ở cho công nhân có phải đóng tiền thuê hằng tháng không?",
    "Chỗ ăn chốn ở cho giáo viên cắm bản được lo thế nào?",
    "Nơi ăn chốn ở cho người vô gia cư được lo thế nào?",
    "Chỗ ăn chốn ở cho học viên trường chính trị lo thế nào?",
    "Chỗ ăn chốn ở cho bộ đội biên phòng được lo thế nào?",
    "Nơi ăn chốn ở có được tính vào thu nhập chịu thuế không?",
])
def test_housing_idiom_near_misses_stay_refused(ask, q):
    assert ask(q).refused, q


@pytest.mark.parametrize("q", [
    # review pa28 finding 1: re-accented as "thành niên", the question typed bare is still matched folded
    "vai tro cua thanh nien ra sao?",
    "vai tro cua thanh nien hien nay the nao?",
    "viec lam cho thanh nien nong thon the nao?",
    "doi voi thanh nien nghi quyet noi gi?",
    # other heads typed bare
    "vai tro cua cong nhan ra sao?",
    "nghi quyet 43 giao gi cho cuu chien binh?",
    "chinh sach cho phu nu the nao?",
])
def test_a_group_typed_without_marks_is_matched_folded(ask, q):
    a = ask(q)
    assert not a.refused, (q, a.refusal_reason, a.answer)
    assert "thành niên" not in a.answer, a.answer
    if "nong thon" in q:      # a caution quotes the group as typed, not as re-accented
        assert f"{CAUTION} «thanh nien nong thon»" in a.answer, a.answer


def test_a_bare_word_the_corpus_prints_with_other_marks_is_no_absent_group(ask):
    # "hoc vien" typed bare may be "học viên" or "Học viện" (printed): the guard cannot tell, so it does not refuse;
    # typed with marks, "học viên" is refused (above)
    assert ask("che do cho hoc vien the nao?").refusal_reason != "group_absent"


@pytest.mark.parametrize("q, group", [
    ("chinh sach cho thuong binh the nao?", "thuong binh"),
    ("chinh sach cho sinh vien the nao?", "sinh vien"),
    ("che do cho nguoi khuyet tat the nao?", "nguoi khuyet tat"),
])
def test_a_group_typed_bare_that_no_document_names_is_still_refused(ask, q, group):
    a = ask(q)
    assert a.refused and a.refusal_reason == "group_absent", (q, a.refusal_reason)
    assert f"không nhắc đến «{group}»" in a.answer, a.answer


@pytest.mark.parametrize("q, group", [
    # review pa28 finding 3: after a verb of giving, "V cho X + N": the noun after the group is the thing given
    ("Đảng trao cho phụ nữ quyền gì?", "phụ nữ"),
    ("Tỉnh hỗ trợ cho công nhân tiền thuê nhà thế nào?", "công nhân"),
    ("Tỉnh dành cho nông dân vốn vay ưu đãi thế nào?", "nông dân"),
    ("Nghị quyết 43 giao cho đảng viên trách nhiệm gì?", "đảng viên"),
    ("Nghị quyết giao cho thanh niên trách nhiệm gì?", "thanh niên"),
    ("Nhà nước có cấp cho nông dân đất sản xuất không?", "nông dân"),
    # other ways of saying it
    ("Tỉnh tạo cho thanh niên việc làm thế nào?", "thanh niên"),
    ("Kế hoạch giao cho cựu chiến binh việc gì?", "cựu chiến binh"),
    ("Cần trang bị cho cán bộ kiến thức gì?", "cán bộ"),
    # not the object: a noun or a plural word opens the object after the qualifier, a proper name, no verb of giving
    ("Giao cho thanh niên nông thôn nhiệm vụ gì?", "thanh niên nông thôn"),
    ("Nghị quyết dành cho đồng bào dân tộc những chính sách gì?", "đồng bào dân tộc"),
    ("Kế hoạch giao cho cán bộ Mặt trận nhiệm vụ gì?", "cán bộ Mặt trận"),
    ("Nhà ở cho công nhân nhà máy được lo thế nào?", "công nhân nhà máy"),
])
def test_the_thing_given_after_the_group_is_no_qualifier(q, group):
    assert _shown(q) == [group], q


@pytest.mark.parametrize("q", [
    "Đảng trao cho phụ nữ quyền gì?",
    "Tỉnh hỗ trợ cho công nhân tiền thuê nhà thế nào?",
    "Tỉnh dành cho nông dân vốn vay ưu đãi thế nào?",
])
def test_the_thing_given_draws_no_caution(ask, q):
    a = ask(q)
    assert not a.refused and CAUTION not in a.answer, (q, a.answer)
