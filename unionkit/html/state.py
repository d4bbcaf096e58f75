"""The article a script-rendered page keeps in its script state, for an app shell saved before its script ran.

A Next.js, Nuxt or similar single-page app ships an empty skeleton in the body and the article record
as JSON (``<script id="__NEXT_DATA__" type="application/json">``, ``window.__INITIAL_STATE__ = {...}``,
Nuxt 3's flattened ``__NUXT_DATA__``): a content-like field holds the article's HTML, beside its title,
publish time, source, author, editor and read counter. The record is found by the shape of its fields
(each app names its path differently), preferring the one titled as the page is. Read only when neither
the body nor a ``<noscript>`` copy shows any article text.
"""

from __future__ import annotations

import json
import re

from .. import recode
from .meta import NAME_MAX, _BARE_NAME, _STATE, inline_scripts, iso_date

#: Keys of the record's publish time, by preference.
TIME_KEYS = ("publishTime", "publish_time", "pubTime", "pubDate", "publishDate", "datePublished", "releaseTime",
             "createTime", "ctime")
#: Shortest article HTML (characters) taken from a state record.
CONTENT_MIN = 100
_PARAGRAPH_TAG = recode.compile(r"<(?:p|div|br|section)\b", re.I)


def state_objects(tree) -> list:
    """The JSON objects of the page's script state (script elements with no ``src`` that name one)."""
    out = []
    decoder = json.JSONDecoder()
    for node in inline_scripts(tree):
        text = (node.text() or "").strip()
        if not text or not (_STATE.search(text) or _STATE.search(node.attributes.get("id") or "")):
            continue
        if text[0] == "[" and (flat := devalued(text, decoder)) is not None:
            out.append(flat)
            continue
        start = 0 if text.startswith("{") else text.find("{")
        if start < 0:
            continue
        try:
            obj, _ = decoder.raw_decode(text, start)
        except ValueError:
            continue
        out.append(obj)
    return out


def devalued(text: str, decoder) -> list | None:
    """The records of a flattened state payload (Nuxt 3's ``__NUXT_DATA__``: one array whose objects hold the
    indexes of their values in it), each object's values looked up so they read like any app's; None for
    another script."""
    try:
        payload, _ = decoder.raw_decode(text)
    except ValueError:
        return None
    if not isinstance(payload, list) or not any(
            isinstance(v, dict) and v and all(type(x) is int for x in v.values()) for v in payload[:50]):
        return None
    n = len(payload)
    return [{k: payload[x] if type(x) is int and 0 <= x < n else x for k, x in v.items()}
            for v in payload if isinstance(v, dict)]


def _records(obj, depth: int = 0):
    """Every dict inside a JSON value (depth-first, not too deep)."""
    if depth > 12:
        return
    if isinstance(obj, dict):
        yield obj
        for v in obj.values():
            yield from _records(v, depth + 1)
    elif isinstance(obj, list):
        for v in obj:
            yield from _records(v, depth + 1)


# A key holding the article's text (content, contentHtml, articleBody, newsText, detail): the shape of the
# field, not one app's path to it.
_CONTENT_KEY = recode.compile(r"(?i)content|body|html|detail|text")
# A read counter's key (readCount, read_num, viewCount, views, clickNum, hits, pv): the hydrated page's 阅读 N.
_COUNT_KEY = recode.compile(r"(?i)^(?:read|view|click|hit|visit|browse|pv)(?:s|_?(?:count|num|number|times|cnt))?$")
# A title's key in a state record (title, headline, articleTitle, newsTitle, share_title).
_TITLE_KEY = recode.compile(r"(?i)title|headline")
_SENTENCES = recode.compile(r"[。！？]")


def _content_html(key: str, value) -> str | None:
    """The article HTML a record's field holds: markup with paragraph tags, or plain text of several sentences
    (its lines made paragraphs); None for a short or other field."""
    if not isinstance(value, str) or len(value) < CONTENT_MIN or not _CONTENT_KEY.search(key):
        return None
    if _PARAGRAPH_TAG.search(value):
        return value
    if "<" not in value and len(_SENTENCES.findall(value)) >= 2:
        from html import escape

        return "".join(f"<p>{escape(ln)}</p>" for ln in value.splitlines() if ln.strip())
    return None


def _record_title(rec: dict, titles) -> str | None:
    """The record's title when it is the page's headline (the <title> or og:title names it), else None."""
    for k, v in rec.items():
        if isinstance(v, str) and _TITLE_KEY.search(k) and any(_same_title(v, t) for t in titles):
            return v.strip()
    return None


def read_count(rec: dict) -> int | None:
    """The record's read counter (readCount, viewCount, hits: a whole number under a counter's key)."""
    for k, v in rec.items():
        if isinstance(v, int) and not isinstance(v, bool) and v >= 0 and _COUNT_KEY.match(k):
            return v
    return None


def state_article(tree, titles=()) -> dict | None:
    """The state record holding the article: a long content field (HTML, or text of several sentences) under a
    content-like key, in the record titled as the page is (``titles``: the <title>, og:title) when one is,
    else the longest; with its title, byline fields, publish time and read count."""
    titles = [t for t in titles if t]
    best, rank = None, (False, 0)
    for obj in state_objects(tree):
        for rec in _records(obj):
            fields = [(v, html) for k, v in rec.items() if (html := _content_html(k, v)) is not None]
            if not fields:
                continue
            title = _record_title(rec, titles)  # (once per record holding content)
            for v, html in fields:
                if title is None and html is not v:
                    continue  # (plain text only in the record titled as the page: a list item's blurb is none)
                r = (title is not None, len(html))
                if r > rank:
                    best, rank = (rec, html, title), r
    if best is None:
        return None
    rec, html, title = best
    return {"html": html, **{k: rec.get(k) for k in ("source", "author", "editor")},
            "title": title, "views": read_count(rec),
            "published": next((rec.get(k) for k in TIME_KEYS if isinstance(rec.get(k), str)), None)}


def bare_name(value) -> str | None:
    """A state value that is a bare name (沧州日报, 邝美玲), else None."""
    if isinstance(value, str) and len(value) <= NAME_MAX and _BARE_NAME.match(value.strip()):
        return value.strip()
    return None


def state_date(value) -> str | None:
    """A state record's publish time as ISO 8601 (text dates only: an epoch number has no zone we know)."""
    return iso_date(value) if isinstance(value, str) else None


_TITLE_NOISE = recode.compile(r"[\s\u3000]+")


def _same_title(a, b) -> bool:
    """Whether a state record's title is the page's headline (whitespace aside; a <title> may add a suffix)."""
    if not isinstance(a, str) or not b:
        return False
    a, b = _TITLE_NOISE.sub("", a), _TITLE_NOISE.sub("", b)
    return len(a) >= 4 and (a == b or b.startswith(a))


def epoch_date(value) -> str | None:
    """A Unix time in seconds or milliseconds (10 or 13 digits) as China time, else None."""
    from .meta import unix_china_time

    if isinstance(value, str) and value.isdigit():
        value = int(value)
    if isinstance(value, bool) or not isinstance(value, int):
        return None
    digits = len(str(value))
    if digits == 13:
        value //= 1000
    elif digits != 10:
        return None
    return unix_china_time(value)


def state_published(tree, titles) -> str | None:
    """The publish time of the article record in the page's script state (``__INITIAL_STATE__`` of an app's
    share page, which may print only a year-less 07-10 16:42): the record titled as the page is, so a
    recommended item's time is never taken."""
    titles = [t for t in titles if t]
    for obj in state_objects(tree):
        for rec in _records(obj):
            if not any(_same_title(rec.get(k), t) for k in ("title", "headline", "articleTitle") for t in titles):
                continue
            for key in TIME_KEYS:
                v = rec.get(key)
                at = state_date(v) or epoch_date(v)
                if at:
                    return at
    return None
