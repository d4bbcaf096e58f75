"""Dates as Chinese pages write them → ISO 8601 at the written precision; publish-time lines."""

from __future__ import annotations

import pytest

from unionkit.extract.dates import find_published, headline_stamp, parse_datetime, stamp_date

LAYOUTS = [
    ("2024-04-18 06:04:03", "2024-04-18T06:04:03"),
    ("2024-04-18 06:04", "2024-04-18T06:04"),
    ("2024-04-18", "2024-04-18"),
    ("2024-4-8", "2024-04-08"),
    ("2024/4/18", "2024-04-18"),
    ("2024/04/18 21:30", "2024-04-18T21:30"),
    ("2024.04.18", "2024-04-18"),
    ("2024年4月18日", "2024-04-18"),
    ("2024年04月18日 06:04", "2024-04-18T06:04"),
    ("2024年4月18日06:04:03", "2024-04-18T06:04:03"),
    ("2024年4月18日 06时04分", "2024-04-18T06:04"),
    ("2024年4月18日 06時04分30秒", "2024-04-18T06:04:30"),
    ("2024年4月18日 下午3:05", "2024-04-18T15:05"),
    ("2024年4月18号", "2024-04-18"),
    ("2024 年 4 月 18 日", "2024-04-18"),
    ("２０２４－０４－１８　１０：２０", "2024-04-18T10:20"),
    ("２０２４年４月１８日", "2024-04-18"),
    ("二〇二四年四月十八日", "2024-04-18"),
    ("二〇一八年十二月三十一日", "2018-12-31"),
    ("2024-04-18T06:04:03+08:00", "2024-04-18T06:04:03"),
    ("2024年4月", "2024-04"),
    ("2024-04", "2024-04"),
    ("2024-02-29", "2024-02-29"),
    # labelled, both scripts
    ("發布時間:2024-03-22", "2024-03-22"),
    ("发布时间：2024-03-22 08:00", "2024-03-22T08:00"),
    ("发表于: 2022-07-25", "2022-07-25"),
    ("發表於 2022-07-25 10:11", "2022-07-25T10:11"),
    ("更新时间:2018-06-01", "2018-06-01"),
    ("更新時間：2018年6月1日", "2018-06-01"),
    ("日期:2021-04-30", "2021-04-30"),
    ("时间:2024-04-18 06:04:03 来源:蓝影头条", "2024-04-18T06:04:03"),
    ("Posted: 2020/01/02 09:03", "2020-01-02T09:03"),
]


@pytest.mark.parametrize("text,iso", LAYOUTS)
def test_layouts(text, iso):
    assert parse_datetime(text) == iso


IMPOSSIBLE = [
    "2024-02-30", "2023-02-29", "2024-13-01", "2024-00-10", "2024年4月31日", "1850-01-01",
    "2008-2023", "0839-3262473", "蜀ICP备2021007964号-1", "第2024期", "", "没有日期",
]


@pytest.mark.parametrize("text", IMPOSSIBLE)
def test_rejects_impossible_or_non_dates(text):
    assert parse_datetime(text) is None


def test_bad_time_keeps_the_date():
    assert parse_datetime("2024-04-18 25:61") == "2024-04-18"


PUBLISHED = [
    # labelled header lines, simplified and traditional
    (["[休闲] 时间:2024-04-18 06:04:03 来源:蓝影头条 作者:休闲 点击:31次"], "2024-04-18T06:04:03"),
    (["廣元工會網 http://www.example.com/   發布時間:2024-03-22  點擊量:2286   來源:系統管理"], "2024-03-22"),
    (["更新时间:2018-06-01  来源:攀枝花日报"], "2018-06-01"),
    (["發佈日期：2019年5月1日"], "2019-05-01"),
    (["日期:2020-01-02 浏览:5"], "2020-01-02"),
    (["發表於: 2022-07-25"], "2022-07-25"),
    (["发布于 2023-09-09 12:00"], "2023-09-09T12:00"),
    (["Posted 2021-05-06"], "2021-05-06"),
    # forum profile dates before the post date are never the publish time
    (["注册时间: 2008-02-02", "最后登录: 2024-04-16", "楼主 发表于: 2022-07-25"], "2022-07-25"),
    # a publish label beats an update label on the same page
    (["更新时间:2020-02-02", "发布时间:2020-01-01"], "2020-01-01"),
    # bare date lines under the title
    (["来源:中工网", "2021-04-30 12:43"], "2021-04-30T12:43"),
    (["2024年4月18日 星期四"], "2024-04-18"),
    (["2024-04-18 10:20:33 来源:新华网"], "2024-04-18T10:20:33"),
    # a video page's counters before the date, the platform's reprint notice after it
    (["412播放 · 3弹幕 2024-03-08 11:20:47 未经作者授权，禁止转载"], "2024-03-08T11:20:47"),
    (["2.3万播放 · 2024-01-16"], "2024-01-16"),
    # a message board's poster, the name masked
    (["网友 ****  2024-04-02 21:13:46"], "2024-04-02T21:13:46"),
]


@pytest.mark.parametrize("lines,iso", PUBLISHED)
def test_find_published(lines, iso):
    assert find_published(lines) == iso


NOT_PUBLISHED = [
    ["注册时间: 2008-02-02", "最后登录: 2024-04-16"],
    ["註冊時間: 2008-02-02", "最後登錄: 2024-04-16"],
    ["在线时间: 8570(时)"],
    ["Copyright © 2008-2023 by www.workercn.cn. all rights reserved"],
    ["版权所有 2020-01-01"],
    ["2019年11月1日,红桥区委、区政府提前两个月完成任务。"],  # a sentence, not a date line
    ["新华社北京4月28日电"],  # no year: not guessed
    ["412播放 · 3弹幕 2024-03-08 11:20:47 未经作者授权，大家都来转发吧"],  # prose after the date
    ["412播放 · 好看 2024-03-08"],  # a word among the counters
    ["网友 **** 说 2024-04-02 21:13:46"],  # a word after the masked name
    [],
]


def test_republic_of_china_years():
    """Taiwanese pages count years from 1912: 民國113年 and, after a publish label on a traditional line, 113-05-08."""
    assert parse_datetime("民國113年5月8日") == "2024-05-08"
    assert find_published(["發布日期：113-05-08", "點閱次數：1,027"]) == "2024-05-08"
    assert find_published(["發布時間：113/5/8 14:30"]) == "2024-05-08T14:30"
    assert find_published(["发布日期：113-05-08"]) is None  # a simplified line: not a ROC date
    assert find_published(["點閱次數：113-05-08"]) is None  # no publish label
    assert parse_datetime("113-05-08") is None  # no label, no 民國: not guessed
    assert find_published(["發布日期：113-13-40"]) is None


def test_label_glued_to_the_value_before_it():
    """A forum's info row glues 时间: to the poster's name; a document's 发文日期 is not the page's date."""
    assert find_published(["楼主：淇河边的老李时间：2024-08-03 10:12:31点击：3862回复：27",
                           "1楼 作者：朝歌人家 日期：2024-08-03 10:40:08"]) == "2024-08-03T10:12:31"
    assert find_published(["发文日期:2024-04-23", "来源:某某区总工会  时间:2024-04-23 16:30"]) == "2024-04-23T16:30"


def test_date_after_an_apps_byline_row():
    assert find_published(["南方+ 记者 钟嘉琪 通讯员 惠阳工宣  2024-05-01 18:22"]) == "2024-05-01T18:22"
    assert find_published(["记者在现场看到职工们排起长队 2024-05-01 18:22"]) is None


def test_day_first_dates_after_a_publish_label():
    """Hong Kong and Macau pages write dd/mm/yyyy; month first only when the second number is no month."""
    assert find_published(["發佈日期：12/04/2024"]) == "2024-04-12"
    assert find_published(["发布时间：25/12/2023 14:05"]) == "2023-12-25T14:05"
    assert find_published(["Date: 04/25/2024"]) == "2024-04-25"
    assert find_published(["發佈日期：31/02/2024"]) is None
    assert find_published(["點擊：12/04/2024"]) is None  # no publish label
    assert parse_datetime("12/04/2024") is None  # not guessed without a label


@pytest.mark.parametrize("lines", NOT_PUBLISHED)
def test_find_published_rejects(lines):
    assert find_published(lines) is None


def test_bare_date_only_near_the_top():
    lines = ["导航"] * 20 + ["2024-01-01"]
    assert find_published(lines) is None
    assert find_published(["导航", "2024-01-01"]) == "2024-01-01"


# Header rows that carry the publish time, as real layouts write them (each row alone is the page header).
HEADER_DATES = [
    # WeChat: 原创 [author] account date, maybe the poster's region after it
    (["原创 张晓红 江城工会 2024-07-15 20:30 发表于湖北"], "2024-07-15T20:30"),
    (["原创 江城工会 2024-07-15"], "2024-07-15"),
    (["原創 陳大文 香港工聯 2024年7月15日 20:30"], "2024-07-15T20:30"),
    (["江城工会 2024-05-01 08:30 发表于北京"], "2024-05-01T08:30"),
    (["2024-05-01 08:30 发表于北京"], "2024-05-01T08:30"),
    # news-app and self-media copies: outlet then date; date then a badge
    (["打开APP", "江城晚报 2024-01-08 06:50"], "2024-01-08T06:50"),
    (["某某区总工会 作者：张三 李四 2024-03-08 09:15"], "2024-03-08T09:15"),  # … the writer labelled between
    (["工人视界", "2024-05-01 09:12 · 优质社会领域创作者"], "2024-05-01T09:12"),
    # e-paper 版次 rows and dated page rows
    (["2024年03月15日 星期五", "第03版：要闻"], "2024-03-15"),
    (["版次：03  作者：本报记者 陈立  2024年03月15日"], "2024-03-15"),
    (["第A3版 · 要闻 2024年3月15日"], None),  # a page label before the date is not a name row: not taken
    # government CMS blocks: one field per row
    (["来源：市总工会", "发布时间：2024-03-18", "浏览量：3106"], "2024-03-18"),
    (["发布日期：2024-05-08 16:45  信息来源：省总工会劳动保护部  浏览次数：1256"], "2024-05-08T16:45"),
    (["信息来源：市总工会", "发布日期：2024年5月8日", "浏览次数：1256"], "2024-05-08"),
    (["發布日期：2024-05-03", "點閱次數：523"], "2024-05-03"),
    (["發佈日期：2024年7月22日"], "2024-07-22"),
    # portal rows with the date glued to the time, or joined by a bar
    (["2024年04月28日08:21 | 来源：工人日报"], "2024-04-28T08:21"),
    (["2024-05-02 09:10:12\u3000来源: 中工网"], "2024-05-02T09:10:12"),
    (["2025-07-08 07:30 来源：澎湃新闻"], "2025-07-08T07:30"),
    # '|'-separated header rows: the unlabelled date opening the row or after the unit's name,
    # with a count grouped by thousands after it (1,286 is no clause comma)
    (["2024-06-19 | 来源：长安镇总工会 | 作者：黎嘉欣 | 阅读：2,341"], "2024-06-19"),
    (["于都县总工会 ｜ 2024年03月15日 10:21 ｜ 来源：于都县融媒体中心 ｜ 点击：1,286"], "2024-03-15T10:21"),
    # forum rows: the first post's time, not the poster's profile dates
    (["注册时间: 2016-4-12", "最后登录: 2022-8-26", "发表于: 2022-08-26 09:31"], "2022-08-26T09:31"),
    (["樓主 發表於: 2023-03-18 21:05"], "2023-03-18T21:05"),
]


@pytest.mark.parametrize("lines,iso", HEADER_DATES)
def test_header_date_rows(lines, iso):
    assert find_published(lines) == iso


@pytest.mark.parametrize("line", [
    "原创 今天我们一起去看了很多地方的工会驿站 2024-07-15",  # a sentence before the date, not a name row
    "会议决定，2024年5月1日起施行",
    "2024年5月1日起施行,各单位遵照执行",  # a clause comma (not between digit groups) after the date
    "截止日期：2024-06-30",
    "注册时间: 2016-4-12",
])
def test_rows_that_are_not_publish_times(line):
    assert find_published([line]) is None


def test_bare_date_after_barred_fields():
    """A header row of barred "label value" fields before an unlabelled date (| 作者 X | 来源 Y | date |)."""
    assert find_published(["| 作者 肖雨晴 | 来源 孝南区总工会 | 2024-04-11 09:03 | 阅读 2208 |"]) == "2024-04-11T09:03"
    assert find_published(["| 活动 昨天在广场举行，共有 | 群众 参加 | 2024-04-11 |"]) is None


def test_bare_date_after_barred_names():
    """An app's header row: its name and channel barred, then the date (齐鲁工惠 | 工会资讯 date)."""
    assert find_published(["齐鲁工惠 | 工会资讯 2024-11-02 10:30"]) == "2024-11-02T10:30"
    assert find_published(["省总工会 | 今天召开会议，部署 2024-11-02 10:30"]) is None


def test_bare_date_with_its_time_below_wins_over_the_day_alone():
    assert find_published(["香港商報網 | 港聞 | 2024年7月19日 星期五", "2024-07-19 04:30 來源：香港商報"]) == "2024-07-19T04:30"
    assert find_published(["2024年7月19日 星期五", "2024-07-20 04:30"]) == "2024-07-19"  # another day: the first


def test_bare_date_after_fields_whose_values_hold_roles_and_names():
    line = "稿件来源：江苏工人报 文字：记者 吕萌 通讯员 鼓法宣 审核：陈岩 2024/03/07 15:40"
    assert find_published([line]) == "2024-03-07T15:40"


def test_dvbbs_post_by_label():
    """A DVBBS floor header stamps the post: 楼主 发贴心情 Post By:2024-9-21 8:36:20; a profile date above never counts."""
    lines = ["注册:2011年3月7日", "楼主 发贴心情 Post By:2024-9-21 8:36:20 [只看该作者]"]
    assert find_published(lines) == "2024-09-21T08:36:20"
    assert find_published(["Post By: admin [只看该作者]"]) is None  # a name after the label, no date


@pytest.mark.parametrize("line, iso", [
    ("编辑于 2024-09-14 内蒙古", "2024-09-14"),                     # a note app's stamp with the poster's region
    ("编辑于 2023-09-12 21:47・IP 属地福建", "2023-09-12T21:47"),   # a Q&A site's, with an IP region
    ("发布于 2024年3月5日 12:30 四川", "2024-03-05T12:30"),
    ("編輯於 2024/05/06", "2024-05-06"),
    ("2024-05-16 江苏", "2024-05-16"),                            # unlabelled: the date and the poster's province
    ("2024-05-16 21:03 内蒙古", "2024-05-16T21:03"),
    ("2024-05-16 IP属地：广东", "2024-05-16"),
])
def test_note_stamp_line(line, iso):
    assert stamp_date(line) == iso


@pytest.mark.parametrize("line", [
    "编辑于 09-14 内蒙古",                                   # no year: a comment's stamp
    "编辑于 2024-09-14 内蒙古呼和浩特市的一个工会召开了大会",  # prose after the date
    "本帖最后由 张三 于 2024-09-14 10:00 编辑",               # a forum's edit note, not the post's stamp
    "会议于 2024-09-14 召开",
    "",
    "05-16 江苏",                     # unlabelled without a year: a comment's stamp
    "2024-05-16 江苏省总工会",         # a body after the date, not a province alone
    "2024-05-16 苏州",                 # a city: no IP region's shape
    "2024-05-16 江苏 南京",
])
def test_no_note_stamp(line):
    assert stamp_date(line) is None


@pytest.mark.parametrize("text, iso", [
    ("2024年12月3日 星期二 09:15", "2024-12-03T09:15"),   # the weekday between the date and the time
    ("2024-12-03 (周二) 09:15", "2024-12-03T09:15"),
    ("2024年12月3日星期二", "2024-12-03"),                 # a weekday and no time
    ("2024年12月3日 星期二 2名职工参加", "2024-12-03"),      # a number after the weekday is no time
    ("2024-12-03 星期二 来源:某某日报", "2024-12-03"),
])
def test_weekday_between_date_and_time(text, iso):
    assert parse_datetime(text) == iso


@pytest.mark.parametrize("line, iso", [
    # a blog's headline row ends in its stamp, date and time in brackets
    ("做了二十年基层工会主席，我想说几句心里话 (2015-05-01 21:36:18)", "2015-05-01T21:36:18"),
    ("车间里的老师傅们（2016-3-8 09:05）", "2016-03-08T09:05"),
    # look-alikes: a bare date in brackets (a list's day, an event's), a stamp not closing the line, no headline
    ("职工代表大会召开 (2015-05-01)", None),
    ("做了二十年基层工会主席 (2015-05-01 21:36:18) 转载", None),
    ("(2015-05-01 21:36:18)", None),
    ("会议时间 (2015-05-01 21:36:18 至 22:00)", None),
])
def test_headline_stamp(line, iso):
    assert headline_stamp(line) == iso


@pytest.mark.parametrize("line, iso", [
    # a news client's row: the dotted outlet (the app · the paper it carries), the date, the province
    ("上游新闻·重庆晨报 2024-08-08 14:05 重庆", "2024-08-08T14:05"),
    ("大众网·海报新闻 2024-03-01 09:00", "2024-03-01T09:00"),
    # look-alike: a dotted clause before the date is no outlet
    ("关于开展2024年度劳模评选的通知·全文如下，请各单位 2024-08-08 14:05", None),
])
def test_dotted_outlet_before_a_bare_date(line, iso):
    assert find_published([line]) == iso


@pytest.mark.parametrize("lines, iso", [
    # a city media app's stamp under the headline: the app's name, ending in a plus, then the date and time
    (["冰城+", "打开APP", "冰城+　2024-02-06 09:15"], "2024-02-06T09:15"),
    (["齐鲁+ 2024-03-01 08:30"], "2024-03-01T08:30"),
    # look-alikes: a server's time zone glued to its offset (a forum's debug footer), a plus inside a word
    (["GMT+8 2024-06-02 10:15"], None),
    (["1+1帮扶 2024-03-01 08:30"], None),
])
def test_app_name_ending_in_a_plus_before_a_bare_date(lines, iso):
    assert find_published(lines) == iso


# A 12-hour clock after its part of the day (上午/下午 …: .NET's zh-TW and zh-CN formats, CMS stamps), in both scripts:
# the afternoon and evening add 12 hours to an hour under 12; noon's own hour runs on (中午1点 is 13:00); a morning's
# 12 is midnight (上午 12:05 is 00:05); an evening's 12 is the next day's midnight, so only the day is read.
CLOCK_PERIODS = [
    ("2024/04/02 上午 10:15:32", "2024-04-02T10:15:32"),
    ("2024/04/02 下午 3:05", "2024-04-02T15:05"),
    ("2024/04/02 下午 03:05:09", "2024-04-02T15:05:09"),
    ("2024年4月2日 下午3时05分", "2024-04-02T15:05"),
    ("2024年4月2日 下午3時05分", "2024-04-02T15:05"),  # traditional 時
    ("2024-04-02 中午12:30", "2024-04-02T12:30"),
    ("2024-04-02 中午1:10", "2024-04-02T13:10"),
    ("2024-04-02 晚上 8:00", "2024-04-02T20:00"),
    ("2024-04-02 晚间8:00", "2024-04-02T20:00"),
    ("2024-04-02 晚間8:00", "2024-04-02T20:00"),  # traditional 間
    ("2024-04-02 傍晚6:30", "2024-04-02T18:30"),
    ("2024-04-02 午後2:00", "2024-04-02T14:00"),  # traditional 後
    ("2024-04-02 凌晨 1:00", "2024-04-02T01:00"),
    ("2024-04-02 早上 7:30", "2024-04-02T07:30"),
    ("2024/4/2 上午 12:05:09", "2024-04-02T00:05:09"),
    ("2024/4/2 下午 12:05:09", "2024-04-02T12:05:09"),
    ("2024/4/2 下午 15:05", "2024-04-02T15:05"),  # the 24-hour hour written after the word
    ("2024-04-02 晚上 12:00", "2024-04-02"),
    # look-alikes: a 24-hour time and an hour past the clock stay as they were
    ("2024-04-02 15:05", "2024-04-02T15:05"),
    ("2024-04-02 03:05", "2024-04-02T03:05"),
]


@pytest.mark.parametrize("text,iso", CLOCK_PERIODS)
def test_a_twelve_hour_clock_after_its_part_of_the_day(text, iso):
    assert parse_datetime(text) == iso
    assert find_published([f"发布时间：{text}"]) == iso
    assert find_published([f"發佈日期：{text}"]) == iso


@pytest.mark.parametrize("line,iso", [
    ("發布日期：113/04/02 下午 03:05:32", "2024-04-02T15:05:32"),  # ROC year, .NET's zh-TW format
    ("發布日期：113-04-02 上午 09:05", "2024-04-02T09:05"),
    ("發佈日期：02/04/2024 下午 03:05", "2024-04-02T15:05"),  # day first (Hong Kong, Macau)
    ("发布时间：24-04-02 下午 3:05", "2024-04-02T15:05"),  # a two-digit year
    ("發布日期：113-04-02", "2024-04-02"),
])
def test_a_twelve_hour_clock_after_other_date_shapes(line, iso):
    assert find_published([line]) == iso


def test_a_long_row_of_barred_fields_after_the_date_is_no_prose():
    # a Discuz portal's info row: every field barred, longer than a row of fields usually is
    row = "2024-7-9 08:46| 发布者: 溧阳小编| 查看: 1583| 评论: 2|原作者: 蒋晓燕|来自: 常州日报"
    assert find_published([row]) == "2024-07-09T08:46"
    # a date before a long clause stays no publish stamp
    assert find_published(["2024-7-9 08:46 溧阳市总工会在昆仑街道举行新就业形态劳动者暖心保集中赠送仪式为全市劳动者每人赠送一份保险"]) is None


@pytest.mark.parametrize("row, iso", [
    ("某某机械有限公司工会办公室编　　　　2023年11月6日", "2023-11-06"),
    ("职工之窗　2023年第11期（总第98期）　某某集团工会编　2023年11月6日", "2023-11-06"),
])
def test_bulletin_masthead_row_dates_the_issue(row, iso):
    # the compiling office (…编) is longer than a name row's outlet: the row is still the issue's date
    assert find_published(["职工之窗", "第11期（总第98期）", row]) == iso


def test_a_sentence_before_a_date_is_no_masthead():
    assert find_published(["会议由市总工会主办，2023年11月6日在工人文化宫举行"]) is None


def test_a_year_set_apart_before_its_month_and_day():
    """A wire template's year in an element of its own over the day's MM/DD reads as one date, clock and all;
    a year glued to words before it, or a slash run with a third part, is no such date."""
    assert parse_datetime("2023 11/05 09:40:12") == "2023-11-05T09:40:12"
    assert find_published(["首页|要闻", "2023 11/05 09:40:12", "来源：某某网"]) == "2023-11-05T09:40:12"
    assert parse_datetime("共2023 11/05") is None
    assert parse_datetime("2023 11/05/2024") is None
    assert parse_datetime("2023 13/05") is None
