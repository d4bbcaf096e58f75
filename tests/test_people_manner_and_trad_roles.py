"""A word of manner that jieba files as a name after a role (民警温馨说, 队员齐声说), the traditional forms of
roles that differ from the simplified ones (常務副主席, 高級技師: a title chain splits alike in both scripts), and the
regional surnames 巨 and 矣 after a title; with the look-alikes that must stay as they were."""

from __future__ import annotations

import pytest

from unionkit.extract.people import find_people
from unionkit.record import Article

from conftest import people_names as _names


def _titled(text: str) -> dict[str, list[str]]:
    """name → titles of the people find_people reads from one paragraph."""
    return {p.name: p.titles for p in find_people(Article(id="t", title="标题", body=[text]), None, None, None)}


# --- a word of manner after a role ------------------------------------------------------------

@pytest.mark.parametrize("text, want", [
    ("民警温馨说，遇到可疑情况要及时报警。", []),         # 温馨 (jieba: a name) is how the officer speaks
    ("民警溫馨說，遇到可疑情況要及時報警。", []),
    ("民警温馨告诫大家不要轻信陌生来电。", []),
    ("交警温馨提示：雪天路滑，注意安全。", []),
    ("队员齐声说：“保证完成任务！”", []),                  # 齐声 (in unison) after a trade-like noun
    ("民警文明执法，赢得群众好评。", []),
    ("记者温馨 通讯员李华", ["李华", "温馨"]),             # a byline's name: no verb after it
    ("队员海燕说，训练很辛苦。", []),                       # unchanged: a given name alone after a weak noun
    ("评茶员谢雨桐说，今年的茶很好。", ["谢雨桐"]),
])
def test_manner_word_after_a_role_is_no_name(text, want):
    assert _names(text) == want


@pytest.mark.parametrize("text, want", [
    ("要让一线教师安心工作、舒心生活。", []),         # 安心 + 工作: two everyday words across the three characters
    ("帮助环卫工人安心工作。", []),
    ("常务副主席申建华表示，要关心职工。", ["申建华"]),  # 申建 is a rare entry: the name stays
    ("教师方晓明作报告。", ["方晓明"]),
])
def test_two_everyday_words_after_a_role_are_no_name(text, want):
    assert _names(text) == want


# --- traditional forms of roles --------------------------------------------------------------

@pytest.mark.parametrize("text, name, titles", [
    ("珠海市總工會黨組書記、常務副主席陳志明表示，將設立服務站。", "陳志明",
     ["珠海市總工會黨組書記", "珠海市總工會常務副主席"]),   # the second title shares the organ, as in simplified
    ("珠海市总工会党组书记、常务副主席陈志明表示，将设立服务站。", "陈志明",
     ["珠海市总工会党组书记", "珠海市总工会常务副主席"]),
    ("陳志明是全國勞動模範、高級技師，", "陳志明", ["高級技師"]),   # 高級技師 whole, not 技師
    ("陈志明是全国劳动模范、高级技师，", "陈志明", ["高级技师"]),
    ("副市長陳志明出席活動。", "陳志明", ["副市長"]),
])
def test_traditional_role_splits_like_simplified(text, name, titles):
    assert _titled(text)[name] == titles


# --- regional surnames after a title -------------------------------------------------------------

@pytest.mark.parametrize("text, want", [
    ("經過角逐，廚師巨建軍獲得一等獎。", ["巨建軍"]),
    ("厨师巨建军获得一等奖。", ["巨建军"]),
    ("外卖骑手矣文斌说：“入了会，遇到事情就知道找谁了。”", ["矣文斌"]),
    ("职工巨大的干劲让人感动。", []),                       # 巨大 after a plain people noun: a word
    ("工人巨额欠薪问题得到解决。", []),
    ("技师巨大贡献得到肯定。", []),
])
def test_regional_surnames_after_a_title(text, want):
    assert _names(text) == want


# --- a name's end before 结合 and before 边X边Y; inspectors and monitors as job nouns ---------------------------

@pytest.mark.parametrize("text, want", [
    ("委员闫雅琴、衣文斌、芮海涛结合调研发言。", ["芮海涛", "衣文斌", "闫雅琴"]),   # the list's last item before 结合
    ("县总工会安全生产监督检查员綦玉峰边查边讲。", ["綦玉峰"]),                       # 边查边讲 after the name
    ("主席李华边走边说。", ["李华"]),
    ("劳动法律监督员詹丽萍说，要依法维权。", ["詹丽萍"]),
    ("职工周边环境得到改善。", []),                                                # 周边: a word, no 边X边
    ("监督员队伍不断壮大。", []),                                                  # the job noun before a word
    ("检查员工作证已发放。", []),
])
def test_name_ends_and_inspector_jobs(text, want):
    assert _names(text) == want


def test_inspector_job_keeps_its_unit():
    assert _titled("县总工会安全生产监督检查员綦玉峰边查边讲。")["綦玉峰"] == ["县总工会安全生产监督检查员"]


@pytest.mark.parametrize("text, want", [
    ("自治县总工会主席罕建平表示，将办好大赛。", ["罕建平"]),     # 罕, a Dai surname, after a title
    ("工人罕见的坚持让人感动。", []),                              # 罕见: a word after a plain people noun
    ("职工代表那木吉拉说：“心里热乎。”", ["那木吉拉"]),             # a Mongolian name
    ("市总工会副主席莫日根为环卫工人送上手套。", ["莫日根"]),
])
def test_regional_and_mongolian_names(text, want):
    assert _names(text) == want


# --- credits filed with the menus: a bullet before them, a slash between them --------------------------

@pytest.mark.parametrize("line, credits", [
    ("■ 本报记者 韦秋燕 / 通讯员 邓雅琴", True),
    ("本报记者 韦秋燕 | 通讯员 邓雅琴", True),
    ("记者 韦秋燕 / 图片新闻", False),          # a menu item after the slash
    ("首页 / 新闻 / 记者 韦秋燕", False),       # a breadcrumb before the credit
    ("/ 记者 韦秋燕", False),
])
def test_slashed_credits_line(line, credits):
    from unionkit.extract.people.bylines import _only_credits
    assert _only_credits(line) is credits


def test_correspondent_of_a_slashed_credit_line_filed_as_navigation():
    from unionkit.record import Removal
    names = _names("正文。", removed=[Removal("navigation", "■ 本报记者 韦秋燕 / 通讯员 邓雅琴", 6)])
    assert "邓雅琴" in names


@pytest.mark.parametrize("text, want", [
    ("在一家汽车配件企业工作的困难职工褚建新患尿毒症多年。", ["褚建新"]),   # an illness suffered after the name
    ("职工患病住院期间，工会上门慰问。", []),
    ("职工反映强烈的问题得到解决。", []),
    ("工会发动职工查隐患、保安全。", []),                                # 隐患: 患 closes a word, no verb
])
def test_name_before_an_illness(text, want):
    assert _names(text) == want


@pytest.mark.parametrize("text, want", [
    ("正在清扫积雪的环卫工人葛凤兰戴上新棉帽，笑着说。", ["葛凤兰"]),   # a verb of wearing and its complement
    ("职工李华拿起奖状。", ["李华"]),
    ("工人们穿上新工装。", []),
    ("职工代表提起这件事。", []),
    ("环卫工人接过慰问品。", []),
])
def test_name_before_a_verb_of_wearing_or_holding(text, want):
    assert _names(text) == want
