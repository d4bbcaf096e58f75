"""Where the article comes from (来源) when no label says so: repost notes, WeChat repost cards, an info
row's 来自, an app's note, an e-paper's citation line.
"""

from __future__ import annotations

from ... import lazyrx
from ...record import Removal
from ..dates import parse_datetime
from .base import _ORG_END, _first, normalise_line
from .labels import labelled_fields
from .site_names import _site_name

# An app's or aggregator's note under a post naming the outlet it comes from, with the platform's disclaimer
# (本文来自【某某融媒】，仅代表作者观点; 免责声明：本文来自某某日报客户端，不代表本平台观点).
_FROM_NOTE = lazyrx.compile(r"本文(?:来|來)自\s*[【\[]?(?P<x>\p{Han}[\p{Han}A-Za-z0-9·]{1,19}?)[】\]]?\s*[,，]\s*"
                            r"(?:仅|僅|只)?(?:代表|不代表)")
# (… but a platform's account holder, 本文来自某某号作者, or the web at large, 网络转载, names no outlet)
_NO_OUTLET = lazyrx.compile(r"作者$|^网络|^網絡|^互联网|^互聯網")


def _note_source(line: str) -> str | None:
    """The outlet a post's disclaimer says it comes from (本文来自【X】，仅代表作者观点 → X), else None."""
    mt = _FROM_NOTE.search(normalise_line(line))
    x = mt["x"] if mt else None
    return None if not x or _NO_OUTLET.search(x) else _site_name(x)


# A WeChat repost card over the article: 以下文章来源于美兰工会 ，作者美兰区总工会.
_REPOST_CARD = lazyrx.compile(r"^\s*以下文章(?:来源于|來源於)\s*(?P<source>[^\s，,]{2,20})\s*"
                             r"(?:[，,]\s*(?:作者)\s*(?P<author>[^\s，,]{2,20}))?\s*$")


# A Discuz! portal article's info row ends with where the article comes from (2024-4-29 16:05| 发布者: X|
# 查看: 1025| 评论: 0|来自: 宣威市总工会). Forums print 来自 for other things: a poster's home town in the
# profile (来自: 广东深圳), a device (来自手机, 来自Android客户端), a Douban poster (来自: name date): so it is
# the source only as the last field of a row that holds the date and another labelled field, and only when
# an organisation's or a medium's name follows.
_FROM_TAIL = lazyrx.compile(r"(?:[|｜丨]|\s)\s*(?:来自|來自)\s*:\s*(?P<x>\p{Han}[\p{Han}A-Za-z0-9]{1,24})\s*$")


def _info_row_from(text: str) -> str | None:
    """The organisation a portal's info row names in its last field, 来自: X (see _FROM_TAIL), else None."""
    t = normalise_line(text)
    mt = _FROM_TAIL.search(t) if "来自" in t or "來自" in t else None
    if not mt or not _ORG_END.search(mt["x"]):
        return None
    head = t[:mt.start()]
    return mt["x"] if parse_datetime(head) and labelled_fields(head) else None


# A reprint's one-line note of where it was taken from (filed as a credit by the cleaner): the account or paper after
# 转载自/转自, its name in quotes ("本文转载自“某某日报”微信公众号,原标题《…》") or, unquoted, as the page writes it with
# its kind (转自某某工会公众号,侵删).
_REPOST_KIND = r"微信公众号|微信公眾號|公众号|公眾號|客户端|客戶端|网站|網站|官网|官網|微博|头条号|頭條號"
# (an aggregator's note puts the kind first: 本文由某某收录自微信公众号“X”，仅供阅读)
_REPOST_FROM = lazyrx.compile(r"(?:转载自|轉載自|转自|轉自|转载于|轉載於|转发自|轉發自|转帖自|轉帖自|收录自|收錄自)\s*[:：]?\s*"
                              rf"(?:(?:{_REPOST_KIND})?“(?P<quoted>[^“”]{{2,20}})”(?:{_REPOST_KIND})?|(?P<plain>[^\s,，。;；()（）\[\]【】“”《》的了]{{2,20}}?(?:{_REPOST_KIND})?))"
                              r"(?=\s*(?:[,，;；。.)）\]】]|$))")


def _repost_source(text: str) -> str | None:
    """The source a reprint's note names (转载自“X”… → X; 转自X公众号,侵删 → X公众号), or None."""
    mt = _REPOST_FROM.search(normalise_line(text))
    return (mt["quoted"] or mt["plain"]).strip() if mt else None


def _repost_card(text: str) -> tuple[str, str | None] | None:
    """(source account, author or None) of a WeChat repost card line, else None."""
    mt = _REPOST_CARD.match(normalise_line(text))
    return (mt["source"], mt["author"]) if mt else None


# An e-paper's citation of the article: the paper in book-title marks, then its date and page in brackets.
# (or the name inside the brackets, before the date: （大众日报 2024年03月12日 05版）)
_CITATION = lazyrx.compile(r"^\s*《(?P<paper>\p{Han}{2,12}(?:报|報))》\s*[(（]\s*(?:19|20)\d\d年[^)）]{0,20}版\s*[)）]\s*$"
                           r"|^\s*[(（]\s*《?(?P<paper>\p{Han}{2,12}(?:报|報))》?\s*(?:19|20)\d\d年[^)）]{0,20}版\s*[)）]\s*$")


def _unlabelled_source(removed: list[Removal], header: list[Removal], other: list[Removal]) -> str | None:
    """The 来源 when no header field or repost card gives one: the first of the notes below that the page shows."""
    # a reprint's note of where it was taken from, filed as a credit line
    source = _first(_repost_source(r.text) for r in other if r.kind == "credit" and ("转" in r.text or "轉" in r.text))
    if source is None:  # an aggregator's note of the account it collected the post from, filed with the share bar
        source = _first(_repost_source(r.text) for r in removed if "收录自" in r.text or "收錄自" in r.text)
    if source is None:  # an app's or aggregator's note naming where the post comes from (本文来自【某某融媒】，仅代表作者观点)
        source = _first(_note_source(r.text) for r in removed if "本文来" in r.text or "本文來" in r.text)
    if source is None:  # a portal's info row ending in 来自: X (Discuz! portal articles)
        source = _first(_info_row_from(r.text) for r in header if r.kind == "page_header" and "自" in r.text)
    if source is None:  # an e-paper article's citation line: 《工人日报》（2024年08月05日 03版）
        source = _first(mt["paper"] for r in header + other
                        if "版" in r.text and (mt := _CITATION.match(r.text)))  # (both forms end in 版)
    return source
