"""Elements around the article's head: a standfirst box, a WeChat header, a category field, a newspaper's
headline stack and a WeChat account's slogan.
"""

from __future__ import annotations

import re

from ... import recode
from ..lines import PARAGRAPH_MIN, _SENTENCE, element_sibling
from .base import KEYWORD_LABELS, _before, _holds, _outermost, _squashed
from .sidebars import content_container

# --- A standfirst box above the article ----------------------------------------------------------------

# The label of a summary box (导语：…, 摘要：…, 核心提示：…) that portals and microblog long posts set above
# the article: the lead said again, not a paragraph of it (the golds drop summary boxes).
# (a journal's article sets its abstract and keywords there, each in its box and its label in 【】 brackets with
# no colon: 【摘要】本文以…, 【关键词】…;…)
_STANDFIRST_LABELS = "导语|導語|导读|導讀|摘要|内容摘要|內容摘要|内容提要|內容提要|核心提示|关键词|關鍵詞|关键字|關鍵字"
_STANDFIRST = recode.compile(rf"^(?:[\[【](?:{_STANDFIRST_LABELS})[\]】]|[\[【]?(?:{_STANDFIRST_LABELS})[\]】]?[:：])")

#: Longest standfirst box (characters).
STANDFIRST_MAX = 300


# The class or id of a summary box a CMS template sets between the info line and the article (DedeCMS
# div.intro, news-summary, art_abstract, zhaiyao, daodu): one of its -/_ separated parts names a summary.
_SUMMARY_NAME = recode.compile(r"^(?:intro|introduction|summary|abstract|digest|zhaiyao|daodu|desc|description|"
                           r"lead|standfirst|brief|tiyao|jianjie|guide)$", re.I)
# ... unless another part says whose description it is: a photo's (img-desc), the site's (site-description),
# an account's or author's (user-desc, wx_profile_desc), an app's or a share card's.
_OTHER_NAME = recode.compile(r"^(?:img|pic|photo|image|fig|video|slide|site|user|author|profile|account|wx|app|share|"
                         r"source|logo|brand|field)$", re.I)
_NAME_PARTS = recode.compile(r"[-_\s]+")
#: Shortest unlabelled summary box (characters): a sentence restating the lead, not a slogan or a name.
SUMMARY_MIN = 15
#: Share of a summary box's character pairs the article's opening must repeat for the box to be its lead
#: said again (an unlabelled box is dropped only then: a template may also class its first paragraph so).
RESTATED_MIN = 0.6
#: How much of the article's text block (characters) the restatement is looked for in.
RESTATED_SPAN = 600


def summary_named(node) -> bool:
    """Whether an element's class or id names a summary box (a part of it is intro, summary, abstract …)."""
    for name in " ".join(node.attributes.get(a) or "" for a in ("class", "id")).split():
        parts = [p for p in _NAME_PARTS.split(name) if p]
        if any(_SUMMARY_NAME.match(p) for p in parts) and not any(_OTHER_NAME.match(p) for p in parts):
            return True
    return False


def restated(text: str, article: str) -> bool:
    """Whether most of ``text``'s character pairs recur in ``article``: the lead paragraph says it again."""
    pairs = {text[i:i + 2] for i in range(len(text) - 1)}
    if not pairs:
        return False
    return sum(p in article for p in pairs) >= RESTATED_MIN * len(pairs)


def standfirst_nodes(start) -> set[int]:
    """Identities of summary boxes standing before the article's text block, outside it: labelled ones
    (导语：…), and ones whose class names a summary (div.intro) when the article's opening restates them."""
    found, named = {}, {}
    for node in start.css("div, p, section, blockquote"):
        text = _squashed(node)
        if not text or len(text) > STANDFIRST_MAX:
            continue
        if _STANDFIRST.match(text):
            found[node.mem_id] = node
        elif len(text) >= SUMMARY_MIN and summary_named(node):
            named[node.mem_id] = node, text
    box = content_container(start) if found or named else None
    if box is None:
        return set()
    if named:
        opening = _squashed(box)[:RESTATED_SPAN]
        found.update((k, n) for k, (n, text) in named.items() if restated(text, opening))
    lead = _first_paragraph(box) if found else None
    return _outermost({k: n for k, n in found.items() if not _holds(n, box) and (
        _before(start, n, box) and not _holds(box, n)
        # (a labelled box may stand inside a wide container, before the block of the article's first paragraph:
        # a lead paragraph labelled 导语 in that block is the article's own)
        or k not in named and lead is not None and not _holds(lead.parent, n) and _before(start, n, lead))})


def _first_paragraph(box):
    """The first <p> under ``box`` holding a paragraph of text (``PARAGRAPH_MIN`` characters with a sentence end)."""
    return next((p for p in box.css("p") if len(_squashed(p)) >= PARAGRAPH_MIN and _SENTENCE.search(p.text() or "")),
                None)


# --- A WeChat header showing the account's name alone ---------------------------------------------------

#: The header row under a WeChat article's headline (原创 mark, writer, account name, date, IP region) and
#: the account's name in it.
WECHAT_HEADER = "#meta_content, .rich_media_meta_list"
WECHAT_NICKNAME = "#js_name, #profileBt, .rich_media_meta_nickname"


#: The 原创 (original) badge of a WeChat header (span.meta_original_tag / #copyright_logo): a mark of the
#: platform's, no source, author or account name.
WECHAT_BADGE = ".meta_original_tag, #copyright_logo"


def wechat_badge_nodes(start) -> set[int]:
    """Identities of the 原创 badges in WeChat header rows: read on the row, the mark is taken for a source."""
    return {b.mem_id for row in start.css(WECHAT_HEADER) for b in row.css(WECHAT_BADGE)}


def wechat_nickname_nodes(start) -> set[int]:
    """Identities of WeChat header rows that show nothing but the account's name (and the 原创 badge): a
    crawler's copy leaves the date element empty (script fills it), and the name alone would read as a one-line
    paragraph. It is the page's byline (the account publishing), read as the site from the markup."""
    out = set()
    for row in start.css(WECHAT_HEADER):
        name = row.css_first(WECHAT_NICKNAME)
        # (the name's element may hold the account's profile card, hidden until a tap: only its shown name counts)
        shown = _shown_squashed(name) if name is not None else ""
        if shown and _unbadged(row) == shown:
            out.add(row.mem_id)
    return out


def _unbadged(row) -> str:
    """A WeChat header row's shown text (``_shown_squashed``) without its 原创 badges (``WECHAT_BADGE``)."""
    text = _shown_squashed(row)
    for badge in row.css(WECHAT_BADGE):
        text = text.replace(_squashed(badge), "", 1)
    return text


def _shown_squashed(node) -> str:
    """An element's text without whitespace and without what its descendants' inline styles hide (the
    IP region WeChat leaves display:none until script fills it)."""
    from ..lines import hides

    text = _squashed(node)
    for n in node.css("[style]"):
        if n.mem_id != node.mem_id and hides(n.attributes.get("style") or ""):
            text = text.replace(_squashed(n), "", 1)
    return text


# --- A category field: the channel the article is filed under -----------------------------------------------

# The category field of an article's info list (Joomla's dd.category-name 分类: <a>工会动态</a>, a CMS's 所属栏目：
# <a>…</a>): a label and the link to the channel, like a blog's .cat-links. Standing on a line of its own over
# the date row, it would read as a headline over its metadata.
_CATEGORY_FIELD = recode.compile(r"^(?:分类|分類|所属分类|所屬分類|分类目录|分類目錄|栏目|欄目|所属栏目|所屬欄目|所在栏目|所在欄目|"
                             r"类别|類別|类目|類目|频道|頻道|所属频道|所屬頻道|category|categories|"
                             # (the keyword links of a CMS's tag field: PHPCMS's 相关热词搜索：<a>送清凉</a> <a>…</a>)
                             r"相关热词搜索|相關熱詞搜索|相关热词|相關熱詞|相关搜索|相關搜索|热词搜索|熱詞搜索|热词|熱詞|"
                             rf"{KEYWORD_LABELS})[:：](?P<value>.{{1,40}})$", re.I)
_CATEGORY_HOLDERS = "dd, dt, li, span, div, p, td"


def category_field_nodes(start) -> set[int]:
    """Identities of elements showing nothing but a category label and the link(s) to the channel it names."""
    out = {}
    for node in start.css(_CATEGORY_HOLDERS):
        text = _squashed(node)
        m = _CATEGORY_FIELD.match(text)
        if m is None:
            continue
        # (a blog's tag field may set a tag as a bare <a> the page's script links: Sina's <a>杂谈</a>)
        links = "".join(_squashed(a) for a in node.css("a"))
        if links and links == m["value"].strip("/|｜>»,，、"):
            out[node.mem_id] = node
    return _outermost(out)



# --- A newspaper's headline stack: the 引题 over the headline and the 副题 under it --------------------

# The class of a newspaper template's kicker (引题: yinti, yinbiaoti, pretitle, kicker; yt in Founder e-paper
# templates) or subtitle (副题: futi, fubiaoti, subtitle, sub-title; ft) printed as its own block next to the
# headline element.
_STACK_CLASS = recode.compile(r"^(?:yinti|yinbiaoti|yin-?title|pre-?title|kicker|yt|futi|fubiaoti|fu-?title|sub-?title|ft)$",
                          re.I)
#: Heading tags a headline stack sets its 引题/副题 in, whatever their class (an e-paper's <h3>引题</h3><h1>…</h1><h2>副题</h2>).
_STACK_TAGS = frozenset(("h2", "h3", "h4", "h5", "h6"))
#: Longest 引题/副题 (characters): a phrase, never a paragraph.
STACK_MAX = 40


def headline_stack_nodes(start) -> set[int]:
    """Identities of the 引题/副题 blocks right above/below the page's one h1 (by their template class): the
    gold takes the main headline alone as the title, and a 副题 read as a line of its own is taken for it."""
    heads = start.css("h1")
    if len(heads) != 1:
        return set()
    out = set()
    for forward in (True, False):
        sib = element_sibling(heads[0], forward)
        if sib is None or sib.css_first("h1, p, img") is not None:
            continue
        classes = (sib.attributes.get("class") or "").split()
        text = _squashed(sib)
        stacked = sib.tag in _STACK_TAGS or any(_STACK_CLASS.match(c) for c in classes)
        if stacked and 0 < len(text) <= STACK_MAX and not _SENTENCE.search(text):
            out.add(sib.mem_id)
    return out


# --- A WeChat account's slogan atop its article ------------------------------------------------------------

# An account's slogan: two or three phrases of four to eight characters set apart by a middle dot (关注工会 · 服务职工;
# a bar sets apart a label and its value, 来源 | 某某总工会; a byline's role word is shorter, 记者 · 王某).
_SLOGAN = recode.compile(r"^[\u4e00-\u9fff]{4,8}(?:[·•][\u4e00-\u9fff]{4,8}){1,2}$")


def wechat_slogan_nodes(start) -> set[int]:
    """Identities of the block a WeChat article's text opens with when it shows only the account's slogan
    (an editor template's centred 关注工会 · 服务职工 over the first paragraph): the account's, not the text's."""
    from ..lines import WECHAT_CONTENT

    out = set()
    for body in start.css(WECHAT_CONTENT):
        first = next((p for p in body.css("p") if _squashed(p)), None)
        if first is None:
            continue
        text = _squashed(first)
        if _SLOGAN.match(text) and _squashed(body).startswith(text):  # (nothing shown above it)
            out.add(first.mem_id)
    return out
