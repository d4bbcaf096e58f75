"""View counts not given as a labelled field: a lone counter, a blog's bar, a phrase, a library's row, a
thread's counter.
"""

from __future__ import annotations

from ... import lazyrx
from ... import recode
from ...record import Removal
from .base import _first, normalise_line
from .labels import labelled_fields
from .values import parse_views

# A forum thread's counter row (Discuz!: 查看: 2381 | 回复: 4), which a forum pass may file with the poster's
# profile: both counts labelled, nothing else on the row but the thread's own buttons, which PHPWind prints glued
# after the counts (阅读：1245 | 回复：2发帖 回复).
_THREAD_COUNTER = lazyrx.compile(r"^\s*(?:查看|查看数|查看數|阅读|閱讀|浏览|瀏覽)\s*:\s*(\d[\d,]*)\s*(?:[|｜丨/]\s*)?"
                                r"(?:回复|回復|回覆|回帖|评论|評論)\s*:\s*\d[\d,]*"
                                r"(?:\s*(?:发帖|發帖|发新帖|發新帖|回复|回復|回覆|发表回复|發表回覆))*\s*$")


def _late_views(removed: list[Removal], end: float) -> int | None:
    """Views from a counter after the article's end (阅读量 8362 under 责任编辑: the tail's header kind, read
    for views only, never for a footer's source) or from a thread's counter row filed with forum chrome."""
    for r in removed:
        if r.kind == "page_header" and r.line is not None and r.line >= end:
            n = _first(parse_views(v) for f, v in labelled_fields(r.text) if f == "views")
            if n is not None:
                return n
        elif r.kind in ("user_profile", "forum_chrome") and "回" in r.text and ":" in (t := normalise_line(r.text)):
            mt = _THREAD_COUNTER.match(t)
            if mt:
                return parse_views(mt[1])
    return None


# A personal library's (360doc-like) counters after the reposter's name: 阅 N, then 转 N (times reposted) or 转藏 N,
# side by side or barred (阅 325　转 6, | 阅 56 | 转藏 3). 阅 is a label only there: alone it opens words (阅读, 阅览室).
_LIBRARY_VIEWS = lazyrx.compile(r"(?<!\p{Han})(?:阅|閱)\s*(\d[\d,]*)(?=\s*(?:[|｜丨]\s*)?(?:转藏|轉藏|转|轉)\s*\d)")


def _library_views(text: str) -> int | None:
    """The 阅 count of a personal library's row (阅 325 转 6), else None."""
    mt = _LIBRARY_VIEWS.search(normalise_line(text))
    return parse_views(mt[1]) if mt else None


def _views_phrase(text: str) -> int | None:
    """A view count written as a phrase (已有528人浏览, 1024人已读), not one about the whole site's visitors."""
    t = normalise_line(text)
    mt = _VIEWS_PHRASE.search(t) if "人" in t or "次" in t or "位" in t else None
    if not mt or _SITE_WIDE.search(t[:mt.start()]):
        return None
    return parse_views(mt[1] or mt[2])


# A blog's bar of counts under a post (新浪博客-style: 阅读(128)┊ 评论 (2)┊ 收藏(0) ┊转载(1)): each count in
# parentheses after its label; the reading count is a view count only where the comment count follows it so.
_BLOG_BAR = lazyrx.compile(r"^\s*(?:阅读|閱讀)\s*[(（]\s*(\d[\d,]*)\s*[)）]\s*[┊|｜丨¦]?\s*(?:评论|評論)\s*[(（]\s*\d")


def _blog_bar_views(text: str) -> int | None:
    """The 阅读 count of a blog's bar of parenthesised counts (阅读(128)┊ 评论 (2)┊…), else None."""
    mt = _BLOG_BAR.match(normalise_line(text))
    return parse_views(mt[1]) if mt else None


# A view count alone on a line (阅读 3265, 閱讀 10万+): what WeChat prints under an article.
# The row may go on with the other counts (阅读 892 赞 24 在看 5), and a self-media app puts the number
# first (1206阅读, 3.2万次浏览). An app's share page may glue the next count on (阅读 3562点赞 48). WeChat's bottom bar opens with the 阅读原文 link and may print a button with no
# count (阅读原文 阅读 4,516 赞 36 分享 在看 12). A self-media portal puts the count alone in brackets (阅读 (2351)).
_LONE_VIEWS = lazyrx.compile(r"^\s*(?:(?:(?:阅读原文|閱讀原文)\s+)?(?:阅读|閱讀)\s*[:：]?\s*[(（]?\s*"
                             r"(\d[\d,.]*\s*(?:万|萬|千|[kKwW])?)\+?\s*[)）]?"
                             r"(?:\s*(?:赞|點贊|点赞|在看|好看|分享|转发|轉發|评论|評論|收藏)(?:\s*\d[\d,.]*(?:万|萬)?\+?)?)*"
                             r"|(\d[\d,.]*\s*(?:万|萬|千|[kKwW])?)\+?\s*(?:次|人)?(?:阅读|閱讀|浏览|瀏覽))\s*$")
#: A character every _LONE_VIEWS reading holds (阅读, 閱讀, 浏览, 瀏覽): a cheap first test on each removed piece.
_VIEW_HINT = recode.compile("[阅閱閲览覽]")
# A view count written as a phrase in the header row (已有528人浏览, 1024人已读, 共326人阅读过): a portal's
# counter. (A line about the whole site, 本站已有N人访问, counts the site's visitors: not read.)
_VIEWS_PHRASE = lazyrx.compile(r"(?<![\d.,])(?:(?:已有|已經有|已经有|共有|共)\s*)?(\d[\d,]*)\s*(?:人次|人|次|位)\s*"
                               r"(?:浏览|瀏覽|阅读|閱讀|访问|訪問|已读|已讀|看过|看過|查看)(?:过|過|了)?(?!\p{Han})"
                               # (a Q&A question's count, in the passive: 被浏览 4,217 次)
                               r"|(?<!\p{Han})(?:已被|被)(?:浏览|瀏覽|阅读|閱讀|查看)\s*(\d[\d,]*)\s*次")
_SITE_WIDE = lazyrx.compile(r"本站|本网|本網|网站|網站|全站|站点|站點|访客|訪客")


def _unlabelled_views(removed: list[Removal], header: list[Removal], other: list[Removal], end: float) -> int | None:
    """The view count when no header field gives one: the first of the counters below that the page shows."""
    # a WeChat page's count under the article: a line of its own (阅读 3265), filed with the share bar
    views = _first(parse_views(mt[1] or mt[2]) for r in removed
                   if _VIEW_HINT.search(r.text) and (mt := _LONE_VIEWS.match(normalise_line(r.text))))
    if views is None:  # a blog's bar of counts in parentheses under the post (阅读(128)┊ 评论 (2)┊ 收藏(0))
        views = _first(_blog_bar_views(r.text) for r in removed
                       if ("(" in r.text or "（" in r.text) and ("阅" in r.text or "閱" in r.text))
    if views is None:  # a portal's counter as a phrase in the header row (已有528人浏览)
        views = _first(_views_phrase(r.text) for r in header + other
                       if r.kind in ("page_header", "navigation", "byline", "dateline"))
    if views is None:  # a personal library's row under the headline (清风徐来z 阅 325 转 6): 阅 alone as the label
        views = _first(_library_views(r.text) for r in header if "阅" in r.text or "閱" in r.text)
    if views is None:  # a counter under the editor line (阅读量 8362), or a thread's counter (查看: 2381 | 回复: 4)
        views = _late_views(removed, end)
    return views
