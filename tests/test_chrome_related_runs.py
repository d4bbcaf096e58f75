"""A run of headlines after an article, each ending in its date or under a list heading: a related-links list."""
from unionkit.clean import chrome
from unionkit.clean.lines import fold
from unionkit.clean.pipeline import clean_page

PAGE = """某市工会网
首页　工会动态　基层风采　维权服务
某区总工会举办职工羽毛球赛
日期：2024/04/20　来源：某区总工会

4月18日，某区总工会在区体育馆举办职工羽毛球赛，来自23家单位的150余名职工参赛。
比赛分男子单打、女子单打和混合双打三个项目，经过一天角逐，各项目冠军均已产生。

责任编辑：王五
打印　关闭
{head}{items}
Copyright 2024 某市总工会 版权所有
"""
DATED = "某街道工会开展送清凉活动 04-16\n某区职工书屋新增图书千册 04-11\n"
BARE = "某街道工会开展送清凉活动\n某区职工书屋新增图书千册\n"


def test_dated_headline_shape():
    assert chrome.dated_headline(fold("某街道工会开展送清凉活动 04-16"))
    assert chrome.dated_headline(fold("某街道工会开展送清凉活动 [2024-04-16]"))
    assert chrome.dated_headline(fold("某街道工会开展送清凉活动（04-16）"))
    assert not chrome.dated_headline(fold("某街道工会开展送清凉活动。 04-16"))
    assert not chrome.dated_headline(fold("2024-04-16"))
    assert not chrome.dated_headline(fold("某街道工会开展送清凉活动"))


def test_dated_headlines_after_text_are_links():
    body = clean_page(PAGE.format(head="", items=DATED)).body
    assert body[-1].startswith("比赛分")


def test_headlines_under_list_heading_are_links():
    body = clean_page(PAGE.format(head="最新动态\n", items=BARE)).body
    assert body[-1].startswith("比赛分")


def test_one_dated_line_stays():
    body = clean_page(PAGE.format(head="", items="某街道工会开展送清凉活动 04-16\n")).body
    assert any("送清凉" in p for p in body)


def test_short_lines_inside_text_stay():
    # a list of winners under the text's last paragraph, with no heading the chrome took and no dates: the text's
    page = PAGE.format(head="", items="").replace("责任编辑", "男子单打冠军：某某公司张某\n女子单打冠军：某某学校李某\n\n责任编辑")
    body = clean_page(page).body
    assert any("男子单打冠军" in p for p in body)


def test_annex_list_stays():
    # a notice's annex (附件, then the list it decides) after its closing chrome is the notice's own text
    page = PAGE.format(head="附件\n", items="某区优秀工会积极分子名单\n某某公司工会张某某\n某某学校工会李某某\n")
    page = page.replace("责任编辑：王五\n打印　关闭", "附件：某区优秀工会积极分子名单\n\n（此件公开发布）")
    body = clean_page(page).body
    assert any("张某某" in p for p in body)
