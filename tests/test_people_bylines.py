"""People named in credit and editor lines: a reporter or editor slot (removed line or meta field) whose name has
an unlisted or common-character surname, 供稿/供图 credits of a unit and a name, spaced credit lines with a work
tail, and the words and menus in those slots that are no people."""

from __future__ import annotations

import pytest

from unionkit.record import Meta, Removal

from conftest import people_names as _names


def _editor(value):
    line = Removal("editor_line", "责任编辑:" + value, 9)
    return _names("职工参加了活动。", removed=[line])


def test_editor_with_common_character_surname():
    assert "代丽娜" in _editor("代丽娜")


@pytest.mark.parametrize("value", ["代表团", "时代", "代理"])
def test_editor_slot_words_stay_out(value):
    assert value not in _editor(value)


@pytest.mark.parametrize("field,value", [
    ("reporter", "敏学军"), ("reporter", "仓晓东"), ("reporter", "索南文江"), ("editor", "敏志刚"),
])
def test_slot_name_with_unlisted_surname(field, value):
    assert value in _names("职工参加了活动。", meta=Meta(**{field: value}))


@pytest.mark.parametrize("field,value", [
    ("reporter", "综合报道"), ("author", "新华社"), ("author", "赣工宣"), ("author", "仙梅人"),
    ("editor", "宣传部"), ("reporter", "本报记者"), ("author", "网络文"),
])
def test_slot_words_stay_out(field, value):
    assert value not in _names("职工参加了活动。", meta=Meta(**{field: value}))
