"""A content farm's pen name in an editor slot ((责任编辑:秋雨), (责任编辑:茶小二)) is no person, while a real
surname + given name that happens to be a word stays one; meta.editor keeps the value either way."""

from __future__ import annotations

import pytest

from unionkit.extract.meta import extract_meta
from unionkit.extract.people import find_people
from unionkit.extract.people.bylines import _nickname_pen_name
from unionkit.extract.people.credits import _noun_compound
from unionkit.record import Article, Removal


def _editor_page(value, label="责任编辑"):
    return Article(id="t", title="标题", body=["正文。"], removed=[Removal("editor_line", f"({label}:{value})", 5)])


@pytest.mark.parametrize("value", ["秋雨", "雪梨", "茶小二", "小林", "晓风", "木子", "天山", "春雨"])
def test_pen_name_editor_is_no_person(value):
    a = _editor_page(value)
    assert [p.name for p in find_people(a, None)] == []
    assert extract_meta(a).editor == value  # (only the people list leaves it out)


@pytest.mark.parametrize("value", ["杨帆", "刘畅", "王平", "高峰", "夏雨", "乌兰", "雷小军", "代丽娜", "茶玉兰", "阿旺"])
def test_real_editor_name_stays(value):
    assert [(p.name, p.titles) for p in find_people(_editor_page(value), None)] == [(value, ["责任编辑"])]


def test_pen_name_beside_a_real_reviewer():
    a = Article(id="t", title="标题", body=["正文。"],
                removed=[Removal("editor_line", "（责任编辑：茶小二　审核：王平）", 5)])
    assert [p.name for p in find_people(a, None)] == ["王平"]


@pytest.mark.parametrize("value,pen", [
    ("秋雨", True), ("雪梨", True),  # (秋 t + 雨 n; 雪 n + 梨 n: things)
    ("乌兰", False),  # (乌 and 兰 are name characters: a Mongolian name)
])
def test_noun_compound(value, pen):
    assert _noun_compound(value) is pen


@pytest.mark.parametrize("name,pen", [
    ("茶小二", True),
    ("雷小军", False), ("王小丫", False),  # (a listed surname keeps a 小 given name)
    ("茶玉兰", False),  # (no nickname prefix)
    ("小林", False),  # (two characters: other rules handle them)
])
def test_nickname_pen_name(name, pen):
    assert _nickname_pen_name(name) is pen
