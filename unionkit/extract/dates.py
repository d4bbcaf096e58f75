"""Dates and times as Chinese news pages write them, turned into ISO 8601.

``parse_datetime`` finds the first real date in a string and keeps the
precision it was written with (``2024-04``, ``2024-04-18``, ``2024-04-18T06:04``,
``2024-04-18T06:04:03``).  ``find_published`` picks a page's publish time out of
its header lines: labelled lines first, then a bare date line near the top,
never a profile date (注册时间, 最后登录) or a copyright year.
"""

from __future__ import annotations

import calendar
import datetime
import functools

import regex

from .. import lazyrx
from .. import recode
from ..provinces import PROVINCES
from .wordrx import trie_pattern
# Full-width digits and punctuation that header lines often use (２０２４－０４－１８ １０：２０).
_FULLWIDTH = str.maketrans("０１２３４５６７８９：－／．　", "0123456789:-/. ")
_FULLWIDTH_RX = recode.compile("[０-９：－／．\u3000]")  # (the characters of _FULLWIDTH: most lines hold none)


def _halfwidth(s: str) -> str:
    """``s.translate(_FULLWIDTH)``, with a one-pass gate first: translate looks up every character of a line."""
    return s.translate(_FULLWIDTH) if _FULLWIDTH_RX.search(s) else s

# Chinese numerals as written in formal dates: 二〇二四年四月十八日.
_CN_DIGITS = {"〇": 0, "○": 0, "零": 0, "一": 1, "二": 2, "三": 3, "四": 4,
              "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}

# The part of the day a 12-hour clock names before its hour (2024/04/02 上午 10:15:32, 下午3:05: .NET's zh-TW and zh-CN
# date formats, Taiwanese and mainland CMS stamps), the same words in both scripts: the hours it adds to an hour
# under 12. Noon's own hour runs on from 12 (中午1点 is 13:00); midnight is 12 on a morning clock (上午 12:05 is
# 00:05). An evening's 12 (晚上12点) is the next day's midnight: its time is not read.
_MORNING = ("上午", "凌晨", "早上", "早晨", "清晨")
_AFTERNOON = ("下午", "午后", "午後", "傍晚")
_EVENING = ("晚上", "晚间", "晚間")
PERIOD = "|".join(("中午", *_MORNING, *_AFTERNOON, *_EVENING))
#: Hours after 中午 read as the afternoon's (中午1点 → 13): a noon stamp says 11:30, 12:10 or 1:00.
_NOON_AFTER = 11


def clock_hour(period: str | None, h: int) -> int | None:
    """The 24-hour hour of ``h`` read after ``period`` (上午, 下午 …; None: a 24-hour clock), or None when the
    hour is no hour of that part of the day's."""
    if h > 23:
        return None
    if period is None or h > 12:  # (下午 15:05: the 24-hour hour written after the word)
        return h
    if period in _MORNING:
        return 0 if h == 12 else h
    if period == "中午":
        return h + 12 if h < _NOON_AFTER else h
    if period in _EVENING and h == 12:
        return None
    return h if h == 12 else h + 12


# (a date line may name the weekday between the date and the time: 2024年12月3日 星期二 09:15, 2024-12-03 (周二) 09:15)
_TIME = r"""
    (?:\s*(?:T|[ \t]+|(?<=日))\s*(?:[(（]?\s*(?:星期|礼拜|禮拜|周|週)[一二三四五六日天]\s*[)）]?\s*)?(?P<ampm>""" + PERIOD + r""")?\s*
       (?P<h>[01]?\d|2[0-3])
       (?:\s*[:：]\s*(?P<mi>[0-5]\d)(?:\s*[:：]\s*(?P<s>[0-5]\d))?
        | \s*[时時点點]\s*(?:(?P<mi2>[0-5]?\d)\s*分(?:\s*(?P<s2>[0-5]?\d)\s*秒)?)?
       )
    )?
"""

# 2024-04-18, 2024/4/18, 2024.04.18 (same separator twice), optional time.
_NUMERIC = lazyrx.compile(
    r"(?<![\d.])(?P<y>(?:19|20)\d\d)(?P<sep>[-/.])(?P<m>\d{1,2})(?P=sep)(?P<d>\d{1,2})(?!\d)" + _TIME
    + r"(?![\d:])",
    regex.VERBOSE,
)
# 2024年4月18日 (日 may be 号), optional time; or 2024年4月 alone.
_HAN = lazyrx.compile(
    r"(?<!\d)(?P<y>(?:19|20)\d\d)\s*年\s*(?P<m>\d{1,2})\s*月(?:\s*(?P<d>\d{1,2})\s*[日号號]" + _TIME + r")?",
    regex.VERBOSE,
)
# The year set apart before the month/day (2024 06/12 16:05:31): a wire template prints the year in an element of its
# own over the day's MM/DD, and the page's text reads them a space apart. A slash only, the month/day's own mark.
_YEAR_APART = lazyrx.compile(
    r"(?<![\w.\-/])(?P<y>(?:19|20)\d\d)[ \t]+(?P<m>\d{1,2})/(?P<d>\d{1,2})(?![\d/])" + _TIME + r"(?![\d:])",
    regex.VERBOSE,
)
# 2024-04 or 2024/04 alone (a month archive line), not part of a longer number.
_YEAR_MONTH = lazyrx.compile(r"(?<![\d.\-/])(?P<y>(?:19|20)\d\d)[-/.](?P<m>\d{1,2})(?![\d\-/.:])")
_CN_DATE = lazyrx.compile(r"([〇○零一二三四五六七八九]{4})年([一二三四五六七八九十]{1,3})月(?:([一二三四五六七八九十]{1,3})[日号])?")


def _cn_number(s: str) -> int | None:
    """A Chinese numeral up to 99 (十, 十八, 二十, 三十一) as an int."""
    if "十" not in s:
        return _CN_DIGITS.get(s) if len(s) == 1 else None
    tens, _, ones = s.partition("十")
    t = _CN_DIGITS.get(tens, 0) if tens else 1
    o = _CN_DIGITS.get(ones, 0) if ones else 0
    return t * 10 + o


def _valid(y: int, m: int, d: int | None) -> bool:
    """True for a real calendar date (rejects 2024-02-30, month 13 …)."""
    if not (1900 <= y <= 2100 and 1 <= m <= 12):
        return False
    return d is None or 1 <= d <= calendar.monthrange(y, m)[1]


def _iso(y: int, m: int, d: int | None = None, h: int | None = None,
         mi: int | None = None, s: int | None = None) -> str:
    """ISO 8601 text at the precision given."""
    out = f"{y:04d}-{m:02d}"
    if d is None:
        return out
    out += f"-{d:02d}"
    if h is None:
        return out
    out += f"T{h:02d}"
    if mi is None:
        return out
    out += f":{mi:02d}"
    return out if s is None else out + f":{s:02d}"


def _from_match(mt: regex.Match) -> str | None:
    """ISO text for a numeric or 年月日 match, or None when it is no real date."""
    y, m = int(mt["y"]), int(mt["m"])
    d = int(mt["d"]) if mt["d"] else None
    if not _valid(y, m, d):
        return None
    if d is None or mt["h"] is None:
        return _iso(y, m, d)
    h = clock_hour(mt["ampm"], int(mt["h"]))
    mi = mt["mi"] if mt["mi"] is not None else mt["mi2"]
    s = mt["s"] if mt["s"] is not None else mt["s2"]
    if h is None or (mi is not None and int(mi) > 59) or (s is not None and int(s) > 59):
        return _iso(y, m, d)
    return _iso(y, m, d, h, int(mi) if mi is not None else None, int(s) if s is not None else None)


def parse_datetime(s: str) -> str | None:
    """The first real date (and time) in ``s`` as ISO 8601, at the written precision."""
    if not s:
        return None
    s = _halfwidth(s)
    found: list[tuple[int, str]] = []
    for rx in (_NUMERIC, _HAN):
        for mt in rx.finditer(s):
            iso = _from_match(mt)
            if iso:
                found.append((mt.start(), iso))
                break
    mt = _CN_DATE.search(s)
    if mt:
        y = int("".join(str(_CN_DIGITS[c]) for c in mt[1]))
        m = _cn_number(mt[2])
        d = _cn_number(mt[3]) if mt[3] else None
        if m and _valid(y, m, d):
            found.append((mt.start(), _iso(y, m, d)))
    if not found:
        found.extend((mt.start(), iso) for mt in _YEAR_APART.finditer(s) if (iso := _from_match(mt)))
    if not found:
        for mt in _YEAR_MONTH.finditer(s):
            y, m = int(mt["y"]), int(mt["m"])
            if _valid(y, m, None):
                found.append((mt.start(), _iso(y, m)))
                break
    if not found and ("民國" in s or "民国" in s):
        return _roc(s, False)
    return min(found)[1] if found else None


# An RFC 822 stamp, as an RSS feed's pubDate writes it (Mon, 22 Jul 2024 09:48:00 +0800): day, English month,
# year, then the clock; the zone is dropped (the time is kept as the feed writes it, like a page's shown stamp).
_MONTHS = {m: i for i, m in enumerate(("Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                       "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"), 1)}
_RFC822 = lazyrx.compile(r"^\s*(?:[A-Z][a-z]{2},?\s+)?(?P<d>\d{1,2})\s+(?P<mon>[A-Z][a-z]{2})\s+(?P<y>\d{4})"
                         r"(?:\s+(?P<h>[01]?\d|2[0-3]):(?P<mi>[0-5]\d)(?::(?P<s>[0-5]\d))?)?")


def is_rfc822(s: str) -> bool:
    """``s`` opens with an RFC 822 stamp (Mon, 22 Jul 2024 09:48:00 +0800)."""
    mt = _RFC822.match(s)
    return mt is not None and mt["mon"] in _MONTHS


def rfc822_date(s: str) -> str | None:
    """ISO text of an RFC 822 stamp opening ``s`` (a feed's pubDate), else parse_datetime's reading of it."""
    mt = _RFC822.match(s)
    if mt is None or mt["mon"] not in _MONTHS:
        return parse_datetime(s)
    y, m, d = int(mt["y"]), _MONTHS[mt["mon"]], int(mt["d"])
    if not _valid(y, m, d):
        return None
    if mt["h"] is None:
        return _iso(y, m, d)
    return _iso(y, m, d, int(mt["h"]), int(mt["mi"]), int(mt["s"]) if mt["s"] is not None else None)


# --- publish time from header lines -------------------------------------------------

# Labels that introduce a page's publish (or update) time, both scripts; rank 0 is best.
_PUBLISH_LABELS = {
    0: ("发布时间", "發布時間", "發佈時間", "发表时间", "發表時間", "发布日期", "發布日期", "發佈日期",
        "发表于", "發表於", "发布于", "發布於", "發佈於", "发表日期", "發表日期", "出版日期",
        "刊发时间", "刊登时间", "上传时间", "录入时间", "錄入時間", "添加时间", "添加時間",
        "Posted", "posted", "Published", "published", "Date", "date",
        # a DVBBS post header stamps each floor "Post By:2024-9-21 8:36:20" (the first floor's is the thread's)
        "Post By", "Post by", "post by"),
    1: ("时间", "時間", "日期", "发布", "發布", "發佈"),
    2: ("更新时间", "更新時間", "更新日期", "修改时间", "修改時間", "最后更新", "最後更新"),
}
# Dates that belong to a person or to the site, never to the article.
_NOT_PUBLISH = ("注册", "註冊", "登录", "登錄", "登陆", "登陸", "在线", "在線", "生日", "出生", "加入",
                "入会", "入會", "Copyright", "copyright", "COPYRIGHT", "©", "版权", "版權", "备案", "備案",
                "到期", "截止", "有效期", "Joined", "joined", "Last", "last")
_LABEL_ORDER = sorted(((lab, rank) for rank, labs in _PUBLISH_LABELS.items() for lab in labs),
                      key=lambda x: -len(x[0]))
# (a forum's info row glues a two-character label to the value before it, colon after: 楼主：X时间：2024-…)
# (the labels as tries: the longest label at a position first, as the alternation sorted longest first would
# try them, but one character tested per step instead of every label at every position: ~40% faster)
_LABEL_RX = lazyrx.compile(
    r"(?:(?P<pre>^|[^\p{Han}A-Za-z])(?P<label>" + trie_pattern(lab for lab, _ in _LABEL_ORDER)
    + r")(?:\s*[:：]\s*|\s+)|(?P<glued>" + trie_pattern(lab for lab, _ in _LABEL_ORDER if len(lab) > 1)
    + r")\s*[:：]\s*)(?=[\d０-９〇○零一二三四五六七八九])"
)
_RANK = dict(_LABEL_ORDER)
#: What turns a glued 日期/时间 into a document's other date (发文日期, 成文日期, 施行日期 …).
_OTHER_DATES = ("发文", "發文", "成文", "印发", "印發", "生效", "施行", "废止", "廢止", "有效", "截止", "出生", "开始", "開始",
                "结束", "結束", "报名", "報名", "活动", "活動", "办理", "辦理")
_DATE_START = lazyrx.compile(r"[\d０-９〇○零一二三四五六七八九]")
# What a bare date line may hold besides the date: weekday, time, and further labelled fields.
_WEEKDAY = lazyrx.compile(r"(星期|礼拜|禮拜|周)[一二三四五六日天]|\b(Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\b")
# (a value may hold role words and names: 作者：本报记者 陈立, 文字：记者 吕萌 通讯员 鼓法宣)
_FIELDS_ONLY = lazyrx.compile(r"^(?:[^\s:：]{1,8}\s*[:：]\s*[^\s:：]+(?:\s[^\s:：]{1,6}(?=\s|$)){0,3}\s*)+$")
# A name line before the date: an app or self-media copy's outlet (江城晚报 2024-01-08 06:50), a WeChat
# article's 原创 line (原创 张晓红 江城工会 2024-07-15 20:30 发表于湖北): up to three short name tokens.
# (a client's outlet may name the app and the paper it carries, dotted: 上游新闻·重庆晨报; a city media app's name
# may end in a plus, 冰城+ 2024-02-06 09:15, as 南方+ does in a byline head)
_NAME_TOKEN = r"[\p{Han}A-Za-z0-9_]{1,12}\+?(?:[·・][\p{Han}A-Za-z0-9_]{1,12}\+?)?"
_NAMES_ONLY = lazyrx.compile(rf"^(?:原创|原創)?\s*(?:{_NAME_TOKEN}\s+){{0,2}}{_NAME_TOKEN}$")
# … or an app's byline row, the outlet then its staff by role (南方+ 记者 钟嘉琪 通讯员 惠阳工宣 2024-05-01 18:22).
# (文/图 X: a small site's row credits its writer with the text and photos, 文/图　高雪梅　　2024.09.20; an app's row
# names the writer so, 某某区总工会 作者：张三 李四 2024-10-26 18:42)
_BYLINE_HEAD = lazyrx.compile(r"^(?:[\p{Han}A-Za-z0-9_+]{1,12}\s+)?(?:(?:记者|記者|通讯员|通訊員|实习生|實習生|编辑|編輯|摄影|攝影|作者|"
                              r"文\s*[/／]\s*[图圖]|[图圖]\s*[/／]\s*文)"
                              r"\s*[:：]?\s*[\p{Han}·]{2,8}(?:[\s、]+[\p{Han}·]{2,4}){0,2}\s*)+$")
# (a comma between digits groups thousands in a count field: 点击：1,286 is no clause break)
_CLAUSE_PUNCT = lazyrx.compile(r"[，。！？；!?;]|,(?!\d{3}(?!\d))")
# … or a video page's counters (412播放 · 3弹幕, 2.3万播放): numbers with their unit, nothing else.
_COUNTS_HEAD = lazyrx.compile(r"^(?:\d[\d,.]*\s*(?:万|萬|亿|億|[wWkK])?\s*(?:次)?(?:播放|弹幕|彈幕|观看|觀看|浏览|瀏覽|阅读|閱讀)"
                              r"(?:量|数|數)?\s*[·・•|｜丨]?\s*)+$")
# … or a message board's poster with the name masked (网友 ****, 用户 ***).
_MASKED_HEAD = lazyrx.compile(r"^\p{Han}{0,4}\s*[*＊]{2,}$")
# A reprint notice after a video's date (未经作者授权，禁止转载): the platform's, no prose of the article.
_NO_REPRINT = lazyrx.compile(r"^(?:未经|未經)\p{Han}{0,4}(?:授权|授權|许可|許可|允许|允許)\s*[，,]?\s*(?:禁止|不得|严禁|嚴禁)(?:转载|轉載)$")
# … or a bulletin's masthead row: maybe its name and issue number, then the office that compiles it (某某公司工会办公室编
# 2024年8月30日; 某某工会简报 2024年第9期(总第108期) 某某工会编 2024年9月20日): the date.
_MASTHEAD_HEAD = lazyrx.compile(r"^(?:\p{Han}{2,24}\s+)?(?:(?:(?:19|20)\d\d\s*年\s*)?第\s*\d{1,4}\s*期"
                                r"(?:\s*[(（]?\s*[总總]第\s*\d{1,5}\s*期\s*[)）]?)?\s*)?\p{Han}{2,40}?(?:编印|編印|编|編|主办|主辦)$")
_BARE_TOP = 12  # a bare date counts only among the first lines given (the page header)


# The time after a labelled date read by its own pattern below (ROC, day-first, two-digit year): the 24-hour clock
# or the 12-hour one after its part of the day (113/04/02 下午 03:05:32, .NET's zh-TW format with the ROC calendar).
_CLOCK = rf"(?:\s+(?:(?P<ampm>{PERIOD})\s*)?(?P<h>[01]?\d|2[0-3]):(?P<mi>[0-5]\d)(?::(?P<s>[0-5]\d))?)?"


def _clocked(y: int, m: int, d: int, mt: regex.Match) -> str:
    """ISO text of the day with the time ``mt`` (matched with _CLOCK) gives it, at the precision written."""
    h = clock_hour(mt["ampm"], int(mt["h"])) if mt["h"] is not None else None
    if h is None:
        return _iso(y, m, d)
    return _iso(y, m, d, h, int(mt["mi"]), int(mt["s"]) if mt["s"] else None)


# A Republic of China year (Taiwan): 民國113年5月8日 anywhere; a bare 113-05-08 or 113/5/8 only after a
# publish label on a traditional-script line (year + 1911 = 2024).
_ROC_HAN = lazyrx.compile(r"(?:民國|民国)\s*(?P<y>\d{2,3})\s*年\s*(?P<m>\d{1,2})\s*月(?:\s*(?P<d>\d{1,2})\s*日)?")
_ROC_NUMERIC = lazyrx.compile(r"^\s*(?:(?:民國|民国)\s*)?(?P<y>\d{2,3})(?P<sep>[-/.])(?P<m>\d{1,2})(?P=sep)(?P<d>\d{1,2})(?![\d.\-/])"
                             + _CLOCK)
#: Characters only traditional script writes (the labels of a Taiwanese page: 發布日期, 點閱次數).
_TRAD_ONLY = frozenset("發佈時間點閱國錄間會與為們這個說來對學華機經動員勞務")


def _roc(text: str, labelled: bool) -> str | None:
    """ISO date of a Republic of China date opening ``text`` (民國 written, or a bare one after a label)."""
    mt = _ROC_HAN.search(text)
    if mt is None and labelled:
        mt = _ROC_NUMERIC.match(text)
    if mt is None:
        return None
    y, m = int(mt["y"]) + 1911, int(mt["m"])
    d = int(mt["d"]) if mt["d"] else None
    if not (1950 <= y <= 2100) or not _valid(y, m, d):
        return None
    if d is None or mt.groupdict().get("h") is None:  # (民國 written out: a day or a month, no time read)
        return _iso(y, m, d)
    return _clocked(y, m, d, mt)


# A day-first date after a publish label (發佈日期：12/04/2024): how Hong Kong and Macau pages write it.
_DAY_FIRST = lazyrx.compile(r"^\s*(?P<a>\d{1,2})(?P<sep>[-/.])(?P<b>\d{1,2})(?P=sep)(?P<y>(?:19|20)\d\d)(?![\d.\-/])"
                            + _CLOCK)


# A two-digit year right after a publish label (发布日期：24-03-15, 发布时间：24/04/29 08:12): a CMS's compact
# stamp. Read only there, in the whole y-m-d shape with one separator and nothing but a time or a gap after it
# (a figure such as 24-36个月 or a score 3-2 is no stamp).
_SHORT_YEAR = lazyrx.compile(r"^\s*(?P<y>\d\d)(?P<sep>[-/.])(?P<m>\d{1,2})(?P=sep)(?P<d>\d{1,2})"
                             + _CLOCK + r"(?=\s|[|｜丨]|$)")


def _short_year(text: str) -> str | None:
    """ISO date of a yy-mm-dd stamp opening ``text`` (the text after a publish label), read as 20yy."""
    mt = _SHORT_YEAR.match(text)
    if mt is None:
        return None
    y, m, d = 2000 + int(mt["y"]), int(mt["m"]), int(mt["d"])
    if not _valid(y, m, d):
        return None
    return _clocked(y, m, d, mt)


def _day_first(text: str) -> str | None:
    """ISO date of a dd/mm/yyyy date opening ``text``; month first only when the second number can't be a
    month (04/25/2024, an English-language page's order)."""
    mt = _DAY_FIRST.match(text)
    if mt is None:
        return None
    d, m, y = int(mt["a"]), int(mt["b"]), int(mt["y"])
    if m > 12 and d <= 12:
        d, m = m, d
    if not _valid(y, m, d):
        return None
    return _clocked(y, m, d, mt)


@functools.lru_cache(maxsize=4096)
def _labelled(line: str) -> tuple[int, str] | None:
    """(rank, iso) for a labelled publish date on ``line``, the best-ranked one.

    Cached by line: the header rows a site repeats on its pages (来源:X 作者:Y …) are read once."""
    best = None
    wide = _halfwidth(line)
    if not _DATE_START.search(wide):  # no digit or numeral for a labelled date to start with
        return None
    for mt in _LABEL_RX.finditer(wide):
        group = "label" if mt["label"] else "glued"
        before = line[max(0, mt.start(group) - 6): mt.start(group)]
        if group == "glued" and before.endswith(_OTHER_DATES):
            continue  # 发文日期, 成文日期, 生效日期: a document's other dates, not the page's
        if _excluded(before):
            continue
        iso = parse_datetime(line[mt.end():mt.end() + 40])
        if not iso and (_TRAD_ONLY.intersection(line) or "民國" in line):
            iso = _roc(line[mt.end():mt.end() + 40], True)
        if not iso:
            iso = _day_first(wide[mt.end():mt.end() + 40])
        if not iso:
            iso = _short_year(wide[mt.end():mt.end() + 40])
        if iso and (best is None or _RANK[mt[group]] < best[0]):
            best = (_RANK[mt[group]], iso)
    return best


@functools.lru_cache(maxsize=4096)
def _bare(line: str) -> str | None:
    """The date of a line that is just a date (maybe with weekday, time, or other labelled fields); cached by line."""
    text = _halfwidth(line).strip()
    iso = parse_datetime(text)
    if not iso:
        return None
    mt = (_NUMERIC.search(text) or _HAN.search(text) or _CN_DATE.search(text) or _YEAR_APART.search(text)
          or _YEAR_MONTH.search(text))
    if not mt:
        return None
    head, rest = _beside(text, mt)
    if ("楼" in head or "樓" in head) and _REPLY_FLOOR.search(head):
        return None  # a reply floor's stamp (2楼 2024-01-28 10:41): a reply's time, not the thread's
    # Before the date only labelled fields (来源:工人日报 2020-05-06 09:00) or a name line may stand.
    # (an app's row may bar its names: 齐鲁工惠 | 工会资讯 2024-11-02 10:30)
    if (head and not _fields_or_names(head) and not _BYLINE_HEAD.match(head) and not _COUNTS_HEAD.match(head)
            and not _MASKED_HEAD.match(head) and not _MASTHEAD_HEAD.match(head)):
        return None
    # After the date only further header fields may follow (来源:中工网, | 浏览 99 次), not prose.
    if _prose_after(rest) and not _NO_REPRINT.match(rest):
        return None
    return iso


# A forum reply's floor number closing the row's head (Tieba: 2楼2024-01-28 10:41, 來自Android客戶端3樓 …): any
# floor but the first, whose stamp is the thread's own (read by meta's first-floor rule).
_REPLY_FLOOR = lazyrx.compile(r"(?<!\d)(?:[2-9]|[1-9]\d{1,4})\s*[楼樓]$")


def _beside(text: str, mt: regex.Match) -> tuple[str, str]:
    """(head, rest): what a header row holds before and after its date match, edge brackets, bars and weekdays off."""
    head = text[: mt.start()].strip(" \t[]【】()（）|｜·:：-")
    rest = _WEEKDAY.sub("", text[mt.end():]).strip(" \t[]【】()（）|｜·")
    return head, rest


def _fields_or_names(head: str) -> bool:
    """``head`` (before a row's date) is labelled fields, a name line (maybe barred) or barred fields."""
    return bool(_FIELDS_ONLY.match(head) or _NAMES_ONLY.match(_BAR_SPLIT.sub(" ", head)) or _bar_fields(head))


def _prose_after(rest: str) -> bool:
    """``rest`` (after a row's date) is too long or punctuated like a clause to be further header fields (a link
    in a field, 原文链接：http://…/2024-04/26/content_N.htm, counts as one word: an address is no clause).  A row of
    barred fields is header fields at any length (| 发布者: 溧阳小编| 查看: 1583| 评论: 2|原作者: 蒋晓燕|来自: 常州日报)."""
    if "http" in rest or "www." in rest:
        rest = _LINK.sub("URL", rest)
    if len(rest) > 40 and ":" in rest:
        rest = _LATIN_FIELD.sub("", rest)  # (only the length is at stake: a short rest is read as it is)
    return bool(rest) and (len(rest) > 40 and not _bar_fields(rest.strip(" \t|｜丨"))
                           or _CLAUSE_PUNCT.search(rest) is not None)


_LINK = lazyrx.compile(r"(?:https?://|www\.)[A-Za-z0-9\-._~:/?#\[\]@!$&'*+,;=%]+")
# A bilingual page's English field after the Chinese one (来源:某市总工会 Source: Some City Federation of Trade
# Unions): a header field, however many words the translated name takes.
_LATIN_FIELD = lazyrx.compile(r"\b(?:Source|From|Author|Editor|Reporter|Writer|Photo|Translator|Views)\s*:"
                              r"\s*[A-Za-z][A-Za-z&'\- ]*")


# A header row of barred fields, each a label and its value with a space or a colon between
# (| 作者 肖雨晴 | 来源 孝南区总工会 | 2024-04-11 09:03 | 阅读 2208 |).
_BAR_SPLIT = lazyrx.compile(r"\s*[|｜丨]\s*")
_ONE_FIELD = lazyrx.compile(r"^[^\s:：|｜，。；！？,;!?]{1,6}(?:\s*[:：]\s*|\s+)[^\s:：|｜，。；！？,;!?]{1,20}$")


def _bar_fields(head: str) -> bool:
    """True when ``head`` is two or more barred "label value" fields (the fields before a bare date)."""
    parts = _BAR_SPLIT.split(head)
    return len(parts) >= 2 and all(_ONE_FIELD.match(p) for p in parts)


def _excluded(line: str) -> bool:
    """Lines whose dates are about a user profile or the site's copyright."""
    text = _without_site_online(line)  # (once: the generator below would redo it for every word)
    return any(bad in text for bad in _NOT_PUBLISH)


# A site named "<place>在线" (黎平在线, 湘南在线, 海南新闻在线): a portal's name standing as a token of its own,
# glued to the Han before it, not a forum's status (当前在线, 最后在线) nor a profile or service word
# (在线时间, 在线服务, 在线阅读), which start or run on into Han.
_SITE_ONLINE = lazyrx.compile(r"(?<=\p{Han}{2})(?<!当前|當前|最后|最後|上次|最近|目前|不|未|已)在[线線](?=\s|$|[|｜丨>›»·\-_])")


def _without_site_online(text: str) -> str:
    """``text`` with a site name's 在线 taken out, so a "<place>在线" portal's stamp is not read as a status date."""
    return _SITE_ONLINE.sub("", text) if "在" in text else text


_UPDATE_RANK = 2  # the rank of update-time labels (更新时间): their time of day is not the publish time


def _timed_same_day(iso: str, timed: list[str]) -> str:
    """``iso``, or the first of ``timed`` naming the same day with its time when ``iso`` is a bare day.

    A government disclosure page's index table gives the day only (发布日期：2024年11月15日) over the
    article's own row with the time (发布时间：2024-11-15 09:30): the two are one reading, the finer wins."""
    if "T" in iso:
        return iso
    return next((t for t in timed if t.startswith(iso + "T")), iso)


def _row_time_same_day(iso: str, lines: list[str]) -> str:
    """``iso`` (a bare day), or the same day with its time from a header row that opens with it.

    A government page's info block stamps the day only (发布日期：2023-12-08) over the article's own row under the
    headline, which opens with the day and its time (2023-12-08 10:36 | 来源：… | 阅读：618): one reading, the finer
    wins. A row whose date follows a label of its own (更新时间, 成文日期) is another reading and lends nothing."""
    for line in lines:
        if line.lstrip()[:2] in ("19", "20") and not _excluded(line):
            got = _bare(line)
            if got and got.startswith(iso + "T"):
                return got
    return iso


def find_published(lines: list[str], bare: list[str] | None = None) -> str | None:
    """The page's publish time from its header lines, or None.

    Labelled dates (发布时间 …) win over generic ones (时间, 日期), which win over
    update times; without any label, a bare date line among the first lines counts
    (of ``bare`` when given: the header without its menus, which may be long).
    Dates on profile or copyright lines are never used.
    """
    best: tuple[int, int, str] | None = None
    timed: list[str] = []  # publish-labelled readings with a time of day (for a date-only best of the same day)
    for i, line in enumerate(lines):
        hit = _labelled(line)
        if hit and (best is None or hit[0] < best[0]):
            best = (hit[0], i, hit[1])
        if hit and hit[0] < _UPDATE_RANK and "T" in hit[1]:
            timed.append(hit[1])
    if best:
        iso = _timed_same_day(best[2], timed)
        return iso if "T" in iso else _row_time_same_day(iso, lines if bare is None else bare)
    found = None
    for line in (lines if bare is None else bare)[:_BARE_TOP]:
        if _excluded(line):
            continue
        iso = _bare(line)
        if iso and found is None:
            found = iso
            if "T" in iso:
                return iso
        elif iso and iso.startswith(found) and len(iso) > len(found):
            return iso  # the same day again, with its time (a site bar's date, then the article's date and time)
    return found


# A note's own stamp line under its text (小红书, 豆瓣, 知乎: 编辑于 2024-09-14 内蒙古, 发布于 2023-09-12 21:47・IP 属地福建):
# the label, the date, at most the poster's region after it. Such a line follows the note's hashtags or
# tags, so the cleaner may file it with the tail's chrome rather than the header.
_STAMP = lazyrx.compile(r"^\s*(?:编辑于|編輯於|发布于|發布於|發佈於|发表于|發表於)\s*(?P<date>(?:19|20)\d\d[-/.年][\d\s\-/.:月日号號]{3,20}?)"
                        r"\s*(?:[·・•|｜]\s*)?(?:IP\s*(?:属地|屬地)\s*[:：]?\s*)?\p{Han}{0,7}\s*$")


# … or, unlabelled, the date and the poster's province alone (小红书: 2024-05-16 江苏 under the hashtags). A
# comment's stamp has the same shape but no year (05-16 浙江): the year is required.
_REGION_STAMP = lazyrx.compile(r"^\s*(?P<date>(?:19|20)\d\d[-/.年]\d{1,2}[-/.月]\d{1,2}日?(?:\s+\d{1,2}:\d\d)?)\s+"
                               r"(?:IP\s*(?:属地|屬地)\s*[:：]?\s*)?" + PROVINCES + r"\s*$")


def stamp_date(line: str) -> str | None:
    """The date of a note's stamp line (编辑于 2024-09-14 内蒙古, 2024-05-16 江苏), else None: the whole line is
    the stamp."""
    if "于" in line or "於" in line:
        mt = _STAMP.match(_halfwidth(line))
    elif line.lstrip()[:1] in ("1", "2", "１", "２"):  # (a year opens the unlabelled stamp)
        mt = _REGION_STAMP.match(_halfwidth(line))
    else:
        return None
    return parse_datetime(mt["date"]) if mt else None


# A platform post's stamp with a two-digit year (Weibo: 24-11-6 10:30 来自 微博网页版, 24-3-2 08:15 发布于 湖北): a
# two-digit year is read only in this shape, the time of day then the client or the poster's region after 来自 or
# 发布于, the whole line the stamp. (A comment's stamp has no year, 11-6 11:02 来自贵州: not read.)  The client may
# be followed by its web address (来自 微博 weibo.com).
_SHORT_YEAR_STAMP = lazyrx.compile(r"^\s*(?P<y>\d\d)-(?P<m>\d{1,2})-(?P<d>\d{1,2})\s+(?P<h>[01]?\d|2[0-3]):(?P<mi>[0-5]\d)\s*"
                                   r"(?:来自|來自|发布于|發布於|发表于|發表於)\s*[^\s，。；！？,;!?]{1,16}"
                                   r"(?:\s+[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)?"
                                   r"(?:\s+(?:已编辑|已編輯|编辑过|編輯過))?\s*$")


def short_year_stamp(line: str) -> str | None:
    """The date and time of a platform's two-digit-year stamp line (24-11-6 10:30 来自 微博网页版), else None."""
    if "-" not in line:
        return None
    mt = _SHORT_YEAR_STAMP.match(_halfwidth(line))
    if mt is None:
        return None
    y, m, d = 2000 + int(mt["y"]), int(mt["m"]), int(mt["d"])
    return _iso(y, m, d, int(mt["h"]), int(mt["mi"])) if _valid(y, m, d) else None


# A blog post's headline followed by its stamp in brackets (做了二十年基层工会主席 (2015-05-01 21:36:18), 新浪博客):
# a headline's worth of text, then the date with its time, closing the line.
_HEADLINE_STAMP = lazyrx.compile(r"^\s*\S.{5,}?\s*[(（]\s*(?P<date>(?:19|20)\d\d-\d{1,2}-\d{1,2}\s+\d{1,2}:\d\d(?::\d\d)?)\s*[)）]\s*$")


def headline_stamp(line: str) -> str | None:
    """The date and time a blog's headline row ends with in brackets (标题 (2015-05-01 21:36:18)), else None."""
    if not line.endswith((")", "）")):
        return None
    mt = _HEADLINE_STAMP.match(line)
    return parse_datetime(mt["date"]) if mt else None


# --- a year-less stamp completed from the footer ---------------------------------------

# A county media app's or portal's stamp that leaves the year out (12月03日 09:15, 11-26 09:15): month, day
# and a time (the time is required: a bare 11-26 on a header row may be anything, a score, a range, a code).
_YEARLESS = lazyrx.compile(
    r"(?<![\d\-/.年])(?P<m>1[0-2]|0?[1-9])(?:\s*月\s*(?P<d>[0-3]?\d)\s*[日号號]|-(?P<d2>[0-3]?\d))"
    r"\s+(?P<h>[01]?\d|2[0-3]):(?P<mi>[0-5]\d)(?![\d:])"
)
# The site's copyright year in its footer: © 2024, Copyright © 2010-2024 (a range's end), 版权所有 ©2024.
_COPYRIGHT_YEAR = lazyrx.compile(
    r"(?:©|\(c\)|\(C\)|Copyright|COPYRIGHT|copyright|版权所有|版權所有)\s*(?:©\s*)?"
    r"(?:(?:19|20)\d\d\s*[-–—~至]\s*)?(?P<y>(?:19|20)\d\d)(?!\d)"
)
#: A year a sentence names (2024年, 2025年度): the footer's year must be one the text names.
_BODY_YEAR = lazyrx.compile(r"(?<!\d)((?:19|20)\d\d)\s*年")


def yearless_stamp(line: str) -> tuple[int, int, int, int] | None:
    """(month, day, hour, minute) of a header row whose only date is a year-less stamp with its time, else None.

    Only a row that is otherwise names and labelled fields (融媒记者：X 浏览：643, an outlet's name) counts,
    as for a bare date line (see ``_bare``); a row holding a full date is no year-less one."""
    text = _halfwidth(line).strip()
    if parse_datetime(text):
        return None
    found = list(_YEARLESS.finditer(text))
    if len(found) != 1:
        return None
    mt = found[0]
    head, rest = _beside(text, mt)
    if head and not _fields_or_names(head) or _prose_after(rest):
        return None
    return int(mt["m"]), int(mt["d"] or mt["d2"]), int(mt["h"]), int(mt["mi"])


def copyright_year(lines: list[str]) -> int | None:
    """The footer's one copyright year (a range's end), or None when it names none or several."""
    years = {int(mt["y"]) for line in lines for mt in _COPYRIGHT_YEAR.finditer(line)}
    return years.pop() if len(years) == 1 else None


def _lone_yearless_stamp(header: list[str]) -> tuple[int, int, int, int] | None:
    """The header's only stamp when it is year-less and no header row holds a full date (month, day, hour, minute),
    else None: what year_from_footer and year_from_url may date."""
    lines = header[:_BARE_TOP]
    if any(parse_datetime(line) for line in lines):
        return None
    stamps = [s for line in lines if (s := yearless_stamp(line))]
    return stamps[0] if len(stamps) == 1 else None


def year_from_footer(header: list[str], footer: list[str], body: list[str]) -> str | None:
    """A year-less header stamp (12月03日 09:15) dated with the footer's copyright year, or None.

    Taken only where it is safe: the header's only stamp is year-less (no header row holds a full date),
    the footer names a single © year (or a range ending in it), and the body names that year (2024年…) and none
    after the next, or (a November or December stamp) names only the next year (a year-end piece on 2025年度's
    contract) (a footer not updated since, or one stamping the year a page is served, would not fit the
    text). The caller must say in the record that the year is the footer's."""
    stamp = _lone_yearless_stamp(header)
    if stamp is None:
        return None
    y = copyright_year(footer)
    if y is None:
        return None  # (before the body's years are gathered: most footers name no single year)
    named = {int(v) for para in body for v in _BODY_YEAR.findall(para)}
    m, d, h, mi = stamp
    if not named and _yearless_body_fits(m, d, y, footer, body):
        return _iso(y, m, d, h, mi)
    if not named or max(named) > y + 1:
        return None
    if y not in named and not _next_year_plan(m, y, named):
        return None
    return _iso(y, m, d, h, mi) if _valid(y, m, d) else None


#: A range of copyright years (© 2010-2025): a footer kept current by the site, so the year is no article's.
_COPYRIGHT_RANGE = lazyrx.compile(r"(?:19|20)\d\d\s*[-–—~至]\s*(?:19|20)\d\d")
#: A month and day the text names (3月6日), the day its event took place.
_BODY_MONTH_DAY = lazyrx.compile(r"(?<!\d)(\d{1,2})\s*月\s*(\d{1,2})\s*日")
#: How many days before the stamp the text's event may lie (a report follows its event within the week).
_EVENT_LAG = 7


def _yearless_body_fits(month: int, day: int, year: int, footer: list[str], body: list[str]) -> bool:
    """For a body that names no year (a short report: 3月6日，…): the footer's one © year is taken when it is
    a single year, no range, and the text dates its event within the week before the stamp in that year (a
    mobile page stamps 发布时间：3月7日 over a report of 3月6日). The event and the stamp then fall in one
    year, and nothing in the text names another."""
    if not _valid(year, month, day) or _copyright_range(footer):
        return False
    stamp = datetime.date(year, month, day)
    return any(_event_before(stamp, int(em), int(ed))
               for para in body if "月" in para for em, ed in _BODY_MONTH_DAY.findall(para))


def _copyright_range(footer: list[str]) -> bool:
    """A copyright line of ``footer`` gives a range of years (© 2010-2025): the site keeps it current."""
    return any(_COPYRIGHT_RANGE.search(line) for line in footer
               if "©" in line or "opyright" in line or "版" in line or "(c)" in line.lower())


def _event_before(stamp: datetime.date, month: int, day: int) -> bool:
    """The text's month and day, in the stamp's year, fall within _EVENT_LAG days before the stamp (or on it)."""
    return _valid(stamp.year, month, day) and 0 <= (stamp - datetime.date(stamp.year, month, day)).days <= _EVENT_LAG


#: From this month on, a piece may name only the coming year (a year-end agreement or plan for 2025年度).
_YEAR_END_MONTH = 11


def _next_year_plan(month: int, year: int, named: set[int]) -> bool:
    """A year-end stamp (November, December) over a body that names only the footer's next year, as a year-end
    piece on next year's contract or plan does: the footer's year still fits the text (a stale footer would sit
    two years or more behind it)."""
    return month >= _YEAR_END_MONTH and named == {year + 1}


#: A date in an article's address, as CMSs file pages by day: /2025/0307/, /202503/07/, /2025-03-07/, t20250307_,
#: /20250307/. Delimited by path characters so an id's digits (content_20250307123.htm) do not count.
_URL_DATE = lazyrx.compile(r"(?<![\d])(?P<y>(?:19|20)\d\d)(?:[/\-_]?(?P<m>[01]\d)[/\-_]?(?P<d>[0-3]\d))(?=[/_.\-]|$)")


def year_from_url(header: list[str], url: str | None) -> str | None:
    """A year-less header stamp (发布时间：3月7日 14:05) dated with the year of the page's own address, when that
    address files the page under the same month and day (…/2025/0307/8842.html): the CMS stamped both at once."""
    if not url or not any(c.isdigit() for c in url):
        return None
    stamp = _lone_yearless_stamp(header)
    if stamp is None:
        return None
    m, d, h, mi = stamp
    path = url.split("://", 1)[-1].partition("/")[2]  # (the host may hold digits of its own)
    years = {int(mt["y"]) for mt in _URL_DATE.finditer(path)
             if int(mt["m"]) == m and int(mt["d"]) == d and _valid(int(mt["y"]), m, d)}
    return _iso(years.pop(), m, d, h, mi) if len(years) == 1 else None
