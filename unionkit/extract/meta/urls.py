"""The page's own address: a labelled link, a header's address, a search engine's cache banner."""

from __future__ import annotations

from ... import lazyrx
from ...record import Removal
from .base import _first, normalise_line

_URL = lazyrx.compile(r"(?:https?://|www\.)[A-Za-z0-9\-._~:/?#\[\]@!$&'*+,;=%]+")


#: The body lines a search engine's cache banner may stand in when the cleaner kept it.
_CACHE_TOP = 4
#: The closing body lines a labelled page address (留言链接:http://…) may stand in when the cleaner kept it.
_LABEL_TAIL = 6
# A search engine's cache banner naming the page it copied (百度快照: 百度和网页 http://… 的作者无关; Google: 这是 Google
# 对 http://… 的缓存 / This is Google's cache of http://…): the original page's address, the gold's url.
_CACHE_BANNER = lazyrx.compile(r"(?:和网页|和網頁|(?:对|對)|cache\s+of)\s*(?P<url>https?://[A-Za-z0-9\-._~:/?#\[\]@!$&'*+,;=%]+?)"
                               r"\s*(?:的作者|的缓存|的快取|的頁庫存檔|[.。]?\s|$)")


def _cache_hint(text: str) -> bool:
    """A line that may be a cache banner (a cheap test before _CACHE_BANNER)."""
    return "http" in text and ("快照" in text or "缓存" in text or "快取" in text or "cache" in text)


def _cached_url(text: str) -> str | None:
    """The original page's URL a search engine's cache banner names, else None."""
    mt = _CACHE_BANNER.search(text)
    return mt["url"] if mt else None


def _url_label_hint(text: str) -> bool:
    """A row that may hold a labelled page address (a cheap test before _URL_LABEL)."""
    return "链接" in text or "鏈接" in text or "网址" in text or "網址" in text or "地址" in text or "剪藏" in text


# The page's own address on a labelled line (本文链接:http://…, 原文网址：…): it names this page, where a bare
# domain on a logo or nav row names only the site. The label's first word names this page or this post (a message
# board's 留言链接, a forum's 帖子链接, a video's 视频链接), or it is the share widget's copy button holding the
# page's address (复制链接 https://…); a 相关链接 / 友情链接 names other pages and is left out. A note app's copy of a
# clipped article names the article's address as where it was clipped from (剪藏自:https://…).
_URL_LABEL = lazyrx.compile(r"(?:(?:本文|本页|本頁|文章|原文|留言|帖子|主题|主題|视频|視頻|作品|复制|複製|分享)"
                           r"(?:链接|鏈接|网址|網址|地址)|剪藏(?:自|于|於|来源|來源|地址|链接|鏈接))\s*[:：]?\s*(?=https?://|www\.)")


def _labelled_url(text: str) -> str | None:
    """The URL after a "本文链接:" label on a line, else None."""
    t = normalise_line(text)
    mt = _URL_LABEL.search(t)
    return _url(t[mt.end():]) if mt else None


# A portal's domain on a row of its own under its name, written without a scheme (a government site's masthead:
# 吴忠市人民政府 / www.wuzhong.gov.cn): it names the site, not the page. (A domain with its scheme on the name's row,
# 某某工会网 http://www.….cn/, is read as the url, as the golds have it.)
_MASTHEAD_DOMAIN = lazyrx.compile(r"^\s*(?i:www)\.[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+/?\s*$")


def _masthead_domain(text: str) -> bool:
    """A header row holding only a bare www. domain (no scheme, no path)."""
    return text.lstrip()[:4].lower() == "www." and bool(_MASTHEAD_DOMAIN.match(text))


# A blog's home address on a blog platform's host (blog.….com/name, blog.….com/u/2783315160, name.blog.….com/),
# printed under the blog's name in the header: it names the blog, not the post, which has a path of its own
# (/s/blog_….html).  The golds take none of them as the page's url (8 of 8 accept null; 3 of them only null).
_BLOG_HOME = lazyrx.compile(r"^https?://(?:[A-Za-z0-9\-]+\.)*blog\.[A-Za-z0-9\-]+\.[A-Za-z0-9\-.]+(?:/(?:u/)?[A-Za-z0-9_\-]+)?/?$")


def _header_url(text: str) -> str | None:
    """The first URL a header row writes, unless it is a blog's home address (see _BLOG_HOME)."""
    url = _url(text)
    return None if url is None or ("blog." in url and _BLOG_HOME.match(url)) else url


def _url(text: str) -> str | None:
    """The first URL written on a line."""
    mt = _URL.search(normalise_line(text))
    return mt[0].rstrip(".,;") if mt else None


def _page_url(removed: list[Removal], header: list[Removal], other: list[Removal], body: list[str]) -> str | None:
    """The page's address: a labelled one (a removed row's, else one the body's closing lines kept), else a header
    row's, else a search engine's cache banner's."""
    # (a labelled article address, 本文地址：http://…/content_N.htm, outranks a bare site root on the logo row; the
    # label names this page wherever it stands: portals print 本文链接：… under the text, among the footer's rows)
    return (_first(_labelled_url(r.text) for r in header + other if _url_label_hint(r.text))
            or _first(_labelled_url(r.text) for r in removed if _url_label_hint(r.text))
            or _first(_labelled_url(t) for t in body[-_LABEL_TAIL:] if _url_label_hint(t))
            or _first(_header_url(r.text) for r in header if r.kind != "title_suffix" and not _masthead_domain(r.text))
            or _first(_cached_url(t) for t in [r.text for r in removed] + body[:_CACHE_TOP] if _cache_hint(t)))
