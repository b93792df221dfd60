"""The metadata and deadline intents of a question, before any retrieval: who signed, when it was issued, which
number, who issued it, where it is sent, the certified copy, a deadline, a footnote. Each intent has its folded cue
phrases and the kinds of unit that answer it (INTENTS); the issue date, the signer, the issuer and the recipients are
also asked as a verb and a question word a few words apart (the composed patterns below). The document references of
a question are `rag.question.route`, which sets `Understanding.intents` from `intents_of`."""
from __future__ import annotations

import re

from rag.question.anaphor import ANAPHOR_RE
from rag.question.kinds import KIND_RE as _KIND_RE
from rag.question.particles import closing_alt
from rag.text import typed_one_of

INTENTS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    # intent: (folded cue phrases, unit kinds that answer it)
    "signer": (("ai ky", "nguoi ky", "ky ban hanh", "ky van ban", "chu ky", "ai da ky", "ky ten", "thay mat",
                "do ai ky", "ky thay", "ky nghi quyet", "ky ke hoach", "ky chuong trinh", "nao ky"), ("signature", "copy")),
    "date": (("ngay ban hanh", "ban hanh ngay", "de ngay", "ban hanh khi nao", "ban hanh vao", "ban hanh nam nao", "ky ngay",
              "ngay ky", "ky vao ngay", "sao y vao ngay", "sao y ngay", "sao y khi nao", "ban hanh luc nao",
              "duoc ban hanh"), ("header", "copy")),
    "number": (("so hieu", "so may", "so van ban", "ky hieu", "so bao nhieu", "mang so"), ("header", "copy")),
    "issuer": (("co quan nao ban hanh", "ai ban hanh", "do ai ban hanh", "ban hanh boi", "cap nao ban hanh",
                "co quan ban hanh", "don vi ban hanh", "do co quan nao"), ("header", "signature", "preamble")),
    "recipients": (("noi nhan", "gui cho", "gui den", "gui toi", "gui len", "duoc gui", "nhan van ban", "nhan ban"),
                   ("recipients", "copy_recipients")),
    "copy": (("sao y", "ban sao", "sao luc"), ("copy", "copy_recipients")),
    "deadline": (("thoi han", "han chot", "khi nao hoan thanh", "hoan thanh khi nao", "bao gio hoan thanh",
                  "hoan thanh truoc", "thoi gian hoan thanh", "han hoan thanh", "tien do", "moc thoi gian",
                  "hoan thanh trong", "truoc ngay nao", "han cuoi", "thuc hien khi nao", "khi nao phai",
                  "lam xong", "phai xong", "xong truoc", "xong khi nao", "xong trong", "truoc ngay may"), ()),
    "footnote": (("chu thich", "ghi chu", "cuoc chu"), ("footnote",)),
    # where a document was issued or signed ("ký ở đâu", "ban hành tại đâu"): the place line of its header
    "place": (("noi ban hanh", "dia diem ban hanh", "noi ky"), ("header", "copy")),
}
METADATA_INTENTS = ("signer", "date", "number", "issuer", "recipients", "copy")
# the facts a document's catalog entry answers: the metadata intents and the issue place (its header's place line,
# asked "ký ở đâu"), the one list the catalog answerers and the decision read (rag.decision.metadata.asked_catalog)
CATALOG_INTENTS = METADATA_INTENTS + ("place",)
# compiled once: an intent is asked when one of its cues occurs between non-letters (one pattern per intent
# finds a match exactly when one of its cues would on its own)
_INTENT_RES = {intent: re.compile(rf"(?<![a-z])(?:{'|'.join(re.escape(c) for c in cues)})(?![a-z])")
               for intent, (cues, _) in INTENTS.items()}


# The verbs of issuing a document, folded: the one list (the issue date and place below, retrieval's place boost,
# the issuer as their subject). Folded, "ký" (sign) is "kỳ" (period) and "kỹ" (thoroughly) too: typed with marks,
# only "ký" counts (intents_of masks the others); typed bare, _KY is never in "định kỳ", "thư ký", "đăng ký",
# "nhiệm kỳ", "thời kỳ", "kỳ họp", "kỳ này"…, and a bare "ky" issues only with "đã/được" before it, or with the
# question of time or place right after it
ISSUE = r"(?:ban hanh|ra doi|thong qua|sao y|phat hanh|(?:da|duoc) ky)"
_KY = r"(?<!dinh )(?<!(?<!bi )thu )(?<!dang )(?<!nhiem )(?<!thoi )\bky\b(?!\s+(?:hop|han|vong|thi|niem|luat|cong|nay|toi)\b)"
# the questions of time, folded (also rag.answerers.work.task_query: a period asked about is no due filter)
# (and the Central "mô" for "nào": "ban hành ngày mô", "ký bữa mô"; "bữa nào" for "hôm nào"; not "mô hình", "mở rộng";
# the Southern "hồi nào", "chừng nào"; a quarter, "quý nào"; also rag.answerers.compound.parts: where a time asked ends a part)
# the Southern "bữa mấy" / "hôm mấy" for "ngày mấy" ("ký bữa mấy vậy?"), only where it closes the clause, with at most
# particles or a form of address after it: "Bữa mấy anh cán bộ huyện xuống …" is "the other day, some cadres …"
# (the plural "mấy", rag.decision.counting), "bữa mấy giờ" an hour
DAY_MAY = rf"(?:bua|hom) may(?=\s*(?:{closing_alt()}\s*)*(?:[?!.,;:]|$))"
WHEN = r"(?:ngay nao|hom nao|hoi nao|khi nao|luc nao|bao gio|nam nao|thang nao|quy nao|chung nao|thoi gian nao|" \
       r"thoi diem nao|ngay may|ngay bao nhieu|thang may|nam may|" \
       r"ngay thang nao|bua nao|(?:ngay|hom|bua|khi|nam|thang|hoi) mo(?! (?:hinh|ta|phong|rong|cua|dau)\b)|" \
       rf"{DAY_MAY})"
# "ban hành hôm nào", "ra đời khi nào", "ngày nào thì ký": a verb of issuing and a question of time, either
# order, a few words apart, asks the issue date (the cue phrases above are the common fixed forms)
# "ra" (issued) right before a question of time ("chỉ thị đó ra ngày nào", "do ai ra hôm nào"), not the "ra" of a
# verb it completes ("diễn ra", "xảy ra", "đề ra", "đưa ra" …: what happens or is set out, not an issue date)
_RA_WHEN = (r"(?<!dien )(?<!xay )(?<!de )(?<!dua )(?<!nhan )(?<!tim )(?<!chi )(?<!lam )(?<!sinh )(?<!mo )(?<!tro )"
            r"(?<!bay )(?<!noi )(?<!hien )(?<!ke )(?<!nghi )(?<!viet )(?<!soan )(?<!lap )(?<!phat )(?<!vuot )"
            r"(?<!thoat )(?<!giai )(?<!keo )(?<!di )(?<!chay )(?<!toat )(?<!nay )(?<!ve )\bra\s+")
# (the particles and forms of address that close a polite question: rag.question.particles)
_ISSUED_END_LATE = rf"\s*(?:{closing_alt()}\s*){{0,3}}(?:[?!.]|$)"
ISSUE_DATE_RE = re.compile(rf"{_RA_WHEN}{WHEN}\b|\b{ISSUE}\b(?:\s+[a-z0-9]+){{0,3}}?\s+{WHEN}\b|"
                           rf"\b{WHEN}\b(?:\s+[a-z0-9]+){{0,2}}?\s+(?:duoc\s+|da\s+)?{ISSUE}\b|"
                           rf"{_KY}\s+(?:vao\s+)?{WHEN}\b|"
                           # "do ai ký, ngày nào?", "ai ký và khi nào": a question of time alone after the verb, ending the sentence, is
                           # the time of that verb (not "ký, ngày nào thì triển khai", which has its own verb)
                           # (also with the document signed named between: "ai ký nghị quyết 43, vào ngày nào?")
                           rf"(?:\b{ISSUE}\b|{_KY})(?:\s+(?:{_KIND_RE})\b(?:\s+[a-z0-9/-]+){{0,3}}?)?"
                           rf"(?:\s*,\s*(?:va\s+)?|\s+va\s+)(?:vao\s+)?{WHEN}\b(?={_ISSUED_END_LATE})|"
                           # "ký chương trình này ngày nào?", "ký văn bản đó hôm nào": the document signed named by its
                           # kind word between the verb and a question of time closing the sentence
                           rf"{_KY}(?!\s+ket\b)\s+(?:{_KIND_RE}|van ban)\b(?:\s+[a-z0-9/-]+){{0,3}}?\s+(?:vao\s+)?{WHEN}\b"
                           rf"(?={_ISSUED_END_LATE})|"
                           # "do ai ký, khi nào ký?", "bao giờ thì ký?": a question of time before a bare "ký" closing
                           # the sentence (not "khi nào ký kết quy chế", "ngày nào ký hợp đồng": signing something else)
                           rf"\b{WHEN}\s+(?:thi\s+)?(?:duoc\s+|da\s+)?{_KY}(?={_ISSUED_END_LATE})")
# a verb of issuing anywhere ("ban hành ở thành phố nào"), a bare "ký" only right before "ở/tại" ("ký ở đâu")
ISSUED_RE = re.compile(rf"\b{ISSUE}\b|{_KY}\s+(?=(?:o|tai)\b)")
# "được ban hành" is a date cue only when the clause ends with it ("… được ban hành chưa?", "được ban hành rồi à")
# or a word of time or order follows ("được ban hành vào …", "… trước hay sau", "năm 2023", "gần đây nhất");
# followed by anything else it asks something else: what for ("nhằm / để / với những mục tiêu gì"), on what ground
# ("theo / căn cứ / kèm theo …"), where ("tại hội nghị nào"), by whom ("bởi ai"). Its bare cue is then masked
# for the date intent.
# (the end of the question, or of a clause asking "yes or no"; not a comma going on to ask something else:
# "… được ban hành rồi, vậy tỉnh phải làm gì?")
_ISSUED_END = rf"\s*(?:(?:{closing_alt()}|khong|chua|roi|chu|ong|ba|dong chi)\s*){{0,3}}(?:[?!]|\.?\s*$)|" \
              r"\s+(?:chua|khong)\s*,"
# (a word of time or order; not "trước đây / trước đó / sau đó / sau khi": what came before or after)
_ISSUED_TIME = r"\s+(?:vao|tu|truoc(?!\s+(?:day|do|kia)\b)|sau(?!\s+(?:do|khi|nay)\b)|som|muon|ngay|nam|thang|quy|luc|" \
               r"khi|hoi|hom|bua|bao lau|cach day|gan day|moi nhat|sau cung|dau tien|cuoi cung|da lau|lau chua|" \
               r"cung (?:ngay|luc|nam|thang|thoi))\b"
_ISSUED_TIME_AFTER = rf"{_ISSUED_END}|{_ISSUED_TIME}"
_ISSUED_FOR_RE = re.compile(rf"\bduoc ban hanh(?!{_ISSUED_TIME_AFTER})")
_WHEN_RE = re.compile(rf"\b{WHEN}\b")


def issued_for_masked(folded: str) -> str:
    """The folded question the date cues are read on: "được ban hành" followed by no word of time masked (same
    length), unless a question of time stands elsewhere ("được ban hành nhằm mục đích gì, vào ngày nào")."""
    if _WHEN_RE.search(folded):
        return folded
    return _ISSUED_FOR_RE.sub(lambda m: "x" * len(m.group()), folded)


# The other metadata asked as a verb and a question word a few words apart, either order (the cue phrases of INTENTS
# are the common fixed forms): who signs ("người đứng tên … là ai", "ký với tư cách gì", "do Bí thư ký phải không"),
# who issues ("cơ quan nào phát hành", "của cơ quan nào", "do ai đề ra"), where it is sent ("gửi những nơi nào")
_WHO = r"(?:ai|nguoi nao|dong chi nao|ong nao|ba nao|tu cach (?:gi|nao)|chuc vu (?:gi|nao)|cuong vi (?:gi|nao)|chuc danh (?:gi|nao))"
_SIGN = rf"(?:dung ten|{_KY})"
SIGNER_RE = re.compile(rf"\b{_SIGN}\b(?:\s+[a-z0-9]+){{0,3}}?\s+(?:la\s+|voi\s+)?{_WHO}\b|"
                       rf"\b(?:nguoi|ai)\s+(?:[a-z]+\s+){{0,3}}?{_SIGN}\b|\bdo\s+(?:[a-z]+\s+){{1,5}}?{_KY}\s+(?:phai khong|dung khong|khong|a|chu)\b")
_BODY_Q = r"(?:co quan nao|don vi nao|cap nao|to chuc nao|noi nao)"
_MAKE = r"(?:ban hanh|phat hanh|de ra|soan thao|soan|ra doi)"
# "của / thuộc / do cơ quan nào" at the end asks the issuer only of a document ("Nghị quyết 43 là của cơ quan
# nào"), not of a task ("việc sơ kết là trách nhiệm của ai", "việc chăm lo cho đồng bào thuộc cơ quan nào")
_DOC_SUBJECT = rf"\b(?:{_KIND_RE}|van ban)(?:\s+(?:so\s+)?\d[0-9a-z/.-]*)?(?:\s+(?:nay|do|tren))?\s+(?:la\s+)?"
ISSUER_RE = re.compile(rf"\b{_BODY_Q}\s+(?:da\s+)?{_MAKE}\b|{_DOC_SUBJECT}(?:do|cua|thuoc)\s+{_BODY_Q}(?:\s+{_MAKE})?\s*$|"
                       rf"\bdo\s+(?:{_BODY_Q}|ai)\s+{_MAKE}\b")
SENT_TO_RE = re.compile(r"\b(?:gui|phat)\s+(?:toi\s+|den\s+|cho\s+|ve\s+|xuong\s+|len\s+|di\s+)?(?:nhung\s+)?"
                        r"(?:noi nao|ai|dau|co quan nao|don vi nao|cap nao)\b|"
                        # "<văn bản> có gửi (về) các tỉnh ủy không": whether one body is among them (a document its
                        # subject: "Mặt trận có gửi kiến nghị … không" asks a task)
                        rf"\b(?:{_KIND_RE}|van ban|ban sao|(?:nq|kh|ct|ctr)\s*\d+)\b[^,.;:?]*?\bco\s+(?:duoc\s+)?gui\s+"
                        r"(?:toi\s+|den\s+|cho\s+|ve\s+|xuong\s+|len\s+)?(?!bao cao\b)(?:[a-z]+\s+){1,6}?(?:khong|hong|chua)\s*$")
# "ký ở đâu", "ban hành tại thành phố nào": a verb of issuing and a question of place right after it
ISSUE_PLACE_RE = re.compile(rf"(?:\b{ISSUE}\b|{_KY})\s+(?:o|tai)\s+(?:dau|noi nao|tinh nao|thanh pho nao)\b")
# "ký ban hành (…) ngày nào": "ký ban hành" followed by a question of time within the words ISSUE_DATE_RE allows
# between a verb of issuing and its question ("ký ban hành ngày tháng năm nào", "ký ban hành từ lúc nào") asks when
_SIGNED_WHEN_RE = re.compile(rf"(?<=\bky )ban hanh(?=(?:\s+[a-z0-9]+){{0,3}}?\s+{WHEN}\b)")
# a question of who after "bởi / do / của / là" anywhere ("… ngày nào và bởi ai", "…, của đồng chí nào")
_WHO_ASKED_RE = re.compile(rf"\b(?:boi|do|cua|la)\s+{_WHO}\b")
# a word of date before the verb of signing or issuing, commas allowed between them ("ngày, tháng, năm ký ban
# hành", "thời điểm ký", "năm ban hành"): the date asked, and its "ký ban hành" asks no signer ("ký kết" is no signing)
_DATE_OF_SIGNING_RE = re.compile(r"\b(?:ngay|thang|nam|thoi gian|thoi diem)(?:\s*,?\s*(?:va\s+)?(?:ngay|thang|nam)\b)*"
                                 r"\s+(ky(?!\s+ket)(?:\s+ban\s+hanh)?|ban\s+hanh)\b")
# "trong năm ban hành", "từ ngày ký", "hằng năm ban hành", "những năm ban hành": a time it frames, not one it asks
_TIME_FRAME_BEFORE_RE = re.compile(r"\b(?:trong|tu|sau|truoc|den|toi|vao|cung|ke tu|ngay tu|tinh tu|hang|moi|nhung|"
                                   r"cac|may)\s+$")
# "ngày nào tỉnh phải báo cáo", "bao giờ các cấp phải sơ kết": a question of time, a few words (the subject), then
# "phải" asks by when something must be done (the cue phrases above hold the fixed "khi nào phải")
# (not a target reached by a time: "tới năm nào thì nước mình phải giàu lên", "… phải ra sao / thành nước thế nào")
# (nor the tag "… phải không")
DUE_WHEN_RE = re.compile(rf"(?<!toi )(?<!den )\b{WHEN}(?:\s+[a-z]+){{0,3}}?\s+phai\b"
                         r"(?!\s+(?:ra sao|the nao|nhu the nao|thanh|tro thanh|tro nen|dat|giau|la|khong|ko|hong|chang)\b)")
_COMPOSED = {"signer": SIGNER_RE, "issuer": ISSUER_RE, "recipients": SENT_TO_RE, "date": ISSUE_DATE_RE,
             "place": ISSUE_PLACE_RE}

# "có gửi báo cáo lên cơ quan nào": the bodies a document is sent to for report, "(b/c)" in its recipients
REPORT_TO_RE = re.compile(r"\bgui bao cao (?:len|den|toi|cho)\b(?:\s+[a-z0-9]+){0,4}?\s+(?:nao|nhung ai|dau)\b")


def _sign_folded(folded: str, typed: str) -> str:
    """The folded question with each "ky" not typed "ký" masked ("kx", same length), when it was typed with marks
    at all (as rag.decision.slots reads "đâu" / "đầu"); unchanged when typed bare or not given."""
    if not typed or len(typed) != len(folded) or typed.lower() == folded:
        return folded
    return re.sub(r"\bky\b", lambda m: m.group() if typed[m.start():m.end()].lower() == "ký" else "kx", folded)


# "ai ký chương trình của Thành ủy Cần Thơ, khi nào?", "ai ký văn bản này, ngày nào?": the document signed named
# whole between the verb and a question of time alone closing the sentence (the spans naming it, however long, or
# an anaphor of its kind, "văn bản này") asks the time of that verb, as ISSUE_DATE_RE's last form does for a short name
_VERB_RE = re.compile(rf"(?:\b{ISSUE}\b|{_KY})")
_GAP_RE = re.compile(r"(?:-[a-z0-9/.-]+)?\s*")     # between two spans of one name: a space, a code's tail ("số 21-KH/TW")
# between the verb and a span naming the issuer: the kind word and a few words of the title ("ký chương trình hành
# động của | Thành ủy Cần Thơ")
_KIND_LEAD_RE = re.compile(rf"\s+(?:{_KIND_RE}|van ban)\b(?:\s+[a-z]+){{0,4}}\s+")
# (after a comma, or "và" alone: "ai ký chương trình … và khi nào?")
_WHEN_ALONE_RE = re.compile(rf"(?:\s*,\s*(?:va\s+)?|\s+va\s+)(?:vao\s+)?{WHEN}\b(?={_ISSUED_END_LATE})")


def _named_then_when(folded: str, names: list[tuple[int, int]]) -> bool:
    """A verb of issuing or signing, the document's name right after it (one or more spans, a space or a code's tail
    apart; the first may follow its kind word and a few words of its title), then a question of time alone ending
    the sentence."""
    ends = {a: b for a, b in names} | {m.start(): m.end() for m in ANAPHOR_RE.finditer(folded)}
    for m in _VERB_RE.finditer(folded):
        at, moved = m.end(), False
        lead = next((a for a in sorted(ends) if a > at and _KIND_LEAD_RE.fullmatch(folded, at, a)), None)
        if lead is not None:
            at, moved = ends[lead], True
        while (nxt := _GAP_RE.match(folded, at).end()) in ends and ends[nxt] > nxt:
            at, moved = ends[nxt], True
        if moved and _WHEN_ALONE_RE.match(folded, at):
            return True
    return False


# "cũng" between the time and "phải": "<time> nào … cũng phải" is the universal (every day, always), not a question
_CUNG_RE = re.compile(r"\bcung\b")


def _always(m: re.Match, typed: str) -> bool:
    """"cũng" stands between the question of time and "phải" ("Lúc nào cũng phải đoàn kết", "Ngày nào cán bộ cũng
    phải xuống cơ sở"); typed "cùng" (together) it does not ("Ngày nào các cấp cùng phải báo cáo?"). Without marks
    (or no typed text) "cung" is read as "cũng"."""
    usable = typed if len(typed) >= m.end() else ""
    return any(typed_one_of(usable, (m.start() + c.start(), m.start() + c.end()), "cũng")
               for c in _CUNG_RE.finditer(m.group()))


def due_asked(folded: str, typed: str = "") -> list[re.Match]:
    """The deadlines DUE_WHEN_RE reads in a folded question, not a question of time a verb of issuing or signing
    asks ("ban hành ngày nào thì phải báo cáo": the issue date, then what follows it), nor "<time> nào … cũng
    phải" (always, every day). `typed`: the question as typed (same offsets), to tell "cũng" from "cùng"."""
    issued = [m.span() for m in ISSUE_DATE_RE.finditer(folded)]
    return [m for m in DUE_WHEN_RE.finditer(folded)
            if not any(a <= m.start() < b for a, b in issued) and not _always(m, typed)]


def cues_of(intent: str, folded: str) -> list[re.Match]:
    """Every one of `intent`'s cue phrases in a folded text, in order, none overlapping."""
    return list(_INTENT_RES[intent].finditer(folded))


def intents_of(folded: str, typed: str = "", names: list[tuple[int, int]] = ()) -> list[str]:
    """The intents whose cue phrases a folded text holds, in INTENTS order (one compiled pattern each); the
    issue date also when a verb of issuing meets a question of time (ISSUE_DATE_RE), the signer, the issuer and
    the recipients when their verb meets their question word (SIGNER_RE, ISSUER_RE, SENT_TO_RE); the recipients also when
    the question asks which bodies a document reports to (REPORT_TO_RE), unless it asks a deadline; a deadline also
    when a question of time, its subject and "phải" meet (`due_asked`). `typed`: the
    question as typed (NFC, same offsets), to tell "ký" from "kỳ" / "kỹ". `names`: the spans naming documents
    (rag.question.route), a name of any length between a verb of signing and a question of time alone."""
    folded = _sign_folded(folded, typed)
    q = folded.rstrip(" ?.!")
    # "ký ban hành ngày nào": the time of signing asked, not the signer (its cue "ký ban hành" masked for the
    # signer only, same length; "ai ký ban hành ngày nào" still asks who by "ai ký")
    # (not when a question of who stands elsewhere: "ký ban hành ngày nào và bởi ai", "…, do ai?")
    signed = folded if _WHO_ASKED_RE.search(q) else _SIGNED_WHEN_RE.sub(lambda m: "x" * len(m.group()), folded)
    date_of_signing = next((m for m in _DATE_OF_SIGNING_RE.finditer(folded)
                            if not _TIME_FRAME_BEFORE_RE.search(folded[:m.start()])), None)
    if date_of_signing and not _WHO_ASKED_RE.search(q):
        a, b = date_of_signing.span(1)
        signed = signed[:a] + "x" * (b - a) + signed[b:]
    issued_for = issued_for_masked(folded)
    out = [intent for intent, pattern in _INTENT_RES.items()
           if pattern.search(signed if intent == "signer" else issued_for if intent == "date" else folded)
           or (intent == "deadline" and due_asked(q, typed))
           or (intent in _COMPOSED and _COMPOSED[intent].search(signed.rstrip(" ?.!") if intent == "signer" else q))
           or (intent == "recipients" and REPORT_TO_RE.search(folded) and not _INTENT_RES["deadline"].search(folded))]
    if (date_of_signing or _named_then_when(folded, list(names))) and "date" not in out:
        out = [intent for intent in INTENTS if intent in out or intent == "date"]
    if "deadline" in out and "date" in out:
        out.remove("date")              # "hoàn thành trước ngày nào": a deadline, not the issue date
    return out
