"""Metadata readings of platform and portal pages: a forum's reply floors, a platform's two-digit-year stamp,
a byline left as the first paragraph, a unit-then-person author, and a header's short name for the footer's
legal one."""

from __future__ import annotations

import pytest

from unionkit.extract.dates import find_published, short_year_stamp
from unionkit.extract.meta import author_names, extract_meta, site_from_logo
from unionkit.record import Article, Removal
from meta_pieces import meta_of  # noqa: E402 - tests/ is on sys.path


_meta = meta_of  # (tests/meta_pieces.py: an article built from removed pieces)


# --- a thread's reply floors ------------------------------------------------------------

def test_reply_floor_stamp_is_no_publish_time():
    """A Tieba reply's floor stamp (2楼2024-01-28 10:41) is a reply's time: the first floor's stamp dates the thread."""
    m = _meta(("forum_chrome", "晉江吧-百度貼吧"), ("forum_chrome", "只看樓主 收藏 回復"),
              ("forum_chrome", "來自Android客戶端1樓 2024-01-28 10:26"), ("forum_chrome", "回復"),
              ("forum_chrome", "2樓2024-01-28 10:41"), ("forum_chrome", "3樓2024-01-28 11:03"))
    assert m.published == "2024-01-28T10:26"


@pytest.mark.parametrize("line", ["2楼 2024-01-28 10:41", "12樓2024-01-28 10:41", "來自iPhone客戶端3樓 2024-01-28 11:03"])
def test_reply_floor_rows_read_no_bare_date(line):
    assert find_published([line]) is None


@pytest.mark.parametrize("line, iso", [
    ("1楼 2024-01-28 10:26", "2024-01-28T10:26"),    # the first floor: the thread's own stamp
    ("江城晚报 2024-01-08 06:50", "2024-01-08T06:50"),  # an outlet's name before the date, no floor
])
def test_first_floor_and_outlet_rows_still_read(line, iso):
    assert find_published([line]) == iso


# --- a platform's two-digit-year stamp --------------------------------------------------

@pytest.mark.parametrize("line, iso", [
    ("24-11-6 10:30 来自 微博网页版 已编辑", "2024-11-06T10:30"),
    ("24-11-6 10:30 来自iPhone客户端", "2024-11-06T10:30"),
    ("23-3-2 08:15 发布于 湖北", "2023-03-02T08:15"),
    ("22-5-9 14:07 来自 微博 weibo.com 已编辑", "2022-05-09T14:07"),  # the client, then its web address
])
def test_short_year_platform_stamp(line, iso):
    assert short_year_stamp(line) == iso


@pytest.mark.parametrize("line", [
    "11-6 11:02 来自贵州 回复 8",                  # a comment's stamp: no year
    "24-11-6 10:30",                               # no client or region after it: any two-digit triple
    "24-11-6 来自 微博网页版",                      # no time of day
    "24-13-6 10:30 来自 微博网页版",                # no such month
    "24-11-6 10:30 来自贵州的职工代表参加了会议，并发言",  # prose after it
    "比分24-11-6 10:30 来自 现场",                  # not opening the line
    "22-5-9 14:07 来自安徽 · 回复 · 18",            # a comment's stamp with its buttons
])
def test_no_short_year_stamp(line):
    assert short_year_stamp(line) is None


def test_short_year_stamp_read_from_the_header_or_a_mistaken_headline():
    assert _meta(("navigation", "微博"), ("page_header", "24-11-6 10:30 来自 微博网页版")).published == "2024-11-06T10:30"
    # a post with no headline of its own: the cleaner may take its stamp line for the headline
    assert _meta(("navigation", "微博"), title="24-11-6 10:30 来自 微博网页版 已编辑").published == "2024-11-06T10:30"
    # a comment's stamp with a year, under the post (filed with the comments), never dates it
    assert _meta(("navigation", "微博"), ("related_links", "24-11-7 09:00 来自贵州")).published is None


def test_short_year_stamp_left_as_the_first_paragraph():
    """A post's stamp line the cleaner kept as the body's first paragraph dates the post; a later one does not."""
    body = ["22-5-9 14:07 来自 微博网页版", "某区总工会为户外劳动者送清凉。"]
    assert _meta(("navigation", "微博"), body=body).published == "2022-05-09T14:07"
    assert _meta(("navigation", "微博"), body=body[::-1]).published is None


# --- a byline the cleaner left as the first paragraph ----------------------------------

@pytest.mark.parametrize("para, reporter", [
    ("成都商报-红星新闻记者 李思远", "李思远"),   # a paper and its app, hyphened, before 记者
    ("本报记者 刘畅 王芳", "刘畅 王芳"),
    ("新华社记者 王思远", "王思远"),
])
def test_opening_paragraph_byline_names_the_reporter(para, reporter):
    assert _meta(("page_header", "2024-08-19 14:22"), body=(para, "正文。")).reporter == reporter


@pytest.mark.parametrize("body", [
    ("记者从市总工会获悉，今年全市共有1200名职工参加技能比武。", "正文。"),  # prose opening with 记者
    ("正文。", "成都商报-红星新闻记者 李思远"),                               # not the opening paragraph
    ("向一线记者致敬活动启动仪式在成都举行",),                               # a sentence naming reporters
])
def test_no_opening_paragraph_byline(body):
    assert _meta(("page_header", "2024-08-19 14:22"), body=body).reporter is None


def test_hyphened_outlets_in_a_header_byline():
    assert _meta(("page_header", "成都商报-红星新闻记者 李思远")).reporter == "李思远"


# --- a unit, then the person writing for it -------------------------------------------

@pytest.mark.parametrize("value, author", [
    ("宜昌市总工会 向丹", "向丹"),          # the unit sending the piece, then its writer
    ("张三", "张三"),
    ("张三 李四", "张三 李四"),
    ("宜昌市总工会 办公室", None),         # a section of the unit: no person
    ("宜昌市总工会", None),
    ("宜昌市总工会 宣传部", None),
])
def test_author_after_a_unit(value, author):
    assert author_names(value) == author


def test_unit_then_person_on_a_byline_and_a_header_row():
    assert _meta(("byline", "作者：宜昌市总工会 向丹")).author == "向丹"
    assert _meta(("page_header", "来源：湖北学习平台 作者：宜昌市总工会 向丹")).author == "向丹"
    assert _meta(("byline", "作者：宜昌市总工会办公室")).author is None


# --- sites ------------------------------------------------------------------------------

@pytest.mark.parametrize("line, site", [
    ("杭州政協", "杭州政協"),        # a political consultative conference's portal (its pinyin already cut out)
    ("中国政协网", "中国政协网"),
    ("学习强国", "学习强国"),        # a platform's logo: the platform is the site
    ("政协", None),                 # the ending alone names no one
])
def test_site_from_logo_of_conference_and_platform(line, site):
    assert site_from_logo(line)[0] == site


def test_header_short_name_with_a_middle_part_left_out():
    """A branch's header name leaves out its province's company (国网芜湖供电公司 for the footer's
    国网安徽省电力有限公司芜湖供电公司): the header's short name is the site."""
    footer = ("site_footer", "版权所有：国网安徽省电力有限公司芜湖供电公司 地址：芜湖市镜湖区北京中路6号")
    assert _meta(("navigation", "国网芜湖供电公司"), footer).site == "国网芜湖供电公司"
    # look-alikes: another head, or the parent company inside the holder's name: the holder stays
    assert _meta(("navigation", "安徽芜湖供电公司"), footer).site == "国网安徽省电力有限公司芜湖供电公司"
    assert _meta(("navigation", "国网安徽电力公司"), footer).site == "国网安徽省电力有限公司芜湖供电公司"


@pytest.mark.parametrize("note, source", [
    ("本文来自【某某融媒】，仅代表作者观点。", "某某融媒"),
    ("免责声明：本文来自某某日报，不代表本平台观点。", "某某日报"),
    # look-alikes: a platform's account holder, the web at large
    ("免责声明：本文来自某某号作者，不代表某某资讯的观点和立场。", None),
    ("免责声明:本文来自网络转载,仅代表原作者观点,不代表本站立场。", None),
])
def test_a_posts_from_note_names_its_source(note, source):
    """An app's or aggregator's note under a post naming where it comes from gives the source."""
    m = extract_meta(Article(id="t", title="标题", body=["正文。"], removed=[Removal("site_footer", note, 9)]))
    assert m.source == source
