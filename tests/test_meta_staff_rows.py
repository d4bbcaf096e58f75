"""Staff grades before 记者 in a labelled author, a portal's top bar with its sponsor, a railway site's stamp row."""

from __future__ import annotations

import pytest

from unionkit.extract.meta import extract_meta, name_list, site_from_logo
from unionkit.record import Article, Meta, Removal


def _article(*removed, body=("正文。",)):
    return Article(id="t", title="标题", body=list(body), removed=list(removed), meta=Meta())


ROLE_VALUES = [
    # a media centre's grade before 记者 is the role, not part of a name
    ("全媒体记者 仇卫东", "仇卫东"),
    ("融媒体记者 张三 李四", "张三 李四"),
    ("本报全媒体记者 赵六", "赵六"),
    ("资深记者 王五", "王五"),
    ("首席记者 王五", "王五"),
    # negatives: the grade word without 记者 is not stripped, a plain name stays
    ("全媒体 张三", "全媒体 张三"),
    ("仇卫东", "仇卫东"),
]


@pytest.mark.parametrize("value,expected", ROLE_VALUES)
def test_staff_grade_is_no_name(value, expected):
    assert name_list(value) == expected


def test_labelled_author_loses_its_grade():
    row = Removal("page_header", "2024-07-24 10:05 来源:岳阳日报 作者:全媒体记者 仇卫东 通讯员 亢婷", 2)
    m = extract_meta(_article(row))
    assert m.author == "仇卫东" and m.source == "岳阳日报"


TOP_BARS = [
    # a newspaper portal's top bar: name · sponsor主办, then a few link words
    ("岳阳网 · 岳阳日报社主办 数字报 岳阳发布", "岳阳网"),
    ("山西工会网 - 山西省总工会主办", "山西工会网"),
    # negatives: a menu after a dot with no sponsor, and too many words after the sponsor
    ("岳阳网 · 首页 新闻 县市区", None),
    ("临湘市总工会 · 市总工会主办 今日 开展 活动 测试 多余", None),
]


@pytest.mark.parametrize("line,site", TOP_BARS)
def test_top_bar_with_sponsor(line, site):
    assert site_from_logo(line)[0] == site
