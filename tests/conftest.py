"""Shared fixtures: paths to the example pages (the user's own sample input, kept in the repo)."""

from __future__ import annotations

import os
import pathlib

import pytest
from hypothesis import settings

# CI runs the property tests on a fixed set of examples (a run that lands must not depend on the draw);
# local runs draw new examples each time, and keep what fails in .hypothesis/ to replay it.
settings.register_profile("ci", derandomize=True, database=None)
if os.environ.get("CI"):
    settings.load_profile("ci")

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
