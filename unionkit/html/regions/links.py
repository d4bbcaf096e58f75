"""Links that are page furniture: a link to the page's own full version, a link back to the home page, and a
table of contents (links into the page).
"""

from __future__ import annotations

from ... import recode
from ..lines import _SENTENCE, _WS, root_of
from .base import _outermost

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


# --- A table of contents: links to the page's own sections ----------------------------------------------

#: Longest label (characters) a table of contents shows besides its links (目录, 文章目录, Contents).
TOC_LABEL_MAX = 8
#: Fewest section links that make a table of contents.
TOC_MIN_LINKS = 2
#: Levels above a section link where the box holding the table (its list, its label) is looked for.
TOC_LEVELS = 4


def toc_nodes(start) -> set[int]:
    """Identities of tables of contents: the outermost box whose links all lead to sections of the page
    itself (``href="#…"``, two or more) and that shows nothing but them and a short label (a blog theme's
    目录 with its section links, folded or not): the page's furniture, each link a heading's echo."""
    found = {}
    seen = set()
    for a in start.css("a[href^='#']"):
        box = a.parent
        for _ in range(TOC_LEVELS):
            if box is None or box.tag in ("body", "html") or box.mem_id in seen:
                break
            seen.add(box.mem_id)
            if _toc(box):
                found[box.mem_id] = box
            box = box.parent
    return _outermost(found)


def _toc(box) -> bool:
    """Whether an element shows only links into the page (two or more sections) and a short label."""
    links = box.css("a")
    targets = {(a.attributes.get("href") or "").strip() for a in links}
    if len(targets) < TOC_MIN_LINKS or any(len(t) < 2 or not t.startswith("#") for t in targets):
        return False  # (a bare "#" is a script's button, not a section)
    label = _WS.sub("", box.text(deep=True) or "")
    for a in links:
        label = label.replace(_WS.sub("", a.text(deep=True) or ""), "", 1)
    return len(label) <= TOC_LABEL_MAX and not _SENTENCE.search(label)
