"""The site's name read from one row: a title suffix, a header's ``Name http://…``, a footer's copyright, a
forum engine's credit or title, a Tieba bar's title, a government sponsor, a footer's policy links, an
aggregator's note of the post it collected.
"""

from __future__ import annotations

import re

from ... import lazyrx
from ... import recode
from .base import normalise_line
from .site_names import _NOT_SITE, _platform_mark, _site_name, own_site

_SUFFIX_START = lazyrx.compile(r"\s*[-_|｜–—·]")

_SUFFIX_SPLIT = lazyrx.compile(r"\s*[-_|｜丨│–—·]\s*|\s{2,}")  # (丨 │: an app or portal bars its site off)
_HEAD_SITE = lazyrx.compile(r"^\s*(?P<name>[\p{Han}A-Za-z0-9]{2,20})\s+(?=https?://|www\.)")
# The name of a site's back office after the site's own (某某网 内容管理系统, 某某网后台管理系统): the CMS signs its
# preview and editing pages so.
_BACK_OFFICE = r"(?:(?:内容|內容|后台|後台|网站|網站)?(?:管理|发布|發布|采编|採編)(?:系统|系統))"
# … the same closing a <title>'s last part, maybe with the system's version (某某网 内容管理系统 V5.2).
_BACK_OFFICE_TAIL = lazyrx.compile(rf"\s*{_BACK_OFFICE}(?:\s*V?\d[\d.]*)?\s*$")
_COPYRIGHT = (
    # X © 2024 版权所有 — the name before the sign, the words after the year (an aggregator's one-line footer,
    # whose link words follow: 关于我们 | 联系我们); read first: the patterns below would take the year or a link word
    lazyrx.cached(r"^\s*(?P<x>[^\s:,，|©]{2,28})\s*(?:©|\(c\)|\(C\))\s*(?:19|20)\d\d(?:\s*-\s*(?:19|20)\d\d)?\s*"
                  r"(?:版权所有|版權所有)"),
    # 版权所有:X — the holder named after a colon
    lazyrx.cached(r"(?:版权所有|版權所有)\s*:\s*(?:©|\(c\)|\(C\))?\s*(?:\d{4}(?:\s*-\s*\d{4})?)?\s*(?P<x>[^\s,，|]{2,30})"),
    # 主办:X版权所有 — the name glued to the words
    lazyrx.cached(r"(?:主办|主辦)(?:单位|單位)?\s*:?\s*(?P<x>[^\s:,，|]{2,30}?)(?:版权所有|版權所有)"),
    # X 版权所有, © 2023 X 版权所有; a clause of the site's notice may name X after a copula, which is no part of
    # the name (本站刊登的…资料,均为X版权所有)
    lazyrx.cached(r"(?:(?<=[,，;；、。])\s*(?:均为|均為|皆为|皆為|都为|都為|均系|均係|均属|均屬|属于|屬於|为|為|系|係|属|屬)\s*)?"
                  r"(?P<x>[^\s:,，|©]{2,30}?)\s*(?:版权所有|版權所有)"),
    # 版权所有 © 2023 X
    lazyrx.cached(r"(?:版权所有|版權所有)\s*(?:©|\(c\)|\(C\))?\s*(?:\d{4}(?:\s*-\s*\d{4})?)?\s*(?P<x>[^\s,，|]{2,30})"),
    lazyrx.cached(r"(?:Copyright|COPYRIGHT|copyright|©)\s*(?:©|\(c\)|\(C\))?\s*(?:\d{4}(?:\s*-\s*\d{4})?)?\s*(?:by\s+)?"
                  r"(?P<x>[^\s,，|]{2,30})"),
    # 版权归X所有 — the holder between the words (a magazine's notice: 本刊文章版权归《某某》杂志社所有); a platform's
    # note that its writers hold the rights (版权归原作者所有) is refused by _site_name
    lazyrx.cached(r"(?:版权|版權)(?:归|歸)\s*(?!原?作者)(?P<x>[^\s:,，|]{2,30}?)\s*所有"),
    # X © 2024 — a site's name before the sign (an app or county portal's one-line footer), or before the name of
    # its back office (X内容管理系统 © 2024: a CMS's preview and editing pages are signed by the system named after it)
    lazyrx.cached(r"^\s*(?P<x>[^\s:,，|©]{1,28}(?:网|網|报|報|台|社|站|中心|工会|工會|论坛|論壇))"
                  rf"\s*{_BACK_OFFICE}?\s*(?:©|\(c\)|\(C\))\s*(?:19|20)\d\d"),
)


def site_from_suffix(suffix: str) -> str | None:
    """The last segment of a title suffix (`` - 贵州 - 中工网`` → 中工网), an edition word after it aside
    (… - 鹿邑论坛 - 手机版 - Powered by Discuz!: a forum's mobile pages name their edition last; a print view's
    … - 某某网 - 打印页面)."""
    parts = [p.strip() for p in _SUFFIX_SPLIT.split(normalise_line(suffix)) if p.strip() and not _ENGINE.match(p)]
    while len(parts) > 1 and _EDITION_WORD.match(parts[-1]):
        parts.pop()
    if parts and (glued := _EDITION_WORD.search(parts[-1])) and glued.start():
        parts[-1] = parts[-1][:glued.start()]  # (the edition glued on: 某某网手机版)
    if parts and (office := _BACK_OFFICE_TAIL.search(parts[-1])) and office.start():
        parts[-1] = parts[-1][:office.start()]  # (a CMS's preview page: 某某网 内容管理系统, the system named after the site)
    return (_platform_mark(parts[-1]) or _site_name(parts[-1])) if parts else None


# The edition or view a page belongs to, written after the site's name in its <title> (手机版, 触屏版, WAP版, 打印页面),
# as a segment of its own or glued to the name.
_EDITION_WORD = lazyrx.compile(r"(?:手机版|手機版|触屏版|觸屏版|移动版|移動版|(?i:wap)版|极速版|極速版"
                               r"|打印页面|打印頁面|打印版|打印预览|打印預覽)$")


# The forum or CMS software's credit some sites end their <title> with (… - 某某论坛 - Powered by Discuz!).
_ENGINE = lazyrx.compile(r"(?i)\s*powered\s+by\b")


def site_from_header(line: str) -> str | None:
    """A header line that opens with the site's name and its address (廣元工會網 http://…)."""
    mt = _HEAD_SITE.match(normalise_line(line))
    return _site_name(mt["name"]) if mt else None


_HOST_WORD = lazyrx.compile(r"^(?:主办|主辦)(?:单位|單位)?:?")
# The same label after the name (四川工人日报社主办  版权所有): the body sponsoring the site, named without it.
_HOST_TAIL = lazyrx.compile(r"(?:主办|主辦)(?:单位|單位)?$")
#: Every _COPYRIGHT pattern needs one of these words: a line without them is skipped unread.
_COPYRIGHT_WORDS = ("版权所有", "版權所有", "版权归", "版權歸", "Copyright", "COPYRIGHT", "copyright", "©")
_COPYRIGHT_HINT = recode.compile("|".join(map(re.escape, _COPYRIGHT_WORDS)))  # one search instead of six


# A contact field run into the holder's name (版權所有：某市總工會 地址：…, glued once a reading was cut out of the
# name and the line's parts were joined back): the label and what follows are no part of the name.
# (so may a licence number be, its province's character first: 版權所有：某某工會網黑ICP備…號)
_CONTACT_LABEL = lazyrx.compile(r"(?<=\p{Han})(?:(?:地址|电话|電話|邮编|郵編|传真|傳真|联系电话|聯繫電話)\s*[:：]"
                                r"|\p{Han}(?:ICP|icp)).*$")


def site_from_footer(line: str) -> str | None:
    """The site's name from a copyright line (主办:X版权所有, Copyright © 2023 X)."""
    line = normalise_line(line)
    if not _COPYRIGHT_HINT.search(line):
        return None
    for rx in _COPYRIGHT:
        mt = rx.search(line)
        if mt:
            x = mt["x"].replace("《", "").replace("》", "")  # (a paper's or magazine's title marks: 《某某》杂志社)
            name = _site_name(_HOST_TAIL.sub("", _HOST_WORD.sub("", _CONTACT_LABEL.sub("", x))))
            if name:
                return name
    return None


# A forum's footer row naming the board before its software's credit, a licence number in brackets between them
# (某某论坛 ( 赣ICP备… ) Powered by Discuz!, … | 返回顶部 | 某某论坛 Powered by Discuz!): the board is the site.
# (A <title> row's "X - Y - Powered by" is read as a title suffix; the dash keeps it out of this pattern.)
_ENGINE_FOOTER = lazyrx.compile(r"(?:^|[|｜]\s*)(?P<x>[\p{Han}A-Za-z0-9]{2,20}?)\s*(?:[(（][^()（）]{0,40}[)）]\s*)?"
                                r"\s(?i:powered\s+by)\b")
_BOARD_END = ("论坛", "論壇", "社区", "社區")


def site_from_engine_credit(line: str) -> str | None:
    """The board named before a forum software's credit on the footer row (某某论坛 Powered by Discuz!), else None:
    only a name ending like a board's or a site's (论坛, 社区, 网 …), not a link word of the row."""
    mt = _ENGINE_FOOTER.search(normalise_line(line))
    x = _site_name(mt["x"]) if mt else None
    if not x or x in _NOT_SITE:
        return None
    return x if x.endswith(_BOARD_END) and len(x) > 2 or own_site(x) else None


# A forum's own <title> row (its index page's, no thread subject in it): the board's name and its tagline set off
# by dashes, then the software's credit (某某论坛 - 某地生活 - Powered by Discuz!, 某某論壇 - … - Powered by phpwind).
_ENGINE_TITLE = lazyrx.compile(r"^(?P<parts>.{4,60}?)\s*[-_|｜–—]\s*(?i:powered\s+by)\b")


def site_from_engine_title(line: str) -> str | None:
    """The board named in a forum's title row before the software's credit: the last part ending like a board's
    name (论坛, 社区), wherever the tagline stands (a thread's title row names the board after the subject and
    the section); None when no part does."""
    mt = _ENGINE_TITLE.match(normalise_line(line))
    if not mt:
        return None
    for p in reversed([p.strip() for p in _SUFFIX_SPLIT.split(mt["parts"]) if p.strip()]):
        x = _site_name(p)
        if x and x.endswith(_BOARD_END) and len(x) > 2 and x not in _NOT_SITE:
            return x
    return None


# A Tieba bar's own title row: the bar's name before the platform's, then the bar's slogan
# (某某吧-百度贴吧--某某人自己的网上家园--): the bar is the site, as a forum's board is; the platform only hosts it.
_BAR_TITLE = lazyrx.compile(r"^\s*(?P<bar>\p{Han}[\p{Han}A-Za-z0-9]{0,14}(?<![贴貼])吧)\s*[-_–—]\s*百度(?:贴吧|貼吧)")


def site_from_bar_title(line: str) -> str | None:
    """The bar a Tieba title row opens with (某某吧-百度贴吧--slogan--), else None."""
    mt = _BAR_TITLE.match(normalise_line(line))
    return _site_name(mt["bar"]) if mt else None


# A Tieba bar's head over its threads: the bar's name, then its counts of followers and posts, on one row or two
# (某某吧　关注：23,156　贴子：187,402): the bar is the site, as in its title row.
_BAR_NAME = r"(?P<bar>\p{Han}[\p{Han}A-Za-z0-9]{0,14}(?<![贴貼])吧)"
_BAR_COUNTS = r"(?:关注|關注)\s*[:：]\s*[\d,.]+[万萬]?(?:\s+(?:贴子|貼子|帖子)\s*[:：]\s*[\d,.]+[万萬]?)?"
_BAR_HEAD = lazyrx.compile(r"^\s*" + _BAR_NAME + r"(?:\s+" + _BAR_COUNTS + r"|\n\s*" + _BAR_COUNTS + r")\s*(?:\n|$)")


def site_from_bar_head(lines: list[str]) -> str | None:
    """The bar a Tieba page's head names over its counts (某某吧 关注：N 贴子：N, or the name on the row above them),
    else None."""
    for line, below in zip(lines, [*lines[1:], ""]):
        mt = _BAR_HEAD.match(normalise_line(line) + "\n" + normalise_line(below))
        if mt:
            return _site_name(mt["bar"])
    return None


# A government portal's footer names its sponsor, the government's office (主办:绥中县人民政府办公室): the portal
# is the government's own site.  (A union or paper named as sponsor is not read: a reposting site prints it too.)
_GOV_SPONSOR = lazyrx.compile(r"(?:主办|主辦)(?:单位|單位)?\s*[:：]?\s*(?P<x>\p{Han}{2,20}?(?:人民政府))(?:办公室|辦公室)")


def site_from_sponsor(line: str) -> str | None:
    """The government named as a portal's sponsor on a footer line (主办:X人民政府办公室 → X人民政府), else None."""
    return _sponsor_named(line, _GOV_SPONSOR)


# The body a footer names as the site's sponsor (主办:某某杂志社, 主辦單位：…), whatever its kind: read only to
# confirm a short name the page's logo gives (see site_echoes._short_site), never as the site itself.
_SPONSOR = lazyrx.compile(r"(?:主办|主辦)(?:单位|單位)?\s*[:：]\s*(?P<x>\p{Han}{2,24})")


def footer_sponsor(line: str) -> str | None:
    """The sponsor a footer line names after 主办:, else None."""
    return _sponsor_named(line, _SPONSOR)


def _sponsor_named(line: str, pattern) -> str | None:
    """What ``pattern``'s group x reads after a sponsor label (主办) on ``line``, as a site name, else None."""
    if "主" not in line:
        return None
    mt = pattern.search(normalise_line(line))
    return _site_name(mt["x"]) if mt else None


def _after_title(line: str, title: str | None) -> str:
    """What follows the headline on a line that opens with it (its site suffix), else ""."""
    if not title:
        return ""
    want = "".join(title.split())
    i = n = 0
    while i < len(line) and n < len(want):
        if not line[i].isspace():
            if line[i] != want[n]:
                return ""
            n += 1
        i += 1
    rest = line[i:]
    # a suffix is set off by a separator (_ - | ·), never glued prose
    return rest if n == len(want) and _SUFFIX_START.match(rest) else ""


# A platform's footer links to its own policies, each naming the platform (某某指南 · 某某协议 · 某某隐私保护指引): where
# no copyright line names it, the name two of them share is the site's.
_POLICY_LINK = lazyrx.compile(r"^(?P<x>\p{Han}{2,6}?)(?:用户|用戶|服务|服務)?"
                              r"(?:指南|协议|協議|隐私(?:保护|保護)?(?:指引|政策)|隱私(?:保護)?(?:指引|政策)|规范|規範|公约|公約)$")
_LINK_SPLIT = lazyrx.compile(r"\s*[·•|｜/]\s*|\s{2,}")


def site_from_policy_links(line: str) -> str | None:
    """The platform named by two or more of a footer row's policy links (某某指南 · 某某协议), else None."""
    names = [mt["x"] for item in _LINK_SPLIT.split(normalise_line(line)) if (mt := _POLICY_LINK.match(item.strip()))]
    x = next((n for n in names if names.count(n) >= 2), None)
    return x if x and x not in _NOT_SITE else None


# An aggregator's note under a mirrored WeChat post naming itself as the collector (本文由某某收录自微信公众号“X”，
# 仅供阅读): the collector is the site showing the page; the account it names is the post's source.
_COLLECTOR = lazyrx.compile(r"本文由\s*(?P<x>[\p{Han}A-Za-z0-9]{2,20}?)\s*(?:收录|收錄)自")


def site_from_collector_note(line: str) -> str | None:
    """The aggregator a note names as having collected the post (本文由X收录自… → X), else None."""
    mt = _COLLECTOR.search(normalise_line(line)) if "本文由" in line else None
    x = _site_name(mt["x"]) if mt else None
    return x if x and x not in _NOT_SITE else None
