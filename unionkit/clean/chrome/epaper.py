"""E-paper and list pages: page indexes and rows, edition labels, related bullets, headline-like list items."""

from __future__ import annotations

from ... import lazyrx
from .base import DATE, han_count

# One item of an e-paper's page list: the page number, zero-padded or with its section letter (01, A03), maybe
# with 版 and a colon, then the page's name ("01 要闻", "02版:综合新闻", "A03 县区新闻").
_PAGE_ITEM = lazyrx.cached(r"([A-Z]?)(\d{2})\s*版?\s*[::]?\s*\p{Han}{2,8}")
_PAGE_ITEMS = lazyrx.cached(r"^[A-Z]?\d{2}\s*版?\s*[::]?\s*\p{Han}{2,8}(?:\s+[A-Z]?\d{2}\s*版?\s*[::]?\s*\p{Han}{2,8}){2,15}$")


def page_index_line(t: str) -> bool:
    """An e-paper's page list on one line (01 要闻 02 综合新闻 03 县区新闻): three pages or more, numbered in
    sequence with the paper's two digits. A body line that lists items numbers them 1 2 3 (or 1. 2.) and
    reads on between them."""
    if len(t) > 200 or not _PAGE_ITEMS.match(t):
        return False
    items = _PAGE_ITEM.findall(t)
    nums = [int(n) for _, n in items]
    return len({p for p, _ in items}) == 1 and all(b == a + 1 for a, b in zip(nums, nums[1:])) and (
        items[0][0] != "" or items[0][1][0] == "0")


# … or one page to a line ("01　要闻" / "02　综合新闻" / "03　三江民生"): an item alone, whose run is judged by
# its neighbours (headline.page_list_item).
_PAGE_ROW = lazyrx.cached(r"^([A-Z]?)(\d{2})\s*版?\s*[::]?\s*\p{Han}{2,8}$")


def page_row(t: str) -> tuple[str, int] | None:
    """For a line that is one page of an e-paper's page list ("02 综合新闻", "A03版:县区新闻"), its section letter
    and page number; None for any other line."""
    if len(t) > 20 or not t[:1].isascii():
        return None
    m = _PAGE_ROW.match(t.strip())
    return (m.group(1), int(m.group(2))) if m else None


# An e-paper's page label, alone on its line: the paper's name, the page number (A03, 第03版, 03版) and maybe the
# page's section name or the issue date ("某某日报 A03 县区新闻", "某某工人报 2024年08月02日 第03版"). A sentence
# that names a paper and a page goes on with words and marks.
# (the issue's date, maybe with its weekday: "2024年08月02日 星期五")
_ISSUE_DATE = rf"{DATE}(?:\s*星期[一二三四五六日天])?"
_EPAPER_LABEL = lazyrx.cached(
    rf"^《?\p{{Han}}{{2,12}}(?:报|刊)》?(?:\s*{_ISSUE_DATE})?\s*"
    r"(?<![A-Za-z0-9])(?:第\s*[A-Z]?\d{1,3}\s*版|[A-Z]?\d{1,3}\s*版|[A-Z]\d{1,3}(?!\d))"
    rf"(?:\s*[::]?\s*\p{{Han}}{{2,8}})?(?:\s*{_ISSUE_DATE})?$")


# … or without the paper's name, the page's edition line under the text: its number with 版, then its section and
# maybe the date ("A3版 县域 2024-06-14", "第03版:要闻"). A sentence never stops on a bare section name or date.
_EDITION_LINE = lazyrx.cached(
    r"^(?:第\s*[A-Z]?\d{1,3}\s*版|[A-Z]?\d{1,3}\s*版)(?:\s*[::]\s*|\s+)\p{Han}{2,6}"
    rf"(?:\s+{_ISSUE_DATE})?$")


# A labelled page field standing alone under a newspaper site's article, bracketed or not (【版面：A03 综合新闻】,
# 版次：第05版 要闻): the page code, maybe its section; no sentence.
_PAGE_FIELD = lazyrx.cached(
    r"^[【\[]?\s*(?:版面|版次)\s*[::]\s*(?:第\s*)?[A-Z]?\d{1,3}\s*版?(?:\s*[::]\s*|\s+)?\p{Han}{0,8}\s*[】\]]?$")


def epaper_label(t: str) -> bool:
    """A line that is only an e-paper's page label (paper, page number, maybe section and date): chrome."""
    if len(t) > 50:
        return False
    if ("报" in t or "刊" in t) and _EPAPER_LABEL.match(t) is not None:
        return True
    if ("版面" in t or "版次" in t) and _PAGE_FIELD.match(t) is not None:
        return True
    return "版" in t and _EDITION_LINE.match(t) is not None


# One item of a list of related headlines after the article, each set on its own line behind a dot
# ("· 某某县开展“安康杯”知识竞赛"): short, no sentence end. (Only after the text's end, see related_bullet's callers.)
_RELATED_BULLET = lazyrx.cached(r"^[·•●◆■▪◦]\s*[^\s·•●◆■▪◦].{2,38}$")
_SENTENCE_END = lazyrx.cached(r"[。!?;]\s*$")


def related_bullet(folded: str) -> bool:
    """A dotted short headline line (· 某某工会送法进企业), the shape of a related-links list's items."""
    t = folded.strip()
    return _RELATED_BULLET.match(t) is not None and _SENTENCE_END.search(t) is None


# An e-paper's headline set behind its page's label (A02版 某某…, 第03版:某某…): short, no sentence end.
_LABELLED_HEADLINE = lazyrx.cached(r"^第?[A-Z]?\d{1,2}版\s*[::]?\s*[^\s::].{3,38}$")


# An e-paper's headline listed bare under the text (its page's other stories): 6 to 30 characters, no clause
# or sentence mark, no date, not a unit's name (an honour list's lines end on 班, 科, 公司 …).
_PLAIN_HEADLINE = lazyrx.cached(r"^(?:\p{Han}{2,6}[::])?[^\s。,，;；!！?？、()（）::]{6,30}$")
_UNIT_END = lazyrx.cached(r"(?:会|委|局|院|所|站|队|班|组|科|室|部|厂|司|校|中心|社区|车间|团队|医院|集团)$")
_HAS_DATE = lazyrx.cached(r"\d{4}年|\d{1,2}月\d{1,2}日|〇")


def plain_headline(folded: str) -> bool:
    """A bare headline line as an e-paper lists its page's other stories under the text (no dot, no label)."""
    t = folded.strip()
    return _PLAIN_HEADLINE.match(t) is not None and _UNIT_END.search(t) is None and _HAS_DATE.search(t) is None


#: Whose headlines a list under the text names (this page's, the same page's, this issue's) and what it calls them
#: (本版新闻, 同版文章, 本期要闻): the heading of an e-paper's headline list, here and among the tail markers.
LIST_PAGE = r"(?:本版|同版|该版|本期)"
LIST_NOUN = r"(?:新闻|标题|文章|稿件|内容|要闻|目录)"
# The heading of an e-paper's list of the headlines on its page or in its issue (本版标题导航, 标题导航, 本版新闻,
# 本期要闻): the bare headlines under it are the list's.
_HEADLINE_LIST_HEADING = lazyrx.cached(rf"^(?:{LIST_PAGE}(?:标题导航|导读|导航|{LIST_NOUN}"
                                       r"|其他文章|其它文章|其他新闻|其它新闻|其他稿件)(?:列表|一览)?|标题导航)\s*[::]?$")


def headline_list_heading(folded: str) -> bool:
    """A bare heading over an e-paper's list of headlines (本版标题导航, 本期要闻)."""
    t = folded.strip()
    return len(t) <= 12 and _HEADLINE_LIST_HEADING.match(t) is not None


def page_list_item(folded: str) -> bool:
    """One item of a page's or edition's headline list: dotted (■ 某某…) or behind its page label (A02版 某某…)."""
    t = folded.strip()
    return (_RELATED_BULLET.match(t) is not None or _LABELLED_HEADLINE.match(t) is not None) \
        and _SENTENCE_END.search(t) is None


# A column's name heading the links under an article's share bar ("县区传真", "图片新闻"): a bare run of Han
# characters, no mark; and the headlines it lists, one a line: short, no sentence end (a title may hold a colon).
_COLUMN_LABEL = lazyrx.cached(r"^\p{Han}{2,8}$")
_HEADLINE_LINE = lazyrx.cached(r"^[^。!?;…]{6,40}$")


def column_label(folded: str) -> bool:
    """A bare column name on its own line (2 to 8 Han characters), the head a related-links block may have."""
    t = folded.strip()
    return 2 <= len(t) <= 8 and bool(_COLUMN_LABEL.match(t))


def headline_line(folded: str) -> bool:
    """A headline-shaped line: 6 to 40 characters, mostly Han, no sentence end."""
    t = folded.strip()
    return 6 <= len(t) <= 40 and han_count(t) * 2 >= len(t) and bool(_HEADLINE_LINE.match(t))


# A related list's headline with its date after it, as a portal lists its latest or related news under the text
# (某某工会召开全委会议 05-18, … 2024-05-18, … [05-18], … (05-18)): a headline-shaped rest before the date.
_DATED_HEADLINE = lazyrx.cached(r"^(.{6,40}?)\s*[\[(]?\s*(?:(?:19|20)\d\d[-/.]\d{1,2}[-/.]\d{1,2}"
                                r"|(?:0[1-9]|1[0-2])[-/.](?:0[1-9]|[12]\d|3[01]))\s*[\])]?$")


def dated_headline(folded: str) -> bool:
    """A headline line ending in its date (某某工会召开全委会议 05-18, … [2024-05-18]): a news list's item."""
    t = folded.strip()
    if t[-1:] not in "0123456789])":
        return False
    m = _DATED_HEADLINE.match(t)
    return m is not None and headline_line(m.group(1))


def dated_headline_end(folded: str) -> int | None:
    """For a news list's item (see ``dated_headline``), where its headline ends and its date starts; else None."""
    t = folded.rstrip()
    if t[-1:] not in "0123456789])":
        return None
    m = _DATED_HEADLINE.match(t)
    return m.end(1) if m is not None and headline_line(m.group(1)) else None


# A news list's teaser: an item's opening sentence cut off by an ellipsis, then the button that expands the item in
# place ("5月17日,某某区总工会邀请…开展心理健康讲座……[展开]", "…… 阅读全文"): the list's line, never a paragraph.
_TEASER_END = lazyrx.cached(r"(?:…|\.{3})\s*\[?\s*(?:展开|展开全文|阅读全文|查看全文|全文|详细|详情|更多)\s*(?:>>|»)?\s*\]?$")


def teaser_line(folded: str) -> bool:
    """A news list item's teaser, closed by an ellipsis and an expand button (……[展开])."""
    t = folded.rstrip()
    return t[-1:] in "]开文细情多>»" and _TEASER_END.search(t) is not None

