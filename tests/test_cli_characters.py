"""One definition of an article's characters in every command: the body's non-whitespace characters
(extract's csv, stats --per-article and the summary, diff --removed); extract's csv always has its header."""

from __future__ import annotations

import csv
import io
import pathlib

import pytest

ROOT = pathlib.Path(__file__).resolve().parent.parent
PAGES = sorted((ROOT / "examples").glob("*.txt"))


def invoke(runner, app, args, input=None):
    return runner.invoke(app, args, input=input, catch_exceptions=False)


def _csv(text: str) -> list[dict]:
    return list(csv.DictReader(io.StringIO(text)))


def test_extract_csv_and_stats_count_the_same_characters(runner, app, tmp_path):
    spaced = tmp_path / "spaced.txt"  # a body with ASCII words: spaces inside paragraphs
    spaced.write_text("市总工会举办 AI 技能培训班\n本次培训邀请 IT 企业讲师, 为 120 名职工讲解 Python 编程。\n"
                      "培训为期 3 天, 学员 们 反映 收获 很大。\n", encoding="utf-8")
    files = [str(spaced), *map(str, PAGES[:3])]
    ex = invoke(runner, app, ["extract", "-f", "csv", *files])
    st = invoke(runner, app, ["stats", "--per-article", "-f", "csv", *files])
    assert ex.exit_code == 0 and st.exit_code == 0 and ex.stderr == "" and st.stderr == ""
    got = {r["id"]: int(r["characters"]) for r in _csv(ex.stdout)}
    want = {r["id"]: int(r["characters"]) for r in _csv(st.stdout)}
    assert got == want and len(got) == 4


def test_extract_csv_characters_leave_out_whitespace(runner, app, tmp_path):
    page = tmp_path / "p.txt"
    page.write_text("市总工会举办技能培训班\n学员 们 反映 收获 很大, 培训 为期 三天。\n", encoding="utf-8")
    r = invoke(runner, app, ["extract", "-f", "csv", str(page)])
    assert r.exit_code == 0 and r.stderr == ""
    (row,) = _csv(r.stdout)
    assert int(row["characters"]) == len("学员们反映收获很大,培训为期三天。")


@pytest.mark.parametrize("data", [b"", b"\xef\xbb\xbf"], ids=["empty", "bom only"])
def test_extract_csv_with_no_usable_input_still_writes_the_header(runner, app, tmp_path, data):
    f = tmp_path / "empty.txt"
    f.write_bytes(data)
    r = invoke(runner, app, ["extract", "-f", "csv", str(f)])
    assert r.exit_code == 1 and r.stderr.startswith(f"unionkit: {f}: ")
    assert r.stdout.splitlines() == ["id,title,published,source,author,reporter,editor,views,site,url,credit,"
                                     "n_unions,n_people,n_places,n_campaigns,n_figures,paragraphs,characters"]
