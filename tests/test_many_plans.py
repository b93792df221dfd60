"""Aggregation over more plans than the cross-document answer searches one by one (across.MAX_DOCS = 12):
fourteen small district plans written for this test (same shape as a real plan: header, parts, items naming
a body, dash bullets with deadlines in parentheses), ingested as a corpus of their own.

The task answers must list every matching row of every plan; the cross-document answer must quote exactly the
plans that hold the topic and say which plans it searched one by one and which it only ranked."""
import re

import pytest

from rag.answerers.work import across
from rag.config import load_settings
from rag.pipeline import Assistant

pytestmark = pytest.mark.slow           # ingests a corpus of its own (about a minute of embedding on 2 cores)

PLACES = ["An Phú", "Bình Minh", "Cái Nước", "Đầm Dơi", "Gò Quao", "Hòn Đất", "Kế Sách", "Long Mỹ", "Mỹ Tú",
          "Ngã Năm", "Phong Điền", "Tân Hiệp", "Thới Lai", "Vĩnh Thạnh"]
# what each district's people's committee is asked to do (one line per plan, none repeats another's topic)
WORKS = ["nâng cấp hệ thống cấp nước sạch nông thôn", "sửa chữa trường mầm non ở các xã", "nạo vét kênh thủy lợi nội đồng",
         "xây dựng nhà văn hóa ấp", "trồng cây xanh dọc đường liên xã", "hỗ trợ hộ nghèo sửa chữa nhà ở",
         "mở lớp dạy nghề cho lao động nông thôn", "lắp đặt đèn chiếu sáng đường quê", "phát triển chợ nông thôn",
         "kiểm tra an toàn thực phẩm tại bếp ăn tập thể", "bê tông hóa đường ngõ xóm", "khám sức khỏe cho người cao tuổi",
         "xây dựng sân thể thao xã", "chỉnh trang nghĩa trang liệt sĩ"]
DIGITAL = {1, 6, 13}      # the plans that also ask for digital propaganda (13 is past the first twelve)
DIGITAL_LINE = ("- Ứng dụng công nghệ số trong công tác tuyên truyền, vận động quần chúng; lập trang thông tin điện tử "
                "về dân vận của huyện (hoàn thành trong tháng 9/2025).")


def plan_text(i: int) -> str:
    place = PLACES[i]
    digital = f"\n{DIGITAL_LINE}\n" if i in DIGITAL else ""
    return f"""HUYỆN ỦY {place.upper()}
*
Số {i + 20}-KH/HU

ĐẢNG CỘNG SẢN VIỆT NAM

{place}, ngày {i + 1} tháng 02 năm 2025

KẾ HOẠCH

thực hiện công tác dân vận năm 2025

Thực hiện chương trình công tác năm 2025, Ban Thường vụ Huyện ủy {place} ban hành kế hoạch thực hiện công tác dân vận như sau:

I- MỤC ĐÍCH, YÊU CẦU

1. Nâng cao nhận thức của cán bộ, đảng viên huyện {place} về công tác dân vận trong tình hình mới.

II- NHIỆM VỤ CỤ THỂ

1. Ban Dân vận Huyện ủy

- Chủ trì, phối hợp với Ủy ban Mặt trận Tổ quốc huyện xây dựng quy chế phối hợp về công tác dân vận (hoàn thành trong quý II/2025).
{digital}
2. Ủy ban nhân dân huyện

- Chỉ đạo {WORKS[i]} trên địa bàn huyện {place} (hoàn thành trong năm 2025).

3. Các chi bộ, đảng bộ cơ sở tổ chức quán triệt Kế hoạch này đến cán bộ, đảng viên (thực hiện thường xuyên).

Nơi nhận:
- Ban Dân vận Tỉnh ủy (b/c),
- Lưu VPHU.

T/M BAN THƯỜNG VỤ
BÍ THƯ

Nguyễn Văn {chr(ord("A") + i)}
"""


@pytest.fixture(scope="module")
def many(tmp_path_factory, built_index):
    from ingest.index import build_index

    root = tmp_path_factory.mktemp("many")
    corpus, index_dir = root / "corpus", root / "index"
    corpus.mkdir()
    index_dir.mkdir()
    (index_dir / "embcache.sqlite").write_bytes((built_index.index_dir / "embcache.sqlite").read_bytes())
    entries = []
    for i, place in enumerate(PLACES):
        name = f"kh-{i + 20}-hu.txt"
        (corpus / name).write_text(plan_text(i), encoding="utf-8")
        entries.append(f'[[document]]\nid = "kh-{i + 20}-hu"\nfile = "{name}"\nkind = "Kế hoạch"\n'
                       f'number = "{i + 20}-KH/HU"\nissuer = "Huyện ủy {place}"\ndate = "2025-02-{i + 1:02d}"\n'
                       f'place = "{place}"\nsigner = "Nguyễn Văn {chr(ord("A") + i)}"\n'
                       f'title = "Thực hiện công tác dân vận năm 2025"\naliases = []\n')
    (corpus / "catalog.toml").write_text("\n".join(entries), encoding="utf-8")
    settings = load_settings(env={}, index_dir=index_dir, corpus_dir=corpus)
    build_index(settings, progress=False)
    return Assistant(settings)


def test_task_answers_list_every_row_of_all_fourteen_plans(many):
    a = many.ask("Ban Dân vận được giao những nhiệm vụ gì?")
    assert a.mode == "tasks" and a.answer.startswith("17 nhiệm vụ trong 14 văn bản")
    assert "(45 nhiệm vụ được giao)" in a.answer             # searched: 3 tasks in each plan, 3 plans with a fourth
    assert [c.unit_id for c in a.citations] == [f"kh-{i + 20}-hu:II.1.{g}" for i in range(14)
                                                for g in (("g1", "g2") if i in DIGITAL else ("g1",))]
    docs = many.holder.get().docs
    for i in range(14):                                        # grouped by plan, each group counted
        assert f"\n{docs[f'kh-{i + 20}-hu'].label} ({2 if i in DIGITAL else 1} nhiệm vụ):\n" in a.answer
    a = many.ask("Những việc nào phải hoàn thành trong tháng 9/2025?")
    assert a.answer.startswith("3 nhiệm vụ trong 3 văn bản")
    assert [c.unit_id for c in a.citations] == [f"kh-{i + 20}-hu:II.1.g2" for i in sorted(DIGITAL)]
    a = many.ask("Những việc nào phải xong trong năm 2025?")
    # a year holds its quarters and months: quý II/2025 (14), tháng 9/2025 (3) and năm 2025 (14)
    assert a.answer.startswith("31 nhiệm vụ trong 14 văn bản") and len({c.unit_id for c in a.citations}) == 31


def test_across_quotes_exactly_the_plans_with_the_topic_and_says_what_it_searched(many):
    assert len(PLACES) > across.MAX_DOCS
    a = many.ask("Các văn bản nói gì về ứng dụng công nghệ số trong công tác tuyên truyền?")
    assert a.mode == "across"
    assert sorted(c.unit_id for c in a.citations) == sorted(f"kh-{i + 20}-hu:II.1.g2" for i in DIGITAL)
    lead = a.answer.splitlines()[0]
    assert lead.startswith("3 trong 14 văn bản có nội dung về «ứng dụng công nghệ số trong công tác tuyên truyền»")
    searched = re.search(r"đã tìm trong từng văn bản: (.*)\):$", lead).group(1).split("; ")
    assert len(searched) == across.MAX_DOCS
    skipped = a.answer.splitlines()[-1]
    assert skipped.startswith(f"{14 - across.MAX_DOCS} văn bản còn lại xếp thấp hơn trong lần tìm chung")
    # every plan is named once: searched one by one, or ranked only
    named = searched + skipped.split(": ", 1)[1].rstrip(".").split("; ")
    assert sorted(named) == sorted(many.holder.get().docs[f"kh-{i + 20}-hu"].label for i in range(14))
    for i in DIGITAL:
        assert many.holder.get().docs[f"kh-{i + 20}-hu"].label in searched
