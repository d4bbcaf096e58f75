"""The user's cache directory (unionkit/cache.py): where it is, atomic writes, and a bounded number of files."""

from __future__ import annotations

import os
import pathlib

from unionkit import cache


def test_where_the_cache_is(tmp_path, monkeypatch):
    monkeypatch.delenv("UNIONKIT_NO_CACHE", raising=False)
    monkeypatch.setenv("UNIONKIT_CACHE", str(tmp_path / "mine"))
    assert cache.cache_dir() == tmp_path / "mine"
    monkeypatch.delenv("UNIONKIT_CACHE")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert cache.cache_dir() == tmp_path / "unionkit"
    monkeypatch.setenv("UNIONKIT_NO_CACHE", "1")
    assert cache.cache_dir() is None


def test_write_atomic_leaves_only_the_file(tmp_path):
    path = tmp_path / "c" / "keywords-abc.marshal"
    assert cache.write_atomic(path, lambda fh: fh.write(b"table"))
    assert path.read_bytes() == b"table" and os.listdir(path.parent) == [path.name]


def test_a_failed_write_leaves_nothing(tmp_path):
    def broken(fh):
        fh.write(b"half")
        raise ValueError("cannot serialise")

    path = tmp_path / "regex-1.cache"
    assert not cache.write_atomic(path, broken)
    assert list(tmp_path.iterdir()) == []


def test_each_kind_keeps_its_newest_files_only(tmp_path):
    """New installs give new keys: the directory keeps KEEP files of a kind, the one just written among them."""
    for i in range(6):
        old = tmp_path / f"keywords-{i}.marshal"
        old.write_bytes(b"x")
        os.utime(old, (1_000 + i, 1_000 + i))
    other = tmp_path / "regex-2026.1.1.cache"
    other.write_bytes(b"y")
    os.utime(other, (10, 10))
    new = tmp_path / "keywords-new.marshal"
    assert cache.write_atomic(new, lambda fh: fh.write(b"z"))
    kept = sorted(p.name for p in tmp_path.iterdir())
    assert kept == ["keywords-4.marshal", "keywords-5.marshal", "keywords-new.marshal", "regex-2026.1.1.cache"]
    assert len([k for k in kept if k.startswith("keywords-")]) == cache.KEEP
