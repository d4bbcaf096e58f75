"""``unionkit stats`` on the command line: formats, --by, --per-article, --chart, pipes, stable output."""

from __future__ import annotations

import csv
import io
import json
import pathlib

from test_stats import HAND

EXAMPLES = pathlib.Path(__file__).resolve().parent.parent / "examples"
RECORDS = "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in HAND)


def invoke(runner, app, args, input=None):
    return runner.invoke(app, args, input=input)


def test_summary_formats_agree(runner, app):
    as_json = json.loads(invoke(runner, app, ["stats", "-f", "json"], input=RECORDS).stdout)
    as_jsonl = [json.loads(line) for line in invoke(runner, app, ["stats", "-f", "jsonl"], input=RECORDS)
                .stdout.splitlines()]
    as_csv = list(csv.DictReader(io.StringIO(invoke(runner, app, ["stats", "-f", "csv"], input=RECORDS).stdout)))
    assert as_json == as_jsonl
    assert [r["item"] for r in as_csv] == [r["item"] for r in as_json]
    assert as_json[0] == {"section": "corpus", "item": "articles", "count": 3, "characters": 32}
    table = invoke(runner, app, ["stats"], input=RECORDS)
    assert table.exit_code == 0 and "广元市总工会" in table.stdout and "\x1b[" not in table.stdout


def test_by_province_csv(runner, app):
    r = invoke(runner, app, ["stats", "--by", "province", "-f", "csv"], input=RECORDS)
    assert r.exit_code == 0, r.stderr
    rows = list(csv.DictReader(io.StringIO(r.stdout)))
    assert [(x["province"], x["articles"], x["characters"]) for x in rows] == [
        ("四川省", "2", "23"), ("云南省", "1", "10"), ("(unknown)", "1", "9")]
    assert rows[0]["campaigns"] == "最美劳动者; 工心向党"


def test_per_article_jsonl_streams_one_row_per_record(runner, app):
    r = invoke(runner, app, ["stats", "--per-article", "-f", "jsonl"], input=RECORDS)
    rows = [json.loads(line) for line in r.stdout.splitlines()]
    assert [(x["id"], x["characters"], x["removed"]) for x in rows] == [("a1", 13, 8), ("a2", 10, 2), ("a3", 9, 0)]
    as_json = json.loads(invoke(runner, app, ["stats", "--per-article", "-f", "json"], input=RECORDS).stdout)
    assert as_json == rows
    as_csv = invoke(runner, app, ["stats", "--per-article", "-f", "csv"], input=RECORDS).stdout
    assert as_csv.splitlines()[1] == "a1,标题一,2021-03-05T10:00,甲网,2,13,8,page_header; jammer"


def test_by_and_per_article_together_is_a_usage_error(runner, app):
    r = invoke(runner, app, ["stats", "--by", "year", "--per-article"], input=RECORDS)
    assert r.exit_code == 2 and "--per-article" in r.stderr


def test_unknown_group_is_refused(runner, app):
    assert invoke(runner, app, ["stats", "--by", "colour"], input=RECORDS).exit_code == 2


def test_chart_draws_bars_after_the_table(runner, app):
    r = invoke(runner, app, ["stats", "--by", "year", "--chart"], input=RECORDS)
    assert r.exit_code == 0
    tail = r.stdout[r.stdout.index("articles by year", r.stdout.index("2021") + 1):]
    bars = [line for line in tail.splitlines() if "█" in line]
    assert len(bars) == 2 and bars[0].startswith("2021") and bars[0].count("█") == 2 * bars[1].count("█")


def test_chart_keeps_csv_on_stdout_clean(runner, app):
    r = invoke(runner, app, ["stats", "--by", "year", "-f", "csv", "--chart"], input=RECORDS)
    assert "█" not in r.stdout and "█" in r.stderr
    assert r.stdout.splitlines()[0].startswith("year,articles")


def test_output_is_identical_across_runs_and_input_orders(runner, app):
    reverse = "".join(reversed(RECORDS.splitlines(keepends=True)))
    a = invoke(runner, app, ["stats", "-f", "csv"], input=RECORDS).stdout
    b = invoke(runner, app, ["stats", "-f", "csv"], input=RECORDS).stdout
    c = invoke(runner, app, ["stats", "-f", "csv"], input=reverse).stdout
    assert a == b == c


def test_examples_summary(runner, app):
    r = invoke(runner, app, ["stats", "-f", "json", str(EXAMPLES)])
    assert r.exit_code == 0, r.stderr
    rows = json.loads(r.stdout)
    assert rows[0]["item"] == "articles" and rows[0]["count"] == 5
    assert [x["item"] for x in rows if x["section"] == "year"] == ["2018", "2021", "2022", "2024"]
    assert any(x["section"] == "keyword" for x in rows)


def test_clean_extract_stats_pipe(runner, app):
    cleaned = invoke(runner, app, ["clean", "--format", "jsonl", str(EXAMPLES)]).stdout
    records = invoke(runner, app, ["extract"], input=cleaned).stdout
    direct = invoke(runner, app, ["stats", "--by", "province", "--format", "csv", str(EXAMPLES)])
    piped = invoke(runner, app, ["stats", "--by", "province", "--format", "csv"], input=records)
    assert piped.exit_code == 0 and piped.stdout.startswith("province,articles,")
    assert piped.stdout == direct.stdout  # records from the pipe are not extracted again


def test_top_list_cut_short_still_shows_the_unknown_group(runner, app):
    """-n cuts the site/source/city lists to the top names; how many articles have none stays shown."""
    def rec(i, site):
        return json.dumps({"schema": 1, "id": f"r{i}", "title": "标题", "body": ["正文一段。"],
                           "meta": {"site": site}, "entities": {"campaigns": ["职工之家"]}}, ensure_ascii=False)
    stdin = "\n".join(rec(i, s) for i, s in enumerate(["甲网", "甲网", "乙网", None, None, None])) + "\n"
    r = runner.invoke(app, ["stats", "-n", "1", "-f", "json", "--keywords", "none"], input=stdin,
                      catch_exceptions=False)
    assert r.exit_code == 0 and r.stderr == ""
    sites = [(x["item"], x["count"]) for x in json.loads(r.stdout) if x["section"] == "site"]
    assert sites == [("甲网", 2), ("(unknown)", 3)]
