"""Dated rows: a post's closing stamp, a name with a date or a relative time, short and Chinese-numeral dates."""

from __future__ import annotations

from ... import lazyrx
from ..lines import HAN
from .base import DATE, _DATE, SENTENCE, TIME

# A social platform's stamp under a post, the poster's IP region after its date ("编辑于 2024-03-28 21:14・IP 属地广东",
# Zhihu; "发布于 2024-05-02 · IP属地:湖南"): the text ends there, the platform's tags, buttons and comments follow.
# (a Q&A site's answer closes on its stamp and rights note instead: "回答于 2023-11-06 21:14 · 著作权归作者所有")
_CLOSING_STAMP = lazyrx.cached(rf"^(?:编辑于|发布于|发表于|更新于|回答于)\s*{DATE}(?:\s*{TIME})?\s*[·・•|]?\s*"
                               r"(?:IP\s*属地\s*[::]?\s*\p{Han}{2,8}|著作权归(?:原)?作者所有)$")


def closing_stamp(folded: str) -> bool:
    """A post's edit or publish stamp with the poster's IP region (编辑于 2024-03-28 21:14・IP 属地广东), or an answer's
    with its rights note (回答于 … · 著作权归作者所有): its last line."""
    t = folded.strip()
    return len(t) <= 50 and ("属地" in t or "著作权" in t) and _CLOSING_STAMP.match(t) is not None


# The same stamp bare ("编辑于 2022-03-06 10:22", a Q&A answer copied without the poster's region): a sentence may open
# so too, so it closes the post only where the platform's vote bar or rights note follows it at once (the pipeline).
_BARE_STAMP = lazyrx.cached(rf"^(?:编辑于|发布于|发表于|更新于|回答于)\s*{DATE}(?:\s*{TIME})?$")


def bare_stamp(folded: str) -> bool:
    """A post's edit or publish stamp alone (编辑于 2022-03-06 10:22): its last line when the platform's chrome follows."""
    t = folded.strip()
    return len(t) <= 30 and t[:1] in "编发更回" and _BARE_STAMP.match(t) is not None


# A date with its time; self-media copies glue the poster's IP region or tagline to the time
# ("2024-05-01 10:25·湖南", "2024-02-20 15:33重庆优质创作者"), a date alone must stand free.
_DATE_TIME = lazyrx.cached(rf"(?<!\S)(?:{DATE}\s*{TIME}(?![\d:])|(?:{DATE}|{TIME})(?![^\s·]))")
_CLAUSE = lazyrx.cached(r"[,，、:：“”\"《》]")


# An app or video page's account and how long ago it posted ("鄂尔多斯融媒　3天前", "某某发布 2小时前", "某某 刚刚").
_RELATIVE_STAMP = lazyrx.cached(r"^[\p{Han}A-Za-z0-9·]{2,16}\s+(?:\d{1,2}\s*(?:秒|分钟|小时|天)前|刚刚)$")


def dated_name_line(t: str) -> bool:
    """A short line of a date and names, unlabelled but for a writer's label: "江城晚报 2024-01-08 06:50",
    "2024年03月15日 星期五", "某某区总工会 作者:张三 2024-10-26 18:42".

    App copies, WeChat posts and e-papers put the source or author next to the
    date without labels; what is left after the date is a few words, no clause.
    """
    if SENTENCE.search(t):
        return False
    if not _DATE.search(t):
        return short_stamp_line(t) or cn_date_line(t) or ("前" in t or "刚" in t) and _RELATIVE_STAMP.match(t) is not None
    t = _ORIGINAL_MARK.sub("", t)  # "原创2024-01-12 16:40·某某融媒体中心": the platform's 原创 badge glued on
    t = _GLUED_NAME.sub(r"\1 ", t)  # "某某日报2024-03-08 15:20": the name's and the date's spans set side by side
    rest = _DATE_TIME.sub(" ", t)
    if ":" in rest:
        rest = _WRITER_LABEL.sub(" ", rest)
    if _DATE.search(rest):  # a date glued to words ("2024年5月10日召开…") is a headline
        return False
    if _CLAUSE.search(rest):
        return False
    words = [w for w in rest.split() if w]
    return len(rest.replace(" ", "")) <= 24 and len(words) <= 5 and all(len(w) <= 12 for w in words)


# An e-paper's issue date written in Chinese numerals, maybe with its weekday, alone on a line over the page
# ("二〇二四年五月十日 星期五"); a date in a sentence has words around it.
_CN_DATE_LINE = lazyrx.cached(r"^[〇○零一二三四五六七八九]{4}年[一二三四五六七八九十]{1,3}月[一二三四五六七八九十]{1,3}[日号]"
                              r"(?:\s*[(（]?(?:星期|礼拜|周)[一二三四五六日天][)）]?)?$")


def cn_date_line(t: str) -> bool:
    """A line that is only a date in Chinese numerals (二〇二四年五月十日, maybe 星期五 after it)."""
    return len(t) <= 20 and "年" in t and _CN_DATE_LINE.match(t) is not None


# An app's share page prints the outlet with a year-less stamp under the headline ("某某融媒 11-26 09:15"): month-day
# and a clock time together, the name a few words; a score (3-2) or a day range (5-8日) has no clock time after it.
# (a microblog gives a past year's post its year in two digits: "24-11-6 10:30")
_SHORT_STAMP = lazyrx.cached(r"(?<![\d\-/.:])(?:\d\d-)?(?:0?[1-9]|1[0-2])-(?:0?[1-9]|[12]\d|3[01])\s+\d{1,2}:\d\d(?![\d:])")
# A microblog post's stamp names the client it was sent from after the time, maybe with its edit mark
# ("24-11-6 10:30 来自 微博网页版 已编辑", "11-6 11:02 来自iPhone客户端").
_CLIENT_TAIL = lazyrx.cached(r"^来自\s*[^\s,，。;；:：]{1,16}(?:\s*已编辑)?$")


def short_stamp_line(t: str) -> bool:
    """A short line of an outlet's name and a year-less stamp (某某融媒 11-26 09:15): an app's byline row."""
    if "-" not in t or ":" not in t:
        return False
    t = t.strip()
    m = _SHORT_STAMP.search(t)
    if m is None or 0 < m.start() and m.end() < len(t):  # the stamp ends or opens the row, never inside a clause
        return False
    rest = (t[:m.start()] + " " + t[m.end():]).strip()
    if m.start() == 0 and "来自" in rest and _CLIENT_TAIL.match(rest):
        return True  # a microblog post's stamp and client
    words = rest.split()
    return (0 < len(words) <= 2 and len(rest.replace(" ", "")) <= 16 and all(HAN.search(w) for w in words)
            and not _CLAUSE.search(rest) and not _DATE_TIME.search(rest))


# The client alone on its line, as a microblog page sets it under the post's time ("来自 微博网页版", "来自iPhone客户端"):
# a platform's or device's name, by how client names end, never the headline ("来自一线的报告" stays a candidate).
_CLIENT_LINE = lazyrx.cached(r"^来自\s*[^\s,，。;；:：]{0,12}?(?:网页版|客户端|手机版|iPhone|iPad|Android)(?:\s*已编辑)?$")


def client_line(folded: str) -> bool:
    """A line naming only the client a post was sent from (来自 微博网页版)."""
    t = folded.strip()
    return t[:2] == "来自" and bool(_CLIENT_LINE.match(t))


_ORIGINAL_MARK = lazyrx.cached(r"^\s*原创\s*")
# A writer's label inside such a row, standing free after the outlet's name ("某某区总工会 作者:张三 李四 2024-10-26
# 18:42", an app page's source, author and time spans in a row): the label goes, its names stay the row's words.
_WRITER_LABEL = lazyrx.cached(r"(?<!\S)(?:作者|记者|通讯员|撰稿|撰文)\s*:\s*")
# A paper's or account's name glued to the date and time that end its line (某某日报2024-03-08 15:20): a meta bar's
# two spans read without the space the page's style sets between them. A date alone glued to words stays a headline's
# ("…活动2024年5月10日"), and so does a stamp with words after it.
_GLUED_NAME = lazyrx.cached(rf"^(\p{{Han}}{{2,12}})(?={DATE}\s*{TIME}\s*$)")
