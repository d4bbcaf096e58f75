"""Ctrl-C stops the run even when Python swallows its KeyboardInterrupt (raised inside a __del__)."""

import pytest

from unionkit import interrupt
from unionkit.cli.common import EXIT_INTERRUPTED, EXIT_OK, run_body
from unionkit.output import open_output


@pytest.fixture
def swallowed(monkeypatch):
    """A Ctrl-C arrived and its exception was lost: only the record of it remains."""
    monkeypatch.setattr(interrupt, "_seen", True)


def test_a_swallowed_interrupt_does_not_commit_the_output_file(tmp_path, swallowed):
    out = tmp_path / "out.jsonl"
    out.write_text("previous run\n", encoding="utf-8")
    with pytest.raises(KeyboardInterrupt):
        with open_output(str(out)) as fh:
            fh.write("partial\n")
    assert out.read_text(encoding="utf-8") == "previous run\n"
    assert [p.name for p in tmp_path.iterdir()] == ["out.jsonl"]


def test_a_swallowed_interrupt_still_exits_130(capsys, swallowed):
    assert run_body(lambda: EXIT_OK) == EXIT_INTERRUPTED
    assert capsys.readouterr().err.strip().endswith("interrupted")


def test_an_error_raised_after_ctrl_c_is_an_interruption(capsys, swallowed):
    """Ctrl-C turned into another exception on its way out (a pool's or a generator's cleanup) exits 130."""
    def body():
        raise RuntimeError("pool terminated")
    assert run_body(body) == EXIT_INTERRUPTED
    err = capsys.readouterr().err
    assert err.strip().endswith("interrupted") and "internal error" not in err


def test_an_error_without_ctrl_c_is_internal(capsys):
    def body():
        raise RuntimeError("a bug")
    assert run_body(body) == 3
    assert "internal error: RuntimeError: a bug" in capsys.readouterr().err


def test_without_ctrl_c_the_run_commits(tmp_path):
    assert not interrupt.seen()
    out = tmp_path / "out.jsonl"
    with open_output(str(out)) as fh:
        fh.write("done\n")
    assert out.read_text(encoding="utf-8") == "done\n"
    assert run_body(lambda: EXIT_OK) == EXIT_OK


def test_the_handler_records_and_raises():
    with pytest.raises(KeyboardInterrupt):
        interrupt._on_sigint(2, None)
    assert interrupt.seen()
    interrupt._seen = False
