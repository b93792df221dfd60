"""What a question asks for, and whether a passage can fill it.

A near-miss question is close in meaning to some paragraph by construction; what is missing is one
specific thing. So two checks are strict while descriptive words are matched by meaning elsewhere:

- the *expected answer type* (slot): a time ("khi nào", "thời hạn", "năm nào"), how long a text is in force
  ("có hiệu lực đến năm nào"), a person's name
  ("là ai", "đồng chí nào", "họ tên"), an amount ("bao nhiêu tiền / USD / phần trăm"), a place
  ("ở đâu", "tỉnh nào"). A slot is filled when the passage holds an expression of that type;
- the question's *named things*: numbers, years, document numbers and proper names (people, places,
  organisations, from underthesea's NER when it is installed, else from capitalised syllables), which
  must occur in the passage (accent-insensitively; rag.decision.names).
"""
from __future__ import annotations

import re

from rag.decision.counting import is_plural_determiner
from rag.decision.names import capitalised_runs
from rag.question.intents import DAY_MAY
from rag.text import fold, nfc, typed_one_of

# what "mấy" counts besides people and measures: the sittings of a meeting or a course and those who attend them
# ("mở mấy lớp", "tập huấn mấy khóa", "mấy buổi", "mấy đợt", "mấy hội nghị", "mấy đại biểu / học viên", "mấy lượt"),
# a number no structure answerer counts from the tree; "mấy" as the Southern plural determiner is read apart
# (rag.decision.counting)
_COUNTED = r"lop|khoa|buoi|dot|hoi nghi|cuoc|luot|dai bieu|hoc vien"
# measure words: after "mấy" they take no determiner ("mấy lần", "mấy phần trăm"), always a count
_MEASURE_WORDS = ("lan", "ty", "trieu", "nghin", "ngan", "phan tram", "ha", "km")
# what "mấy" counts that is a quantity: people, the measures, and the sittings above
_MEASURES_RE = "|".join(("nguoi",) + _MEASURE_WORDS) + "|" + _COUNTED
# the units a length of time is counted in (folded): what a duration asks ("mấy tháng") and what fills it
# ("ba tháng")
_SPAN_UNITS = r"(?:nam|thang|tuan|ngay|gio|tieng)"
SLOT_CUES: dict[str, re.Pattern] = {
    # folded question patterns; the first that matches decides the slot
    # how long a text is in force ("có hiệu lực đến năm nào", "hiệu lực thi hành từ ngày nào", "hết hiệu lực khi
    # nào"): only a clause that states the text's force answers it; a target year ("đến năm 2045") does not
    "validity": re.compile(r"\bhieu luc\b(?: thi hanh)?(?: (?:tu|den|toi|ke tu|trong|cho den))? (?:ngay nao|nam nao|"
                           r"thang nao|khi nao|bao gio|luc nao|bao lau|thoi diem nao|thoi han nao)\b|"
                           r"\b(?:het|thoi han|ngay co) hieu luc\b|"
                           # a few words between, within the clause ("có hiệu lực kể từ ngày ký hay từ ngày nào"); not
                           # the force of the State ("nâng cao / tăng cường hiệu lực, hiệu quả … đến năm nào")
                           r"(?<!nang cao )(?<!tang cuong )(?<!vai tro )\bhieu luc(?: \w+){1,6}? (?:ngay nao|nam nao|"
                           r"thang nao|khi nao|bao gio|luc nao|thoi diem nao)\b"),
    # a calendar day ("tổ chức vào ngày nào", "ký ngày mấy"): a month or a quarter does not answer it; a
    # deadline ("trước ngày nào", "hạn chót là ngày nào") is a date, met by "quý I/2024" as well
    # (the Southern "bữa mấy" / "hôm mấy" closing its clause: rag.question.intents.DAY_MAY)
    "day": re.compile(r"^(?!.*\b(?:han chot|thoi han|han cuoi|hoan thanh|xong|cham nhat)\b)"
                      r".*(?<!truoc )(?<!den )(?<!tu )(?:\bngay (?:nao|may|bao nhieu|thang (?:nam )?nao)\b|"
                      rf"\b{DAY_MAY})"),
    "date": re.compile(r"\b(ngay nao|nam nao|thang nao|quy nao|truoc ngay|tu nam nao|den nam nao|ngay thang nao|"
                       r"ngay bao nhieu)\b"),
    # an hour of the day ("khai mạc lúc mấy giờ", "bắt đầu từ giờ nào"): a date does not answer it
    # ("bộ máy giờ …" folds alike: typed with marks, only "mấy" asks)
    "hour": re.compile(r"\b(?P<may>may) (?:gio|h)\b|\bgio nao\b"),
    "time": re.compile(r"\b(khi nao|bao gio|luc nao|thoi han|han chot|han cuoi|thoi diem nao|tu khi nao|tu bao gio|"
                       r"moc thoi gian|thoi gian nao|hoan thanh truoc|truoc ngay may|xong truoc|"
                       r"thang may|nam may|quy may|hoi nao|dip nao|vao thoi diem nao)\b"),
    # the number (số hiệu) of a document or thing the question names
    # ("số bao nhiêu" only of a document, or closing the question: "tổng số bao nhiêu đảng viên" is an amount)
    "number": re.compile(r"\b(so hieu|mang so|so may|ky hieu|so van ban)\b|"
                         r"\b(?:nghi quyet|ke hoach|chuong trinh|chi thi|ket luan|quyet dinh|quy dinh|huong dan|"
                         r"thong bao|cong van|luat|van ban|la)\s+so bao nhieu\b|\bso bao nhieu\s*\??\s*$"),
    # ("vị nào" asks which person; the compounds ending in "vị"/"vi" — "đơn vị", "phạm vi", "địa vị", "cương vị",
    # "học vị", "chức vị", "tước vị" — ask a body, a scope, a rank; "tên chi" is the central "tên gì" only as
    # the clause's last word or before a particle ("tên chi vậy/rứa/hè/ạ?"), not "tên chỉ thị", "tên chi bộ / chi hội /
    # chi đoàn / chi nhánh")
    "person": re.compile(r"\b(la ai|ai la|dong chi nao|ong nao|ba nao|ho ten|ho va ten|ten la gi|ten gi|ten chi(?=\s*(?:[?.!,;]|$|(?:vay|rua|he|a)\b))|"
                         r"ten cua|(?<!don )(?<!pham )(?<!dia )(?<!cuong )(?<!hoc )(?<!chuc )(?<!tuoc )vi nao|"
                         r"nguoi dung dau la|dong chi( [a-z]+){1,4} nao|"
                         # the name of a person just spoken of: "tên ông là gì", "tên ông ấy là gì", "tên người đó"
                         r"ten (?:ong|ba|anh|chi|vi|nguoi|dong chi)(?: (?:ay|do|nay))? la gi)\b"),
    # how often: a period or a recurrence, not a date
    "frequency": re.compile(r"\b(bao lau(\s+\w+){0,8}? (mot|1) lan|may (ngay|tuan|thang|quy|nam)\b(\s+\w+){0,8}? (mot|1) lan|tan suat|"
                            r"dinh ky bao lau|dinh ky may)\b"),
    # how long something lasts or has lasted ("kéo dài bao lâu", "trong thời gian bao lâu", "đã thực hiện được bao
    # lâu", "nghỉ mấy tháng?", "học bao nhiêu tuần?"): a length of time, not a date; after "frequency", which reads
    # "bao lâu một lần" and "cứ mấy tháng … một lần". "không / chẳng bao lâu" (soon) and "bao lâu nay" (all this
    # while) ask nothing; "mấy năm" / "mấy tháng" ask only closing the clause (or before a particle): "mấy năm qua",
    # "mười mấy năm nay", "trong mấy năm tới" are a few years, not a question
    "duration": re.compile(r"(?<!khong )(?<!chang )(?<!cha )\bbao lau\b(?!\s+nay\b)|"
                           r"\b(?:may|bao nhieu) " + _SPAN_UNITS +
                           r"(?=\s*(?:[?.!,;]|$|(?:roi|vay|a|nua|the|nhi|ha|nhe|thi|moi|la|ru|rua|ha)\b))|"
                           # within a span ("trong vòng mấy ngày", "kéo dài mấy tháng", "mất bao nhiêu năm"), or counted
                           # from an event ("mấy ngày sau khi …", "bao nhiêu tháng kể từ …"), whatever follows; not a
                           # few years past or to come ("trong vòng mấy năm qua / tới")
                           r"\b(?:(?:trong vong|keo dai|mat|trong thoi gian|trong thoi han) (?:may|bao nhieu) " +
                           _SPAN_UNITS + r"\b(?! (?:qua|toi|gan day|nay|truoc|lai day|vua qua|sap toi)\b)|"
                           r"(?:may|bao nhieu) " + _SPAN_UNITS + r" (?:sau khi|ke tu|tinh tu)\b)"),
    # a quantity: "bao nhiêu" + anything but the text's own parts (those are counted by the structure answerers)
    "amount": re.compile(r"\bbao nhieu\b(?!\s+(phan|muc|nhom|nhiem vu|giai phap|diem|y|chuong|dieu|khoan|"
                         r"van ban|noi dung|viec|linh vuc|cap|co quan|don vi|ban|to chuc|doi tuong|tieu muc|"
                         r"giai doan|buoc|quan diem|muc tieu|chi tieu|yeu cau|chuong trinh|ke hoach|bo phan)\b)|"
                         r"\b(?P<may>may) (?P<unit>" + _MEASURES_RE + r")\b|"
                         r"\b(kinh phi|ngan sach|muc ho tro|ty le)\b|"
                         # "bao nhiêu bản" counts copies; "bao nhiêu ban" (committees) folds alike: the typed
                         # syllable tells them apart (_asks_amount)
                         r"\bbao nhieu (?P<ban>ban)\b"),
    # a sanction: the form of discipline or penalty for a breach ("hình thức kỷ luật", "mức phạt", "hình thức xử lý",
    # "chế tài"), named by its form; a resolution or a plan that assigns work rarely prints one. Discipline asked of
    # in general ("tăng cường kỷ luật như thế nào", "nói về kỷ luật ra sao", "vi phạm bị xử lý ra sao") asks what
    # the text says of it, which it may print ("xử lý nghiêm …"): no slot (review, 2026-11-27); "phạt" folds like
    # "phát", "mục phát huy": typed with marks, only "phạt" is a penalty; typed bare, only before what asks of it or
    # "tiền", never before the syllable of a word "phát …" opens)
    "sanction": re.compile(r"\b(?:hinh thuc|muc|xu ly) ky luat\b|"
                           r"\bche tai\b|\b(?:muc|hinh thuc) (?:xu )?(?P<phat>phat)(?=\s*(?:[?.,;!]|$|(?:tien|nhu|the|ra|bao|gi|nao|la|"
                           r"doi|cho|ntn|sao)\b))|\bxu phat\b|\bhinh thuc xu ly\b"),
    # "ở đâu" (where) folds like "ở đầu" (at the head of): expected_slot tells them apart (_asks_where)
    "place": re.compile(r"\b((?:o|tai) (?P<dau>dau)|noi nao|tinh nao|thanh pho nao|dia diem|dia phuong nao|"
                        r"dia diem nao|dien ra o)\b"),
}
# expressions that fill each slot, on folded passage text (a person's name and a place: has_person_name and
# has_place_name, on the printed text)
SLOT_FILL: dict[str, re.Pattern] = {}
# a calendar date, month, quarter or year, as printed: "ngày 24 tháng 11 năm 2023", "24/11/2023", "12/2023",
# "đầu tháng 12/2023", "cuối quý II", "quý I/2024", "quý 3", "tháng Mười", "6 tháng đầu năm 2024",
# "giai đoạn 2023-2025", "năm 2025" ("ngày nào", "trước ngày nào" ask for one of these)
_MONTH_WORDS = r"(?:gieng|chap|mot|hai|ba|tu|nam|sau|bay|tam|chin|muoi(?: mot| hai)?)"
_DATE = (r"nam \d{4}|quy [ivx]+\b|quy [1-4]\b|thang \d{1,2}|thang " + _MONTH_WORDS + r"\b|ngay \d{1,2}|"
         r"\d{1,2}/\d{1,2}/\d{4}|\d{1,2}/\d{4}|\d{1,2}/\d{1,2}\b|\d{1,2}-\d{1,2}-\d{4}|giai doan \d{4}|"
         r"\d{4}\s*-\s*\d{4}|(?:dau|cuoi|giua) (?:thang|quy|nam) (?:\d|[ivx]+\b)|"
         r"(?:\d+|sau|ba) thang (?:dau|cuoi) nam|nua (?:dau|cuoi) nam|(?:19|20)\d\d(?![\d/-])")
SLOT_FILL["date"] = re.compile(rf"\b(?:{_DATE})")
# a calendar day: "ngày 24 tháng 11", "24/11/2023", "24/11", "24-11-2023"
SLOT_FILL["day"] = re.compile(r"\bngay \d{1,2}\b|\b\d{1,2}/\d{1,2}\b(?!/\d{1,3}\b)|\b\d{1,2}-\d{1,2}-\d{4}\b")
# an hour as printed: "14 giờ", "8 giờ 30", "7h30", "14h"
SLOT_FILL["hour"] = re.compile(r"\b\d{1,2}\s*(?:gio|h)(?:\s*\d{2})?\b|\b\d{1,2}h\d{2}\b")
# any time expression: a date, a period from now, or a recurring one ("khi nào", "thời hạn")
SLOT_FILL["time"] = re.compile(rf"\b(?:{_DATE}|thuong xuyen|hang nam|hang quy|hang thang|dinh ky (?:hang |\d)|"
                               r"(?:sau|trong|moi) \d+ (?:ngay|tuan|thang|nam)\b)")
# "khi có chỉ đạo của Trung ương": a time set by a condition, which answers "khi nào" as a date does; read as
# printed, since "khi cơ quan …" folds alike
_CONDITION_TIME_RE = re.compile(r"(?<!\w)khi có(?!\w)", re.I)
# a clause on a text's force: "có hiệu lực (thi hành) kể từ ngày ký", "hiệu lực đến hết năm 2025", "hết hiệu lực"
SLOT_FILL["validity"] = re.compile(r"\bhieu luc(?: thi hanh)?(?: ke)? (?:tu|den|toi|trong)\b|\bhet hieu luc\b|"
                                   r"\bthi hanh ke tu\b")
# a sanction as printed: a form of discipline or penalty, or a text's word on dealing with a breach
SLOT_FILL["sanction"] = re.compile(r"\b(?:khien trach|canh cao|cach chuc|khai tru|bai nhiem|giang chuc|xu phat|"
                                   r"phat tien|che tai|(?:hinh thuc|xu ly|thi hanh|xem xet) ky luat|ky luat nghiem|"
                                   r"xu ly nghiem|bi xu ly|truy cuu trach nhiem|xu ly trach nhiem)\b")
# a length of time as printed: a number of years, months, weeks, days or hours ("20 năm", "sau 6 tháng", "ba ngày";
# not the day and month of a date, "ngày 24 tháng 11", whose unit is followed by its figure), a span of years
# ("giai đoạn 2021-2025", "2023 - 2025", "từ năm 2023 đến năm 2025"), or how far it runs ("đến năm 2030")
# ("tư" four and "sáu" six fold like "từ" from and "sau" after: "từ ngày ký", "sau ngày ban hành" count nothing,
# _fills_duration reads the typed syllable)
_COUNT_WORDS = r"\d+|mot|hai|ba|bon|tu|sau|bay|tam|chin|muoi(?: \w+)?"
_FOLDED_COUNTS = {"tu": ("tư",), "sau": ("sáu",)}
SLOT_FILL["duration"] = re.compile(rf"\b(?P<count>{_COUNT_WORDS}) {_SPAN_UNITS}\b(?!\s*(?:\d|[ivx]+\b))|"
                                   r"\b\d{4}\s*-\s*\d{4}\b|\btu (?:nam )?\d{4} (?:den|toi) (?:het )?(?:nam )?\d{4}\b|"
                                   r"\b(?:den|toi) (?:het )?nam \d{4}\b")
SLOT_FILL["frequency"] = re.compile(r"\b(hang (ngay|tuan|thang|quy|nam)|dinh ky (hang )?(ngay|tuan|thang|quy|nam)|"
                                    r"\d+ (ngay|tuan|thang|nam) (mot|1) lan|moi (thang|quy|nam)( mot lan)?)\b")
# a document's or a thing's number as printed: "43-NQ/TW", "số 21", "Quyết định 1234/QĐ-TTg"
SLOT_FILL["number"] = re.compile(r"\b\d+\s*-\s*[a-z]+(?:/[a-z]+)+\b|\b\d+/[a-z]+(?:-[a-z]+)+\b|\bso \d+")
# a person's name as printed: 2-4 capitalised syllables, the first a common Vietnamese family name
FAMILY_NAMES = ("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ",
                "Hồ", "Ngô", "Dương", "Lý", "Lò", "Sai", "Trương", "Đinh", "Lâm", "Mai", "Tô", "Hà", "Đào",
                "Đoàn", "Vương", "Trịnh", "Cao", "Lương", "Tạ", "Châu", "Quách", "Lục", "Nông", "Lường", "Triệu")


# a place as printed: an administrative unit's noun followed by its capitalised name ("tỉnh Lạng Sơn",
# "thành phố Cần Thơ"), or the place before the date of a document's header ("Hà Nội, ngày 24 tháng 11 ...")
_PLACE_RE = re.compile(r"\b(?:tỉnh|thành phố|huyện|quận|thị xã|thị trấn|xã|phường|thủ đô)\s+(?=\w)", re.I)
_PLACE_DATE_RE = re.compile(r"(\w+(?: \w+){0,3}),\s*ngày\s+\d")


def has_place_name(text: str) -> bool:
    """A named place: "tỉnh Lạng Sơn" (not "tỉnh ủy", not "các tỉnh"), or "Hà Nội, ngày …"."""
    for m in _PLACE_RE.finditer(text):
        nxt = text[m.end():].split(maxsplit=1)
        if nxt and nxt[0][0].isupper():
            return True
    return any(all(w[0].isupper() for w in m.group(1).split()) and len(m.group(1).split()) >= 2
               for m in _PLACE_DATE_RE.finditer(text))


# a name right after these words names an organisation, a place or a doctrine ("Đoàn Thanh niên Cộng sản Hồ Chí
# Minh", "tư tưởng Hồ Chí Minh", "thành phố Hồ Chí Minh"), not a person holding an office
_NOT_PERSON_BEFORE = re.compile(r"(?:cộng sản|tư tưởng|thành phố|tp\.?|lăng|trường|học viện|đại học|quỹ|giải thưởng)\s*$",
                                re.I)


# runs that open with a family name but name an organisation or a place ("Đoàn Thanh niên", "Hà Nội")
NOT_PERSON_RUNS = ("Đoàn Thanh", "Hà Nội", "Hà Giang", "Hà Tĩnh", "Hà Nam", "Cao Bằng", "Lâm Đồng", "Cao Lãnh")


def has_person_name(text: str) -> bool:
    """A person's name as printed: 2-4 capitalised words, the first a common Vietnamese family name, not
    the name of an organisation, a place or a doctrine."""
    for r in capitalised_runs(text):
        w = r.split()
        if w[0] not in FAMILY_NAMES or not 2 <= len(w) <= 4:
            continue
        if r.startswith(NOT_PERSON_RUNS):
            continue
        at = text.find(r)
        if at >= 0 and _NOT_PERSON_BEFORE.search(text[:at]):
            continue
        return True
    return False


# unaccented "o dau" followed by a part of a text reads "at the head of" ("o dau nghi quyet", "o dau phan II");
# a period does not ("o dau nam 2023" is as often "where, in 2023" as "early in 2023")
_HEAD_OF_NEXT_RE = re.compile(r" (?:nghi|ke|chuong|van|phan|muc|dieu|bai|trang|doan|danh sach|tai lieu)\b")


def _asks_where(m: re.Match, folded: str, typed: str) -> bool:
    """A place cue of SLOT_CUES["place"] asks a place. "ở đâu" / "tại đâu" (where) and "ở đầu" (at the head
    of) fold alike: typed with marks, the syllable says which; typed bare, the word after it does."""
    a, b = m.span("dau")
    if a < 0:
        return True
    if _follows_no_place(folded, typed, m.start()):
        return False
    syllable = typed[a:b].lower()
    if syllable != "dau":
        return syllable.replace("đ", "d") == "dâu"
    return not _HEAD_OF_NEXT_RE.match(folded, b)


# what "ở đâu" follows when it does not ask a place (folded, the words right before it): a shortcoming, a
# difference or a cause asks in what respect ("còn yếu ở đâu", "hạn chế ở đâu", "khác nhau ở đâu", "nguyên nhân ở
# đâu"); a verb of writing asks where in the text ("ghi ở đâu", "đề cập ở đâu"). Either way a passage answers it,
# not a place name. ("tổ chức ở đâu", "ký ở đâu", "trụ sở ở đâu" keep asking a place.)
_NOT_PLACE_BEFORE_RE = re.compile(
    r"\b(?:yeu|yeu kem|kem|vuong|vuong mac|han che|ton tai|bat cap|thieu sot|khuyet diem|khac|khac nhau|"
    r"khac biet|giong nhau|nguyen nhan|(?P<writing>ghi|ghi ro|neu|neu ro|de cap|nhac|nhac den|nhac toi|"
    r"trinh bay))\s+$")
# a place noun in the subject of a verb of writing: "Nơi ban hành … ghi ở đâu?", "Địa chỉ … được ghi ở đâu?" ask
# the place itself (the header's "Hà Nội, ngày …", or an address the text may not print). Not a place asked:
# "nơi" counted ("các nơi", "có nơi", "một số nơi": places in general) or the label "Nơi nhận" (the recipients),
# "địa bàn" after "trên" (it places the topic: "trên địa bàn tỉnh"), "địa chỉ tin cậy" (a trusted body)
_PLACE_NOUN_RE = re.compile(r"(?<!\bcac )(?<!\bco )(?<!\bso )(?<!\bnhieu )(?<!\bmoi )(?<!\btung )(?<!\bvai )"
                            r"\b(?P<noi>noi)\b(?! nhan\b)|\bdia chi\b(?! tin cay)|\btru so\b|\bdia diem\b|"
                            r"(?<!\btren )\bdia ban\b")
# typed bare, "noi" is as often "nội" (nội dung, nội bộ) or "nói": it names a place only before what happens there
_BARE_NOI_PLACE_RE = re.compile(r" (?:ban hanh|to chuc|dien ra|ky|dat|o|lam viec|cu tru|dang ky|nop|tiep nhan|"
                                r"hop|tru)\b")


def _subject_names_a_place(folded: str, typed: str, end: int) -> bool:
    """Whether the question before `end` holds a place noun ("nơi ban hành", "địa chỉ", "trụ sở", "địa điểm",
    "địa bàn"); "nơi" typed with its mark, or bare before what happens there ("noi to chuc")."""
    for m in _PLACE_NOUN_RE.finditer(folded, 0, end):
        a, b = m.span("noi")
        if a < 0:
            return True
        syllable = typed[a:b].lower()
        if syllable == "nơi" or (syllable == "noi" and _BARE_NOI_PLACE_RE.match(folded, b)):
            return True
    return False


def _follows_no_place(folded: str, typed: str, at: int) -> bool:
    """Whether the "ở đâu" starting at `at` follows a word after which it does not ask a place; after a verb of
    writing, only when the subject names no place."""
    m = _NOT_PLACE_BEFORE_RE.search(folded[max(0, at - 40):at])
    if not m:
        return False
    return m.group("writing") is None or not _subject_names_a_place(folded, typed, at)


def _typed_folded(question: str) -> tuple[str, str]:
    """(the question as typed, NFC; folded), same offsets: the folded form stands for both when folding changes
    the length."""
    typed = nfc(question)
    folded = fold(typed)
    return (folded if len(folded) != len(typed) else typed), folded


# the measure words, which take no determiner after "mấy" (`_asks_amount`)
_MEASURES = frozenset(_MEASURE_WORDS)


def _asks_amount(m: re.Match, folded: str, typed: str) -> bool:
    """An amount cue of SLOT_CUES["amount"] asks a quantity; "bao nhiêu bản" (copies) does, "bao nhiêu ban"
    (committees, a part of the text counted by the structure answerers) does not, nor does an unaccented one.
    "mấy người" asks how many people unless "mấy" is the plural determiner of the South and Centre ("nói răng về
    mấy người có uy tín?": those people; rag.decision.counting); a measure word after it ("mấy lần", "mấy phần
    trăm") takes no determiner."""
    if m.group("unit") is not None and m.group("unit") not in _MEASURES \
            and is_plural_determiner(typed, folded, m.start("may")):
        return False
    a, b = m.span("ban")
    return a < 0 or typed[a:b].lower() == "bản"


# an asking word followed by "cũng" is a universal quantifier, not a question: "năm nào cũng làm" (every year),
# "ai cũng biết" (everyone), "ở đâu cũng có" (everywhere), "bao giờ cũng" (always). "cùng" (with, "năm nào cùng
# với …") and "cung" ("khi nào cung cấp …") fold alike and keep the question: the typed syllable says which
# (_follows_universal); a question typed without marks keeps the folded reading
_UNIVERSAL_RE = re.compile(r"\s+(?P<cung>cung)\b")


def _follows_universal(typed: str, folded: str, at: int) -> bool:
    """Whether "cũng" (a universal quantifier) follows the asking word that ends at `at`; unaccented "cung" only
    in a question typed without marks."""
    m = _UNIVERSAL_RE.match(folded, at)
    if not m:
        return False
    return typed_one_of(typed, m.span("cung"), "cũng")
# the head of the phrase "… là ai" asks: a body or a recipient of tasks ("đầu mối theo dõi … là ai", "cơ quan chủ
# trì … là ai", "nhóm cuối là ai") asks which body, printed as a body's name, not a person's; a person's noun or an
# office ahead of it ("người đứng đầu cơ quan … là ai", "Chánh Văn phòng … là ai") keeps asking a person
# ("lực lượng", a force, names a group of people or bodies, never one person: "lực lượng nòng cốt là ai")
_BODY_HEAD_RE = re.compile(r"\b(?:dau moi|co quan|don vi|bo phan|nhom|luc luong)\b")
_PERSON_HEAD_RE = re.compile(r"\b(?:nguoi|dong chi|ong|ba|tac gia|ho ten|ten|chanh|truong|pho|bi thu|chu tich|"
                             r"giam doc|thu truong|lanh dao)\b")
# person heads that fold like other words: "phó" (deputy) like "phố" (street, "thành phố"), "trưởng" (head) like
# "trường" (school), "bà" (Mrs) like "ba" (three); typed with marks, only the office or the title is a person's
_TYPED_PERSON_HEADS = {"pho": "phó", "truong": "trưởng", "ba": "bà"}
# where the clause of "… là ai" begins: a sentence end, a semicolon, a colon or a dash (commas may list verbs of one
# subject: "đầu mối theo dõi, đôn đốc … là ai")
_CLAUSE_START_RE = re.compile(r".*(?:[.?!;:]|\s[–-]\s)", re.S)
# a leading adjunct of place or scope closed by a comma ("Ở thành phố …, ", "Trong đơn vị chủ trì …, ", "Tại xã …, ")
# is not the subject of "là ai": the head is sought after it
_ADJUNCT_RE = re.compile(r"\s*(?P<prep>o|trong|tai)\s[^,]*,")
_ADJUNCT_TYPED = ("ở", "trong", "tại")


def _person_head(folded: str, typed: str, start: int, end: int) -> int | None:
    """Where the first person noun or office between `start` and `end` begins, or None; an ambiguous fold
    (_TYPED_PERSON_HEADS) counts only as typed, or in a question typed without marks."""
    for p in _PERSON_HEAD_RE.finditer(folded, start, end):
        want = _TYPED_PERSON_HEADS.get(p.group(0))
        if want is None or typed_one_of(typed, p.span(), want):
            return p.start()
    return None


# "ai với ai", "ai và ai" (who and who): a set of parties, which strata or bodies fill ("nền tảng là ai với ai":
# the alliance of workers, farmers and intellectuals), not one person's name
# ("… là ai và ai ký?" asks two things: the second "ai" must close the clause, or stand before a particle)
_PAIR_RE = re.compile(r"\s+(?:voi|va|cung|hay)\s+ai\s*(?:[?.!,;]|$|(?:vay|rua|the|a|nhi|ha|nhe|ha|ne)\b)")


def _asks_pair(m: re.Match, folded: str) -> bool:
    """Whether the "là ai" of `m` is "là ai với ai" (a set of parties)."""
    return bool(_PAIR_RE.match(folded, m.start() + len("la ai")))


def _asks_person(m: re.Match, folded: str, typed: str) -> bool:
    """A person cue of SLOT_CUES["person"] asks a person unless it is "là ai với ai" (a set of parties) or "là ai"
    after a subject whose head (its first body or person noun, after a leading adjunct "Ở/Trong/Tại …,") is a
    body's (_BODY_HEAD_RE)."""
    if m.group(0).startswith("ai la"):
        return not _complement_is_body(m, folded, typed)
    if not m.group(0).startswith("la ai"):
        return True
    if _asks_pair(m, folded):
        return False
    head = _CLAUSE_START_RE.match(folded, 0, m.start())
    start = head.end() if head else 0
    adjunct = _ADJUNCT_RE.match(folded, start, m.start())
    if adjunct and typed_one_of(typed, adjunct.span("prep"), *_ADJUNCT_TYPED):
        start = adjunct.end()
    body = _BODY_HEAD_RE.search(folded, start, m.start())
    person = _person_head(folded, typed, start, m.start())
    return body is None or (person is not None and person < body.start())


# how far after "ai là" the complement's head is sought ("ai là đầu mối …", "ai là lực lượng nòng cốt …"): the
# noun that opens it, after at most a determiner or two ("ai là những lực lượng …", "ai là các cơ quan …")
_COMPLEMENT_HEAD_RE = re.compile(r"\s+(?:(?:nhung|cac|mot|hai|ba)\s+){0,2}")


def _complement_is_body(m: re.Match, folded: str, typed: str) -> bool:
    """Whether "ai là X" (who is X) names a body's role: X opens with a body's head noun (_BODY_HEAD_RE, "ai là
    đầu mối …", "ai là lực lượng nòng cốt …"), the mirror of "X là ai"; a person's noun ("ai là tác giả", "ai là
    người chủ trì") keeps asking a person."""
    at = _COMPLEMENT_HEAD_RE.match(folded, m.end()).end()
    body = _BODY_HEAD_RE.match(folded, at)
    return body is not None and _person_head(folded, typed, at, body.end()) is None


def asks_body(question: str) -> bool:
    """Whether the question asks which body with "… là ai" or "ai là …" (_asks_person)."""
    typed, folded = _typed_folded(question)
    return any((m.group(0).startswith("ai la") or (m.group(0).startswith("la ai") and not _asks_pair(m, folded)))
               and not _asks_person(m, folded, typed)
               for m in SLOT_CUES["person"].finditer(folded))


def expected_slot(question: str) -> str | None:
    """The slot a question asks, from the question as typed (accented or not; a folded one reads as unaccented)."""
    typed, folded = _typed_folded(question)
    tests = {"place": lambda m: _asks_where(m, folded, typed), "amount": lambda m: _asks_amount(m, folded, typed),
             "person": lambda m: _asks_person(m, folded, typed),
             "hour": lambda m: m.start("may") < 0 or typed_one_of(typed, m.span("may"), "mấy"),
             "sanction": lambda m: m.start("phat") < 0 or typed_one_of(typed, m.span("phat"), "phạt")}
    for slot, pattern in SLOT_CUES.items():
        if any(tests.get(slot, bool)(m) and not _follows_universal(typed, folded, m.end()) for m in pattern.finditer(folded)):
            return slot
    return None


_PART_SPLIT_RE = re.compile(r"\s(?:va|con|dong thoi)\s|,\s*")
_ASK_RE = re.compile(r"\b(ai|gi|nao|nhung|the nao|ra sao|bao nhieu|may)\b")


def _parts(question: str) -> list[tuple[str, str]]:
    """(as typed, folded) of each part of a question, split on "và", "còn", "đồng thời" and commas."""
    typed, folded = _typed_folded(question)
    cuts = [0, *(x for m in _PART_SPLIT_RE.finditer(folded) for x in m.span()), len(folded)]
    return [(typed[a:b], folded[a:b]) for a, b in zip(cuts[::2], cuts[1::2])]


# a part that asks which body: "bộ nào chủ trì", "cơ quan nào", "đơn vị nào", or "cơ quan … là ai" (asks_body)
# ("bản nào", which copy or text, folds like "ban nào", which committee: typed with marks, the syllable says which)
_WHICH_BODY_RE = re.compile(r"\b(?:bo|co quan|don vi|bo phan|(?P<ban>ban)|nganh) nao\b")


def _asks_which_body(typed: str, folded: str) -> bool:
    """Whether a part asks which body ("bộ nào", "cơ quan nào", "ban nào"; not "bản nào")."""
    return any(m.start("ban") < 0 or typed_one_of(typed, m.span("ban"), "ban") for m in _WHICH_BODY_RE.finditer(folded))
# a body's name as printed: a capitalised body noun ("Ban Tuyên giáo", "Bộ Công an", "Ủy ban Mặt trận", "Chính phủ"),
# or the committees of a level ("các tỉnh ủy, thành ủy", "cấp ủy")
_BODY_RE = re.compile(r"(?<!\w)(?:Ban(?! hành)|Bộ(?! đội)|Ủy ban|Uỷ ban|Chính phủ|Quốc hội|Mặt trận|Hội(?! nghị)|Đảng đoàn|"
                      r"Đảng [uủ]y|Tỉnh [uủ]y|Thành [uủ]y|Huyện [uủ]y|Văn phòng|Liên đoàn|Công đoàn|Sở|Hội đồng|"
                      r"Đoàn Thanh niên|UBND|HĐND|MTTQ)(?!\w)|(?<!\w)(?:tỉnh [uủ]y|thành [uủ]y|cấp [uủ]y|đảng [uủ]y)(?!\w)")


def part_slots(question: str) -> list[str | None]:
    """What each asking part of a question asks, first asked first, without repeats: its slot, "body" for a part
    that asks which body, or None for a part that asks something else ("làm gì"). "Tổ chức vào ngày nào, tại
    đâu?": [day, place]."""
    out: list[str | None] = []
    for part, folded in _parts(question):
        s = expected_slot(part) or ("body" if _asks_which_body(part, folded) or asks_body(part) else None)
        if (s or _ASK_RE.search(folded)) and s not in out:
            out.append(s)
    return out


def other_part_asks(question: str, slot: str) -> bool:
    """A two-part question ("ai chủ trì và khi nào xong?"): besides the part that asks `slot`, another part
    asks something else, which can be answered on its own."""
    parts = _parts(question)
    if len(parts) < 2:
        return False
    slots = [expected_slot(p) for p, _ in parts]
    # the other part asks something that is not the same kind of thing ("bao nhiêu X và bao nhiêu Y" is one ask)
    return slot in slots and any((s or _ASK_RE.search(f)) and s != slot for (_, f), s in zip(parts, slots))


# a number that is a date, a document or an item number, not a figure
_NOT_FIGURE_BEFORE = {"ngay", "thang", "nam", "so", "quy", "khoa", "muc", "diem", "phan", "dieu", "khoan", "thu",
                      "doan", "lan", "giai"}
_NUMBER_TOKEN_RE = re.compile(r"(?<![\w/.-])(\d+(?:[.,]\d+)*)(?![\w/-])")


def has_figure(folded: str) -> bool:
    """A printed quantity: a percentage, or a number that is not a year, a date, an item or document number."""
    if re.search(r"\d\s*%|phan tram", folded):
        return True
    for m in _NUMBER_TOKEN_RE.finditer(folded):
        before = folded[: m.start()].split()[-1:] or [""]
        n = m.group(1)
        if before[0] in _NOT_FIGURE_BEFORE or re.fullmatch(r"(19|20)\d\d", n):
            continue
        return True
    return False


# the date of a cited document ("Nghị quyết số 23-NQ/TW ngày 12/3/2003"): when it was issued, not a deadline
_CITED_DATE_RE = re.compile(r"\d+\s*-\s*[a-z]+(?:/[a-z]+)+,?\s+ngay\s+\d{1,2}(?:/\d{1,2}/\d{4}| thang \d{1,2} nam \d{4})")


def has_cited_date(text: str) -> bool:
    """The text cites a document with its date ("Kết luận 65-KL/TW, ngày 30/10/2019")."""
    return bool(_CITED_DATE_RE.search(fold(text).lower()))


# a question that asks when something must be done ("phải hoàn thành trong năm nào", "bao giờ phải xong"); not
# "thời hạn", which is as often the term a programme runs ("thời hạn thực hiện Chiến lược … đến năm 2030")
_DUE_RE = re.compile(r"\b(?:hoan thanh|xong|han chot|han cuoi|cham nhat)\b")
# the span a named programme covers, part of its name ("Chiến lược quốc gia phát triển … đến năm 2030, tầm nhìn đến
# năm 2045", "Đề án … giai đoạn 2021-2025"): a capitalised kind of programme and its lowercase name, or a "tầm nhìn"
# pair. It says how far the programme looks, not when the work of making it is due
_HORIZON_RE = re.compile(r"\b(?:Chiến lược|Đề án|Quy hoạch|Chương trình|Dự án|Kế hoạch)(?: [a-zà-ỹđ]+){1,14}"
                         r"(?: (?:đến|tới) năm \d{4}| giai đoạn \d{4}\s*-\s*\d{4})(?:,? tầm nhìn (?:đến|tới) năm \d{4})?|"
                         r"\btầm nhìn (?:đến|tới) năm \d{4}")


HORIZON_RE = _HORIZON_RE


def asks_due(question: str) -> bool:
    """Whether the question asks when something must be done (a deadline), not how far something looks."""
    return bool(_DUE_RE.search(_typed_folded(question)[1]))


def without_horizons(text: str) -> str:
    """The text less the spans named programmes cover (_HORIZON_RE): no deadline stands in them."""
    return _HORIZON_RE.sub(" ", nfc(text))


_MEASURE_AT = re.compile(r"\s+(?:" + _MEASURES_RE + r")\b")


def measure_at(folded: str, at: int) -> bool:
    """Whether the folded words at `at` name a quantity's unit ("… có bao nhiêu| đại biểu", "có mấy| người dự"):
    after "mấy" / "bao nhiêu", an amount asked, not a count of a document's parts."""
    return bool(_MEASURE_AT.match(folded, at))


def slot_filled(slot: str, text: str, due: bool = False) -> bool:
    """Whether `text` holds an expression of the slot's type; `due`: the question asks a deadline, which the span
    of a named programme ("Chiến lược … đến năm 2030") does not give."""
    if due and slot in ("time", "date", "day"):
        text = without_horizons(text)
    if slot == "body":
        return bool(_BODY_RE.search(nfc(text)))
    if slot == "person":
        return has_person_name(text)
    if slot == "amount":
        return has_figure(fold(text).lower())
    if slot == "place":
        return has_place_name(text)
    folded = fold(text).lower()
    # a cited document's date is not the time a task is due; a day or date asked may be that document's own
    # ("Chỉ thị … ban hành ngày nào", asked of a document the corpus cites), so those keep it
    if slot == "time":
        if _CONDITION_TIME_RE.search(nfc(text)):
            return True
        folded = _CITED_DATE_RE.sub(" ", folded)
    if slot == "duration":
        return _fills_duration(text, folded)
    return bool(SLOT_FILL[slot].search(folded))


def _fills_duration(text: str, folded: str) -> bool:
    """Whether `text` prints a length of time; a count word that folds like another word ("tu", "sau") counts only
    typed as the number ("tư", "sáu"), or in a text typed without marks."""
    typed = _typed_folded(text)[0]
    for m in SLOT_FILL["duration"].finditer(folded):
        word = m.group("count")
        if word in _FOLDED_COUNTS and not typed_one_of(typed, m.span("count"), *_FOLDED_COUNTS[word]):
            continue
        return True
    return False
