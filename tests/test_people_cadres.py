"""People named right after 干部 (a cadre: 退休干部, 村干部, a department's 干部, after its unit's 的), a people noun
that names no office; with the look-alikes where 干部 is followed by words, not a name (invented sentences)."""

from __future__ import annotations

import pytest

from conftest import people_names as _names


@pytest.mark.parametrize("text, name", [
    ("讲课的是宜昌市总工会权益保障部的退休干部梁春生，他讲得很细。", "梁春生"),
    ("村干部冯德旺说，今年的菜价不错。", "冯德旺"),
    ("权益保障部干部梁春生介绍了有关情况。", "梁春生"),
    ("帶隊的是市總工會的退休幹部梁春生。", "梁春生"),
])
def test_name_after_a_cadre(text, name):
    assert name in _names(text)


@pytest.mark.parametrize("text", [
    "全体干部职工参加了活动。",
    "要加强干部任用管理。",
    "社区干部和党员志愿者参加了活动。",
    "老干部活动中心今年开放。",
    "干部严格要求自己。",
])
def test_words_after_a_cadre_are_no_name(text):
    assert _names(text) == []
