"""People in contest results and credit slots: a video report's cameraman (摄像：X), a winner before 获 and the
prize, masters of kitchen and care trades (点心师, 育婴师), a list line whose winner holds two posts joined by 、,
a full name that jieba lists only as a rare word right after a trade, and a verb (占比) after a plain people
noun that is no name, a winner after a plain people noun (职工…获得) and a verb with 为 after a trade (成长为); with
the look-alikes that must stay as they were."""

from __future__ import annotations

import pytest

from unionkit.extract.people.honours import _list_person

from conftest import people_names as _names, staff_people as _staff_people


# --- a video report's cameraman -----------------------------------------------------------------

@pytest.mark.parametrize("line,name", [
    ("记者：乌兰 高志强　摄像：其其格", "其其格"),
    ("記者：陳明 攝像：李志強", "李志強"),
])
def test_cameraman_credit_is_titled(line, name):
    assert any(n == name and t and t[0] in ("摄像", "攝像") for n, t in _staff_people(line))


@pytest.mark.parametrize("text", [
    "工地安装了摄像头和监控设备。",
    "摄像机拍下了这一幕。",
])
def test_camera_words_name_nobody(text):
    assert _names(text) == []


# --- a winner before 获 and the prize -------------------------------------------------------------

@pytest.mark.parametrize("text,name", [
    ("泗洪县供电分公司带电作业班班长朱文涛获个人第一名。", "朱文涛"),
    ("检修班班长张华获个人第一名。", "张华"),
    ("运维班班长李建军获评技术能手。", "李建军"),
])
def test_winner_before_prize_verb(text, name):
    assert _names(text) == [name]


@pytest.mark.parametrize("text", [
    "一线职工获得感明显增强。",
    "检修班获团体一等奖。",
])
def test_prize_verb_without_name(text):
    assert _names(text) == []


# --- masters of kitchen and care trades -----------------------------------------------------------

@pytest.mark.parametrize("text,names", [
    ("棉城街道餐飲企業點心師蔡麗萍、海門鎮衛生院育嬰員姚婉婷分獲三個項目第一名。", ["姚婉婷", "蔡麗萍"]),
    ("酒店面包师李娟说，比赛很有收获。", ["李娟"]),
    ("家政公司育婴师王秀英获个人第一名。", ["王秀英"]),
])
def test_kitchen_and_care_masters(text, names):
    assert _names(text) == names


@pytest.mark.parametrize("text", [
    "点心师傅手艺好，顾客排起长队。",
    "营养师资格考试在市里举行。",
])
def test_trade_words_without_name(text):
    assert _names(text) == []


# --- a list line whose winner holds two posts -----------------------------------------------------

def test_list_line_with_two_posts_titles_each():
    p = _list_person("王海峰　中国石油新疆油田分公司采油一厂采油工、高级技师")
    assert p is not None and p.name == "王海峰"
    assert p.titles == ["中国石油新疆油田分公司采油一厂采油工", "高级技师"]


def test_annex_list_reads_every_line():
    lines = ["阿依古丽·买买提　克拉玛依区胜利路街道昆仑社区党委书记",
             "王海峰　中国石油新疆油田分公司采油一厂采油工、高级技师",
             "马建军　独山子区环卫服务中心清扫班班长"]
    assert "王海峰" in _names(*lines)


def test_one_post_list_line_unchanged():
    p = _list_person("马建军　独山子区环卫服务中心清扫班班长")
    assert p is not None and p.titles == ["独山子区环卫服务中心清扫班班长"]


# --- a rare dictionary word as a full name after a trade ------------------------------------------

@pytest.mark.parametrize("text,name", [
    ("在云冈区一处建筑工地，钢筋工马建国接过慰问品后说：“天这么热。”", "马建国"),
    ("钢筋工马建国说，工会想着我们。", "马建国"),
])
def test_rare_word_full_name_after_trade(text, name):
    assert _names(text) == [name]


@pytest.mark.parametrize("text", [
    "书记项目化管理推进有力。",
    "工人高温作业要注意防暑。",
])
def test_common_word_after_title_is_no_name(text):
    assert _names(text) == []


# --- a verb after a plain people noun -----------------------------------------------------------

@pytest.mark.parametrize("text", [
    "本次获奖者中，一线职工占比达到62.5%，较上年提高3.1个百分点。",
    "女职工占比达到四成。",
])
def test_share_verb_after_people_noun_is_no_name(text):
    assert _names(text) == []


@pytest.mark.parametrize("text,name", [
    ("主席占强出席会议。", "占强"),
    ("职工占强说：“好。”", "占强"),
])
def test_verb_surname_in_a_name_slot_kept(text, name):
    assert _names(text) == [name]


# --- a plain people noun, a name whose surname pair is a proper noun, a verb of winning -------------

@pytest.mark.parametrize("text,name", [
    ("机械厂职工齐国庆获得车工项目第一名。", "齐国庆"),     # (齐国: an old state; 国庆: a holiday, a given name too)
    ("一线职工楚国庆获评“技术能手”。", "楚国庆"),
    ("职工魏国强获得焊工项目第一名。", "魏国强"),
])
def test_winner_after_a_plain_people_noun(text, name):
    assert _names(text) == [name]


@pytest.mark.parametrize("text", [
    "职工齐国庆祝建厂三十周年。",    # (庆祝: a verb, no given name)
    "全体职工国庆期间坚守岗位，获得表彰。",
])
def test_a_holiday_after_a_people_noun_names_nobody(text):
    assert _names(text) == []


# --- a verb and 为 after a trade ----------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "他从一名普通钳工成长为“金牌工匠”。",
    "她从一名学徒工成长为“技术能手”的故事。",
])
def test_a_verb_and_wei_after_a_trade_names_nobody(text):
    assert _names(text) == []


def test_a_given_name_ending_in_wei_after_a_trade():
    assert _names("装配工刘大为获得二等奖。") == ["刘大为"]
