"""The commands' shared contract, through typer's CliRunner: exit codes, stdout and stderr apart."""

from __future__ import annotations

import json
import pathlib

import pytest

EXAMPLES = pathlib.Path(__file__).resolve().parent.parent / "examples"
PAGES = sorted(EXAMPLES.glob("*.txt"))


def invoke(runner, app, args, input=None):
    return runner.invoke(app, args, input=input, catch_exceptions=False)


def test_version(runner, app):
    r = invoke(runner, app, ["--version"])
    assert r.exit_code == 0 and r.stdout.startswith("unionkit ")


@pytest.mark.parametrize("cmd", ["clean", "extract", "stats", "diff"])
def test_every_help_has_an_example(runner, app, cmd):
    r = invoke(runner, app, [cmd, "--help"])
    assert r.exit_code == 0
    assert "Example" in r.stdout and f"unionkit {cmd}" in r.stdout


def test_clean_text_is_title_then_paragraphs(runner, app):
    r = invoke(runner, app, ["clean", str(PAGES[3])])
    assert r.exit_code == 0, r.stderr
    lines = r.stdout.splitlines()
    assert lines[0].startswith("不忘初心再出发")
    assert "" not in lines and len(lines) > 5
    assert r.stderr == ""


def test_articles_are_separated_by_an_empty_line(runner, app):
    r = invoke(runner, app, ["clean", str(PAGES[3]), str(PAGES[4])])
    assert r.exit_code == 0
    assert r.stdout.count("\n\n") == 1


def test_directory_is_walked_sorted(runner, app):
    r = invoke(runner, app, ["clean", "-f", "jsonl", str(EXAMPLES)])
    assert r.exit_code == 0, r.stderr
    ids = [json.loads(line)["id"] for line in r.stdout.splitlines()]
    assert ids == [p.stem for p in PAGES]


def test_jsonl_is_utf8_without_escapes(runner, app):
    r = invoke(runner, app, ["clean", "-f", "jsonl", str(PAGES[0])])
    assert "\\u" not in r.stdout and "盘龙" in r.stdout
    rec = json.loads(r.stdout)
    assert rec["schema"] == 1 and rec["removed"]


def test_json_is_one_array(runner, app):
    r = invoke(runner, app, ["clean", "-f", "json", *map(str, PAGES[:2])])
    data = json.loads(r.stdout)
    assert isinstance(data, list) and len(data) == 2


def test_json_of_nothing_is_an_empty_array(runner, app):
    r = invoke(runner, app, ["clean", "-f", "json", "-"], input="")
    assert r.exit_code == 1 and json.loads(r.stdout) == []
    assert r.stderr == "unionkit: <stdin>: empty; no page\n"


def test_empty_stdin_is_a_failed_input(runner, app):
    r = invoke(runner, app, ["clean"], input="")
    assert r.exit_code == 1 and r.stdout == "" and r.stderr == "unionkit: <stdin>: empty; no page\n"


def test_stdin_page(runner, app):
    r = invoke(runner, app, ["clean"], input=PAGES[4].read_text(encoding="utf-8"))
    assert r.exit_code == 0 and r.stdout.startswith("贵州铜仁市总工会")


def test_missing_file_is_named_and_others_still_processed(runner, app):
    r = invoke(runner, app, ["clean", "nosuchfile.txt", str(PAGES[3])])
    assert r.exit_code == 1
    assert r.stderr.strip().splitlines() == ["unionkit: nosuchfile.txt: no such file or directory"]
    assert r.stdout.startswith("不忘初心再出发")


def test_binary_file_is_one_line_and_exit_1(runner, app, tmp_path):
    exe = tmp_path / "prog"
    exe.write_bytes(b"\x7fELF\x02\x01\x01" + bytes(range(256)) * 4)
    r = invoke(runner, app, ["extract", str(exe)])
    assert r.exit_code == 1
    assert len(r.stderr.strip().splitlines()) == 1 and str(exe) in r.stderr
    assert r.stdout == ""


def test_usage_error_exits_2(runner, app):
    r = invoke(runner, app, ["clean", "--format", "xml", str(PAGES[0])])
    assert r.exit_code == 2


def test_malformed_jsonl_line_is_named_rest_processed(runner, app):
    good = json.dumps({"title": "标题", "content": "第一段正文内容。"}, ensure_ascii=False)
    r = invoke(runner, app, ["clean", "-f", "jsonl"], input=f"{good}\n{{broken\n{good}\n")
    assert r.exit_code == 1
    assert r.stderr.strip() == "unionkit: <stdin>:2:2: malformed JSON (Expecting property name enclosed in double quotes)"
    assert len(r.stdout.splitlines()) == 2


def test_strict_stops_at_first_bad_record(runner, app):
    good = json.dumps({"title": "标题", "content": "第一段正文内容。"}, ensure_ascii=False)
    r = invoke(runner, app, ["clean", "--strict", "-f", "jsonl"], input=f"{good}\n{{broken\n{good}\n")
    assert r.exit_code == 1 and len(r.stdout.splitlines()) == 1


def test_record_with_wrong_type_is_named(runner, app):
    r = invoke(runner, app, ["extract"], input='{"schema": 1, "id": "x", "body": 5}\n')
    assert r.exit_code == 1 and "<stdin>:1" in r.stderr and "body" in r.stderr


def test_output_file_written_whole(runner, app, tmp_path):
    out = tmp_path / "out.jsonl"
    r = invoke(runner, app, ["clean", "-f", "jsonl", "-o", str(out), str(PAGES[2])])
    assert r.exit_code == 0 and r.stdout == ""
    assert json.loads(out.read_text(encoding="utf-8"))["id"] == PAGES[2].stem
    assert [p.name for p in tmp_path.iterdir()] == ["out.jsonl"]


def test_unwritable_output_is_usage_error(runner, app, tmp_path):
    r = invoke(runner, app, ["clean", "-o", str(tmp_path / "no" / "such" / "dir.txt"), str(PAGES[2])])
    assert r.exit_code == 2 and "cannot write" in r.stderr


def test_clean_records_pass_through_clean_unchanged(runner, app):
    first = invoke(runner, app, ["clean", "-f", "jsonl", str(PAGES[3])]).stdout
    again = invoke(runner, app, ["clean", "-f", "jsonl"], input=first).stdout
    assert json.loads(again) == json.loads(first)


def test_explain_marks_removed_spans(runner, app):
    r = invoke(runner, app, ["clean", "--explain", str(PAGES[4])])
    assert r.exit_code == 0
    assert "[-site_footer:" in r.stdout or "[-social_links:" in r.stdout
    assert "\x1b[" not in r.stdout  # no colour off a terminal


def test_extract_formats(runner, app):
    for fmt in ("jsonl", "json", "csv", "table", "text"):
        r = invoke(runner, app, ["extract", "-f", fmt, str(PAGES[4])])
        assert r.exit_code == 0, (fmt, r.stderr)
        assert r.stdout.strip()


def test_stats_reads_records(runner, app):
    records = invoke(runner, app, ["clean", "-f", "jsonl", str(EXAMPLES)]).stdout
    r = invoke(runner, app, ["stats", "-f", "csv"], input=records)
    assert r.exit_code == 0 and "articles" in r.stdout


def test_diff_exit_statuses(runner, app):
    same = invoke(runner, app, ["diff", str(PAGES[0]), str(PAGES[0])])
    assert same.exit_code == 0
    other = invoke(runner, app, ["diff", str(PAGES[0]), str(PAGES[1])])
    assert other.exit_code == 1
    trouble = invoke(runner, app, ["diff", str(PAGES[0]), "nosuchfile"])
    assert trouble.exit_code == 2 and "nosuchfile" in trouble.stderr


@pytest.mark.parametrize("cmd", [["clean", "-f", "jsonl"], ["extract"], ["stats", "-f", "csv", "--keywords", "none"]])
def test_jobs_2_gives_the_output_of_jobs_1(runner, app, cmd):
    one = invoke(runner, app, [*cmd, "-j", "1", str(EXAMPLES)])
    two = invoke(runner, app, [*cmd, "-j", "2", str(EXAMPLES)])
    assert one.exit_code == two.exit_code == 0
    assert one.stdout == two.stdout and one.stdout.strip()
