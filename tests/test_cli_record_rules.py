"""Records read the same way by every command: ``diff A B`` extracts a record lacking extracted data as
extract, stats and --reprints do; a record of another schema version is reported; the documented lenient
conversions stay lenient."""

from __future__ import annotations

import json
import pathlib

ROOT = pathlib.Path(__file__).resolve().parent.parent
PAGE = sorted((ROOT / "examples").glob("*.txt"))[3]  # a page with published, source and reporter


def invoke(runner, app, args, input=None):
    return runner.invoke(app, args, input=input, catch_exceptions=False)


def _clean_record(runner, app) -> dict:
    r = invoke(runner, app, ["clean", "-f", "jsonl", str(PAGE)])
    assert r.exit_code == 0
    return json.loads(r.stdout)


def _write(tmp_path, name, rec) -> pathlib.Path:
    p = tmp_path / name
    p.write_text(json.dumps(rec, ensure_ascii=False) + "\n", encoding="utf-8")
    return p


def test_diff_fills_partly_filled_meta_as_extract_does(runner, app, tmp_path):
    rec = _clean_record(runner, app)
    a = _write(tmp_path, "a.jsonl", rec)
    rec["meta"]["views"] = 12  # one field filled by hand: the rest is still to be extracted
    b = _write(tmp_path, "b.jsonl", rec)
    extracted = json.loads(invoke(runner, app, ["extract", str(b)]).stdout)
    assert extracted["meta"]["published"]
    r = invoke(runner, app, ["diff", "-f", "json", str(a), str(b)])
    assert r.exit_code == 0 and r.stderr == ""
    fields = {m["field"] for m in json.loads(r.stdout)["meta"]}
    assert fields <= {"views"}, fields  # no invented published/source/reporter differences


def test_diff_of_a_page_and_its_record_has_no_meta_differences(runner, app, tmp_path):
    rec = _write(tmp_path, "r.jsonl", _clean_record(runner, app))
    r = invoke(runner, app, ["diff", "-f", "json", str(PAGE), str(rec)])
    assert r.exit_code == 0 and r.stderr == ""
    assert json.loads(r.stdout)["meta"] == []


def test_record_of_another_schema_version_is_reported_and_skipped(runner, app, tmp_path):
    rec = _clean_record(runner, app)
    good = _write(tmp_path, "good.jsonl", rec)
    rec["schema"] = 2
    bad = _write(tmp_path, "future.jsonl", rec)
    r = invoke(runner, app, ["extract", str(bad), str(good)])
    assert r.exit_code == 1
    assert r.stderr == (f"unionkit: {bad}:1: not a usable record: schema: this version reads schema 1 "
                        "records, got 2\n")
    assert len(r.stdout.splitlines()) == 1


def test_views_as_a_string_of_digits_is_read_as_a_number_and_other_strings_reported(runner, app, tmp_path):
    rec = _clean_record(runner, app)
    rec["meta"]["views"] = "12"
    ok = invoke(runner, app, ["extract", str(_write(tmp_path, "s.jsonl", rec))])
    assert ok.exit_code == 0 and ok.stderr == "" and json.loads(ok.stdout)["meta"]["views"] == 12
    rec["meta"]["views"] = "abc"
    bad = _write(tmp_path, "abc.jsonl", rec)
    r = invoke(runner, app, ["extract", str(bad)])
    assert r.exit_code == 1 and r.stdout == ""
    assert r.stderr == f"unionkit: {bad}:1: not a usable record: meta.views: expected an integer, got 'abc'\n"
