"""Meta: the site's name from a logo, a link bar, a footer and a platform's page, told from the look-alikes beside
them (a sister sites' bar, a contact field glued to the holder, a writers'-rights notice, a client's dotted
outlet); a blog's stamp and counters."""

from __future__ import annotations

import pytest

from unionkit.extract.meta import (extract_meta, site_from_bar_title, site_from_engine_credit, site_from_engine_title,
                                   site_from_footer, site_from_logo)
from unionkit.record import Article, Removal
from meta_pieces import meta_of  # noqa: E402 - tests/ is on sys.path


_meta = meta_of  # (tests/meta_pieces.py: an article built from removed pieces)


@pytest.mark.parametrize("line, site", [
    # a union's portal named as the workers' home, a county's media centre
    ("泉州職工之家", "泉州職工之家"),
    ("黔南工友之家", "黔南工友之家"),
    ("扎赉特旗融媒体中心", "扎赉特旗融媒体中心"),
    # a unit's or a trade's portal named as its window; a window on a kind of site alone is a column
    ("甲铁工会之窗", "甲铁工会之窗"),
    ("工会之窗", None),
    # blog platforms on a line of their own
    ("简书", "简书"),
    ("新浪博客", "新浪博客"),
    # look-alikes: the kind's word alone (a menu item), another 之家, another 中心, a blogger's own title
    ("职工之家", None),
    ("融媒体中心", None),
    ("司机之家", None),
    ("新闻中心", None),
    ("老周的博客", None),
    # a company's or a hospital's intranet, named for the unit and its platform; the platform's words alone
    ("某某机械协同办公平台", "某某机械协同办公平台"),
    ("某某供电公司企业门户", "某某供电公司企业门户"),
    ("某某矿业综合门户", "某某矿业综合门户"),
    ("协同办公平台", None),
    ("企业门户", None),
    ("办公门户", None),
])
def test_logo_line_site(line, site):
    assert site_from_logo(line)[0] == site


@pytest.mark.parametrize("line, site", [
    # a bar of sister sites' names under the logo: its first item is not the page's site
    ("某某旗新闻网 | 某某旗人民政府 | 兴安日报", None),
    ("某市工会网 | 某省总工会 | 工人日报 | 中工网", None),
    # look-alikes: a nav bar or breadcrumb opening with the site, the other items channels
    ("新华网 | 首页 | 时政", "新华网"),
    ("某某新闻网 | 本地要闻 | 乡镇动态", "某某新闻网"),
    ("中工网 > 工会", "中工网"),
])
def test_link_bar_names_no_site(line, site):
    assert site_from_logo(line)[0] == site


@pytest.mark.parametrize("line, site", [
    # a contact field run into the holder's name once the line's parts were joined back
    ("版權所有：泉州市總工會地址：泉州市豐澤區東海大街", "泉州市總工會"),
    ("版权所有：某市总工会电话：0595-12345678", "某市总工会"),
    ("版权所有：某市总工会 地址：某市某路1号", "某市总工会"),
    # a writers'-rights notice after the sign names no site
    ("© 著作权归作者所有，转载或内容合作请联系作者", None),
    ("© 版权归原作者所有", None),
    # look-alikes: a name holding 地址 or 电话 with no colon, a plain holder
    ("版权所有：某市地址研究会", "某市地址研究会"),
    # the holder named after a copula in a clause of the site's notice (…资料,均为X版权所有)
    ("本站刊登的新闻和专题资料，均为某城职工之家版权所有，未经授权禁止转载", "某城职工之家"),
    ("本网文章,为某市职工网版权所有", "某市职工网"),
    # look-alikes: a name that opens with the same character at the line's start
    ("为民服务网版权所有", "为民服务网"),
    ("Copyright © 2024 某某网", "某某网"),
    # the holder between 版权归 and 所有 (a magazine's notice), its title marks dropped; the writers' rights are none
    ("本刊所有文章版权归《职工文摘》杂志社所有，转载请注明出处。", "职工文摘杂志社"),
    ("版權歸某市工會網所有", "某市工會網"),
    ("文章版权归原作者所有，如有侵权请联系删除", None),
    ("版权归作者所有", None),
])
def test_footer_holder(line, site):
    assert site_from_footer(line) == site


def test_platform_logo_over_a_writers_rights_notice():
    """A blog platform's page: its logo names the site, the © notice of the writers' rights none."""
    m = _meta(("navigation", "简书"), ("navigation", "首页"), ("navigation", "下载APP"),
              ("site_footer", "© 著作权归作者所有，转载或内容合作请联系作者"))
    assert m.site == "简书"
    assert _meta(("site_footer", "© 著作权归作者所有，转载或内容合作请联系作者")).site is None


def test_logo_over_the_footer_holder_with_an_address():
    m = _meta(("navigation", "某州職工之家"), ("navigation", "首頁 工會要聞 縣市動態"),
              ("site_footer", "版權所有：某州市總工會地址：某州市某區某大街"))
    assert m.site == "某州職工之家"
    # without the logo: the holder, its address cut off
    assert _meta(("site_footer", "版權所有：某州市總工會地址：某州市某區某大街")).site == "某州市總工會"


def test_client_dotted_outlet_row_is_the_source():
    """A news client's row (上游新闻·重庆晨报 date time province): the dotted outlet is the source, the app's
    logo the site, the row's date the publish time."""
    m = _meta(("navigation", "上游新闻"), ("navigation", "打开APP"), ("page_header", "上游新闻·重庆晨报　2024-08-08 14:05　重庆"))
    assert (m.site, m.source, m.published) == ("上游新闻", "上游新闻·重庆晨报", "2024-08-08T14:05")
    # look-alike: a WeChat article's account row (no dot) names the site
    m = _meta(("page_header", "泰州工会 2024年09月03日 18:30 江苏"))
    assert (m.site, m.source) == ("泰州工会", None)


def test_client_dotted_outlet_before_a_time_alone_is_the_source():
    """The same row with no province after the time (某某新闻·某某日报客户端 date time): the dotted outlet is still
    the source."""
    m = _meta(("navigation", "某某新闻"), ("navigation", "打开"), ("page_header", "某某新闻·某某日报客户端 2024-03-12 08:41"))
    assert (m.site, m.source, m.published) == ("某某新闻", "某某新闻·某某日报客户端", "2024-03-12T08:41")


def test_blog_page_counters_and_headline_stamp():
    """A blog page: the profile's 关注人气 counts followers, no views; the article's 阅读(N) bar does; the
    headline row's bracketed stamp dates the post."""
    m = _meta(("navigation", "新浪博客"), ("navigation", "老周的博客"), ("page_header", "关注人气：214"),
              ("navigation", "做了二十年基层工会主席，我想说几句心里话 (2015-05-01 21:36:18)"),
              ("navigation", "阅读(1203)┊ 评论 (9)┊ 收藏(0) ┊转载(3)"))
    assert (m.site, m.views, m.published) == ("新浪博客", 1203, "2015-05-01T21:36:18")
    # look-alikes: 人气 alone still counts views; a labelled date outranks the headline's stamp
    assert _meta(("page_header", "人气：214")).views == 214
    m = _meta(("page_header", "发布时间：2015-05-02 08:00"), ("navigation", "某某工会召开职代会 (2015-05-01 21:36:18)"))
    assert m.published == "2015-05-02T08:00"


@pytest.mark.parametrize("pieces, site", [
    # a city BBS: its name opens the logo row and the breadcrumb, and the footer before its licence number
    ((("forum_chrome", "化龙巷 - 常州第一生活社区"), ("forum_chrome", "化龙巷 › 论坛 › 职场江湖 › 帖子"),
      ("forum_chrome", "化龙巷 ( 苏ICP备05000123号 )")), "化龙巷"),
    # a bureau's site: its name alone over the menu, then as the footer's sponsor
    ((("navigation", "某市人力资源和社会保障局"), ("navigation", "首页 | 机构概况 | 政务公开"),
      ("site_footer", "主办单位：某市人力资源和社会保障局　承办：市人社局信息中心")), "某市人力资源和社会保障局"),
    # look-alikes: a sponsor the header does not name (a reposting portal prints its source's sponsor too)
    ((("navigation", "首页 | 新闻 | 视频"), ("site_footer", "主办单位：某市人力资源和社会保障局　承办：市人社局信息中心")), None),
    # the header's name in the footer, but not on a licence, copyright or sponsor row (a related link)
    ((("navigation", "某市人力资源和社会保障局"), ("related_links", "某市人力资源和社会保障局 年度报告")), None),
    # the header's name inside a footer row that opens with something else
    ((("forum_chrome", "化龙巷 - 常州第一生活社区"), ("forum_chrome", "关于我们 化龙巷 ( 苏ICP备05000123号 )")), None),
    # an app page: its name alone on the first row, then opening the footer's row of legal links (no licence row)
    ((("navigation", "指尖快讯"), ("navigation", "打开APP"), ("site_footer", "指尖快讯 · 用户协议 · 隐私政策")), "指尖快讯"),
    # … not when the legal row opens with another name, or names no legal text (a related link)
    ((("navigation", "指尖快讯"), ("site_footer", "某某科技 · 用户协议 · 隐私政策")), None),
    ((("navigation", "指尖快讯"), ("related_links", "指尖快讯 · 本地 · 民生")), None),
    # a Q&A site: its name and tagline over the page, then opening the footer's links up to its disclaimer
    ((("navigation", "维权问答苑 - 职工身边的法律顾问"), ("site_footer", "维权问答苑 | 关于我们 | 联系我们 | 免责声明")),
     "维权问答苑"),
    # … not when the footer's link row names no legal text
    ((("navigation", "维权问答苑 - 职工身边的法律顾问"), ("site_footer", "维权问答苑 | 关于我们 | 联系我们")), None),
    # another body sponsoring the site than the one the header names
    ((("navigation", "某市人力资源和社会保障局"), ("site_footer", "主办单位：某市总工会 蜀ICP备12003456号")), None),
])
def test_site_named_at_the_head_and_in_the_footer(pieces, site):
    assert _meta(*pieces).site == site


@pytest.mark.parametrize("pieces, site", [
    # a news app's name ending in a plus: alone on its title bar, then opening the footer's sponsor row
    ((("navigation", "某某+"), ("navigation", "打开APP"), ("related_links", "某某+ 某某日报社主办"),
      ("site_footer", "鲁ICP备05000123号-1")), "某某+"),
    # … or named by its banner's prompt and again on its title bar
    ((("navigation", "某某+"), ("social_links", "打开某某+APP，阅读体验更佳")), "某某+"),
    # look-alikes: a plus after a Latin letter or a digit is no app name's (5G+), nor is the title bar's name
    # without the footer's or the banner's echo
    ((("navigation", "某某5G+"), ("social_links", "打开某某5G+APP，阅读体验更佳")), None),
    ((("navigation", "某某+"), ("related_links", "关于某某+ 某某日报社主办")), None),
])
def test_app_name_ending_in_a_plus_names_the_site(pieces, site):
    assert _meta(*pieces).site == site


@pytest.mark.parametrize("pieces, site", [
    # a Q&A site: its name alone on the logo row, then heading the breadcrumb with a plain >
    ((("navigation", "某某知道"), ("navigation", "某某知道 > 社会民生 > 其他社会话题")), "某某知道"),
    # look-alikes: the breadcrumb opens with 首页, or no row holds its head alone
    ((("navigation", "首页"), ("navigation", "首页 > 工会动态 > 正文")), None),
    ((("navigation", "某某知道 搜索答案"), ("navigation", "某某知道 > 社会民生 > 其他社会话题")), None),
])
def test_logo_row_heading_a_plain_breadcrumb_names_the_site(pieces, site):
    assert _meta(*pieces).site == site


@pytest.mark.parametrize("line, site", [
    # a forum's footer row: the board's name before the software's credit, a licence in brackets between them
    ("某某论坛 ( 赣ICP备12003456号 ) Powered by Discuz! X3.4", "某某论坛"),
    ("某某论坛  Powered by Discuz! X3.4  苏ICP备05002233号", "某某论坛"),
    ("快速回复 | 返回顶部 | 某某社區 Powered by Discuz! X3.4", "某某社區"),
    ("某某生活网 Powered by Discuz! X3.5", "某某生活网"),
    # look-alikes: the credit alone, a link word before it, the bare kind's word, a <title> row's dashed segments
    ("Powered by Discuz! X3.4 © 2001-2024 Tencent Cloud.", None),
    ("快速回复 | 返回顶部 Powered by Discuz! X3.4", None),
    ("论坛 Powered by Discuz!", None),
    ("某某论坛 - 某某在线 - Powered by Discuz!", None),
    ("在工地干了半年 Powered by Discuz!", None),
])
def test_forum_footer_credit_names_the_board(line, site):
    assert site_from_engine_credit(line) == site


def test_forum_page_site_from_its_footer_credit():
    # the board named in the header and breadcrumb (not read: a board's name there may be a section's) and in the
    # footer row with the software's credit
    m = _meta(("forum_chrome", "某某论坛 - 某某本地综合门户"), ("forum_chrome", "某某论坛 › 某某论坛 › 杂谈 › 标题"),
              ("forum_chrome", "发表于 2024-3-5 10:22:47 | 只看该作者"),
              ("forum_chrome", "某某论坛 ( 赣ICP备12003456号 ) Powered by Discuz! X3.4"))
    assert m.site == "某某论坛"
    # the same page with the credit alone names no site
    m = _meta(("forum_chrome", "某某论坛 - 某某本地综合门户"), ("forum_chrome", "发表于 2024-3-5 10:22:47 | 只看该作者"),
              ("forum_chrome", "Powered by Discuz! X3.4"))
    assert m.site is None


@pytest.mark.parametrize("line, site", [
    # a forum's own <title> row: the board and its tagline, then the software's credit (simplified or traditional)
    ("某某论坛 - 某地生活 -  Powered by Discuz!", "某某论坛"),
    ("某某山論壇 - 某地本地生活 - Powered by phpwind", "某某山論壇"),
    # a thread's title row: the subject and the section first, the board last
    ("走进和平社区 - 本地新闻 - 某某论坛 - Powered by Discuz!", "某某论坛"),
    # look-alikes: no board's name among the parts, the bare kind's word, no credit
    ("某某生活 - 某地在线 - Powered by Discuz!", None),
    ("论坛 - Powered by Discuz!", None),
    ("某某论坛 - 某某本地综合门户", None),
])
def test_forum_title_row_names_the_board(line, site):
    assert site_from_engine_title(line) == site


def test_forum_page_site_from_its_title_row():
    m = _meta(("forum_chrome", "某某论坛 - 某地生活 - Powered by Discuz!"), ("forum_chrome", "设为首页 收藏本站"),
              ("forum_chrome", "发表于 2024-3-5 10:22:47 | 只看该作者"))
    assert m.site == "某某论坛"


@pytest.mark.parametrize("line, site", [
    # a Tieba bar's own title row: the bar, the platform, the bar's slogan (spaced or not)
    ("某某吧-百度贴吧--某某人自己的网上家园--", "某某吧"),
    ("某某县吧 - 百度贴吧", "某某县吧"),
    # look-alikes: a thread's title row (the subject first, the bar after it), the platform alone, the bar's info row
    ("工会帮我讨回了工资_某某吧_百度贴吧", None),
    ("百度贴吧", None),
    ("某某吧 关注:12,306 贴子:874,120", None),
])
def test_tieba_title_row_names_the_bar(line, site):
    assert site_from_bar_title(line) == site


def test_tieba_page_site_from_its_bar_title_row():
    m = _meta(("forum_chrome", "某某吧-百度贴吧--某某人自己的网上家园--"), ("forum_chrome", "百度首页 登录 注册"),
              ("forum_chrome", "进入贴吧 全吧搜索"))
    assert m.site == "某某吧"


def test_app_banner_and_title_bar_name_the_site():
    """An app's shared page: the banner's prompt names the app (打开某某云APP) and its title bar again: the site."""
    m = _meta(("navigation", "打开某某云APP 阅读体验更佳"), ("navigation", "×"), ("navigation", "某某云"),
              ("page_header", "2023-12-05 16:20"))
    assert m.site == "某某云"


def test_app_banner_at_the_foot_and_title_bar_name_the_site():
    """The app's prompt may stand at the page's foot (打開某某融媒APP 查看更多): with its name alone on the title bar
    it names the site; a foot prompt naming another app does not."""
    m = _meta(("navigation", "某某融媒"), ("navigation", "打開APP"), ("page_header", "2024-07-18 17:25:06"),
              ("related_links", "打開某某融媒APP 查看更多精彩內容"))
    assert m.site == "某某融媒"
    m = _meta(("navigation", "某某融媒"), ("navigation", "打開APP"), ("page_header", "2024-07-18 17:25:06"),
              ("related_links", "打開某某新聞APP 查看更多精彩內容"))
    assert m.site is None


@pytest.mark.parametrize("bar", ["某某新闻　打开APP", "某某新闻 下载客户端", "某某新闻打開App"])
def test_title_bar_with_the_apps_own_button_names_the_site(bar):
    """The title bar may print the app's button after its name (某某新闻　打开APP): with the banner's prompt naming
    the same app (打开某某新闻APP，阅读体验更好), the name before the button is the site."""
    m = _meta(("navigation", bar), ("navigation", "打开某某新闻APP，阅读体验更好"),
              ("page_header", "2024-07-10 15:22"), ("social_links", "下载某某新闻APP 看更多本地新闻"))
    assert m.site == "某某新闻"


@pytest.mark.parametrize("pieces", [
    # a title bar whose name before the button is another app's, or a button with nothing before it
    [("navigation", "某某日报　打开APP"), ("navigation", "打开某某新闻APP，阅读体验更好")],
    [("navigation", "打开APP"), ("navigation", "打开某某新闻APP，阅读体验更好")],
    [("navigation", "某某新闻　打开APP阅读")],  # no banner names the app
])
def test_title_bar_button_look_alikes_name_no_site(pieces):
    assert _meta(*pieces, ("page_header", "2024-07-10 15:22")).site is None


@pytest.mark.parametrize("pieces", [
    # the prompt with no name, a name the prompt does not give, a prompt alone
    [("navigation", "打开APP 阅读体验更佳"), ("navigation", "某某云")],
    [("navigation", "打开某某云APP 阅读体验更佳"), ("navigation", "某某号")],
    [("navigation", "下载某某新闻客户端")],
])
def test_app_banner_look_alikes_name_no_site(pieces):
    assert _meta(*pieces, ("page_header", "2023-12-05 16:20")).site is None


@pytest.mark.parametrize("pieces, site", [
    # a portal's greeting bar, the name closed by "!" or a gap before the bar's switches or the day's date, as a
    # browser's text save keeps it (no <title> suffix there)
    ((("navigation", "欢迎访问某某工会网！今天是："),), "某某工会网"),
    ((("navigation", "歡迎訪問某某工會網!设为首页 加入收藏 无障碍"),), "某某工會網"),
    ((("navigation", "您好,欢迎来到某某资讯网! 登录 | 注册"),), "某某资讯网"),
    # read last: any other row naming the site wins (a greeting describes the site as often as it names it)
    ((("navigation", "欢迎访问某某县人民政府门户网站 无障碍浏览"), ("site_footer", "主办：某某县人民政府办公室"),
      ("site_footer", "Copyright © 2024 某某县人民政府 版权所有")), "某某县人民政府"),
    # look-alikes: a reader's login greeting, a greeting to no site's name (a forum's board)
    ((("navigation", "欢迎您:abc123 [退出] 今天是:2024年6月5日"),), None),
    ((("navigation", "欢迎来到某某论坛！ 登录 | 注册"),), None),
])
def test_greeting_bar_names_the_site_when_nothing_else_does(pieces, site):
    assert _meta(*pieces).site == site


@pytest.mark.parametrize("pieces, site", [
    # an e-paper issue's page rows over the article, its paper company's © row under it: the paper is the site
    ((("navigation", "2024年05月06日 星期一"), ("navigation", "第03版：综合新闻"),
      ("site_footer", "某某日报社版权所有 未经书面授权不得复制或建立镜像")), "某某日报"),
    ((("navigation", "往期回顾 | PDF下载"), ("navigation", "第A2版:基层"),
      ("site_footer", "某某工人報社版權所有")), "某某工人報"),
    # look-alikes: no page row (a news portal the paper company runs), a company that is no paper's
    ((("navigation", "首页 | 新闻 | 视频"), ("site_footer", "某某日报社版权所有 未经书面授权不得复制或建立镜像")), None),
    ((("navigation", "第03版：综合新闻"), ("site_footer", "某某出版社版权所有")), None),
])
def test_paper_company_holder_names_its_epaper(pieces, site):
    assert _meta(*pieces).site == site


@pytest.mark.parametrize("line, site", [
    # an e-paper's browser-title row kept as a text save's first line: the paper, its edition word, then the headline
    ("某某日报数字报-某某县职工技能比武落幕", ("某某日报", True)),
    ("某某工人報電子版_某某區工會舉辦職工運動會", ("某某工人報", True)),
    ("某某日报数字报-", ("某某日报", True)),
    # look-alikes: no edition word before the dash, the edition word inside the headline
    ("某某日报-某某县职工技能比武落幕", (None, False)),
    ("某某县推进数字报刊阅读进企业", (None, False)),
])
def test_epaper_title_row_names_the_paper(line, site):
    assert site_from_logo(line) == site


def test_epaper_title_row_gives_site_and_source():
    m = _meta(("navigation", "某某日报数字报-某某县职工技能比武落幕"), ("page_header", "2024年05月06日 星期一"))
    assert (m.site, m.source) == ("某某日报", "某某日报")


@pytest.mark.parametrize("line, site", [
    # a logo row run into its menu, 首页 first; a print view's head with its buttons
    ("某某新闻网首页数字报某某客户端", "某某新闻网"),
    ("某某工会网　打印本页　|　关闭窗口", "某某工会网"),
    # look-alikes: no site's ending before 首页 (a menu row), a sentence after the name
    ("工作动态首页通知公告", None),
    ("某某工会网 打印本页后请签字", None),
])
def test_logo_into_its_menu_and_print_view_buttons(line, site):
    assert site_from_logo(line)[0] == site


def test_site_from_a_footer_row_of_policy_links():
    from unionkit.extract.meta.site_rows import site_from_policy_links

    assert site_from_policy_links("吉祥物 · 某问指南 · 某问协议 · 某问隐私保护指引") == "某问"
    assert site_from_policy_links("某问用户协议 | 某问隐私政策 | 联系我们") == "某问"
    for s in ("某问协议 · 隐私政策", "劳动协议 · 集体协议", "服务指南 · 办事指南 · 工会协议"):
        assert site_from_policy_links(s) is None, s


@pytest.mark.parametrize("line, site", [
    # a public service line's site, named with its five-digit number; a foreign platform's wordmark
    ("某市12345政务服务便民热线", "某市12345政务服务便民热线"),
    ("12351职工服务热线", "12351职工服务热线"),
    ("Facebook", "Facebook"),
    # look-alikes: a hotline with no number, a phone number's row, a bare number
    ("职工服务热线", None),
    ("咨询电话 12345", None),
    ("12345", None),
])
def test_service_line_and_foreign_platform_logos(line, site):
    assert site_from_logo(line)[0] == site


def test_date_alone_under_the_closing_byline_block():
    """A page closing its text with 来源 / 作者 / 责任编辑 rows stamps its date alone on the block's last row."""
    rows = [("navigation", "某学习平台"), ("byline", "来源:某某日报"), ("byline", "作者:李文"),
            ("editor_line", "责任编辑:周青"), ("page_header", "2021-03-04")]
    assert _meta(*rows, ("related_links", "推荐阅读")).published == "2021-03-04"
    # a date set apart from the block (a related list between them) is not its stamp
    assert _meta(*rows[:4], ("related_links", "推荐阅读"), ("page_header", "2021-03-04")).published is None


@pytest.mark.parametrize("line, site", [
    # a channel named by its content is a section of the site (a breadcrumb's head), not the site
    ("图片频道 > 本地图片", None),
    ("新闻频道", None),
    # a portal's regional channel, run under the portal's name, is a site of its own
    ("某某新闻网长治频道", "某某新闻网长治频道"),
    # a media group's brand with no site's ending, then its site's name after a middle dot
    ("某城融媒 · 某城新闻网", "某城新闻网"),
])
def test_channel_labels_and_a_brand_before_its_site(line, site):
    assert site_from_logo(line)[0] == site


def test_breadcrumb_channel_under_a_brand_and_site_row():
    m = _meta(("navigation", "某城融媒 · 某城新闻网"), ("navigation", "首页 | 本地 | 图片 | 视频"),
              ("navigation", "图片频道 > 本地图片"))
    assert m.site == "某城新闻网"


def test_college_name_over_its_menu_and_in_its_copyright_outranks_a_column_label():
    """A college's name over its nav bar (学校首页 | …) and in its © row is the site; the column's label under the menu
    (校园新闻) is a section, and the generic word before 首页 names no site."""
    m = _meta(("navigation", "某某职业技术学院"), ("navigation", "学校首页 | 学院概况 | 机构设置 | 信息公开"),
              ("navigation", "校园新闻"), ("site_footer", "Copyright © 某某职业技术学院 皖ICP备00000000号"))
    assert m.site == "某某职业技术学院"


@pytest.mark.parametrize("row", ["学校首页 | 学院概况 | 信息公开", "公司首页 | 关于我们 | 联系我们"])
def test_generic_kind_before_home_names_no_site(row):
    assert _meta(("navigation", row)).site is None


@pytest.mark.parametrize("line, site", [
    # an ASP CMS's breadcrumb: its location label, then the site's name at its root
    ("您现在的位置： 江城市总工会 >> 新闻中心 >> 工会要闻 >> 正文", "江城市总工会"),
    ("当前位置：江城工会网 > 基层动态", "江城工会网"),
    # … but the root is the home link's word, which names no site, under a label as without one
    ("当前位置：首页 > 工会要闻", None),
    ("您的位置：网站首页 >> 通知公告", None),
])
def test_a_breadcrumbs_root_after_its_location_label(line, site):
    assert site_from_logo(line)[0] == site


def test_a_menu_saved_one_item_a_line_names_no_site():
    """A nav bar a scraper wrote one link a line (首页 / 工会动态 / 产业工会 …): a channel ending like a site's name
    (产业工会) is an item of it, not the logo; the footer's holder names the site."""
    menu = [("navigation", x) for x in ("首页", "工会动态", "市县动态", "产业工会", "劳模工匠")]
    footer = ("site_footer", "某某省总工会 版权所有  地址：某某市某某大道1号")
    assert _meta(*menu, footer).site == "某某省总工会"
    # the same name on a row of its own, not under the home link's run of lines, is still a logo
    assert _meta(("navigation", "产业工会"), ("navigation", "首页 工会动态 市县动态"), footer).site == "产业工会"


_MIRROR_HEAD = (("navigation", "某某文摘 - 精选公众号文章阅读"), ("page_header", "原创 某某 某某区工会 2024-05-06 09:30 发表于江苏"))


@pytest.mark.parametrize("pieces, site", [
    # an aggregator's mirror of a WeChat post: its note names it as the collector, its logo names it too; the
    # account the post's header row names is the source, not the site
    ((*_MIRROR_HEAD, ("social_links", "本文由某某文摘收录自微信公众号“某某区工会”，仅供阅读，版权归原作者所有。"),
      ("site_footer", "某某文摘 © 2024 苏ICP备20001234号-1")), "某某文摘"),
    # look-alikes: the collector named by the note alone (no other row shows the name), or a note naming no one
    ((("page_header", "原创 某某 某某区工会 2024-05-06 09:30 发表于江苏"),
      ("social_links", "本文由某某文摘收录自微信公众号“某某区工会”，仅供阅读。")), "某某区工会"),
    ((*_MIRROR_HEAD, ("social_links", "本文由本站收录自微信公众号“某某区工会”，仅供阅读。")), "某某区工会"),
])
def test_aggregator_naming_itself_the_collector_is_the_site(pieces, site):
    m = _meta(*pieces)
    assert (m.site, m.source) == (site, "某某区工会")


@pytest.mark.parametrize("line, site", [
    # a site ending in 网, then a tagline of a few words after a dash
    ("某某资讯网 - 两岸新闻 即时更新", "某某资讯网"),
    ("某某資訊網 - 兩岸新聞 即時更新", "某某資訊網"),
    # an outlet whose name ends in no 网 before a dash: the site may be what follows (某某日报 - 某某网)
    ("某某日报 - 某某网", None),
])
def test_logo_line_with_a_dashed_tagline(line, site):
    assert site_from_logo(line)[0] == site


def test_tieba_bar_head_names_the_bar():
    """A Tieba page's head, the bar's name over or beside its counts, names the bar as the site."""
    rows = [Removal("forum_chrome", "百度贴吧", 1), Removal("forum_chrome", "某某旗吧　关注：1,234　贴子：56,789", 2),
            Removal("forum_chrome", "看贴　图片　精品　视频", 3)]
    assert extract_meta(Article(id="t", title="标题", body=["正文。"], removed=rows)).site == "某某旗吧"
    rows = [Removal("forum_chrome", "某某县吧", 1), Removal("forum_chrome", "关注：1,234 贴子：56,789", 2)]
    assert extract_meta(Article(id="t", title="标题", body=["正文。"], removed=rows)).site == "某某县吧"
    rows = [Removal("forum_chrome", "加油吧", 1), Removal("forum_chrome", "看贴　图片", 2)]
    assert extract_meta(Article(id="t", title="标题", body=["正文。"], removed=rows)).site is None


@pytest.mark.parametrize("line, site", [
    # a portal's top strip: its sponsor line run into the strip's links names the sponsor, not the site
    ("滨江区总工会主办返回首页 | 专题专栏 | 职工登录", None),
    ("某某日报社承办 | 网站地图", None),
    # … while a logo followed by its sponsor after a dash names the site
    ("滨江工会网 - 滨江区总工会主办", "滨江工会网"),
])
def test_a_sponsor_line_names_no_site(line, site):
    assert site_from_logo(line)[0] == site
