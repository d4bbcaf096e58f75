"""Real processes and pipes: the installed command, `| head -1`, the documented pipeline."""

from __future__ import annotations

import os
import pathlib
import shutil
import subprocess
import sys

import pytest

ROOT = pathlib.Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
UNIONKIT = [sys.executable, "-m", "unionkit"]


def sh(cmd: str, **kw) -> subprocess.CompletedProcess:
    env = dict(os.environ, UK=" ".join(UNIONKIT), PYTHONPATH=str(ROOT))
    return subprocess.run(["bash", "-o", "pipefail", "-c", cmd], capture_output=True, text=True,
                          cwd=ROOT, env=env, timeout=120, **kw)


def test_pipeline_clean_extract_stats():
    r = sh("$UK clean --format jsonl examples/ | $UK extract | $UK stats")
    assert r.returncode == 0, r.stderr
    assert "articles" in r.stdout and r.stderr == ""


def test_head_ends_quietly():
    r = subprocess.run(["bash", "-c", f"{' '.join(UNIONKIT)} clean examples/ examples/ examples/ | head -1"],
                       capture_output=True, text=True, cwd=ROOT, env=dict(os.environ, PYTHONPATH=str(ROOT)))
    assert r.stdout.count("\n") == 1
    assert r.stderr == ""


def test_binary_exits_1_with_one_line():
    r = sh("$UK extract /bin/ls")
    assert r.returncode == 1
    assert len(r.stderr.strip().splitlines()) == 1 and "/bin/ls" in r.stderr


def test_no_files_and_terminal_stdin_is_usage_error():
    if not os.path.exists("/dev/ptmx"):
        pytest.skip("no pseudo-terminal support")
    import pty

    leader, follower = pty.openpty()
    try:
        r = subprocess.run(UNIONKIT + ["clean"], stdin=follower, capture_output=True, text=True, timeout=20,
                           cwd=ROOT, env=dict(os.environ, PYTHONPATH=str(ROOT)))
    finally:
        os.close(leader)
        os.close(follower)
    assert r.returncode == 2 and "no input" in r.stderr


def test_no_color_and_no_escape_codes_in_pipes():
    r = sh("$UK clean --explain examples/ | cat")
    assert "\x1b[" not in r.stdout


@pytest.mark.skipif(shutil.which("make") is None, reason="make not installed")
def test_examples_makefile_is_incremental(tmp_path):
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    uk = f"{sys.executable} -m unionkit"
    pages = sorted(p.name for p in EXAMPLES.glob("*.txt"))[:2]  # two pages show what is rebuilt (each run is a start-up)
    make = ["make", "-C", str(EXAMPLES), f"OUT={tmp_path}", f"UNIONKIT={uk}", f"PAGES={' '.join(pages)}"]
    first = subprocess.run(make, capture_output=True, text=True, env=env, timeout=300)
    assert first.returncode == 0, first.stderr
    assert (tmp_path / "stats.txt").read_text(encoding="utf-8").strip()
    assert len(list((tmp_path / "records").glob("*.jsonl"))) == len(pages)
    again = subprocess.run(make, capture_output=True, text=True, env=env, timeout=60)
    assert "clean --format" not in again.stdout  # nothing rebuilt
    rec = sorted((tmp_path / "clean").glob("*.jsonl"))[0]
    newest = max(p.stat().st_mtime for p in tmp_path.rglob("*.*"))  # newer than every output, however slow the run
    os.utime(rec, (newest + 2, newest + 2))
    third = subprocess.run(make, capture_output=True, text=True, env=env, timeout=120)
    assert third.stdout.count(" extract ") == 1 and "clean --format" not in third.stdout


def test_readme_commands_are_makefile_targets():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    assert "make demo" in readme.split("\n## ")[0] and "make test" in readme.split("\n## ")[0]
    for target in ("demo", "test"):
        assert f"\n{target}:" in makefile
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "make test" in ci


@pytest.mark.skipif(shutil.which("make") is None, reason="make not installed")
def test_make_demo_prints_a_summary():
    venv = pathlib.Path(sys.prefix)
    if not (venv / ".installed").exists() or not (venv / "bin" / "unionkit").exists():
        pytest.skip("run through `make test`, which installs the venv `make demo` reuses")
    if ROOT not in venv.parents:  # (another checkout's venv: make would install this checkout into it, in its place)
        pytest.skip("the venv belongs to another checkout")
    r = subprocess.run(["make", "--no-print-directory", "demo", f"VENV={venv}"], capture_output=True, text=True,
                       cwd=ROOT, timeout=300)
    assert r.returncode == 0, r.stderr
    assert "articles" in r.stdout and "5" in r.stdout
