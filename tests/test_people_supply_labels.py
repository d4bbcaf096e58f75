"""供稿/来稿/撰稿 labels before a person's name give a person, beside another credit and with the same name tests as
摄影:X (a Tibetan name of two elements the table does not list included); a unit after the label names no one."""

from __future__ import annotations

import pytest

from unionkit.extract.people.credits import _staff
from unionkit.extract.people.minority import _tibetan_pair


@pytest.mark.parametrize("text,names", [
    ("(供稿:周丽萍  摄影:扎西)", ["周丽萍", "扎西"]),
    ("（供稿：周丽萍　摄影：张涛）", ["周丽萍", "张涛"]),
    ("(来稿:周丽萍)", ["周丽萍"]),
    ("（來稿：周麗萍）", ["周麗萍"]),
    ("(撰稿:周丽萍  审核:张涛)", ["周丽萍", "张涛"]),
    ("(供稿:拉宗  摄影:平措)", ["平措", "拉宗"]),  # (拉 opens an element, 宗 closes one: 拉姆, 央宗)
    ("(摄影:拉宗)", ["拉宗"]),
])
def test_supply_label_then_a_name(text, names):
    assert sorted(p.name for p in _staff(text)) == sorted(names)


@pytest.mark.parametrize("text", ["(来稿:市总工会)", "(供稿:县总工会  摄影:本站)", "(撰稿:宣传部)"])
def test_supply_label_then_a_unit(text):
    assert all(p.name not in ("市总工会", "县总工会", "宣传部", "本站") for p in _staff(text))


def test_tibetan_pair_is_no_word():
    assert _tibetan_pair("拉宗") and not _tibetan_pair("扎实") and not _tibetan_pair("王刚")


def test_nickname_pair_in_a_slot_is_no_name():
    # (阿 opens the element 阿旺, 青 closes 仁青, yet 阿青 is a pen name: a nickname's prefix)
    assert _staff("（责任编辑：阿桑）") == [] and _staff("(摄影:阿珍)") == []
