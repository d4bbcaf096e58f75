"""A Mongolian name element after a middle dot (巴特尔·孟克): the part after the dot is that element, though its
characters are too common to list among the transliteration syllables; the part before the dot alone is no person."""

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
