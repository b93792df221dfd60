"""rag.text.data_rows, the one reader of the tab-separated tables of rag/data: comments, blank lines and lines of a
skipped prefix left out; fields split at tabs, at most as many as asked. Tables written for these tests."""
from rag.text import DATA, data_rows


def test_comments_and_blank_lines_are_skipped(tmp_path):
    p = tmp_path / "t.tsv"
    p.write_text("# a comment\tnot a row\n\nbáo cáo\tbc\n   \nkế hoạch\tkh\tci\n", encoding="utf-8")
    assert data_rows(p) == [["báo cáo", "bc"], ["kế hoạch", "kh", "ci"]]


def test_fields_keep_further_tabs_in_the_last_and_a_line_without_tab_is_one_field(tmp_path):
    p = tmp_path / "t.tsv"
    p.write_text("a\tb\tc\nno tab here\n", encoding="utf-8")
    assert data_rows(p, fields=2) == [["a", "b\tc"], ["no tab here"]]


def test_a_skipped_prefix_leaves_out_its_lines(tmp_path):
    p = tmp_path / "t.tsv"
    p.write_text("@after\tx | y\ntỉnh\ttinh\n#c\n", encoding="utf-8")
    assert data_rows(p, skip=("#", "@")) == [["tỉnh", "tinh"]]
    assert data_rows(p)[0][0] == "@after"


def test_every_table_of_rag_data_reads_with_two_or_three_fields():
    for name in ("abbreviations.tsv", "across.tsv", "bodies.tsv", "loanwords.tsv", "question_words.tsv",
                 "synonyms.tsv", "levels.tsv"):
        rows = data_rows(DATA / name)
        assert rows and all(2 <= len(r) <= 3 for r in rows), name
