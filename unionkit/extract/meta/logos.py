"""The site's name read from the logo and navigation rows over the article, and the channel labels among them."""

from __future__ import annotations

import functools

from ... import lazyrx
from ...record import Removal
from .base import normalise_line
from .site_names import _platform_mark, own_site

_NAV_MARK = lazyrx.compile(r"[>›»|｜]")

#: The words of a newspaper's digital edition after its name (某某日报电子版, 某某报数字报刊).
_PAPER_EDITIONS = r"电子版|電子版|数字报刊|數字報刊|数字报|數字報"
# A logo line: the name, then at most a Latin acronym or an edition word (香港職工會聯盟 HKCTU, 工人日报 电子版,
# 职工日报 数字报刊).
# (or a tagline after a middle dot: 华远能源集团工会 · 职工之家; or after a dash, in up to three words, when the name
# ends in 网: 某某资讯网 - 两岸新闻 即时更新, not 工人日报 - 中工网, where the site comes second; or its sponsor after a
# dash: 山西工会网 - 山西省总工会主办, where the site is the name before the dash, not the sponsoring body; a newspaper
# portal's top bar adds a few link words after the sponsor: 岳阳网 · 岳阳日报社主办 数字报 岳阳发布; or a print view's
# header: the site, then the view, 某某区人民政府网站 —— 打印版, or its buttons, 某某工会网 打印本页 | 关闭窗口). A public service line's name
# holds its five-digit number (某市12345热线).
_LOGO = lazyrx.compile(r"^\s*(?P<name>\p{Han}{2,20}?|\p{Han}{0,8}1\d{4}\p{Han}{2,16}?)(?P<home>首页|首頁)?(?P<edition>\s*(?:"
                      + _PAPER_EDITIONS + r"|手机版|手機版)(?:平台|平臺)?)?"
                      r"(?:(?:\s+[A-Za-z][A-Za-z&.\-]{1,11}){1,4}"
                      r"|\s*[·•—–]\s*(?P<tag>\p{Han}{2,12})"
                      r"|\s*[-–—|｜·•]\s*\p{Han}{2,24}(?:主办|主辦|承办|承辦)(?:\s+\p{Han}{2,6}){0,4}"
                      r"|(?P<dash>\s*[-–—]\s*\p{Han}{2,12}(?:\s+\p{Han}{2,8}){0,2})"
                      r"|\s*[-–—|｜]{0,2}\s*(?:打印版|打印页|打印頁|打印预览|打印預覽|列印版|列印頁|打印本页|打印本頁)"
                      r"(?:\s*[|｜]?\s*关闭窗口)?)?\s*$")
# An e-paper's browser-title row, the paper's edition before the headline (某某日报数字报-headline, 某某报电子版_headline):
# a text save keeps it as the page's first line, where the HTML has it as the <title>.
_EPAPER_TITLE = lazyrx.compile(r"^\s*(?P<name>\p{Han}{2,20}?)(?:" + _PAPER_EDITIONS + r")\s*[-–—_|｜]")
# A logo row run into its menu, the home link first (某某新闻网首页数字报某某客户端): the name before 首页, when it ends
# as a site's does.
_LOGO_INTO_MENU = lazyrx.compile(r"^\s*(?P<name>\p{Han}{2,20}?)(?:首页|首頁)\p{Han}{2,}\s*$")
# The first item of a breadcrumb or nav bar (新华网 | 首页 | 时政, 中工网 > 工会, 网易首页 > 网易号 > 正文).
_NAV_FIRST = lazyrx.compile(r"^\s*(?P<name>\p{Han}{2,20}?)\s?(?P<home>首页|首頁)?\s*(?:[>›»|｜]|&gt;|$)")
# A breadcrumb's location label before its first item (当前位置：, 您现在的位置：; the cleaner's chrome.nav.BREADCRUMB
# knows the same labels but also matches a crumb opening with 首页 >, which must stay to be refused as no name).
_PLACE_LABEL = lazyrx.compile(r"^\s*(?:当前|您的|你的|当前所在|所在|(?:您|你)(?:当前|现在)(?:所在)?的)?位置\s*[:：]\s*")
# A menu row opening with the site's name, then 首页 and the channels, spaced without bars (腾讯新闻  首页 要闻 财经 科技:
# a news platform's top bar over a copied account's post).
_NAME_THEN_MENU = lazyrx.compile(r"^\s*(?P<name>\p{Han}{2,20}?)\s+(?:首页|首頁)(?:\s+\p{Han}{2,4}){2,}\s*$")
# A menu bar opening with the site's name, its home link next (个人图书馆 | 首页 | 阅览室 | 馆友): the logo set inline
# before the menu names the site whatever its name's ending, as "X首页" does.
_NAME_THEN_HOME = lazyrx.compile(r"^\s*\p{Han}{2,20}?\s*[|｜]\s*(?:首页|首頁)\s*[|｜]")
# A site's name glued to the header fields that follow it (某市工會網  發布時間:…, after pinyin was cut out).
_SITE_THEN_LABEL = lazyrx.compile(r"^\s*(?P<name>\p{Han}{2,20}?)\s*(?:发布时间|發布時間|發佈時間|发布日期|發布日期|时间|時間|"
                                 r"来源|來源|日期)\s*[:：]")


@functools.lru_cache(maxsize=4096)
def site_from_logo(line: str) -> tuple[str | None, bool]:
    """(site, is_epaper) from a page's first header lines: a logo line, a nav bar's first item,
    or a site name glued to the date/source fields."""
    line = normalise_line(line)
    if "位置" in line:  # (a breadcrumb's location label says where, not whose: 您现在的位置：某某网 >> 新闻中心 >> 正文)
        line = _PLACE_LABEL.sub("", line, count=1)
    if "繁" in line:  # a traditional page's script switch after the logo (三明工會網 繁體 | 简体 首頁 > 基層動態)
        line = _SCRIPT_SWITCH.sub(" ", line)
    if "来源于" in line or "來源於" in line:
        return None, False  # a repost card (以下文章来源于泰州工会) names the source account, not the site
    if line.isascii() and (mark := _platform_mark(line)):
        return mark, False
    mt = _EPAPER_TITLE.match(line) if "报" in line or "報" in line or "版" in line else None
    if mt:
        return own_site(mt["name"]), True
    mt = _LOGO_INTO_MENU.match(line) if "首" in line else None
    if mt and (site := own_site(mt["name"])):
        return site, False
    mt = _LOGO.match(line)
    if mt and mt["dash"] and not mt["name"].endswith(("网", "網")):
        mt = None
    if mt:
        # (a media group's brand, then its site after the dot: 某某融媒 · 某某新闻网, where the brand has no site's ending)
        site = own_site(mt["name"], bool(mt["home"])) or (own_site(mt["tag"]) if mt["tag"] else None)
        return site, bool(mt["edition"] and "手" not in mt["edition"])
    mt = _NAV_FIRST.match(line)
    if mt and _NAV_MARK.search(line):
        if _link_bar(line):
            return None, False
        return own_site(mt["name"], bool(mt["home"]) or bool(_NAME_THEN_HOME.match(line))), False
    mt = _SITE_THEN_LABEL.match(line)
    if mt:
        return own_site(mt["name"]), False
    mt = _NAME_THEN_MENU.match(line) if "首" in line else None
    if mt:
        return own_site(mt["name"]), False
    mt = _SITE_THEN_HOST.match(line) if "主" in line else None
    if mt:
        return own_site(mt["name"]), False
    return None, False


# A portal's greeting bar, the site's name closed by "!" or a gap before the bar's switches or the day's date
# (欢迎访问某某工会网!今天是:, 您好,欢迎来到某某网! 登录 | 注册); glued on (欢迎访问某某网) it is a logo line, as _LOGO reads it.
_GREETING = lazyrx.compile(r"^\s*(?:您好\s*[,，!！]?\s*)?(?:欢迎|歡迎)(?:您)?(?:访问|訪問|光临|光臨|来到|來到)\s*"
                           r"(?P<name>\p{Han}{2,20}?)\s*(?:[!！]|\s)")


def site_from_greeting(line: str) -> str | None:
    """The site a portal's greeting bar welcomes the reader to, with the bar's switches after it (a browser's text
    save keeps the bar, not the <title> suffix the HTML's site comes from). A description of the site as often as its
    name (某某县人民政府门户网站), so read last, when no other row names the site."""
    line = normalise_line(line)
    mt = _GREETING.match(line) if "迎" in line[:8] else None
    return own_site(mt["name"]) if mt else None


# The script switch a page prints beside its logo or menu (繁體 | 简体, 简体中文 / 繁體中文), with the gaps around it.
_SCRIPT_SWITCH = lazyrx.compile(r"\s*[|｜]?\s*(?:(?:繁體|繁体)(?:中文)?\s*[|｜/]\s*(?:简体|簡體)(?:中文)?"
                                r"|(?:简体|簡體)(?:中文)?\s*[|｜/]\s*(?:繁體|繁体)(?:中文)?)\s*")


# A digital edition's word alone on its row (数字报, 电子版): the e-paper's label under the paper's name, no name itself.
_EDITION_WORDS = frozenset({"数字报", "數字報", "电子报", "電子報", "电子版", "電子版", "数字版", "數字版", "数字报刊", "數字報刊"})


def _edition_under_logo(top: list[Removal], logos: list[tuple[str | None, bool]]) -> list[tuple[str | None, bool]]:
    """``logos`` (site_from_logo of each ``top`` row) with a paper's logo marked as an e-paper's when its edition
    word stands alone on the next line (东台日报 / 数字报: the masthead site_from_logo reads on one row, split in two),
    or when an issue page's row follows within a few lines (固原日报 / 2025年12月09日 星期二 / 第02版:综合新闻).
    (A menu's 数字报 item under a portal's sponsor line is no masthead: the name above must be a paper's.)"""
    out = logos
    for k, (a, b) in enumerate(zip(top, top[1:])):
        name = logos[k][0]
        if not name or logos[k][1] or not _PAPER_END.search(name) or a.line is None:
            continue
        if (b.line == a.line + 1 and normalise_line(b.text).strip() in _EDITION_WORDS) or any(
                c.line is not None and 0 < c.line - a.line <= 3 and "版" in c.text and _PAGE_ROW.match(normalise_line(c.text))
                for c in top[k + 1:]):
            out = out[:k] + [(name, True)] + out[k + 1:]
    return out


# An e-paper's page row under its masthead: the page's number and name (第02版:综合新闻, 第A3版：基层).
_PAGE_ROW = lazyrx.compile(r"^\s*第\s*[A-Za-z]?\d{1,3}\s*版\s*(?:[:：]|$)")


def _link_bar(line: str) -> bool:
    """A bar of three or more sites' names and nothing else (某某新闻网 | 某某人民政府 | 某某日报): a portal's links
    to its sister sites under the logo, whose first item is one of them, not the page's own site."""
    parts = [p for p in _LINK_SPLIT.split(line) if p.strip()]
    return len(parts) >= 3 and all(own_site(p) for p in parts)


_LINK_SPLIT = lazyrx.compile(r"\s*[|｜丨]\s*")


# A masthead naming the site and then its sponsor (鹤城工会网 某市总工会主办): the …网 name is the site, the
# body before 主办 only runs it (see site_from_footer's _HOST_TAIL).
_SITE_THEN_HOST = lazyrx.compile(r"^(?P<name>\p{Han}{2,10}(?:网|網))\s+\p{Han}{2,20}(?:主办|主辦)(?:单位|單位)?$")


# A menu bar: short items set off by spaces or bars (首页 关于我们 产品中心 党建工会 新闻中心 联系我们).
_MENU_SPLIT = lazyrx.compile(r"\s*[|｜丨·•]\s*|\s+")
_MENU_ITEM = lazyrx.compile(r"^\p{Han}{2,8}$")


def _menu_items(top: list[Removal]) -> set[str]:
    """The items after the first of every menu bar among the top rows: channel names, which a page repeats as
    the column's label over its headline (an enterprise site's 党建工会) and which name no site. A bar may be saved
    one item a line (首页 / 工会动态 / 产业工会 / …): rows that follow a lone home link line by line are its items."""
    out: set[str] = set()
    for r in top:
        items = [x for x in _MENU_SPLIT.split(normalise_line(r.text).strip()) if x]
        if len(items) >= 3 and all(_MENU_ITEM.match(x) for x in items):
            out.update(items[1:])
    return out | _column_items(top)


def _column_items(top: list[Removal]) -> set[str]:
    """The items of a menu saved one a line: the lone channel names on the lines right after a lone home link
    (首页), while each line follows the last."""
    out: set[str] = set()
    for k, r in enumerate(top):
        if r.line is None or normalise_line(r.text).strip() not in _HOME_LINKS:
            continue
        line = r.line
        for nxt in top[k + 1:]:
            t = normalise_line(nxt.text).strip()
            if nxt.line != line + 1 or not _MENU_ITEM.match(t):
                break
            out.add(t)
            line = nxt.line
    return out


_HOME_LINKS = frozenset({"首页", "首頁", "网站首页", "網站首頁", "主页", "主頁"})


_PAPER_END = lazyrx.compile(r"(?:报|報)$")
