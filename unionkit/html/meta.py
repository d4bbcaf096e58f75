"""Markup metadata: what ``<head>`` (and JSON-LD) say about the article.

Covers the conventions Chinese news and government sites use besides Open
Graph: the TRS/CMS ``<meta name="ArticleTitle|PubDate|ContentSource|SiteName">``
family, ``publishdate``/``firstpublishedtime`` variants, and schema.org
``datePublished`` in JSON-LD. Values are cleaned but not invented: a date that
does not parse is left out.
"""

from __future__ import annotations

import functools
import re

from .. import recode
from ..decode import undo_cp1252
from ..extract.dates import PERIOD, clock_hour
from ..record import Meta
from .brand import is_brand_element, links_home
from .lines import element_sibling
from .regions import in_comment_area

# Keys are lower-cased ``name``/``property``/``itemprop`` values, in order of preference.
PUBLISHED_KEYS = (
    "article:published_time", "og:article:published_time", "og:published_time", "published_time",
    "datepublished", "pubdate", "publishdate", "publish_date", "publish-date", "publishtime",
    "firstpublishedtime", "og:release_date", "bytedance:published_time", "weibo:article:create_at",
    "apub:time", "dc.date.issued", "dcterms.issued", "dc.date", "dcterms.created", "dcterms.date",
    "sailthru.date", "article.published", "date", "og:time",
)
AUTHOR_KEYS = ("article:author", "author", "dc.creator", "dcterms.creator", "byl", "og:author")
SOURCE_KEYS = ("contentsource", "source", "og:source", "article:source", "media")
SITE_KEYS = ("og:site_name", "sitename", "site_name", "application-name")
TITLE_KEYS = ("og:title", "articletitle", "twitter:title", "headline", "dc.title")
URL_KEYS = ("og:url", "url")  # (government CMS templates state the page's address as <meta name="Url">)

# (a 12-hour clock after its part of the day, 2024/04/02 上午 10:15:32 as a zh-TW ASP.NET page shows it: see
# extract.dates.clock_hour)
_DATE = recode.compile(
    r"(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?"
    r"(?:[T\s]*(?:(" + PERIOD + r")\s*)?(\d{1,2})\s*[:时時]\s*(\d{2})(?:\s*[:分]\s*(\d{2}))?(?:\.\d+)?)?"
    r"\s*(Z|[+-]\d{2}:?\d{2})?")
# (schema.org's datePublished; Baidu's cambrian JSON-LD, which Baijiahao pages carry, says pubDate)
_LD_PUBLISHED = recode.compile(r'"(?:datePublished|pubDate)"\s*:\s*"([^"]{8,40})"')
# Placeholder authors CMS templates fill in.
_PLACEHOLDER = recode.compile(r"^(?:admin(?:istrator)?|webmaster|root|editor|null|none|undefined|佚名|管理员|未知)$", re.I)
_WS = recode.compile(r"\s+")
# "来源：工人日报" in a source/author meta: the field label the CMS copied along with the value.
_LABEL = recode.compile(r"^(?:来源|來源|信息来源|稿源|出处|作者|source|author)\s*[:：]\s*", re.I)
# A CMS user or account number in an author meta ("105125"), not a name.
_NUMERIC = recode.compile(r"^[\d\s_-]+$")
_HAN = recode.compile(r"[\u3400-\u9fff]")


def iso_date(value: str) -> str | None:
    """A date(-time) as ISO 8601 at the precision given ("2021-04-30T12:43", "2018-06-01"), else None."""
    m = _DATE.search(value or "")
    if not m:
        return None
    y, mo, d, period, h, mi, s, tz = m.groups()
    if not (1 <= int(mo) <= 12 and 1 <= int(d) <= 31 and 1990 <= int(y) <= 2100):
        return None
    out = f"{y}-{int(mo):02d}-{int(d):02d}"
    hour = clock_hour(period, int(h)) if h is not None else None
    if hour is not None and int(mi) < 60:
        out += f"T{hour:02d}:{mi}" + (f":{s}" if s else "")
        if tz:
            out += "Z" if tz == "Z" else (tz if ":" in tz else f"{tz[:3]}:{tz[3:]}")
    return out


def clean_value(v: str | None) -> str | None:
    """A meta value with whitespace collapsed; empty becomes None."""
    if not v:
        return None
    v = _WS.sub(" ", v).strip()
    return v or None


# A note a CMS writes after the source's name (人民网－四川频道 原创稿, 中工网 转载): how it came, not who.
_NOTE_AFTER = recode.compile(r"\s*[(（\[【]?(?:原创稿件|原创稿|原创|原創|转载|轉載|供稿)[)）\]】]?\s*$")


#: Hosting platforms that fill og:site_name with their own name: the account or site they host is
#: named elsewhere on the page (the WeChat account under the headline).
HOSTING_PLATFORMS = frozenset(("微信公众平台", "微信公众号", "微信"))
# An author meta that names a site (河南工会网: templates copy the site's name into it), not a writer.
_SITE_LIKE = recode.compile(r"(?:网|網|网站|網站|在线|在線|客户端|客戶端|平台)$")


# The separators of a <title>'s site suffix (Headline_网易湖北, Headline - 频道 - 站名).
_TITLE_PARTS = recode.compile(r"\s*[-–—_|｜·]\s*")


def names_title_site(author: str, title: str | None) -> bool:
    """Whether an author meta is the name of the site (or its brand) the ``<title>``'s suffix names: a portal
    fills the author meta with its own name (网易 under "Headline_网易湖北"); a site is no author. A suffix
    part that is the author's own page (王明的博客) still names a person."""
    if not title:
        return False
    parts = [p for p in _TITLE_PARTS.split(title)[1:] if p]
    if not parts:
        return False
    last = parts[-1]  # (the site's name ends the suffix; a part inside the headline may open with a name)
    return last == author or last.startswith(author) and not last[len(author):].startswith(("的", "之"))


def unlabel(v: str | None) -> str | None:
    """A meta value without the field label a CMS sometimes copies into it ("来源：…")."""
    if not v:
        return v
    return _LABEL.sub("", v).strip() or None


def is_name(author: str, chinese: bool = True) -> bool:
    """Whether an author meta names a writer, not a template default, account number or software credit.

    Chinese pages write their authors in Han script; an ASCII-only value there is a
    login, a site code ("chinanews") or the template's credit ("Discuz! Team").
    """
    if author.startswith(("http://", "https://", "/")) or _PLACEHOLDER.match(author) or len(author) > 40:
        return False
    if _NUMERIC.match(author):
        return False
    return bool(_HAN.search(author)) or not chinese


#: ``<time datetime>`` elements that give the article's own date: schema.org's itemprop, HTML's old pubdate
#: attribute, and the classes blog themes put on the post's date (WordPress ``time.entry-date.published``,
#: printed in the entry footer after the text on many themes). A comment's ``<time>`` carries none of them.
_PUBLISHED_TIMES = "time[itemprop], time[pubdate], time[class]"
_PUBLISHED_CLASS = frozenset(("published", "entry-date", "post-date", "pubdate", "publish-date", "date-published"))


def head_values(tree) -> dict[str, str]:
    """First value of every ``<meta name|property|itemprop=… content=…>`` and canonical link, by lower-cased key."""
    out: dict[str, str] = {}
    for node in tree.css("meta"):
        a = node.attributes
        key = a.get("property") or a.get("name") or a.get("itemprop")
        val = clean_value(a.get("content"))
        if key and val:
            key = key.strip().lower()
            if key not in out or _PLACEHOLDER.match(out[key]):  # a template default, then the real value
                out[key] = val
    for node in tree.css("link[rel]"):
        a = node.attributes
        if "canonical" in (a.get("rel") or "").lower().split() and a.get("href"):
            out.setdefault("canonical", a["href"].strip())
    for node in tree.css(_PUBLISHED_TIMES):
        a = node.attributes
        if (a.get("itemprop") or "").lower() == "datepublished" or "pubdate" in a or _PUBLISHED_CLASS.intersection(
                (a.get("class") or "").lower().split()):
            if a.get("datetime"):
                out.setdefault("datepublished", a["datetime"])
    if not any(k in out for k in PUBLISHED_KEYS):
        for node in tree.css('script[type="application/ld+json"]'):
            m = _LD_PUBLISHED.search(node.text() or "")
            if m:
                out["datepublished"] = m.group(1)
                break
    return out


def first(values: dict[str, str], keys: tuple[str, ...]) -> str | None:
    """The first present value among ``keys``."""
    for k in keys:
        if k in values:
            return values[k]
    return None


def page_title(tree) -> str | None:
    """The ``<title>`` text, whitespace collapsed; repaired when its UTF-8 was read as Windows-1252 while the
    body reads right (``undo_cp1252``): the headline and the site's name in it are then matched as the page shows them."""
    node = tree.css_first("title")
    text = node.text() if node is not None else None
    if text and not _HAN.search(text):
        text = undo_cp1252(text) or text  # (before whitespace is collapsed: an NBSP is a byte of the mojibake)
    return clean_value(text)


# The labels WeChat prints in the author's place (an original-content or reprint mark), not names.
_WECHAT_LABELS = frozenset(("原创", "原創", "转载", "轉載", "独家", "獨家", "首发", "首發"))


def wechat_author(tree) -> str | None:
    """The author a WeChat article's header names: the ``rich_media_meta_text`` span just before the
    account's name (``#js_name``), when it holds a name rather than the 原创 mark."""
    # (the 2016-17 template names the account in a#post-user, the writer in the unlabelled em before it)
    name = tree.css_first("#js_name") or tree.css_first("a#post-user")
    if name is None:
        return None
    holder = name.parent if name.parent is not None and name.parent.tag == "span" else name
    prev = holder.prev
    while prev is not None and prev.tag == "-text" and not (prev.text_content or "").strip():
        prev = prev.prev
    if prev is None or "rich_media_meta_text" not in (prev.attributes.get("class") or "").split():
        return None
    author = clean_value(prev.text(deep=True))
    if not author or author in _WECHAT_LABELS or len(author) > 20 or not is_name(author):
        return None
    return author


#: Longest source or app name taken from a page element or script state (characters).
NAME_MAX = 20
# A bare name: Han (and Latin) letters, no digits, spaces, labels or sentence punctuation.
_BARE_NAME = recode.compile(r"^[\u3400-\u9fffA-Za-z·・]{2,%d}$" % NAME_MAX)
# A script's app state (window.__INITIAL_STATE__ = {...}, __NUXT__, __PRELOADED_STATE__, __NEXT_DATA__):
# the article record a news client's share page renders from.
_STATE = recode.compile(r"__(?:INITIAL_STATE|NUXT|NUXT_DATA|PRELOADED_STATE|NEXT_DATA|INITIAL_DATA|APP_DATA|APOLLO_STATE)__")


def microdata_author(tree, chinese: bool = True) -> str | None:
    """The post's author as schema.org microdata names it (``<span itemprop="author"><span itemprop="name">阿明``:
    a Blogger post footer's 發佈者, a CMS's 作者 field): the first author's name, when it reads as one."""
    node = tree.css_first("[itemprop=author] [itemprop=name]")
    if node is None:
        return None
    name = clean_value(node.attributes.get("content") or node.text(deep=True))
    return name if name and is_name(name, chinese) else None


def _names(nodes) -> set[str]:
    """The bare names the given elements hold (labelled or longer texts aside)."""
    out = set()
    for n in nodes:
        v = clean_value(n.text(deep=True))
        if v and _BARE_NAME.match(v):
            out.add(v)
    return out


def element_source(tree) -> str | None:
    """The source a news client's share page prints in an unlabelled ``class="source"`` element
    (沧州日报 beside the date and read count), when every such element names the same one.
    A labelled one (来源：…) is read by the text cleaner from its line."""
    names = _names(n for n in tree.css("[class*=source]") if any(_SOURCE_CLASS.match(c) for c in
                                                                 (n.attributes.get("class") or "").split()))
    return names.pop() if len(names) == 1 else None


# A class naming a source element: source itself, or an info row's part (info-source, detail_source).
_SOURCE_CLASS = recode.compile(r"^(?:[a-z]+[-_])?source$", re.I)


# A class naming a read counter (read-count, readNum, view_count, views, hits, pv).
_VIEWS_CLASS = recode.compile(r"^(?:[a-z]+[-_])?(?:read|view|visit|click)[-_]?(?:count|num|number|times)$|^(?:views|hits|pv)$",
                          re.I)
# The counter's text: a bare count, or a read label and the count (阅读量 8362, 浏览：219).
# (a portal's read row below the article brackets the count: 阅读 (2841), 阅读（2841）)
_VIEWS_TEXT = recode.compile(r"^(?:(?:阅读|閱讀|浏览|瀏覽|点击|點擊|访问|訪問)(?:量|数|數|次数|次數)?[:：]?)?\s*"
                         r"(?:(\d{1,9})|[(（]\s*(\d{1,9})\s*[)）])\s*(?:次)?$")


def element_views(tree) -> int | None:
    """The read count a news client's share page prints in a classed counter (``<span class="read-count">阅读量
    8362</span>``), when every such element shows the same count: the count read from its own element, not
    from a line where a like count may run into it."""
    counts = set()
    for n in tree.css("[class]"):
        if any(_VIEWS_CLASS.match(c) for c in (n.attributes.get("class") or "").split()):
            m = _VIEWS_TEXT.match((n.text(deep=True) or "").strip())
            if m:
                counts.add(int(m.group(1) or m.group(2)))
    return counts.pop() if len(counts) == 1 else None


# The label cells of an info table that sets each label and its value in cells of their own (an OA document's
# 文档信息 table: 创建人 | 麻丽娜 | 所属部门 | 党群工作部), by the field each names.
_CELL_LABELS = {
    "author": recode.compile(r"^(?:创建人|創建人|起草人|撰稿人|撰写人|撰寫人|发布人|發佈人|作者)$"),
    "source": recode.compile(r"^(?:所属部门|所屬部門|发布部门|發佈部門|发文部门|發文部門|起草部门|起草部門|来源|來源)$"),
}
#: Longest value cell (characters) read beside a label cell: a name or a department.
CELL_VALUE_MAX = 20


def label_cells(tree) -> dict[str, str]:
    """Fields an info table gives in label/value cell pairs (创建人 | 麻丽娜): the value is the cell right after
    the label's, read only when it is a bare name (no label, no sentence) and the label alone fills its cell."""
    out: dict[str, str] = {}
    for cell in tree.css("td, th"):
        label = _WS.sub("", cell.text(deep=True) or "")
        field = next((f for f, rx in _CELL_LABELS.items() if rx.match(label)), None)
        if field is None or field in out:
            continue
        value = cell.next
        while value is not None and value.tag not in ("td", "th"):
            value = value.next
        v = clean_value(value.text(deep=True)) if value is not None else None
        if v and len(v) <= CELL_VALUE_MAX and _BARE_NAME.match(v):
            out[field] = v
    return out


# Self-media platforms by the address of an account's article on them (sohu.com/a/…, 163.com/dy/…,
# baijiahao.baidu.com/s?id=…, toutiao.com/article/…): the platform is the site, the account the source.
# Their pages name the account in its card and the platform only in a copyright line or logo image.
_PLATFORM_URLS = (
    (recode.compile(r"^https?://(?:www\.|m\.)?sohu\.com/a/", re.I), "搜狐"),
    (recode.compile(r"^https?://(?:www\.|m\.)?163\.com/(?:dy|v)/", re.I), "网易"),
    (recode.compile(r"^https?://(?:mbd\.)?baijiahao\.baidu\.com/", re.I), "百家号"),
    (recode.compile(r"^https?://(?:www\.|m\.)?toutiao\.com/(?:article|a\d|group|i\d)", re.I), "今日头条"),
)


def platform_site(url: str | None) -> str | None:
    """The self-media platform an account's article is hosted on, by the article's address (see _PLATFORM_URLS)."""
    if not url:
        return None
    return next((name for rx, name in _PLATFORM_URLS if rx.match(url)), None)


#: Fewest links to one platform's articles that make a page without an address of its own that platform's page.
PLATFORM_LINKS_MIN = 3


def linked_platform(tree) -> str | None:
    """The self-media platform a page saved without its own address is on, by the links it lists to that platform's
    other articles (an account's article page: its more-from-the-platform list, every item at baijiahao…/s?id=…),
    when they all go to one platform. The header's 百度首页 names the company; the platform is the page's site."""
    found: dict[str, int] = {}
    for a in tree.css("a[href]"):
        href = a.attributes.get("href") or ""
        name = platform_site(href.strip()) if ".com/" in href else None  # (every platform's host is a .com)
        if name:
            found[name] = found.get(name, 0) + 1
    if len(found) != 1:
        return None
    name, count = found.popitem()
    return name if count >= PLATFORM_LINKS_MIN else None


def platform_title_site(title: str | None) -> str | None:
    """The self-media platform a page's ``<title>`` ends with (微博正文 - 微博, 某某的博客_新浪博客): a platform's page
    of an account's post, whose account the logo rows may show where the platform shows only an icon."""
    from ..extract.meta.site_names import PLATFORMS

    parts = _TITLE_PARTS.split(title or "")
    return parts[-1] if len(parts) > 1 and parts[-1] in PLATFORMS else None


# A platform's stamp with a two-digit year (微博: 26-1-15 10:32), whose element's title attribute writes the full
# date for the reader who hovers it (title="2026-01-15 10:32").
_SHORT_YEAR_TEXT = recode.compile(r"^\s*(\d\d)-(\d{1,2})-(\d{1,2})\s+\d{1,2}:\d\d\s*$")


def titled_stamp(tree) -> str | None:
    """The full date a two-digit-year stamp's title attribute holds (see _SHORT_YEAR_TEXT), outside comment lists,
    when the two agree on the day."""
    for node in tree.css("a[title], span[title], time[title]"):
        mt = _SHORT_YEAR_TEXT.match(node.text(deep=True) or "")
        iso = iso_date(node.attributes.get("title") or "") if mt else None
        if iso and iso[2:4] == mt[1] and int(iso[5:7]) == int(mt[2]) and int(iso[8:10]) == int(mt[3]) \
                and not in_comment_area(node):
            return iso
    return None


# A 来源 label ending the text before a link (来源: <a>account</a>): the link's text is the source.
_SOURCE_LABEL_END = recode.compile(r"(?:来源|來源|信息来源|稿源)\s*[:：]\s*$")


def linked_source(tree) -> str | None:
    """The source an info row links right after its 来源 label (``来源: <a>阿勒泰工会</a><img>新疆``), when every
    such link names the same one: the link holds the name, and what the row prints after it (an IP-location
    icon and province, a 举报 link) is no part of it."""
    names = set()
    for a in tree.css("a"):
        prev = a.prev
        if prev is None or prev.tag != "-text" or not _SOURCE_LABEL_END.search(prev.text_content or ""):
            continue
        v = clean_value(a.text(deep=True))
        if v and _BARE_NAME.match(v):
            names.add(v)
    return names.pop() if len(names) == 1 else None


# A date in an info row (2024-11-14, 2024/11/14, 2024年11月14日).
_ROW_DATE = recode.compile(r"(?:19|20)\d{2}\s*(?:[-/.]\s*\d{1,2}\s*[-/.]|年\s*\d{1,2}\s*月)\s*\d{1,2}")
# The separators an info row puts between its items (凉山日报 · 2024-11-14 · 阅读 N).
_ROW_SEP = recode.compile(r"^[\s·•・|｜/丨\-]*")
#: Longest outlet name (characters) an info row's opening link can give: a longer link is a headline.
OUTLET_MAX = 12
#: Longest info row (characters) whose opening link can be the source.
ROW_MAX = 80
# An outlet's name by its last word (日报, 晚报, 网, 新闻社, 电视台, 客户端, 工会): a short name without one is
# as likely a person's account.
_OUTLET_END = recode.compile(r"(?:报|网|社|台|刊|志|号|端|媒|闻|频道|工会|中心|在线|头条|之声)$")


def _listed(row) -> bool:
    """Whether an element is one item of a list: a sibling has its tag and class (a related-news list's
    rows, each a headline link and its date)."""
    key = (row.tag, row.attributes.get("class"))
    return any(sib is not None and (sib.tag, sib.attributes.get("class")) == key
               for sib in (element_sibling(row, False), element_sibling(row, True)))


def date_line_source(tree) -> str | None:
    """The source an aggregator's info row names by an unlabelled link opening it (``<a>凉山日报</a> ·
    2024-11-14 08:47 · 阅读 N``): the link is the row's first item and the date comes right after it. A
    short name must end in an outlet's word (a person's account is no source); every such row must agree. A
    row in a readers' comment list (a commenter's name and time) is none, nor is a logo or a link to the
    site's home (a channel head's 某某网·频道 beside the day's date names the site, not who wrote).
    Without such a link, a news page's meta line may name its outlet in a bare span (see _span_row_source)."""
    names = set()
    for a in tree.css("a"):
        row = a.parent
        if row is None or row.tag in ("body", "html", "li", "td") or is_brand_element(a) or links_home(a):
            continue
        v = clean_value(a.text(deep=True))
        if not v or len(v) > OUTLET_MAX or not _BARE_NAME.match(v):
            continue  # (the link's own checks first: the row's text is read only for a short name)
        rest = _row_rest(row, v)
        if rest is None or not _ROW_DATE.match(rest) or (len(v) < 4 and not _OUTLET_END.search(v)):
            continue
        if not in_comment_area(row):
            names.add(v)  # (a comment list's rows, a user's name and time, are no info row)
    if not names:
        return _span_row_source(tree)
    return names.pop() if len(names) == 1 else None


def _row_rest(row, name: str) -> str | None:
    """What an info row shows after ``name`` opening it, its separators dropped; None for a long row, a row that
    does not open with the name, or one item of a list (a related-news list's rows)."""
    if row is None or row.tag in ("body", "html", "li", "td"):
        return None
    row_text = clean_value(row.text(deep=True)) or ""
    if len(row_text) > ROW_MAX or not row_text.startswith(name) or _listed(row):
        return None
    return _ROW_SEP.sub("", row_text[len(name):])


# A news meta line's stamp: the date and the clock time (2024-03-08 15:20); an e-paper's issue bar dates the issue
# with its weekday instead (2024年08月20日 星期二), beside the edition's name, no outlet's.
_ROW_STAMP = recode.compile(_ROW_DATE.pattern + r"\s*日?\s*\d{1,2}:\d\d")


def _span_row_source(tree) -> str | None:
    """The outlet a news page's meta line names in a bare span before the stamp (an AMP page's
    ``<span>某某日报</span><span>2024-03-08 15:20</span>``): text alone (a WeChat account's nickname holds its
    link), an outlet's ending, the stamp's time right after; every such row must agree. A page that labels its
    source (来源：X) is read by the label, by the text reader's order: None then."""
    names = set()
    for span in tree.css("span"):
        if span.child is None or span.child.tag != "-text" or span.child.next is not None:
            continue  # (a bare span: its text alone)
        v = clean_value(span.text(deep=True))
        if not v or len(v) > OUTLET_MAX or not _BARE_NAME.match(v) or not _OUTLET_END.search(v):
            continue
        rest = _row_rest(span.parent, v)
        if rest is not None and _ROW_STAMP.match(rest) and not in_comment_area(span.parent):
            names.add(v)
    if len(names) != 1 or (tree.body is not None and _SOURCE_LABEL.search(tree.body.text() or "")):
        return None
    return names.pop()


# A source's label anywhere on the page (来源：某某市总工会, under the text or over it).
_SOURCE_LABEL = recode.compile(r"(?:来源|來源|稿源)\s*[:：]")


def ld_publisher(tree) -> str | None:
    """The publisher's name a page's schema.org JSON-LD gives (``"publisher": {"name": "闽西新闻网"}``): the
    site of an AMP page, which has no og:site_name (one name in all its JSON-LD blocks, a bare name)."""
    names = set()
    for node in tree.css('script[type="application/ld+json"]'):
        for m in _LD_PUBLISHER.finditer(node.text() or ""):
            v = clean_value(m.group(1))
            if v and _BARE_NAME.match(v) and _HAN.search(v):
                names.add(v)
    return names.pop() if len(names) == 1 else None


#: Dublin Core's publisher, which Taiwanese government and union sites state by their accessibility standard
#: (<meta name="DC.Publisher" content="某某總工會">): the body running the site, named as the site.
DC_PUBLISHER_KEYS = ("dc.publisher", "dcterms.publisher")


def dc_publisher(values: dict[str, str]) -> str | None:
    """The site's name a Dublin Core publisher tag gives: a bare Han name (not a domain, not a sentence)."""
    v = clean_value(first(values, DC_PUBLISHER_KEYS))
    return v if v and _BARE_NAME.match(v) and _HAN.search(v) else None


# A JSON-LD publisher object's name (the first "name" inside "publisher": {…}, before any nested object).
_LD_PUBLISHER = recode.compile(r'"publisher"\s*:\s*\{[^{}]*?"name"\s*:\s*"([^"\\]{2,40})"')


def app_name(tree, title: str | None = None) -> str | None:
    """The name of the app an open-app bar advertises (``.app-name``): the site of an app's share page,
    not the slogan printed under it (沧州人的新闻客户端). ``title``: the page's <title>; one that ends in a
    site's name (Headline - 某某新闻网) names the site, over a banner found only by its 打开APP button."""
    names = _names(tree.css(".app-name, .appname, .app_name"))
    if not names:
        # an open-app bar's name line (.open-app-top .slogan p.name over the slogan's p.desc)
        names = _names(n for bar in tree.css(_OPEN_APP) for n in bar.css(".name")
                       if "name" in (n.attributes.get("class") or "").split())
    if not names and not _footer_names_site(tree):
        # … or its name set in bold before the slogan, both inline in one box (<b>某某新闻</b><span>slogan</span>),
        # which the box's text glues together; a copyright footer's name is the site, when the page has one
        names = _names(n for bar in _app_bars(tree, title) for n in bar.css(_BOLD_NAME) if _slogan_follows(n))
    return names.pop() if len(names) == 1 else None


def _app_bars(tree, title: str | None) -> list:
    """The open-app bars of a page: boxes classed as one, and, when the <title> names no site after the headline,
    the box holding a bare 打开APP / 下载APP button (a share page's top banner, logo, name and slogan beside its
    button, classed as no app bar: top-banner; under "Headline - 某某新闻网" the banner only advertises an app)."""
    bars = tree.css(_OPEN_APP)
    if not (title and _TITLE_SITE.search(title)):
        bars += [a.parent for a in tree.css("a") if a.parent is not None and _APP_BUTTON.match((a.text() or "").strip())]
    return bars


#: The button an app's banner holds, its words alone (打开APP, 下载客户端): what makes its box the app's bar.
_APP_BUTTON = recode.compile(r"^(?:打开|打開|下载|下載)\s*(?:APP|App|app|客户端|客戶端)$")
#: A <title> ending in a name set off by a dash, bar or underscore (… - 龙泉新闻网, …_某某网): a site's suffix.
_TITLE_SITE = recode.compile(r"(?:\s[-–—|｜]\s*|[_｜|])[^-–—|｜_\s]{2,20}\s*$")


#: The elements an open-app bar sets its app's name in when the name has no class of its own.
_BOLD_NAME = "b, strong, h1, h2, h3, h4"


#: A copyright or licence mark: the footer that names the site the page belongs to.
_FOOTER_MARK = recode.compile(r"©|&copy;|版权所有|Copyright|ICP[备证]", re.I)


def _footer_names_site(tree) -> bool:
    """True when the page has a copyright footer (the text cleaner reads the site from it)."""
    body = tree.body
    return body is not None and _FOOTER_MARK.search(body.text(deep=True) or "") is not None


def _slogan_follows(node) -> bool:
    """True when a text element follows the node in its box (the slogan under or beside the app's name)."""
    sib = node.next
    while sib is not None and sib.tag == "-text" and not (sib.text_content or "").strip():
        sib = sib.next
    return sib is not None and sib.tag != "a" and bool((sib.text(deep=True) or "").strip())


#: The open-app bar atop a news client's share page (open-app-top, openApp, app-bar, download-app).
_OPEN_APP = "[class*=open-app], [class*=openApp], [class*=open_app], [class*=app-bar], [class*=appBar]"


def inline_scripts(tree) -> list:
    """The page's own script elements (no ``src``): where a saved page keeps its state and its times."""
    return [node for node in tree.css("script") if not node.attributes.get("src")]


@functools.cache
def _state_key(key: str) -> re.Pattern:
    """A bare name's pattern under ``key`` in script state: made once per key (two are asked for), and only for
    a page whose scripts hold state."""
    return recode.compile(r'"%s"\s*:\s*"([^"\\]{2,%d})"' % (re.escape(key), NAME_MAX))


def state_value(tree, key: str) -> str | None:
    """A bare name stored under ``key`` in the page's script state (``"source": "沧州日报"``)."""
    for node in inline_scripts(tree):
        text = node.text() or ""
        if not _STATE.search(text):
            continue
        m = _state_key(key).search(text)
        if m and _BARE_NAME.match(m.group(1)):
            return m.group(1)
    return None


#: China Standard Time (also Hong Kong, Macao and Taiwan time), the zone a Chinese page's reader sees.
CHINA_OFFSET = "+08:00"
_ZONED = recode.compile(r"^(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d)(?::(\d\d))?(Z|[+-]\d\d:\d\d)$")


def china_time(iso: str) -> str:
    """A zoned ISO time moved to UTC+8: Discourse and other platforms state article:published_time in UTC
    (2024-05-20T13:14:00+00:00 for a post shown at 21:14), and a post made before 08:00 Beijing time
    would otherwise fall on the previous day."""
    from datetime import datetime, timedelta, timezone

    m = _ZONED.match(iso)
    if not m or m.group(7) == CHINA_OFFSET:
        return iso
    y, mo, d, h, mi, sec, tz = m.groups()
    if tz == "Z":
        offset = timedelta(0)
    else:
        sign = -1 if tz[0] == "-" else 1
        offset = sign * timedelta(hours=int(tz[1:3]), minutes=int(tz[4:6]))
    try:
        t = datetime(int(y), int(mo), int(d), int(h), int(mi), int(sec or 0), tzinfo=timezone(offset))
    except ValueError:
        return iso
    local = t.astimezone(timezone(timedelta(hours=8)))
    return local.strftime("%Y-%m-%dT%H:%M" + (":%S" if sec else "")) + CHINA_OFFSET


# WeChat's page script states the post's time: ``var ct = "1716802320"`` (Unix seconds), and the day or minute
# as text (``var publish_time = "2024-05-27"``, ``var create_time = "2024-06-13 19:02"``); its own script
# writes it into the header's empty ``<em id="publish_time">`` on load.
_WECHAT_CT = recode.compile(r"""\bct\s*=\s*["']?(\d{10})["']?""")
_WECHAT_TIME = recode.compile(r"""\b(?:create_time|publish_time)\s*=\s*["'](\d{4}-\d{1,2}-\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?)["']""")
#: A WeChat official-account article page: its body or its header's date element.
WECHAT_PAGE = "#js_content, .rich_media_content, #js_article"


def unix_china_time(seconds: int) -> str | None:
    """A Unix time as the China Standard Time a Chinese page's reader sees (ISO 8601, to the minute, or to
    the second when the seconds are not zero), or None out of range."""
    from datetime import datetime, timedelta, timezone

    try:
        t = datetime.fromtimestamp(seconds, timezone(timedelta(hours=8)))
    except (OverflowError, OSError, ValueError):
        return None
    if not 1990 <= t.year <= 2100:
        return None
    return t.strftime("%Y-%m-%dT%H:%M" + (":%S" if t.second else ""))


def wechat_published(tree) -> str | None:
    """The publish time of a WeChat article saved before its script ran (the header's ``#publish_time`` is
    empty): from the page script's ``ct`` Unix time (China time), else its ``publish_time``/``create_time``
    text. None on other pages, or when the header shows the date (the text cleaner reads it there)."""
    if tree.css_first(WECHAT_PAGE) is None:
        return None
    shown = tree.css_first("#publish_time")
    if shown is not None and (shown.text(deep=True) or "").strip():
        # the header shows it (a copy saved after the script ran, or by SingleFile with the scripts stripped)
        return iso_date(shown.text(deep=True).strip())
    day = None
    for node in inline_scripts(tree):
        text = node.text() or ""
        m = _WECHAT_CT.search(text)
        if m:
            at = unix_china_time(int(m.group(1)))
            if at:
                return at
        m = _WECHAT_TIME.search(text)
        day = day or (iso_date(m.group(1)) if m else None)
    return day


def wechat_account(tree) -> str | None:
    """The account a WeChat article is published by, named in its header (``#js_name``): the site of the
    page (og:site_name names only the hosting platform, 微信公众平台)."""
    if tree.css_first(WECHAT_PAGE) is None:
        return None
    names = _names(tree.css("#js_name"))
    return names.pop() if len(names) == 1 else None


# RDFa date properties a CMS writes on the visible date span (Drupal 7: property="dc:date dc:created"
# content="2024-05-14T10:22:37+08:00"), the machine form of a date the page prints in its own format.
_RDFA_DATE = ("dc:date", "dc:created", "dcterms:created", "dcterms:issued", "schema:datePublished")


def rdfa_published(tree) -> str | None:
    """The publish time an RDFa date property's ``content`` attribute states on the page body, or None."""
    for node in tree.css("[property][content]"):
        if node.tag == "meta":
            continue
        if any(p in _RDFA_DATE for p in (node.attributes.get("property") or "").split()):
            at = iso_date(node.attributes.get("content") or "")
            if at:
                return at
    return None


def html_meta(tree, values: dict[str, str] | None = None, *, chinese: bool | None = None) -> Meta:
    """Meta fields the markup states: published (ISO 8601), author, source, site, url (canonical)."""
    v = head_values(tree) if values is None else values
    title = page_title(tree)
    meta = Meta()
    for k in PUBLISHED_KEYS:
        if k in v:
            meta.published = iso_date(v[k])
            if meta.published:
                break
    if chinese is None:
        chinese = bool(_HAN.search(title or "")) or (
            tree.body is not None and bool(_HAN.search(tree.body.text() or "")))
    if meta.published is None:
        meta.published = rdfa_published(tree)
    if meta.published and chinese:
        meta.published = china_time(meta.published)
    if meta.published is None:
        meta.published = wechat_published(tree)
    if meta.published is None:
        from .state import state_published

        meta.published = state_published(tree, (first(v, TITLE_KEYS), title))
    if meta.published is None:
        meta.published = titled_stamp(tree)
    url = v.get("canonical") or first(v, URL_KEYS)
    meta.url = url if url and url.startswith(("http://", "https://")) else None
    site = first(v, SITE_KEYS)
    meta.site = None if site in HOSTING_PLATFORMS else site
    if meta.site is None:
        meta.site = (platform_site(meta.url) or (linked_platform(tree) if meta.url is None else None)
                     or platform_title_site(title) or app_name(tree, title) or state_value(tree, "appName") or wechat_account(tree)
                     or ld_publisher(tree) or dc_publisher(v))
    source = unlabel(first(v, SOURCE_KEYS))
    meta.source = (_NOTE_AFTER.sub("", source).strip() or None) if source else None
    if meta.source is None:
        meta.source = (element_source(tree) or state_value(tree, "source") or linked_source(tree)
                       or date_line_source(tree))
    meta.views = element_views(tree)
    cells = label_cells(tree)
    meta.source = meta.source or cells.get("source")
    author = unlabel(first(v, AUTHOR_KEYS))
    if (author and is_name(author, chinese) and author not in (meta.site, meta.source) and not _SITE_LIKE.search(author)
            and not names_title_site(author, title)):
        meta.author = author
    if meta.author is None:
        meta.author = wechat_author(tree) or microdata_author(tree, chinese)
    if meta.author is None and cells.get("author") and is_name(cells["author"], chinese):
        meta.author = cells["author"]
    return meta
