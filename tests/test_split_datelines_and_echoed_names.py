"""A dateline tag set on a line of its own, a TV station's reporter line closed by a colon, a labelled page address
under the text, a board's name closing its footer's link row before the licence, an app's name after the top bar's
back link, and a correspondent named first in a paper's dateline (no author there)."""

from __future__ import annotations

import pytest

from unionkit.clean import byline, clean_text
from unionkit.clean.lines import fold
from unionkit.extract import extract
from unionkit.extract.meta import parse_byline
from meta_pieces import meta_of  # noqa: E402 - tests/ is on sys.path

_TEXT = ("4月24日，某区总工会党组书记带队走访慰问坚守岗位的一线劳动者，为他们送去慰问物资。\n"
         "据了解，今年“五一”期间，某区总工会计划走访慰问一线职工和劳模代表1200余人。\n")


def _page(lead: str, text: str = _TEXT) -> str:
    return "某区总工会“五一”前夕走访慰问一线劳动者\n2024-04-26\n\n" + lead + "\n" + text


def _removed(page: str) -> list[tuple[str, str]]:
    return [(r.kind, r.text) for r in clean_text(page).removed]


@pytest.mark.parametrize("tag", ["本报讯", "本网讯", "某某日报讯", "本报北京3月5日讯", "新华社北京4月28日电",
                                 "本报讯（记者 王刚）", "本報訊"])
def test_dateline_tag_alone_on_its_line_leaves_the_body(tag):
    art = clean_text(_page(tag))
    assert art.body[0].startswith("4月24日")
    assert ("dateline", tag) in _removed(_page(tag))


def test_dateline_tag_alone_then_credits_opening_the_text():
    art = clean_text(_page("本报讯", "（记者 陈某某 通讯员 胡某某）" + _TEXT))
    assert art.body[0].startswith("4月24日")
    assert extract(art).meta.reporter == "陈某某"


@pytest.mark.parametrize("line", [
    "某某通讯",  # a column's name: no outlet's tag
    "喜讯",  # a word, no outlet before 讯
    "5月1日电网检修",  # 日电 inside a phrase
    "本报讯记者近日从市总工会获悉",  # the tag runs on into the text: the lead rules' case, not a lone tag
])
def test_lone_tag_look_alikes(line):
    assert not byline.lone_tag(fold(line))


def test_lone_tag_as_the_last_line_is_kept():
    assert byline.lead_paragraph_spans([fold("本报讯")]) == []


@pytest.mark.parametrize("line", ["本台记者 郝某明 牛某芳：", "本台记者 郝某明：", "本報記者 張三 李四：",
                                  "本台记者 郭某、杨某："])
def test_reporter_line_closed_by_a_colon_is_a_byline(line):
    assert byline.byline_line(fold(line))


@pytest.mark.parametrize("line", [
    "记者：",  # an interview's question label, no name
    "记者：你们今年举办了几期培训？",  # the question itself
    "本台记者近日来到潞州区职工服务中心：",  # a sentence on what the reporter did
    "记者近日报道：", "记者从市总工会获悉：",  # the sentence's own words after the role
])
def test_colon_closed_look_alikes_are_no_byline(line):
    assert not byline.byline_line(fold(line))


def test_tv_reporter_line_gives_both_reporters():
    page = ("某区总工会开展职工应急救护技能培训\n2024-09-12 19:36:08  来源：某某新闻联播\n本台记者 郝立明 牛丽芳：\n"
            "9月11日，某区总工会举办职工应急救护技能培训班，来自全区的120名职工参加培训。\n"
            "培训中，培训师详细讲解了心肺复苏、AED使用等急救知识和技能，现场气氛热烈。\n")
    art = extract(clean_text(page))
    assert art.body[0].startswith("9月11日")
    assert art.meta.reporter == "郝立明 牛丽芳"
    people = {p.name: p.titles for p in art.entities.people}
    assert people.get("郝立明") == ["记者"] and people.get("牛丽芳") == ["记者"]


@pytest.mark.parametrize("label", ["本文链接：", "原文链接：", "本文地址：", "文章链接:"])
def test_labelled_page_address_under_the_text_is_the_url(label):
    m = meta_of(("page_header", "2024-08-02 15:47 来源：工人日报"), ("site_footer", "声明：本文转载自某某客户端。"),
                ("page_header", label + "https://www.example.com/difang/20240802/158823.html"),
                ("editor_line", "责任编辑：苏某"))
    assert m.url == "https://www.example.com/difang/20240802/158823.html"


def test_bare_address_under_the_text_is_no_url():
    m = meta_of(("page_header", "2024-08-02 15:47 来源：工人日报"), ("editor_line", "责任编辑：苏某"),
                ("site_footer", "Copyright © 2015-2024 https://www.example.com All Rights Reserved"))
    assert m.url is None


@pytest.mark.parametrize("footer", ["Archiver|手机版|小黑屋|某某社区 ( 浙ICP备10033415号-1 )",
                                    "手机版|小黑屋|某某社区 浙ICP备10033415号-1",
                                    "Archiver|手机版|小黑屋|某某社区"])
def test_board_name_closing_the_footer_link_row_before_its_licence_is_the_site(footer):
    m = meta_of(("forum_chrome", "设为首页 收藏本站"), ("forum_chrome", "帖子 搜索 本版 用户"),
                ("forum_chrome", "登录 立即注册"), ("forum_chrome", "返回列表 发新帖"),
                ("forum_chrome", "某某社区 › 论坛 › 民生资讯 › 标题"), ("forum_chrome", footer))
    assert m.site == "某某社区"


def test_footer_link_row_naming_another_board_gives_no_site():
    m = meta_of(("forum_chrome", "设为首页 收藏本站"), ("forum_chrome", "帖子 搜索 本版 用户"),
                ("forum_chrome", "登录 立即注册"), ("forum_chrome", "返回列表 发新帖"),
                ("forum_chrome", "某某社区 › 论坛 › 民生资讯 › 标题"),
                ("forum_chrome", "Archiver|手机版|小黑屋|另一论坛 ( 浙ICP备10033415号-1 )"))
    assert m.site is None


def test_app_named_by_its_banner_and_after_the_back_link_is_the_site():
    m = meta_of(("navigation", "返回 某州新聞網"), ("navigation", "打開APP"),
                ("page_header", "某州新聞網 2024-01-09 08:15"), ("social_links", "打開某州新聞網APP，閱讀體驗更佳"))
    assert m.site == "某州新聞網"


@pytest.mark.parametrize("top", [
    ("navigation", "返回 另一新聞網"),  # the back link names another site than the banner's app
    ("navigation", "返回顶部"),  # no name
])
def test_back_link_look_alikes_name_no_app(top):
    m = meta_of(top, ("page_header", "某州新聞網 2024-01-09 08:15"), ("social_links", "打開某州新聞網APP，閱讀體驗更佳"))
    assert m.site is None


def test_source_line_alone_names_no_site():
    # (the portal named only by the 来源 field, as the golds of such pages have it: no site)
    m = meta_of(("page_header", "[资讯] 时间:2023-11-09 15:31:20 来源:某州新闻网 作者:小编"))
    assert m.site is None


@pytest.mark.parametrize("dateline, out", [
    ("本报讯（通讯员 陈某东 记者 周某燕）", {"reporter": "周某燕"}),
    ("本报讯 通讯员 陈某 记者 方某", {"reporter": "方某"}),
    ("某某日報訊（通訊員 陳某東 記者 周某燕）", {"reporter": "周某燕"}),
])
def test_correspondent_named_first_in_a_dateline_is_no_author(dateline, out):
    assert parse_byline(dateline) == out


@pytest.mark.parametrize("credit, out", [
    ("本报通讯员 沙某峰 记者 包某", {"reporter": "包某", "author": "沙某峰"}),  # a byline row: the correspondent signs
    ("本报讯（通讯员 杜某斌）", {"reporter": "杜某斌"}),  # correspondents only: they are the reporters
])
def test_correspondent_credits_outside_a_staff_dateline_keep_their_reading(credit, out):
    assert parse_byline(credit) == out
