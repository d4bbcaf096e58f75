"""People of kinds batches 51 and 52 got wrong: a 、-list of towns closed by 等N个镇 read as people, and an
editor slot whose name opens with a surname that is a common character (代丽娜)."""

from __future__ import annotations

import pytest

from unionkit.extract.people import find_people
from unionkit.record import Article, Removal


def _names(*body, removed=()):
    a = Article(id="t", title="标题", body=list(body), removed=list(removed))
    return sorted(p.name for p in find_people(a, None, None))


@pytest.mark.parametrize("text", [
    "今年共开设办班点24个，覆盖夏阳、盈浦3个街道和朱家角、练塘、金泽等8个镇。",
    "服务范围覆盖练塘、金泽等3个乡镇。",
    "工作组先后赴练塘、金泽等地调研。",
])
def test_place_list_is_no_people(text):
    assert _names(text) == []


@pytest.mark.parametrize("text,names", [
    ("会上，练塘、金泽等8名职工受到表彰。", ["练塘", "金泽"]),      # a count of people: a list of people
    ("张伟、李娜等市领导出席活动。", ["张伟", "李娜"]),             # 等市领导: no count, no place
    ("陈丽萍、王建华等3个班组的职工参加。", ["陈丽萍", "王建华"]),   # 等3个 + no kind of place
])
def test_people_list_kept(text, names):
    assert all(n in _names(text) for n in names)


def _editor(value):
    line = Removal("editor_line", "责任编辑:" + value, 9)
    return _names("职工参加了活动。", removed=[line])


def test_editor_with_common_character_surname():
    assert "代丽娜" in _editor("代丽娜")


@pytest.mark.parametrize("value", ["代表团", "时代", "代理"])
def test_editor_slot_words_stay_out(value):
    assert value not in _editor(value)


@pytest.mark.parametrize("text,name", [
    ("工作室领衔人、自治区劳动模范燕长青原是公司一名普通切片工。", "燕长青"),   # 原是 after the name
    ("车间主任李长青原为一名学徒工。", "李长青"),
    ("主席王平原是县委副书记。", "王平原"),                                     # the long reading stays
])
def test_name_before_former_post(text, name):
    assert name in _names(text)


@pytest.mark.parametrize("text", ["华北平原是粮食主产区。", "该厂原是国有企业，职工原为三百人。"])
def test_former_post_no_name(text):
    assert _names(text) == []


@pytest.mark.parametrize("text,name", [
    ("比赛现场，农机手赵庆国仅用18分钟就排除了一台拖拉机的液压故障。", "赵庆国"),   # 仅 after the name
    ("焊工王建华只用了半天就完成了任务。", "王建华"),
])
def test_name_before_only(text, name):
    assert name in _names(text)


@pytest.mark.parametrize("text,bad", [
    ("焊工李明仅用了半天就完成了任务。", "李明仅"),       # 仅 is no given character
    ("职工们仅用一年时间完成改造。", None),
])
def test_only_not_in_name(text, bad):
    names = _names(text)
    assert (bad not in names) if bad else names == []


@pytest.mark.parametrize("text,name", [
    ("經過激烈角逐，六堡鎮一家茶廠的茶師龐志雄獲得一等獎。", "龐志雄"),   # a tea trade, traditional
    ("一家茶厂的茶师庞志雄获得一等奖。", "庞志雄"),
    ("茶艺师王丽娜说，冲泡讲究水温。", "王丽娜"),
])
def test_tea_trades(text, name):
    assert name in _names(text)


@pytest.mark.parametrize("text", ["制茶师傅同台竞技，茶师傅说好。", "全县茶师资源丰富。"])
def test_tea_trade_look_alikes(text):
    assert _names(text) == []


def test_he_surname_before_attending():
    text = "丽江市总工会党组成员、副主席和丽萍出席开幕式。"        # 和 (a Naxi surname) before 出席
    assert "和丽萍" in _names(text)


@pytest.mark.parametrize("text", [
    "县委书记和县长出席开幕式。", "工会主席和职工代表参加会议。", "厂长和工人们参加劳动。",
    "局长和同事参加培训。", "主席和嘉宾出席。", "经理和员工参加活动。",
])
def test_he_conjunction_before_attending(text):
    assert _names(text) == []


@pytest.mark.parametrize("text,names", [
    ("会上，沙玛阿支、胡春燕当选为副主席。", ["沙玛阿支", "胡春燕"]),   # a Yi name first in the list
    ("会上，吉克阿依、胡春燕当选为副主席。", ["吉克阿依", "胡春燕"]),
])
def test_yi_name_in_elected_list(text, names):
    assert all(n in _names(text) for n in names)


def test_elected_list_of_units():
    assert _names("会上，工会、企业当选为先进单位。") == []


def test_elected_name_with_uncommon_opening_pair():
    assert "金学文" in _names("会上，金学文当选为经费审查委员会主任。")   # 金学 is an uncommon word


@pytest.mark.parametrize("text", ["会上，高温当选为年度热词。", "会上，林业局当选为先进单位。", "会上，文化宫当选为示范点。"])
def test_elected_common_words_no_name(text):
    assert _names(text) == []
