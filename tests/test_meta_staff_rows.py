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


def test_railway_stamp_row_read_part_by_part():
    # a railway site's stamp row: bracketed date, 供稿单位 (the unit that sent the piece in), author, photographer;
    # the cleaner files it as the page header
    row = Removal("page_header", "[ 2024-12-03 ]\u3000\u3000供稿单位：重庆车务段\u3000\u3000作者：幸晓红\u3000\u3000摄影：郑凯", 3)
    m = extract_meta(_article(row))
    assert (m.published, m.source, m.author) == ("2024-12-03", "重庆车务段", "幸晓红")


SUPPLIER_NEGATIVES = [
    "（市总工会供稿）",  # a credit in brackets: no label, no source
    "本文由市总工会供稿单位审核",  # the words in a sentence, no colon after them
]


@pytest.mark.parametrize("text", SUPPLIER_NEGATIVES)
def test_supplier_words_without_label_are_no_source(text):
    assert extract_meta(_article(Removal("page_header", text, 2))).source is None
