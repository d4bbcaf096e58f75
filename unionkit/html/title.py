"""The headline: the body line the ``<title>`` (or og:title) names, site suffix aside.

``<title>`` usually reads "Headline - Channel - Site" or "Headline_Site"; the
headline element (an h1, or a styled div on older CMS pages) carries the
headline alone. A line that equals og:title/ArticleTitle, equals the
``<title>``, or is the ``<title>`` up to a separator (or from one, for sites that put their name
first, or between two, for a CMS preview's "预览 - Headline - Site") is the headline. Among exact matches
h1–h6 lines win ties, then the longer line; among partial matches the longer line wins, since a site name
("<h1>Site</h1>", the other end of the ``<title>``) is shorter than a headline.
"""

from __future__ import annotations

import regex

from .. import lazyrx

#: How many leading lines may hold the headline (breadcrumbs, menus and banners come first).
SEARCH_LINES = 80
MIN_PREFIX = 4
_SPACE = lazyrx.cached(r"\s+")
_SEPARATOR_START = lazyrx.cached(r"^[\s\p{P}\p{S}]")
_SEPARATOR_END = lazyrx.cached(r"[\s\p{P}\p{S}]$")
# The bars a template joins the <title>'s parts with (a bracket closing a tag, 【转载】, joins nothing).
_BAR_START = lazyrx.cached(r"^\s*[-–—_|｜·:：]")
_BAR_END = lazyrx.cached(r"[-–—_|｜·:：]\s*$")
# A thread-type or channel tag forums and portals print before the headline ("[分享] …", "【转载】…"),
# or the field label forum templates put there ("主题: …", "标题：…").
_TAG_PREFIX = lazyrx.cached(
    r"^\s*(?:[\[【［]\s*[^\]】］]{1,10}[\]】］]|(?:主题|主題|标题|標題|题目|題目|subject|title)\s*[:：])\s*",
    regex.I)
_TAG_STARTS = frozenset("[【［主标標题題Ss Tt\u3000")


def norm(text: str) -> str:
    """Text without whitespace, for comparing headline forms."""
    return _SPACE.sub("", text)


def _rank(line: str, title: str | None, named: str | None) -> int:
    """2 = the line is the stated headline, 1 = the <title> up to (or from) a separator, 0 = neither.

    Most sites put their name after the headline; some government and county sites put it
    first ("某市总工会--标题"), so a line the <title> ends with after a separator counts too.
    """
    if line[:1] in _TAG_STARTS:
        line = _TAG_PREFIX.sub("", line)
    n = norm(line)
    if not n:
        return 0
    if (named and n == norm(named)) or (title and n == norm(title)):
        return 2
    if title and len(n) >= MIN_PREFIX and len(line) < len(title):
        t = title.strip()
        ls = line.strip()
        if t.startswith(ls) and _SEPARATOR_START.match(t[len(ls):]):
            return 1
        if t.endswith(ls) and _SEPARATOR_END.search(t[:-len(ls)]):
            return 1
        if _between_separators(t, ls):
            return 1
    return 0


def _between_separators(title: str, line: str) -> bool:
    """Whether a line is a part of the <title> between two separators and longer than what stands before it and
    after it ("预览 - Headline - Site": a CMS's preview or a template that names the channel first puts a word before
    the headline as well as the site after it; a channel between the headline and the site is the shorter part)."""
    at = title.find(line, 1)
    if at <= 0:
        return False
    before, after = title[:at], title[at + len(line):]
    return (bool(_BAR_END.search(before)) and bool(_BAR_START.match(after))
            and len(norm(line)) > max(len(norm(before)), len(norm(after))))


def headline_index(lines: list[str], headings: set[int], title: str | None, named: str | None) -> int | None:
    """Index of the headline among the first lines, or None when the markup names none."""
    if not title and not named:
        return None
    best, key = None, None
    for i, line in enumerate(lines[:SEARCH_LINES]):
        r = _rank(line, title, named)
        if not r:
            continue
        k = (r, i in headings, len(norm(line)), -i) if r == 2 else (r, len(norm(line)), i in headings, -i)
        if key is None or k > key:
            best, key = i, k
    return best


def untagged_headline(line: str, title: str | None, named: str | None) -> tuple[str, str] | None:
    """(tag, headline) when a headline line opens with a thread-type or channel tag ([工会动态]…, 【转载】…,
    主题：…) that the ``<title>`` and og:title leave out: a forum's type label or a template's field label
    printed before the subject, no part of the headline. None when the line has no tag or the title keeps it."""
    if line[:1] not in _TAG_STARTS:
        return None
    m = _TAG_PREFIX.match(line)
    if m is None or not m.group().strip():
        return None
    rest = line[m.end():].strip()
    tag = norm(m.group())
    if len(norm(rest)) < MIN_PREFIX or any(s and norm(s).startswith(tag) for s in (title, named)):
        return None
    return m.group().strip(), rest


def title_line(title: str | None, named: str | None) -> str | None:
    """The line to put first when the body shows no headline: og:title, else the <title> (suffix and all)."""
    return named or title
