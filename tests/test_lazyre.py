"""Stdlib ``re`` patterns compiled on first use (unionkit.lazyre) behave like compiled ones."""

from __future__ import annotations

import pickle
import re

import pytest

from unionkit import lazyre


def test_compiles_on_first_use_only():
    p = lazyre.compile(r"(?P<n>\d+)人")
    with pytest.raises(AttributeError):
        object.__getattribute__(p, "search")  # nothing compiled yet
    assert p.search("共有120人参加").group("n") == "120"
    assert p.pattern == r"(?P<n>\d+)人" and p.groupindex == {"n": 1}
    assert not hasattr(type(p), "__getattr__")  # filled: reads no longer pass through the hook


def test_same_answers_as_re():
    """re's own semantics (str.isspace's \\s, not regex's): the control separators count as spaces."""
    src, flags = r"\s+|[A-Z]+", re.I
    lazy, real = lazyre.compile(src, flags), re.compile(src, flags)
    text = "工会APP\x1c上线 abc\u3000职工"
    assert lazy.findall(text) == real.findall(text) and "\x1c" in lazy.findall(text)
    assert lazy.sub("_", text) == real.sub("_", text) and lazy.split(text) == real.split(text)
    assert [m.span() for m in lazy.finditer(text)] == [m.span() for m in real.finditer(text)]
    assert lazy.fullmatch("APP") and not lazy.match("职工") and lazy.flags == real.flags


def test_unknown_attributes_still_fail():
    with pytest.raises(AttributeError):
        lazyre.compile("a").no_such_method  # noqa: B018


def test_pickles_before_and_after_first_use():
    p = lazyre.compile(r"\d+")
    assert pickle.loads(pickle.dumps(p)).findall("a1b22") == ["1", "22"]
    assert pickle.loads(pickle.dumps(p)).findall("3") == ["3"]
