"""Meta: an e-paper's edition word on the line under the paper's name (the paper is the source, the word no name);
a forum's own name heading its breadcrumb and echoed by its logo row or footer link row (the site); a thread's reply
floors, whose stamps never lend the opening post their time."""

from __future__ import annotations

import pytest

from meta_pieces import meta_of  # noqa: E402 - tests/ is on sys.path

# --- an e-paper's edition word under the paper's name ------------------------------------------------------------


@pytest.mark.parametrize("paper, edition", [("某某日报", "数字报"), ("某某日報", "電子報"), ("某某晚报", "电子版")])
def test_edition_word_under_the_papers_name_makes_the_paper_the_source(paper, edition):
    m = meta_of(("navigation", paper), ("page_header", edition), ("page_header", "2024年01月18日 星期四"),
                ("page_header", "第A2版：要闻"))
    assert (m.source, m.site) == (paper, paper)


def test_edition_word_over_the_issue_date_is_no_source():
    # the word alone over the date (no paper's name above it) names nothing
    m = meta_of(("page_header", "数字报"), ("page_header", "2024年01月18日 星期四"))
    assert m.source is None


@pytest.mark.parametrize("pieces", [
    # a news portal's menu: 数字报 is an item under the sponsor's line, not the masthead's second half
    (("navigation", "某某新闻网"), ("navigation", "某某日报社主办"), ("navigation", "数字报"), ("navigation", "客户端")),
    # the name above is no paper's (a union's site linking to the paper's digital edition)
    (("navigation", "某某工会网"), ("navigation", "数字报"), ("page_header", "2024-01-18 09:30")),
    # the word a line further down, not right under the name
    (("navigation", "某某日报"), ("navigation", "首页"), ("navigation", "数字报")),
])
def test_edition_word_elsewhere_makes_no_epaper(pieces):
    assert meta_of(*pieces).source is None


# --- a forum's name heading its breadcrumb, echoed at the top or the foot -----------------------------------------

_STAMP = ("forum_chrome", "发表于 2024-7-16 09:42 | 只看该作者")


@pytest.mark.parametrize("pieces, site", [
    # the logo row alone over the breadcrumb
    ((("forum_chrome", "某某论坛"), ("forum_chrome", "设为首页收藏本站"),
      ("forum_chrome", "某某论坛 » 论坛 › 本地资讯 › 标题"), _STAMP), "某某论坛"),
    # the footer's link row closing with the name (Discuz!: Archiver|手机版|小黑屋|name)
    ((("forum_chrome", "某某论坛 › 本地资讯 › 标题"), _STAMP, ("forum_chrome", "手机版|小黑屋|某某论坛")), "某某论坛"),
    # a name with another ending than a board's
    ((("forum_chrome", "某某生活圈"), ("forum_chrome", "某某生活圈 » 论坛 › 民生 › 标题"), _STAMP), "某某生活圈"),
])
def test_forum_name_heading_the_breadcrumb_and_echoed_is_the_site(pieces, site):
    assert meta_of(*pieces).site == site


@pytest.mark.parametrize("pieces", [
    # the breadcrumb alone (a board's name there may be a section's)
    (("forum_chrome", "设为首页收藏本站"), ("forum_chrome", "某某论坛 » 论坛 › 本地资讯 › 标题"), _STAMP),
    # the logo and the footer row without a breadcrumb
    (("forum_chrome", "某某论坛"), _STAMP, ("forum_chrome", "手机版|小黑屋|某某论坛")),
    # the footer row closing with another name than the breadcrumb's head
    (("forum_chrome", "某某论坛 › 本地资讯 › 标题"), _STAMP, ("forum_chrome", "手机版|小黑屋|另一社区")),
    # the kind's word alone heading the breadcrumb and on the logo row
    (("forum_chrome", "论坛"), ("forum_chrome", "论坛 › 本地资讯 › 标题"), _STAMP),
])
def test_forum_name_without_its_echo_names_no_site(pieces):
    assert meta_of(*pieces).site is None


# --- a thread's floors: the opening post's stamp is the page's time -----------------------------------------------


def test_reply_floor_does_not_lend_the_opening_post_its_time():
    # PHPWind: the opening post stamped with its day only, the first reply with the day and its time
    m = meta_of(("forum_chrome", "樓主 發表於: 2024-09-10"), ("forum_chrome", "1樓 發表於: 2024-09-10 12:31"),
                ("forum_chrome", "點讚，工會辦實事。"))
    assert m.published == "2024-09-10"


def test_reply_floor_stamped_apart_from_its_label_lends_no_time():
    # Discuz!: each floor's label on its own line over its stamp
    m = meta_of(("forum_chrome", "楼主"), ("forum_chrome", "发表于 2024-7-16 | 只看该作者"),
                ("forum_chrome", "沙发"), ("forum_chrome", "发表于 2024-7-16 10:03 | 只看该作者"))
    assert m.published == "2024-07-16"


def test_opening_posts_own_time_stays():
    m = meta_of(("forum_chrome", "楼主 发表于 2024-7-16 09:42"), ("forum_chrome", "沙发 发表于 2024-7-16 10:03"))
    assert m.published == "2024-07-16T09:42"


def test_one_post_stamp_and_a_timed_publish_row_of_its_day_still_join():
    # not a thread's floors: a portal's day-only date and its own timed row read as one reading
    m = meta_of(("page_header", "发布日期：2024-09-10"), ("page_header", "发布时间：2024-09-10 12:31"))
    assert m.published == "2024-09-10T12:31"
