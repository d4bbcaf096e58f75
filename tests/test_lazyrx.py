"""Patterns compiled on first use (unionkit.lazyrx) behave like compiled ones."""

from __future__ import annotations

import pickle

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
