"""The metadata line under a headline (``is_header_line``): labelled fields, board fields, an app's info bar, a
summary box."""

from __future__ import annotations

import regex

from ... import lazyrx
from ...provinces import PROVINCES
from ..lines import line_cache
from .base import (
    AUTHOR_LABEL, CHANNEL_TAG, DATE, _DATE, DATE_LINE, PAPER_STAMP, SENTENCE, SEP, SOURCE_LABEL, TIME, URL,
    URL_LABEL, VIEWS_LABEL, WIDGETS,
)
from .latin import english_post_meta
from .nav import _NAV_RE
from .labels import header_labels
from .stamps import dated_name_line
from .accounts import follow_bar, platform_account_line, qa_stats_line

_AUTHOR_START = lazyrx.cached(rf"(?:{AUTHOR_LABEL}){SEP}")
_LONE_LABEL = lazyrx.cached(rf"^[(\[]?\s*(?:{SOURCE_LABEL}|{AUTHOR_LABEL}|{VIEWS_LABEL})(?:{SEP}|\s*\|\s*)[^,,;;]{{1,24}}[)\]]?$")
# A post's date row after the text, maybe with the author glued on ("发布于 2024年3月8日作者 夷陵工会"), and an
# office system's read receipt ("已阅人员(356人):郜志远 李建伟 … 更多>>").
# (a CMS stamps the page's last update under the text: 最后更新日期:2024/04/02, 更新时间:2024-04-02 10:15; a print
# view stamps when it was printed: 打印时间:2024-06-03 15:27, 列印日期 on Taiwan-style pages)
_TAIL_DATE_ROW = lazyrx.cached(rf"^(?:发布于|发表于|发布时间|发布日期|更新于|(?:最后)?更新(?:日期|时间)|最后更新|(?:打印|列印)(?:时间|日期)"
                               rf"|posted on)\s*[::]?\s*{DATE}(?:\s*{TIME})?"
                               r"\s*(?:(?:作者|来源|编辑)\s*[::]?\s*\S{1,16})?$", regex.I)
_READ_RECEIPT = lazyrx.cached(r"^(?:已阅人员|已读人员|阅读人员|已阅|已读)\s*[(]?\s*\d*\s*人?\s*[)]?\s*[::]")
# … and a work app's read counter under a notice ("已读 312  未读 17"; "已阅 56人 | 未阅 3人").
_READ_COUNTS = lazyrx.cached(r"^(?:已读|已阅)\s*[::]?\s*\d+\s*人?\s*[|/·,]?\s*(?:未读|未阅)\s*[::]?\s*\d+\s*人?$")
# … and a message board's bare label over the message (留言内容:), the label of a field whose value is the text.
# (a TV station's news page labels its lead and its text the same way, each label alone on its line: 导语:, 正文:)
# (a hotline's case page labels the caller's complaint and the office's handling of it so, colon and all:
# 诉求内容:, 办理结果:; bare, such words may head a report's section, so the colon is wanted)
_BOARD_LABEL = lazyrx.cached(r"^(?:留言内容|留言正文|来信内容|咨询内容|投诉内容|问题描述|回复内容|答复内容|办理回复|回复详情)\s*[::]?$"
                             r"|^(?:(?:诉求|来电|反映)内容|(?:办理|处理|答复|办结)(?:结果|情况|意见))\s*[::]$"
                             r"|^(?:导语|正文)\s*[::]$")
# A CMS's summary box over the text, its label and the summary on one line (摘要:7月8日,某某区总工会…, 导读:…, 【摘要】本文以…):
# the page's description field shown as a deck, not the text, which tells it again or at length.
_SUMMARY = lazyrx.cached(r"^(?:\[\s*(?:内容)?(?:摘要|提要)\s*\]|(?:内容)?(?:摘要|提要)\s*[::]|导读\s*[::])\s*\S")


def summary_line(folded: str) -> bool:
    """A summary box's line: its label (摘要:, 导读:, 【摘要】) and the summary."""
    return ("要" in folded or "导读" in folded) and _SUMMARY.match(folded.lstrip()) is not None


# … and the fields over the office's reply on such a board (回复单位:某某市总工会, 答复时间:2024-03-11 16:40): who
# answered and when, a short value, no clause.
# (a legal-aid board sets both on one row, "回复单位:某某中心  回复时间:2024-06-19 10:05", and files the question
# under its category, 咨询类别:劳动合同; a hotline's case page names the office it went to, 承办单位:某某区总工会;
# a lawyers' column names the lawyer who answered between them, 回复人:某某(律师))
_BOARD_VALUE = rf"(?:{DATE}(?:\s*{TIME})?|[^\s。,，;；!?]{{1,30}})"
_REPLY_FIELD = lazyrx.cached(rf"^(?:回复|答复)(?:单位|部门|机构|时间|日期|人)\s*[::]\s*[^。,，;；!?]{{1,30}}$"
                             rf"|^(?:(?:回复|答复)(?:单位|部门|机构|时间|日期|人)\s*[::]\s*{_BOARD_VALUE}\s*){{2,3}}$"
                             r"|^承办(?:单位|部门)\s*[::]\s*[^\s。,，;；!?]{1,30}$"
                             r"|^(?:咨询|留言|问题|投诉|信件|来信|诉求)(?:类别|类型|分类)\s*[::]\s*[^\s。,，;；!?]{1,16}$")
#: How the board's field rows open (a cheap look before the pattern).
_BOARD_FIELD_FIRST = frozenset("回答咨留问投信来诉承")
# A view count alone with its label after it ("1206阅读", "3.2万次浏览"): what self-media apps print under a post.
# (a video page counts its plays the same way, "播放:15326", "2.3万次观看": a counter, never a headline)
_LONE_COUNT = lazyrx.cached(r"^\d[\d,.]*\s*(?:万|w|W)?\+?\s*(?:次|人)?(?:阅读|浏览|点击|播放|观看)(?:量|数)?$"
                            # … or the label first, the count in ten thousands ("阅读量 3.6万")
                            r"|^(?:阅读|浏览|点击|播放|观看)(?:量|数|次数)?\s*[::]?\s*\d[\d,.]*\s*(?:万|w|W)?\+?\s*次?$")
#: How such a count line opens (a cheap look before the pattern).
_LONE_COUNT_FIRST = frozenset("0123456789阅浏点播观")
# A repost's bracketed note of where its text and pictures came from, with its takedown plea
# ("(内容来源:某某工会 图片来源于网络,侵删)"): the source line, though it holds a comma.
# (… and a blogger's note of what the text drew on: "(部分内容参考某某工会公众号)")
_SOURCE_NOTE = lazyrx.cached(rf"^\(\s*(?:内容|信息|文章|稿件|新闻|文字)?(?:{SOURCE_LABEL}){SEP}[^()]{{1,60}}\)$"
                             r"|^\(\s*(?:部分|本文)?(?:内容|资料|文字|素材|信息)?(?:参考|参考自|综合自|整理自|摘编自|编译自)\s*[::]?[^()。,]{2,30}\)$")
# A line that is only a URL label and an address ("本文链接:http://…"): the page's own address, no text.
_URL_LINE = lazyrx.cached(rf"^[\[(]?\s*(?:{URL_LABEL}){SEP}"
                          r"(?:https?://|www\.)\S+\s*[\])]?$", regex.I)


#: How a stripped DATE_LINE or PAPER_STAMP line opens (a bracket, a year's first digit, a paper's 《): their gate.
_DATED_FIRST = frozenset("[(12《")


# A post's IP region on a line of its own, a bare province (宁夏, 广西): WeChat prints it under the post's time.
_REGION_LINE = lazyrx.cached(r"^" + PROVINCES + r"$")


def region_line(folded: str) -> bool:
    """A line naming only a province or region (宁夏), as a post's IP region is set under its date."""
    t = folded.strip()
    return len(t) <= 3 and _REGION_LINE.match(t) is not None


def source_note(folded: str) -> bool:
    """A bracketed note of where the text came from ("(来源:某某工会公众号)"): a repost's text ends with it."""
    return bool(_SOURCE_NOTE.match(folded.strip()))


@line_cache()
def is_header_line(folded: str, *, strict: bool = False) -> bool:
    """A metadata line: labels like 时间/来源/作者/点击 with short values, a bare date, a channel tag.

    ``strict`` (used inside the article body) asks for two different labels so
    that an announcement's "时间:5月1日" sentence survives.
    """
    t = folded.strip()
    if not t or len(t) > 200:
        return False
    if t[:1] in _DATED_FIRST and (DATE_LINE.match(t) or PAPER_STAMP.match(t)):
        return True
    if strict and "。" in t:  # a sentence inside the body is never a header line
        return False
    labels = header_labels(t)
    if "author" in labels and len(labels) == 1 and not _AUTHOR_START.match(t):
        labels = set()
    if "。" in t and not strict:
        return len(labels) >= 3
    if strict:
        if "。" in t:
            return False
        if "url" in labels and _URL_LINE.match(t):
            return True  # the page's own address on its labelled line (本文链接:http://…), under the text too
        # Inside the body one label is enough only for a whole short "来源:工人日报" line.
        lone = (_LONE_LABEL.match(t) or _LONE_COUNT.match(t) or _SOURCE_NOTE.match(t) or _TAIL_DATE_ROW.match(t)
                or _READ_RECEIPT.match(t) or _READ_COUNTS.match(t) or _BOARD_LABEL.match(t) or english_post_meta(t)
                or t[:1] in _BOARD_FIELD_FIRST and _REPLY_FIELD.match(t))
        return len(labels) >= 2 or bool(lone)
    if labels and (len(t) <= 80 or len(labels) >= 2):
        return True
    if CHANNEL_TAG.match(t) and (labels or _DATE.search(t)):
        return True
    if _DATE.search(t) and (URL.search(t) or WIDGETS.search(t)) and not SENTENCE.search(t):
        return True
    return (dated_name_line(t) or platform_account_line(t) or follow_bar(t) or _READ_COUNTS.match(t) is not None
            or t[:1] in _LONE_COUNT_FIRST and _LONE_COUNT.match(t) is not None
            or "分类" in t and _BLOG_CATEGORY.match(t) is not None
            or qa_stats_line(t) or info_bar(t)
            or _BOARD_LABEL.match(t) is not None or english_post_meta(t)
            or t[:1] in _BOARD_FIELD_FIRST and _REPLY_FIELD.match(t) is not None)


# A blog entry's category row under its title ("分类： 工作随笔", by the 标签 row): one short name after the label.
# (only outside the body: a field list in the text may name a 分类 too)
_BLOG_CATEGORY = lazyrx.cached(r"^(?:博文|文章|日志)?分类\s*[::]\s*[^\s,，。;；:：]{1,16}$")


# An app or mobile page's info bar under the headline: parts set off by bars (| ｜ 丨 ┊), dots or wide gaps,
# each a date-time, a labelled field (记者:X, 来源:X, 作者:X, 编辑:X) or the outlet's bare name
# ("某某县融媒体中心 | 记者:张三 | 2023-11-18 15:40"); a menu (首页 | 新闻 | 视频) has no date and no label.
_INFO_SPLIT = lazyrx.cached(r"\s*[|┊│丨]\s*|\s+[·•]\s+|\s{2,}")
_INFO_ROLE = lazyrx.cached(r"^(?:本报|本台|本刊|本网|特约)?(?:首席)?(?:全媒体|融媒体)?(?:记者|通讯员|实习生|摄影|摄像)"
                           r"\s*[::]?\s*\p{Han}{2,4}(?:[\s、,]+\p{Han}{2,4}){0,3}$")
_INFO_NAME = lazyrx.cached(r"^\p{Han}[\p{Han}A-Za-z0-9·]{1,19}$")


def info_bar(t: str) -> bool:
    """A bar of a date, labelled fields and the outlet's name (某某融媒体中心 | 记者:张三 | 2023-11-18 15:40)."""
    if "|" not in t and "┊" not in t and "│" not in t and "丨" not in t and "·" not in t and "•" not in t and "  " not in t:
        return False
    parts = [p for p in _INFO_SPLIT.split(t.strip()) if p]
    if not 2 <= len(parts) <= 6:
        return False
    kinds = []  # each part a date, a labelled field or a bare name
    for p in parts:
        if DATE_LINE.match(p):
            kinds.append("date")
        elif _INFO_ROLE.match(p) or (len(p) <= 30 and header_labels(p) and not SENTENCE.search(p)):
            kinds.append("field")
        elif _INFO_NAME.match(p) and not _NAV_RE.fullmatch(p):
            kinds.append("name")
        else:
            return False
    # a date or a labelled field makes it a byline row; at most one bare name (the outlet)
    return ("date" in kinds or "field" in kinds) and kinds.count("name") <= 1
