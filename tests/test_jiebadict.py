"""jieba's data files are found without importing jieba."""

import importlib.util
import sys

from unionkit.jiebadict import jieba_dir


def test_finds_the_dictionary_without_importing_jieba():
    had = "jieba" in sys.modules
    root = jieba_dir()
    assert root is not None and (root / "dict.txt").is_file() and (root / "analyse" / "idf.txt").is_file()
    assert ("jieba" in sys.modules) == had


def test_none_when_jieba_is_missing(monkeypatch):
    monkeypatch.setattr(importlib.util, "find_spec", lambda name: None)
    assert jieba_dir() is None
