"""``unionkit diff`` through typer's CliRunner: modes, formats, exit statuses, usage errors."""

from __future__ import annotations

import json
from html.parser import HTMLParser

import pytest

from unionkit.diff import apply_ops

from conftest import PAGES


def invoke(runner, app, args, input=None):
    return runner.invoke(app, ["diff", *args], input=input, catch_exceptions=False)


def _records(runner, app, page) -> str:
    r = runner.invoke(app, ["clean", "-f", "jsonl", str(page)], catch_exceptions=False)
    assert r.exit_code == 0
    return r.stdout


def test_exit_0_same_1_different_2_trouble(runner, app):
    assert invoke(runner, app, [str(PAGES[0]), str(PAGES[0])]).exit_code == 0
    assert invoke(runner, app, [str(PAGES[0]), str(PAGES[1])]).exit_code == 1
    r = invoke(runner, app, [str(PAGES[0]), "no/such/file.txt"])
    assert r.exit_code == 2 and "no/such/file.txt" in r.stderr


def test_page_against_its_own_record_is_identical(runner, app, tmp_path):
    rec = tmp_path / "a.jsonl"
    rec.write_text(_records(runner, app, PAGES[2]), encoding="utf-8")
    r = invoke(runner, app, [str(PAGES[2]), str(rec)])
    assert r.exit_code == 0, r.stdout


def test_text_through_a_pipe_is_plain_word_diff(runner, app, tmp_path):
    a = tmp_path / "a.txt"
    b = tmp_path / "b.txt"
    a.write_text("市总工会召开年度工作会议\n\n会议总结了过去一年全市工会工作,部署今年重点任务。\n", encoding="utf-8")
    b.write_text("市总工会召开工作会议\n\n会议总结了过去一年全市工会工作,部署今年各项重点任务。\n", encoding="utf-8")
    r = invoke(runner, app, [str(a), str(b)])
    assert r.exit_code == 1
    assert "\x1b[" not in r.stdout
    assert "市总工会召开[-年度-]工作会议" in r.stdout
    assert "部署今年{+各项+}重点任务" in r.stdout
    assert "similarity of the bodies" in r.stdout


@pytest.mark.parametrize("pair", [(0, 1), (3, 4), (2, 2)])
def test_json_ops_rebuild_b_from_a(runner, app, pair):
    from unionkit.clean import clean_text
    from unionkit.output import article_text

    pa, pb = PAGES[pair[0]], PAGES[pair[1]]
    r = invoke(runner, app, ["-f", "json", str(pa), str(pb)])
    assert r.exit_code == (0 if pa == pb else 1)
    data = json.loads(r.stdout)
    assert set(data) >= {"a", "b", "identical", "similarity", "meta", "ops"}
    ta = article_text(clean_text(pa.read_text("utf-8")))
    tb = article_text(clean_text(pb.read_text("utf-8")))
    assert apply_ops(ta, data["ops"]) == tb
    assert {o["op"] for o in data["ops"]} <= {"equal", "insert", "delete", "replace"}


def test_json_lists_meta_differences(runner, app):
    data = json.loads(invoke(runner, app, ["-f", "json", str(PAGES[0]), str(PAGES[3])]).stdout)
    fields = {m["field"] for m in data["meta"]}
    assert "published" in fields


def test_html_file_parses_and_has_both_titles(runner, app, tmp_path):
    out = tmp_path / "d.html"
    r = invoke(runner, app, ["-f", "html", "-o", str(out), str(PAGES[3]), str(PAGES[4])])
    assert r.exit_code == 1 and r.stdout == ""
    page = out.read_text(encoding="utf-8")
    texts: list[str] = []

    class P(HTMLParser):
        def handle_data(self, data):
            texts.append(data)

    P().feed(page)
    shown = "".join(texts)
    assert "不忘初心再出发" in shown and "贵州铜仁市总工会" in shown
    assert "<script" not in page and "http" not in page.split("</style>")[0]


def test_removed_shows_kinds(runner, app):
    r = invoke(runner, app, ["--removed", str(PAGES[4])])
    assert r.exit_code == 1
    assert r.stdout.startswith(f"--- {PAGES[4]} (page)")
    assert "removed: " in r.stdout and "‹title_suffix›" in r.stdout
    data = json.loads(invoke(runner, app, ["--removed", "-f", "json", str(PAGES[4])]).stdout)
    assert data["by_kind"]["title_suffix"]["pieces"] >= 1
    assert all(set(x) == {"kind", "text", "line"} for x in data["removed"])
    first = next(x for x in data["removed"] if x["kind"] == "title_suffix")
    assert first["line"] == 1


def test_removed_of_a_clean_page_is_nothing(runner, app, tmp_path):
    p = tmp_path / "clean.txt"
    p.write_text("市总工会召开工作会议\n会议总结了过去一年全市工会工作,部署今年重点任务。\n", encoding="utf-8")
    r = invoke(runner, app, ["--removed", str(p)])
    assert r.exit_code == 0 and "removed: nothing" in r.stdout


def test_reprints_of_the_examples(runner, app, tmp_path):
    copy = tmp_path / "copy.txt"
    text = PAGES[3].read_text("utf-8").splitlines()
    copy.write_text("转载:" + "\n".join(text[:30]) + "\n", encoding="utf-8")
    r = invoke(runner, app, ["--reprints", str(PAGES[0].parent), str(copy)])
    assert r.exit_code == 0, r.stderr
    assert r.stdout.startswith("1 cluster of reprints among 6 articles")
    assert f"likely original: {PAGES[3]} (2018-06-01)" in r.stdout
    lines = [x for x in r.stdout.splitlines() if "~" in x]
    assert len(lines) == 1 and "containment 1.000" in lines[0]
    data = [json.loads(x) for x in invoke(runner, app, ["--reprints", "-f", "jsonl", str(PAGES[0].parent),
                                                        str(copy)]).stdout.splitlines()]
    assert len(data) == 1 and data[0]["size"] == 2 and data[0]["original_path"] == str(PAGES[3])
    assert data[0]["original"] == PAGES[3].stem


def test_reprints_data_names_members_by_id_for_pages_and_records_alike(runner, app, tmp_path):
    copy = tmp_path / "copy.txt"
    copy.write_text("转载:" + PAGES[3].read_text("utf-8"), encoding="utf-8")
    recs = tmp_path / "recs.jsonl"
    recs.write_text(_records(runner, app, PAGES[3]) + _records(runner, app, copy), encoding="utf-8")
    runs = [invoke(runner, app, ["--reprints", "-f", "jsonl", *args]) for args in
            ([str(PAGES[3]), str(copy)], [str(recs)])]
    for r in runs:
        assert r.exit_code == 0 and r.stderr == ""
    pages, records = (json.loads(r.stdout) for r in runs)
    assert pages["original"] == records["original"] == PAGES[3].stem
    assert {pages["pairs"][0]["a"], pages["pairs"][0]["b"]} == {PAGES[3].stem, "copy"}
    assert pages["original_path"] == records["original_path"] == str(PAGES[3])  # (a record keeps its page path)


def test_diff_names_stdin_as_stdin(runner, app):
    r = invoke(runner, app, ["-", str(PAGES[1])], input=PAGES[0].read_text("utf-8"))
    assert r.exit_code == 1 and r.stderr == ""
    assert r.stdout.startswith(f"--- <stdin>\n+++ {PAGES[1]}\n")


@pytest.mark.parametrize("args,needle", [
    ([], "two files"),
    ([str(PAGES[0])], "two files"),
    ([str(PAGES[0]), str(PAGES[1]), str(PAGES[2])], "two files"),
    (["--removed"], "one PAGE"),
    (["--removed", str(PAGES[0]), str(PAGES[1])], "one PAGE"),
    (["--removed", "--reprints", str(PAGES[0])], "cannot be combined"),
    (["--reprints", "-f", "html", str(PAGES[0])], "html"),
    (["-f", "jsonl", str(PAGES[0]), str(PAGES[1])], "jsonl"),
    (["-f", "yaml", str(PAGES[0]), str(PAGES[1])], ""),
])
def test_usage_errors_exit_2(runner, app, args, needle):
    r = invoke(runner, app, args)
    assert r.exit_code == 2
    if needle:
        assert needle in r.stderr and len(r.stderr.strip().splitlines()) == 1


def test_a_file_with_several_articles_is_a_usage_error(runner, app, tmp_path):
    recs = tmp_path / "two.jsonl"
    recs.write_text(_records(runner, app, PAGES[0]) + _records(runner, app, PAGES[1]), encoding="utf-8")
    r = invoke(runner, app, [str(recs), str(PAGES[0])])
    assert r.exit_code == 2 and "several articles" in r.stderr
