"""The chat page: handlers called as plain functions, the named API through gradio_client, and a real
browser (Debian Chromium driven by Playwright) against the app started on a free port."""
import json
import os
import shutil

import pytest

import app
from rag.errors import RagError
from rag.feedback import FeedbackStore
from rag.pipeline import get_assistant
from rag.ui.chat_tab import ChatHandlers
from rag.ui.docs_tab import DocsHandlers
from rag.ui.tasks_tab import TaskHandlers

from conftest import start_app, stop

CHROMIUM = "/usr/bin/chromium"


@pytest.fixture(scope="module")
def handlers(built_index):
    return ChatHandlers(built_index)


def _turn(handlers, question, answers=None, scope=None):
    return list(handlers.respond(question, [], answers or [], scope))


def test_build_demo_builds_without_launching(built_index):
    demo = app.build_demo(built_index)
    assert demo.title == "Hỏi đáp văn kiện"
    assert "ask" in {d.api_name for d in demo.fns.values()}


def test_respond_streams_then_shows_evidence(handlers):
    steps = _turn(handlers, "Kế hoạch 21 giao Ban Tuyên giáo Trung ương nhiệm vụ gì?")
    assert len(steps) >= 3                                    # streamed in chunks
    box, chat, answers, evidence, pick, _, viewer = steps[-1]
    assert box == "" and chat[0] == {"role": "user", "content": "Kế hoạch 21 giao Ban Tuyên giáo Trung ương nhiệm vụ gì?"}
    # answered from the task table: both of the plan's tasks for that body, each cited
    assert chat[1]["content"].startswith("2 nhiệm vụ trong 1 văn bản") and "[2]" in chat[1]["content"]
    assert '<div class="cite" id="cite-1">' in evidence and "<mark>" in evidence
    assert pick["choices"][1][0].startswith("[2] Kế hoạch 21-KH/TW › IV. Nhiệm vụ cụ thể › 5. Ban Tuyên giáo")
    assert [c.unit_id for c in answers[-1].citations] == ["kh-21-2023:II.2.p1", "kh-21-2023:IV.5.p1"]


def test_view_opens_the_document_at_the_cited_paragraph(handlers):
    answers = _turn(handlers, "Ai ký bản sao y của Lạng Sơn?")[-1][2]
    page = handlers.view("1", answers)
    assert page.startswith('<div id="doc-viewer"><h3>Nghị quyết 43-NQ/TW</h3>')
    assert '<p id="u-copy" class="unit cited"' in page and "<mark>" in page
    assert page.count('class="unit cited"') == 1
    assert 'id="u-III.2.1.g7"' in page                        # the whole document, rendered from our tree


def test_refusal_shows_fixed_text_and_nearest_passages(handlers):
    _, chat, answers, evidence, pick, _, _ = _turn(handlers, "Giá vàng hôm nay bao nhiêu?")[-1]
    assert chat[1]["content"] == "Các văn bản hiện có không chứa thông tin để trả lời câu hỏi này."
    assert "Các đoạn có thể liên quan" in evidence and pick["choices"] == []


def test_a_refusal_clears_the_paragraph_of_the_previous_answer_from_the_viewer(handlers):
    answers = _turn(handlers, "Ai ký bản sao y của Lạng Sơn?")[-1][2]
    assert 'class="unit cited"' in handlers.view("1", answers)          # the earlier answer's paragraph, opened
    steps = list(handlers.respond("Giá vàng hôm nay bao nhiêu?", [], answers, None))
    _, _, answers, _, pick, _, viewer = steps[-1]
    assert answers[-1].refused and pick["choices"] == []
    assert viewer == '<div id="doc-viewer"><p>Câu trả lời này không trích dẫn đoạn văn bản nào để xem.</p></div>'
    assert handlers.view("1", answers) == ('<div id="doc-viewer"><p>Chọn một trích dẫn rồi bấm '
                                           '«Xem trong văn bản».</p></div>')
    # a new answer with citations also resets the viewer: its own paragraphs are opened from the pick
    viewer = list(handlers.respond("Ai ký Kế hoạch 21?", [], answers, None))[-1][6]
    assert "cited" not in viewer and "Chọn một trích dẫn" in viewer


def test_user_text_is_never_rendered_as_html(handlers):
    _, chat, answers, evidence, _, _, _ = _turn(handlers, '<script>alert(1)</script><img src=x onerror=alert(2)> Ai ký Kế hoạch 21?')[-1]
    assert "<script>" not in chat[0]["content"] and "&lt;script&gt;" in chat[0]["content"]
    assert "<script" not in evidence and "onerror=alert" not in evidence.replace("&lt;", "")


@pytest.mark.parametrize("question, reply", [
    ("", "Vui lòng nhập câu hỏi."),
    ("a" * 50000, "Câu hỏi quá dài (50000 ký tự; tối đa 2000). Vui lòng rút gọn câu hỏi."),
])
def test_bad_input_gets_a_short_vietnamese_message(handlers, question, reply):
    _, chat, answers, evidence, _, _, _ = _turn(handlers, question)[-1]
    assert chat[1]["content"] == reply and answers == []


def test_followup_uses_the_conversation(handlers):
    answers = _turn(handlers, "Kế hoạch 21 giao Ban cán sự đảng Chính phủ nhiệm vụ gì?")[-1][2]
    _, chat, answers, _, _, _, _ = list(handlers.respond("Còn thời hạn thì sao?", [], answers, None))[-1]
    assert "quý I/2024" in chat[-1]["content"]


def test_scope_selector_restricts_documents(handlers):
    answers = _turn(handlers, "Ban Dân vận chủ trì làm gì?", scope=["ct-tucantho-nq43"])[-1][2]
    assert {c.doc_id for c in answers[-1].citations} == {"ct-tucantho-nq43"}


def test_feedback_is_stored_with_the_answer(built_index, tmp_path):
    from dataclasses import replace
    h = ChatHandlers(replace(built_index, index_dir=tmp_path))
    assert h.send_feedback("đúng", "", []) == "Chưa có câu trả lời nào để đánh giá."
    answers = [get_assistant(built_index).ask("Ai ký Kế hoạch 21?")]
    assert h.send_feedback(None, "", answers) == "Vui lòng chọn một mức đánh giá."
    assert h.send_feedback("trích dẫn sai", "đoạn [1] chưa đúng", answers).startswith("Đã ghi nhận đánh giá «trích dẫn sai»")
    rows = FeedbackStore(tmp_path).all()
    assert len(rows) == 1 and rows[0]["rating"] == "trích dẫn sai" and rows[0]["question"] == "Ai ký Kế hoạch 21?"
    assert json.loads(rows[0]["citations"])[0]["unit_id"] == "kh-21-2023:signature"


def test_documents_tab_lists_outlines_and_cited_documents(built_index):
    docs, cited = DocsHandlers(built_index).browse()
    assert docs.count('<details class="doc"') == 5
    assert '<span class="node" data-unit="kh-21-2023:IV.8"' in docs          # a titled node opens at its heading
    assert "8. Các tỉnh ủy, thành ủy, đảng uỷ trực thuộc Trung ương</span> <span class=\"count\">(2)</span>" in docs
    assert "<dt>Số hiệu</dt><dd><i>văn bản không ghi</i></dd>" in docs          # an empty catalog field
    assert "<td>Nghị quyết 23-NQ/TW</td><td>12/3/2003</td><td>Ban Chấp hành Trung ương Đảng</td><td>IX</td>" in cited
    assert "43-NQ/TW" not in cited.split("</tr>", 1)[1].split("<td>")[1]       # held documents are not listed
    page = DocsHandlers(built_index).open_node("kh-21-2023:IV.8")
    assert page.startswith('<p class="cite-path" id="browse-path">Vị trí: Kế hoạch 21-KH/TW › IV. Nhiệm vụ cụ thể › 8.')
    assert '<p id="u-IV.8" class="unit doc-heading cited"' in page and page.count(' cited"') == 1
    assert '<p id="u-IV.8.g1" class="unit"' in page


def test_answer_downloads_as_docx_and_markdown(handlers):
    from docx import Document

    answers = _turn(handlers, "Những việc nào phải xong trong năm 2025?")[-1][2]
    docx_path, md_path = handlers.export_answer(answers)
    text = "\n".join(p.text for p in Document(docx_path).paragraphs)
    assert "Những việc nào phải xong trong năm 2025?" in text and "2 nhiệm vụ trong 1 văn bản" in text
    assert "[1] Kế hoạch 21-KH/TW — Kế hoạch 21-KH/TW › IV. Nhiệm vụ cụ thể › 3." in text
    assert "“Tiếp tục nghiên cứu lý luận, tổng kết thực tiễn" in text
    md = open(md_path, encoding="utf-8").read()
    assert "2. **Kế hoạch 21-KH/TW** — Kế hoạch 21-KH/TW › IV. Nhiệm vụ cụ thể › 6." in md and "(`kh-21-2023:IV.6.p1`)" in md


def test_task_tab_filters_opens_rows_and_exports(built_index):
    import openpyxl

    th = TaskHandlers(built_index)
    rows, status, unit_ids, csv_path, xlsx_path = th.filter(["kh-btvtu-nq43"], "", "", True)
    assert status.startswith("18 nhiệm vụ trong 1 văn bản") and len(rows) == 18
    rows, status, unit_ids, _, xlsx_path = th.filter(None, "Ban Dân vận", "", False)
    assert status.startswith("5 nhiệm vụ trong 4 văn bản")
    rows, status, unit_ids, _, xlsx_path = th.filter(None, "", "2024Q1", False)
    assert unit_ids == ["kh-21-2023:IV.2.g1", "kh-21-2023:IV.8.g1", "kh-btvtu-nq43:III.1.1.p1"]
    assert all(r[-1] == "⚠ quá hạn" for r in rows)          # due in 2024, before today
    assert th.filter(None, "", "quý 1", False)[1].startswith("Thời hạn «quý 1» không đọc được")

    class Click:
        index = [2, 3]
    page = th.open_row(unit_ids, Click())
    assert '<p id="u-III.1.1.p1" class="unit cited"' in page
    ws = openpyxl.load_workbook(xlsx_path).active
    assert ws.freeze_panes == "A2" and ws.max_row == 4 and ws.column_dimensions["F"].width == 80
    assert ws["B4"].value == "Kế hoạch của Ban Thường vụ Tỉnh ủy › III. Nhiệm vụ cụ thể › 1. Đối với cấp ủy, tổ chức đảng › 1.1"
    assert "Can Tho" not in th.compare(None)
    view = th.compare("nq-43-2023:III.7.p1")
    assert "Chương trình của Thành ủy Cần Thơ</b> — 7. Tổ chức các cuộc vận động" in view


def test_copy_plain_text(handlers):
    answers = _turn(handlers, "Ai ký Kế hoạch 21?")[-1][2]
    text = handlers.copy_plain(answers)
    assert text.endswith("Nguồn:\n[1] Kế hoạch 21-KH/TW › Chữ ký: “T/M BỘ CHÍNH TRỊ\nTrương Thị Mai”")


# ------------------------------------------------------------------------------ the running app
@pytest.fixture(scope="module")
def running_app(built_index, tmp_path_factory):
    proc, url = start_app({"RAG_INDEX_DIR": str(built_index.index_dir), "RAG_CONCURRENCY": "2"},
                          tmp_path_factory.mktemp("home"))
    yield url
    stop(proc)


def test_gradio_client_named_api_matches_cli_json(running_app):
    from gradio_client import Client

    client = Client(running_app, verbose=False)
    out = json.loads(client.predict(question="Ai ký Kế hoạch 21?", scope=None, api_name="/ask"))
    assert set(out) >= {"question", "answer", "refused", "citations", "retrieved", "timings_ms"}
    assert out["citations"][0]["unit_id"] == "kh-21-2023:signature"
    assert out["citations"][0]["text"] == "T/M BỘ CHÍNH TRỊ\nTrương Thị Mai"


def _launch(playwright):
    """Debian's Chromium, with the flags that keep it off the network (STYLE.md)."""
    return playwright.chromium.launch(executable_path=CHROMIUM, args=[
        "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run"])


@pytest.mark.browser
@pytest.mark.skipif(not shutil.which("chromium") and not os.path.exists(CHROMIUM),
                    reason="Debian chromium is not installed (apt-get install -y chromium); .ci/run installs it")
def test_browser_asks_sees_citation_opens_document_and_rates(running_app, built_index, tmp_path):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = _launch(p)
        page = browser.new_page(viewport={"width": 1400, "height": 1100})
        page.goto(running_app)
        page.wait_for_selector("#question textarea", timeout=60000)
        page.fill("#question textarea", "Kế hoạch 21 giao Ban Tuyên giáo Trung ương nhiệm vụ gì?")
        page.click("#send")
        page.wait_for_selector("#evidence .cite", timeout=60000)
        assert "[1]" in page.inner_text("#chat")
        assert "Ban Tuyên giáo Trung ương" in page.inner_text("#evidence")
        page.click("#open-doc")
        page.wait_for_selector("#doc-viewer .cited", timeout=60000)
        cited = page.inner_text("#doc-viewer .cited")
        assert cited.startswith("Ban Tuyên giáo Trung ương chủ trì, phối hợp với các cơ quan liên quan")
        assert page.inner_text("#doc-viewer .cited mark")
        page.screenshot(path=str(tmp_path / "page.png"), full_page=True)
        # feedback
        page.click("text=Đánh giá câu trả lời")
        page.click("#rating label:has-text('thiếu thông tin')")
        page.fill("#comment textarea", "cần thêm thời hạn")
        page.click("#send-feedback")
        page.wait_for_selector("#feedback-status:has-text('Đã ghi nhận')", timeout=30000)
        # markup in a question is shown as text, never executed
        page.fill("#question textarea", "<img src=x onerror=\"document.title='hacked'\"> Ai ký Kế hoạch 21?")
        page.click("#send")
        page.wait_for_function("document.querySelectorAll('#chat .message').length >= 4", timeout=60000)
        page.wait_for_timeout(500)
        assert page.title() != "hacked"
        browser.close()
    rows = FeedbackStore(built_index.index_dir).all()
    assert any(r["rating"] == "thiếu thông tin" and r["comment"] == "cần thêm thời hạn" for r in rows)


@pytest.mark.browser
@pytest.mark.skipif(not shutil.which("chromium") and not os.path.exists(CHROMIUM),
                    reason="Debian chromium is not installed (apt-get install -y chromium); .ci/run installs it")
def test_browser_documents_tab_opens_an_outline_node_and_a_mention(running_app):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = _launch(p)
        page = browser.new_page(viewport={"width": 1400, "height": 1100})
        page.goto(running_app)
        page.wait_for_selector("#question textarea", timeout=60000)
        page.click("button[role=tab]:has-text('Văn bản')")
        page.wait_for_selector("#browse-docs [data-unit='kh-21-2023:IV.8']", timeout=60000)
        assert "Nghị quyết 23-NQ/TW" in page.inner_text("#browse-cited")
        page.click("#browse-docs [data-unit='kh-21-2023:IV.8']")
        page.wait_for_selector("#browse-viewer .cited", timeout=60000)
        assert page.inner_text("#browse-viewer .cited").startswith("8. Các tỉnh ủy, thành ủy, đảng uỷ trực thuộc")
        assert "IV. Nhiệm vụ cụ thể › 8." in page.inner_text("#browse-path")
        page.click("#browse-cited [data-unit='ct-tucantho-nq43:I.p1']")
        page.wait_for_selector("#browse-viewer #u-I\\.p1.cited", timeout=60000)
        assert "Nghị quyết số 23-NQ/TW ngày 12/3/2003" in page.inner_text("#browse-viewer .cited")
        browser.close()


@pytest.mark.browser
@pytest.mark.skipif(not shutil.which("chromium") and not os.path.exists(CHROMIUM),
                    reason="Debian chromium is not installed (apt-get install -y chromium); .ci/run installs it")
def test_browser_task_tab_filters_opens_and_downloads(running_app, tmp_path):
    import openpyxl
    from docx import Document
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = _launch(p)
        page = browser.new_page(viewport={"width": 1400, "height": 1100}, accept_downloads=True)
        page.goto(running_app)
        page.wait_for_selector("#question textarea", timeout=60000)
        page.click("button[role=tab]:has-text('Nhiệm vụ & thời hạn')")
        page.wait_for_selector("#tasks-status:has-text('nhiệm vụ trong')", timeout=60000)
        page.fill("#tasks-assignee textarea, #tasks-assignee input", "Ban Dân vận")
        page.click("#tasks-apply")
        page.wait_for_selector("#tasks-status:has-text('5 nhiệm vụ trong 4 văn bản')", timeout=60000)
        page.locator("#tasks-table [role=gridcell]").nth(3).click()          # row 1, the task's text
        page.wait_for_selector("#tasks-viewer .cited", timeout=60000)
        assert page.inner_text("#tasks-viewer .cited").startswith("Ban Dân vận Thành ủy chủ trì")
        with page.expect_download(timeout=60000) as dl:
            page.click("#tasks-xlsx")
        xlsx = tmp_path / "tasks.xlsx"
        dl.value.save_as(xlsx)
        ws = openpyxl.load_workbook(xlsx).active
        assert ws.max_row == 6 and ws["C2"].value == "Ban Dân vận Thành ủy" and ws.freeze_panes == "A2"
        # a cited answer downloads as DOCX holding its citations
        page.click("button[role=tab]:has-text('Hỏi đáp')")
        page.fill("#question textarea", "Những việc nào phải xong trong năm 2025?")
        page.click("#send")
        page.wait_for_selector("#evidence .cite", timeout=60000)
        page.wait_for_timeout(1500)
        with page.expect_download(timeout=60000) as dl:
            page.click("#answer-docx")
        docx_path = tmp_path / "answer.docx"
        dl.value.save_as(docx_path)
        text = "\n".join(p.text for p in Document(docx_path).paragraphs)
        assert "[1] Kế hoạch 21-KH/TW" in text and "[2] Kế hoạch 21-KH/TW" in text
        assert "Chiến lược đại đoàn kết toàn dân tộc đến năm 2030" in text
        browser.close()


def test_concurrent_users_get_the_single_user_answers(running_app):
    """A short, bounded version of `python -m eval.load` (loopback only): correctness under concurrency."""
    from eval.load import run_load

    report = run_load(running_app, users=5, seconds=8, questions=["Ai ký Kế hoạch 21?", "Giá vàng hôm nay?",
                                                                 "Nghị quyết 43 nói gì về cựu chiến binh?"])
    assert report["errors"] == 0 and report["mismatches"] == 0 and report["requests"] >= 5


def test_load_tool_refuses_non_loopback_targets():
    from eval.load import run_load

    with pytest.raises(SystemExit, match="must be on this machine"):
        run_load("http://10.0.0.5:7860", users=1, seconds=1)


def test_auth_setting_is_parsed_and_checked(built_index):
    from dataclasses import replace

    assert app._auth(built_index) is None
    assert app._auth(replace(built_index, auth="canbo:mk1, chuyenvien:mk2")) == [("canbo", "mk1"), ("chuyenvien", "mk2")]
    with pytest.raises(RagError, match="RAG_AUTH must look like user:password"):
        app._auth(replace(built_index, auth="canbo"))
