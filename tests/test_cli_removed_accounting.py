"""Every removed piece is shown: ``clean --explain`` and ``diff --removed`` list the pieces an HTML page lost
before its text was read (no line in it) after the page, and diff's figures agree with ``stats``."""

from __future__ import annotations

import csv
import io
import json
import pathlib

from unionkit.diff.render import UNPLACED_HEADING

ROOT = pathlib.Path(__file__).resolve().parent.parent
HTML = ROOT / "tests" / "data" / "html" / "crawl12_html_p01.html"  # a portal page with a markup-level footer
TEXT = sorted((ROOT / "examples").glob("*.txt"))[0]


def invoke(runner, app, args, input=None):
    return runner.invoke(app, args, input=input, catch_exceptions=False)


def _record(runner, app, page) -> dict:
    r = invoke(runner, app, ["clean", "-f", "jsonl", str(page)])
    assert r.exit_code == 0
    return json.loads(r.stdout)


def test_explain_shows_html_pieces_that_have_no_line_after_the_page(runner, app):
    rec = _record(runner, app, HTML)
    unplaced = [x for x in rec["removed"] if x["line"] is None]
    assert {x["kind"] for x in unplaced} >= {"markup", "site_footer"}
    r = invoke(runner, app, ["clean", "--explain", str(HTML)])
    assert r.exit_code == 0 and r.stderr == ""
    page, _, tail = r.stdout.partition(UNPLACED_HEADING)
    assert tail, "the line-less pieces follow the page under their heading"
    for x in unplaced:
        assert f"[-{x['kind']}: {' '.join(x['text'].split())}-]" in tail


def test_explain_of_a_text_page_has_no_unplaced_section(runner, app):
    r = invoke(runner, app, ["clean", "--explain", str(TEXT)])
    assert r.exit_code == 0 and r.stderr == ""
    assert UNPLACED_HEADING not in r.stdout and "[-" in r.stdout


def test_diff_removed_lists_and_counts_every_piece_of_the_record(runner, app):
    rec = _record(runner, app, HTML)
    r = invoke(runner, app, ["diff", "--removed", "-f", "json", str(HTML)])
    assert r.exit_code == 1 and r.stderr == ""
    data = json.loads(r.stdout)
    assert data["removed"] == rec["removed"]
    assert sum(v["pieces"] for v in data["by_kind"].values()) == len(rec["removed"])
    text = invoke(runner, app, ["diff", "--removed", str(HTML)])
    assert text.exit_code == 1 and text.stderr == ""
    summary = text.stdout.splitlines()[2]
    assert "site_footer 3 (" in summary and "markup " in summary
    assert UNPLACED_HEADING in text.stdout


def test_diff_removed_characters_agree_with_stats(runner, app):
    for page in (HTML, TEXT):
        data = json.loads(invoke(runner, app, ["diff", "--removed", "-f", "json", str(page)]).stdout)
        r = invoke(runner, app, ["stats", "--per-article", "-f", "csv", str(page)])
        assert r.exit_code == 0
        row = next(csv.DictReader(io.StringIO(r.stdout)))
        assert sum(v["chars"] for v in data["by_kind"].values()) == int(row["removed"])
        assert set(data["by_kind"]) == set(row["damage"].split("; "))


def test_the_title_suffix_of_an_html_page_is_removed_and_explained(runner, app):
    """The <title>'s site suffix after the headline (…平台-中新网) is a removed piece, as a text page's title line's
    is: filed as title_suffix with no line, and listed by --explain after the page."""
    page = ROOT / "tests" / "data" / "html" / "chinanews_style.html"
    rec = _record(runner, app, page)
    assert [x for x in rec["removed"] if x["kind"] == "title_suffix"] == [
        {"kind": "title_suffix", "text": "-中新网", "line": None}]
    r = invoke(runner, app, ["clean", "--explain", str(page)])
    assert r.exit_code == 0 and "[-title_suffix: -中新网-]" in r.stdout.partition(UNPLACED_HEADING)[2]
