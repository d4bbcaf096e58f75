"""The commands' plumbing: worker processes, inputs that hold no page, option checks, crawler records,
stats and --reprints agreeing with extract. Exit code, stdout and stderr are asserted apart."""

from __future__ import annotations

import csv
import io
import json
import os
import pathlib
import shutil
import subprocess
import sys
import time
import uuid

import pytest

ROOT = pathlib.Path(__file__).resolve().parent.parent
PAGES = sorted((ROOT / "examples").glob("*.txt"))
HTML = ROOT / "tests" / "data" / "html" / "captions_mixed.html"


def invoke(runner, app, args, input=None):
    return runner.invoke(app, args, input=input, catch_exceptions=False)


def lines(text: str) -> list[str]:
    return text.strip().splitlines()


# --- -j N: workers end with the command ---------------------------------------------------------------

def _processes_with(marker: str) -> list[int]:
    """Pids of live processes whose environment carries ``marker`` (the command and its workers)."""
    found = []
    for entry in pathlib.Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            env = (entry / "environ").read_bytes()
            state = (entry / "stat").read_text().rsplit(")", 1)[1].split()[0]
        except OSError:
            continue
        if marker.encode() in env and state != "Z":
            found.append(int(entry.name))
    return found


@pytest.mark.skipif(not os.path.isdir("/proc/self"), reason="needs /proc to find the worker processes")
def test_workers_end_when_the_reader_closes_the_pipe(tmp_path):
    for i in range(60):  # many small pages: the pool is busy when the reader goes away
        shutil.copy(PAGES[i % len(PAGES)], tmp_path / f"{i:03d}.txt")
    marker = f"UNIONKIT_TEST_RUN={uuid.uuid4().hex}"
    env = dict(os.environ, PYTHONPATH=str(ROOT), UNIONKIT_TEST_RUN=marker.split("=", 1)[1])
    err = tmp_path / "stderr.txt"  # a file, not a pipe: a worker left behind must not hang the test
    with open(err, "wb") as err_fh:
        proc = subprocess.Popen([sys.executable, "-m", "unionkit", "clean", "-j", "2", "-f", "jsonl", str(tmp_path)],
                                cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=err_fh)
    try:
        first = proc.stdout.readline()  # as `| head -1`: one record, then the pipe is closed
        proc.stdout.close()
        proc.wait(timeout=60)
        deadline = time.monotonic() + 10
        while _processes_with(marker) and time.monotonic() < deadline:
            time.sleep(0.1)
        left = _processes_with(marker)
    finally:
        for pid in _processes_with(marker):  # the test's own processes, should any be left
            os.kill(pid, 9)
    assert left == []
    assert json.loads(first)["id"] == "000"
    assert err.read_bytes() == b""
    assert proc.returncode in (0, -13)  # quiet: done, or ended by SIGPIPE as a Unix filter is


def test_jobs_output_is_complete_when_read_to_the_end(runner, app, tmp_path):
    for i in range(12):
        shutil.copy(PAGES[i % len(PAGES)], tmp_path / f"{i:03d}.txt")
    r = invoke(runner, app, ["clean", "-j", "2", "-f", "jsonl", str(tmp_path)])
    assert r.exit_code == 0 and r.stderr == ""
    assert [json.loads(x)["id"] for x in lines(r.stdout)] == [f"{i:03d}" for i in range(12)]


# --- crawler records -------------------------------------------------------------------------------

def test_crawler_html_records_keep_their_own_id_and_url(runner, app, tmp_path):
    html = HTML.read_text(encoding="utf-8")
    recs = [{"html": html, "id": "h1", "url": "http://a/1"},
            {"content": html, "id": "h2", "url": "http://a/2", "title": "站外标题"},
            {"html": html, "url": "http://a/3"}]
    f = tmp_path / "crawl.jsonl"
    f.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs), encoding="utf-8")
    r = invoke(runner, app, ["extract", str(f)])
    assert r.exit_code == 0 and r.stderr == ""
    out = [json.loads(x) for x in lines(r.stdout)]
    assert [o["meta"]["url"] for o in out] == ["http://a/1", "http://a/2", "http://a/3"]
    assert [o["id"] for o in out][:2] == ["h1", "h2"]
    assert out[2]["id"] not in ("crawl", "h1", "h2")  # no id: a hash of the page, never the file's name
    assert all(o["meta"]["published"] for o in out)   # read as HTML pages, the title line not in the way


def test_crawler_text_record_keeps_id_and_url_as_before(runner, app):
    rec = {"title": "标题", "content": PAGES[3].read_text(encoding="utf-8"), "id": "t1", "url": "http://a/t"}
    r = invoke(runner, app, ["extract"], input=json.dumps(rec, ensure_ascii=False) + "\n")
    assert r.exit_code == 0 and r.stderr == ""
    out = json.loads(r.stdout)
    assert (out["id"], out["meta"]["url"]) == ("t1", "http://a/t")


def test_crawler_record_with_empty_text_is_reported_and_skipped(runner, app):
    good = json.dumps({"content": PAGES[3].read_text(encoding="utf-8"), "id": "ok"}, ensure_ascii=False)
    r = invoke(runner, app, ["extract", "-f", "csv"], input=f'{good}\n{{"content": "", "id": "c7"}}\n'
                                                           f'{{"text": "  \\n ", "id": "c8"}}\n')
    assert r.exit_code == 1
    assert lines(r.stderr) == ["unionkit: <stdin>:2: not a usable record: empty page text",
                               "unionkit: <stdin>:3: not a usable record: empty page text"]
    assert [row["id"] for row in csv.DictReader(io.StringIO(r.stdout))] == ["ok"]


def test_crawler_record_takes_the_first_field_holding_text(runner, app):
    rec = {"content": "", "text": PAGES[3].read_text(encoding="utf-8"), "id": "t2"}
    r = invoke(runner, app, ["clean", "-f", "jsonl"], input=json.dumps(rec, ensure_ascii=False) + "\n")
    assert r.exit_code == 0 and r.stderr == ""
    assert json.loads(r.stdout)["title"].startswith("不忘初心再出发")


# --- malformed JSON: the whole message, with its position -------------------------------------------

def test_malformed_jsonl_names_the_column(runner, app):
    good = json.dumps({"content": "第一段正文内容。", "id": "a"}, ensure_ascii=False)
    r = invoke(runner, app, ["clean", "-f", "jsonl"], input=f'{good}\n{{"content": "cut off\n')
    assert r.exit_code == 1
    assert lines(r.stderr) == ["unionkit: <stdin>:2:13: malformed JSON (Unterminated string)"]
    assert json.loads(r.stdout)["id"] == "a"


def test_malformed_json_array_names_line_and_column(runner, app, tmp_path):
    f = tmp_path / "arr.json"
    f.write_text('[\n {"content": "正文。"},\n {"content": 正文}\n]\n', encoding="utf-8")
    r = invoke(runner, app, ["clean", str(f)])
    assert r.exit_code == 1 and r.stdout == ""
    assert lines(r.stderr) == [f"unionkit: {f}:3:14: malformed JSON (Expecting value)"]


# --- stats and --reprints extract as extract does ----------------------------------------------------

def test_stats_of_pages_equals_stats_of_their_extracted_records(runner, app, tmp_path):
    shutil.copy(HTML, tmp_path / "page.html")
    shutil.copy(PAGES[0], tmp_path / "page.txt")
    direct = invoke(runner, app, ["stats", "-f", "json", "--keywords", "none", str(tmp_path)])
    records = invoke(runner, app, ["extract", str(tmp_path)])
    via_extract = invoke(runner, app, ["stats", "-f", "json", "--keywords", "none"], input=records.stdout)
    cleaned = invoke(runner, app, ["clean", "-f", "jsonl", str(tmp_path)])
    via_clean = invoke(runner, app, ["stats", "-f", "json", "--keywords", "none"], input=cleaned.stdout)
    for r in (direct, records, via_extract, cleaned, via_clean):
        assert r.exit_code == 0 and r.stderr == ""
    assert direct.stdout == via_extract.stdout == via_clean.stdout
    years = {row["item"] for row in json.loads(direct.stdout) if row["section"] == "year"}
    assert "(unknown)" not in years  # the HTML page's date is counted, as extract reads it


def test_reprints_date_html_pages_and_crawler_records_as_extract_does(runner, app, tmp_path):
    html = HTML.read_text(encoding="utf-8")
    for name in ("a.html", "b.html"):
        (tmp_path / name).write_text(html, encoding="utf-8")
    text = PAGES[3].read_text(encoding="utf-8")
    (tmp_path / "crawl.jsonl").write_text(
        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in
                ({"content": text, "id": "c1"}, {"text": text, "id": "c2"})), encoding="utf-8")
    r = invoke(runner, app, ["diff", "--reprints", "-f", "jsonl", str(tmp_path)])
    assert r.exit_code == 0 and r.stderr == ""
    members = {m["id"]: m["published"] for c in map(json.loads, lines(r.stdout)) for m in c["members"]}
    extracted = {o["id"]: o["meta"]["published"]
                 for o in map(json.loads, lines(invoke(runner, app, ["extract", str(tmp_path)]).stdout))}
    assert members == extracted and all(members.values())


# --- clean's text output piped on ------------------------------------------------------------------

WARNING = ("unionkit: warning: <stdin>: looks like several articles in clean's text output (separated by "
           "empty lines); text is read as one page: pipe with 'unionkit clean -f jsonl' to keep the articles apart")


def test_several_articles_of_clean_text_on_stdin_are_warned_about(runner, app):
    text = invoke(runner, app, ["clean", *map(str, PAGES[:3])]).stdout
    r = invoke(runner, app, ["extract", "-f", "csv"], input=text)
    assert r.exit_code == 0
    assert lines(r.stderr) == [WARNING]
    assert len(list(csv.DictReader(io.StringIO(r.stdout)))) == 1  # the text format is not changed: one page


@pytest.mark.parametrize("source", ["one cleaned article", "raw page", "raw page with blank lines"])
def test_single_articles_and_raw_pages_on_stdin_are_not_warned_about(runner, app, source):
    if source == "one cleaned article":
        text = invoke(runner, app, ["clean", str(PAGES[0])]).stdout
    elif source == "raw page":
        text = PAGES[3].read_text(encoding="utf-8")
    else:  # a scraped page's blocks: indented lines, one-line blocks between empty lines
        text = "标题一则\n\n　　第一段正文。\n\n首页 | 新闻 | 联系我们\n\n　　第二段正文。\n"
    r = invoke(runner, app, ["extract"], input=text)
    assert r.exit_code == 0 and r.stderr == ""
    assert len(lines(r.stdout)) == 1


def test_clean_help_says_to_pipe_records(runner, app):
    r = invoke(runner, app, ["clean", "--help"])
    assert r.exit_code == 0 and r.stderr == ""
    assert "-f jsonl" in " ".join(r.stdout.split())


# --- inputs holding no page; option checks ------------------------------------------------------------

def test_directory_with_no_pages_fails_like_an_empty_file(runner, app, tmp_path):
    (tmp_path / "readme.md").write_text("not a page\n", encoding="utf-8")
    empty = tmp_path / "empty"
    empty.mkdir()
    for d in (tmp_path, empty):
        r = invoke(runner, app, ["clean", str(d)])
        assert r.exit_code == 1 and r.stdout == ""
        assert len(lines(r.stderr)) == 1 and lines(r.stderr)[0].startswith(f"unionkit: {d}: no pages (*.txt ")


def test_directory_with_pages_in_subdirectories_is_no_failure(runner, app, tmp_path):
    (tmp_path / "sub").mkdir()
    shutil.copy(PAGES[0], tmp_path / "sub" / "a.txt")
    r = invoke(runner, app, ["clean", str(tmp_path)])
    assert r.exit_code == 0 and r.stderr == "" and r.stdout


@pytest.mark.parametrize("cmd", [["clean"], ["clean", "--explain"], ["extract"], ["stats"], ["diff", "--reprints"]])
def test_unknown_encoding_is_a_usage_error_before_reading(runner, app, tmp_path, cmd):
    out = tmp_path / "out.txt"
    r = invoke(runner, app, [*cmd, "--encoding", "bogus", "-o", str(out), str(PAGES[0]), str(PAGES[1])])
    assert r.exit_code == 2 and r.stdout == ""
    assert lines(r.stderr) == ["unionkit: --encoding: unknown encoding 'bogus' (e.g. utf-8, gb18030, big5)"]
    assert not out.exists()


def test_known_encoding_is_accepted(runner, app):
    r = invoke(runner, app, ["clean", "--encoding", "utf-8", str(PAGES[0])])
    assert r.exit_code == 0 and r.stderr == "" and r.stdout


@pytest.mark.parametrize("fmt", ["jsonl", "json"])
def test_explain_with_a_record_format_is_a_usage_error(runner, app, fmt):
    r = invoke(runner, app, ["clean", "--explain", "-f", fmt, str(HTML)])
    assert r.exit_code == 2 and r.stdout == ""
    assert lines(r.stderr) == [f"unionkit: --explain shows the page as text; --format {fmt} is for the cleaned records"]


def test_explain_text_still_works(runner, app):
    r = invoke(runner, app, ["clean", "--explain", "-f", "text", str(PAGES[0])])
    assert r.exit_code == 0 and r.stderr == "" and "[-" in r.stdout


# --- --to converts the whole record's names -----------------------------------------------------------

def test_to_traditional_converts_meta_site_too(runner, app):
    plain = json.loads(invoke(runner, app, ["clean", "-f", "jsonl", str(HTML)]).stdout)
    r = invoke(runner, app, ["clean", "-f", "jsonl", "--to", "traditional", str(HTML)])
    assert r.exit_code == 0 and r.stderr == ""
    rec = json.loads(r.stdout)
    assert plain["meta"]["site"] == "江城新闻网"
    assert rec["meta"]["site"] == "江城新聞網" and "總工會" in rec["title"]


def test_to_leaves_dates_and_urls_alone(runner, app):
    rec = {"schema": 1, "id": "r", "title": "总工会", "body": ["职工。"],
           "meta": {"published": "2024-01-02", "url": "http://a/总", "source": "江城日报"}}
    r = invoke(runner, app, ["clean", "-f", "jsonl", "--to", "traditional"], input=json.dumps(rec, ensure_ascii=False))
    assert r.exit_code == 0 and r.stderr == ""
    meta = json.loads(r.stdout)["meta"]
    assert (meta["published"], meta["url"], meta["source"]) == ("2024-01-02", "http://a/总", "江城日報")


# --- extract -f csv: counts under count names ------------------------------------------------------

def test_extract_csv_names_its_count_columns(runner, app):
    r = invoke(runner, app, ["extract", "-f", "csv", str(PAGES[0])])
    assert r.exit_code == 0 and r.stderr == ""
    rows = list(csv.DictReader(io.StringIO(r.stdout)))
    assert list(rows[0])[-7:] == ["n_unions", "n_people", "n_places", "n_campaigns", "n_figures",
                                  "paragraphs", "characters"]
    assert int(rows[0]["n_unions"]) >= 1


# --- tables line up Han text ------------------------------------------------------------------------

def test_plain_table_pads_han_text_by_display_width():
    pytest.importorskip("wcwidth")
    from unionkit.output import render_rows

    out = render_rows([{"item": "四川省", "count": 2}, {"item": "2018", "count": 1}], "table")
    body = out.splitlines()[2:]
    from wcwidth import wcswidth

    assert wcswidth(body[0].rstrip()) == wcswidth(body[1].rstrip())  # the counts end in one column


def test_chart_pads_han_labels_by_display_width(runner, app):
    from rich.cells import cell_len

    rec = {"schema": 1, "id": "x", "title": "t", "body": ["正文。"], "meta": {"published": "2018-01-01"},
           "entities": {"places": [{"name": "四川省", "province": "四川省"}], "unions": ["四川省总工会"]}}
    rec2 = dict(rec, id="y", entities={"unions": ["某某总工会"]})  # no province: the (unknown) row
    data = "\n".join(json.dumps(r, ensure_ascii=False) for r in (rec, rec2)) + "\n"
    r = invoke(runner, app, ["stats", "--chart", "--by", "province", "--keywords", "none"], input=data)
    assert r.exit_code == 0
    bars = [x for x in r.stdout.splitlines() if "█" in x]
    assert len(bars) == 2
    assert len({cell_len(x[:x.index("█")]) for x in bars}) == 1  # rich pads by display width
