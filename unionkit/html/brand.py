"""The site's own name as the page's header shows it: a logo's text or image alt, a navbar brand.

A ``<title>`` suffix ("Headline - Channel - Site") is taken as the site only when the header names it
too (a suffix may be a channel, 工会要闻, or the publisher the page names as its source); a header logo
that links to the site's home page names the site by itself.
"""

from __future__ import annotations

import re

from .. import recode

#: A logo or brand element by a class or id token (logo, site-logo, navbar-brand, index_logo_1yWxk of
#: CSS modules, sitename, site-title, a forum app's Header-title holding the forum's name and home link,
#: a Blogger blog's titlewrapper holding the blog's name over its description).
_BRAND_TOKEN = recode.compile(r"(?:^|[-_])(?:logo|brand|site-?name|site-?title)(?:[-_]|$)|^(?:logo|brand|sitename)"
                          r"|^header-?title$|^titlewrapper$", re.I)
_WS = recode.compile(r"[\s\u3000]+")
#: Longest brand text (characters): a name, not a slogan or a menu.
BRAND_MAX = 20
# A link to the site's home page: the root, ./, index.html, or a scheme (or a protocol-relative //) and host alone;
# or the index a level or more up (../index.asp: an ASP or CMS site's article pages sit in a folder of their own,
# /Article/ShowArticle.asp, and link home by climbing out of it).
_HOME_HREF = recode.compile(r"^(?:\.?/|(?:\./|/|(?:\.\./)+)?(?:index|default)\.\w+"
                            r"|(?:https?:)?//[^/?#\s]+/?(?:(?:index|default)\.\w+)?)$", re.I)


def links_home(a) -> bool:
    """Whether link ``a``'s address is the site's home page (_HOME_HREF)."""
    return _HOME_HREF.match((a.attributes.get("href") or "").strip()) is not None


# Words a home link shows that are no site's name (首页, 返回首页, 网站首页, 登录).
_NOT_NAME = recode.compile(r"^(?:返回|回到)?(?:网站|本站)?(?:首页|首頁|主页|主頁)$|^(?:登录|登錄|注册|註冊|logo|LOGO)$")
_SUFFIX_SPLIT = recode.compile(r"\s*[-_|｜–—·]\s*|\s{2,}")


def is_brand_element(node) -> bool:
    """Whether an element's class or id names a logo or brand."""
    words = (node.attributes.get("class") or "").split() + (node.attributes.get("id") or "").split()
    return any(_BRAND_TOKEN.search(w) for w in words)


def _brand_text(node) -> str | None:
    """The name a logo element shows: its text, else the alt of its image (short, not a menu word)."""
    text = _WS.sub("", node.text(deep=True) or "")
    if not text:
        img = node.css_first("img[alt]")
        text = _WS.sub("", img.attributes.get("alt") or "") if img is not None else ""
    if not 2 <= len(text) <= BRAND_MAX or _NOT_NAME.match(text):
        return None
    return _HOME_WORD.sub("", text) or None


# "X首页" on a home link names the site X (百度首页, 网易首页).
_HOME_WORD = recode.compile(r"(?<=..)(?:首页|首頁|主页|主頁)$")


def brand_elements(tree) -> list:
    """The page's logo and brand elements (outermost ones), in document order."""
    found = [n for n in tree.css("[class], [id]") if is_brand_element(n)]
    keep, kept = [], set()
    for n in found:
        p = n.parent
        while p is not None and p.mem_id not in kept:
            p = p.parent
        if p is None:
            keep.append(n)
            kept.add(n.mem_id)
    return keep


def brand_names(tree, brands: list) -> set[str]:
    """The names the header shows for the site: the alt texts of the page's images (a logo or banner) and
    the text of logo and brand elements (``brands``, from ``brand_elements``: a navbar's brand link)."""
    out = {a.strip() for img in tree.css("img[alt]") if (a := img.attributes.get("alt"))}
    out.update(t for n in brands if (t := _brand_text(n)))
    out.update(home_link_names(tree))
    return out


def home_link_names(tree) -> set[str]:
    """The names the links to the site's home page show (a TV site's top bar: <a href="/">某某广电网</a> beside the
    station's 官方网站 line), menu words (首页) aside: a name that confirms the <title>'s suffix."""
    from ..extract.meta.site_names import own_site

    out = set()
    for a in tree.css("a[href]"):
        if links_home(a):
            name = _WS.sub("", a.text(deep=True) or "")
            # (a site's name by its ending: a forum's breadcrumb head, 某某论坛 ›, or a short wordmark, 澎湃, is none)
            if 2 <= len(name) <= BRAND_MAX and (name := own_site(name)):
                out.add(name)
    return out


def _home_link(node) -> bool:
    """Whether an element is, holds or sits in a link to the site's home page."""
    links = [node] if node.tag == "a" else node.css("a[href]")
    p = node.parent
    if p is not None and p.tag == "a":
        links.append(p)
    return any(links_home(a) for a in links)


def logo_site(brands: list) -> str | None:
    """The site's name from the first logo or brand element (``brands``, from ``brand_elements``) that links
    to the home page (the header logo of a portal, a forum's navbar brand): its text, or its image's alt."""
    from ..extract.meta import site_from_suffix

    for node in brands:
        if not _home_link(node):
            continue
        name = _brand_text(node)
        if name and site_from_suffix(name) == name:  # (a site name's shape: Han, not a domain or a page word)
            return name
    return None


def confirmed_site(suffix: str | None, brands: set[str]) -> str | None:
    """The site a ``<title>`` suffix names, when the header confirms it: its last name that a brand shows,
    or whose channel a brand shows (凤凰网 under a 凤凰网陕西 logo), else another of its names a brand shows."""
    if not suffix or not brands:
        return None
    from ..extract.meta import site_from_suffix
    from ..extract.meta.site_names import PLATFORMS

    names = [n for part in _SUFFIX_SPLIT.split(suffix) if part.strip() and (n := site_from_suffix(part))]
    if not names:
        return None
    last = names[-1]
    if last in PLATFORMS:
        return last  # a blog or self-media platform hosting the page (…_博主_新浪博客): the name before it is the account's
    if last in brands or len(last) >= 3 and any(b.startswith(last) for b in brands):
        return last
    if any(abbreviates(last, b) for b in brands):
        return last  # the <title> writes the short form of the name the banner shows (黔东南州总工会)
    return next((n for n in reversed(names) if n in brands), None)


def confirmed_prefix_site(prefix: str | None, brands: set[str]) -> str | None:
    """The site a ``<title>`` prefix names ("Site - Channel - " before the headline), when the header confirms it:
    its first name that a brand (a logo's alt, a brand element) shows."""
    if not prefix or not brands:
        return None
    from ..extract.meta import site_from_suffix

    return next((n for part in _SUFFIX_SPLIT.split(prefix) if part.strip() and (n := site_from_suffix(part))
                 and n in brands), None)


def named_prefix_site(prefix: str | None, brands: set[str]) -> str | None:
    """The site a ``<title>`` prefix names by itself ("青海工会网--Headline", "某某日报-Headline": a Java CMS or an
    e-paper that puts its name first, no logo element naming it): the prefix's first part when it ends as a site's
    or paper's name does (网, 日报, 工会); a channel or a label first (工会之窗 - , 文档：) names none, and neither
    does a prefix under a logo (``brands``) that names another site."""
    if not prefix:
        return None
    from ..extract.meta.site_names import own_site

    head = next((p for p in _SUFFIX_SPLIT.split(prefix) if p.strip()), None)
    name = own_site(head.strip(" :：")) if head else None
    if name is None or any(b != name and own_site(b) for b in brands):
        return None
    return name


def abbreviates(short: str, full: str) -> bool:
    """``short`` is ``full`` with words left out inside, its head and its last two characters kept: an autonomous
    prefecture's or county's short form (黔东南州总工会 for 黔东南苗族侗族自治州总工会, a <title> suffix under a
    banner that spells the name out)."""
    if not 4 <= len(short) < len(full) or short[:2] != full[:2] or short[-2:] != full[-2:]:
        return False
    it = iter(full)
    return all(ch in it for ch in short)  # its characters in order inside the full name


#: A page's footer box, by tag, class or id (footer, site-footer, foot, copyright).
_FOOTERS = "footer, [class*=footer], [id*=footer], [class*=foot], [id*=foot], [class*=copyright]"


def _host(url: str | None) -> str | None:
    """The host of an absolute address, lower-cased, or None."""
    m = _HOST.match(url or "")
    return m[1].lower() if m else None


_HOST = recode.compile(r"^(?:https?:)?//([^/?#:\s]+)", re.I)


def home_link_site(tree, url: str | None) -> str | None:
    """The site's name from a link to its own home page (the root of the article's host) that the footer
    names too: a reprint library's or a portal's top bar (<a href="http://www.360doc.com/">360doc个人图书馆</a>
    over a footer opening 360doc个人图书馆 | 关于我们), where no logo element or <title> suffix names it."""
    host = _host(url)
    if host is None:
        return None
    from ..extract.meta import site_from_suffix

    # (the first home link only: a channel's home on a subdomain, 中国 in a portal's breadcrumb, comes later)
    a = next((a for a in tree.css("a[href]") if links_home(a)), None)
    if a is None or _host(a.attributes["href"].strip()) not in (host, None):
        return None
    name = _WS.sub("", a.text(deep=True) or "")
    if not 2 <= len(name) <= BRAND_MAX or _NOT_NAME.match(name) or site_from_suffix(name) != name:
        return None
    return name if _footer_names(tree, name) else None


def footer_logo_site(tree, brands: list) -> str | None:
    """The site's name from a header logo that links nowhere when the footer names it too (a mobile page's top bar,
    a back arrow and <span class="logo">某某报</span>, over a footer's 某某报社 版权所有): the page's masthead, which
    its copyright line confirms. A brand inside the footer confirms nothing."""
    from ..extract.meta import site_from_suffix

    for node in brands:
        name = _brand_text(node)
        if name and site_from_suffix(name) == name and not _in_footer(node) and _footer_names(tree, name):
            return name
    return None


def _footer_names(tree, name: str) -> bool:
    """Whether a footer box of the page holds ``name`` (its copyright line: 某某报社 版权所有)."""
    return any(name in _WS.sub("", n.text(deep=True) or "") for n in tree.css(_FOOTERS))


def _in_footer(node) -> bool:
    """Whether an element sits in a footer box (by tag, or a class or id naming a foot or copyright)."""
    p = node
    while p is not None and p.tag not in ("body", "html"):
        words = f"{p.attributes.get('class') or ''} {p.attributes.get('id') or ''}".lower()
        if p.tag == "footer" or "foot" in words or "copyright" in words:
            return True
        p = p.parent
    return False
