"""Shared fixtures: paths to the example pages (the user's own sample input, kept in the repo)."""

from __future__ import annotations

import atexit
import os
import pathlib
import shutil
import tempfile

import pytest
from hypothesis import settings

# CI runs the property tests on a fixed set of examples (a run that lands must not depend on the draw);
# local runs draw new examples each time, and keep what fails in .hypothesis/ to replay it.
settings.register_profile("ci", derandomize=True, database=None)
if os.environ.get("CI"):
    settings.load_profile("ci")

# The suite writes nothing to the user's home: its caches (keyword table, compiled patterns) go to a
# directory of its own, removed at exit (tests of the cache set theirs).
os.environ["UNIONKIT_CACHE"] = tempfile.mkdtemp(prefix="unionkit-test-cache-")
atexit.register(shutil.rmtree, os.environ["UNIONKIT_CACHE"], ignore_errors=True)

ROOT = pathlib.Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
PAGES = sorted(EXAMPLES.glob("*.txt"))


@pytest.fixture
def pages() -> list[pathlib.Path]:
    return PAGES


@pytest.fixture
def runner():
    from typer.testing import CliRunner

    return CliRunner()


@pytest.fixture
def app():
    from unionkit.cli.app import app as typer_app

    return typer_app
