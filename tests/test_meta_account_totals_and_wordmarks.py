"""Meta: a self-media account's block counting all its articles' reads (总阅读) is no article's views, and the
article's own count may stand in brackets under it (阅读 (2351)); a platform's Latin wordmark (bilibili) names the
platform as the site over the uploader's account; each with look-alikes."""

from __future__ import annotations

import pytest

from unionkit.extract.meta import labelled_fields, site_from_logo, site_from_suffix
from meta_pieces import meta_of  # noqa: E402 - tests/ is on sys.path


def _views(line):
    return [v for f, v in labelled_fields(line) if f == "views"]


@pytest.mark.parametrize("line", ["总阅读：57.2万", "總閱讀：187万", "总浏览：3.1万", "文章：1386 总阅读：57.2万"])
def test_account_total_reads_are_no_views_field(line):
    assert _views(line) == []


@pytest.mark.parametrize("line, views", [
    ("阅读：1245", ["1245"]),  # look-alike: the article's own counter
    ("发布时间：2024-02-28 阅读：57", ["57"]),
])
def test_article_counter_is_still_a_views_field(line, views):
    assert _views(line) == views


def test_account_block_total_gives_way_to_the_articles_bracketed_count():
    m = meta_of(("page_header", "2024-05-14 17:26 发布于：山西省"), ("navigation", "某某工会"),
                ("navigation", "文章：1386"), ("page_header", "总阅读：57.2万"),
                ("site_footer", "平台声明：该文观点仅代表作者本人。"), ("site_footer", "阅读 (2351)"),
                body=("正文。",) * 3)
    assert m.views == 2351


def test_account_total_alone_gives_no_views():
    m = meta_of(("navigation", "某某工会"), ("page_header", "总阅读：57.2万"), body=("正文。",) * 3)
    assert m.views is None


@pytest.mark.parametrize("line, views", [
    ("阅读（86）", 86),
    ("阅读 3265", 3265),  # look-alikes: WeChat's bare counts
    ("阅读 892 赞 24 在看 5", 892),
])
def test_lone_counter_in_brackets_or_bare(line, views):
    assert meta_of(("site_footer", line), body=("正文。",) * 3).views == views


def test_platform_wordmark_over_the_account_names_the_site():
    m = meta_of(("navigation", "bilibili"), ("navigation", "首页 番剧 直播 游戏中心"), ("page_header", "某某工会"),
                ("page_header", "2024年09月26日 16:05"), body=("正文。",) * 3)
    assert m.site == "哔哩哔哩"


@pytest.mark.parametrize("line, site", [
    ("bilibili", "哔哩哔哩"),
    ("Weibo", "微博"),
    ("HUASHENG GROUP", None),  # look-alikes: a firm's Latin name, an account's own name
    ("某某工会", "某某工会"),
])
def test_wordmark_read_only_for_a_platform(line, site):
    assert site_from_logo(line)[0] == site


@pytest.mark.parametrize("suffix, site", [
    ("_哔哩哔哩_bilibili", "哔哩哔哩"),
    (" - 某某工会网", "某某工会网"),  # look-alike: a Han name last
])
def test_title_suffix_ending_in_a_wordmark(suffix, site):
    assert site_from_suffix(suffix) == site


# --- a county media centre's brand, an e-paper platform's masthead ---------------------------

@pytest.mark.parametrize("first", ["某某融媒", "某某融媒 | 首页 > 本地新闻 > 正文"])
def test_media_brand_on_the_first_row_names_the_site(first):
    m = meta_of(("navigation", first), ("navigation", "打开APP"), ("page_header", "来源：某某县融媒体中心"),
                ("site_footer", "某某县融媒体中心主办"), body=("正文。",) * 3)
    assert m.site == "某某融媒"


def test_media_brand_over_the_date_is_the_posting_account():
    """On a platform's page the brand right over the date is the account posting the article, no site."""
    m = meta_of(("page_header", "某某融媒"), ("page_header", "2024-04-23 17:45·河南"), ("navigation", "关注"),
                body=("正文。",) * 3)
    assert m.site is None
    assert m.author == "某某融媒"


def test_media_brand_under_another_apps_prompt_is_no_site():
    m = meta_of(("navigation", "某某融媒"), ("navigation", "打开APP"), ("page_header", "2024-07-18 17:25:06"),
                ("related_links", "打开某某新闻APP 查看更多精彩内容"), body=("正文。",) * 3)
    assert m.site is None


@pytest.mark.parametrize("line, site, epaper", [
    ("某某工人报 数字报刊平台", "某某工人报", True),
    ("某某工人报 数字报刊", "某某工人报", True),  # look-alikes: the edition word alone, a phone edition
    ("某某工人报 手机版", "某某工人报", False),
])
def test_epaper_platform_masthead(line, site, epaper):
    assert site_from_logo(line) == (site, epaper)


@pytest.mark.parametrize("line, site", [
    ("某某工會網 繁體 | 简体   首頁 > 基層動態", "某某工會網"),  # the script switch between the logo and the crumb
    ("某某工會網 简体中文 / 繁體中文", "某某工會網"),
    ("中工網 | 繁體 | 簡體", "中工網"),  # look-alikes: the switch after a bar, a switch among accessibility links
    ("无障碍 | 长者模式 | 简体 | 繁體", None),
])
def test_script_switch_beside_the_logo(line, site):
    assert site_from_logo(line)[0] == site


def test_paper_over_the_date_is_no_site_when_its_app_is_the_source():
    """An aggregator's copy: the paper's account line over the date, the disclaimer naming the paper's app."""
    m = meta_of(("navigation", "打开APP"), ("navigation", "某某日报"), ("page_header", "2024-03-15 10:21 · 阅读 15236"),
                ("site_footer", "免责声明：本文来自某某日报客户端，不代表本平台观点。"), body=("正文。",) * 3)
    assert m.site is None
    assert m.source == "某某日报客户端"


def test_paper_logo_away_from_the_date_is_still_the_site():
    m = meta_of(("navigation", "某某日报"), ("navigation", "首页 | 要闻 | 本地"), ("navigation", "当前位置：首页 > 要闻"),
                ("page_header", "2024-03-15 10:21"), ("site_footer", "免责声明：本文来自某某日报客户端，不代表本平台观点。"),
                body=("正文。",) * 3)
    assert m.site == "某某日报"


def test_paper_masthead_over_an_issue_page_row_is_the_source():
    """An e-paper page: the paper's name, the issue's date, then its page row (第02版:综合新闻), no edition word."""
    m = meta_of(("navigation", "某某日报"), ("page_header", "2025年12月09日 星期二"), ("page_header", "第02版:综合新闻"),
                ("navigation", "上一版 下一版 | 上一篇 下一篇"), body=("正文。",) * 3)
    assert (m.site, m.source) == ("某某日报", "某某日报")


def test_paper_masthead_without_a_page_row_is_the_site_only():
    m = meta_of(("navigation", "某某日报"), ("navigation", "首页 | 要闻 | 本地"), ("page_header", "2025年12月09日 09:30"),
                body=("正文。",) * 3)
    assert (m.site, m.source) == ("某某日报", None)


def test_app_named_by_its_banner_and_title_bar_outranks_the_footers_holder():
    m = meta_of(("navigation", "某某社"), ("navigation", "打开APP"), ("page_header", "某某社 2024-08-09 10:18"),
                ("related_links", "打开某某社APP，阅读体验更佳"), ("site_footer", "© 某某市总工会 沪ICP备05009466号"),
                body=("正文。",) * 3)
    assert m.site == "某某社"


@pytest.mark.parametrize("bar", ["某某看点 — 打开APP，看更多精彩", "某某看点 | 打開 APP", "某某看点 下载APP 领红包"])
def test_app_mirror_header_names_the_app_before_its_prompt(bar):
    # (a mirror's header row: the app's name, barred off from its prompt and what the app offers)
    m = meta_of(("navigation", bar), ("navigation", "首页 推荐 本地 社会"), ("page_header", "某某日报 2024-08-09 10:18"),
                ("social_links", "下载某某看点APP，领取新人红包"), body=("正文。",) * 3)
    assert m.site == "某某看点"


def test_footer_holder_still_names_the_site_when_no_banner_names_the_app():
    m = meta_of(("navigation", "某某社"), ("navigation", "打开APP"), ("page_header", "2024-08-09 10:18"),
                ("site_footer", "© 某某市总工会 沪ICP备05009466号"), body=("正文。",) * 3)
    assert m.site == "某某市总工会"


def test_app_slogan_on_its_own_row_under_the_name_gives_the_apps_name():
    """An app's title bar prints its name, then its slogan on the next row (a phrase with 的, ending in 新闻 or 客户端): the
    banner's prompt names the app, the slogan names no site."""
    m = meta_of(("navigation", "打开APP"), ("navigation", "青禾之声"), ("navigation", "工友身边的新闻"),
                ("page_header", "青禾之声 记者 某某 2023-10-12 09:41"),
                ("related_links", "打开青禾之声APP，阅读更多精彩内容"), body=("正文。",) * 3)
    assert m.site == "青禾之声"

