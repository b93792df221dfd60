"""What a unit states about a document: whether it can answer a metadata question (a date, a number, a
signer …) and whether it prints one catalog fact of a given document, that document's own (a plan's header
that quotes the date of the resolution it carries out does not date the plan; a news item that names the
plan's number and prints its date does). Used by retrieval (boosts), the decision and the answer."""
from __future__ import annotations

import re

from rag.question.intents import INTENTS
from rag.text import fold, printed_date

DATE_RE = re.compile(r"ngày\s+\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}|\b\d{1,2}/\d{1,2}/\d{4}\b", re.I)
DOCNUM_RE = re.compile(r"\b\d+-[A-ZĐ]+/[A-ZĐƯ]+\b")


# a date that belongs to a document the unit cites ("thực hiện Nghị quyết số 43-NQ/TW ngày 24/11/2023")
CITED_DATE_RE = re.compile(r"\d+\s*-\s*[A-ZĐ]+(?:/[A-ZĐƯ]+)+,?\s+ngày\s+\d{1,2}(?:/\d{1,2}/\d{4}|\s+tháng\s+\d{1,2}\s+năm\s+\d{4})",
                           re.I)


def _states(unit, intents: list[str]) -> bool:
    if "date" in intents:
        # a plan's header that quotes the date of the resolution it carries out does not state its own
        return bool(DATE_RE.search(CITED_DATE_RE.sub(" ", unit.text)))
    if "number" in intents:
        return bool(DOCNUM_RE.search(unit.text))
    return True


def states_metadata(unit, intents: list[str]) -> bool:
    """Whether a unit can state what a date or number question asks (other intents: always). A unit of a kind
    some asked intent names is judged on those intents only ("ai ký … và ngày nào": the signature block
    states the signer without a date); any other unit on all of them."""
    own = [i for i in intents if unit.kind in INTENTS.get(i, ((), ()))[1]]
    return _states(unit, own or intents)


def states_fact(unit, intent: str, entry: dict) -> bool:
    """The unit states this fact of the catalog entry's document. A date or a number must be the document's
    own (a plan's header quotes the date of the resolution it carries out); a unit of another document
    counts only when it names the document's number (a news item: "Ngày 28 tháng 11 năm 2023, Bộ Chính trị
    ban hành Kế hoạch số 21-KH/TW")."""
    number, own = entry.get("number", ""), unit.doc_id == entry.get("id")
    if not own and not (number and _prints_number(unit.text, number)):
        return False
    if intent == "date":
        text = " ".join(unit.text.lower().split())
        return bool(entry.get("date")) and any(re.search(rf"(?<![\d/]){re.escape(f)}(?![\d/])", text)
                                              for f in _date_forms(entry["date"]))
    if intent == "number":
        return bool(number) and _prints_number(unit.text, number)
    if intent == "place":
        # the place line as the catalog enters it ("Hà Nội"): a header that prints no place states none
        place = " ".join(fold(str(entry.get("place", ""))).split())
        return own and unit.kind in INTENTS[intent][1] and bool(place) and \
            place in " ".join(fold(unit.text).split())
    if intent == "issuer" and entry.get("issuer"):
        # the issuer's name as printed ("T/M BỘ CHÍNH TRỊ"); a plan's header that names the body whose resolution
        # it carries out ("… Ban Chấp hành Trung ương Đảng khoá XIII") does not name its issuer
        return own and unit.kind in INTENTS[intent][1] and \
            " ".join(fold(entry["issuer"]).split()) in " ".join(fold(unit.text).split())
    return own and unit.kind in INTENTS[intent][1] and states_metadata(unit, [intent])


def _prints_number(text: str, number: str) -> bool:
    """The document number stands on its own ("21-KH/TW" is not in "121-KH/TW")."""
    return re.search(rf"(?<![\w/-]){re.escape(number)}(?![\w/-])", text) is not None


def _date_forms(iso: str) -> tuple[str, ...]:
    """'2023-11-28' as documents print it: 'ngày 28 tháng 11 năm 2023', '28/11/2023'."""
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", iso):
        return ()
    y, m, d = (int(x) for x in iso.split("-"))
    return (f"ngày {d} tháng {m} năm {y}", f"ngày {d:02d} tháng {m:02d} năm {y}", printed_date(iso),
            printed_date(iso, pad=True))
