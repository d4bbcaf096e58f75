"""A Mongolian name element after a middle dot (巴特尔·孟克): the part after the dot is that element, though its
characters are too common to list among the transliteration syllables; the part before the dot alone is no person.
A writer naming themself (我叫…), and the words in that slot that name nobody."""

from __future__ import annotations

import pytest

from conftest import people_names as _names


# --- a Mongolian element after a middle dot -------------------------------------------------------

@pytest.mark.parametrize("text,name", [
    ("外卖骑手乌力吉·孟和告诉记者，驿站冬天很暖和。", "乌力吉·孟和"),
    ("牧民巴图·孟克说，合作社分红了。", "巴图·孟克"),
])
def test_mongol_element_after_dot(text, name):
    found = _names(text)
    assert name in found and name.split("·")[0] not in found


# --- a writer naming themself ---------------------------------------------------------------------

@pytest.mark.parametrize("text,name", [
    ("编辑同志：我叫赵秀兰，在一家纺织厂上班已经八年。", "赵秀兰"),
    ("“我是孙建国，是这个班组的老职工。”", "孙建国"),
])
def test_self_introduction(text, name):
    assert name in _names(text)


@pytest.mark.parametrize("text", [
    "我是党员，我先上。",
    "我叫小王，是新来的。",
    "我是车主。",
    "我是湖州人，在这里打工。",
])
def test_self_introduction_without_a_name(text):
    assert _names(text) == []
