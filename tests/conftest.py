"""Shared fixtures: paths to the example pages (the user's own sample input, kept in the repo)."""

from __future__ import annotations

import pathlib

import pytest

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
