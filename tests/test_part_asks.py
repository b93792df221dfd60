"""A part of a two-part question that asks several times ("… xong trước ngày nào, rồi mỗi năm báo cáo trước ngày
nào"): each ask answered (rag.answerers.part_asks, rag.answerers.parts). Sentences of our own, on the real corpus."""
from rag.answerers.part_asks import time_asks


def test_a_part_is_cut_into_the_times_it_asks():
    assert time_asks("kế hoạch tỉnh hạn quán triệt là ngày nào, rồi báo cáo hằng năm trước ngày nào") == \
        ["kế hoạch tỉnh hạn quán triệt là ngày nào", "báo cáo hằng năm trước ngày nào"]
    assert time_asks("việc quán triệt, tức là học nghị quyết, xong khi nào và sơ kết vào năm nào") == \
        ["việc quán triệt, tức là học nghị quyết, xong khi nào", "sơ kết vào năm nào"]
    # one time asked, or a time and another slot: nothing to cut
    assert time_asks("kế hoạch tỉnh hạn quán triệt là ngày nào") == []
    assert time_asks("ai chủ trì và xong trước ngày nào") == []


def test_each_deadline_a_part_asks_is_quoted(ask):
    a = ask("Kế hoạch 21 bắt tỉnh ủy, thành ủy ban hành chương trình xong khi nào; còn kế hoạch của tỉnh thì quán "
            "triệt xong trước ngày nào và báo cáo kết quả hằng năm trước ngày nào?")
    assert a.mode == "parts"
    units = [c.unit_id for c in a.citations]
    assert units[0] == "kh-21-2023:IV.8.g1"
    assert {"kh-btvtu-nq43:III.1.1.p1", "kh-btvtu-nq43:IV.3.p1"} <= set(units)
