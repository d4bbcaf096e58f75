"""People of a bracketed byline (the last of several spaced names before the closing bracket, a 文/图 credit, a
dotted name there), a Chinese surname dotted before a Mongolian name, Amdo Tibetan names opening with 尕松, a
、 list of places closed by a count and a measure word, a video crew's editor (剪辑：X) and Dai names in a credit's
slot (图片：岩温); with the look-alikes each rule must leave alone."""

from __future__ import annotations

import pytest

from unionkit.extract.people.bylines import _only_credits
from unionkit.record import Meta, Removal

from conftest import people_names as _names, people_titles as _titles, staff_people as _staff_people


# --- spaced names up to a byline's closing bracket ---------------------------------------------

@pytest.mark.parametrize("text,names", [
    ("本报讯（记者 农丽娟 通讯员 黄春燕 凌志强）", ["农丽娟", "黄春燕", "凌志强"]),
    ("（通讯员 陈建华 刘文静)", ["陈建华", "刘文静"]),
    ("通讯员 柴秀兰 李朋 发布时间：2024-01-01", ["柴秀兰", "李朋"]),
])
def test_spaced_names_before_closing_bracket(text, names):
    assert [n for n, _ in _staff_people(text)] == names


@pytest.mark.parametrize("text,names", [
    ("通讯员：张丽 苏日古嘎", ["张丽", "苏日古嘎"]),        # a Mongolian name of four characters, no dot
    ("（记者 王强 巴图孟和）", ["王强", "巴图孟和"]),        # two Mongolian name elements
    ("通讯员 张丽 克拉玛依", ["张丽"]),                      # a place spelled the same way: where it was filed
    ("通讯员 张丽 阿勒泰", ["张丽"]),                        # (three characters: a Chinese name's test, as before)
    ("记者：刘芳 其其格", ["刘芳", "其其格"]),                # one Mongolian name element of three characters
    ("记者：刘芳 萨仁", ["刘芳", "萨仁"]),                    # or of two: a crew's byline may name only it
    ("通讯员 张丽 乌兰", ["张丽"]),                          # (a county of the gazetteer: where it was filed)
    ("通讯员 张丽 发布时间：2024-01-01", ["张丽"]),          # a word of the page's chrome
])
def test_spaced_transliterated_name_after_a_credit(text, names):
    assert [n for n, _ in _staff_people(text)] == names


@pytest.mark.parametrize("text", ["（记者 农丽娟 报道）", "（通讯员 黄春燕 摄影报道）"])
def test_word_before_closing_bracket_is_no_name(text):
    assert [n for n, _ in _staff_people(text)] == [text.split()[1].rstrip("）")]


# --- a bracketed 文/图 credit -----------------------------------------------------------------

def test_text_and_photo_credit_names_everyone():
    assert _staff_people("（文/图 郭茜 段晓峰）") == [("郭茜", []), ("段晓峰", [])]
    assert _staff_people("（文/图 古丽米热·艾买提）") == [("古丽米热·艾买提", [])]


@pytest.mark.parametrize("text", ["记者 李明 文/图 更多", "文/图 更多 精彩", "本文/图 片来源"])
def test_unbracketed_text_and_photo_is_no_credit_label(text):
    assert not any(n in ("更多", "精彩", "片来源") for n, _ in _staff_people(text))
    assert not _only_credits("记者 李明 文/图 更多")


def test_dotted_byline_name_drops_its_cut_form():
    """Meta may read the byline's dotted name only up to the dot; the full form stands alone in people."""
    byline = Removal(kind="byline", text="（文/图 古丽米热·艾买提）", line=5)
    meta = Meta(author="古丽米热")
    names = _names("工会开展慰问活动。", removed=[byline], meta=meta)
    assert "古丽米热·艾买提" in names and "古丽米热" not in names


# --- a Chinese surname dotted before a Mongolian name ------------------------------------------

@pytest.mark.parametrize("text,name", [
    ("物流园区运营公司负责人包·额尔敦当选为主席。", "包·额尔敦"),
    ("会上，李·额尔敦发言。", "李·额尔敦"),
    ("负责人巴特·额尔敦当选为主席。", "巴特·额尔敦"),
])
def test_surname_dotted_before_mongolian_name(text, name):
    assert name in _names(text)


@pytest.mark.parametrize("text", ["他买了面包·额尔敦牌奶茶。", "会上，包·张明发言。", "会上，王·李发言。"])
def test_one_character_before_dot_otherwise_no_name(text):
    assert not any("·" in n for n in _names(text))


# --- Amdo Tibetan names opening with 尕松 ------------------------------------------------------

def test_amdo_author_name():
    assert "尕松多杰" in _names("县总工会开展送温暖活动。", meta=Meta(author="尕松多杰"))


# --- a 、 list of places closed by a count and a measure word ----------------------------------

@pytest.mark.parametrize("text", [
    "把600余册图书送到了偏远的白银纳、三卡两个管护站。",
    "他们来到偏远的白银纳、三卡、金山三处林场。",
])
def test_counted_place_list_after_de_is_no_people(text):
    assert "白银纳" not in _names(text)


@pytest.mark.parametrize("text,name", [
    ("表彰了车间的王建国、李明两位同志。", "王建国"),
    ("表彰了车间的王建国、李明两个人。", "王建国"),
    ("来到了困难职工的王建国、李明家中。", "王建国"),
])
def test_people_list_after_de_kept(text, name):
    assert name in _names(text)


# --- a name before 等 and a count of people, right after a verb conferring an honour ----------------

@pytest.mark.parametrize("text,name", [
    ("会议授予邵建新等15名职工“五一劳动奖章”。", "邵建新"),
    ("大会表彰韩立峰等10名优秀工会工作者。", "韩立峰"),
])
def test_name_after_a_conferring_verb_before_deng(text, name):
    assert _names(text) == [name]


@pytest.mark.parametrize("text", ["授予张家港等3名代表荣誉称号。", "表彰李家村等5名村干部。"])
def test_place_after_a_conferring_verb_is_no_name(text):
    assert _names(text) == []


# --- a bilingual credit row ------------------------------------------------------------------------

def test_bilingual_credit_row_in_the_body():
    assert _titles("某园区工会举办趣味运动会。", "文字 Text:周雪 摄影 Photo:韩冬") == {"周雪": [], "韩冬": ["摄影"]}
    assert _staff_people("文字 Text:周雪 摄影 Photo:韩冬") == [("周雪", []), ("韩冬", ["摄影"])]


# --- a video crew's editor, and Dai names (no surname) filling a credit's slot -------------------

@pytest.mark.parametrize("line, want", [
    ("记者:王海 摄像:李强 剪辑:周丽", [("周丽", ["剪辑"]), ("李强", ["摄像"]), ("王海", ["记者"])]),
    ("攝像：陳志強　剪輯：黃美玲", [("陳志強", ["攝像"]), ("黃美玲", ["剪輯"])]),
    ("文字:玉香  图片:岩温", [("岩温", ["图片"]), ("玉香", [])]),
    ("摄影:岩罕保", [("岩罕保", ["摄影"])]),
])
def test_crew_editor_and_dai_credit_names(line, want):
    assert sorted(_staff_people(line)) == want


@pytest.mark.parametrize("line", [
    "他负责剪辑周丽拍的素材。",   # the verb 剪辑 in prose, no label
    "图片:玉米丰收",              # a crop, not a Dai name
    "图片:岩石",
])
def test_crew_editor_and_dai_look_alikes(line):
    assert _staff_people(line) == []
