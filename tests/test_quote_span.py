"""rag.answerers.common.quote_span: how much of a unit an answer quotes. Literal units written here."""
from rag.answerers.common import quote_span
from rag.types import Unit


def unit(text: str) -> Unit:
    return Unit("d:1", "d", "body", "1", "D › 1", (), 1, 0, 0, len(text), text)


FILLER = "Tiếp tục đẩy mạnh công tác tuyên truyền, vận động các tầng lớp Nhân dân tham gia xây dựng khu dân cư. "


def test_a_long_unit_is_quoted_by_its_first_sentence():
    u = unit("Chủ trì rà soát các quy định về bầu cử ở thôn, tổ dân phố cho phù hợp với thực tế địa phương. " + FILLER * 8)
    a, b = quote_span(u)
    assert u.text[a:b].endswith("thực tế địa phương.")


def test_a_sentence_closed_by_a_colon_goes_on_to_what_it_announces():
    u = unit("Góp phần cùng chính quyền các cấp hoàn thành tốt chỉ tiêu đã đề ra cho nhiệm kỳ đến năm 2030: "
             "“Huyện đạt chuẩn nông thôn mới nâng cao, có đời sống văn hóa phong phú”. " + FILLER * 8)
    a, b = quote_span(u)
    assert "nông thôn mới nâng cao" in u.text[a:b]
    assert FILLER.strip() not in u.text[a:b]


def test_what_a_colon_announces_is_quoted_within_the_bound():
    # the announced sentence runs on far past the bound: the quote stops at its last clause inside it
    long = "Các xã, phường tổ chức rà soát danh sách hộ nghèo" + ", cập nhật thông tin từng hộ" * 150 + "."
    u = unit("Ủy ban Mặt trận Tổ quốc các cấp cần phối hợp triển khai đồng bộ các việc sau đây trong năm tới: "
             + long + " " + FILLER * 2)
    a, b = quote_span(u)
    assert b - a <= 420 and "rà soát danh sách hộ nghèo" in u.text[a:b]
    # no clause break inside the bound: the colon sentence alone
    u = unit("Ủy ban Mặt trận Tổ quốc các cấp cần phối hợp triển khai đồng bộ các việc sau đây trong năm tới: "
             + "Rà soát" + " danh sách hộ nghèo" * 60 + ". " + FILLER * 2)
    a, b = quote_span(u)
    assert u.text[a:b].endswith("năm tới:")
