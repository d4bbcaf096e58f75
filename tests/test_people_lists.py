"""Lists of names: a 、-list closed by 等 and a count or a kind of place, a list before 当选, a name opening a clause
before a count of people; which items are people and which are places, units or jobs."""

from __future__ import annotations

import pytest

from conftest import people_names as _names


@pytest.mark.parametrize("text", [
    "今年共开设办班点24个，覆盖夏阳、盈浦3个街道和朱家角、练塘、金泽等8个镇。",
    "服务范围覆盖练塘、金泽等3个乡镇。",
    "工作组先后赴练塘、金泽等地调研。",
    "计划再建8个驿站，覆盖城西、金宇、海垦等街道，方便劳动者查找。",   # a town-level kind ends the phrase
    "服务覆盖练塘、金泽等乡镇。",
])
def test_place_list_is_no_people(text):
    assert _names(text) == []


@pytest.mark.parametrize("text,names", [
    ("会上，练塘、金泽等8名职工受到表彰。", ["练塘", "金泽"]),      # a count of people: a list of people
    ("张伟、李娜等市领导出席活动。", ["张伟", "李娜"]),             # 等市领导: no count, no place
    ("陈丽萍、王建华等3个班组的职工参加。", ["陈丽萍", "王建华"]),   # 等3个 + no kind of place
    ("慰问了王金宇、李海垦等街道干部。", ["王金宇", "李海垦"]),       # the kind goes on with people
    ("走访了张建华、李秀英等村民，听取意见。", ["张建华", "李秀英"]),
])
def test_people_list_kept(text, names):
    assert all(n in _names(text) for n in names)


def test_elected_list_of_units():
    assert _names("会上，工会、企业当选为先进单位。") == []


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


@pytest.mark.parametrize("text", [
    "今年县总工会已在羊八井、纳木错等职工集中的地方建成职工书屋3个。",
    "在王家村、李家庄等人员密集的场所开展宣传。",
])
def test_list_closed_by_deng_and_a_place_noun_names_places(text):
    assert _names(text) == []


@pytest.mark.parametrize("text,names", [
    ("李明、王刚等3人工作的地方很偏远。", ["李明", "王刚"]),
    ("王建国、李秀英等职工代表参加了会议。", ["李秀英", "王建国"]),
    ("为黄冬梅、谭春生等20名环卫工人送去清凉。", ["谭春生", "黄冬梅"]),
    ("张建华、刘秀英等同志所在的单位受到表彰。", ["刘秀英", "张建华"]),
])
def test_lists_of_people_closed_by_deng_stay(text, names):
    assert _names(text) == names


@pytest.mark.parametrize("text, want", [
    # leftover salt (a word of the sentence) glued before a name in the middle of a list closed by 等 and a count
    ("大会授予赵宏斌、李春梅、表彰斯琴高娃、王德胜等30名职工“某市劳动模范”称号。",
     ["赵宏斌", "李春梅", "斯琴高娃", "王德胜"]),
    ("会上为周红梅、孙立新、活动郑海涛、吴桂芝等12名职工颁奖。", ["周红梅", "孙立新", "郑海涛", "吴桂芝"]),
])
def test_salted_item_mid_list_closed_by_deng(text, want):
    found = _names(text)
    assert all(n in found for n in want)


def test_salted_item_mid_list_without_deng_stays_out():
    found = _names("名单包括赵宏斌、李春梅、表彰斯琴高娃、王德胜。")
    assert "斯琴高娃" not in found and "表彰斯琴高娃" not in found


def test_the_name_column_of_a_flattened_table_holds_people():
    # a header row with a 姓名 column: each row's cell under it is a person, whatever the other cells hold
    table = ["各组第一名如下：", "组别　姓名　所在车间", "仓储管理　鲁晓岚　物流车间", "设备点检　庞　磊　动力车间",
             "会议要求，各车间要持续开展岗位练兵。"]
    assert _names(*table) == ["庞磊", "鲁晓岚"]
    # look-alikes: a row of another shape ends the table; a header with no 姓名 column names nobody
    assert _names("组别　姓名　所在车间", "仓储管理　鲁晓岚", "设备点检　庞晓磊　动力车间") == []
    assert _names("组别　选手　所在车间", "仓储管理　鲁晓岚　物流车间", "设备点检　庞晓磊　动力车间") == []
