"""Page metadata from removed header, byline, credit, editor and footer pieces."""

from __future__ import annotations

import pytest

from unionkit.extract.meta import (
    extract_meta,
    labelled_fields,
    name_list,
    normalise_line,
    parse_byline,
    parse_views,
    site_from_footer,
    site_from_logo,
    site_from_header,
    site_from_sponsor,
    site_from_suffix,
)
from unionkit.record import Article, Meta, Removal
from meta_pieces import meta_of  # noqa: E402 - tests/ is on sys.path

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
    # an app's meta row run together: the count's label right after the time
    ("2024-06-21 16:02阅读 1.2万", {"views": "1.2万"}),
    ("责编：陈晨", {"editor": "陈晨"}),
    ("文章来源：市总工会 发布人：admin 字号：大 中 小", {"source": "市总工会"}),
    # 来源于 (an aggregator's header) and 发布单位 (the department a union portal posts for) name the source
    ("来源于:黔东南日报  发布者:admin  发布时间:2022年7月25日", {"source": "黔东南日报", "published": "2022年7月25日"}),
    ("发布时间：2024.07.15　发布单位：市总工会权益保障部　阅读：3,412",
     {"published": "2024.07.15", "source": "市总工会权益保障部", "views": "3,412"}),
    ("【發布單位:某市總工會】", {"source": "某市總工會"}),
    # visits (人次) are views
    ("瀏覽人次：856", {"views": "856"}),
    ("浏览人次 1,024", {"views": "1,024"}),
    # a WeChat repost card bars the label from its value
    ("来源 | 泰州日报", {"source": "泰州日报"}),
    ("作者 | 沈一鸣", {"author": "沈一鸣"}),
    # an e-paper's article table: 字数 ends the correspondent's name
    ("版次:05 版名:地方新闻 作者:本报记者 谭笑天 本报通讯员 易志平 字数:1,206",
     {"author": "谭笑天", "reporter": "谭笑天", "correspondent": "易志平"}),
    # a reprint names where it was taken from (转载自 / 本文转自 / traditional 轉載自); its own time label stays a time
    ("转载时间：2024-05-09 11:20　转载自：某某日报　浏览：583",
     {"published": "2024-05-09 11:20", "source": "某某日报", "views": "583"}),
    ("本文转自：某某工会网", {"source": "某某工会网"}),
    ("轉載自：某某日報", {"source": "某某日報"}),
    ("该文被多家媒体转载自上周发布以来广受关注", {}),  # the words inside a sentence, no label
    # a mobile page's row of a byline and a count, each part read alone
    ("记者:某晓东 阅读 2315", {"reporter": "某晓东", "views": "2315"}),
    # the row's stamp run onto the last value (a text save drops the gap between the cells); a year inside a name stays
    ("来源：某某日报作者：张晓东2024-01-22 07:18", {"source": "某某日报", "author": "张晓东"}),
    ("记者：某思琪2024-03-05", {"reporter": "某思琪"}),
    ("来源：某某2024年度报告", {"source": "某某2024年度报告"}),
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


def test_a_spaced_label_opening_its_row_is_closed_up():
    # an info box saved as text: the padded label and its value on one line, no colon
    assert normalise_line("作\u3000\u3000者 李某某") == "作者 李某某"
    assert normalise_line("点 击 数 1326") == "点击数 1326"
    assert normalise_line("王 刚 说了几句") == "王 刚 说了几句"  # spaced words that are no label stay


def test_pinyin_readings_are_dropped():
    assert normalise_line("廣元工會網(wǎng) 來源:系統(tǒng)管理") == "廣元工會網 來源:系統管理"
    assert normalise_line("dongzi (UID) COP15(x)") == "dongzi (UID) COP15(x)"


BYLINES = [
    ("□记者 王刚", {"reporter": "王刚"}),
    ("本报讯(记者 张三 李四)", {"reporter": "张三 李四"}),  # several reporters: kept as written, space-separated
    ("本报讯（记者 张三 通讯员 李四）", {"reporter": "张三"}),  # a correspondent after a staff reporter: no author
    ("通讯员 李四 记者 张三", {"reporter": "张三", "author": "李四"}),  # the correspondent named first signs it
    ("作者：记者 俞佳怡 通讯员 孙浩然", {"reporter": "俞佳怡"}),
    ("作者：记者 俞佳怡 实习生 孙浩然", {"reporter": "俞佳怡"}),  # an intern contributes as a correspondent does
    ("新华社北京4月28日电(记者 赵六)", {"reporter": "赵六"}),
    ("本報記者 陳明", {"reporter": "陳明"}),
    ("记者王刚摄", {"credit": "记者王刚摄"}),  # a photo credit: the photographer is not the reporter
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
    # an edition or a print view after the name, as a segment of its own or glued on
    (" - 某某网 - 打印页面", "某某网"),
    ("-某某网手机版", "某某网"),
    ("_某某工会 - 手机版", "某某工会"),
])
def test_site_from_title_suffix(suffix, site):
    assert site_from_suffix(suffix) == site


@pytest.mark.parametrize("line,site", [
    ("欢迎访问某某县人民政府门户网站", "某某县人民政府门户网站"),  # a top bar's greeting before the name
    ("歡迎光臨某某工會網", "某某工會網"),
    ("欢迎您", None),  # a greeting alone names no site
])
def test_site_greeting_glued_before_the_name(line, site):
    assert site_from_logo(line)[0] == site


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
    # a licence number after the copyright years is no name
    ("马鞍山职工之家论坛  Copyright 2008-2024  皖ICP备09001234号", None),
    ("Copyright © 2024 粤公网安备44010602000000号", None),
    # an aggregator's one-line footer: the name before ©, never the link words after 版权所有
    ("每日頭條 © 2024 版權所有 關於我們 | 聯絡我們 | 免責聲明", "每日頭條"),
    ("每日头条 © 2024 版权所有", "每日头条"),
    ("某某资讯 © 2019-2024 版权所有 联系我们", "某某资讯"),
    # link words alone are no holder
    ("© 2024 版权所有 关于我们 | 联系我们", None),
    ("Copyright © 2024 版权所有", None),
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


def test_placeholder_source_is_no_source():
    """A CMS's unfilled source field (来源:未知, "unknown") names no outlet; the author beside it stays."""
    m = extract_meta(_article(Removal("page_header", "时间:2021-03-02 09:15 来源:未知 作者:zhangsan 点击: 12 次", 2)))
    assert (m.source, m.author) == (None, "zhangsan")
    assert extract_meta(_article(Removal("page_header", "来源:未知网 2021-03-02", 2))).source == "未知网"


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
    # a status line of its own (当前离线) names no one: the profile block's first line is the poster
    a = _article(Removal("user_profile", "江城骑士阿飞", 7), Removal("user_profile", "当前离线", 8),
                 Removal("user_profile", "积分 1288", 9))
    assert extract_meta(a).author == "江城骑士阿飞"


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
    # the value's bracket closes on the name: a token after it is outside (a jammer string left on the line)
    ("王刚) mksw", "王刚"),
    ("张三 李四）", "张三 李四"),
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


# --- layouts of unseen sites (table-driven) ---------------------------------------------

MORE_BYLINES = [
    ("本报讯(记者 王刚)", {"reporter": "王刚"}),
    ("本报讯（记者 张三 李四 通讯员 王五）", {"reporter": "张三 李四"}),
    ("新华社北京4月28日电（记者 刘洋、陈静）", {"reporter": "刘洋、陈静"}),  # a 、-list stays as written
    ("新华社上海5月1日电(记者 孙晓)", {"reporter": "孙晓"}),
    ("中新网6月3日电 (记者 孙晓)", {"reporter": "孙晓"}),
    ("（通讯员 张晓红 记者 李明）", {"reporter": "李明", "author": "张晓红"}),
    ("通讯员 张晓红", {"author": "张晓红"}),
    # text and photos by X: the author (three independent golds); a reporter is named by a 记者 role
    ("文/图 陈静", {"author": "陈静"}), ("（文/圖：洪曉燕）", {"author": "洪曉燕"}),
    ("图/文 陈静", {"author": "陈静"}),
    ("文/刘洋", {"author": "刘洋"}),
    ("文｜刘洋", {"author": "刘洋"}),
    ("本報記者 陳明", {"reporter": "陳明"}),
    ("（新华社记者 李明 摄）", {"credit": "新华社记者 李明 摄"}),  # a photographer, not the reporter
    ("（摄影 王刚）", {"credit": "摄影 王刚"}),
    ("作者：本报记者 陈立", {"reporter": "陈立", "author": "陈立"}),  # a staff reporter signs as author
]


@pytest.mark.parametrize("text,expected", MORE_BYLINES)
def test_more_bylines(text, expected):
    assert parse_byline(text) == expected


_meta = meta_of  # (tests/meta_pieces.py: an article built from removed pieces)


HEADER_BYLINES = [
    # outlet-prefixed reporter rows above the title
    ([("navigation", "澎湃新闻记者 钱思雨")], {"reporter": "钱思雨"}),
    ([("page_header", "本报记者 刘畅")], {"reporter": "刘畅"}),
    ([("page_header", "版次：03  作者：本报记者 陈立  2024年03月15日")], {"author": "陈立", "reporter": "陈立"}),
    # a photo credit's 记者 never displaces the dateline's
    ([("dateline", "新华社北京9月1日电（记者 王思远）"), ("credit", "新华社记者 张涛 摄")], {"reporter": "王思远"}),
    ([("credit", "新华社记者 张涛 摄"), ("dateline", "新华社北京9月1日电（记者 王思远）")], {"reporter": "王思远"}),
    # WeChat 原创 row: author and account
    ([("page_header", "原创 张晓红 江城工会 2024-07-15 20:30 发表于湖北")], {"author": "张晓红", "site": "江城工会"}),
    # ... its date on the next line alone, as a browser's text save of the page puts it; not a line further down
    ([("navigation", "原创 张晓红 江城工会"), ("page_header", "2024-07-15 20:30 湖北")],
     {"author": "张晓红", "site": "江城工会"}),
    ([("navigation", "原创 张晓红 江城工会"), ("social_links", "点击蓝字 关注我们"), ("page_header", "2024-07-15 20:30")],
     {"author": None, "site": None}),
    # ... its row before 2018, the date first and the account named twice; the 原创 badge is no outlet
    ([("page_header", "原创 2017-01-16 张晓红 江城区总工会 江城区总工会")],
     {"author": "张晓红", "site": "江城区总工会", "source": None}),
    # app copy: the outlet is the source; self-media: the account is the author
    ([("page_header", "江城晚报 2024-01-08 06:50")], {"source": "江城晚报"}),
    ([("page_header", "某某区总工会 作者：张三 李四 2024-03-08 09:15")], {"source": "某某区总工会", "author": "张三 李四"}),
    ([("navigation", "工人视界"), ("page_header", "2024-05-01 09:12 · 优质社会领域创作者")], {"author": "工人视界"}),
    # a bare account line just above the date line (even below a menu, with a tagline glued after the time)
    ([("navigation", "首页"), ("navigation", "/"), ("navigation", "社会"), ("page_header", "工友视点"),
      ("page_header", "2024-05-01 10:25·湖南")], {"author": "工友视点"}),
    ([("page_header", "江北融媒"), ("page_header", "2024-02-20 15:33重庆优质时政领域创作者")], {"author": "江北融媒"}),
    # ... a paper's name there is the source, not the author; a site's name is neither
    ([("page_header", "大众日报"), ("page_header", "2024-09-10 11:02")], {"source": "大众日报", "author": None}),
    ([("page_header", "江城新闻网"), ("page_header", "2024-09-10 11:02")], {"source": None, "author": None}),
    ([("page_header", "2023年11月2日"), ("page_header", "2023-11-02")], {"author": None}),
    # WeChat without 原创: the account shown twice, then the date
    ([("page_header", "广东工会 广东工会 2024年10月12日 07:30 广东")], {"site": "广东工会", "author": None}),
    ([("page_header", "广东工会 江城工会 2024年10月12日 07:30")], {"site": None}),
    # 作者：记者 X 通讯员 Y: the reporter is X, the correspondent Y signs as the author
    ([("page_header", "2024年3月18日 09:30　来源：闽东日报　作者：记者 吴婷 通讯员 郑华")],
     {"reporter": "吴婷", "author": None, "source": "闽东日报"}),
    ([("page_header", "作者：张三 通讯员 李四")], {"author": "张三"}),
    # a transliterated name keeps its middle dot, and the list goes on after it
    ([("dateline", "新华社乌鲁木齐12月28日电（记者 艾力·买买提、杨柳）")], {"reporter": "艾力·买买提、杨柳"}),
    ([("byline", "通讯员 阿依古丽·吐尔逊")], {"author": "阿依古丽·吐尔逊"}),
    # 作者：记者 X 通讯员 Y (header or e-paper table): the staff reporter's piece, no author
    ([("byline", "作者：记者 俞佳怡 通讯员 孙浩然")], {"reporter": "俞佳怡", "author": None}),
    ([("page_header", "版次:05 版名:地方新闻 作者:本报记者 谭笑天 本报通讯员 易志平 字数:1,206")],
     {"reporter": "谭笑天", "author": None}),
    ([("page_header", "2024-05-08 10:12:01 来源: 大众日报 作者: 记者 李文强 通讯员 牟丽君")],
     {"reporter": "李文强", "author": None, "source": "大众日报"}),
    ([("byline", "文/图 本报记者 郑雅婷 通讯员 邱明辉")], {"reporter": "郑雅婷", "author": None}),
    # ... an intern (实习生) likewise: neither a reporter nor the author
    ([("page_header", "2024-05-08 10:12 来源：某某日报 作者：记者 李文强 实习生 牟丽君")],
     {"reporter": "李文强", "author": None, "source": "某某日报"}),
    # a photo credit names the photographer, not the reporter
    ([("credit", "记者 龙海燕 摄")], {"reporter": None, "credit": "记者 龙海燕 摄"}),
    # WeChat's top row with the poster's province: the account is the site, not the source
    ([("page_header", "秦都工会 2024-06-12 08:00 陕西")], {"site": "秦都工会", "source": None, "author": None}),
    ([("page_header", "泰州工会 2024年09月03日 18:30 江苏"), ("byline", "作者 | 沈一鸣"),
      ("page_header", "来源 | 泰州日报")], {"site": "泰州工会", "source": "泰州日报", "author": "沈一鸣"}),
    # ... without the province it stays an app copy's outlet
    ([("page_header", "江城晚报 2024-01-08 06:50")], {"source": "江城晚报", "site": None}),
]


@pytest.mark.parametrize("pieces,expected", HEADER_BYLINES)
def test_header_bylines(pieces, expected):
    m = vars(_meta(*pieces))
    assert {k: m[k] for k in expected} == expected


EDITORS = [
    ("责任编辑：朱晶晶", "朱晶晶"),
    ("(责任编辑:焦点)", "焦点"),
    ("【责任编辑:郭梦】", "郭梦"),
    ("【纠错】 【责任编辑：张晓燕】", "张晓燕"),
    ("(责编：王伟、李娜)", "王伟、李娜"),  # two editors, as written
    ("责编 陈晨", "陈晨"),
    ("本版编辑:许诺", "许诺"),  # an e-paper page's editor
    ("本版责编：赵一鸣", "赵一鸣"),
    ("责任编辑：黄一帆 美编：林可 校对：王晓蕾", "黄一帆"),  # the art editor is not the editor
    ("编辑：周婷  审核：胡斌", "周婷"),  # the reviewer is not the editor
    ("责任编辑：吴佳 图片编辑：蒋立冬", "吴佳"),  # nor the picture editor
    ("责任编辑：李四_NBJ11823", "李四"),  # a portal's staff code dropped
    ("責任編輯：陳大文", "陳大文"),
    ("編輯：黃小明 審校：林一", "黃小明"),
    ("【编辑:王敏】", "王敏"),
]


@pytest.mark.parametrize("line,editor", EDITORS)
def test_editors(line, editor):
    assert _meta(("editor_line", line)).editor == editor


# Decision: a view count is an integer; 万/萬/w multiply by 10,000 (阅读 1.2万 → 12000), thousands
# separators are dropped, and the count is read only from the page header (a 阅读 widget after the
# article is not taken: widget rows there also hold 阅读原文, 阅读排行 …).
VIEWS = [
    ("点击:31次", 31), ("點擊量：2286", 2286), ("浏览次数：1,256", 1256), ("阅读 1.2万", 12000),
    ("閱讀 3.5萬", 35000), ("阅读量：10w", 100000), ("人气：88", 88), ("點閱次數：523", 523),
    ("查看: 1562|回复: 12", 1562), ("阅读次数：2041", 2041), ("浏览：317", 317), ("访问量 (99)", 99),
    # the count boxed in square brackets, spaces inside
    ("发布时间：2024-04-15 作者：职工服务中心 阅读次数：[ 211 ]", 211), ("点击：【1,024】 来源：本站", 1024),
    # a portal's 点击率 (a count, despite the name); the count in brackets glued to its label
    ("作者：长汀县总工会　发布日期：2024-09-14　点击率：446", 446), ("2024-07-11 08:05　來源：荊州市總工會　閱讀(96)", 96),
]


@pytest.mark.parametrize("line,n", VIEWS)
def test_views_in_header_rows(line, n):
    assert _meta(("page_header", line)).views == n


def test_source_without_its_bracketed_link():
    """A source name followed by its site's address in brackets: the name alone; the address is the url."""
    m = _meta(("page_header", "来源：包河区总工会(http://www.hfbhgh.org.cn/) 发布时间：2024-07-05 11:20"))
    assert (m.source, m.url) == ("包河区总工会", "http://www.hfbhgh.org.cn/")
    assert _meta(("page_header", "来源：工人日报（www.workercn.cn）")).source == "工人日报"
    assert _meta(("page_header", "来源：www.workercn.cn")).source == "www.workercn.cn"  # a bare address: not cut


SITES = [
    # logo rows, both scripts, with an acronym or an edition word
    ([("navigation", "江南省总工会"), ("navigation", "首页 | 机构概况")], "江南省总工会"),
    ([("navigation", "香港職工會聯盟 HKCTU")], "香港職工會聯盟"),
    ([("navigation", "全國產業總工會")], "全國產業總工會"),
    ([("navigation", "工人日报 电子版")], "工人日报"),
    # first item of a nav bar or breadcrumb; "X首页" names X
    ([("navigation", "新华网 | 首页 | 时政 | 地方")], "新华网"),
    ([("navigation", "中工网 > 工会 > 工会动态")], "中工网"),
    ([("navigation", "网易首页 > 网易号 > 正文")], "网易"),
    ([("navigation", "人民网首页")], "人民网"),
    # a site name glued to the header fields after a pinyin reading was cut out
    ([("page_header", "某市工會網發布時間：2023-10-10 來源：市總工會")], "某市工會網"),
    # the browser-title row filed as navigation
    ([("navigation", "劳模工匠进校园 播撒劳动种子_工会动态_某市工会网")], "某市工会网"),
    # footers, both scripts
    ([("site_footer", "版權所有 © 香港工會聯合會")], "香港工會聯合會"),
    ([("site_footer", "主办:廣元工會網版權所有")], "廣元工會網"),
    ([("site_footer", "新华网版权所有")], "新华网"),
    # a logo row with a tagline after a middle dot wins over the footer's company name
    ([("navigation", "华远能源集团工会 · 职工之家"), ("site_footer", "版权所有：华远能源集团有限公司　技术支持：信息中心")],
     "华远能源集团工会"),
    # a logo row wins over the footer's company name
    ([("navigation", "华能装备集团工会"), ("site_footer", "版权所有：华能装备集团有限公司工会  技术支持：信息中心")],
     "华能装备集团工会"),
]


@pytest.mark.parametrize("pieces,site", SITES)
def test_site_names(pieces, site):
    assert _meta(*pieces, title="劳模工匠进校园 播撒劳动种子").site == site


@pytest.mark.parametrize("pieces", [
    [("navigation", "工会动态")],                      # a channel label
    [("navigation", "职工之家论坛 › 工会园地 › 职工书屋")],  # a forum's name
    [("navigation", "论坛首页 » 本地新闻 » 工会动态")],
    [("navigation", "首页 > 通知公告")],
    [("navigation", "登录 | 注册 | 手机版 | 无障碍")],
    [("navigation", "澎湃新闻记者 钱思雨")],
    [("site_footer", "澎湃新闻，未经授权不得转载")],
    [("navigation", "工会动态 · 基层风采")],  # a section with a tagline
])
def test_no_site_name(pieces):
    assert _meta(*pieces).site is None


def test_epaper_names_its_own_source():
    m = _meta(("navigation", "工人日报 电子版"), ("page_header", "2024年03月15日 星期五"), ("page_header", "第03版：要闻"))
    assert (m.site, m.source, m.published) == ("工人日报", "工人日报", "2024-03-15")


def test_bare_date_found_below_a_long_menu_and_menu_words_are_no_site():
    """A bare date line counts among the first header lines once the menus are set aside; a menu
    item that is only a site ending (工会, 新闻) names no site."""
    from unionkit.clean import clean_text
    from unionkit.extract import extract

    menu = "首页 新闻 工会 职工 维权 帮扶 文体 视频 图片 专题 论坛 服务 本地".split()
    page = "\n".join([*menu, "街道工会联合会成立 新就业群体有了“娘家”", "2024-05-11 来源：滨湖区总工会",
                      "  近日，滨湖街道工会联合会正式成立，辖区内快递员、外卖骑手等新就业形态劳动者有了自己的“娘家”。"])
    meta = extract(clean_text(page)).meta
    assert meta.published == "2024-05-11" and meta.source == "滨湖区总工会"
    assert meta.site is None


def test_meta_drops_only_the_readings_the_cleaner_drops():
    """A tone-marked bracket that is not a reading of the character before it stays (as in clean)."""
    from unionkit.extract.meta import normalise_line

    assert normalise_line("來源:廣元工會網(wǎng)") == "來源:廣元工會網"
    assert normalise_line("责任编辑:张晓(chuàng)红") == "责任编辑:张晓(chuàng)红"


def test_reading_pre_test_stays_in_step_with_the_cleaner():
    """normalise_line skips the cleaner's pinyin reader on lines its pre-test rejects: the pre-test must be
    the cleaner's own pattern without the lookbehind, so it matches wherever a reading can."""
    from unionkit.clean.pinyin import _ANNOTATION
    from unionkit.extract.meta.base import _MAYBE_READING

    assert _ANNOTATION.pattern.endswith(_MAYBE_READING.pattern)
    assert normalise_line("網(wǎng)站") == "網站"
    assert normalise_line("作者(UID)") == "作者(UID)"


# Third batch of unseen pages.
def test_self_media_date_badge_filed_as_navigation_is_the_date_line():
    m = _meta(("navigation", "樊城发布"), ("navigation", "2024-03-07 16:45 · 湖北 · 樊城区融媒体中心官方头条号"))
    assert m.published == "2024-03-07T16:45"
    assert _meta(("navigation", "首页 > 2024年专题 · 工会动态")).published is None



_MENU_A_LINK_A_LINE = (("navigation", "首页"), ("navigation", "新闻"), ("navigation", "视频"), ("navigation", "直播"))


@pytest.mark.parametrize("row, source", [
    # an outlet's stamp row under the headline, below a menu a text save keeps a link a line
    ("某某日报 2024-06-12 10:35 阅读 12843", "某某日报"),
    ("某某日报2024-06-14 10:20阅读 2.3万", "某某日报"),
    ("某某市总工会 2025-03-14 09:12", "某某市总工会"),
    # look-alikes: a bare count after a date with no time (a post's row), a place after the time, a Q&A's row
    ("某某老表 2024-6-3 1286", None),
    ("某某e点 2024/3/7 18:25 山东", None),
    ("匿名用户 2024-02-21 提问", None),
])
def test_outlet_stamp_row_below_a_long_menu_names_the_source(row, source):
    assert _meta(*_MENU_A_LINK_A_LINE, ("page_header", row)).source == source

@pytest.mark.parametrize("row, published", [
    # an e-paper's issue bar filed as navigation for its links: the issue's date, before or after them
    ("2024年05月16日 星期四 上一期 | 下一期 | 往期回顾 | PDF下载", "2024-05-16"),
    ("首页 | 某某网 | 往期回顾 | 2024年07月05日 星期五", "2024-07-05"),
    # look-alikes: a portal's menu bar with the day's date, a menu naming a year
    ("首页 | 新闻 | 2024年05月16日 星期四", None),
    ("首页 | 2024年专题 | 上一页", None),
])
def test_epaper_issue_bar_filed_as_navigation_dates_the_issue(row, published):
    assert _meta(("navigation", row), ("navigation", "版面导航")).published == published

@pytest.mark.parametrize("line,source", [
    ("2024年07月19日 09:46 潍坊日报", "潍坊日报"),   # a portal copy names the paper it reprints after the date
    ("2024-07-19 09:46 江城新闻网", "江城新闻网"),
    ("2024年12月03日 星期二", None),                 # a weekday is no outlet
    ("2024年07月19日 09:46 潍坊", None),             # a bare place is no outlet
])
def test_unlabelled_outlet_after_the_date(line, source):
    assert _meta(("navigation", "新浪新闻 > 山东 > 正文"), ("page_header", line)).source == source


def test_reporter_stops_at_the_next_staff_role_with_its_paper_word():
    assert parse_byline("本报记者\u3000邹倩\u3000本报通讯员\u3000熊敏")["reporter"] == "邹倩"
    assert parse_byline("本報記者 陳明 本報通訊員 李華")["reporter"] == "陳明"


def test_site_before_its_sponsor():
    assert _meta(("navigation", "山西工会网 - 山西省总工会主办"),
                 ("site_footer", "版权所有:山西省总工会 地址:太原市")).site == "山西工会网"


def test_header_short_name_spelled_out_by_the_copyright_holder():
    footer = ("site_footer", "版权所有:中国石化镇海炼化分公司 地址:宁波市镇海区")
    assert _meta(("navigation", "镇海炼化 | 新闻中心"), footer).site == "镇海炼化"
    # a nav first item the holder does not contain is no site: the holder stays
    assert _meta(("navigation", "新闻中心 | 基层动态"), footer).site == "中国石化镇海炼化分公司"


def test_logo_short_name_spelled_out_by_the_footer_sponsor():
    """A magazine's logo alone (职工文摘) over a footer naming its publisher as sponsor (主办:职工文摘杂志社): the
    site calls itself by the short name; a logo the sponsor does not contain stays no site."""
    footer = ("site_footer", "主管:某省总工会 主办:职工文摘杂志社 地址:某市某路1号 某ICP备01234567号")
    assert _meta(("navigation", "职工文摘"), ("navigation", "首页 | 本刊简介 | 联系我们"), footer).site == "职工文摘"
    assert _meta(("navigation", "读者园地"), ("navigation", "首页 | 本刊简介 | 联系我们"), footer).site is None


def test_thread_starter_line_names_the_author():
    m = _meta(("forum_chrome", "楼主:顺庆扫街人 时间:2024-01-16 21:33:05"),
              ("forum_chrome", "作者:南充小吃货 时间:2024-01-16 22:10:41"))
    assert m.author == "顺庆扫街人"
    assert _meta(("forum_chrome", "楼主 电梯直达"), ("forum_chrome", "只看楼主 倒序阅读")).author is None


def test_staff_code_token_after_an_editor_name():
    from unionkit.extract.meta import name_list

    assert name_list("黎静 ZB026") == "黎静"
    assert _meta(("editor_line", "（责任编辑：黎静 ZB026）")).editor == "黎静"
    # a Latin user name alone is kept
    assert name_list("dongzi88") == "dongzi88"


def test_labelled_page_link_beats_a_domain_in_the_nav_row():
    m = _meta(("navigation", "鹏城职工网 | www.example.cn"), ("page_header", "2024-05-08 10:30:26 来源:南山区总工会"),
              ("page_header", "本文链接:http://www.example.cn/a/202405/t1.html"))
    assert m.url == "http://www.example.cn/a/202405/t1.html"
    assert _meta(("navigation", "鹏城职工网 | www.example.cn")).url == "www.example.cn"


def test_report_button_is_no_site_and_a_platform_logo_is():
    assert _meta(("navigation", "首页 / 内蒙古 / 正文"), ("navigation", "举报")).site is None
    m = _meta(("navigation", "微博"), ("navigation", "首页 热门 视频 发现 消息"), ("navigation", "秦淮工会"))
    assert m.site == "微博"


def test_boxed_labels_and_barred_values():
    """A portal boxes its labels (【发布时间】…); a WeChat tail bars the label from the value (来源｜X)."""
    assert labelled_fields("【发布单位】市总工会保障部　【发布时间】2024-02-27　【浏览次数】3105") == [
        ("source", "市总工会保障部"), ("published", "2024-02-27"), ("views", "3105")]
    assert labelled_fields("来源｜美兰工会") == [("source", "美兰工会")]
    assert labelled_fields("责编丨孙悦") == [("editor", "孙悦")]
    # (the vertical forms of the bar set a label off as well)
    assert labelled_fields("来源︱某某日报") == [("source", "某某日报")] and labelled_fields("编辑∣张某某") == [("editor", "张某某")]
    assert labelled_fields("【打印本页】【关闭窗口】") == [] and labelled_fields("以下文章来源于美兰工会") == []
    a = Article(id="t", title="t", body=["正文。"], removed=[
        Removal("page_header", "【发布单位】市总工会保障部　【发布时间】2024-02-27　【浏览次数】3105", 4),
        Removal("editor_line", "责编丨孙悦", 9)])
    m = extract_meta(a)
    assert (m.published, m.source, m.views, m.editor) == ("2024-02-27", "市总工会保障部", 3105, "孙悦")


def test_wechat_top_line_with_posted_in_and_repost_card():
    a = Article(id="t", title="t", body=["正文。"], removed=[
        Removal("page_header", "海南职工之家 2024年09月10日 21:05 发表于海南", 2),
        Removal("page_header", "以下文章来源于美兰工会 ，作者美兰区总工会", 3)])
    m = extract_meta(a)
    assert (m.site, m.source, m.author, m.published) == ("海南职工之家", "美兰工会", "美兰区总工会", "2024-09-10T21:05")
    shared = Article(id="t", title="t", body=["正文。"], removed=[
        Removal("social_links", "以下文章来源于美兰工会 ，作者美兰区总工会", 3)])  # filed with the share bar
    assert (extract_meta(shared).source, extract_meta(shared).author) == ("美兰工会", "美兰区总工会")
    card_only = Article(id="t", title="t", body=["正文。"], removed=[Removal("page_header", "以下文章来源于泰州工会", 2)])
    assert (extract_meta(card_only).source, extract_meta(card_only).site) == ("泰州工会", None)


def test_creator_page_date_posted_in_and_digital_paper_logo():
    a = Article(id="t", title="t", body=["正文。"], removed=[
        Removal("navigation", "腾讯新闻", 1), Removal("navigation", "河东职工", 4),
        Removal("navigation", "2024-03-29 11:06发布于山西河东职工官方账号", 5)])
    m = extract_meta(a)
    assert (m.published, m.author) == ("2024-03-29T11:06", "河东职工")
    e = Article(id="t", title="t", body=["正文。"], removed=[
        Removal("navigation", "职工日报 数字报刊", 1), Removal("site_footer", "职工日报社版权所有　未经许可不得转载", 30)])
    assert extract_meta(e).site == "职工日报"


def test_bracketed_page_button_is_no_signer():
    assert parse_byline("[关闭本页]") == {} and parse_byline("【打印本页】") == {} and parse_byline("【返回顶部】") == {}
    assert parse_byline("（市总工会办公室）") == {"author": "市总工会办公室"}


@pytest.mark.parametrize("line, source", [
    ("安吉县融媒体中心 2024-06-21 16:02 阅读 1.2万", "安吉县融媒体中心"),  # outlet, date, a view count
    ("安吉县融媒体中心2024-06-21 16:02阅读 1.2万", "安吉县融媒体中心"),  # run together (HTML spans)
    ("原创2024-01-12 16:40·红山区融媒体中心", None),  # a badge run into the date is no outlet
    ("时间 2024-06-21 16:02 阅读 88", None),  # a label is no outlet
])
def test_outlet_before_the_date(line, source):
    assert extract_meta(_article(Removal("page_header", line, 2))).source == source


def test_wechat_view_count_line_under_the_article():
    a = _article(Removal("social_links", "阅读 3265", 30), Removal("social_links", "分享 收藏 点赞 在看", 31))
    assert extract_meta(a).views == 3265
    # the row with the other counts after it, and a self-media app's count written before its label
    assert extract_meta(_article(Removal("social_links", "阅读 892　赞 24　在看 5", 30))).views == 892
    assert extract_meta(_article(Removal("page_header", "1206阅读", 30))).views == 1206
    assert extract_meta(_article(Removal("page_header", "3.2万次浏览", 30))).views == 32000
    assert extract_meta(_article(Removal("social_links", "赞 24", 30))).views is None
    assert extract_meta(_article(Removal("social_links", "阅读原文", 30))).views is None


def test_blog_bar_of_parenthesised_counts():
    bar = "阅读(128)┊ 评论 (2)┊ 收藏(0) ┊转载(1) ┊ 喜欢▼ ┊打印┊举报"
    assert extract_meta(_article(Removal("site_footer", bar, 40))).views == 128
    assert extract_meta(_article(Removal("site_footer", "阅读（1,024） | 评论（0）", 40))).views == 1024
    # look-alikes: the reading count with no comment count after it, or another count first
    assert extract_meta(_article(Removal("site_footer", "阅读(128) 分享到微博", 40))).views is None
    assert extract_meta(_article(Removal("site_footer", "评论 (2)┊ 阅读(128)", 40))).views is None


def test_epaper_citation_line_names_the_source():
    a = _article(Removal("page_header", "《工人日报》（2024年08月05日 03版）", 12))
    assert extract_meta(a).source == "工人日报"
    assert extract_meta(_article(Removal("related_links", "《工会法》(2021年修正版)解读", 12))).source is None
    # an e-paper dump's edition line with the paper inside the brackets
    assert extract_meta(_article(Removal("page_header", "（大众日报 2024年03月12日 05版）", 12))).source == "大众日报"
    assert extract_meta(_article(Removal("page_header", "（2024年03月12日 05版）", 12))).source is None


def test_signature_with_unit_names_the_writer():
    assert parse_byline("（射洪市总工会 蒲晓燕）") == {"author": "蒲晓燕"}
    assert parse_byline("（市总组宣部）") == {"author": "市总组宣部"}


def test_batch21_meta():
    """文: names the author (never 全文:); a Discuz post header names the poster; an app's byline row
    gives the outlet as the source; a government portal's name ending 网站 is the site."""
    assert extract_meta(_article(Removal("page_header", "发布时间：2024-11-20　　文：毛丽君　图：胡斌", 6))).author == "毛丽君"
    assert extract_meta(_article(Removal("page_header", "全文：共三章", 6))).author is None
    a = _article(Removal("forum_chrome", "电梯直达", 6), Removal("forum_chrome", "长江边的老冉 发表于 2024-7-29 16:48 | 只看该作者", 8))
    assert extract_meta(a).author == "长江边的老冉"
    # the thread starter's header names no one (the name stands above it): a reply's header never counts
    a = _article(Removal("user_profile", "蒲州老司机", 7), Removal("forum_chrome", "发表于 2024-10-12 21:08:33 | 只看该作者", 8),
                 Removal("forum_chrome", "黄河鲤鱼 发表于 2024-10-12 21:30:15 | 只看该作者", 20))
    assert extract_meta(a).author == "蒲州老司机"
    m = extract_meta(_article(Removal("byline", "北京日报客户端 | 记者 邸若冰", 6)))
    assert (m.source, m.reporter) == ("北京日报客户端", "邸若冰")


def test_bilingual_labels():
    a = _article(Removal("page_header", "发布日期 Date：2024-06-08 来源 Source：昆山市总工会 浏览 Views：356", 3))
    m = extract_meta(a)
    assert (m.published, m.source, m.views) == ("2024-06-08", "昆山市总工会", 356)


def test_header_reporter_stops_at_the_correspondent():
    """An app's byline row under the headline (津云记者 X 通讯员 Y): the reporter is X alone."""
    a = _article(Removal("navigation", "津云记者 彭雨桐 通讯员 郄敏", 6))
    assert extract_meta(a).reporter == "彭雨桐"


def test_where_the_reporter_filed_from_is_no_name():
    assert parse_byline("灣區新聞網記者 何嘉敏 深圳報道")["reporter"] == "何嘉敏"


@pytest.mark.parametrize("suffix", [" - 数字报", "_电子版", " - 手机版"])
def test_product_words_are_no_site(suffix):
    assert site_from_suffix(suffix) is None


def test_site_named_before_the_copyright_sign():
    assert site_from_footer("安吉新闻网 © 2024 浙ICP备10012345号-2") == "安吉新闻网"
    assert site_from_footer("关于我们 © 2024") is None


def test_a_newspaper_company_holding_the_copyright_is_no_site():
    assert extract_meta(_article(Removal("site_footer", "工人日报社版权所有 未经书面授权禁止使用", 40))).site is None
    assert extract_meta(_article(Removal("site_footer", "青海工会网版权所有", 40))).site == "青海工会网"


def test_first_floor_stamp_dates_a_thread():
    a = _article(Removal("forum_chrome", "来自Android客户端1楼2024-05-20 14:33", 17),
                 Removal("forum_chrome", "来自iPhone客户端2楼2024-05-20 15:02", 22))
    assert extract_meta(a).published == "2024-05-20T14:33"
    assert extract_meta(_article(Removal("forum_chrome", "来自iPhone客户端11楼2024-05-21 15:02", 22))).published is None


def test_outlet_barred_from_the_date():
    assert extract_meta(_article(Removal("page_header", "湖南工人报 | 2024-04-29 08:05", 6))).source == "湖南工人报"


@pytest.mark.parametrize("line", ["下载客户端", "打开APP", "关注我们"])
def test_app_prompts_are_no_site(line):
    assert site_from_logo(line)[0] is None


def test_reposted_wechat_header_names_the_account():
    a = _article(Removal("page_header", "转载 深圳工会 2024-06-12 18:30 广东", 2),
                 Removal("navigation", "宝安工会", 4))
    assert extract_meta(a).site == "深圳工会"


def test_a_portals_home_link_names_no_site():
    """门户首页 on an intranet's menu is the portal's home, as 网站首页 is the site's: no name of one."""
    assert site_from_logo("门户首页 | 公司要闻 | 基层动态 | 工会之窗")[0] is None
    assert site_from_logo("网站首页 | 公司要闻 | 基层动态 | 工会之窗")[0] is None
    assert site_from_logo("江城工会网首页 | 公司要闻 | 基层动态")[0] == "江城工会网"  # a site's name before 首页


def test_site_before_a_spaced_home_link():
    assert site_from_logo("石家莊工會網 首頁 > 工會動態 > 技能培訓")[0] == "石家莊工會網"


@pytest.mark.parametrize("line, site", [
    ("黄岛工会网 — 职工温暖之家", "黄岛工会网"),  # a tagline after a dash
    ("郑州工会 ZHENGZHOU TRADE UNION", "郑州工会"),  # an English name of several words
])
def test_logo_lines_with_taglines_and_english_names(line, site):
    assert site_from_logo(line)[0] == site


@pytest.mark.parametrize("line, author", [
    ("发布者:扎西  发布时间:2024年07月03日 11:20:45  浏览:2,315 次", "扎西"),
    ("发布人：矿区工会　发布时间：2023-12-19 09:00", "矿区工会"),
    ("发布者：admin　发布日期：2024-09-02", None),              # a CMS login is no one's name
    ("发布人：管理员  发布时间：2024-09-02", None),
    ("作者：张三　发布者：admin　发布日期：2024-09-02", "张三"),
    ("作者：张三　发布者：李四　发布日期：2024-09-02", "张三"),   # 作者 wins over the poster
])
def test_poster_is_the_author_when_nothing_else_names_one(line, author):
    assert _meta(("page_header", line)).author == author


def test_poster_yields_to_a_byline():
    m = _meta(("page_header", "发布人：区总工会办公室  发布时间：2024-05-01"), ("byline", "文/张三"))
    assert m.author == "张三"


def test_note_stamp_after_hashtags_dates_the_note():
    """A note app's stamp (编辑于 date region) below the hashtags, filed with the tail's chrome, is the date."""
    m = _meta(("navigation", "小红书"), ("related_links", "#职工书屋 #全民阅读"), ("related_links", "编辑于 2024-09-14 内蒙古"),
              ("related_links", "09-14 内蒙古 赞 2 回复"))
    assert m.published == "2024-09-14"
    # a header date wins over the stamp; a comment's stamp (no year) dates nothing
    m = _meta(("page_header", "发布时间：2024-09-01"), ("related_links", "编辑于 2024-09-14 内蒙古"))
    assert m.published == "2024-09-01"
    assert _meta(("related_links", "09-14 内蒙古 赞 2 回复")).published is None
    # left in the body by the cleaner: read from the last paragraphs only
    assert _meta(body=("正文。", "编辑于 2024-09-14 内蒙古")).published == "2024-09-14"


@pytest.mark.parametrize("value, names", [
    ("额尔德木图", "额尔德木图"),   # Mongolian names ending in 图 are kept whole
    ("那顺乌日图", "那顺乌日图"),
    ("苏和巴图", "苏和巴图"),
    ("巴图", "巴图"),
    ("李明图", "李明"),             # a photo credit's 图 glued to a Han name
    ("王小明图", "王小明"),
    ("张三 图 李四", "张三 李四"),
])
def test_names_ending_in_tu(value, names):
    assert name_list(value) == names


@pytest.mark.parametrize("line, source", [
    ("2024-4-29 16:05| 发布者: 宣威工会| 查看: 1025| 评论: 0|来自: 宣威市总工会", "宣威市总工会"),
    ("2024-05-02 09:30 | 发布者: admin | 查看: 88 | 来自: 江城日报", "江城日报"),
    ("发表于 2024-4-29 16:05 | 只看该作者 | 来自手机", None),             # a forum's device
    ("2024-4-29 16:05| 发布者: 小王| 查看: 12| 来自: Android客户端", None),
    ("来自: 东坡骑士阿杰  2024-07-22 22:31:07 已编辑  四川", None),       # a Douban poster
    ("2024-4-29 16:05| 发布者: 小王| 来自: 广东深圳", None),               # a home town, no organisation
    ("评论: 0|来自: 宣威市总工会", None),                                  # no date on the row
])
def test_portal_info_row_from_label(line, source):
    assert _meta(("page_header", line)).source == source


def test_discuz_profile_home_town_is_no_source():
    """Discuz profiles print 来自: too (the poster's home town); a profile line is never the source."""
    m = _meta(("user_profile", "来自: 宣威市总工会"), ("user_profile", "注册时间: 2020-01-01"),
              ("page_header", "发表于 2024-4-29 16:05 | 只看该作者"))
    assert m.source is None


def test_platform_menu_bar_names_the_site_and_the_account_is_the_author():
    """A news platform's bar (腾讯新闻 首页 要闻 …) over a copied account (某县总工会, its date badge): the platform
    is the site, the account the author."""
    m = _meta(("navigation", "腾讯新闻 首页 要闻 财经 科技 娱乐"), ("page_header", "岱山县总工会"),
              ("page_header", "2024-08-28 16:35 发布于浙江 腾讯新闻企鹅号作者"))
    assert (m.site, m.author) == ("腾讯新闻", "岱山县总工会")
    assert site_from_logo("腾讯新闻  首页 要闻 财经")[0] == "腾讯新闻"
    assert site_from_logo("首页 要闻 财经 科技")[0] is None        # a bare menu names no site
    assert site_from_logo("工作动态 首页 要闻 财经")[0] is None    # a section's name is no site
    # with no other site above it, the site-like account line stays the site (not the author)
    m = _meta(("page_header", "岱山县总工会"), ("page_header", "2024-08-28 16:35 发布于浙江"))
    assert m.author is None


@pytest.mark.parametrize("app", ["某某工会客户端", "某某工會客戶端", "某某工会APP"])
def test_app_name_over_the_date_badge_is_no_author(app):
    """An app's page: the site's name atop, the app's name (…客户端, …APP) over the date badge under the headline:
    the platform showing the page, not an account posting on it."""
    m = _meta(("navigation", "某某工会"), ("navigation", "打开APP"), ("page_header", app),
              ("page_header", "2024-08-28 16:35 发布于浙江"))
    assert m.author is None


@pytest.mark.parametrize("line, expected", [
    ("责编：秦梦楠 | 审核：王海鹏 | 监审：郭静", {"editor": "秦梦楠"}),
    ("作者：张三 终审：王五", {"author": "张三"}),
    ("编辑：李四 監審：王五", {"editor": "李四"}),
    ("监审：郭静", {}),  # a review role alone names no author or editor
])
def test_review_roles_are_no_author_or_editor(line, expected):
    assert dict(labelled_fields(line)) == expected
    m = _meta(("page_header", line))
    assert m.author == expected.get("author") and m.editor == expected.get("editor")


@pytest.mark.parametrize("line, views", [
    ("来源:余江区总工会 作者: 发布时间:2024年06月21日 已有528人浏览", 528),
    ("发布时间：2024-05-01 1,024人已读", 1024),
    ("2024-05-01 共326人阅读过", 326),
    ("发布日期：2024-03-02 已有1203人次访问", 1203),
])
def test_view_count_written_as_a_phrase(line, views):
    assert extract_meta(_article(Removal("page_header", line, 5))).views == views


@pytest.mark.parametrize("line", [
    "本站已有1203人访问 发布日期：2024-03-02",  # the site's visitors, not the article's readers
    "发布日期：2024-03-02 已有56人报名",  # no reading verb
    "发布日期：2024-03-02 已有56人浏览器",  # a longer word
])
def test_no_view_count_from_other_phrases(line):
    assert extract_meta(_article(Removal("page_header", line, 5))).views is None


def test_view_phrase_in_the_body_or_footer_is_not_read():
    a = _article(Removal("site_footer", "您是第3000位访问者 已有3000人访问", 20), body=["已有528人浏览了展板。"])
    assert extract_meta(a).views is None


def test_forum_post_header_names_the_poster_not_a_source():
    # a forum post header counts replies: the handle before the date is the poster
    m = extract_meta(_article(Removal("page_header", "仙梅人 2024-06-21 08:32 浏览 2,103 回复 2", 4)))
    assert (m.author, m.source, m.views) == ("仙梅人", None, 2103)
    # an app's meta row counts views only: the name is the outlet
    m = extract_meta(_article(Removal("page_header", "安吉县融媒体中心 2024-06-21 16:02 阅读 1.2万", 4)))
    assert (m.author, m.source) == (None, "安吉县融媒体中心")


def test_a_date_stamp_row_names_no_source():
    """A forum's edit stamp (最后编辑于 2024-06-21 08:40) has the outlet-and-date shape: it names nobody."""
    from unionkit.extract.meta.header_rows import _header_names

    rows = [Removal("forum_chrome", "最后编辑于 2024-06-21 08:40", 11), Removal("page_header", "发表于 2024-06-21 08:32", 4)]
    assert "source" not in _header_names(rows) and "author" not in _header_names(rows)
    assert _header_names([Removal("page_header", "某县融媒体中心 2024-06-21 16:02", 3)]).get("source") == "某县融媒体中心"


def test_views_from_a_counter_under_the_editor_line_but_no_source():
    """A counter filed as a header line after the editor line gives views; a 来源 there gives no source."""
    a = _article(Removal("editor_line", "责任编辑：王五", 5), Removal("page_header", "阅读量 8362", 6),
                 Removal("page_header", "来源：某某网", 7))
    m = extract_meta(a)
    assert m.views == 8362 and m.source is None
    # a line after the end that is no counter gives no views
    b = _article(Removal("editor_line", "责任编辑：王五", 5), Removal("page_header", "热线电话 8362", 6))
    assert extract_meta(b).views is None


@pytest.mark.parametrize("kind,line,views", [
    ("user_profile", "查看: 2381 | 回复: 4", 2381),  # a Discuz thread's counter, filed with the profile
    ("forum_chrome", "查看：2381 ｜ 回复：4", 2381),
    ("user_profile", "积分: 2381 | 帖子: 4", None),  # a poster's own numbers are no views
    ("user_profile", "查看: 2381 | 回复: 4 | 积分: 9", None),  # not a counter row alone
    ("user_profile", "查看: 966 | 回覆: 1", 966),  # a traditional board's 回覆
    ("user_profile", "積分: 966 | 回覆: 1", None),
    ("user_profile", "阅读：1245 | 回复：2发帖", 1245),  # PHPWind glues the thread's buttons after the counts
    ("user_profile", "閱讀：1245 | 回覆：2 發帖 回覆", 1245),
    ("user_profile", "阅读：1245 | 回复：2发帖 积分: 9", None),  # anything else on the row: no counter row
    ("user_profile", "积分：1245 | 帖子：2发帖", None),
])
def test_views_from_a_thread_counter_row(kind, line, views):
    assert extract_meta(_article(Removal(kind, line, 2))).views == views


@pytest.mark.parametrize("text", ["閱讀 2306 \u200b", "阅读 2306\u200b", "\ufeff阅读 2306"])
def test_a_zero_width_space_does_not_hide_a_count(text):
    assert extract_meta(_article(Removal("social_links", text, 9))).views == 2306


@pytest.mark.parametrize("line,site", [
    ("版权所有 秦皇岛市烟草专卖局（公司） 地址：某某路1号", "秦皇岛市烟草专卖局（公司）"),
    ("版权所有：某某市总工会） ", "某某市总工会"),  # a stray closing bracket with no opening one goes
])
def test_a_bracketed_part_of_a_site_name_keeps_its_closing_bracket(line, site):
    assert site_from_footer(line) == site


# --- batch 37: a two-character name padded with a space after a byline label -----------------------------

def test_space_padded_two_character_names_are_one_name():
    from unionkit.extract.meta import join_spaced_pair, name_list

    assert name_list("覃 雯") == "覃雯"
    assert join_spaced_pair("初审:闫红梅  终审:杨 波") == "初审:闫红梅  终审:杨波"
    assert join_spaced_pair("记者 莫 凡  通讯员:韦茜") == "记者 莫凡  通讯员:韦茜"
    # negatives: two-character names with a space between them stay two names; longer runs are untouched
    assert name_list("张三 李四") == "张三 李四"
    assert join_spaced_pair("编辑 张三 李四") == "编辑 张三 李四"
    assert join_spaced_pair("工会 主席") == "工会 主席"


@pytest.mark.parametrize("line, site", [
    # the label after a paper's company (extract_meta then drops a 社 holder: the company is no site's name)
    ("四川工人日报社主办  版权所有 未经许可不得转载", "四川工人日报社"),
    ("某某市总工会主办 版权所有", "某某市总工会"),                  # the label after the body: the body's name
    ("主办单位:某某市总工会版权所有", "某某市总工会"),              # (the label before it, as before)
])
def test_footer_holder_without_the_sponsor_label(line, site):
    """A 主办/主办单位 label before or after the copyright holder's name is no part of the site's name."""
    assert site_from_footer(line) == site


def test_government_portal_site_from_its_name_or_sponsor():
    # a government portal's <title>/logo row is the government's name
    assert site_from_logo("绥中县人民政府")[0] == "绥中县人民政府"
    # the footer's sponsor, the government's office, names the portal
    assert site_from_sponsor("主办:绥中县人民政府办公室 承办:绥中县政务服务中心 联系电话:0429-6122345") == "绥中县人民政府"
    # a union or a paper named as sponsor gives no site (a reposting site prints it too)
    assert site_from_sponsor("主办:吉林省总工会  承办:吉林工人报社") is None
    assert site_from_sponsor("主办单位：漠河市總工會  黑ICP備2020003718號") is None
    # the ending alone names a kind, not a site
    assert site_from_logo("人民政府")[0] is None


@pytest.mark.parametrize("lines,editor", [
    # a county media app's credits row: 编审 is the only editor it names
    (["记者：某音 通讯员：金某 | 编审：某某德木图"], "某某德木图"),
    # beside 责任编辑 (or 责编), 编审 is the review chain's: the editor is the other one
    (["责任编辑：白某 编审：郝某强"], "白某"),
    (["编审：周某　责编：马某"], "马某"),
    # no 编审 label: no editor (审核 is no editor)
    (["记者：某音 | 审核：某某图"], None),
])
def test_a_lone_review_editor_is_the_editor(lines, editor):
    a = _article(*[Removal("page_header", t, i + 2) for i, t in enumerate(lines)])
    assert extract_meta(a).editor == editor


@pytest.mark.parametrize("line,site", [
    ("设为首页 | 加入收藏 | 联系我们", None),  # an old CMS's top links: 设为首页 is a button
    ("設為首頁 | 加入最愛", None),
    ("返回首页 | 网站地图", None),
    ("某某县总工会首页 | 工作动态", "某某县总工会"),  # X首页 still names X's home page
    ("某某网首页 > 正文", "某某网"),
])
def test_a_home_page_button_names_no_site(line, site):
    assert site_from_logo(line)[0] == site


def test_repost_note_names_source_and_reporter():
    a = _article(Removal("credit", "【转载】本文转载自“某某日报”微信公众号，原标题《某某活动》，作者：记者 王小明 通讯员 李红。", 6))
    m = extract_meta(a)
    assert (m.source, m.reporter) == ("某某日报", "王小明")
    # unquoted, the source is kept as the page writes it, with its kind
    assert extract_meta(_article(Removal("credit", "（转自某某厂工会公众号，侵删）", 17))).source == "某某厂工会公众号"
    # a photo credit names no source
    assert extract_meta(_article(Removal("credit", "（某某厂工会供图）", 17))).source is None


def test_aggregator_note_names_the_account_as_source():
    """A WeChat aggregator's note under the post (本文由X收录自微信公众号“Y”) names the account it came from."""
    note = Removal("social_links", "本文由某某文摘收录自微信公众号“某某区工会”，仅供阅读，版权归原作者所有。", 20)
    assert extract_meta(_article(note)).source == "某某区工会"
    # the same words in a sentence that collects no post name no source
    assert extract_meta(_article(Removal("social_links", "本文已被收录", 20))).source is None


def test_first_post_header_filed_with_the_profile_dates_the_thread():
    a = _article(Removal("forum_chrome", "某某论坛 › 资讯 › 查看内容", 1),
                 Removal("user_profile", "关城小王 发表于 2024-12-3 10:26 | 只看该作者", 5),
                 Removal("forum_chrome", "沙发 西域网友 2024-12-3 11:02", 26))
    m = extract_meta(a)
    assert (m.published, m.author) == ("2024-12-03T10:26", "关城小王")
    # without the post header, the reply floor's date is all there is
    a = _article(Removal("user_profile", "关城小王", 5), Removal("forum_chrome", "沙发 西域网友 2024-12-3 11:02", 26))
    assert extract_meta(a).published == "2024-12-03T11:02"


def test_author_label_naming_an_outlets_reporter():
    m = extract_meta(_article(Removal("page_header", "2024-05-22 09:38:12  来源:某某日报  作者:某某日报全媒体记者 王小明", 3)))
    assert (m.reporter, m.author, m.source) == ("王小明", None, "某某日报")
    # an outlet as the author, or a plain name: no reporter
    m = extract_meta(_article(Removal("page_header", "2024-05-22  作者:某某县融媒体中心", 3)))
    assert m.reporter is None
    m = extract_meta(_article(Removal("page_header", "2024-05-22  作者:王小明", 3)))
    assert (m.author, m.reporter) == ("王小明", None)


# --- reader notes, office posters, print views, cache banners, RSS dumps -----------------------------------

@pytest.mark.parametrize("note", ["（完整报告见附件）", "（全文详见附件）", "（未完待续）", "（点击下载全文）"])
def test_bracketed_note_to_the_reader_signs_nothing(note):
    assert "author" not in parse_byline(note)


@pytest.mark.parametrize("note", ["（转自某某县融媒体中心）", "（轉自某某縣融媒體中心）", "(转载自某某日报)", "（来源某某网）"])
def test_bracketed_repost_note_signs_nothing(note):
    """A source's label opening a bracket without a colon (转自X) names where the text came from, not its author."""
    assert "author" not in parse_byline(note)


@pytest.mark.parametrize("signer, author", [("（市总组宣部）", "市总组宣部"), ("（喻娟）", "喻娟")])
def test_bracketed_signer_still_signs(signer, author):
    assert parse_byline(signer)["author"] == author


def test_office_poster_is_the_author():
    m = meta_of(("page_header", "发布者：区总工会办公室 | 发布时间：2024/1/26 | 阅读：1033次"))
    assert m.author == "区总工会办公室"


def test_poster_phrase_is_no_office():
    m = meta_of(("page_header", "发布者：欢迎大家踊跃投稿 | 发布时间：2024/1/26"))
    assert m.author is None


def test_staff_reporter_then_correspondent_in_forum_post_leaves_the_poster():
    m = meta_of(("user_profile", "庐山脚下"), ("forum_chrome", "发表于 2024-7-22 18:36 | 只看该作者"),
                ("forum_chrome", "记者：刘婷 通讯员：邹丽萍"))
    assert (m.author, m.reporter) == ("庐山脚下", "刘婷")


def test_print_view_header_names_the_site():
    assert site_from_logo("邢台市信都区人民政府网站 —— 打印版")[0] == "邢台市信都区人民政府网站"
    assert site_from_logo("某某工会网 - 打印预览")[0] == "某某工会网"
    assert site_from_logo("打印本页 —— 打印版")[0] is None


def test_cache_banner_names_the_original_url():
    banner = "(百度和网页 http://www.rdzgh.gov.cn/art/2024/4/18/art_4121_882731.html 的作者无关，不对其内容负责。百度快照谨为网络故障时之索引。)"
    m = meta_of(("page_header", "来源：县总工会 日期：2024-04-18"), body=("百度快照", banner, "正文。"))
    assert m.url == "http://www.rdzgh.gov.cn/art/2024/4/18/art_4121_882731.html"
    plain = "(本站和网页 http://www.example.cn/a.html 的作者无关)"  # no cache named: not read
    assert meta_of(("page_header", "日期：2024-04-18"), body=(plain, "正文。")).url is None


RSS = ["[RSS 2.0]", "频道：海东工会网 - 工会动态", "频道链接：http://www.hd.org.cn/ghdt/", "条目 1/2",
       "标题：甲工会启动助学活动", "链接：http://www.hd.org.cn/ghdt/a1.html", "发布：Mon, 22 Jul 2024 09:48:00 +0800",
       "作者：马玉兰", "正文：", "条目 2/2", "标题：乙工会举办球赛", "链接：http://www.hd.org.cn/ghdt/a2.html",
       "发布：Wed, 17 Jul 2024 11:03:00 +0800"]


def test_rss_dump_item_fields_from_removed_lines():
    m = meta_of(*[("navigation", t) for t in RSS], title="甲工会启动助学活动")
    assert (m.published, m.author, m.site, m.url) == ("2024-07-22T09:48:00", "马玉兰", "海东工会网",
                                                       "http://www.hd.org.cn/ghdt/a1.html")


def test_rss_dump_item_fields_from_one_joined_body_line():
    m = meta_of(body=(" ".join(RSS),), title=None)
    assert (m.published, m.author, m.url) == ("2024-07-22T09:48:00", "马玉兰", "http://www.hd.org.cn/ghdt/a1.html")


def test_rss_dump_item_chosen_by_title():
    m = meta_of(*[("navigation", t) for t in RSS], title="乙工会举办球赛")
    assert (m.published, m.url) == ("2024-07-17T11:03:00", "http://www.hd.org.cn/ghdt/a2.html")


# a feed dumped by an English tool: its words for the fields (Feed, Pub Date, Creator …), the items marked [Item n/m]
ENGLISH_RSS = ["Feed: 某某工会网 - 基层动态", "Feed URL: http://www.x.cn/jcdt/rss.xml", "Site: http://www.x.cn/jcdt/",
               "Last Build Date: Tue, 23 Jul 2024 08:00:00 +0800", "[Item 1/2]", "Title:",
               "Link: http://www.x.cn/jcdt/a1.html", "Permalink: http://www.x.cn/p/1", "Pub Date: Mon, 22 Jul 2024 09:48:00 +0800",
               "Creator: 马玉兰", "Source: 某区总工会", "[Item 2/2]", "Title: 乙工会举办球赛", "Link: http://www.x.cn/jcdt/a2.html",
               "Pub Date: Wed, 17 Jul 2024 11:03:00 +0800", "Creator: 王某某"]


def test_english_labelled_feed_dump_item_fields():
    m = meta_of(*[("navigation", t) for t in ENGLISH_RSS], title="甲工会启动助学活动")
    assert (m.published, m.author, m.site, m.url) == ("2024-07-22T09:48:00", "马玉兰", "某某工会网",
                                                       "http://www.x.cn/jcdt/a1.html")


def test_reader_export_item_over_its_export_time():
    # (a feed reader's export: its channel named as 订阅源, the title's field label filed apart from the headline,
    # the author field a byline of roles, the export's own time in its header)
    m = meta_of(("navigation", "某某阅读器 导出 订阅源:某某新闻网 - 本地新闻 (RSS 2.0)"),
                ("page_header", "导出时间:2024-07-25 08:00 共 2 条"), ("page_header", "[1] 标题:"),
                ("navigation", "链接:http://www.x.cn/c1.html"), ("page_header", "pubDate:Mon, 22 Jul 2024 09:48:00 +0800"),
                ("byline", "作者:记者 某某某"), ("related_links", "[2] 标题:乙工会举办球赛"),
                ("related_links", "链接:http://www.x.cn/c2.html"),
                ("related_links", "pubDate:Fri, 19 Jul 2024 16:22:00 +0800"), title="甲工会启动助学活动")
    assert (m.published, m.url, m.site, m.author, m.reporter) == ("2024-07-22T09:48:00", "http://www.x.cn/c1.html",
                                                                  "某某新闻网", None, "某某某")


def test_channel_menu_is_no_feed():
    m = meta_of(("navigation", "首页 新闻频道 工会频道"), ("page_header", "标题：某某 发布：2024-05-01"),
                ("page_header", "链接：http://www.x.cn/a.html"))
    assert m.published == "2024-05-01"


def test_unnumbered_rows_with_page_stamps_are_no_feed():
    # (a page whose header names an RSS link, with two 发布 rows stamped as pages stamp them: no feed's items)
    m = meta_of(("navigation", "首页 RSS订阅"), ("page_header", "发布：2024-05-01 链接：http://www.x.cn/a.html"),
                ("related_links", "发布：2024-04-01 链接：http://www.x.cn/b.html"))
    assert m.url != "http://www.x.cn/b.html" and m.published == "2024-05-01"


def test_rfc822_stamp():
    from unionkit.extract.dates import rfc822_date
    assert rfc822_date("Mon, 22 Jul 2024 09:48:00 +0800") == "2024-07-22T09:48:00"
    assert rfc822_date("22 Jul 2024") == "2024-07-22"
    assert rfc822_date("Mon, 31 Feb 2024 09:48:00 +0800") is None


def test_a_floor_label_before_the_post_stamp_is_no_author():
    """A thread's post header may open with its floor (樓主 發表於 …, 沙发 发表于 …): the floor names no poster, in
    either script; the profile block's name above it does."""
    for floor in ("樓主", "楼主", "沙發", "5樓"):
        a = _article(Removal("user_profile", "河畔老職工", 6), Removal("user_profile", "級別: 版主  帖子: 120", 7),
                     Removal("forum_chrome", f"{floor} 發表於 2021-04-02 09:10", 9))
        assert extract_meta(a).author == "河畔老職工", floor
    # a poster's handle in that place is the author
    a = _article(Removal("forum_chrome", "江边钓叟 发表于 2021-04-02 09:10", 9))
    assert extract_meta(a).author == "江边钓叟"


@pytest.mark.parametrize("line", [
    "2023-09-08 14:20  来源:某县总工会  Source: Some County Federation of Trade Unions",
    "2023-09-08 14:20 来源:某县总工会 Source: Some County Federation of Trade Unions",
])
def test_bilingual_date_row_with_an_english_field_after_the_source(line):
    """A bilingual page's date row: the English field after the Chinese value is no gloss of a label (its value is
    no prose either), so the date is read and the source stays the Chinese one."""
    m = _meta(("page_header", line))
    assert m.published == "2023-09-08T14:20" and m.source == "某县总工会"


def test_gloss_after_a_label_still_dropped():
    from unionkit.extract.meta import drop_glosses

    assert drop_glosses("文字 Text:王静 摄影 Photo: 李明") == "文字:王静 摄影: 李明"
    assert drop_glosses("来源:某县总工会 Source: Some County") == "来源:某县总工会 Source: Some County"


def test_speech_speaker_line_names_the_author():
    # a speech's speaker line under its title: the posts, then the name after a space
    assert parse_byline("县委常委、县总工会主席 林国栋") == {"author": "林国栋"}
    assert parse_byline("市总工会党组书记 周晓岚") == {"author": "周晓岚"}
    assert "author" not in parse_byline("市总工会办公室 供稿")  # no post's word: no speaker


def test_a_speakers_long_name_after_the_posts_is_the_author():
    # a Mongolian or Tibetan speaker's name runs to four characters or more; a second post is no name
    assert parse_byline("盟总工会党组书记、常务副主席 巴特某某尔") == {"author": "巴特某某尔"}
    assert "author" not in parse_byline("市总工会党组书记 常务副主席")


def test_a_date_alone_filed_as_navigation_is_still_the_header_date():
    """A header row holding a date and nothing else is no menu, whatever the cleaner filed it as (a template's
    date split over elements, its year apart from the month/day); a menu row with a date among links stays a menu."""
    a = _article(Removal("navigation", "要闻|地方|国际", 2), Removal("navigation", "2023 11/05 09:40:12", 3),
                 Removal("page_header", "来源：某某网", 4))
    assert extract_meta(a).published == "2023-11-05T09:40:12"
    b = _article(Removal("navigation", "首页 2023-11-05 要闻 地方", 2), Removal("page_header", "来源：某某网", 4))
    assert extract_meta(b).published is None
