"""The site's name read from the page as a whole: an aggregator naming itself as the post's collector
(_collector_site), the logo rows' name weighed against the source and the app's banner (_logo_site), then a name
the header and footer both show, a breadcrumb's head, a logo over a menu or over its Latin name, an app's banner, a
media brand, a short name for the copyright holder (_page_site).
"""

from __future__ import annotations

import re

from ... import lazyrx
from ... import recode
from ...record import Removal
from .base import _first, normalise_line
from .header_rows import _name_row_over_date
from .logos import (_LOGO, _NAV_FIRST, _NAV_MARK, _PAGE_ROW, _edition_under_logo, _menu_items, site_from_greeting,
                    site_from_logo)
from .site_names import _APP_PLUS, _APP_PROMPTS, _HOME_VERBS, _NAV_GLUE, _NOT_SITE, _site_name
from .site_rows import (footer_sponsor, site_from_bar_head, site_from_bar_title, site_from_engine_credit,
                        site_from_engine_title, site_from_collector_note, site_from_footer, site_from_policy_links,
                        site_from_sponsor)

# A name opening a header row: its first part before a tagline, a breadcrumb's arrow or a bar (化龙巷 - 常州第一
# 生活社区, 化龙巷 › 论坛 › …), or the whole row (a bureau's masthead: 绵阳市人力资源和社会保障局; an app's title bar: 某某+).
_HEAD_FIRST = lazyrx.compile(r"^\s*(?P<name>\p{Han}{2,20}%s)(?:\s*[-_|｜丨│–—·›>»]|\s|$)" % _APP_PLUS)
# A footer row opening with a name, maybe after the sponsor's or the holder's label (主办单位：X 承办：…, X ( 苏ICP备…号 ),
# an app's 某某+ 某某日报社主办).
_FOOTER_LEAD = lazyrx.compile(r"^\s*(?:(?:主办|主辦)(?:单位|單位)?|版权所有|版權所有)?\s*:?\s*(?P<name>\p{Han}{2,20}%s)(?:\s|[(（]|$)"
                              % _APP_PLUS)
# … or naming it as the body that runs the site for the sponsor (主办:某市总工会 承办:某市职工法律援助中心: a centre's own
# site, its name over the page, run for the union that sponsors it).
_FOOTER_RUNNER = lazyrx.compile(r"(?:承办|承辦)(?:单位|單位)?\s*:?\s*(?P<name>\p{Han}{2,20})(?:\s|[(（]|$)")
#: What marks a footer row: a licence number, a copyright or a sponsor's label (tested before the pattern), or a
#: site's links to its legal texts (某某 · 用户协议 · 隐私政策: an app page's footer, which has no licence row; a Q&A
#: site's 某某 | 关于我们 | 联系我们 | 免责声明).
_FOOTER_MARKS = ("ICP", "备", "備", "版权", "版權", "主办", "主辦", "承办", "承辦", "©", "Copyright", "copyright",
                 "用户协议", "用戶協議", "服务协议", "服務協議", "隐私政策", "隱私政策", "免责声明", "免責聲明",
                 "法律声明", "法律聲明")
_FOOTER_MARK_RX = recode.compile("|".join(map(re.escape, _FOOTER_MARKS)))  # (any of them: one search per row)


def _echoed_site(top: list[Removal], removed: list[Removal]) -> str | None:
    """The name a header row opens with when a footer row opens with it too, by a licence, a copyright or as the
    sponsor (a city BBS, 化龙巷 › 论坛 … over 化龙巷 ( 苏ICP备…号 ); a bureau's site, its name over 主办单位：its name),
    or names it as the body running the site (承办：its name), or opens the row of links to its legal texts (an app's
    某某 · 用户协议 · 隐私政策): the site names itself at both ends of the page,
    whatever its name's ending. (A sponsor the header does not name is no site: a reposting portal prints its
    source's sponsor too.)"""
    heads: dict[str, Removal] = {}
    for r in top:
        mt = _HEAD_FIRST.match(normalise_line(r.text))
        name = _site_name(mt["name"]) if mt else None
        if name and name not in _NOT_SITE and name not in _HOME_VERBS and not name.startswith(_APP_PROMPTS):
            heads.setdefault(name, r)
    if not heads:
        return None
    for r in removed:
        if _FOOTER_MARK_RX.search(r.text) is None:
            continue
        t = normalise_line(r.text)
        for mt in (_FOOTER_LEAD.match(t), _FOOTER_RUNNER.search(t) if "承" in t else None):
            if mt and mt["name"] in heads and heads[mt["name"]] is not r:  # (another row than the one naming it)
                return mt["name"]
    return None


# A page's <title> row, the name and its tagline set off by a spaced dash or bar (化龙巷 - 常州人的网上家园), or the
# channel and board after it (某某社区 - 论坛 - 职场工会: a forum's header spelling its path with dashes), and a
# breadcrumb's head (化龙巷 › 巷子论坛 › 常州新闻 › …).
_TITLE_ROW = lazyrx.compile(r"^\s*(?P<name>[\p{Han}A-Za-z0-9]{2,20}?)\s+[-–—|｜]\s+\p{Han}\S{1,30}"
                            r"(?:\s+[-–—|｜]\s+\p{Han}\S{1,30}){0,2}\s*$")
_CRUMB_HEAD = lazyrx.compile(r"^\s*(?P<name>[\p{Han}A-Za-z0-9]{2,20}?)\s*(?:[›»>]|&gt;)")


def _crumb_echo(top: list[Removal]) -> str | None:
    """The name a page's title row opens with (X - tagline) when its breadcrumb opens with it too (X › board › …):
    the site names itself twice over the post, whatever its name's ending (a city BBS, 化龙巷); None otherwise."""
    titles = {mt["name"] for r in top if "-" in r.text or "|" in r.text or "—" in r.text or "｜" in r.text
              if (mt := _TITLE_ROW.match(normalise_line(r.text)))}
    if not titles:
        return None
    return _first(_site_name(mt["name"]) for r in top
                  if (mt := _CRUMB_HEAD.match(normalise_line(r.text))) and mt["name"] in titles)


# A forum's link row at the foot of the page, its name closing the row (Discuz!: Archiver|手机版|小黑屋|某某论坛), maybe
# before its licence number, in brackets or not (…|小黑屋|某某社区 ( 浙ICP备…号-1 ), …|小黑屋|某某论坛 陕ICP备…号).
_LINK_ROW_TAIL = lazyrx.compile(r"[|｜]\s*(?P<name>[\p{Han}A-Za-z0-9]{2,20}?)\s*"
                                r"(?:[(（]\s*\p{Han}?ICP[^()（）]{0,30}[)）]|\p{Han}ICP\S{0,30})?\s*$")


def _forum_name_echo(header: list[Removal], top: list[Removal], removed: list[Removal]) -> str | None:
    """The name heading a thread's breadcrumb (某某论坛 » 论坛 › 版块 › subject) when the page's logo row is that
    name alone or its footer's link row ends with it (…|小黑屋|某某论坛): a forum names itself over and under the
    thread, whatever its name's ending (论坛 alone is refused as a portal's channel); a Q&A site's breadcrumb may
    use a plain > (某某知道 > 社会民生 > …); None otherwise."""
    crumbs = {_site_name(mt["name"]) for r in header if "»" in r.text or "›" in r.text or ">" in r.text
              if (mt := _CRUMB_HEAD.match(normalise_line(r.text)))} - {None}
    crumbs -= _NOT_SITE
    if not crumbs:
        return None
    for r in top:
        if (t := normalise_line(r.text).strip()) in crumbs:
            return t
    return _first(mt["name"] for r in removed if "|" in r.text or "｜" in r.text
                  if (mt := _LINK_ROW_TAIL.search(normalise_line(r.text))) and mt["name"] in crumbs)


# A logo alone on a page's first row, maybe a Latin brand glued before it (360doc个人图书馆), right over a menu bar that
# opens with 首页 (首页 阅览室 馆友 我的图书馆).
_LOGO_ALONE = lazyrx.compile(r"^\s*(?P<name>[A-Za-z0-9]{0,12}\p{Han}{2,12})\s*$")
_HOME_MENU = lazyrx.compile(r"^\s*(?:首页|首頁)(?:\s+\S{2,8}){2,}\s*$")


def _logo_over_menu(top: list[Removal]) -> str | None:
    """The name on the page's first row when the next row is a menu bar opening with 首页: the site's logo over
    its menu, whatever its name's ending (a reprint library's 360doc个人图书馆); None otherwise."""
    if len(top) < 2 or top[0].line is None or top[1].line != top[0].line + 1:
        return None
    mt = _LOGO_ALONE.match(normalise_line(top[0].text))
    if not mt or not _HOME_MENU.match(normalise_line(top[1].text)):
        return None
    name = mt["name"]
    return None if name in _NOT_SITE or name.startswith(_APP_PROMPTS) else _site_name(name)


# An enterprise's or a union's logo: its Chinese name alone on a row, right over its Latin name (江西铜业集团有限公司 /
# JIANGXI COPPER CORPORATION LIMITED, 德清县总工会 / DEQING FEDERATION OF TRADE UNIONS, 某某有限公司 / … Co., Ltd.):
# two words or more, each capitalised or upper-case but for the small words of a name (of, and, the, for, &).
_NAME_ALONE = lazyrx.compile(r"^\s*(?P<name>\p{Han}{2,24})\s*$")
_LATIN_WORD = r"(?:[A-Z][a-z]+|[A-Z]{2,}|of|and|the|for|&)[.,]*"
_LATIN_NAME = lazyrx.compile(rf"^\s*{_LATIN_WORD}(?:\s+{_LATIN_WORD}){{1,11}}\s*$")
# … or the two side by side on the page's first row (a bilingual portal's logo: 某某国际化服务网 Mouzhen International).
_NAME_BESIDE_LATIN = lazyrx.compile(rf"^\s*(?P<name>\p{{Han}}{{2,24}})\s+{_LATIN_WORD}(?:\s+{_LATIN_WORD}){{1,11}}\s*$")


def _logo_over_latin(top: list[Removal], pieces: list[Removal]) -> str | None:
    """The Chinese name on a header row right over a removed row holding its Latin name: a bilingual logo names
    the site, whatever its name's ending (a company's, 某某智能装备有限公司); None otherwise. ``pieces``: the cleaner's
    removed pieces as filed (an upper-case name row may be filed as a jammer, which the joined removals drop).
    The logo may set its Latin name beside it on the page's first row instead (某某服务网 Mouzhen International)."""
    if top and (mt := _NAME_BESIDE_LATIN.match(normalise_line(top[0].text))):
        name = _site_name(mt["name"])
        if name and name not in _NOT_SITE:
            return name
    latin = {r.line for r in pieces if r.line is not None and r.text.isascii() and _LATIN_NAME.match(r.text)}
    if not latin:
        return None
    for r in top:
        if r.line is not None and r.line + 1 in latin and (mt := _NAME_ALONE.match(normalise_line(r.text))):
            name = _site_name(mt["name"])
            if name and name not in _NOT_SITE:
                return name
    return None


# An app's banner over a shared page: its prompt to open or download it by name (打开某某云APP 阅读体验更佳,
# 下载某某新闻客户端, 打开某某+APP).
_APP_BANNER = lazyrx.compile(r"^\s*(?:打开|打開|下载|下載)\s*(?P<name>\p{Han}[\p{Han}A-Za-z0-9]{1,11}?%s)\s*"
                             r"(?:APP|App|app|客户端|客戶端)(?:\s|[,，!！:：]|$)" % _APP_PLUS)


def _banner_apps(rows: list[Removal]) -> set[str]:
    """The apps the banners among ``rows`` prompt to open or download (打开某某云APP → 某某云), as written."""
    return {mt["name"] for r in rows if "开" in r.text or "開" in r.text or "下" in r.text
            if (mt := _APP_BANNER.match(normalise_line(r.text)))}


def _app_site(top: list[Removal], footer: list[Removal]) -> str | None:
    """The app whose page this is: named by the banner's prompt (打开某某云APP, over the page or at its foot:
    打开某某融媒APP 查看更多精彩内容) and again alone on a header row (the app's title bar, maybe after its back link:
    返回 某某网), whatever its name's ending; None otherwise."""
    names = {_site_name(name) for name in _banner_apps(top + footer)} - {None}
    if not names:
        return None
    # (the title bar may run the name on into the app's slogan: 某某云 + 河北人的新闻客户端, two spans read as one row,
    # or set its back link before it: 返回 某某新闻网)
    for r in top:
        t = normalise_line(r.text).strip()
        if "返" in t or "回" in t:
            t = _NAV_GLUE.sub("", t).strip()
        if "开" in t or "開" in t or "下" in t:
            t = _APP_BUTTON.sub("", t)
        if t in names:
            return t
        if "的" in t:
            for n in names:
                if t.startswith(n) and _SLOGAN.match(t, len(n)):
                    return n
    return None


# The app's own button after its name in the title bar (某某新闻　打开APP): the prompt, not part of the name.
# (a mirror's header bars it off and adds what the app offers: 某某聚看 — 打开APP，看更多精彩)
_APP_BUTTON = lazyrx.compile(r"\s*(?:[-–—|｜·•]{1,2}\s*)?(?:打开|打開|下载|下載)\s*(?:APP|App|app|客户端|客戶端)"
                             r"(?:\s*[,，]?\s*\p{Han}{2,10}[!！]?)?\s*$")


# An app's slogan after its name in the title bar: a phrase about whose app it is (河北人的新闻客户端, 你身边的新闻).
_SLOGAN = lazyrx.compile(r"\p{Han}{1,10}的\p{Han}{0,6}(?:客户端|客戶端|APP|App|平台|新闻|新聞|资讯|資訊)$")


# A county media centre's short brand (某某融媒) alone on the page's first row or opening its nav bar (乳山融媒 | 首页 >
# 本地新闻): the logo of the centre's site or app, which its footer names by the centre's legal name.
_MEDIA_BRAND = lazyrx.compile(r"^\s*(?P<name>\p{Han}{2,10}融媒)\s*(?:[|｜>›»]|$)")
# A stamp opening a row, with or without its year (2024-04-23 17:45·河南, 12-03 09:15).
_STAMP_FIRST = lazyrx.compile(r"^\s*(?:(?:19|20)\d\d[-/.年]|\d{1,2}[-/月]\d{1,2}日?\s+\d{1,2}:\d\d)")


def _media_brand(top: list[Removal], footer: list[Removal]) -> str | None:
    """The 某某融媒 brand on the page's first header row, as the site. The same name right over the date is the
    account posting the article on a platform (睢阳融媒 / 2024-04-23 17:45·河南 under a 今日头条 headline), and so is
    a brand under an app's prompt naming another app (打開某某新聞APP): no site."""
    if not top or "融媒" not in top[0].text or not (mt := _MEDIA_BRAND.match(normalise_line(top[0].text))):
        return None
    r, nxt = top[0], top[1] if len(top) > 1 else None
    if (nxt is not None and r.line is not None and nxt.line is not None and 0 < nxt.line - r.line <= 2
            and _STAMP_FIRST.match(normalise_line(nxt.text))):
        return None
    apps = _banner_apps(top + footer)
    return mt["name"] if not apps or mt["name"] in apps else None


def _short_site(top: list[Removal], holder: str | None) -> str | None:
    """The short name a page's logo or nav bar opens with (镇海炼化 | 新闻中心) when the footer's copyright
    holder or sponsor, ``holder``, spells it out in full (中国石化镇海炼化分公司): the site calls itself by the
    short name."""
    if not holder:
        return None
    for r in top:
        t = normalise_line(r.text)
        mt = _LOGO.match(t) or (_NAV_FIRST.match(t) if _NAV_MARK.search(t) else None)
        name = _site_name(mt["name"]) if mt else None
        if name and len(name) >= 3 and name != holder and _short_for(name, holder) and name not in _NOT_SITE:
            return name
    return None


def _short_for(name: str, holder: str) -> bool:
    """``name`` is a short form of ``holder``: a part of it (镇海炼化 of 中国石化镇海炼化分公司), or its head and
    its tail with one stretch between left out (国网芜湖供电公司 of 国网安徽省电力有限公司芜湖供电公司: the
    province's company left out of a branch's name; 民和县总工会 of 民和回族土族自治县总工会)."""
    if name in holder:
        return True
    if len(name) < 5 or len(holder) <= len(name):
        return False
    return any(holder.startswith(name[:i]) and holder.endswith(name[i:]) for i in range(2, len(name) - 2))


def _collector_site(removed: list[Removal]) -> str | None:
    """The aggregator a note names as the post's collector (本文由X收录自微信公众号“Y”) when another row shows its name
    too (its logo over the post, its © footer): the page names itself so, over the account's header row (see
    header_rows._header_names), whose account is the source."""
    for r in removed:
        if ("收录自" in r.text or "收錄自" in r.text) and (x := site_from_collector_note(r.text)):
            return x if any(x in o.text for o in removed if o is not r) else None
    return None


def _epaper_holder(holder: str | None, header: list[Removal]) -> str | None:
    """The paper a newspaper company's © row names (某某日报社版权所有 → 某某日报) when the rows over the article are an
    e-paper issue's (its page rows, 第03版:要闻): the e-paper is the paper's own site, whose masthead a browser's
    text save may leave out."""
    if not holder or not holder.endswith(("报社", "報社")):
        return None
    return holder[:-1] if any("版" in r.text and _PAGE_ROW.match(normalise_line(r.text)) for r in header) else None


def _logo_site(top: list[Removal], header: list[Removal], footer: list[Removal], source: str | None,
               over_date: dict[str, str]) -> tuple[str | None, bool]:
    """The name on the logo rows over the article, unless it is a channel's label or the article's source (the
    ``source`` read so far, the names ``over_date``); and whether it is an e-paper's logo."""
    logos = _edition_under_logo(top, [site_from_logo(r.text) for r in top])
    if any(name for name, _ in logos):  # (a channel's label over the headline, 党建工会, is an item of the menu bar)
        channels = _menu_items(top)
        logos = [(None if name in channels else name, epaper) for name, epaper in logos]
    logo = _first(name for name, _ in logos)
    if logo is not None and (echo := _echoed_over(top, footer, logos)) is not None:
        logo = echo  # a college's name over its menu and in its © row, a column's label (校园新闻) under the menu
    elif logo is not None and logo == source and over_date.get("source") == logo:
        logo = None  # the paper named over the date (an app's account line) is the source, not the site
    elif logo is not None and source and source.startswith(logo) and _name_row_over_date(header, logo):
        logo = None  # … and so it is when the source is read as the paper's app (本文来自包头日报客户端)
    if (logo is not None and "的" in logo and (app := _app_site(top, footer)) is not None
            and (logo.startswith(app) or _SLOGAN.fullmatch(logo))):
        # the app's name run on into its slogan (某某云河北人的新闻客户端), or the slogan on a row of its own under
        # the name (某某之声 / 工友身边的新闻): the name its banner prompts for
        logo = app
    return logo, any(epaper for _, epaper in logos)


def _echoed_over(top: list[Removal], footer: list[Removal], logos: list[tuple[str | None, bool]]) -> str | None:
    """The name the footer repeats (_echoed_site) when a header row above the first logo row opens with it, else
    None: the site names itself at both ends, and a logo-like row under it (a column's label) is a section."""
    at = next(i for i, (name, _) in enumerate(logos) if name)
    if not at:
        return None
    echo = _echoed_site(top[:at], footer) or _held_head(top[:at], footer)
    return echo if echo is not None and echo not in (name for name, _ in logos) else None


def _held_head(top: list[Removal], footer: list[Removal]) -> str | None:
    """The name a header row is, whole, when a footer row's copyright holder is that name (六安某某学院 over its menu,
    Copyright © 六安某某学院 …), else None."""
    heads = {normalise_line(r.text).strip() for r in top}
    return _first(h for r in footer if _FOOTER_MARK_RX.search(r.text) and (h := site_from_footer(r.text)) in heads)


def _page_site(top: list[Removal], header: list[Removal], removed: list[Removal], footer: list[Removal],
               other: list[Removal], pieces: list[Removal]) -> str | None:
    """The site's name when neither the title nor the logo rows give it: the first of the readers below that does.
    ``pieces``: the cleaner's removed pieces as filed, before joined_removals."""
    # (an app's page: the app its banner prompts for, named again on its title bar, over the footer's copyright holder)
    site = _media_brand(top, footer) or _app_site(top, footer)
    if site:
        return site
    holder = _first(site_from_footer(r.text) for r in footer + other)
    # (a newspaper company holding the copyright, 工人日报社版权所有, publishes the site: it is not the site's name,
    # but on the paper's own e-paper)
    return (_short_site(top, holder) or (holder if holder and not holder.endswith("社") else None)
            or _epaper_holder(holder, header)
            # (… or for its sponsor: a magazine's logo 某某 over 主办:某某杂志社, the body publishing it under that name)
            or _short_site(top, _first(footer_sponsor(r.text) for r in footer))
            or _first(site_from_sponsor(r.text) for r in footer)
            or _echoed_site(top, removed)
            or _app_site(top, footer)
            or _crumb_echo(top) or _logo_over_menu(top) or _logo_over_latin(top, pieces)
            or _forum_name_echo(header, top, removed)
            # (a forum's footer row: the board's name before its software's credit, filed with the forum's chrome)
            or _first(site_from_engine_credit(r.text) for r in removed if "owered" in r.text)
            # (… or the board's <title> row over the page: 某某论坛 - 某地生活 - Powered by Discuz!)
            or _first(site_from_engine_title(r.text) for r in top if "owered" in r.text)
            # (… or a Tieba bar's title row: 某某吧-百度贴吧--slogan--)
            or _first(site_from_bar_title(r.text) for r in top if "贴吧" in r.text or "貼吧" in r.text)
            # (… or its head over the threads: 某某吧 关注：N 贴子：N)
            or (site_from_bar_head([r.text for r in top]) if any("关注" in r.text or "關注" in r.text for r in top)
                else None)
            # (… or a platform's footer row of links to its policies: 某某指南 · 某某协议 · 某某隐私保护指引)
            or _first(site_from_policy_links(r.text) for r in footer if "协议" in r.text or "協議" in r.text)
            or _first(site_from_greeting(r.text) for r in top))
