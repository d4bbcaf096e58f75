"""``unionkit clean``: scraped page text → Article (title, body, captions, removals).

API:
    clean_text(text, *, path=None, id=None, to=None) -> Article
    clean_article(article, *, to=None) -> Article
    explain(text) -> list[tuple[str, str | None]]
"""

from __future__ import annotations

import sys
import types

import copy

from ..record import Article
from .pipeline import clean_page, explain_page

__all__ = ["clean_text", "clean_article", "explain"]


def _convert(article: Article, to: str | None) -> Article:
    """Convert the kept text to simplified/traditional script when asked."""
    if not to:
        return article
    from .script import convert

    article.title = convert(article.title, to) if article.title else article.title
    article.body = [convert(p, to) for p in article.body]
    article.captions = [convert(c, to) for c in article.captions]
    m = article.meta
    for name in _NAMED_META:  # names shown beside the text (an HTML page's site); not dates, urls or counts
        value = getattr(m, name)
        if value:
            setattr(m, name, convert(value, to))
    return article


#: Meta fields holding names written in the page's script.
_NAMED_META = ("source", "author", "reporter", "editor", "site", "credit")


def clean_text(text: str, *, path: str | None = None, id: str | None = None, to: str | None = None) -> Article:
    """Clean one scraped page (plain text) into an Article.

    ``removed`` lists every removed piece as Removal(kind, text, line) with the
    1-based input line; kept text plus removed texts give back the input's
    non-whitespace characters. ``to`` = "simplified" | "traditional" converts
    the kept text afterwards.
    """
    return _convert(clean_page(text, path=path, id=id), to)


def clean_article(article: Article, *, to: str | None = None) -> Article:
    """Clean ``article.raw`` when the record carries a raw page; else only convert script.

    Metadata already on the record (``meta.url`` from a crawler, markup metadata
    from an HTML page) and removals made before cleaning (HTML ``markup``) are
    kept. Cleaning an already clean record changes nothing.
    """
    if article.raw is None:
        return _convert(copy.deepcopy(article), to)
    out = clean_page(article.raw, path=article.path, id=article.id)
    out.meta = copy.copy(article.meta)  # Meta holds scalars only
    ents = article.entities  # a raw page's record usually has none: skip the costly deep copy then
    if any((ents.unions, ents.people, ents.places, ents.campaigns, ents.figures)):
        out.entities = copy.deepcopy(ents)
    out.warnings = [*article.warnings, *out.warnings]
    out.removed = [*article.removed, *out.removed]
    return _convert(out, to)  # after the record's meta is in, so its names are converted too


def explain(text: str) -> list[tuple[str, str | None]]:
    """The page as a list of ``(segment, kind)`` pairs, in order.

    Concatenating the segments gives back the input exactly (newlines are
    segments of their own kind ``None``; ``\\r\\n`` is read as ``\\n``). ``kind``
    is None for text kept in the title/body, ``"caption"`` for text kept as a
    photo caption, and otherwise one of ``record.REMOVAL_KINDS`` naming why the
    segment was removed. Whitespace is attached to the segment before it.
    """
    return explain_page(text)


class _CallableModule(types.ModuleType):
    """Importing this subpackage rebinds ``unionkit.NAME`` to it; calling it still runs the API function."""

    def __call__(self, *args, **kwargs):
        from .. import api

        return getattr(api, self.__name__.rsplit(".", 1)[1])(*args, **kwargs)


sys.modules[__name__].__class__ = _CallableModule
