"""People of kinds batches 55 and 56 missed: surnames that are common words (那 of the Manchu, 台 of Shandong) right
after a plain people noun or before a verb of speech, and the common words they open left alone."""

from __future__ import annotations

import pytest

from unionkit.extract.people import find_people
from unionkit.record import Article


def _names(*body):
    a = Article(id="t", title="标题", body=list(body))
    return sorted(p.name for p in find_people(a))


@pytest.mark.parametrize("text,name", [
    ("县总工会工作人员来到困难职工那春梅家中，了解她的身体状况。", "那春梅"),
    ("在一家食品企业上班的职工台秀英今年做了心脏支架手术。", "台秀英"),
    ("“没想到能起这么大作用。”台秀英说。", "台秀英"),
    ("部长台建国表示，要把好事办好。", "台建国"),
])
def test_word_surnames_in_a_name_slot(text, name):
    assert name in _names(text)


@pytest.mark.parametrize("text", [
    "困难职工那些人家中都有了变化。",
    "职工那春天般的热情感染了大家。",
    "职工台风天气出行要注意安全。",
    "职工平台秀出风采。",
    "主席台就座的有各级领导。",
    "职工台账管理规范有序。",
    "职工台上表演节目。",
    "“好！”台下观众说：",
    "困难职工那时候家中很困难。",
])
def test_word_surnames_leave_words_alone(text):
    assert _names(text) == []


@pytest.mark.parametrize("text,names", [
    ("经过一天的比拼，罗晓燕、母春兰分获二、三名。", ["母春兰", "罗晓燕"]),
    ("其中，罗晓燕、母春兰获得二等奖。", ["母春兰", "罗晓燕"]),
])
def test_word_surname_closing_a_list_of_winners(text, names):
    assert _names(text) == names


@pytest.mark.parametrize("text", [
    "外形、香气、那些获得好评。",
    "张华、那时获得称号。",
    "天棉、母公司分获二、三名。",
    "拜彦龙、撒秀琴分获一二名。",  # (no name with an ordinary surname in the list: not sure enough)
])
def test_word_surname_list_endings_that_are_no_names(text):
    assert not ({"那些", "那时", "母公司", "撒秀琴"} & set(_names(text)))


@pytest.mark.parametrize("text,name", [
    ("运行部值长班等6个班组获评“安全标杆班组”，莫仕勇等15名职工获评“安全生产先进个人”。", "莫仕勇"),
    ("莫仕勇等15名职工获评先进个人。", "莫仕勇"),
    ("化学化工学院殷雨桐等4名教师获得一等奖。", "殷雨桐"),
])
def test_name_opening_a_clause_before_a_count_of_people(text, name):
    assert _names(text) == [name]


@pytest.mark.parametrize("text", [
    "会上，王家庄等3名村民代表发言。",
    "会上，李家村等5名村干部参加。",
    "会上，张家港等3名代表发言。",
    "会上，黄山市等5个城市获奖。",
    "会上，安全员等3名员工发言。",
    "会上，朱家角等8个镇参加。",
])
def test_places_and_jobs_before_a_count_stay_no_people(text):
    assert _names(text) == []
