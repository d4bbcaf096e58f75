"""Structured extraction: metadata and entities of a cleaned Article.

``extract(article)`` returns a new Article with ``meta`` and ``entities``
filled; the input is not changed and running it twice gives the same record.
Imports stay light (regex only): heavy dictionaries load lazily, on first use,
so the CLI's cold start is unaffected.  Places and unions come from
``places.find_places`` / ``unions.find_unions`` when those modules are present,
and are left empty otherwise.
"""

from __future__ import annotations

import sys
import types

from collections.abc import Iterable
from dataclasses import replace

from ..record import Article, Entities, Place, Union

__all__ = ["extract", "extract_meta", "find_people", "find_campaigns", "find_figures",
           "parse_datetime", "find_published", "places_and_unions"]


def __getattr__(name: str):
    """Lazy access to the submodules' functions (keeps ``import unionkit.extract`` cheap)."""
    if name in ("extract_meta",):
        from .meta import extract_meta
        return extract_meta
    if name in ("parse_datetime", "find_published"):
        from . import dates
        return getattr(dates, name)
    if name == "find_people":
        from .people import find_people
        return find_people
    if name == "find_campaigns":
        from .campaigns import find_campaigns
        return find_campaigns
    if name == "find_figures":
        from .figures import find_figures
        return find_figures
    raise AttributeError(name)


def _entity_text(article: Article) -> str:
    """Title, captions and body as one text for the entity finders."""
    return "\n".join(x for x in [article.title or "", *article.captions, *article.body] if x)


def places_and_unions(text: str, site: str | None = None, chrome: Iterable[str] = (),
                      credits: Iterable[str] = ()) -> tuple[list[Place], list[Union]]:
    """Places named in the text, and the unions (resolved against those places).

    ``site``: the page's site name; a city union's site (绍兴工会网) adds its city when the text does
    not name it in full.  ``chrome``: the lines the cleaner removed (a header naming the site's union).
    ``credits``: the cleaner's credit lines; a union that gave the pictures or the text ((图片由某某厂工会提供)) is
    one of the page's, though the text may not name it."""
    from .places import find_places, site_place
    from .unions import find_unions

    places = find_places(text)
    extra = site_place(site, text) if site else None
    if extra is not None and not any((p.province, p.city, p.county) == (extra.province, extra.city, extra.county)
                                     for p in places):
        places.append(extra)
    # (供 of 供稿, 供图, 提供: the pictures' or the text's giver, not a repost's source account, 本文转自:某某工会)
    credited = [c for c in credits if "供" in c and ("工会" in c or "工會" in c) and _names_new_union(c, text)]
    return places, find_unions("\n".join([text, *credited]) if credited else text, places, site, chrome)


def _names_new_union(line: str, text: str) -> bool:
    """True when the union a credit line names (its four characters before 工会) is not in the page's ``text``:
    only then is the line read with the text, whose scans (cached for that one text) would else be made again."""
    k = max(line.find("工会"), line.find("工會"))
    return line[max(0, k - 4):k + 2] not in text


def extract(article: Article) -> Article:
    """A copy of ``article`` with its metadata and entities extracted."""
    from .campaigns import find_campaigns
    from .figures import find_figures
    from .meta import joined_removals, meta_and_warnings
    from .people import find_people

    text = _entity_text(article)
    joined = joined_removals(article.removed) if article.removed else None  # (meta and the byline reader share it)
    meta, notes = meta_and_warnings(article, joined)
    places, unions = places_and_unions(text, meta.site, [r.text for r in article.removed],
                                       [r.text for r in article.removed if r.kind == "credit"])
    if places:
        from .places import taiwan_page_places, taiwanese_page

        if taiwanese_page(text, (r.text for r in article.removed)):  # (the removed lines read only when traditional)
            # a Taiwanese page's own places are not listed (the layouts' convention for HK/Macau/TW); the mainland
            # places of a cross-strait report are
            places = taiwan_page_places(places, text)
    ents = Entities(
        unions=unions,
        people=find_people(article, unions, places=places, meta=meta, joined=joined),
        places=places,
        campaigns=find_campaigns(text),
        figures=find_figures(text),
    )
    warnings = list(article.warnings) + [n for n in notes if n not in article.warnings]
    return replace(article, meta=meta, entities=ents, warnings=warnings,
                   removed=list(article.removed), body=list(article.body), captions=list(article.captions))


class _CallableModule(types.ModuleType):
    """Importing this subpackage rebinds ``unionkit.NAME`` to it; calling it still runs the API function."""

    def __call__(self, *args, **kwargs):
        from .. import api

        return getattr(api, self.__name__.rsplit(".", 1)[1])(*args, **kwargs)


sys.modules[__name__].__class__ = _CallableModule
