"""unionkit.recode: the ``re`` patterns it builds from cached compiled code are the patterns
re.compile makes (CPython's Pattern equality compares flags, source and compiled code)."""

from __future__ import annotations

import importlib
import pathlib
import re

import pytest

from unionkit import recode


def pattern_modules() -> list[str]:
    """The package's modules that keep patterns made by recode.compile at module level (``_X = recode.compile(``),
    read from their sources: a hand-kept list went stale at each module split."""
    pkg = pathlib.Path(recode.__file__).resolve().parent
    makes = re.compile(r"(?m)^\w+(?::[^=\n]+)?\s*=\s*recode\.compile\(")
    return [".".join(("unionkit", *p.relative_to(pkg).with_suffix("").parts)).removesuffix(".__init__")
            for p in sorted(pkg.rglob("*.py")) if makes.search(p.read_text(encoding="utf-8"))]


MODULES = pattern_modules()
SAMPLES = [(r"(?P<role>[\u4e00-\u9fff]{2,8})[:：]\s*(?P<name>\S+?)(?=[，,])", 0), (r"工会|工會|总工会", 0),
           (r"(?m)^\d{4}年$", re.M), (r"[A-Z][a-z]+(?: [A-Z][a-z]*)?", re.I), (r"(?<![0-9])\d+(?=人)", 0)]


@pytest.fixture
def fresh_cache(tmp_path, monkeypatch):
    """An empty cache directory, and no entries read yet."""
    monkeypatch.setenv("UNIONKIT_CACHE", str(tmp_path))
    monkeypatch.setattr(recode, "_ENTRIES", None)
    monkeypatch.setattr(recode, "_FRESH", {})
    return tmp_path


def test_compiled_equals_re(fresh_cache):
    for src, flags in SAMPLES:
        assert recode.compile(src, flags) == re.compile(src, flags)
    assert recode.save() == len(SAMPLES)
    assert list(fresh_cache.glob("recode-*.cache"))


def test_from_cache_equals_re_and_matches_alike(fresh_cache, monkeypatch):
    for src, flags in SAMPLES:
        recode.compile(src, flags)
    recode.save()
    monkeypatch.setattr(recode, "_ENTRIES", None)  # a later run: everything read from the file
    monkeypatch.setattr(recode, "_entry", lambda *a: pytest.fail("compiled although cached"))
    text = "主席：王刚，市总工会 Kevin Li 共120人\n2024年"
    for src, flags in SAMPLES:
        got, want = recode.compile(src, flags), re.compile(src, flags)
        assert got == want and got.groupindex == want.groupindex and got.groups == want.groups
        assert [m.span() for m in got.finditer(text)] == [m.span() for m in want.finditer(text)]


def test_damaged_or_foreign_cache_is_ignored(fresh_cache, monkeypatch):
    recode.compile("工会")
    recode.save()
    path = next(fresh_cache.glob("recode-*.cache"))
    path.write_bytes(b"not a pickle")
    monkeypatch.setattr(recode, "_ENTRIES", None)
    assert recode.compile("工会") == re.compile("工会")
    monkeypatch.setattr(recode, "_ENTRIES", None)
    monkeypatch.setattr(recode, "_STAMP", ("another build",))
    assert recode._read() == {}


def test_bad_pattern_raises_like_re(fresh_cache):
    with pytest.raises(re.error):
        recode.compile("(unclosed")


def test_no_cache_writes_nothing(tmp_path, monkeypatch):
    monkeypatch.setenv("UNIONKIT_NO_CACHE", "1")
    monkeypatch.setattr(recode, "_ENTRIES", None)
    monkeypatch.setattr(recode, "_SAVING", recode._SAVING)  # (restored after: compile sets it with _ENTRIES)
    monkeypatch.setattr(recode, "_FRESH", {})
    assert recode.compile("职工") == re.compile("职工")
    assert recode.save() == 0


def test_no_cache_compiles_once(monkeypatch):
    """With caching off nothing can be kept, so no cache entry is built beside re's own compile."""
    monkeypatch.setenv("UNIONKIT_NO_CACHE", "1")
    monkeypatch.setattr(recode, "_ENTRIES", None)
    monkeypatch.setattr(recode, "_SAVING", recode._SAVING)  # (restored after: compile sets it with _ENTRIES)
    monkeypatch.setattr(recode, "_entry", lambda *a: pytest.fail("an entry built with caching off"))
    assert recode.compile("工会") == re.compile("工会")


@pytest.mark.parametrize("name", MODULES)
def test_module_patterns_equal_re(name):
    mod = importlib.import_module(name)
    pats = [v for v in vars(mod).values() if isinstance(v, re.Pattern)]
    assert pats
    for p in pats:
        assert p == re.compile(p.pattern, p.flags), p.pattern[:60]


def test_stale_entries_are_dropped_when_the_file_has_grown(fresh_cache, monkeypatch):
    monkeypatch.setattr(recode, "_USED", set())
    for i in range(100):
        recode.compile(f"旧规则{i}")
    recode.save()
    monkeypatch.setattr(recode, "_ENTRIES", None)
    monkeypatch.setattr(recode, "_USED", set())
    assert recode.compile("新规则") == re.compile("新规则")
    recode.save()
    assert set(recode._read()) == {("新规则", 0)}


def test_an_entry_unlike_re_is_not_stored(fresh_cache, monkeypatch):
    real = recode._entry
    monkeypatch.setattr(recode, "_entry", lambda p, f: real("乙" if p == "甲" else p, f))  # another pattern's code
    assert recode.compile("甲") == re.compile("甲")
    assert ("甲", 0) not in recode._FRESH and recode.compile("甲").search("甲乙")
