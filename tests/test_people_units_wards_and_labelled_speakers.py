"""People: winners named after their department (a unit's 的 with a contest's verb, a hospital's wards in a list),
a deck's labelled speaker, a schedule's labelled lecturer, a mine's head, a given name opening with 从, and a word
that runs across a recurring subject's end; each with the look-alikes that must stay out."""

from __future__ import annotations

import pytest

from conftest import people_names as _names


@pytest.mark.parametrize("text, name", [
    # a surname pair that is a word (方志) and 以 after the name: the unit and the deed make the slot
    ("经过激烈角逐，售后服务部的方志远以综合成绩96.5分获得第一名。", "方志远"),
    ("装配车间的刘德彬以满分夺得冠军。", "刘德彬"),
])
def test_department_member_winning_a_contest(text, name):
    assert name in _names(text)


@pytest.mark.parametrize("text", [
    "技术部的方案获得一致好评。",            # a word runs across the end (获得)
    "研发部的高温测试获得成功。",            # a noun phrase after 的
    "工会办公室的同志获得表彰。",
    "售后服务部的方志远在客户现场工作。",     # no verb of a contest in the clause
])
def test_department_de_phrase_look_alikes_stay_out(text):
    assert _names(text) == []


def test_hospital_wards_before_each_listed_winner():
    text = "急诊科刘倩、重症医学科张雪、心内科二病区周婷婷获得个人一等奖，神经内科一病区等5个护理单元获得团体优胜奖。"
    assert _names(text) == ["刘倩", "周婷婷", "张雪"]


@pytest.mark.parametrize("text", ["开设了内科、外科、儿科等科室。", "心内科一病区、二病区获得优胜奖。"])
def test_lists_of_wards_name_no_one(text):
    assert _names(text) == []


@pytest.mark.parametrize("text, name", [
    ("主讲人：周海燕", "周海燕"),
    ("主讲人：鄞州区总工会组织部 周海燕", "周海燕"),
])
def test_labelled_speaker_of_a_deck(text, name):
    assert _names(text) == [name]


@pytest.mark.parametrize("text, name", [
    ("下午 14:00—16:00 劳动法律实务(授课人:市总工会法律部 周海燕)", "周海燕"),
    ("上午 9:00—11:30 經費管理(授課人:區總工會財務辦 陳志強)", "陳志強"),
])
def test_lecturer_after_a_department_in_a_schedule(text, name):
    assert _names(text) == [name]


def test_speaker_label_in_a_sentence_names_no_one():
    assert _names("本次培训的主讲人为各单位业务骨干。") == []


def test_mine_head_in_a_title_chain():
    assert _names("矿党委书记、矿长高洪涛，矿工会主席刘春生出席仪式。") == ["刘春生", "高洪涛"]


@pytest.mark.parametrize("text, names", [
    ("利川市星斗茶业有限公司制茶师傅李从富获评“湖北工匠”。", ["李从富"]),
    ("厂长李从北京赶回车间。", []),      # 从 the preposition after a surname-like character
    ("党委书记王从明天起休假。", []),
])
def test_given_name_opening_with_cong(text, names):
    assert _names(text) == names


def test_word_across_a_recurring_subjects_end_is_no_name():
    body = ["工会举行“名师带高徒”师徒结对签约仪式，32对师徒现场签订协议。",
            "按照协议，师徒结对期为一年。"]
    assert _names(*body) == []


def test_recurring_subject_still_read():
    body = ["李秀云准时走进车间。", "今年4月，李秀云被授予“岗位能手”称号。"]
    assert _names(*body) == ["李秀云"]
