"""The progress line: only on a terminal's stderr, never over output streamed to that terminal, erased
before a message line and at the end; plain text (no escape codes)."""

from __future__ import annotations

import io
import pathlib

import pytest

from unionkit.cli import common, progress

ROOT = pathlib.Path(__file__).resolve().parent.parent
PAGES = sorted((ROOT / "examples").glob("*.txt"))


class Tty(io.StringIO):
    def isatty(self) -> bool:
        return True


def _terminal(monkeypatch):
    """stdout and stderr on a terminal, the line drawn at once (set in the test body: pytest's capture
    puts its own streams back after fixtures run)."""
    err, out = Tty(), Tty()
    monkeypatch.setattr("sys.stderr", err)
    monkeypatch.setattr("sys.stdout", out)
    monkeypatch.delenv("TERM", raising=False)
    monkeypatch.setattr(progress, "DELAY", 0.0)
    monkeypatch.setattr(progress, "EVERY", 0.0)
    return err, out


def test_progress_is_wanted_only_when_output_does_not_stream_to_the_terminal(monkeypatch):
    _terminal(monkeypatch)
    assert not progress.wanted(None)                        # clean page.txt on a terminal: the text is there
    assert progress.wanted("out.jsonl")                     # -o FILE
    assert progress.wanted(None, streams_stdout=False)      # stats' summary, written at the end
    monkeypatch.setenv("TERM", "dumb")
    assert not progress.wanted("out.jsonl")


def test_progress_is_not_wanted_when_stderr_is_no_terminal(monkeypatch):
    monkeypatch.setattr("sys.stderr", io.StringIO())
    assert not progress.wanted("out.jsonl", streams_stdout=False)


def test_progress_line_is_erased_before_a_failure_line_and_at_the_end(monkeypatch, tmp_path):
    err, _ = _terminal(monkeypatch)
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    reporter = common.Reporter()
    got = list(common.articles([str(PAGES[0]), str(empty), str(PAGES[1])], reporter, show_progress=True))
    assert len(got) == 2 and reporter.code == 1
    screen = err.getvalue()
    assert "\x1b" not in screen
    assert "\runionkit: 1 article…" in screen and "(1 failed)…" in screen
    before, _, after = screen.partition(f"unionkit: {empty}: empty file; no page\n")
    assert before.endswith("\r") and after.endswith("\r") and after.strip().endswith("…")  # erased, then redrawn


def test_no_progress_without_show_progress(monkeypatch):
    err, _ = _terminal(monkeypatch)
    list(common.articles([str(PAGES[0])], common.Reporter()))
    assert err.getvalue() == ""


def test_cli_through_a_pipe_writes_no_progress(runner, app, tmp_path):
    r = runner.invoke(app, ["clean", "-f", "jsonl", "-o", str(tmp_path / "o.jsonl"), *map(str, PAGES)],
                      catch_exceptions=False)
    assert r.exit_code == 0 and r.stdout == "" and r.stderr == ""
