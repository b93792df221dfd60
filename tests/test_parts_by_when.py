"""A part of a two-part question that asks by when (rag/answerers/compound/parts.py): a time asked by its noun ("trước mốc
nào") asks a date as "ngày nào" does, and a first candidate that prints no time at all gives way to a dated task
that says the part's words. Sentences of our own, on the real corpus."""
import pytest

from rag.answerers.compound.parts import asks_by_when
from rag.pipeline import get_assistant
from rag.question.route import understand
from conftest import cited_ids


@pytest.fixture(scope="module")
def assistant(built_index):
    return get_assistant(built_index)


@pytest.mark.parametrize("text", ["việc quán triệt phải xong trước mốc nào", "hội nghị tổng kết đến thời điểm nào",
                                  "việc đó hoàn thành trước ngày nào", "xong khi nào"])
def test_a_time_asked(docs, text):
    assert asks_by_when(understand(text, docs))


@pytest.mark.parametrize("text", ["mốc son nào của khối đại đoàn kết được nhắc lại", "ai chủ trì việc quán triệt"])
def test_no_time_asked(docs, text):
    # "mốc son" is a landmark, not a time
    assert not asks_by_when(understand(text, docs))


@pytest.mark.parametrize("question", [
    # the provinces said as "các tỉnh" (their party committees), and "tỉnh ủy" alone, of the task printed for
    # "Các tỉnh ủy, thành ủy": that task, not the one of the members who lead them ("bí thư tỉnh ủy, thành ủy")
    "Bộ Chính trị cho các tỉnh hạn đến khi nào phải ra chương trình, kế hoạch; còn kế hoạch của tỉnh yêu cầu "
    "quán triệt xong trước ngày nào?",
    "Đối chiếu giúp: Bộ Chính trị yêu cầu tỉnh ủy ban hành chương trình, kế hoạch thực hiện khi nào; còn kế hoạch "
    "của tỉnh hẹn quán triệt xong trước ngày nào?",
])
def test_a_body_listed_with_others_or_said_by_its_level_names_its_dated_task(ask, question):
    a = ask(question)
    assert a.mode == "parts" and not a.refused
    assert cited_ids(a)[0] == "kh-21-2023:IV.8.g1" and cited_ids(a)[1].startswith("kh-btvtu-nq43:")


def test_the_issuer_named_as_who_sets_the_deadline_is_not_who_must_meet_it():
    from rag.answerers.compound.parts import _bodies
    issuers = frozenset({"bo chinh tri"})
    assert _bodies("Bộ Chính trị, Ban Bí thư", issuers) == ["bo chinh tri, ban bi thu", "ban bi thu"]
    assert _bodies("Các tỉnh ủy, thành ủy", issuers) == ["tinh uy, thanh uy", "tinh uy", "thanh uy"]
    assert _bodies("Ban Tuyên giáo Trung ương") == ["ban tuyen giao trung uong"]
