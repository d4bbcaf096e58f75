"""``unionkit extract`` with an output file or a format runs without typer, and writes what typer's run writes."""

from __future__ import annotations

import pathlib

import pytest

from unionkit.cli.app import _fast_args, fast_path

PAGES = sorted((pathlib.Path(__file__).resolve().parent.parent / "examples").glob("*.txt"))


@pytest.mark.parametrize("fmt", ["jsonl", "json", "csv", "table", "text"])
def test_fast_extract_writes_what_typer_writes(runner, app, tmp_path, fmt):
    fast, slow = tmp_path / "fast.out", tmp_path / "slow.out"
    pages = [str(PAGES[2]), str(PAGES[4])]
    assert fast_path(["extract", pages[0], "-f", fmt, "--output", str(fast), pages[1]]) == 0
    r = runner.invoke(app, ["extract", "--format", fmt, "-o", str(slow), *pages])
    assert r.exit_code == 0
    assert fast.read_bytes() == slow.read_bytes() and fast.stat().st_size > 0


def test_fast_extract_unwritable_output_is_usage_error(tmp_path, capsys):
    assert fast_path(["extract", "-o", str(tmp_path / "no" / "such" / "dir.txt"), str(PAGES[2])]) == 2
    assert "cannot write" in capsys.readouterr().err


@pytest.mark.parametrize("args", [
    ["-o"],                                 # no value
    ["-o", "a", "-o", "b"],                 # given twice
    ["--output=out.jsonl"],                 # joined forms are typer's to parse
    ["-oout.jsonl"],
    ["-f", "JSONL"],                        # no choice as written
    ["-f", "xml"],
    ["-o", "-"],                            # a value that opens with a dash
    ["-o", ""],
    ["--jobs", "2"],                        # an option the fast path does not read
    ["--"],
])
def test_other_option_forms_are_left_to_typer(args):
    assert _fast_args("extract", [str(PAGES[2]), *args]) is None


def test_options_need_a_file_and_clean_reads_none():
    assert _fast_args("extract", ["-o", "out.jsonl"]) is None  # (no file: stdin, typer's default)
    assert _fast_args("clean", ["-o", "out.txt", str(PAGES[2])]) is None
    assert _fast_args("extract", ["a.txt", "-f", "csv", "b.txt"]) == (["a.txt", "b.txt"], {"fmt": "csv"})
