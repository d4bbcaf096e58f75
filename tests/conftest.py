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


# --- helpers shared by several test files (imported as `from conftest import ...`, as PAGES is) ---------------

def people_names(*body, removed=(), places=None, meta=None) -> list[str]:
    """The sorted names find_people reads from body paragraphs (and removed lines, places, meta when given)."""
    from unionkit.extract.people import find_people
    from unionkit.record import Article

    a = Article(id="t", title="标题", body=list(body), removed=list(removed))
    return sorted(p.name for p in find_people(a, None, places, meta))


def staff_people(text: str) -> list[tuple[str, list[str]]]:
    """(name, titles) of the people a byline or credit line names (people.credits._staff)."""
    from unionkit.extract.people.credits import _staff

    return [(p.name, p.titles) for p in _staff(text)]


def people_titles(*body) -> dict:
    """Each name find_people reads from body paragraphs, with its titles."""
    from unionkit.extract.people import find_people
    from unionkit.record import Article

    a = Article(id="t", title="标题", body=list(body), removed=[])
    return {p.name: p.titles for p in find_people(a, None, None)}


# A plain two-paragraph body for whole-page tests of the headline, the jammer and the footer year (imported
# under the name BODY).
ROAD_CREW_BODY = ("3月6日，某某县总工会联合县交通运输局工会，前往国道养护一线慰问道班职工，送去羽绒服和防滑靴等物资。\n"
                  "道班班长在这条路上干了16年，他说，现在道班有了暖气房和职工书屋，冬天再冷心里也是热的。\n")


def page_title(text: str) -> str | None:
    """The headline clean finds on a page."""
    from unionkit.clean import clean_text

    return clean_text(text).title


def union_names(text: str) -> list[str]:
    """The names of the unions find_unions reads from a text, with the places found in it."""
    from unionkit.extract.places import find_places
    from unionkit.extract.unions import find_unions

    return [u.name for u in find_unions(text, find_places(text))]
