"""An RSS dump: the item's labelled fields (title, link, date, author) are the page's."""

from __future__ import annotations

import regex

from ... import lazyrx
from ...record import Article, Removal
from ..dates import is_rfc822, rfc822_date
from .bylines import parse_byline
from .site_names import _site_name
from .site_rows import _SUFFIX_SPLIT
from .urls import _url
from .values import name_list

# An RSS dump's labelled fields (a feed saved as text: the channel's header, then each item's 标题/链接/发布/作者 …,
# or the element names title/link/pubDate/author, or an English tool's words for them: Feed, Pub Date, Creator …),
# each value running to the next label; an item's marker (条目 2/3, [Item 2/3]).
# (a feed reader's export names the channel as its 订阅源, "subscribed source")
# (the labels that name no field the record takes (GUID, Source, Language …) are there to end the value before them)
_FEED_LABELS = ("频道链接", "頻道鏈接", "频道", "頻道", "订阅源", "訂閱源", "描述", "最后更新", "最後更新", "标题", "標題", "链接", "鏈接",
                "发布时间", "發布時間", "发布", "發布", "作者", "分类", "分類", "正文", "pubDate", "link", "author",
                "title", "category", "description", "lastBuildDate", "Feed URL", "Feed", "Channel", "Site", "Pub Date",
                "Published", "Creator", "GUID", "Source", "Language", "Generator", "Last Build Date")
# (Latin labels in any case, never the tail of a longer word: Permalink: is no link field; the longest label first,
# so "Feed URL" is not read as "Feed")
_LABEL_WORDS = r"(?<![A-Za-z])(?:" + "|".join(sorted(_FEED_LABELS, key=len, reverse=True)) + ")"
_FEED_FIELD = lazyrx.compile(r"(?P<mark>(?:条目|條目|item)\s*\d+\s*/\s*\d+)|(?P<label>" + _LABEL_WORDS
                             + r")\s*[:：]\s*(?P<value>.*?)\s*(?=" + _LABEL_WORDS
                             + r"\s*[:：]|(?:条目|條目|item)\s*\d+\s*/|-{5,}|\n|$)", regex.I)
# (a label's key: its words run together in lower case, "Pub Date" and "pubDate" alike)
_FEED_FIELD_OF = {"频道链接": "channel_url", "頻道鏈接": "channel_url", "频道": "channel", "頻道": "channel",
                  "订阅源": "channel", "訂閱源": "channel", "feed": "channel", "channel": "channel", "feedurl": "channel_url",
                  "标题": "title", "標題": "title", "title": "title", "链接": "url", "鏈接": "url", "link": "url",
                  "发布时间": "published", "發布時間": "published", "发布": "published", "發布": "published",
                  "pubdate": "published", "published": "published", "作者": "author", "author": "author",
                  "creator": "author"}
#: The item fields a new item starts again with.
_ITEM_FIELDS = ("title", "url", "published", "author")
#: The labels of a feed channel's title, as a dump's first field names it (频道：…, Feed: …, Channel: …).
_CHANNEL_LABELS = tuple(w + c for w in ("频道", "頻道", "Feed", "Channel") for c in ":：")


def _feed_hint(text: str) -> bool:
    """A text that may open an RSS dump: the format named (RSS 2.0, <rss …>), or the channel's labelled title
    opening it (频道：…, Feed: …; a menu's 新闻频道 is no label) — a cheap test before _feed_item reads the page."""
    return "RSS" in text or "<rss" in text or text.lstrip().startswith(_CHANNEL_LABELS)


def _feed_page(removed: list[Removal], body: list[str]) -> bool:
    """The page may be an RSS dump: its opening pieces, removed or kept, name the format or the channel."""
    return any(_feed_hint(r.text) for r in removed[:_FEED_TOP]) or any(_feed_hint(t) for t in body[:2])


#: The removed pieces a feed dump's header stands among.
_FEED_TOP = 8


#: A title field's label left alone by the headline taken from its line ("[1] 标题:" of "[1] 标题:X").
_TITLE_LABEL_END = lazyrx.compile(r"(?:标题|標題|title)\s*[:：]\s*$", regex.I)


def _page_texts(removed: list[Removal], article: Article) -> list[str]:
    """The removed pieces' texts in page order with the title on its line (joined to the rest of that line filed as
    its suffix, or to its field's label before it), then the body: the page as far as the record can give it back."""
    out, title = [], article.title or ""
    for r in removed:
        if title and r.kind == "title_suffix" and r.line is not None:
            out.append(title + r.text)
            title = ""
        elif title and _TITLE_LABEL_END.search(r.text):
            out.append(r.text + title)
            title = ""
        else:
            out.append(r.text)
    return out + ([title] if title else []) + article.body


def _feed_item(texts: list[str], title: str | None) -> dict[str, str] | None:
    """{url, published, author, reporter, site, channel_url} of an RSS dump's item (the one titled ``title``, else the
    first), read from its labelled lines wherever the cleaner filed them; None on any other page."""
    channel: dict[str, str] = {}
    items: list[dict[str, str]] = []
    marked = False
    for mt in _FEED_FIELD.finditer("\n".join(texts)):
        field = _FEED_FIELD_OF.get("".join((mt["label"] or "").split()).lower())
        marked = marked or bool(mt["mark"])
        if mt["mark"] or field in _ITEM_FIELDS and (not items or field in items[-1]):
            items.append({})
        if field in ("channel", "channel_url") and not items:
            channel.setdefault(field, mt["value"])
        elif field in _ITEM_FIELDS and items and mt["value"]:
            items[-1][field] = mt["value"]
    items = [it for it in items if "url" in it or "published" in it]
    if not items or not marked and (len(items) < 2 or not any(is_rfc822(it.get("published", "")) for it in items)):
        return None  # (a feed lists its items numbered, or several stamped as feeds stamp them: RFC 822)
    item = next((it for it in items if title and it.get("title", "").strip() == title.strip()), items[0])
    # (an author field may hold a byline, 记者 X 通讯员 Y: its roles name the reporter, no author)
    byline = parse_byline(item.get("author", "")) or {"author": name_list(item.get("author", ""))}
    out = {"url": _url(item.get("url", "")), "published": rfc822_date(item.get("published", "")),
           "author": byline.get("author"), "reporter": byline.get("reporter"),
           "site": _site_name(_SUFFIX_SPLIT.split(channel["channel"].strip())[0]) if channel.get("channel") else None,
           "channel_url": _url(channel.get("channel_url", ""))}
    # (an item's author field read as a byline of roles gives no author: its None stands over other guesses)
    return {k: v for k, v in out.items() if v or k == "author" and "author" in item}
