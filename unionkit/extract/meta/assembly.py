"""The record's meta from all the readers: which pieces each field is read from, and in which order."""

from __future__ import annotations

from dataclasses import replace

from ...record import Article, Meta, Removal
from ..dates import (find_published, headline_stamp, parse_datetime, short_year_stamp, stamp_date, year_from_footer,
                     year_from_url)
from .base import _first, normalise_line
from .bylines import (_PHOTO_CREDIT, _STAFF_THEN_CORRESPONDENT, _credit_row, _items_credited, _opening_byline,
                      _outlet_reporter, _review_editor, author_names, parse_byline)
from .counts import _unlabelled_views
from .feeds import _feed_item, _feed_page, _page_texts
from .header_rows import (_DATE_ALONE, _DATE_BADGE, _ISSUE_LINKS, _bare_info_row, _header_names, _info_bar,
                          _name_over_date, outlet_stamp_source)
from .labels import _stacked_fields, labelled_fields
from .posters import _FIRST_FLOOR, _POST_HEAD, _later_answer_stamps, _reply_stamps, _thread_starter, _unsigned_author
from .removals import _article_end, _page_order, joined_removals, removals_from_raw
from .site_echoes import _collector_site, _logo_site, _page_site
from .site_rows import _after_title, site_from_header, site_from_suffix
from .sources import _repost_card, _unlabelled_source
from .tail import _closing_block_date, _removed_signature_date, _signature_date, _tail_fields
from .urls import _page_url
from .values import name_list, parse_views, play_count, single_value

_HEADER_KINDS = {"page_header", "navigation", "forum_chrome", "title_suffix", "repeated_title"}
_BYLINE_KINDS = {"byline", "dateline", "credit", "editor_line"}
_FOOTER_KINDS = {"site_footer", "related_links", "comment_form", "social_links", "reply_form",
                 "rating_widget", "signature"}


def _merge(old: Meta, new: Meta) -> Meta:
    """``new`` with every value already present in ``old`` kept."""
    kept = {k: v for k, v in vars(old).items() if v is not None and v != ""}
    return replace(new, **kept) if kept else new  # ``new`` is the caller's own fresh Meta: no copy needed


#: The record's warning when the publish year was read from the footer's copyright (the stamp had none).
FOOTER_YEAR_WARNING = "published: the year-less date's year taken from the footer's copyright year"


def extract_meta(article: Article) -> Meta:
    """The page's metadata from its removed header, byline, credit, editor and footer pieces."""
    return meta_and_warnings(article)[0]


def meta_and_warnings(article: Article, joined: list[Removal] | None = None) -> tuple[Meta, list[str]]:
    """The page's metadata, and the warnings a reader should see about how a value was inferred.

    ``joined``: joined_removals(article.removed) when the caller has it already (extract shares it with the
    byline reader of find_people: one join per page, not two)."""
    warnings: list[str] = []
    removed = joined if joined is not None and article.removed else \
        joined_removals(article.removed or removals_from_raw(article))
    end = _article_end(removed)
    header = [r for r in removed if r.kind in _HEADER_KINDS and (r.line is None or r.line < end)]
    other = [r for r in removed if r.kind not in _FOOTER_KINDS and r.kind not in _HEADER_KINDS]
    footer = [r for r in removed if r.kind in _FOOTER_KINDS]
    m = Meta()
    m.published = _header_published(removed, header, end)
    fields = _header_fields(header, other)
    m.source = single_value(fields["source"]) if "source" in fields else None
    # (the card may be filed with any kind of chrome, the share bar's included: its wording says what it is)
    card = _first(_repost_card(r.text) for r in removed if "来源于" in r.text or "來源於" in r.text)
    m.author = author_names(fields["author"]) if "author" in fields else None
    if card:  # a WeChat repost card names the account the article comes from, and its author (a person or a body)
        m.source = m.source or card[0]
        m.author = m.author or card[1]
    # a thread's 楼主:X header names the first post's author; 作者:Y headers after it are replies' floors
    m.author = _first(_thread_starter(r.text) for r in header if r.kind in ("forum_chrome", "page_header")) or m.author
    m.reporter = name_list(fields["reporter"]) if "reporter" in fields else None
    if m.reporter is None and m.author is None and "author" in fields:
        m.reporter = _outlet_reporter(fields["author"])
    m.editor = name_list(fields["editor"]) if "editor" in fields else None
    m.views = parse_views(fields["views"]) if "views" in fields else None
    if m.views is None:
        m.views = _unlabelled_views(removed, header, other, end)
    if m.views is None and "plays" in fields:  # a video page counts its views as plays
        m.views = play_count(fields["plays"])
    if m.source is None:
        m.source = _unlabelled_source(removed, header, other)
    if any(_STAFF_THEN_CORRESPONDENT.search(normalise_line(r.text)) for r in header + other
           if r.kind in ("page_header", "navigation", "forum_chrome") and ("通" in r.text or "习生" in r.text or "習生" in r.text)):
        # 作者：记者 X 通讯员 Y (or 实习生 Y) in a header row: no author (see parse_byline)
        if m.author == m.reporter:
            m.author = None
    elif "correspondent" in fields and (m.author is None or m.author == m.reporter):
        m.author = name_list(fields["correspondent"]) or m.author
    if m.published is None and "published" in fields:
        m.published = parse_datetime(fields["published"])
    shown = m.published  # the page's own stamp over the article (not a footer's year, not a note's)
    if m.published is None:
        m.published = _unlabelled_published(removed, header, other, article)

    if m.published is None:  # a stamp with no year (12月03日 09:15) under a footer's single © year (see year_from_footer)
        m.published = year_from_footer(_stamp_rows(header), [normalise_line(r.text) for r in footer], article.body)
        if m.published is not None:
            warnings.append(FOOTER_YEAR_WARNING)

    for f, v in _tail_fields(article.body):
        if f in ("editor", "author", "reporter") and getattr(m, f) is None:
            setattr(m, f, name_list(v))
        elif f == "source" and m.source is None:
            m.source = single_value(v)
    if m.editor is None:  # a county media app's row signs its only editor as 编审 (记者：X 通讯员：Y | 编审：Z)
        m.editor = _first(_review_editor(r.text) for r in header + other if r.kind in ("page_header", "editor_line"))

    # Bylines and datelines first: a photo credit's 记者 (新华社记者 张涛 摄) is the reporter only when no byline names one.
    in_comments = _in_comment_area(removed)
    bylines = (r for r in removed if r.kind in _BYLINE_KINDS and r.kind != "editor_line" and id(r) not in in_comments)
    bracketed = [r for r in removed if r.kind == "byline" and r.text.lstrip().startswith(("（", "("))]
    if bracketed and (_items_credited(article.body) or len({r.line for r in bracketed}) > 1):
        # (a roundup's item credits, （通讯员 X）, removed under each item or the last: no byline of the whole article)
        bylines = (r for r in bylines if all(r is not b for b in bracketed))
    for r in sorted(bylines,
                    key=lambda r: r.kind == "credit" or bool(_PHOTO_CREDIT.search(normalise_line(r.text)))):
        for f, v in parse_byline(r.text).items():
            if getattr(m, f) is None:
                setattr(m, f, v)
    if m.reporter is None and article.body:  # a byline the cleaner left as the first paragraph
        m.reporter = _opening_byline(article.body[0])
    top = [r for r in header if r.kind != "title_suffix"][:_LOGO_TOP]
    named = _header_names(top)
    for f, v in named.items():
        if f != "site" and getattr(m, f) is None:
            setattr(m, f, v)
    bar = _first(_info_bar(r.text) or None for r in top if r.kind == "page_header")
    for f, v in (bar or {}).items():  # an app's info bar read part by part (outlet | 记者:X | date)
        if getattr(m, f) is None:
            setattr(m, f, v)
    if m.source is None:  # a portal's unlabelled row under the headline: date, organ, name, count
        for f, v in (_first(_bare_info_row(r.text) for r in header if r.kind == "page_header") or {}).items():
            if getattr(m, f) is None:
                setattr(m, f, v)
    if m.source is None:  # an outlet's row under the headline (江城晚报 2024-01-08 06:50), below the first rows: a
        # text save keeps the menus over it a link a line
        m.source = _first(outlet_stamp_source(normalise_line(r.text)) for r in header[len(top):]
                          if r.kind == "page_header")
    if m.author is None:  # a header row crediting its writer with the text and photos (文/图 X 2024.09.20 点击数：278),
        # or one part of it between bars (2024.06.18 ｜ 来源：X ｜ 文/图：Y ｜ 浏览量：386)
        m.author = _first(parse_byline(r.text).get("author") for r in header
                          if r.kind == "page_header" and _credit_row(normalise_line(r.text)))
    over_date = _name_over_date(header) if m.author is None or m.source is None else {}
    if over_date:
        for f, v in over_date.items():
            if getattr(m, f) is None and v != m.source:
                setattr(m, f, v)
    if m.author is None:
        m.author = _unsigned_author(fields.get("poster"), removed, top)

    # (a shown title line's suffix; an HTML <title>'s, filed with no line, is the HTML reader's to weigh: it
    # takes the name only where the header's logo or brand confirms it, as the HTML golds do)
    m.site = _first(site_from_suffix(r.text) for r in removed if r.kind == "title_suffix" and r.line is not None)
    # The browser-title row (headline + " - 贵州 - 中工网") may be filed as navigation or a repeated title.
    m.site = m.site or _first(site_from_suffix(_after_title(r.text, article.title)) for r in top)
    m.site = m.site or _first(site_from_header(r.text) for r in header)
    if m.site is None or m.source is None:  # logo rows: read only when a field is still open
        logo, epaper = _logo_site(top, header, footer, m.source, over_date)
        # (an aggregator's mirror of a WeChat post: its note naming itself as the collector outranks the account
        # that the post's header row names, which is the source)
        m.site = m.site or _collector_site(removed) or named.get("site") or logo
        if m.source is None and epaper:
            m.source = logo  # an e-paper (工人日报 电子版) publishes its own articles
    m.site = m.site or _page_site(top, header, removed, footer, other, article.removed or removed)
    m.url = _page_url(removed, header, other, article.body)
    feed = _feed_item(_page_texts(removed, article), article.title) if _feed_page(removed, article.body) else None
    if feed is not None:  # an RSS dump: its item's labelled fields are the page's (the channel's address never is)
        m = replace(m, url=None) if m.url is not None and m.url == feed.get("channel_url") else m
        m = replace(m, **{k: v for k, v in feed.items() if k != "channel_url"})
        shown = feed.get("published") or shown  # (the item's stamp is the article's; a reader's export time is not)
    if m.published is None and article.meta.published is None:  # a year-less stamp filed under its day in the URL
        m.published = year_from_url(_stamp_rows(header), m.url or article.meta.url)
    if m.published is None and article.meta.published is None:  # a notice with no stamp but its signature's date
        m.published = _signature_date(article.body) or _removed_signature_date(removed)
    if m.published is None and article.meta.published is None:  # a date under the byline block closing the text
        m.published = _closing_block_date(removed, end)
    return _shown_date(_merge(article.meta, m), shown), warnings


#: The kinds of a comment area's pieces: a reader's comment, the form, the reply box.
_COMMENT_KINDS = ("comment_form", "reply_form")


def _in_comment_area(removed: list[Removal]) -> set[int]:
    """The ids of the byline pieces inside a comment area (in page order, after a comment's piece and before the
    next one or the page's end): a comment's label (作者 回复, WeChat's "the author replied"), no byline."""
    out: set[int] = set()
    for i, r in enumerate(removed):
        if r.kind in _BYLINE_KINDS and i and removed[i - 1].kind in _COMMENT_KINDS and (
                i + 1 == len(removed) or removed[i + 1].kind in _COMMENT_KINDS):
            out.add(id(r))
    return out


def _header_published(removed: list[Removal], header: list[Removal], end: float) -> str | None:
    """The publish time the header rows stamp: the first post's on a thread, the first answer's on a Q&A page."""
    # (a thread's first post header, 某某 发表于 2024-12-3 10:26 | 只看该作者, may be filed with the poster's profile:
    # its 发表于 is read in page order with the header, so a reply floor's bare date under the post never wins)
    posts = [r for r in removed if r.kind == "user_profile" and (r.line is None or r.line < end) and _POST_HEAD.search(r.text)]
    dated = sorted(header + posts, key=_page_order) if posts else header
    replies = _reply_stamps(dated)  # (a thread's floors: the first post's stamp is the page's time, no reply's)
    replies |= _later_answer_stamps(dated)  # (a Q&A page's answers: the first one shown is the page's)
    return find_published([normalise_line(r.text) for r in dated if r.kind != "title_suffix" and id(r) not in replies],
                          bare=[normalise_line(r.text) for r in header
                                if r.kind not in ("title_suffix", "navigation") and id(r) not in replies
                                # a self-media date badge (2024-03-07 16:45 · 湖北 · account) may be
                                # filed as navigation for its · separators: it is still the date line
                                or _DATE_BADGE.match(r.text)
                                # … and so may a date alone, split over the template's elements (2024 06/12 16:05)
                                or _DATE_ALONE.match(r.text)
                                # … and so may an e-paper's issue bar, the issue's date among its links
                                # (2024年05月16日 星期四 上一期 | 下一期 | 往期回顾)
                                or ("期" in r.text and _ISSUE_LINKS.search(r.text))])


def _header_fields(header: list[Removal], other: list[Removal]) -> dict[str, str]:
    """The labelled fields of the header rows (and of a header or editor row filed elsewhere), each field's first."""
    fields: dict[str, str] = {}
    for r in header + [r for r in other if r.kind in ("page_header", "editor_line")]:
        for f, v in labelled_fields(r.text, header_row=True):
            fields.setdefault(f, v)
    for f, v in _stacked_fields(header):  # a flattened info box: each label over its value (来源 / 湖南工人报)
        fields.setdefault(f, v)
    return fields


def _unlabelled_published(removed: list[Removal], header: list[Removal], other: list[Removal],
                          article: Article) -> str | None:
    """A publish time stamped where no header row shows one: under a thread's first floor, under a note, on a
    blog's headline row, with a two-digit year."""
    # a Tieba thread stamps its first post below it: 来自Android客户端1楼2024-05-20 14:33
    published = _first(parse_datetime(mt[1]) for r in removed
                       if r.kind == "forum_chrome" and "1" in r.text and (mt := _FIRST_FLOOR.search(r.text)))
    if published is None:  # a note's stamp under its text (编辑于 2024-09-14 内蒙古, 2024-05-16 江苏), filed with
        # the tail or left in the body
        published = _first(stamp_date(normalise_line(t)) for t in [r.text for r in removed] + article.body[-2:])
    if published is None:  # a blog's headline row stamped in brackets, filed with the header's chrome
        published = _first(headline_stamp(normalise_line(r.text)) for r in header)
    if published is None:  # a platform post's stamp with a two-digit year (24-11-6 10:30 来自 微博网页版), over the
        # post, or taken for the headline or the first paragraph of a post that has none
        published = _first(short_year_stamp(normalise_line(t))
                           for t in [r.text for r in header + other] + [article.title or ""] + article.body[:1])
    return published


def _stamp_rows(header: list[Removal]) -> list[str]:
    """The header rows a year-less stamp may stand on (year_from_footer, year_from_url), normalised: not the
    title's site suffix, not a menu."""
    return [normalise_line(r.text) for r in header if r.kind not in ("title_suffix", "navigation")]


def _shown_date(meta: Meta, shown: str | None) -> Meta:
    """``meta`` with the page's visible stamp as the publish time when the markup's (og, JSON-LD, <meta>) names
    another moment: portals stamp the markup when a piece is pushed or re-indexed (the next morning's 08:00),
    and the HTML golds all take the date the page shows (tests/data/html: 10 of 10 where the two disagree)."""
    if shown is None or meta.published is None or meta.published == shown:
        return meta
    n = min(len(meta.published), len(shown), 19)  # (to the coarser precision of the two; a zone is no disagreement)
    return meta if meta.published[:n] == shown[:n] else replace(meta, published=shown)


_LOGO_TOP = 4  # the logo, nav bar and byline rows a page opens with
