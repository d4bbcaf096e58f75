"""Elements of a saved page that the line walk treats specially: photo captions, anti-copy text in the
page's own background colour, forum signatures and sidebar link lists.

Each finder takes the walk's start node and returns the elements (by ``mem_id``) it found; ``lines.walk``
marks captions and drops the others with their removal kinds. They read the markup only (no stylesheet
but inline styles and <font> attributes), so each rule says what markup it trusts.

Where each step lives (a module imports only modules listed before it):

* ``base``: what the finders share: an element's squashed text, containment and document order, the outermost
  of a set of elements, a class-name test;
* ``captions``: photo captions (caption classes, carousel slides, the line under an image), a data table's numbered title;
* ``ink``: anti-copy text in white ink on a white background, and invisible ink set by the page's stylesheet;
* ``sidebars``: forum signatures, the article's content container and the sidebar link lists beside it;
* ``threads``: thread replies, comment areas, post footers and tag lists, Q&A answers after the first, reply-list headings,
  post action links, floor labels, comment widgets;
* ``documents``: intranet (OA) and government document pages (read receipts, attachment headings and tables,
  empty field labels, counted trailer sections), a CMS's record form around the article;
* ``links``: a link to the page's own full version, a link back to the home page, a table of contents;
* ``notices``: copyright and statement boxes, cookie-consent banners;
* ``head``: around the article's head (a standfirst box, a WeChat header and slogan, a category field, a
  newspaper's headline stack);
* ``rivals``: another article printed beside the one the page's <title> names (an e-paper's two columns);
* ``folded``: a folded article, the rest of its text behind a show-more button;
* ``widgets``: page widgets (a player's control bar, ad boxes, action bars, headed navigation boxes, like counts,
  empty read counters, vote widgets, a blog's tagline and share buttons, a news app's banner and QR-code box, a social
  post embedded in the article).
"""

from __future__ import annotations

from .captions import (
    CAPTION_MAX, CAPTION_LINE_MAX, ICON_MAX_PX, caption_text, caption_nodes, slide_captions, line_after_image,
)
from .ink import white_ink, on_white, white_ink_nodes, invisible_ink, css_ink_selectors, css_painted
from .sidebars import (
    signature_nodes, CONTAINER_MIN, link_list, content_container, CONTAINER_CANDIDATES, sidebar_lists, SIDEBAR_LEVELS,
    HEADLINE_ITEM_MIN, BOX_HEADING_MAX,
)
from .threads import (
    thread_nodes, comment_nodes, TAG_MAX, tag_list_nodes, ANSWER_BOX_EXTRA, answer_nodes, REPLY_LEVELS, reply_heading_nodes, AREA_LEVELS,
    in_comment_area, action_link_nodes, floor_label_nodes, comment_widget_nodes,
)
from .documents import (
    RECEIPT_MAX, FILE_LINE_MAX, intranet_nodes, ATTACH_ROW_MAX, attachment_tables, empty_field_labels, TRAILER_MAX,
    trailer_section_nodes, FORM_ROWS_MIN, record_form_nodes,
)
from .links import SELF_LINK_MAX, self_link_nodes, home_link_nodes, TOC_LABEL_MAX, TOC_MIN_LINKS, TOC_LEVELS, toc_nodes
from .notices import COPYRIGHT_MAX, VIEWS_MAX, consent_banner, copyright_nodes
from .head import (
    STANDFIRST_MAX, SUMMARY_MIN, RESTATED_MIN, RESTATED_SPAN, summary_named, restated, standfirst_nodes, WECHAT_HEADER,
    WECHAT_NICKNAME, WECHAT_BADGE, wechat_badge_nodes, wechat_nickname_nodes, category_field_nodes, STACK_MAX,
    headline_stack_nodes, wechat_slogan_nodes,
)
from .rivals import RIVAL_PROSE_MIN, KICKER_MAX, rival_article_nodes
from .folded import EXPAND_MAX, FOLD_SIBLINGS, FOLD_LEVELS, expand_control, folded_nodes
from .widgets import (
    PLAYER_MAX, player_box_nodes, AD_BOX_MAX, ad_box_nodes, INLINE_TAGS, action_bar_nodes, nav_box_nodes,
    like_count_nodes, empty_counter_nodes, VOTE_MAX, vote_widget_nodes, tagline_nodes, TAGLINE_MAX, SHARE_MAX,
    share_box_nodes, APP_BAR_MAX, app_bar_nodes, QR_BOX_MAX, qr_box_nodes, EMBED_MAX, embedded_post_nodes,
)
