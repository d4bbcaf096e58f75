"""Unlabelled rows over the article: a self-media account and date row, an app's info bar, a portal's row
of date, organ and name, a name over the date.
"""

from __future__ import annotations

import regex

from ... import lazyrx
from ...provinces import PROVINCES
from ...record import Removal
from ..dates import parse_datetime
from .base import _LABEL_FIELD, _ORG_END, normalise_line
from .bylines import _HEAD_REPORTER, _clean_reporters
from .counts import _VIEW_HINT
from .labels import _LONE_LABEL, labelled_fields
from .logos import _EDITION_WORDS, _PAPER_END, site_from_logo
from .values import _HAN_NAME

# A WeChat article's top line: 原创 [author] account date (原创 张晓红 江城工会 2024-07-15 20:30 发表于湖北).
_WECHAT = lazyrx.compile(r"^\s*(?:原创|原創)\s+(?:(?P<author>[^\s\d]{2,12})\s+)?(?P<account>[^\s\d]{2,20})\s+(?:19|20)\d\d")
# … and its top line before 2018, the date first: 原创 2017-01-16 张晓红 江城工会 江城工会 (the account named twice).
_WECHAT_DATE_FIRST = lazyrx.compile(r"^\s*(?:原创|原創)\s+(?:19|20)\d\d[-/.]\d{1,2}[-/.]\d{1,2}\s+(?:(?P<author>[^\s\d]{2,12})\s+)?"
                                    r"(?P<account>[^\s\d]{2,20})(?:\s+(?P=account))?\s*$")
# A WeChat article without 原创: the account's name shown twice, then the date (广东工会 广东工会 2024年10月12日 07:30).
_WECHAT_REPOST = lazyrx.compile(r"^\s*(?P<author>)(?P<account>[^\s\d]{2,20})\s+(?P=account)\s+(?:19|20)\d\d[-/.年]")
# A WeChat article's top line since 2022: account, date, time and the poster's province (泰州工会 2024年09月03日
# 18:30 江苏, or …21:05 发表于海南; 转载 before it on a reposted article); the account is the site (the 来源 of a
# repost card, when any, is the source).
_WECHAT_REGION = lazyrx.compile(
    r"^\s*(?:(?:转载|轉載)\s+)?(?P<author>)(?P<account>[^\s\d]{2,20})\s+(?:19|20)\d\d[-/.年]\d{1,2}[-/.月]\d{1,2}日?\s+\d{1,2}:\d\d\s+"
    r"(?:发表于|發表於)?\s*" + PROVINCES + r"\s*$")
# An outlet in two dotted parts, the client and the paper (上游新闻·重庆晨报, 大众网·海报新闻).
_DOTTED_OUTLET = lazyrx.compile(r"^\p{Han}{2,10}[·・]\p{Han}{2,10}$")
# An app or news-client copy: the outlet, then the date (江城晚报 2024-01-08 06:50).
# (an app's meta row may run the name into the date: 安吉县融媒体中心2024-06-21 16:02 阅读 1.2万)
# (so run together only when the name ends as a publisher's does: not a badge such as 原创2024-01-12;
# or barred from the date: 湖南工人报 | 2024-04-29 08:05; a client's outlet dotted, the app and the paper's client:
# 大众新闻·大众日报客户端  2024-03-12 08:41, as _DOTTED_OUTLET)
# (an app's row may name the writer, labelled, between the outlet and the date: 某某区总工会 作者：张三 李四 2024-10-26)
_OUTLET_DATE = lazyrx.compile(r"^\s*(?P<outlet>\p{Han}[\p{Han}A-Za-z]{1,15}(?:[·・]\p{Han}{2,12})?)(?:\s*[|｜丨]\s*|\s+|(?<=中心|报|報|网|網|台|社|新闻|新聞|客户端|客戶端))"
                             r"(?:(?P<writer>(?:作者|记者|記者)\s*[:：]\s*\p{Han}{2,4}(?:\s+\p{Han}{2,4}){0,2})\s+)?"
                             r"(?:19|20)\d\d[-/.年]")
# A self-media account: its name on a line of its own, then "date · badge" (2024-05-01 09:12 · 优质…创作者).
_ACCOUNT = lazyrx.compile(r"^\s*(?P<name>[\p{Han}A-Za-z0-9_]{2,16})\s*$")
# A portal copy's date line ending in the outlet it reprints (2024年07月19日 09:46 潍坊日报): a paper, a news
# site or a client, unlabelled, as the line's only other word.
_DATE_OUTLET = lazyrx.compile(r"^\s*(?:19|20)\d\d[-/.年]\d{1,2}[-/.月]\d{1,2}日?\s*(?:\d{1,2}:\d\d(?::\d\d)?)?\s+"
                             r"(?P<outlet>\p{Han}{2,12}(?:报|報|网|網|新闻|新聞|客户端|客戶端))\s*$")
# (a news client's creator page writes "date time发布于<province><account>": 2024-03-29 11:06发布于山西河东职工官方账号)
_DATE_BADGE = lazyrx.compile(r"^\s*(?:19|20)\d\d[-/.年](?:[^·]{0,20}·|\d{1,2}[-/.月]\d{1,2}日?\s*\d{1,2}:\d\d\s*"
                            r"(?:发布于|發布於|发表于|發表於))")
# A row holding a date and nothing else (2024 06/12 16:05:31): no menu, whatever the cleaner filed it as (a date split
# over a template's elements, its year apart from the month/day, may read to it as a bar of short items).
_DATE_ALONE = lazyrx.compile(r"^\s*(?:19|20)\d\d[\d\s\-/.:年月日号號]*$")
# The links of an e-paper's issue bar beside the issue's date (2024年05月16日 星期四 上一期 | 下一期 | 往期回顾): the
# paper's other issues; the bar may be filed as navigation for them, its date is still the issue's.
_ISSUE_LINKS = lazyrx.compile(r"往期|上一期|下一期|前一期|后一期|後一期")

#: A post's badges before its date (原创 2017-01-16 …): marks, never an outlet.
_BADGES = frozenset({"原创", "原創", "转载", "轉載", "独家", "獨家", "首发", "首發"})

#: How an app's name ends (某某工会客户端, 某某新闻APP): a platform, never the account that posts on it.
_APP_ENDS = ("客户端", "客戶端", "APP", "App", "app")
# A forum post header's reply count (回复 2, 回帖:15): news apps count comments (评论), not replies.
_REPLY_COUNT = lazyrx.compile(r"(?:回复|回復|回覆|回帖)\s*[:：]?\s*\d")
_COUNTS = ("views", "")  # labels an outlet-and-date row may also hold (阅读 1.2万, 分享)
# What stamps a date rather than names anyone (最后编辑于 2024-06-21 08:40, 发表于 …, 修改时间 …): no outlet.
_STAMP_VERB = lazyrx.compile(r"(?:编辑|編輯|发表|發表|发布|發布|發佈|修改|更新|提交|回复|回覆)(?:于|於|时间|時間|在)?$|[于於]$")


_DATE_FIRST = lazyrx.compile(r"^\s*(?:19|20)\d\d[-/.年]")  # a row opening with its date


def _wechat_row(text: str, below: str | None) -> "regex.Match | None":
    """A WeChat 原创 row's match (author, account), its date on the row or, in a browser's text save, on the line
    below it alone."""
    mt = _WECHAT.match(text) or _WECHAT_DATE_FIRST.match(text)
    if mt is None and below is not None and _DATE_FIRST.match(below := normalise_line(below)):
        mt = _WECHAT.match(text.rstrip() + " " + below.lstrip())
    return mt


def _header_names(top: list[Removal]) -> dict[str, str]:
    """Author, reporter, source and site written in the page's first header rows (outside label:value fields)."""
    out: dict[str, str] = {}
    for i, r in enumerate(top):
        t = normalise_line(r.text)
        # each pattern needs a literal of its own (记者, 原创, a year 19xx/20xx, a short line): tested first
        year = "20" in t or "19" in t
        mt = _HEAD_REPORTER.match(t) if "记者" in t or "記者" in t else None
        if mt:
            out.setdefault("reporter", _clean_reporters(mt["names"]) or "")  # (cut before 通讯员 …)
        nxt = top[i + 1] if i + 1 < len(top) else None
        adjacent = nxt is not None and r.line is not None and nxt.line == r.line + 1
        mt = ((_wechat_row(t, nxt.text if adjacent else None) if "原创" in t or "原創" in t else None)
              or (_WECHAT_REPOST.match(t) if year else None)
              or (_WECHAT_REGION.match(t) if year else None))
        if mt:
            if mt["author"]:
                out.setdefault("author", mt["author"])
            # (a news client's row names its outlet dotted, the app and the paper it carries: 上游新闻·重庆晨报
            # 2024-08-08 14:05 重庆; no account's name: the source, the app's own logo names the site)
            out.setdefault("source" if _DOTTED_OUTLET.match(mt["account"]) else "site", mt["account"])
            continue
        dated = dated_outlet(t) if year else None
        if dated:
            out.setdefault(*dated)
        mt = _ACCOUNT.match(t) if len(t) <= 16 or len(t.strip()) <= 16 else None
        if mt and adjacent and _DATE_BADGE.match(normalise_line(nxt.text)):
            own = site_from_logo(t)[0]
            # (a site-like name is the account only under a platform's bar naming another site: 腾讯新闻 首页 …
            # over 某县总工会 and its date badge; an app's name, 某某工会客户端, is the platform showing the page)
            if (not mt["name"].endswith(_APP_ENDS)
                    and (not own or any((s := site_from_logo(p.text)[0]) and s != own for p in top[:i]))):
                out.setdefault("author", mt["name"])
    return {k: v for k, v in out.items() if v}


def dated_outlet(t: str) -> tuple[str, str] | None:
    """(field, name) of a normalised row naming an outlet beside its date (江城晚报 2024-01-08 06:50: the source),
    else None. (A view count may follow the date: 阅读 1.2万; a row that also counts replies heads a forum post,
    仙梅人 2024-06-21 08:32 浏览 2,103 回复 2: the name is the poster's handle, the author.)"""
    mt = _OUTLET_DATE.match(t) or _DATE_OUTLET.match(t)
    writer = ("author", "reporter") if mt and mt.groupdict().get("writer") else ()
    if (mt and mt["outlet"] not in _LABEL_FIELD and mt["outlet"] not in _BADGES and not _STAMP_VERB.search(mt["outlet"])
            and all(f in _COUNTS or f in writer for f, _ in labelled_fields(t))):
        return ("author" if _REPLY_COUNT.search(t) else "source"), mt["outlet"].strip()
    return None


# An outlet's stamp row under the headline, whole: the name, the date and time, at most a view count after them
# (沧州日报2024-06-14 10:20阅读 2.3万, 某某市总工会 2025-03-14 09:12).
_OUTLET_STAMP = lazyrx.compile(r"^[^\d]+(?:19|20)\d\d[-/.年]\d{1,2}[-/.月]\d{1,2}日?\s*\d{1,2}:\d\d(?::\d\d)?"
                               r"(?:\s*(?:阅读|閱讀|浏览|瀏覽)\s*[\d,.]+\s*(?:万|萬)?\+?|\s*[\d,.]+\s*(?:万|萬)?\s*(?:阅读|閱讀|浏览|瀏覽))?\s*$")


def outlet_stamp_source(t: str) -> str | None:
    """The source an outlet's stamp row names (its name, the date and time, a view count; the row _OUTLET_DATE
    reads among the first rows, here wherever the header puts it), else None: a badge or a place after the time,
    a date with no time, and it may be a post's or a Q&A's row."""
    if ":" not in t or not _OUTLET_STAMP.match(t) or (d := dated_outlet(t)) is None:  # (the time's colon: a gate)
        return None
    return d[1] if d[0] == "source" else None


# An app or mobile page's info bar under the headline (see clean.chrome.info_bar): parts set off by bars, dots or
# wide gaps, each a date-time, a labelled field or the outlet's bare name ("某某县融媒体中心 | 记者:张三 | 2023-11-18
# 15:40"). The golds take an unlabelled outlet before the date as the source, as for _OUTLET_DATE.
_INFO_SPLIT = lazyrx.compile(r"\s*[|｜丨┊│]\s*|\s+[·•・]\s+|\s{2,}")
_INFO_DATE = lazyrx.compile(r"^[\[(（]?\s*(?:19|20)\d\d\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?(?:\s*\d{1,2}:\d\d(?::\d\d)?)?\s*[\])）]?$")
_INFO_NAME = lazyrx.compile(r"^\p{Han}[\p{Han}A-Za-z0-9·]{1,19}$")


def _info_bar(text: str) -> dict[str, str]:
    """The bare parts of an info bar read part by part: its date (published) and the outlet before it (source)."""
    t = normalise_line(text)
    parts = [p for p in _INFO_SPLIT.split(t.strip()) if p]
    if not 2 <= len(parts) <= 6:
        return {}
    out: dict[str, str] = {}
    name = None
    dated = False
    for p in parts:
        if labelled_fields(p):  # (its labelled parts are read with the whole line's: only the bare ones are left)
            continue
        if _INFO_DATE.match(p):
            dated = True
            if (iso := parse_datetime(p)):
                out.setdefault("published", iso)
        elif name is None and not dated and _INFO_NAME.match(p) and p not in _LABEL_FIELD and not _STAMP_VERB.search(p):
            name = p  # the outlet: unlabelled, before the date
        else:
            return {}
    if name and dated and not _REPLY_COUNT.search(t):
        out.setdefault("source", name)
    return out


# A date (and time) opening a row, then the row's other parts (2025-05-27   德兴市总工会   汪丽萍   浏览:531次).
_ROW_DATE = lazyrx.compile(r"^\s*[\[(（]?\s*(?:19|20)\d\d\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?"
                          r"(?:\s*\d{1,2}:\d\d(?::\d\d)?)?\s*[\])）]?\s+(?P<rest>\S.*)$")
_BARE_COUNT = lazyrx.compile(r"^\d[\d,]*\s*(?:次|人次)?$")
# A view counter set off from its number by a space (阅读 3405, 浏览 1.2万): one part of the row, not two.
_ROW_COUNTER = lazyrx.compile(r"(?<!\S)(?:阅读|閱讀|浏览|瀏覽|点击|點擊)(?:量|数|數)?\s+\d[\d,.]*\s*(?:万|萬)?\+?\s*(?:次|人次)?(?!\S)")


def _bare_info_row(text: str) -> dict[str, str] | None:
    """{source, author} of a portal's unlabelled info row under the headline (2025-05-27 德兴市总工会 汪丽萍
    浏览:531次): after the date, bare parts that are an organisation (…总工会, …日报, …融媒体中心) and a person's
    name, besides labelled fields and counts; any other part (a word, a sentence) and it is no such row."""
    if text.lstrip(" \t[(（")[:2] not in ("19", "20") or not _DATE_FIRST.match(text):  # (most header rows open with no date)
        return None
    mt = _ROW_DATE.match(normalise_line(text))
    if mt is None:
        return None
    org = name = None
    for p in _without_row_counters(mt["rest"]).split():
        if labelled_fields(p) or _BARE_COUNT.match(p):
            continue  # (its labelled parts are read with the whole line's)
        if org is None and name is None and len(p) >= 4 and _INFO_NAME.match(p) and _ORG_END.search(p):
            org = p
        elif org is not None and name is None and _HAN_NAME.match(p) and len(p) <= 4 and _person(p):
            name = p
        else:
            return None
    if org is None:
        return None
    return {"source": org, "author": name} if name else {"source": org}


def _without_row_counters(rest: str) -> str:
    """``rest`` with its spaced view counters (阅读 3405) blanked out, so a counter's word and number are not read
    as two parts of the row; the search runs only when a counter's character is there."""
    if _VIEW_HINT.search(rest) or "点" in rest or "點" in rest:
        return _ROW_COUNTER.sub(" ", rest)
    return rest


def _person(s: str) -> bool:
    """A person's name (the people extractor's test, loaded only for the rare unlabelled row)."""
    from ..people import is_person_name

    return is_person_name(s, True)


def _name_row_over_date(header: list[Removal], name: str) -> bool:
    """Whether ``name`` stands alone on a header row right over the date row (an app's account line, however the
    cleaner filed it)."""
    for r, nxt in zip(header, header[1:]):
        if (r.line is not None and nxt.line is not None and 0 < nxt.line - r.line <= 2
                and normalise_line(r.text).strip() == name and _DATE_FIRST.match(normalise_line(nxt.text))):
            return True
    return False


def _name_over_date(header: list[Removal]) -> dict[str, str]:
    """The bare name line right above the header's date line (self-media, app and portal copies print
    the account or paper that way under the headline): a paper (…报) is the source, a site's own name is
    left to the site rules, any other name (an account: 工友视点) is the author."""
    for r, nxt in zip(header, header[1:]):
        if r.kind != "page_header" or nxt.kind != "page_header" or r.line is None or nxt.line is None:
            continue
        if not 0 < nxt.line - r.line <= 2:
            continue
        t = normalise_line(r.text)
        mt = _ACCOUNT.match(t)
        if not mt or not _DATE_FIRST.match(normalise_line(nxt.text)) or parse_datetime(t):
            continue
        if _LONE_LABEL.match(t):
            continue  # a flattened box's label over its value (发布时间 / 2024年4月27日), no name
        if t.strip() in _EDITION_WORDS:
            continue  # an e-paper's label over its issue date (东台日报 / 数字报 / 2024年01月18日): the paper is named above
        name = mt["name"]
        if _PAPER_END.search(name):
            return {"source": name}
        if site_from_logo(t)[0] or name.endswith(_APP_ENDS):
            return {}  # (the site's name, or its app's: 某某新闻APP)
        return {"author": name}
    return {}
