"""People of results sentences and first-person letters: a winner named right after a unit or a team (…车间王刚以…获得,
…代表团李娜获得…), a two-character name after a unit's 的 joined to another unit's (…车间的刘洋和…车间的…分获), a
Mongolian element after a middle dot (…·孟和), and a writer naming themself (我叫…); with the titles and words
in the same slots that must name nobody."""

from __future__ import annotations

import pytest

from conftest import people_names as _names


# --- a winner right after the unit or team ----------------------------------------------------------

@pytest.mark.parametrize("text,name", [
    ("决赛中，铸造二车间赵立新以98分获得一等奖。", "赵立新"),
    ("城东区代表团钱晓燕获得女子跳高冠军，成绩1米62。", "钱晓燕"),
    ("市直机关代表队孙浩以2分05秒夺得男子800米金牌。", "孙浩"),
    ("机务段检修车间周敏荣获技术能手称号。", "周敏"),
])
def test_winner_after_unit_or_team(text, name):
    assert name in _names(text)


@pytest.mark.parametrize("text", [
    "铸造车间主任以身作则，车间获得先进集体称号。",
    "城东区代表团团长获得优秀组织奖。",
    "该公司全体以饱满热情获得用户好评。",
    "城东区代表团成员获得8枚金牌。",
    "检修车间王师傅以前在这里工作。",  # 以前: no verb of winning in the clause
])
def test_titles_and_words_after_unit_name_nobody(text):
    assert _names(text) == []


# --- a two-character name after a unit's 的, joined to another unit's ----------------------------

def test_paired_unit_de_two_character_name():
    found = _names("比赛中，焊接车间的刘洋和调试车间的冯立强分获二、三名。")
    assert "刘洋" in found and "冯立强" in found


def test_words_after_paired_unit_de_name_nobody():
    assert _names("焊接车间的设备和调试车间的工具分获好评。") == []


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


# --- a named township or village before each winner ------------------------------------------------

@pytest.mark.parametrize("text, want", [
    # a 、-list of winners, each after their township
    ("经过角逐，松林岗镇贺秀英、石门坳乡马玉芳获得二等奖。", ["贺秀英", "马玉芳"]),
    # a lone winner after the village
    ("比赛中，桃花坪村彭建国获得一等奖。", ["彭建国"]),
])
def test_winner_after_a_named_township(text, want):
    got = _names(text)
    assert all(n in got for n in want), got


@pytest.mark.parametrize("text", [
    "各乡镇张贴宣传海报获得群众好评。",  # a generic 乡镇, no named township
    "城乡居民获得实惠，农村面貌焕然一新。",
])
def test_generic_township_words_name_no_winner(text):
    assert _names(text) == []
