"""Asked which body leads a piece of work at each level ("ở từng cấp, cơ quan nào chủ trì …", "mỗi cấp …"), the task
answer keeps each document's best row led by its body, though each document words the work its own way; asked it
once, only the rows that cover it best. Own sentences."""
import pytest

from rag.answerers.work.tasks import about
from rag.pipeline import get_assistant
from rag.text import content_terms, with_bigrams


@pytest.fixture(scope="module")
def assistant(built_index):
    return get_assistant(built_index)


def _row(doc: str, text: str, role: str = "chủ trì") -> dict:
    return {"doc_id": doc, "text": text, "heading": "", "role": role}


ROWS = [_row("a", "Ban Dân vận chủ trì theo dõi, đôn đốc việc thực hiện kế hoạch và báo cáo kết quả hằng năm."),
        _row("b", "Ban Dân vận chủ trì, thường xuyên theo dõi, hướng dẫn, kiểm tra, đôn đốc việc tổ chức thực hiện "
                  "nghị quyết, định kỳ báo cáo Bộ Chính trị."),
        _row("b", "Ban Tuyên giáo chủ trì hướng dẫn học tập nghị quyết."),
        _row("c", "Ủy ban nhân dân bảo đảm kinh phí cho các phong trào thi đua."),
        _row("c", "Các cấp ủy theo dõi việc thực hiện.", role="thực hiện"),
        _row("c", "Mặt trận chủ trì tổ chức thực hiện cuộc vận động.", role="thực hiện"),
        _row("d", "Hội đồng nhân dân giám sát việc thực hiện chính sách.", role="thực hiện")]


def test_each_document_keeps_its_best_led_row():
    topic = with_bigrams(content_terms("theo dõi, đôn đốc việc thực hiện và báo cáo kết quả"))
    once = about(ROWS, topic, role="chủ trì")
    each = about(ROWS, topic, role="chủ trì", each_doc=True)
    assert [r["doc_id"] for r in once] == ["a"]
    assert [r["doc_id"] for r in each] == ["a", "b"]           # b's best row; not its other one, nor c's (not led)
    assert about(ROWS, with_bigrams(content_terms("xây dựng nông thôn mới")), role="chủ trì", each_doc=True) == []


def test_each_level_asked_cites_every_documents_lead(assistant):
    a = assistant.ask("Ở từng cấp, cơ quan nào chủ trì theo dõi, đôn đốc việc thực hiện?")
    assert a.mode == "tasks"
    cited = {c.unit_id for c in a.citations}
    assert {"kh-21-2023:V.3.p1", "kh-btvtu-nq43:IV.3.p1", "ct-tucantho-nq43:IV.7.p1"} <= cited


def test_asked_once_names_one_lead(assistant):
    a = assistant.ask("Ai chủ trì việc xây dựng Chiến lược đại đoàn kết toàn dân tộc?")
    assert a.mode == "tasks" and a.citations[0].unit_id == "kh-21-2023:IV.3.g2"
    assert {c.doc_id for c in a.citations} == {"kh-21-2023"}


def test_each_level_asked_without_a_lead_is_searched_in_every_document(assistant):
    # "ở từng cấp" asks every level as "ở các cấp" does (rag/data/across.tsv): each document's unit is quoted
    a = assistant.ask("Ở từng cấp, cơ quan nào theo dõi, đôn đốc rồi báo cáo kết quả thực hiện?")
    assert a.mode == "across"
    cited = {c.unit_id for c in a.citations}
    assert {"kh-21-2023:V.3.p1", "kh-btvtu-nq43:IV.3.p1", "ct-tucantho-nq43:IV.7.p1"} <= cited
