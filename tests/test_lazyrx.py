"""Patterns compiled on first use (unionkit.lazyrx) behave like compiled ones; the shipped cache of compiled
patterns matches what regex compiles from the sources, and covers the modules' patterns."""

from __future__ import annotations

import os
import pathlib
import pickle
import subprocess
import sys

import pytest
import regex

from unionkit import lazyrx


def test_compiles_on_first_use_only():
    p = lazyrx.compile(r"(?P<n>\d+)人")
    with pytest.raises(AttributeError):
        object.__getattribute__(p, "search")  # nothing compiled yet
    assert p.search("共有120人参加").group("n") == "120"
    assert p.pattern == r"(?P<n>\d+)人" and p.groupindex == {"n": 1}


def test_same_answers_as_regex():
    src, flags = r"\p{Han}{2,}|[A-Z]+", regex.I
    lazy, real = lazyrx.compile(src, flags), regex.compile(src, flags)
    text = "工会APP上线 abc 职工"
    assert lazy.findall(text) == real.findall(text)
    assert lazy.sub("_", text) == real.sub("_", text)
    assert [m.span() for m in lazy.finditer(text)] == [m.span() for m in real.finditer(text)]
    assert lazy.fullmatch("职工") and not lazy.match(" 职工")


def test_unknown_attributes_still_fail():
    with pytest.raises(AttributeError):
        lazyrx.compile("a").no_such_method  # noqa: B018



def test_pickles_before_and_after_first_use():
    p = lazyrx.compile(r"\d+")
    assert pickle.loads(pickle.dumps(p)).findall("a1b22") == ["1", "22"]
    assert pickle.loads(pickle.dumps(p)).findall("3") == ["3"]


# --- the shipped cache of compiled patterns ------------------------------------------------------------------

SHIPPED = lazyrx.read_cache()
same_regex = pytest.mark.skipif(not SHIPPED, reason="the shipped cache was written by another regex version")


EXAMPLES = pathlib.Path(__file__).resolve().parent.parent / "examples"


def _answers(rx, texts: list[str]) -> list:
    """Every match of a pattern in the texts: spans and groups."""
    return [(m.span(), m.groups()) for t in texts for m in rx.finditer(t)]


@same_regex
def test_shipped_entries_are_the_compiled_patterns():
    """Each cached pattern is what regex compiles for its source (checked against the source): the same groups,
    flags and required string, the same instructions (regex lists a character set's members in an order that
    differs from one compile to the next, so the code is compared as a multiset), the same matches on the pages
    of examples/."""
    texts = [p.read_text(encoding="utf-8") for p in sorted(EXAMPLES.glob("*.txt"))]
    texts += [line for t in texts for line in t.splitlines()]  # anchored patterns match whole lines
    for (src, flags), blob in SHIPPED.items():
        got, fresh = pickle.loads(blob), regex.compile(src, flags)
        a, b = got._pickled_data, fresh._pickled_data
        assert a[:2] == b[:2] and a[3:] == b[3:] and sorted(a[2]) == sorted(b[2]), src
        assert _answers(got, texts) == _answers(fresh, texts), src


@pytest.mark.parametrize("seed", ["1", "2"])
@same_regex
def test_shipped_cache_covers_the_modules(seed):
    """Fails after a pattern edit until scripts/build_regex_cache.py is run again (the run only gets slower);
    run under two hash seeds: a pattern joined from a set in hash order would get a new text (key) each run."""
    code = ("import importlib\nfrom unionkit import lazyrx\n"
            "for name in lazyrx.pattern_modules(): importlib.import_module(name)\n"
            "cache = lazyrx.read_cache()\n"
            "for key in sorted(lazyrx.SEEN):\n"
            "    if key not in cache: print(repr(key[0][:60]))\n")
    env = {**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": os.pathsep.join(sys.path)}
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True).stdout
    assert out == "", "patterns missing from unionkit/data/regex.cache:\n" + out


def test_cached_answers_like_compile(tmp_path, monkeypatch):
    src = r"(?P<who>\p{Han}{2,3})(?:说|表示)"
    path = tmp_path / "regex.cache"
    assert lazyrx.write_cache([(src, 0), (r"[a-z]+", regex.I)], path) == 2
    monkeypatch.setattr(lazyrx, "_ENTRIES", lazyrx.read_cache(path))
    got = lazyrx.cached(src)
    assert got.search("会上王小明说").group("who") == "王小明" and got.groupindex == {"who": 1}
    assert lazyrx.cached(r"[a-z]+", regex.I).findall("ab CD") == ["ab", "CD"]
    assert lazyrx.cached(r"\d+").findall("a1b22") == ["1", "22"]  # not in the cache: compiled


@pytest.mark.parametrize("damage", ["version", "truncated", "missing"])
def test_unusable_cache_is_ignored(tmp_path, monkeypatch, damage):
    path = tmp_path / "regex.cache"
    lazyrx.write_cache([(r"\d+", 0)], path)
    if damage == "version":
        monkeypatch.setattr(lazyrx.regex, "__version__", "0.0.0")
    elif damage == "truncated":
        path.write_bytes(path.read_bytes()[:40])
    else:
        path.unlink()
    assert lazyrx.read_cache(path) == {}


# --- the user's cache, for a regex version the shipped cache was not written with ----------------------------

@pytest.fixture
def user_dir(tmp_path, monkeypatch):
    """A user cache directory of the test's own, with caching turned on."""
    monkeypatch.delenv("UNIONKIT_NO_CACHE", raising=False)
    monkeypatch.setenv("UNIONKIT_CACHE", str(tmp_path / "cache"))
    monkeypatch.setattr(lazyrx, "_COMPILED", {})
    return tmp_path / "cache"


def test_user_cache_path_follows_the_environment(tmp_path, monkeypatch):
    monkeypatch.delenv("UNIONKIT_NO_CACHE", raising=False)
    monkeypatch.delenv("UNIONKIT_CACHE", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert lazyrx.user_cache() == tmp_path / "unionkit" / f"regex-{regex.__version__}.cache"
    monkeypatch.setenv("UNIONKIT_NO_CACHE", "1")
    assert lazyrx.user_cache() is None


def test_compiled_patterns_are_kept_for_the_next_run(user_dir, monkeypatch):
    monkeypatch.setattr(lazyrx, "_ENTRIES", {})  # as under a regex version the shipped cache does not serve
    rx = lazyrx.cached(r"(?P<n>\d+)名职工")
    assert lazyrx.save_compiled() == 1 and lazyrx.save_compiled() == 0  # saved once, then nothing new
    saved = lazyrx.read_cache(lazyrx.user_cache())
    again = pickle.loads(saved[(r"(?P<n>\d+)名职工", 0)])
    assert again.search("共有35名职工").group("n") == rx.search("共有35名职工").group("n") == "35"
    monkeypatch.setattr(lazyrx, "_ENTRIES", None)  # the next run reads it back
    lazyrx.cached(r"(?P<n>\d+)名职工")
    assert lazyrx._COMPILED == {}


def test_a_cache_that_cannot_be_written_costs_nothing(tmp_path, monkeypatch):
    monkeypatch.delenv("UNIONKIT_NO_CACHE", raising=False)
    blocker = tmp_path / "file"
    blocker.write_text("not a directory")
    monkeypatch.setenv("UNIONKIT_CACHE", str(blocker / "cache"))
    monkeypatch.setattr(lazyrx, "_COMPILED", {})
    monkeypatch.setattr(lazyrx, "_ENTRIES", {})
    lazyrx.cached(r"[甲乙]{2}")
    assert lazyrx.save_compiled() == 0 and list(tmp_path.iterdir()) == [blocker]


def test_no_cache_writes_nothing(user_dir, monkeypatch):
    monkeypatch.setenv("UNIONKIT_NO_CACHE", "1")
    monkeypatch.setattr(lazyrx, "_ENTRIES", {})
    lazyrx.cached(r"[丙丁]{2}")
    assert lazyrx.save_compiled() == 0 and not user_dir.exists()


def test_pattern_modules_finds_the_modules_making_patterns():
    """build_cache imports what pattern_modules names: the modules (a package by its own name) that call
    lazyrx.compile or lazyrx.cached, and not lazyrx itself."""
    found = lazyrx.pattern_modules()
    assert {"unionkit.clean.chrome.base", "unionkit.extract.dates", "unionkit.html.title"} <= set(found)
    assert "unionkit.lazyrx" not in found and "unionkit.output" not in found
    assert not any(name.endswith(".__init__") for name in found)
