"""The Article record: the one structure that flows between unionkit's commands.

Documented field by field in docs/record.md. Every key is always present;
absent values are ``None`` or ``[]``. ``to_dict``/``from_dict`` are the only
places that know the JSON shape, so readers and writers stay in step.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field, fields
from functools import lru_cache
from typing import Any

SCHEMA_VERSION = 1

#: Kinds of removed text, in the order a page is usually read (see docs/record.md).
REMOVAL_KINDS = (
    "page_header",      # metadata lines: time, source, author, views, channel tags
    "navigation",       # site or channel navigation lines
    "title_suffix",     # " - 贵州 - 中工网" after the headline
    "repeated_title",   # lines that repeat the title (subject lines, image titles)
    "duplicate",        # a body paragraph given twice (scraper repeats, an app's preview before the full text)
    "byline",           # □记者 王刚, 本报讯(记者 …), (喻娟)
    "dateline",         # 新华社北京4月28日电
    "credit",           # (盘龙工会供稿供图), (市总工会供图)
    "editor_line",      # (责任编辑:焦点), 责任编辑:朱晶晶
    "forum_chrome",     # forum navigation, 楼主/发表于 lines, post tools
    "user_profile",     # poster profile block: 级别, UID, 精华, 发帖 …
    "signature",        # poster signatures and taglines
    "rating_widget",    # 评价一下你浏览此帖子的感受 / 精彩 / 感动 …
    "reply_form",       # quick reply, captcha questions
    "related_links",    # 相关阅读, 精彩推荐, 热门点击 …
    "comment_form",     # 网友评论 with login/captcha fields
    "social_links",     # 客户端, 微信, 微博, 抖音, 扫码关注
    "site_footer",      # 联系我们, 版权所有, ICP, 地址, 电话, 技术支持 …
    "jammer",           # random ASCII anti-copy strings
    "pinyin",           # (chuàng) readings after Han characters
    "title_salt",       # title fragments salted into sentences
    "markup",           # HTML: script/style/hidden elements, comments; an image's placeholder ([图片]); Markdown syntax
)


@dataclass
class Meta:
    published: str | None = None
    source: str | None = None
    author: str | None = None
    reporter: str | None = None
    editor: str | None = None
    views: int | None = None
    site: str | None = None
    url: str | None = None
    credit: str | None = None


@dataclass
class Person:
    name: str
    titles: list[str] = field(default_factory=list)


@dataclass
class Place:
    name: str
    province: str | None = None
    city: str | None = None
    county: str | None = None


@dataclass
class Union:
    name: str                  # resolved full name (攀枝花市总工会)
    surface: str | None = None  # as written when it differs (市总工会)


@dataclass
class Figure:
    text: str                  # as written: 867.4万元
    value: float | int | None = None  # 8674000
    unit: str | None = None    # 元
    thing: str | None = None   # what is counted, when near: 单位


@dataclass
class Entities:
    unions: list[Union] = field(default_factory=list)
    people: list[Person] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    campaigns: list[str] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)


@dataclass
class Removal:
    kind: str
    text: str
    line: int | None = None    # 1-based line of the input page


@dataclass
class Article:
    id: str
    path: str | None = None
    title: str | None = None
    body: list[str] = field(default_factory=list)
    captions: list[str] = field(default_factory=list)
    meta: Meta = field(default_factory=Meta)
    entities: Entities = field(default_factory=Entities)
    removed: list[Removal] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    raw: str | None = None     # the page text, kept only while a record is processed
    schema: int = SCHEMA_VERSION

    def text(self) -> str:
        """Title and body as the text format prints them."""
        return "\n".join([self.title or "", *self.body])

    def removed_of(self, *kinds: str) -> list[Removal]:
        return [r for r in self.removed if r.kind in kinds]


def visible_chars(text: str) -> int:
    """The characters of ``text`` every command counts: non-whitespace ones (``str.split``'s whitespace), so
    that re-wrapped or re-spaced copies of an article count alike (extract's csv, stats, diff --removed)."""
    return len("".join(text.split()))


class RecordError(ValueError):
    """A JSON object that is not a usable record; the message names the field."""


def make_id(path: str | None, text: str) -> str:
    """A stable id: the file stem when there is one, else a hash of the text."""
    if path and path != "-":
        import os

        stem = os.path.basename(path)
        for ext in (".txt", ".html", ".htm", ".jsonl", ".json"):
            if stem.lower().endswith(ext):
                stem = stem[: -len(ext)]
                break
        if stem:
            return stem
    return hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()[:16]


def to_dict(article: Article) -> dict[str, Any]:
    """The record as JSON-ready data (key order is the documented one; no ``raw``).

    Written out by hand: ``dataclasses.asdict`` deep-copies every value and was a
    third of extract's cost on large corpora.
    """
    m, e = article.meta, article.entities
    return {
        "id": article.id,
        "path": article.path,
        "title": article.title,
        "body": list(article.body),
        "captions": list(article.captions),
        "meta": {f: getattr(m, f) for f in _META_FIELDS},
        "entities": {
            "unions": [{"name": u.name, "surface": u.surface} for u in e.unions],
            "people": [{"name": p.name, "titles": list(p.titles)} for p in e.people],
            "places": [{"name": p.name, "province": p.province, "city": p.city, "county": p.county}
                       for p in e.places],
            "campaigns": list(e.campaigns),
            "figures": [{"text": f.text, "value": f.value, "unit": f.unit, "thing": f.thing} for f in e.figures],
        },
        "removed": [{"kind": r.kind, "text": r.text, "line": r.line} for r in article.removed],
        "warnings": list(article.warnings),
        "schema": article.schema,
    }


_META_FIELDS = tuple(f.name for f in fields(Meta))


def _str_or_none(d: dict, key: str, where: str) -> str | None:
    v = d.get(key)
    if v is None or isinstance(v, str):
        return v
    if isinstance(v, (int, float)) and not isinstance(v, bool):
        return str(v)
    raise RecordError(f"{where}{key}: expected a string, got {type(v).__name__}")


def _list(d: dict, key: str, where: str) -> list:
    v = d.get(key)
    if v is None:
        return []
    if not isinstance(v, list):
        raise RecordError(f"{where}{key}: expected a list, got {type(v).__name__}")
    return v


def _strings(d: dict, key: str, where: str) -> list[str]:
    v = d.get(key)
    if type(v) is list and all(type(x) is str for x in v):
        return v[:]  # the usual record: only strings (one C-level check, then a copy)
    out = []
    for i, x in enumerate(_list(d, key, where)):
        if not isinstance(x, str):
            raise RecordError(f"{where}{key}[{i}]: expected a string, got {type(x).__name__}")
        out.append(x)
    return out


def _views(v: Any) -> int | None:
    if v is None or isinstance(v, bool):
        return None
    if isinstance(v, int):
        return v
    if isinstance(v, float) and v.is_integer():
        return int(v)
    if isinstance(v, str) and v.strip().isdigit():
        return int(v.strip())
    raise RecordError(f"meta.views: expected an integer, got {v!r}")


def _meta(d: Any) -> Meta:
    if d is None:
        return Meta()
    if not isinstance(d, dict):
        raise RecordError(f"meta: expected an object, got {type(d).__name__}")
    kw = {f: _str_or_none(d, f, "meta.") for f in _META_FIELDS if f != "views"}
    return Meta(views=_views(d.get("views")), **kw)


def _obj(x: Any, cls, key: str, where: str):
    """An entity given as an object, or as a bare string naming it."""
    if isinstance(x, str):
        return cls(**{key: x})
    if not isinstance(x, dict) or not isinstance(x.get(key), str):
        raise RecordError(f"{where}: expected an object with a string {key!r}")
    names = _field_names(cls)
    return cls(**{k: v for k, v in x.items() if k in names})


@lru_cache(maxsize=None)
def _field_names(cls) -> frozenset:
    """A dataclass's field names (``dataclasses.fields`` costs a scan per call; records hold many entities)."""
    return frozenset(f.name for f in fields(cls))


def _entities(d: Any) -> Entities:
    if d is None:
        return Entities()
    if not isinstance(d, dict):
        raise RecordError(f"entities: expected an object, got {type(d).__name__}")
    e = Entities()
    e.unions = [_obj(x, Union, "name", f"entities.unions[{i}]") for i, x in enumerate(_list(d, "unions", "entities."))]
    e.people = [_obj(x, Person, "name", f"entities.people[{i}]") for i, x in enumerate(_list(d, "people", "entities."))]
    for p in e.people:
        if not isinstance(p.titles, list):
            raise RecordError("entities.people: titles must be a list")
    e.places = [_obj(x, Place, "name", f"entities.places[{i}]") for i, x in enumerate(_list(d, "places", "entities."))]
    e.campaigns = _strings(d, "campaigns", "entities.")
    e.figures = [_obj(x, Figure, "text", f"entities.figures[{i}]") for i, x in enumerate(_list(d, "figures", "entities."))]
    return e


def _removals(items: list) -> list[Removal]:
    out = []
    append = out.append
    for x in items:  # a record holds dozens of these: kept to the bare checks
        if not isinstance(x, dict):
            return _bad_removal(items)
        kind, text, line = x.get("kind"), x.get("text"), x.get("line")
        if not isinstance(kind, str) or not isinstance(text, str):
            return _bad_removal(items)
        append(Removal(kind, text, line if isinstance(line, int) else None))
    return out


def _bad_removal(items: list) -> list[Removal]:
    """Raise the RecordError naming the first unusable removed piece."""
    for i, x in enumerate(items):
        if not isinstance(x, dict) or not isinstance(x.get("kind"), str) or not isinstance(x.get("text"), str):
            raise RecordError(f"removed[{i}]: expected an object with string 'kind' and 'text'")
    raise AssertionError("no bad item")


def from_dict(d: Any, *, path: str | None = None) -> Article:
    """A record from JSON data: a unionkit record, or a crawler's object.

    Crawler objects need only text under ``content``/``text``/``body`` (string or
    list of paragraphs) and may carry ``title``/``url``; such a record is marked
    ``raw`` so the commands clean it before use.
    """
    if not isinstance(d, dict):
        raise RecordError(f"expected a JSON object, got {type(d).__name__}")
    if "schema" not in d:
        return _from_crawler(d, path)
    _schema(d["schema"])
    body = _strings(d, "body", "")
    title = _str_or_none(d, "title", "")
    rid = _str_or_none(d, "id", "") or make_id(None, (title or "") + "\n".join(body))
    return Article(
        id=rid,
        path=_str_or_none(d, "path", "") or path,
        title=title,
        body=body,
        captions=_strings(d, "captions", ""),
        meta=_meta(d.get("meta")),
        entities=_entities(d.get("entities")),
        removed=_removals(_list(d, "removed", "")),
        warnings=_strings(d, "warnings", ""),
    )


def _schema(v: Any) -> None:
    """A record of another schema version (a newer unionkit's) is reported, not read as this one."""
    if type(v) is not int or v != SCHEMA_VERSION:
        raise RecordError(f"schema: this version reads schema {SCHEMA_VERSION} records, got {v!r}")


def _from_crawler(d: dict, path: str | None) -> Article:
    text = None
    for key in ("content", "text", "body", "html"):
        v = d.get(key)
        if isinstance(v, list) and all(isinstance(x, str) for x in v):
            v = "\n".join(v)
        if isinstance(v, str):
            text = v if text is None or v.strip() else text
            if v.strip():
                break
    if text is None:
        raise RecordError("no page text: expected a string under 'content', 'text', 'body' or 'html'")
    if not text.strip():
        raise RecordError("empty page text")
    title = _str_or_none(d, "title", "")
    # the crawler's title goes first as a page's headline line, never before an HTML page's markup
    start = text.lstrip()
    raw = f"{title}\n{text}" if title and not start.startswith((title, "<")) else text
    art = Article(id=_str_or_none(d, "id", "") or make_id(None, raw), path=path, raw=raw)
    art.meta.url = _str_or_none(d, "url", "")
    return art
