"""Page metadata from removed header, byline, credit, editor and footer pieces."""

from __future__ import annotations

import pytest

from unionkit.extract.meta import (
    extract_meta,
    labelled_fields,
    normalise_line,
    parse_byline,
    parse_views,
    site_from_footer,
    site_from_header,
    site_from_suffix,
)
from unionkit.record import Article, Meta, Removal

LABELS = [
    # each value stops at the next label: three separate fields, not one run-on
    ("[休闲] 时间:2024-04-18 06:04:03 来源:蓝影头条 作者:休闲 点击:31次",
     {"published": "2024-04-18 06:04:03", "source": "蓝影头条", "author": "休闲", "views": "31次"}),
    # glued fields (no space between value and next label)
    ("来源:中工网作者:张三", {"source": "中工网", "author": "张三"}),
    # traditional script, wide gaps, full-width colons
    ("發布時間：2024-03-22  點擊量：2286   來源：系統管理", {"published": "2024-03-22", "views": "2286", "source": "系統管理"}),
    ("來源:人民網 作者:李四 責任編輯:王五", {"source": "人民網", "author": "李四", "editor": "王五"}),
    ("稿源:工人日报 | 编辑:刘洋", {"source": "工人日报", "editor": "刘洋"}),
    ("出处:新华社  浏览次数:1,234", {"source": "新华社", "views": "1,234"}),
    ("阅读 5678  人气:12", {"views": "5678"}),
    ("责编：陈晨", {"editor": "陈晨"}),
    ("文章来源：市总工会 发布人：admin 字号：大 中 小", {"source": "市总工会"}),
]


@pytest.mark.parametrize("line,expected", LABELS)
def test_labelled_fields(line, expected):
    got = {}
    for f, v in labelled_fields(line):
        got.setdefault(f, v)
    assert got == expected


def test_profile_labels_are_not_publish_fields():
    assert labelled_fields("注册时间: 2008-02-02") == []
    assert labelled_fields("在线时间: 8570(时)") == []


@pytest.mark.parametrize("value,n", [("31次", 31), ("2286", 2286), ("2,286", 2286), ("1.2万", 12000), ("(99)", 99), ("无", None)])
def test_views(value, n):
    assert parse_views(value) == n


def test_pinyin_readings_are_dropped():
    assert normalise_line("廣元工會網(wǎng) 來源:系統(tǒng)管理") == "廣元工會網 來源:系統管理"
    assert normalise_line("dongzi (UID) COP15(x)") == "dongzi (UID) COP15(x)"


BYLINES = [
    ("□记者 王刚", {"reporter": "王刚"}),
    ("本报讯(记者 张三 李四)", {"reporter": "张三 李四"}),  # several reporters: kept as written, space-separated
    ("本报讯（记者 张三 通讯员 李四）", {"reporter": "张三", "author": "李四"}),  # the correspondent signs as author
    ("新华社北京4月28日电(记者 赵六)", {"reporter": "赵六"}),
    ("本報記者 陳明", {"reporter": "陳明"}),
    ("记者王刚摄", {"credit": "记者王刚摄", "reporter": "王刚"}),  # a photo credit; its 记者 is used only without a byline
    ("(喻娟)", {"author": "喻娟"}),
    ("（喻娟）", {"author": "喻娟"}),
    ("(市總組宣部)", {"author": "市總組宣部"}),  # an org-like signature is still the author
    ("文/张三", {"author": "张三"}),
    ("作者：李四", {"author": "李四"}),
    ("(盘龙工会供稿供图)", {"credit": "盘龙工会供稿供图"}),
    ("(市总工会供图)", {"credit": "市总工会供图"}),
    ("(市總工會供稿)", {"credit": "市總工會供稿"}),
]


@pytest.mark.parametrize("text,expected", BYLINES)
def test_bylines(text, expected):
    assert parse_byline(text) == expected


@pytest.mark.parametrize("suffix,site", [
    (" - 贵州 - 中工网", "中工网"),
    ("_新华网", "新华网"),
    (" | 四川工人日报", "四川工人日报"),
    (" - 首页", None),
    (" - www.example.com", None),
])
def test_site_from_title_suffix(suffix, site):
    assert site_from_suffix(suffix) == site


def test_site_from_header_line():
    assert site_from_header("廣元工會網(wǎng) http://www.example.com/   發布時間:2024-03-22") == "廣元工會網"
    assert site_from_header("[休闲] 时间:2024-04-18 06:04:03") is None


@pytest.mark.parametrize("line,site", [
    ("主辦:廣元工會網(wǎng)版權(quán)所有", "廣元工會網"),
    ("主办:广元工会网 版权所有", "广元工会网"),
    ("Copyright © 2023 中工网 版权所有", "中工网"),
    ("版权所有：某某职工网", "某某职工网"),
    ("Copyright © 2008-2023 by www.workercn.cn. all rights reserved", None),  # a domain is not a name
    ("本站版权所有", None),
    ("地址:東壩翠屏街42號", None),
])
def test_site_from_footer(line, site):
    assert site_from_footer(line) == site


def _article(*removed, body=("正文。",), meta=None):
    return Article(id="t", title="标题", body=list(body), removed=list(removed), meta=meta or Meta())


def test_url_only_from_the_header():
    a = _article(Removal("page_header", "某某工会网 http://www.example.org/ 发布时间:2020-01-01", 2),
                 Removal("site_footer", "Copyright © 2020 www.other.cn", 9))
    assert extract_meta(a).url == "http://www.example.org/"
    b = _article(Removal("site_footer", "Copyright © 2008-2023 by www.workercn.cn", 9))
    assert extract_meta(b).url is None and extract_meta(b).site is None


def test_source_never_becomes_site():
    a = _article(Removal("page_header", "来源:工人日报", 2))
    m = extract_meta(a)
    assert m.source == "工人日报" and m.site is None


def test_body_dates_are_never_published():
    a = _article(body=["2019年11月1日,红桥区委完成任务。", "2020-01-01", "资料来源:某报告显示,职工满意度提高。"])
    m = extract_meta(a)
    assert m.published is None and m.source is None


def test_editor_line_left_at_the_body_end():
    a = _article(body=["近日,省总工会开展送温暖活动。", "【纠错】 编辑：王小明"])
    assert extract_meta(a).editor == "王小明"


def test_forum_poster_is_the_author():
    a = _article(Removal("user_profile", "dongzi离线", 3), Removal("user_profile", "注册时间: 2008-02-02", 16),
                 Removal("forum_chrome", "楼主 发表于: 2022-07-25", 18))
    m = extract_meta(a)
    assert (m.author, m.published) == ("dongzi", "2022-07-25")


def test_editor_line_and_footer_do_not_run_together():
    a = _article(Removal("editor_line", "责任编辑:朱晶晶", 46),
                 Removal("site_footer", "关于我们 |版权声明 | 违法和不良信息举报电话:010-84151598", 65))
    m = extract_meta(a)
    assert m.editor == "朱晶晶" and m.site is None


def test_existing_values_are_kept():
    a = _article(Removal("page_header", "来源:工人日报", 2), meta=Meta(url="https://crawler.example/a"))
    m = extract_meta(a)
    assert m.url == "https://crawler.example/a" and m.source == "工人日报"


def test_raw_page_without_removals():
    raw = "标题\n来源:工人日报 2020-05-06 09:00\n\n正文。\n\n版权所有:某某工会网"
    a = Article(id="r", title="标题", body=["正文。"], raw=raw)
    m = extract_meta(a)
    assert (m.source, m.published, m.site) == ("工人日报", "2020-05-06T09:00", "某某工会网")


@pytest.mark.parametrize("value,names", [
    ("王刚", "王刚"),
    ("张三 李四", "张三 李四"),
    ("本报记者 张三", "张三"),  # the role word is not a name
    ("记者张三摄", "张三"),
    ("佚名", None),            # "anonymous" is no author
    ("dongzi", "dongzi"),
])
def test_name_list(value, names):
    from unionkit.extract.meta import name_list

    assert name_list(value) == names


def test_line_split_by_pinyin_removals_is_joined_back():
    # a cleaner that cuts the (wǎng) readings out of a header line leaves it in several pieces
    pieces = [("page_header", "廣元工會網"), ("pinyin", "(wǎng)"), ("page_header", "http://www.example.com/ 發"),
              ("pinyin", "(fā)"), ("page_header", "布時間:2024-03-22 點擊量:2286 來源:系統"), ("pinyin", "(tǒng)"),
              ("page_header", "管理")]
    footer = [("site_footer", "主辦:廣元工會網"), ("pinyin", "(wǎng)"), ("site_footer", "版權"), ("pinyin", "(quán)"),
              ("site_footer", "所有")]
    a = _article(*[Removal(k, t, 2) for k, t in pieces], Removal("byline", "(市總組宣部)", 12),
                 *[Removal(k, t, 16) for k, t in footer])
    m = extract_meta(a)
    assert (m.published, m.views, m.source, m.site, m.url, m.author) == (
        "2024-03-22", 2286, "系統管理", "廣元工會網", "http://www.example.com/", "市總組宣部")
    b = _article(*[Removal(k, t, 16) for k, t in footer])
    assert extract_meta(b).site == "廣元工會網"
