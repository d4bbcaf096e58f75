"""Site chrome lines: metadata headers, navigation, and the blocks after an article.

All patterns are written in simplified script and applied to *folded* text
(traditional→simplified, full-width→ASCII; see ``lines.fold``), so one rule
covers 發布時間 and 发布时间, ``来源：`` and ``来源:``.

Where each step lives (a module imports only modules listed before it):

* ``base``: the metadata labels, date and time patterns, paper stamps, URL and widget-word patterns, ``is_prose``;
* ``latin``: Latin-script rows on Chinese pages (an English blog's post-meta row, a site's English name);
* ``nav``: breadcrumbs, menus covered by navigation words (``is_nav_line``), welcome bars, today's date bars,
  bracketed link rows;
* ``labels``: which metadata labels a line carries (``header_labels``), a label alone or its value, a row of fields;
* ``stamps``: dated rows (a post's closing stamp, a name with a date or a relative time, short stamps);
* ``accounts``: self-media and Q&A account rows (platform accounts, creator badges, follow bars, counts, account cards);
* ``header``: the metadata line under a headline (``is_header_line``), an app's info bar, a summary box's line;
* ``statements``: rows after an article read as statements (reprint notices, tag lines, reply heads, comment labels, counters);
* ``epaper``: e-paper and list pages (page indexes and rows, edition labels, headline-like list items);
* ``widgets``: widget lines (``is_widget_line``: buttons, size switches, player controls, share targets, addresses,
  a gallery's counters);
* ``forms``: web forms flattened to text (empty labelled fields, buttons, heading, note) and a call to comment;
* ``documents``: document and notice furniture (contacts, issuers, attachments, document and issue numbers);
* ``rows``: single furniture rows of particular page kinds (rules, feed items, audience counts, sort tabs, cache
  banners, a browser print's margins, a notice to the browser or a cookie banner, a legal-aid answer's lawyer, an
  ad slot's labelled slogan);
* ``tails``: the blocks after an article (``tail_kind``: tail markers, footers, disclaimers, pagers, colophons).
"""

from __future__ import annotations

from ..lines import HAN  # (the pipeline reads chrome.HAN)
from .base import (
    SEP, TIME_LABEL, SOURCE_LABEL, AUTHOR_LABEL, VIEWS_LABEL, LABELS, DATE, CLOCK_PERIOD, TIME, DATE_LINE,
    PAPER_STAMP, CHANNEL_TAG, URL, WIDGETS, SENTENCE, han_count, is_prose,
)
from .latin import english_name_line, latin_label_line, english_post_meta
from .nav import (
    BREADCRUMB, CRUMB_SEP, crumb_prefix, MENU_SEP, NAV_WORDS, nav_covered, nav_coverage, is_nav_line, welcome_bar,
    today_bar, bracket_menu,
)
from .labels import header_labels, despace_label, may_have_label, lone_field_label, field_row, field_value
from .stamps import closing_stamp, bare_stamp, dated_name_line, cn_date_line, short_stamp_line, client_line
from .accounts import (
    platform_account_line, creator_badges, follow_bar, account_stats_line, qa_stats_line, name_line, original_row,
    account_card_line,
)
from .header import is_header_line, info_bar, region_line, source_note, summary_line
from .statements import REPRINT_NOTICE, REPRINT_MAX, counter_row, reply_line, comment_label, statement_kind
from .epaper import (
    page_index_line, page_row, epaper_label, related_bullet, plain_headline, page_list_item, column_label,
    headline_line, dated_headline, dated_headline_end, teaser_line, headline_list_heading,
)
from .widgets import is_widget_line, gallery_counter, player_line, share_target_line, address_line
from .forms import empty_field, form_buttons, form_heading, form_note, comment_prompt
from .documents import (
    page_number_line, imprint_line, NOTICE_LINE, ISSUER, CN_DATE_LINE, contact_line, reply_contact_line,
    notice_line, issuer_line, ISSUERS_MAX, empty_attachment, file_download_line, download_count, doc_number_line,
    issue_number_line, issue_date_line, masthead_row, release_label,
)
from .rows import (
    separator_line, feed_item, audience_count, sort_tabs, video_tabs, cache_banner, print_margin, browser_notice,
    answerer_line, ad_line, ad_label, AD_LINE_MAX,
)
from .tails import (
    TAIL_MARKERS, STRONG_FOOTER, END_MARK, may_be_footer, DISCLAIMER, may_disclaim, hashtag_line, hashtag_prefix,
    follow_prompt, prev_next_link, pager_row, correction_note, column_disclaimer, tail_kind, more_heading, app_prompt,
)
