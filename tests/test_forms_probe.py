"""A probe of the ways cadres ask about a whole document, its shape and the documents it cites
(tests/data/forms_probe.jsonl: questions written from the language, not from any eval set, with the route
kind and the unit ids counted by hand from the texts), run through the real pipeline on the real corpus.

Each probe names the answer mode(s) it accepts, the unit ids one of which must be cited first, the unit ids
that must all be cited, and facts (accent-folded substrings) the answer must print. A probe with a "gap" is a
known miss, said why: it is expected to fail (strictly: when it starts passing, drop its "gap")."""
import json
from pathlib import Path

import pytest

from rag.text import fold

PROBE = [json.loads(line) for line in (Path(__file__).parent / "data" / "forms_probe.jsonl").open(encoding="utf-8")]


def check(answer, probe: dict) -> list[str]:
    """What the answer gets wrong against the probe (empty: it passes)."""
    cited = [c.unit_id for c in answer.citations]
    text = " ".join(fold(answer.answer).lower().split())
    wrong = []
    if answer.mode not in probe["modes"]:
        wrong.append(f"mode {answer.mode}")
    if answer.refused:
        wrong.append("refused")
    if probe["first"] and (not cited or cited[0] not in probe["first"]):
        wrong.append(f"first {cited[:1]}")
    missing = [u for u in probe["cites"] if u not in cited]
    if missing:
        wrong.append(f"uncited {missing}")
    wrong += [f"fact {f!r}" for f in probe["facts"] if " ".join(fold(f).lower().split()) not in text]
    return wrong


def test_the_probe_is_varied():
    kinds = [p["kind"] for p in PROBE]
    assert len(PROBE) >= 60 and min(kinds.count(k) for k in ("overview", "structure", "mentioned-doc")) >= 10
    assert len({p["q"] for p in PROBE}) == len(PROBE)


@pytest.mark.parametrize("probe", [pytest.param(p, marks=pytest.mark.xfail(reason=p["gap"], strict=True))
                                   if p.get("gap") else p for p in PROBE], ids=[p["id"] for p in PROBE])
def test_probe(ask, probe):
    assert check(ask(probe["q"]), probe) == [], probe["q"]


@pytest.mark.parametrize("question, not_mode", [
    ("6 nhóm nhiệm vụ trọng tâm trong KH 21 hạn chót phải hoàn thành là năm nào?", "structure"),  # a deadline
    ("KH 21 có những việc nào hạn chót là năm 2025?", "structure"),          # "hạn chót" is not "the last one"
    ("Nhiệm vụ thứ ba của kế hoạch tỉnh hạn cuối là khi nào?", "overview"),
    ("Nghị quyết 45 nói gì về đội ngũ trí thức?", "overview"),
    # a topic the text prints in few units, or does not print after "về": retrieval's, not an overview
    ("Nghị quyết 43 nói gì về tổ chức Ngày hội đại đoàn kết toàn dân tộc?", "overview"),
    ("Chương trình Cần Thơ nói gì về người cao tuổi?", "overview"),
    ("Nghị quyết 43 nói gì về biến đổi khí hậu?", "overview"),
    ("Kế hoạch tỉnh đang vướng mắc chuyện gì làm giảm sự gắn bó trong nhân dân?", "overview"),
    # "phấn đấu" is not "phần đầu"; "mục tiêu phấn đấu" names no first item
    ("Theo Nghị quyết 43, Nhà nước lấy gì làm mục tiêu phấn đấu?", "structure"),
])
def test_what_the_forms_leave_alone(ask, question, not_mode):
    assert ask(question).mode != not_mode


def test_most_of_the_probe_passes():
    """The known gaps stay few: at least 90% of the probe passes."""
    assert sum(not p.get("gap") for p in PROBE) >= 0.9 * len(PROBE)
