"""People named right after a job noun (…员, …工): a single Tibetan name element after a trade, a worker noun whose
工 closes a word of its own after a work verb (养护工), a surname pair that is only a rare word (甘子), and a lone
editor value that jieba files as a person's name though it is also a word (洪亮), a contact list's names before
their phone numbers, a name read elsewhere that an adverb follows (no longer name), and an adverb that is also a
surname before a common verb after a plain people noun (工人曾出现, no name), a worker noun in 工作者
(社区工作者); with the look-alikes that
must stay as they were."""

from __future__ import annotations

import pytest

from unionkit.extract.people.credits import _name_word_in_slot
from unionkit.extract.people.jobs import _verb_worker_job
from unionkit.record import Meta, Removal

from conftest import people_names as _names


# --- one Tibetan name element after a trade noun ------------------------------------------------

@pytest.mark.parametrize("text,name", [
    ("工地安全员拉巴表示，培训内容实用。", "拉巴"),
    ("项目部安全员拉姆说，今年没有发生事故。", "拉姆"),
    ("施工员扎西次仁说，工期提前了。", "扎西次仁"),
])
def test_tibetan_name_after_trade(text, name):
    assert name in _names(text)


@pytest.mark.parametrize("text", [
    "安全员拉巴拉着绳子往上爬。",  # no name ends after the element (拉巴拉…)
    "安全员会议在工地召开。",
    "他是一名安全员，拉巴是他的徒弟。",  # the element does not follow the trade noun
])
def test_no_tibetan_element_read_without_the_slot(text):
    assert "拉巴" not in _names(text) and "会议" not in _names(text)


# --- a work verb + 工 whose 工 closes a worker noun -------------------------------------------------

def test_worker_after_verb_worker_noun():
    assert "汤德华" in _names("有着20年工龄的养护工汤德华带领队员完成切割。")


def test_worker_noun_look_alike_stays_out():
    assert _names("养护工程汤家村段已经完工。") == []


@pytest.mark.parametrize("job,ok", [
    ("养护工", True), ("看护工", True),
    ("织女工", False),  # a noun before 工 (织女): left to the other rules
    ("教职工", False), ("农民工", False), ("新员工", False),  # people nouns of the role list
    ("再加工", False),  # 加工 is a verb, no worker noun
])
def test_verb_worker_job(job, ok):
    assert _verb_worker_job(job) is ok


# --- a rare surname pair after a job noun ---------------------------------------------------------

def test_rare_surname_pair_after_job_noun():
    assert "甘子豪" in _names("清晨6点半，邮政分公司投递员甘子豪已经把包裹分拣装车。")


@pytest.mark.parametrize("text", ["投递员工作很辛苦。", "投递员甘于奉献，常年奔波。"])
def test_common_pair_after_job_noun_stays_out(text):
    assert _names(text) == []


# --- a lone editor value that is a name word ------------------------------------------------------

def test_editor_value_filed_as_a_name():
    assert "洪亮" in _names("职工参加了活动。", meta=Meta(editor="洪亮"),
                          removed=[Removal("editor_line", "责任编辑：洪亮", 9)])


@pytest.mark.parametrize("value", ["焦点", "秋雨", "方圆", "汤圆", "小林", "编辑"])
def test_editor_value_words_stay_out(value):
    assert not _name_word_in_slot(value)


# --- a common noun and a locality after a trade's name (the event, not a name) ---------------------

@pytest.mark.parametrize("text", [
    "比武现场，维修电工项目中，选手们在规定时间内完成接线。",  # 项 is a surname too; 项目中 is "in the event"
    "焊工岗位上，大家比学赶超。",
    "工会主席项目中，说明了比赛规则。",
])
def test_no_name_from_a_noun_and_its_locality(text):
    assert not any(n.endswith(("中", "上")) for n in _names(text))


@pytest.mark.parametrize("text,name", [
    ("公司工会主席项建中，带领职工参赛。", "项建中"),  # a given name ending in 中: the pair 项建 is no noun
    ("车间主任高明中，说起比赛很兴奋。", "高明中"),  # 高明 is a word but no common noun
])
def test_name_ending_in_a_locality_character_still_read(text, name):
    assert name in _names(text)


@pytest.mark.parametrize("text, want", [
    ("在冰雪大世界附近执勤的交警于洪亮说。", ["于洪亮"]),           # a traffic policeman's job noun before a name
    ("辅警张伟说，这是应该做的。", ["张伟"]),
    ("交警温馨提示：雪天路滑，注意安全。", []),                  # a notice's set opener, 温馨 no name
    ("交警部门提醒广大司机减速慢行。", []),
])
def test_traffic_police_noun_before_a_name(text, want):
    assert _names(text) == want


@pytest.mark.parametrize("text, want", [
    ("本届选手整体水平明显提升，年轻选手占比超过六成。", []),      # a share (占比) and its amount after the role
    ("一线职工占比达30%。", []),
    ("选手占晓峰说，比赛很激烈。", ["占晓峰"]),                    # a real 占 surname with a given name
])
def test_share_after_a_role_is_no_name(text, want):
    assert _names(text) == want


@pytest.mark.parametrize("text, want", [
    ("选手要完成一只口径12厘米的束口盏从拉坯到施釉的全部工序。", []),  # a measured thing after 的
    ("選手要完成一隻口徑12釐米的束口盞從拉坯到施釉的全部工序。", []),
    ("今年27岁的陈建华说，比赛很激烈。", ["陈建华"]),                  # an age is no unit of size: a name after 的
])
def test_measured_thing_after_de_is_no_name(text, want):
    assert _names(text) == want


# --- an adverb no given name holds after a two-character name ------------------------------------

@pytest.mark.parametrize("text,name", [
    ("快递员韩蕾已在这条线路上跑了五年。", "韩蕾"),      # 已: no 韩蕾已
    ("饭后，保洁员唐敏又拿起扫帚出门了。", "唐敏"),      # 又 before a one-character verb and its complement
    ("外賣騎手鄭凱已在長春送了三年外賣。", "鄭凱"),
])
def test_name_before_an_adverb_no_given_name_holds(text, name):
    assert _names(text) == [name]


def test_three_character_name_before_an_adverb_stays_whole():
    assert _names("快递员刘志刚在路上。") == ["刘志刚"]
    assert _names("快递员唐志刚又在路上。") == ["唐志刚"]


# --- a contact list: a name, then its phone number ----------------------------------------------

@pytest.mark.parametrize("body,want", [
    (("请于周五前报名。", "市总工会权益保障部：何丽萍，0731-84412345；邓国强，13907312345。"), ["何丽萍", "邓国强"]),
    (("咨询：工会办公室 周建新 0851-5812345",), ["周建新"]),
    (("报名咨询：罗海燕，电话：0771-2345678。",), ["罗海燕"]),
])
def test_names_in_a_contact_list_with_phones(body, want):
    assert _names(*body) == want


@pytest.mark.parametrize("body", [
    ("服务热线：0731-84412345；投诉电话：12345678901。",),  # labels, no names
    ("工会办公室，0851-5812345。",),
    ("2024年共接待职工13907312345人次。",),  # (a long count is no phone of a name's field)
])
def test_no_names_from_phone_labels(body):
    assert _names(*body) == []


# --- a name already read, then an adverb: no longer name --------------------------------------

@pytest.mark.parametrize("first", ["徒弟郑凯刚上岗时连图纸都看不懂。", "焊工郑凯正进行焊接作业。"])
def test_a_read_name_and_an_adverb_make_no_longer_name(first):
    assert _names(first, "“多练才能出活。”郑凯说。") == ["郑凯"]


def test_a_longer_name_standing_alone_is_kept():
    body = ("电工郑凯刚检修完线路。", "“安全第一。”郑凯说。", "联系人：郑凯刚，电话：0731-84412345。")
    assert _names(*body) == ["郑凯", "郑凯刚"]


# --- an adverb that is also a surname, then a common verb, after a plain people noun --------------

@pytest.mark.parametrize("text", [
    "调查显示，三成一线职工曾出现中暑症状。",
    "不少前線工人曾受到欺凌。",  # (traditional script; the verb runs across the two-character reading 曾受)
    "受访职工曾遇到欠薪。",
])
def test_adverb_and_verb_after_people_noun_is_no_name(text):
    assert _names(text) == []


@pytest.mark.parametrize("text,name", [
    ("该厂职工曾振兴说：“培训很实用。”", "曾振兴"),  # a verb of speech after it: the verb-like given name is a name
    ("一线职工曾庆华在会上发言。", "曾庆华"),
])
def test_adverb_surname_with_a_given_name_after_people_noun(text, name):
    assert name in _names(text)


# --- a worker noun in 工作者 (社区工作者, 文艺工作者) --------------------------------------------------

@pytest.mark.parametrize("text, want", [
    ("“活动办得好。”参加拔河比赛的社区工作者苏日娜说。", ["苏日娜"]),
    ("社區工作者吳美玲說，居民反響很好。", ["吳美玲"]),
    ("文艺工作者陈思远为职工送上节目。", ["陈思远"]),
    # look-alikes: the noun before a word, no name
    ("要加强工会工作者队伍建设。", []),
    ("基层社区工作者的待遇逐步提高。", []),
])
def test_a_worker_noun_in_gongzuozhe(text, want):
    assert _names(text) == want
