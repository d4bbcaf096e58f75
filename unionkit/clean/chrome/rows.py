"""Single furniture rows of particular page kinds: rules, feed items, live audience counts, sort tabs, cache
banners, a browser print's margins, a legal-aid answer's lawyer, an ad slot's labelled slogan."""

from __future__ import annotations

import regex

from ... import lazyrx

#: Characters CMS templates draw rules with ("------分隔线------", "＝＝＝＝＝", "*****").
_RULE_CHARS = frozenset("-=_*~—─━·•.。…#+")
_DROP_RULE = {ord(c): None for c in _RULE_CHARS}
_RULE_CLASS = r"\s" + regex.escape("".join(sorted(_RULE_CHARS)))
_SEVEN_INKED = lazyrx.cached(rf"(?:[^{_RULE_CLASS}][{_RULE_CLASS}]*+){{7}}")


def separator_line(folded: str) -> bool:
    """A drawn rule, possibly around a short label: template furniture, not text."""
    if _SEVEN_INKED.search(folded) is not None:  # seven characters that are no rule: a text line, said at once
        return False
    ink = "".join(folded.split())  # str.split() drops exactly the isspace() characters
    if len(ink) < 5:
        return False
    other = len(ink.translate(_DROP_RULE))  # str.translate runs in C: long lines cost little
    return len(ink) - other >= 5 and other <= 6


# An RSS/Atom feed dumped as text: each item a block of labelled fields, its title's line right over its link's
# ("标题:X" / "链接:http://…", "title: X" / "link: http://…"), a reader's export numbering its items ("[2] 标题:X");
# a CMS's "标题:" field has no link under it.
_FEED_TITLE = lazyrx.cached(r"^(?:\[\d{1,3}\]\s*)?(?:标题|title)\s*:\s*\S", regex.I)
_FEED_LINK = lazyrx.cached(r"^(?:链接|link)\s*:\s*https?://\S+$", regex.I)


def feed_item(folded: str, below: str) -> bool:
    """``folded`` is a feed item's title field and ``below`` (the next line) its link field: a dumped feed's item."""
    return folded[:1] in "标Tt[" and len(folded) <= 120 and _FEED_TITLE.match(folded) is not None \
        and _FEED_LINK.match(below.strip()) is not None


# A live page's audience counter under its headline (news apps' live blogs: "已有 5.6万 人观看", "12.3万人围观").
_AUDIENCE = lazyrx.cached(r"^(?:已有|共有|累计)?\s*\d[\d,.]*\s*(?:万|w|W)?\+?\s*(?:人|次)\s*(?:观看|围观|在看|参与)$")
# A live blog's or comment list's sort tabs ("最新 | 最早", "正序 倒序", "按时间 按热度").
_SORT_WORD = r"(?:最新|最早|最热|热门|正序|倒序|按时间|按热度)"
_SORT_TABS = lazyrx.cached(rf"^{_SORT_WORD}(?:\s*[|｜/·]?\s*{_SORT_WORD}){{1,3}}$")


# A video page's tab bar under the player ("简介 文稿 评论(3)"): the clip's description, transcript and comments tabs;
# two tabs or more, the description's or the transcript's among them.
_VIDEO_TAB = r"(?:简介|详情|文稿|字幕|选集|评论(?:\s*[(]\d+[)])?)"
_VIDEO_TABS = lazyrx.cached(rf"^(?=.*(?:简介|文稿)){_VIDEO_TAB}(?:\s*[|｜/·]?\s*{_VIDEO_TAB}){{1,4}}$")


def video_tabs(folded: str) -> bool:
    """A video page's tab bar (简介 文稿 评论(3)): the player's tabs, no text."""
    t = folded.strip()
    return len(t) <= 30 and _VIDEO_TABS.match(t) is not None


def audience_count(folded: str) -> bool:
    """A live page's audience counter (已有 5.6万 人观看): the page's view count, no headline."""
    t = folded.strip()
    return len(t) <= 24 and ("观看" in t or "围观" in t or "在看" in t or "参与" in t) and _AUDIENCE.match(t) is not None


def sort_tabs(folded: str) -> bool:
    """A row of sort tabs over a live blog's entries or a comment list (最新 | 最早)."""
    t = folded.strip()
    return len(t) <= 24 and _SORT_TABS.match(t) is not None


# A search engine's cache copy opens with the engine's banner over the cached page: its name for the copy
# (百度快照, 网页快照), the words searched for (您查询的关键词是:…) and its disclaimer naming the original
# page's address ("(百度和网页 http://… 的作者无关,不对其内容负责…)", "这是 Google 对 http://… 的缓存"), and
# under it the copy's view links ("完整版本 纯文字版本 查看源代码") and its find tip ("提示:要在此页面上快速找到
# 您的搜索字词,请按 Ctrl+F…", "这些搜索字词已标明:…").
_CACHE_VIEW = r"(?:完整版本?|纯文字版本?|纯文本版本?|查看源代码|查看源文件)"
_CACHE_BANNER = lazyrx.cached(r"^(?:百度|搜狗|360|必应)?(?:网页)?快照$"
                              r"|^(?:您|你)查询的关键(?:词|字)(?:是|为)?\s*:"
                              r"|^\(?\s*(?:百度|搜狗|360|必应|谷歌|Google|Bing)和网页\s*\S+\s*的作者无关"
                              r"|^这是\s*(?:Google|谷歌|Bing|必应)\s*对\s*\S+\s*的(?:缓存|快照)"
                              rf"|^{_CACHE_VIEW}(?:\s*[|·]?\s*{_CACHE_VIEW}){{1,3}}$"
                              r"|^(?:提示\s*:\s*)?要在此页面上快速找到(?:您|你)的搜索(?:字词|词|关键词)"
                              r"|^这些(?:搜索)?字词(?:已标明|已突出显示|已加亮|仅出现在)", regex.I)


#: The longest banner line (an engine's disclaimer with the page's address; the long-line shortcut of the shape
#: rules, shapes.LONG_LINE, relies on every rule wanting a shorter line).
_CACHE_BANNER_MAX = 200


def cache_banner(folded: str) -> bool:
    """A line of a search engine's cache banner over a cached page (百度快照, 您查询的关键词是:…, its disclaimer,
    the copy's view links and find tip)."""
    return len(folded) <= _CACHE_BANNER_MAX and ("快照" in folded or "关键" in folded or "无关" in folded
                                                 or "缓存" in folded or "版本" in folded or "字词" in folded) \
        and _CACHE_BANNER.match(folded.strip()) is not None


# A page printed from a browser carries the print's margins on each sheet: the time of printing over the page's
# <title> at its head ("2024/4/28 15:32  某某工会…_某某网"), its address and the sheet's count at its foot
# ("http://… 1/2"). The title part holds no sentence: a live post's stamp over its text does.
_PRINT_HEAD = lazyrx.cached(r"^\d{4}/\d{1,2}/\d{1,2}\s+(?:上午|下午)?\d{1,2}:\d{2}(?::\d{2})?\s+[^,。;!?]+$")
_PRINT_FOOT = lazyrx.cached(r"^(?:https?|file)://\S+\s+(\d{1,3})/(\d{1,3})$")


def print_margin(folded: str) -> bool:
    """A browser print's running head (time printed, the page's title) or foot (its address, sheet n/m)."""
    if "/" not in folded:
        return False
    t = folded.strip()
    if (m := _PRINT_FOOT.match(t)) is not None:
        return 0 < int(m[1]) <= int(m[2])
    return _PRINT_HEAD.match(t) is not None


# A page's word to a browser lacking what the page needs, left as text where the player or the script would be
# (您的浏览器不支持 video 标签。, 您的浏览器禁用了JavaScript,以上为文章的纯文本版本。, …不支持视频播放,请升级浏览器…);
# a cookie consent banner and its two buttons (我们使用Cookie及类似技术…继续浏览即表示您同意…, 接受 拒绝).
_BROWSER_NOTICE = lazyrx.cached(r"^(?:抱歉[,!]?\s*)?(?:您的|你的|当前)?浏览器(?:版本)?(?:过低|暂?不支持|禁用了?|未(?:启用|开启)"
                                r"|没有(?:启用|开启)|无法)[^。!?]{0,40}(?:[。.!,][^。!?]{0,40})?[。.!]?$"
                                r"|^(?:我们|本站|本网站?)(?:使用|采用)\s*cookies?[^。!?]{0,60}[。.](?:[^。!?]{0,60}[。.])?$"
                                r"|^(?:接受|同意)(?:全部)?\s+(?:拒绝|不同意)$", regex.I)


def browser_notice(folded: str) -> bool:
    """A notice to the reader's browser (no video support, scripts off) or a cookie banner's line: chrome a text
    save keeps where the HTML had a player, a script or a consent box."""
    gate = "浏览器" in folded or "ookie" in folded or "拒绝" in folded
    return gate and _BROWSER_NOTICE.match(folded.strip()) is not None


# The lawyer answering a legal-aid column's question, on a labelled line over the Q&A ("解答律师:某某律师事务所 某某").
_ANSWERER = lazyrx.cached(r"^(?:解答|答疑|值班|坐诊|释法)律师\s*:\s*[^。!?;]{2,40}$")


def answerer_line(folded: str) -> bool:
    """A legal-aid column's answerer line (解答律师:某某律师事务所 某某): the article's byline."""
    t = folded.strip()
    return "律师" in t[:4] and len(t) <= 50 and _ANSWERER.match(t) is not None


#: The words an ad slot's label says (广告, 推广 …).
_AD_WORDS = r"(?:广告|推广|赞助|商业推广)"
# The label a portal sets before an ad slot's slogan, in brackets of its own ([广告]夏季新款 清仓特价, 【推广】…):
# the page's advertising, printed between the article's paragraphs. (The line is folded: 【】, 〔〕 and （） read as []
# and ().)
_AD_LABEL = lazyrx.cached(rf"^[\[(]\s*{_AD_WORDS}\s*[\])]")
#: Longest ad line (characters): the label and a slogan or two, never a paragraph.
AD_LINE_MAX = 60


def ad_line(folded: str) -> bool:
    """An ad slot's line: its bracketed 广告 label, then a short slogan, or the label alone."""
    return (folded[:1] in "[(" and len(folded) <= AD_LINE_MAX and _AD_LABEL.match(folded) is not None
            or ad_label(folded))


# The label alone on its line, as an ad slot prints it under its slogan (老君山景区 · 疗休养专线 限时优惠 / 广告).
_BARE_AD_LABEL = lazyrx.cached(rf"^[\[(]?\s*{_AD_WORDS}\s*[\])]?$")


def ad_label(folded: str) -> bool:
    """An ad slot's bare label (广告, [推广])."""
    return len(folded) <= 10 and _BARE_AD_LABEL.match(folded.strip()) is not None
