"""Chroma server mode: ingest into `chroma run`, two app processes answer from it with the citations of
the embedded mode; the server going away gives a clear message and the next question recovers."""
import json
import shutil
from pathlib import Path

import pytest
from gradio_client import Client

from ingest.index import build_index
from rag.config import load_settings
from rag.errors import StoreUnavailableError
from rag.pipeline import Assistant

from conftest import CORPUS, start_app, start_chroma, stop

QUESTIONS = ["Ai ký Kế hoạch 21?", "Nghị quyết 43 nói gì về cựu chiến binh?",
             "Kế hoạch của tỉnh yêu cầu quán triệt Nghị quyết 43 hoàn thành trước ngày nào?",
             "Chương trình của Cần Thơ giao Ban Tuyên giáo Thành ủy việc gì?", "Giá vàng hôm nay bao nhiêu?"]

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def server_index(built_index, tmp_path_factory):
    root = tmp_path_factory.mktemp("server")
    chroma, port = start_chroma(root / "chroma-data")
    index_dir = root / "index"
    index_dir.mkdir()
    shutil.copy(Path(built_index.index_dir) / "embcache.sqlite", index_dir / "embcache.sqlite")
    settings = load_settings(env={"RAG_CHROMA_URL": f"http://127.0.0.1:{port}"}, index_dir=index_dir,
                             corpus_dir=CORPUS)
    report = build_index(settings, progress=False)
    assert report.units == 236 and not (Path(index_dir) / "builds" / report.build_id / "chroma").exists()
    yield settings, chroma, port, root
    stop(chroma)


def _cited(answer_json: dict) -> list[str]:
    return [c["unit_id"] for c in answer_json["citations"]]


def test_two_app_processes_answer_like_the_embedded_mode(server_index, built_index):
    settings, _, port, root = server_index
    embedded = Assistant(built_index)
    expected = {q: _cited(embedded.ask(q).to_json()) for q in QUESTIONS}
    env = {"RAG_CHROMA_URL": settings.chroma_url, "RAG_INDEX_DIR": str(settings.index_dir)}
    apps = [start_app(env, root / f"home{i}") for i in range(2)]
    try:
        for proc, url in apps:
            client = Client(url, verbose=False)
            for q in QUESTIONS:
                out = json.loads(client.predict(question=q, scope=None, api_name="/ask"))
                assert _cited(out) == expected[q], (url, q)
    finally:
        for proc, _ in apps:
            stop(proc)


def test_server_down_gives_a_clear_error_and_the_next_question_recovers(server_index):
    settings, chroma, port, root = server_index
    assistant = Assistant(settings)
    assert _cited(assistant.ask(QUESTIONS[0]).to_json()) == ["kh-21-2023:signature"]
    stop(chroma)
    with pytest.raises(StoreUnavailableError, match="Chroma query failed|Cannot open the Chroma store"):
        assistant.ask(QUESTIONS[0])
    restarted, _ = start_chroma(root / "chroma-data", port)
    try:
        assert _cited(assistant.ask(QUESTIONS[0]).to_json()) == ["kh-21-2023:signature"]
    finally:
        stop(restarted)
    # the page shows the Vietnamese message, never a traceback
    from rag.ui.chat_tab import ChatHandlers
    answer, text = ChatHandlers(settings).ask(QUESTIONS[0], None, [])
    assert answer is None and text == "Không kết nối được kho dữ liệu văn bản. Vui lòng thử lại sau ít phút."
