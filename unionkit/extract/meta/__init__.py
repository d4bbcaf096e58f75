"""Page metadata (publish time, source, author, reporter, editor, views, site, url, credit).

Everything is read from what the cleaner removed (``article.removed``: header
lines, bylines, datelines, credits, editor lines, footers) plus the title; of the
article body only what the cleaner may have left at its edges is read (a byline
alone as the first paragraph, label-only or stamp lines as the last two), so a
date or 来源 inside a sentence can't leak in.  A header line carries several ``label:value`` fields side by
side (``时间:… 来源:蓝影头条 作者:休闲 点击:31次``); each value stops where the
next known label, a wide gap or a bar starts, so fields never run together.

Decisions (documented in the tests as well):
- several reporters (``记者 张三 李四``) are kept as written, space-separated: ``张三 李四``;
- a trailing parenthetical with no credit wording is the author, person or
  department alike (``(喻娟)``, ``(市总组宣部)``); with 供稿/供图 wording it is the credit;
- ``site`` is the site's own name as shown (title suffix, a header ``Name http://…``,
  a footer ``X版权所有``/``Copyright … X``), never the 来源 value and never a bare domain;
- ``url`` comes only from header lines, never from the footer, but for a labelled one (本文链接:…) anywhere;
- values already in ``article.meta`` (e.g. a crawler's url) are kept, but for a markup publish time naming
  another moment than the page's visible stamp: the stamp wins (see assembly._shown_date).

The steps, one submodule each (a module imports only the ones above it in this list):
- ``base``: line normalisation (normalise_line), the label table, small shared patterns and helpers;
- ``labels``: the ``label:value`` fields of a row (labelled_fields), and an info box's labels stacked over values;
- ``values``: the shapes of a value: view counts (parse_views), name lists (name_list), one name (single_value);
- ``bylines``: bylines and credits (parse_byline, author_names), a byline left as the body's first paragraph;
- ``posters``: authors without a byline: forum posters and thread starters, Q&A answerers, blog owners, and
  the stamps of a thread's reply floors;
- ``counts``: view counts that no label gives (a lone counter, a blog's bar, a phrase, a thread's counter);
- ``site_names``: what counts as a site's own name (own_site, PLATFORMS), shared by every site reader;
- ``site_rows``: the site's name from one row (site_from_suffix, _header, _footer, _engine_credit, _bar_title …);
- ``logos``: the site's name from the logo and navigation rows (site_from_logo), channel labels among them;
- ``header_rows``: unlabelled rows over the article (an account and date row, an app's info bar, a portal's row);
- ``site_echoes``: the site's name from the logo rows weighed against the source, and from the page as a whole
  (a name at both ends, an app's banner, a media brand, a breadcrumb's head …);
- ``sources``: the 来源 no label gives (repost notes and cards, 来自 rows, an app's note, an e-paper's citation);
- ``urls`` and ``feeds``: the page's own address; an RSS dump's item;
- ``tail``: fields left on the body's last lines, a notice's signature date;
- ``removals``: the removed pieces in page order, one line's parts joined back (joined_removals);
- ``assembly``: every field read in order from the readers above (extract_meta, meta_and_warnings).
"""

from __future__ import annotations

from .assembly import FOOTER_YEAR_WARNING, extract_meta, meta_and_warnings
from .base import drop_glosses, normalise_line
from .bylines import author_names, parse_byline
from .labels import labelled_fields, stacked_pairs
from .logos import site_from_logo
from .removals import joined_removals, removals_from_raw
from .site_rows import (site_from_bar_title, site_from_engine_credit, site_from_engine_title, site_from_footer,
                        site_from_header, site_from_sponsor, site_from_suffix)
from .values import DOTTED_NAME, join_spaced_pair, name_list, parse_views, single_value

__all__ = ["DOTTED_NAME", "FOOTER_YEAR_WARNING", "author_names", "drop_glosses", "extract_meta", "join_spaced_pair",
           "joined_removals", "labelled_fields", "meta_and_warnings", "name_list", "normalise_line", "parse_byline",
           "parse_views", "removals_from_raw", "single_value", "site_from_bar_title", "site_from_engine_credit",
           "site_from_engine_title", "site_from_footer", "site_from_header", "site_from_logo", "site_from_sponsor",
           "site_from_suffix", "stacked_pairs"]
