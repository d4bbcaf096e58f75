"""NO_COLOR is honoured by every message, typer's usage errors and help included (rich would keep bold/dim)."""

from __future__ import annotations

import os
import pathlib
import subprocess
import sys

import pytest

ROOT = pathlib.Path(__file__).resolve().parent.parent


def _run(args, **env):
    """The command in a fresh process (typer reads its styling settings at import), styles forced on."""
    e = {k: v for k, v in os.environ.items() if k != "NO_COLOR"}
    e.update(PYTHONPATH=str(ROOT), FORCE_COLOR="1", **env)
    return subprocess.run([sys.executable, "-m", "unionkit", *args], capture_output=True, text=True, env=e,
                          cwd=ROOT)


@pytest.mark.parametrize("args", [["clean", "-j", "0", "x.txt"], ["clean", "--help"]])
def test_no_color_gives_usage_errors_and_help_without_escape_codes(args):
    r = _run(args, NO_COLOR="1")
    assert "\x1b[" not in r.stdout and "\x1b[" not in r.stderr
    assert r.returncode == (2 if "-j" in args else 0)
    assert ("--jobs" in r.stderr) if "-j" in args else ("Usage:" in r.stdout and r.stderr == "")


def test_without_no_color_forced_styles_stay(args=("clean", "-j", "0", "x.txt")):
    r = _run(list(args))
    assert r.returncode == 2 and r.stdout == ""
    assert "\x1b[" in r.stderr
