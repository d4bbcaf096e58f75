"""Markdown syntax left in a page's text: a reader-mode or note app's Markdown export of an article.

Such an export writes the headline and subheads under heading marks (``# headline``, ``### subhead``), pictures as
image links (``![](http://…/a.jpg)``) and links as ``[text](http://…)``. The marks and the targets are markup, the
text they carry is the page's: a heading keeps its words, a link its text. A Weibo-style hashtag (``#话题#``,
``#话题``) has no space after its ``#`` and is no heading; bracketed text not followed by an address is no link.
"""

from __future__ import annotations

from .. import lazyrx

# An ATX heading's mark: one to six #, then a space (the space tells it from a hashtag, #劳动最光荣#); its optional
# closing run (## subhead ##) after a space. The heading's own text holds no other # (a line of hashtags spaced
# apart, "# 话题1# 话题2#", is a tag line).
_HEADING = lazyrx.cached(r"^(#{1,6})[ \t]+(?=[^#\s])[^#]*?(?P<close>[ \t]+#+)?[ \t]*$")
# A link's target: an address (http://, www., a site path), maybe with a title in quotes.
_TARGET = r"\((?P<url>(?:https?://|www\.|/)[^\s()]*)(?:\s+\"[^\"]*\")?\)"
# An image link, ![alt](target): all of it markup (the alt is a file name or a copy of the caption).
# A link, [text](target): its brackets and target are markup, its text is kept.
_LINK = lazyrx.cached(rf"(?P<image>!)?\[(?P<text>[^\[\]\n]*)\]{_TARGET}")
# A link's text that is itself an address (the domain or a cut form of the target): the target is its full form
# (a reader tool's banner names the original so: 原文地址 [www.site.cn](http://www.site.cn/news/1.html)).
_ADDRESS_TEXT = lazyrx.cached(r"^(?:https?://|www\.)\S+$|^[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}(?:/\S*)?$")


def heading_marks(text: str) -> list[tuple[int, int]]:
    """The spans of a Markdown heading's marks on ``text`` (``### subhead`` → the ###, a closing run too); []
    for any other line."""
    m = _HEADING.match(text) if text[:1] == "#" else None
    if m is None:
        return []
    return [(0, m.end(1))] + ([(m.start("close"), len(text))] if m["close"] else [])


def link_spans(text: str) -> list[tuple[int, int]]:
    """The spans of ``text`` that are Markdown link syntax, in order: an image link whole, a link's brackets and
    target. A link whose text is an address shows its target instead (``[www.site.cn](http://www.site.cn/a/1.html)``
    reads http://www.site.cn/a/1.html, the full address); [] for a line without links."""
    spans: list[tuple[int, int]] = []
    for m in _LINK.finditer(text):
        link_text = m["text"]
        if m["image"] or not link_text.strip():
            spans.append((m.start(), m.end()))
        elif _ADDRESS_TEXT.match(link_text) and _bare(link_text) in m["url"]:
            spans += [(m.start(), m.start("url")), (m.end("url"), m.end())]  # "[text](", then its title and ")"
        else:
            spans += [(m.start(), m.start() + 1), (m.end("text"), m.end())]  # "[", then "](target)"
    return spans


def _bare(address: str) -> str:
    """An address without its scheme and closing slash or ellipsis, as a target holds it."""
    return address.split("://", 1)[-1].rstrip("/.…")
