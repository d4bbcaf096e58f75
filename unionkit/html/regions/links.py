"""Links that are page furniture: a link to the page's own full version and a link back to the home page.
"""

from __future__ import annotations

from ... import recode
from ..lines import _WS, root_of

# --- A link to the page's own full version ----------------------------------------------------------

#: Longest text of a "full version" link (查看完整版, 查看原文, 电脑版): a button, not a headline.
SELF_LINK_MAX = 10


def _canonical(start) -> str | None:
    """The page's canonical address (``<link rel=canonical>``), without its fragment and final slash."""
    for link in root_of(start).css("link[rel][href]"):
        if "canonical" in (link.attributes.get("rel") or "").lower().split():
            return _address(link.attributes.get("href") or "")
    return None


def _address(href: str) -> str:
    """A link address compared without its fragment and final slash."""
    return href.split("#", 1)[0].strip().rstrip("/")


def self_link_nodes(start) -> set[int]:
    """Identities of short links standing alone on their line that lead to the page's canonical address:
    an AMP or mobile page's 查看完整版 / 查看原文 button to its full (desktop) version, not article text."""
    canonical = _canonical(start)
    if not canonical or "://" not in canonical:
        return set()
    out = set()
    for a in start.css("a[href]"):
        if _address(a.attributes.get("href") or "") != canonical:
            continue
        text = _WS.sub("", a.text(deep=True) or "")
        if not text or len(text) > SELF_LINK_MAX or a.css_first("img") is not None:
            continue
        if not _alone_on_line(a, text) or a.parent.tag in ("h1", "h2", "h3"):
            continue  # a link inside a sentence, or a headline linking to itself
        out.add(a.mem_id)
    return out


# --- A link back to the site's home page --------------------------------------------------------------

# 返回首页, 返回江门+首页, 回到主页: a back-to-home button (often naming the site) under the article.
_HOME_LINK = recode.compile(r"^(?:返回|回到|返回到)\S{0,10}?(?:首页|首頁|主页|主頁)$")


def home_link_nodes(start) -> set[int]:
    """Identities of back-to-home links standing alone on their line (the cleaner knows 返回首页, not
    the form that names the site in between)."""
    out = set()
    for a in start.css("a[href]"):
        text = _WS.sub("", a.text(deep=True) or "")
        if not _HOME_LINK.match(text):
            continue
        if _alone_on_line(a, text):
            out.add(a.mem_id)
    return out


def _alone_on_line(a, text: str) -> bool:
    """Whether a link (its text ``text``, without whitespace) is all its parent element shows: a button on
    its own line, not a link inside a sentence."""
    line = a.parent
    return line is not None and _WS.sub("", line.text(deep=True) or "") == text
