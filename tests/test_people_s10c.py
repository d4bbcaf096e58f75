"""People kinds of session 10's last misses: a title read after a clause's conjunction and verb (并协调…律师),
and names written before a studio named after them (…劳模创新工作室)."""

from __future__ import annotations

import pytest

from unionkit.extract.people import find_people
from unionkit.record import Article


def _people(*body):
    a = Article(id="t", title="标题", body=list(body))
    return {p.name: p.titles for p in find_people(a, None, None)}


@pytest.mark.parametrize("text,name,title", [
    ("县总工会主席立即上报，并协调山西晋卫律师事务所律师要建平提供法律援助。", "要建平", "山西晋卫律师事务所律师"),
    ("他同时协调山西晋卫律师事务所律师要建平提供法律援助。", "要建平", "山西晋卫律师事务所律师"),
    ("他並協調山西晉衛律師事務所律師要建平提供法律援助。", "要建平", "山西晉衛律師事務所律師"),
    ("市总工会还组织四川省劳动模范、省级技能大师工作室领办人邓志刚等12名劳模现场指导。", "邓志刚", "四川省劳动模范"),
])
def test_title_stops_at_clause_conjunction_and_verb(text, name, title):
    assert title in _people(text)[name]


@pytest.mark.parametrize("text,name,title", [
    ("合并后的市总工会副主席王刚说，工作更顺了。", "王刚", "市总工会副主席"),  # (并 inside a word: no cut)
    ("并购部经理王刚说，工作更顺了。", "王刚", "并购部经理"),  # (并 opens the organ's own word)
    ("市总工会组织部部长王刚说，工作更顺了。", "王刚", "市总工会组织部部长"),  # (no conjunction: 组织 stays)
])
def test_title_without_clause_conjunction_kept(text, name, title):
    assert _people(text)[name] == [title]


@pytest.mark.parametrize("text,name", [
    ("会上,江蘇響水風電裝備有限公司譚振宇勞模創新工作室、縣農業技術推廣中心戚秀蘭工匠人才創新工作室作了交流發言。", "譚振宇"),
    ("会上,江蘇響水風電裝備有限公司譚振宇勞模創新工作室、縣農業技術推廣中心戚秀蘭工匠人才創新工作室作了交流發言。", "戚秀蘭"),
    ("公司在车间挂牌成立“檀永林技能大师工作室”。", "檀永林"),
    ("铁路公司王刚职工创新工作室完成革新项目12项。", "王刚"),
])
def test_name_before_a_studio_named_after_a_person(text, name):
    assert name in _people(text)


@pytest.mark.parametrize("text", [
    "工会联合会劳模创新工作室开展了活动。",
    "当地建成钧瓷劳模创新工作室3家。",
    "全县11个劳模和工匠人才创新工作室开放参观。",
    "市总工会命名区级劳模创新工作室10家。",
])
def test_studio_without_a_name_adds_nobody(text):
    assert _people(text) == {}


@pytest.mark.parametrize("text,name", [
    ("宏泰能源化工公司检修车间焊工苏亚拉图获得第一名。", "苏亚拉图"),
    ("焊工苏雅拉说：“焊接一点都马虎不得。”", "苏雅拉"),
])
def test_mongolian_name_of_suyala(text, name):
    assert name in _people(text)


def test_suyala_element_needs_a_title_or_a_name_end():
    assert _people("苏亚拉图片展在呼和浩特开幕。") == {}
