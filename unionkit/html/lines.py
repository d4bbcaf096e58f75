"""Markup to lines: the visible text of a page, one line per block element.

A page becomes what a careful scraper would see: inline text joined, a new
line at every block element and ``<br>``, table cells of a row on one line.
What the markup says nobody sees — scripts, styles, ``<noscript>``,
``<noframes>``, templates, comments, elements hidden by ``hidden``/``display:none``/a class
a stylesheet hides (forum anti-copy jammers such as Discuz's
``<font class="jammer">``) — and the page chrome HTML5 marks as such
(``<nav>``, ``<aside>``, a page ``<footer>``) never becomes a line; each is
recorded as a Removal so nothing disappears unaccounted.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field

from .. import recode
from ..record import Removal

#: Elements that start and end a line (HTML's block-level and list/table structure).
BLOCK = frozenset("""
address article aside blockquote body center dd details dialog dir div dl dt fieldset figcaption figure
footer form h1 h2 h3 h4 h5 h6 header hgroup hr html legend li listing main menu nav ol p plaintext pre
section summary table tbody thead tfoot tr ul caption marquee
""".split())
HEADINGS = frozenset("h1 h2 h3 h4 h5 h6".split())
#: Cells: separated by a space within their row's line.
CELLS = frozenset(("td", "th"))
#: Elements whose content is never shown as page text.
INVISIBLE = frozenset("script style noscript noframes template iframe object embed applet canvas svg math head "
                      "select datalist textarea button audio video map param source track".split())
#: Ruby annotations: <rt> readings (pinyin over Han characters) and <rp> fallback parentheses.
#: A reading printed inline would break the sentence ("工gōng会"), so it is recorded, not kept.
RUBY_NOTES = frozenset(("rt", "rp"))
#: Page chrome by HTML5 semantics, and the removal kind each one is.
CHROME = {"nav": "navigation", "aside": "related_links", "footer": "site_footer"}
#: Containers inside which a <footer> belongs to the article (its own footer), not the site. An <aside> is
#: chrome wherever it is: inside the article it is an inset box (related reading, a link card) that the
#: article's text flows around, and the paragraphs after it are still the article's.
ARTICLE_SCOPES = frozenset(("article", "main"))
#: The chrome elements an article scope keeps as its own.
SCOPED_CHROME = frozenset(("footer",))
#: Class names that mean "hidden" on common sites and CSS frameworks, even without their stylesheet.
HIDDEN_CLASSES = frozenset(("jammer", "hidden", "hide", "d-none", "display-none", "invisible", "sr-only",
                            "visually-hidden", "visuallyhidden", "screen-reader-text"))

# Styles that hide an element: display:none, visibility:hidden, a zero font size.
_HIDDEN_STYLE = recode.compile(
    r"display\s*:\s*none|visibility\s*:\s*hidden|font-size\s*:\s*0+(?:\.0+)?(?:px|pt|em|rem|%)?\s*(?:;|!|$)",
    re.I)
# The "visually hidden" pattern (WeChat's weui-hidden_abs separators, screen-reader labels): taken
# out of the flow *and* transparent or clipped. Opacity alone is usually a fade-in animation's start.
_OUT_OF_FLOW = recode.compile(r"position\s*:\s*absolute", re.I)
_INVISIBLE_INK = recode.compile(
    r"(?<![\w-])opacity\s*:\s*0+(?:\.0+)?\s*(?:;|!|$)|clip\s*:\s*rect\(\s*(?:0|1px)", re.I)


# Off-screen text (anti-copy templates, screen-reader labels): an element taken out of the flow and moved far
# past the page's left or top edge (position:absolute;left:-9999px), or text pushed out of its own box by a
# large negative indent (text-indent:-9999px). A far offset is 1000px or more (or 60em/rem).
_FIXED_OR_ABSOLUTE = recode.compile(r"position\s*:\s*(?:absolute|fixed)", re.I)
_FAR = r"-\s*(?:\d{4,}(?:\.\d+)?\s*px|(?:[6-9]\d|\d{3,})(?:\.\d+)?\s*r?em)"
_FAR_OFFSET = recode.compile(r"(?<![\w-])(?:left|top|margin-left|margin-top)\s*:\s*" + _FAR, re.I)
_FAR_INDENT = recode.compile(r"(?<![\w-])text-indent\s*:\s*" + _FAR, re.I)
# An image-replacement logo (h1.logo{text-indent:-9999px;background:url(logo.png)}): the text labels the
# picture shown in its place, as an alt text does; it is not hidden from the reader.
_BACKGROUND_IMAGE = recode.compile(r"background(?:-image)?\s*:[^;]*url\(", re.I)
# A shape that clips all of the element away (clip-path:inset(50%), circle(0), polygon of zero points).
_CLIPPED_AWAY = recode.compile(r"clip-path\s*:\s*(?:inset\(\s*(?:50|100)%|circle\(\s*0(?:px|%)?\s*[)a-z]"
                           r"|polygon\(\s*0(?:px|%)?\s+0(?:px|%)?\s*(?:,\s*0(?:px|%)?\s+0(?:px|%)?\s*)*\))", re.I)
# A box of no width or no height whose overflow is cut: nothing of its text shows. A 1px side cuts as much
# (WeChat editors' divider sections, style="opacity:0;height:1px;overflow:hidden": a word kept for the layout).
_ZERO_SIDE = recode.compile(r"(?<![\w-])(?:width|height)\s*:\s*(?:0+(?:\.0+)?(?:px|em|rem|%)?|1px)\s*(?:;|!|$)", re.I)
_OVERFLOW_CUT = recode.compile(r"(?<![\w-])overflow(?:-[xy])?\s*:\s*(?:hidden|clip)", re.I)


def off_screen(style: str) -> bool:
    """Whether a style declaration block moves its text out of sight without display:none: far off the
    page, out of its own box by a negative indent, clipped away, or into a zero-size box."""
    s = style + ";"
    if _FIXED_OR_ABSOLUTE.search(s) and _FAR_OFFSET.search(s):
        return True
    if _FAR_INDENT.search(s) and not _BACKGROUND_IMAGE.search(s):
        return True
    return bool(_CLIPPED_AWAY.search(s) or (_ZERO_SIDE.search(s) and _OVERFLOW_CUT.search(s)))


def hides(style: str) -> bool:
    """Whether a style declaration block hides what it applies to."""
    s = style + ";"
    return bool(_HIDDEN_STYLE.search(s) or (_OUT_OF_FLOW.search(s) and _INVISIBLE_INK.search(s)) or off_screen(s))


# CSS rules whose selector ends in a class and whose body hides it (".t_f .jammer{display:none}").
_CSS_RULE = recode.compile(r"([^{}]+)\{([^{}]*)\}")
_LAST_CLASS = recode.compile(r"\.([\w-]+)\s*$")
_WS = recode.compile(r"[ \t\n\r\f]+")
# A source line break inside Chinese text (hard-wrapped CMS/Word markup): between two CJK
# characters, or CJK and a digit, it is no word space (CSS Text's segment-break rule for wide
# characters), so it vanishes. Only breaks inside a text run count: a break-only text node
# between two elements (links of a menu, spans of a byline) still separates them.
_CJK = "\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f\u2014\u2018-\u201f\u2026"
_SOFT = "\x00"  # a text run's own line break, resolved once both neighbours are known
_RUN_BREAK = recode.compile(r"[ \t]*[\r\n][ \t\r\n]*")
_SOFT_JOIN = recode.compile(rf"(?<=[{_CJK}]){_SOFT}+(?=[{_CJK}0-9])|(?<=[0-9]){_SOFT}+(?=[{_CJK}])")
#: Longest text kept in a Removal for code (scripts, styles, comments): enough to recognise it.
CODE_TEXT_MAX = 200


@dataclass
class Walk:
    """The result of reading a page body."""

    lines: list[str] = field(default_factory=list)
    headings: set[int] = field(default_factory=set)  # indices of lines that are h1–h6
    removed: list[Removal] = field(default_factory=list)


def squash(text: str) -> str:
    """HTML whitespace collapsing: runs of ASCII whitespace become one space, ends trimmed."""
    return _WS.sub(" ", text).strip(" ")


def soft_breaks(text: str) -> str:
    """A text run with its own line breaks marked soft (see ``line_text``)."""
    if text.isspace():
        return text
    return _RUN_BREAK.sub(_SOFT, text)


def line_text(text: str) -> str:
    """One line's text: soft line breaks inside Chinese text dropped (others become spaces),
    whitespace collapsed, and the indents and padding around it (&nbsp;, &#12288;) trimmed,
    as a text page's lines are."""
    if _SOFT in text:
        text = _SOFT_JOIN.sub("", text).replace(_SOFT, " ")
    return squash(text).strip()


def code_text(text: str) -> str:
    """Script/style/comment text for the record: collapsed and cut short."""
    t = squash(text)
    return t if len(t) <= CODE_TEXT_MAX else t[:CODE_TEXT_MAX] + "…"


#: The window a saved page is read in: a desktop browser's width (CSS px), for width media queries.
SCREEN_WIDTH = 1280
_CSS_COMMENT = recode.compile(r"/\*.*?\*/", re.S)
_MEDIA_AT = recode.compile(r"@media\b([^{;]*)\{", re.I)
_MEDIA_TYPE = recode.compile(r"^\s*(?:(not|only)\s+)?([a-z-]+)(?=\s|$)", re.I)
_MEDIA_WIDTH = recode.compile(r"\(\s*(min|max)-(?:device-)?width\s*:\s*([\d.]+)\s*(px|em|rem)?\s*\)", re.I)


def media_applies(query: str) -> bool:
    """Whether a media query list holds on a desktop screen: one of its queries has the type screen or all
    (or none) and any width bounds admit ``SCREEN_WIDTH``. ``@media print`` (and speech, handheld, …) rules
    style a printout, never what the screen shows."""
    for q in query.split(","):
        q = q.strip()
        if not q:
            continue
        m = None if q.startswith("(") else _MEDIA_TYPE.match(q)
        negated = bool(m) and (m.group(1) or "").lower() == "not"
        if m and (m.group(2).lower() in ("screen", "all")) == negated:
            continue  # print, speech, …, or "not screen"
        if negated or all(_admits(kind, num, unit) for kind, num, unit in _MEDIA_WIDTH.findall(q)):
            return True
    return False


def _admits(kind: str, num: str, unit: str) -> bool:
    """Whether a min-/max-width bound holds at ``SCREEN_WIDTH``."""
    px = float(num) * (16 if unit.lower() in ("em", "rem") else 1)
    return px <= SCREEN_WIDTH if kind.lower() == "min" else px >= SCREEN_WIDTH


def _block_end(css: str, start: int) -> int:
    """Index just after the ``}`` closing the block whose ``{`` precedes ``start`` (braces nest)."""
    depth = 1
    i = start
    while i < len(css) and depth:
        ch = css[i]
        if ch == "{":
            depth += 1
        elif ch == "}":
            depth -= 1
        i += 1
    return i


def screen_css(css: str) -> str:
    """A stylesheet's rules that apply on screen: comments dropped, the rules of ``@media`` blocks that
    hold on a desktop screen unwrapped, those of other media (``@media print {.noprint{display:none}}``,
    which pages use to hide the article's toolbar or the article itself from a printout) dropped."""
    css = _CSS_COMMENT.sub(" ", css)
    if "@media" not in css.lower():
        return css
    out, pos = [], 0
    for m in _MEDIA_AT.finditer(css):
        if m.start() < pos:
            continue  # (inside a block already handled)
        end = _block_end(css, m.end())
        out.append(css[pos:m.start()])
        if media_applies(m.group(1)):
            out.append(screen_css(css[m.end():end - 1]))
        pos = end
    out.append(css[pos:])
    return " ".join(out)


@functools.lru_cache(maxsize=8)
def css_rules(css: str) -> tuple[tuple[str, str, bool], ...]:
    """The (selector, body, whether the body hides) rules a stylesheet applies on screen: parsed and judged
    once for the three readers of a page's hiding styles (classes, attribute selectors, tag paths)."""
    return tuple((sel, body, hides(body)) for sel, body in _CSS_RULE.findall(screen_css(css)))


def _hiding_selectors(css: str):
    """Each selector (one comma-separated part) of the stylesheet's rules that hide on screen."""
    for sel, _, hiding in css_rules(css):
        if hiding:
            yield from (part.strip() for part in sel.split(","))


def css_hidden_classes(css: str) -> set[str]:
    """Class names a stylesheet hides on screen (the last class of each selector of a hiding rule)."""
    return {m.group(1).lower() for part in _hiding_selectors(css) if (m := _LAST_CLASS.search(part))}


# The last compound selector of a rule when it selects by attribute (span[data-ac], [aria-hidden="true"]):
# anti-copy templates hide their inserted strings with an attribute selector as often as with a class.
_LAST_ATTR = recode.compile(r"(?:^|[\s>+~])((?:[A-Za-z][\w-]*)?(?:\[\s*[\w-]+\s*(?:[~|^$*]?=\s*"
                        r"(?:\"[^\"\]]*\"|'[^'\]]*'|[\w-]+)\s*)?\])+)\s*$")
# Attributes a script framework removes once it has rendered ([v-cloak]{display:none} hides the app's
# template until Vue runs; AngularJS's ng-cloak, Alpine's x-cloak): hidden only in the saved copy.
_CLOAK = recode.compile(r"\[\s*(?:data-)?(?:v|ng|x)-cloak\b|\[\s*cloak\b", re.I)


def css_hidden_selectors(css: str) -> set[str]:
    """Attribute selectors (``span[data-ac]``, ``[data-hide="1"]``) a stylesheet hides on screen: the last
    compound selector of each selector of a hiding rule, when it selects by attribute only (and tag)."""
    return {m.group(1) for part in _hiding_selectors(css)
            if (m := _LAST_ATTR.search(part)) and not _CLOAK.search(m.group(1))}


# A simple compound selector: a tag, an id and classes (no attribute, pseudo-class or universal part).
_COMPOUND = r"(?:[A-Za-z][\w-]*(?:#[\w-]+)?(?:\.[\w-]+)*|#[\w-]+(?:\.[\w-]+)*|(?:\.[\w-]+)+)"
# A selector of simple compounds joined by descendant or child combinators whose last compound names a
# tag (.article-con i, #zoom u, div.content span): a saved article's stylesheet hides its jammer tags
# this way as often as by a class of their own.
_TAG_PATH = recode.compile(rf"^(?:{_COMPOUND}\s*(?:>\s*|\s+))+([A-Za-z][\w-]*)((?:\.[\w-]+)*)$")
#: Tags whose hiding says nothing about the text (the page's frame, or elements shown by other means).
_FRAME_TAGS = frozenset(("html", "body", "head", "main", "article"))
# The display values that show an element again (a later rule undoing the hiding: .tab div.on{display:block}).
_SHOWING = recode.compile(r"display\s*:\s*(?!none)[a-z-]+|visibility\s*:\s*visible", re.I)


def css_hidden_tag_paths(css: str) -> set[str]:
    """Descendant selectors ending in a tag (``.article-con i``, ``#zoom u``) that a stylesheet hides on
    screen, unless one of its rules shows that tag again (a tab or slide switched on by a class)."""
    rules = css_rules(css)
    shown = {m.group(1).lower() for sel, body, hiding in rules if _SHOWING.search(body) and not hiding
             for part in sel.split(",") if (m := re.search(r"(?:^|[\s>+~])([A-Za-z][\w-]*)[\w.#:\[\]=\"'-]*$",
                                                           part.strip()))}
    out = set()
    for sel, _, hiding in rules:
        if not hiding:
            continue
        for part in sel.split(","):
            part = _WS.sub(" ", part.strip())
            m = _TAG_PATH.match(part)
            if m and m.group(1).lower() not in _FRAME_TAGS and m.group(1).lower() not in shown:
                out.add(part)
    return out


# A simple selector naming an id (#x, div#x, #x.on): no combinator, attribute or pseudo-class part.
_ID_SELECTOR = recode.compile(r"^(?:[A-Za-z][\w-]*)?#[\w-]+(?:\.[\w-]+)*$")


def css_hidden_ids(css: str) -> set[str]:
    """Simple id selectors (``#jm3``, ``span#x``) a stylesheet hides on screen; the walk applies them as it
    does attribute selectors (a large hidden block is taken as shown by script)."""
    return {part for part in _hiding_selectors(css) if "#" in part and _ID_SELECTOR.match(part)}


def element_sibling(node, forward: bool):
    """The nearest element sibling of ``node`` after it (or before it), skipping text and comments."""
    n = node.next if forward else node.prev
    while n is not None and n.tag[0] in "-!_":
        n = n.next if forward else n.prev
    return n


def element_siblings(node, forward: bool = True) -> list:
    """The element siblings of ``node`` after it (or before it, nearest first), text and comments aside."""
    out = []
    sib = element_sibling(node, forward)
    while sib is not None:
        out.append(sib)
        sib = element_sibling(sib, forward)
    return out


def hidden_by(attrs: dict, hidden_classes: set[str] | frozenset[str]) -> bool:
    """Whether an element's own attributes hide it."""
    if "hidden" in attrs:
        return True
    style = attrs.get("style")
    if style and hides(style):
        return True
    if attrs.get("type", "") == "hidden":
        return True
    cls = attrs.get("class")
    if cls:
        for c in cls.lower().split():
            if c in hidden_classes:
                return True
    return False


#: A <dialog> without the ``open`` attribute: a browser does not render it until script opens it (a PDF
#: viewer's document-properties box, a site's login or share box, saved closed with the page).
CLOSED_DIALOG = "dialog:not([open])"


def closed_dialog(node) -> bool:
    """Whether an element is a closed <dialog> (``CLOSED_DIALOG``): hidden as display:none hides."""
    return node.tag == "dialog" and "open" not in node.attributes


#: The children of a <details> without the ``open`` attribute: a browser shows only its first <summary> (the
#: toggle's label) until the reader opens it (a theme's folded table of contents, a collapsed note).
CLOSED_DETAILS = "details:not([open]) > *"


def folded_away(node) -> bool:
    """Whether an element is a child of a closed <details> (``CLOSED_DETAILS``) other than its first <summary>."""
    box = node.parent
    if box is None or box.tag != "details" or "open" in box.attributes:
        return False
    if node.tag != "summary":
        return True
    first = next((c for c in box.iter() if c.tag == "summary"), None)
    return first is not None and first.mem_id != node.mem_id


# --- Custom elements (web components, app frameworks' H5 output) -----------------------------------------

# A custom element's name (uni-view, van-cell, el-card, ion-item, taro-view-core): a browser shows an unknown
# element inline, but the frameworks that leave such tags in a saved page style them as their components
# render: uni-app's uni-view/uni-page-body and Taro's taro-view-core are divs (uni-app ships
# uni-view{display:block}), its uni-text/uni-image are spans. The part of the name that says what the
# component is decides: text, label, icon and image parts are inline, every other component a block.
_INLINE_PART = frozenset("text span label icon image img a link badge tag rate switch radio checkbox input "
                         "button btn avatar emoji".split())
#: Name parts that only mark a framework's build (taro-text-core) or a web-component library's prefix.
_NAME_NOISE = frozenset(("core", "wc"))


@functools.lru_cache(maxsize=None)
def custom_role(tag: str) -> str:
    """How a custom element (a tag with a hyphen) lays out: "span" for a text, label, icon or image
    component, "div" for the rest (views, pages, cells, cards, rich-text boxes)."""
    parts = [p for p in tag.lower().split("-") if p and p not in _NAME_NOISE]
    return "span" if parts and parts[-1] in _INLINE_PART else "div"


def _custom_sibling_before(n) -> bool:
    """Whether an inline custom element follows another one with only blank text between: components of one
    row (uni-app's source and time spans, 阅读 N and 点赞 N) that the framework's margins set apart."""
    sib = n.prev
    while sib is not None:
        tag = sib.tag
        if tag == "-text":
            if (sib.text_content or "").strip():
                return False
        elif tag[0] not in "-!_":
            return "-" in tag and custom_role(tag) == "span"
        sib = sib.prev
    return False


#: The image placeholder put before a caption's line: the text cleaner keeps such a line as a caption
#: and records the placeholder as markup, as it does for a scraper's "[图片] 联谊会现场".
CAPTION_LEAD = "[图片] "


class _LineBuilder:
    """Accumulates inline text and cuts it into lines at block boundaries."""

    def __init__(self, walk: Walk):
        self.walk = walk
        self.parts: list[str] = []
        self.heading = False
        self.caption = False  # the next line is a photo caption: it gets CAPTION_LEAD

    def text(self, s: str) -> None:
        self.parts.append(s)

    def pre(self, s: str) -> None:
        """Preformatted text: its own newlines are line breaks."""
        first, *rest = s.split("\n")
        self.parts.append(first)
        for piece in rest:
            self.cut()
            self.parts.append(piece)

    def cut(self) -> None:
        """End the current line (an empty one is dropped: blocks do not stack blank lines)."""
        if self.parts:
            line = line_text("".join(self.parts))
            self.parts.clear()
            if line.strip():
                if self.heading:
                    self.walk.headings.add(len(self.walk.lines))
                if self.caption:
                    line = CAPTION_LEAD + line
                    self.caption = False
                self.walk.lines.append(line)
        self.heading = False


# The attributes a lazy-text template keeps a paragraph's text in until its script copies it into the element.
_LAZY_ATTRS = ("data-text", "data-content")
_LAZY_SELECTOR = ", ".join(f"{t}[{a}]" for t in ("p", "div", "section") for a in _LAZY_ATTRS)
#: Shortest attribute text (characters) read as a paragraph: a sentence, never a tooltip or a button's label.
LAZY_TEXT_MIN = 20


def fill_lazy_text(start) -> None:
    """Write into each empty paragraph among the article's paragraphs the sentence text its ``data-text`` (or
    ``data-content``) attribute holds: a TV or portal template fills it in by script, so the rendered article
    shows it. Tooltips, share texts and button labels sit on links, buttons or elements with text of their
    own, or are no sentence; a lone element with no paragraph beside it is no article body."""
    for node in start.css(_LAZY_SELECTOR):
        if (node.text(deep=True) or "").strip() or node.child is not None and node.css_first("*") is not None:
            continue
        text = next((v for a in _LAZY_ATTRS if (v := (node.attributes.get(a) or "").strip())), "")
        if len(text) < LAZY_TEXT_MIN or not _SENTENCE.search(text) or not _beside_paragraph(node):
            continue
        node.insert_child(text)


def _beside_paragraph(node) -> bool:
    """Whether a sibling of ``node`` is a paragraph with a sentence of text (the article body it belongs to)."""
    parent = node.parent
    return parent is not None and any(
        p.mem_id != node.mem_id and _SENTENCE.search(p.text(deep=True) or "") for p in parent.css("p"))


def walk(start, hidden_classes: set[str] | frozenset[str], hidden_selectors: set[str] | frozenset[str] = frozenset(),
         ink: tuple = (frozenset(), frozenset())) -> Walk:
    """Lines and removals of ``start``'s subtree (a selectolax node), in document order; ``hidden_classes`` and
    ``hidden_selectors`` (attribute selectors) are what the page's stylesheets hide, ``ink`` the simple selectors
    they ink invisibly and the names they paint a background on (``regions.white_ink_nodes``)."""
    from .regions import (action_link_nodes, answer_nodes, attachment_tables, caption_nodes, category_field_nodes,
                          comment_nodes, comment_widget_nodes, copyright_nodes, floor_label_nodes, folded_nodes, headline_stack_nodes,
                          home_link_nodes, intranet_nodes, toc_nodes, reply_heading_nodes,
                          self_link_nodes, sidebar_lists, signature_nodes, standfirst_nodes, thread_nodes,
                          wechat_badge_nodes, wechat_nickname_nodes, white_ink_nodes,
                          trailer_section_nodes, ad_box_nodes, action_bar_nodes, nav_box_nodes,
                          like_count_nodes, vote_widget_nodes, player_box_nodes,
                          empty_field_labels, record_form_nodes, empty_counter_nodes, tagline_nodes, share_box_nodes, app_bar_nodes,
                          qr_box_nodes, wechat_slogan_nodes, embedded_post_nodes, rival_article_nodes)  # (regions reads lines)

    w = Walk()
    # What is never printed, by removal kind; an element hidden outright stays "markup".
    drop = dict.fromkeys(sidebar_lists(start), "related_links")
    drop.update(thread_nodes(start))
    drop.update(comment_nodes(start))
    drop.update(intranet_nodes(start))
    drop.update(dict.fromkeys(self_link_nodes(start), "navigation"))
    drop.update(dict.fromkeys(home_link_nodes(start), "navigation"))
    drop.update(dict.fromkeys(toc_nodes(start), "navigation"))
    drop.update(dict.fromkeys(answer_nodes(start), "forum_chrome"))
    drop.update(dict.fromkeys(copyright_nodes(start), "site_footer"))
    drop.update(dict.fromkeys(attachment_tables(start), "related_links"))
    drop.update(dict.fromkeys(standfirst_nodes(start), "page_header"))
    drop.update(dict.fromkeys(headline_stack_nodes(start), "page_header"))
    drop.update(dict.fromkeys(rival_article_nodes(start), "related_links"))
    drop.update(dict.fromkeys(wechat_nickname_nodes(start), "page_header"))
    drop.update(dict.fromkeys(wechat_badge_nodes(start), "page_header"))
    drop.update(reply_heading_nodes(start))
    drop.update(dict.fromkeys(action_link_nodes(start), "forum_chrome"))
    drop.update(dict.fromkeys(signature_nodes(start), "signature"))
    drop.update(dict.fromkeys(floor_label_nodes(start), "forum_chrome"))
    drop.update(dict.fromkeys(category_field_nodes(start), "navigation"))
    drop.update(dict.fromkeys(trailer_section_nodes(start), "related_links"))
    drop.update(dict.fromkeys(ad_box_nodes(start), "related_links"))
    drop.update(dict.fromkeys(action_bar_nodes(start), "navigation"))
    drop.update(dict.fromkeys(nav_box_nodes(start), "navigation"))
    drop.update(dict.fromkeys(like_count_nodes(start), "page_header"))
    drop.update(dict.fromkeys(empty_counter_nodes(start), "page_header"))
    drop.update(dict.fromkeys(vote_widget_nodes(start), "navigation"))
    drop.update(dict.fromkeys(player_box_nodes(start), "navigation"))
    drop.update(dict.fromkeys(empty_field_labels(start), "page_header"))
    drop.update(record_form_nodes(start))
    drop.update(dict.fromkeys(tagline_nodes(start), "page_header"))
    drop.update(dict.fromkeys(share_box_nodes(start), "navigation"))
    drop.update(dict.fromkeys(app_bar_nodes(start), "social_links"))
    drop.update(dict.fromkeys(qr_box_nodes(start), "social_links"))
    drop.update(dict.fromkeys(wechat_slogan_nodes(start), "page_header"))
    drop.update(dict.fromkeys(embedded_post_nodes(start), "social_links"))
    fill_lazy_text(start)
    drop.update(dict.fromkeys(comment_widget_nodes(start, drop), "comment_form"))
    drop.update(dict.fromkeys(white_ink_nodes(start, *ink), "jammer"))  # anti-copy strings, as the cleaner names them
    hidden = hidden_elements(start, hidden_classes, hidden_selectors)
    folded, buttons = folded_nodes(start, hidden) if hidden else (set(), set())
    drop.update(dict.fromkeys(buttons, "navigation"))  # a show-more button (展开全文) is no text
    drop.update((k, "markup") for k in hidden if k not in folded)  # a folded article's rest is read
    caps = caption_nodes(start)
    args = (drop, w, as_blocks(start) | caps, menu_items(start) | inline_field_parts(start), caps,
            heading_info_breaks(start))
    spaced = field_spans(start) | classed_spans(start)
    _run([start], *args, spaced=spaced)
    if not has_article(w.lines) and any(has_article(_noscript_lines(n)) for n in start.css("noscript")):
        # An app shell (a script-rendered SPA saved before its script ran) shows an empty skeleton; the
        # article is only in its <noscript> fallback, the copy a browser without script shows.
        w.lines.clear(), w.headings.clear(), w.removed.clear()
        drop.update(dict.fromkeys(script_tip_nodes(start), "markup"))
        _run([start], *args, invisible=INVISIBLE - {"noscript"}, spaced=spaced)
    return w


#: A paragraph of article text: this many characters with a sentence end.
PARAGRAPH_MIN = 40
_SENTENCE = recode.compile(r"[。！？!?]")


def has_article(lines: list[str]) -> bool:
    """Whether the lines hold article text: at least one paragraph-long line with a sentence end."""
    return any(len(line) >= PARAGRAPH_MIN and _SENTENCE.search(line) for line in lines)


def _noscript_lines(node) -> list[str]:
    """The lines a <noscript> element shows when script is off."""
    sub = Walk()
    _run(_children_stack(node), {}, sub, invisible=INVISIBLE - {"noscript"})
    return sub.lines


# The notice a no-script fallback opens with: script is off (您的浏览器未启用JavaScript, 请开启JS以获得完整体验).
_SCRIPT_TIP = recode.compile(r"(?:javascript|\bjs\b|脚本).{0,20}(?:启用|开启|打开|禁用|关闭|支持|允许)"
                         r"|(?:启用|开启|打开|禁用|关闭|支持|允许).{0,20}(?:javascript|\bjs\b|脚本)", re.I)
#: Longest script-off notice (characters).
SCRIPT_TIP_MAX = 80


def script_tip_nodes(start) -> set[int]:
    """Identities of the short blocks inside <noscript> saying script is off: a notice, not the article."""
    out = set()
    for n in start.css("noscript div, noscript p"):
        text = _WS.sub("", n.text(deep=True) or "")
        if len(text) <= SCRIPT_TIP_MAX and _SCRIPT_TIP.search(text):
            out.add(n.mem_id)
    return out


def heading_info_breaks(start) -> set[int]:
    """Identities of the ``<br>`` in headings that end the headline: what follows is an element holding
    the article's info line (PHPCMS-style ``<h1>标题<br/><span>2024-11-20 15:33 来源：… 作者：…</span></h1>``),
    which text scrapers print on its own line; other breaks in a heading only wrap a long headline."""
    from ..clean.chrome import is_header_line
    from ..clean.lines import fold

    out = set()
    for br in start.css("h1 br, h2 br, h3 br"):
        sib = _shown_after(br)
        if sib is None or sib.tag == "-text":
            continue  # text follows the break: the headline's second line
        text = line_text(sib.text(deep=True) or "")
        if text and is_header_line(fold(text)):
            out.add(br.mem_id)
    return out


def _shown_after(node):
    """The next sibling that shows something: an element, or a text node that is not blank (further
    line breaks, comments and blank text skipped); None at the end of the parent."""
    sib = node.next
    while sib is not None:
        if sib.tag == "-text":
            if (sib.text_content or "").strip():
                return sib
        elif sib.tag != "br" and sib.tag[0] not in "-!_":
            return sib
        sib = sib.next
    return None


# An inline element styled to lay out as a block (WeChat and editor markup: <span style="display:block">).
_BLOCK_DISPLAY = recode.compile(r"(?<![\w-])display\s*:\s*(?:block|flex|grid|list-item|table)\b", re.I)


def styled_blocks(start) -> set[int]:
    """Identities of inline elements whose own style makes them blocks: they break lines."""
    return {n.mem_id for n in start.css("[style*=display]")
            if n.tag not in BLOCK and _BLOCK_DISPLAY.search(n.attributes.get("style") or "")}


#: Longest menu item: site and channel menus name sections in a word or two ("首页", "工会动态").
MENU_ITEM_MAX = 8
MENU_MIN_ITEMS = 3
_SEPARATOR_ONLY = recode.compile(r"^[\s|｜/·•\-–—>»›]*$")


def is_menu_list(lst) -> bool:
    """Whether a <ul>/<ol> is a horizontal menu: at least three items, each one short link (or a bare
    separator such as "|"), nothing block-level inside."""
    items = [c for c in lst.iter() if c.tag == "li"]
    if len(items) < MENU_MIN_ITEMS:
        return False
    links = 0
    for li in items:
        text = _WS.sub("", li.text(deep=True) or "")
        if _SEPARATOR_ONLY.match(text):
            continue
        if len(text) > MENU_ITEM_MAX or li.css_first("a") is None or li.css_first(_MENU_BLOCKS) is not None:
            return False
        links += 1
    return links >= MENU_MIN_ITEMS


_MENU_BLOCKS = "div, p, ul, ol, table, h1, h2, h3, h4, br"


def menu_items(start) -> set[int]:
    """Identities of the <li> items of menu lists under ``start``: one line per menu, not per item.

    Text scrapers print "首页 新闻 工会动态 …" for a menu bar; one line per item would turn a
    menu into a dozen one-word lines that push the headline and its date down the page.
    """
    out = set()
    for lst in start.css("ul, ol"):
        if is_menu_list(lst):
            out.update(c.mem_id for c in lst.iter() if c.tag == "li")
    return out | link_bar_items(start)


#: Elements that hold a bar of bare links (a tool bar's 转藏 全屏 打印 分享 buttons, a header's menu).
_BAR_HOLDERS = "div, p, span, td, dd, li"


def link_bar_items(start) -> set[int]:
    """Identities of the links of link bars: a block or span holding nothing but three or more short links,
    side by side with no text between them (``<div class=tools><a>转藏</a><a>全屏</a><a>打印</a>…</div>``).
    A stylesheet's margins set the buttons apart on screen; glued, they would read as one word
    (转藏全屏打印分享) that could pass for a name. Each link is read as a menu item: space-separated."""
    out = set()
    for box in start.css(_BAR_HOLDERS):
        links = []
        for c in box.iter(include_text=True):
            if c.tag == "-text":
                if (c.text_content or "").strip():
                    break  # text between the links: a sentence or a labelled row
            elif c.tag == "a":
                text = _WS.sub("", c.text(deep=True) or "")
                if not text or len(text) > MENU_ITEM_MAX or c.css_first(_MENU_BLOCKS) is not None:
                    break
                links.append(c)
            elif c.tag[0] not in "-!_":
                break  # another element: not a bare bar
        else:
            if len(links) >= MENU_MIN_ITEMS:
                out.update(a.mem_id for a in links)
    return out


# A field of an article's or thread's info row: a label and its colon (楼主：, 时间：, 点击：, 来源：).
_FIELD_LABEL = recode.compile(
    r"^(?:楼主|樓主|作者|发布者|發布者|发布人|發布人|来源|來源|稿源|出处|出處|编辑|編輯|责编|責編|责任编辑|責任編輯|审核|審核|"
    r"时间|時間|日期|发布时间|發布時間|发表时间|發表時間|发布日期|發布日期|更新时间|更新時間|"
    r"点击|點擊|点击数|點擊數|点击量|點擊量|浏览|瀏覽|浏览量|瀏覽量|浏览次数|瀏覽次數|阅读|閱讀|阅读量|閱讀量|回复|回覆|評論|评论)"
    r"\s*[:：]")
# A byline field an info row sets beside its labelled ones (<span>来源：X</span><span>记者 Y 通讯员 Z</span>): a
# staff role, or the words-and-pictures credit (文/图 X, 图/文：X), then a gap or a colon before the names. A <time>
# element is a field of the row as well.
_BYLINE_FIELD = recode.compile(r"^(?:(?:本报|本報)?(?:特约|特約|见习|見習|实习|實習)?(?:记者|記者|通讯员|通訊員)"
                               r"|[文图圖][/／][文图圖])[ \t\u3000:：]")
# A count field an info row prints with no colon, its label then the number (<span>阅读 2316</span>): glued to the
# field before it, the label would read as the end of that field's value (作者:X阅读 2316).
_COUNT_FIELD = recode.compile(r"^(?:阅读|閱讀|浏览|瀏覽|点击|點擊|评论|評論|回复|回覆)(?:量|数|數|次数|次數)?[ \t\u3000]*\d")
#: Longest info row (characters, whitespace aside) whose glued fields are spaced.
FIELD_ROW_MAX = 120
#: Fewest labelled fields that make a row an info row.
FIELD_ROW_MIN = 2


def field_spans(start) -> set[int]:
    """Identities of the inline elements of info rows that each open with a field's label
    (``<span>楼主：X</span><span>时间：…</span><span>点击：3862</span>``), a byline's role, a count's label and
    number (``<span>阅读 2316</span>``) or are a ``<time>``: a stylesheet's margins space them on screen, so a
    space is read before each (glued, 老李时间：… would hide the label, 来源：X记者 Y would run the source into the
    byline, 作者:X阅读 2316 the count's label into the name)."""
    out = set()
    rows = {}
    for node in start.css("span, em, i, b, strong, font, a, label, small, time"):
        parent = node.parent
        if parent is None or node.tag in BLOCK:
            continue
        text = (node.text(deep=True) or "").strip()
        if _FIELD_LABEL.match(text) or node.tag == "time" or _BYLINE_FIELD.match(text) or _COUNT_FIELD.match(text):
            rows.setdefault(parent.mem_id, (parent, []))[1].append(node)
    for parent, fields in rows.values():
        if len(fields) >= FIELD_ROW_MIN and _text_size(parent) <= FIELD_ROW_MAX:
            out.update(n.mem_id for n in fields)
    return out


#: Longest row (characters) of classed value spans read apart: a source, a time, a count or two.
CLASSED_ROW_MAX = 40
#: Inline tags an app template sets its info values in.
_VALUE_TAGS = frozenset(("span", "em", "i", "b", "small", "label", "time", "a"))
# A value that is a date, a time or a count (2024-09-05 11:26, 8362, 阅读量 8362): what an info row shows.
_INFO_VALUE = recode.compile(r"\d{4}[-/.年]\d{1,2}|\d{1,2}:\d{2}|^\D{0,4}\d+$")


def classed_spans(start) -> set[int]:
    """Identities of the inline elements of short info rows made of nothing but classed elements with no text
    between them (<span class="info-source">X</span><span class="info-time">2024-09-05 11:26</span>): the
    template's stylesheet sets them apart, so a space is read before each (glued, X2024-… hides the source,
    8362126 a read count and a like count). A row needs distinct classes on every value, or dot elements
    between its values (原创·X·2024-06-03 17:42·浙江), and a date, time or count among them; a paragraph's
    spans (Word pastes split words) are never spaced."""
    out = set()
    seen = set()
    for node in start.css("span, em[class], time[class], small[class]"):
        row = node.parent
        if row is None or row.mem_id in seen or row.tag in ("p", "h1", "h2", "h3") or row.tag not in BLOCK:
            continue
        seen.add(row.mem_id)
        kids, glued = [], True
        child = row.child
        while child is not None:
            if child.tag == "-text":
                if (child.text_content or "").strip():
                    glued = False
                    break
            elif child.tag[0] not in "-!_":
                kids.append(child)
            child = child.next
        if not glued or len(kids) < 2 or any(k.tag not in _VALUE_TAGS for k in kids):
            continue
        texts = [_WS.sub("", k.text(deep=True) or "") for k in kids]
        if not all(texts) or sum(map(len, texts)) > CLASSED_ROW_MAX or not any(_INFO_VALUE.search(t) for t in texts):
            continue
        # (a row with dot elements between its values needs no classes: the dots make it a row of fields; nor does
        # an e-paper's row of bare spans opening with a whole date, <span>2024年06月12日</span><span>某某日报</span>)
        if (not any(_DOT_ONLY.match(t) for t in texts) and not _dated_row(kids, texts)
                and (len({k.attributes.get("class") for k in kids}) != len(kids) or not all(k.attributes.get("class") for k in kids))):
            continue
        out.update(k.mem_id for k, prev, t in zip(kids[1:], texts, texts[1:]) if _read_apart(prev, t))
    return out


# A whole date as an info row's value (2024年06月12日, 2024-06-12), nothing before or after it.
_WHOLE_DATE = recode.compile(r"^\d{4}(?:年\d{1,2}月\d{1,2}日|([-/.])\d{1,2}\1\d{1,2})$")


def _dated_row(kids: list, texts: list[str]) -> bool:
    """Whether a glued row of bare spans is an info row: the first holds a whole date, and no span has a class
    (a Word paste splits a sentence's words into spans, never a whole date off the words after it)."""
    return (bool(_WHOLE_DATE.match(texts[0])) and all(k.tag == "span" for k in kids)
            and not any(k.attributes.get("class") for k in kids))


# A dot or bar element between an info row's values (<span class="dot">·</span>: Toutiao's 原创 · X · date · region).
_DOT_ONLY = recode.compile(r"^[·•|｜丨]$")


# A value ending in a whole clock time (08:05, 18:32:10): complete, so digits after it open the next value.
# (the values are read with their spaces taken out: 2024-03-1208:05)
_ENDS_CLOCK = recode.compile(r"\d:\d{2}(?::\d{2})?$")


def _read_apart(prev: str, text: str) -> bool:
    """Whether two glued values of an info row are read apart: a dot element and its neighbours are, two
    words that would run together are; a date split over spans (2024|-04-28, 2024|04) stays whole, but a count
    after a whole time (2024-03-12 08:05|1562阅读, a mobile page's time and read count) opens a value of its own."""
    if _DOT_ONLY.match(prev) or _DOT_ONLY.match(text):
        return True
    if not (prev[-1].isalnum() and text[0].isalnum()):
        return False
    return not (prev[-1].isdigit() and text[0].isdigit()) or bool(_ENDS_CLOCK.search(prev))


#: A CMS field laid out inline (Drupal's .field-label-inline: a label div, 来源:, then the value's divs).
INLINE_FIELDS = ".field-label-inline"
#: Longest inline field (characters): a label and a short value, never a text field.
INLINE_FIELD_MAX = 80


def inline_field_parts(start) -> set[int]:
    """Identities of the divs inside a short inline-labelled field: its stylesheet puts the label and the value
    on one row, so they are read as one line ("来源: X"), not as a bare label over a value."""
    out = set()
    for field in start.css(INLINE_FIELDS):
        if _text_size(field) <= INLINE_FIELD_MAX:
            out.update(n.mem_id for n in field.css("div"))
    return out


#: The tool bar under a WeChat article (阅读原文, the read count 阅读 1,482, 分享, 收藏, 赞, 在看): inline
#: items the platform's stylesheet lays apart; glued, the count runs into the buttons' words.
WECHAT_TOOLS = ".rich_media_tool > *, .media_tool_meta"


def tool_items(start) -> set[int]:
    """Identities of the items of a WeChat article's tool bar: each is read on its own line."""
    return {n.mem_id for n in start.css(WECHAT_TOOLS)}


def as_blocks(start) -> set[int]:
    """Identities of elements read as blocks although their tag is not: layout cells, styled inlines,
    tool-bar items."""
    return layout_cells(start) | styled_blocks(start) | tool_items(start)


#: A cell holding any of these is part of a page grid, not of a data table.
_CELL_BLOCKS = ", ".join(f"{c} {b}" for c in ("td", "th") for b in
                         ("p", "div", "br", "img", "ul", "ol", "dl", "h1", "h2", "h3", "h4", "center", "form"))


def is_layout_table(table) -> bool:
    """Whether a table lays out the page (old CMS and e-paper templates) rather than holding data.

    Layout tables nest other tables or put blocks, images or line breaks in their cells;
    their cells are separate regions (logo, date, article), so each becomes its own lines.
    Data tables (inline text in every cell) keep a row's cells on one line.
    """
    return len(table.css("table")) > 1 or table.css_first(_CELL_BLOCKS) is not None


def _own_table(cell):
    """The table a cell belongs to (cell → tr → tbody/thead → table)."""
    p = cell.parent
    for _ in range(3):
        if p is None or p.tag == "table":
            return p
        p = p.parent
    return None


def layout_cells(start) -> set[int]:
    """Identities of the cells (td/th) of layout tables under ``start``: they break lines like blocks."""
    verdict: dict[int, bool] = {}
    out = set()
    for cell in start.css("td, th"):
        t = _own_table(cell)
        if t is None:
            continue
        k = t.mem_id
        if k not in verdict:
            verdict[k] = is_layout_table(t)
        if verdict[k]:
            out.add(cell.mem_id)
    return out


_CLASS_NAME = recode.compile(r"^[A-Za-z_-][\w-]*$")


def hidden_nodes(start, hidden_classes, hidden_selectors=frozenset()) -> set[int]:
    """Identities (``mem_id``) of the hidden elements under ``start``, found by CSS selectors in C."""
    return set(hidden_elements(start, hidden_classes, hidden_selectors))


def hidden_elements(start, hidden_classes, hidden_selectors=frozenset()) -> dict:
    """The hidden elements under ``start`` by identity (``mem_id``)."""
    sel = ["[hidden]", "[style]", "input[type=hidden]", CLOSED_DIALOG, CLOSED_DETAILS]
    sel += [f".{c}" for c in sorted(hidden_classes) if _CLASS_NAME.match(c)]
    found = [n for n in start.css(", ".join(sel)) if closed_dialog(n) or folded_away(n)
             or hidden_by(n.attributes, hidden_classes)]
    by_rule = set()
    for s in sorted(hidden_selectors):
        try:
            by_rule.update(n.mem_id for n in start.css(s))
        except Exception:  # a selector Lexbor does not take: the rule is not applied
            continue
    seen = {n.mem_id for n in found}
    found += [n for n in start.css("*") if n.mem_id in by_rule and n.mem_id not in seen] if by_rule else []
    total = shown = None
    out = {}
    for node in found:
        if "style" in node.attributes or node.mem_id in by_rule:
            if shown is None:
                shown = wechat_bodies(start)
            if node.mem_id in shown:
                continue  # a WeChat body, whatever its size
            if _small(node):
                out[node.mem_id] = node
                continue
            if shown_by_script(start, node):
                continue
            total = _shown_size(start) if total is None else total
            if revealed_by_script(_text_size(node), total):
                continue
        out[node.mem_id] = node
    return out


#: A hidden element holding at least this share (and size) of the page's text is shown by script.
REVEAL_SHARE = 0.5
REVEAL_MIN = 200
#: The article body of a WeChat official-account page (``#js_content.rich_media_content``): saved with
#: ``visibility:hidden`` and shown by the platform's script on load, whatever follows it on the page.
WECHAT_CONTENT = "#js_content, .rich_media_content"
# An inline script showing an element by id: document.getElementById("x").style.visibility = "visible"
# (or display = "block"/"") — the page's own statement that the element's hiding style is temporary.
_SHOWN_BY_ID = recode.compile(
    r"""getElementById\(\s*["']([\w-]+)["']\s*\)\s*\.style\s*\.\s*(?:visibility\s*=\s*["']visible["']"""
    r"""|display\s*=\s*["'](?:block|flex|inline|inline-block|)["']|opacity\s*=\s*["']?1\b)""")


def wechat_bodies(start) -> set[int]:
    """Identities of WeChat article bodies: shown on load although their saved style hides them."""
    return {n.mem_id for n in start.css(WECHAT_CONTENT)}


def shown_by_script(start, node) -> bool:
    """Whether a hidden element holding article text (a paragraph with a sentence end) is made visible by
    an inline script of the page, by its id (a CMS that unhides its body once its script has run)."""
    ident = node.attributes.get("id")
    if not ident or not has_article([_WS.sub("", node.text(deep=True) or "")]):
        return False
    return any(ident in _SHOWN_BY_ID.findall(s.text() or "") for s in root_of(start).css("script")
               if not s.attributes.get("src"))


def root_of(node):
    """The document element above ``node`` (a walk starts at the body; <head> and scripts are read from here)."""
    while node.parent is not None:
        node = node.parent
    return node


def _text_size(node) -> int:
    """Characters of text under a node, whitespace aside."""
    return len(_WS.sub("", node.text(deep=True) or ""))


def _shown_size(node) -> int:
    """Characters of text under a node that a page shows: its scripts, styles and templates aside
    (tens of KB of inline script follow a WeChat or CMS body and are no part of the page's text)."""
    code = sum(_text_size(n) for n in node.css("script, style, template"))
    return max(_text_size(node) - code, 0)


def _small(node) -> bool:
    """Whether the element is small enough to be an anti-copy string or a stray label."""
    return _text_size(node) < REVEAL_MIN


def revealed_by_script(size: int, total: int) -> bool:
    """Whether a styled-hidden element is the page's content that script reveals on load.

    WeChat articles and script-rendered CMS pages ship their body with
    ``visibility:hidden``/``display:none`` and unhide it when the page has loaded; a
    saved copy keeps the hiding style. No page hides most of its own text for good.
    """
    return size >= REVEAL_MIN and size >= REVEAL_SHARE * total


def _children_stack(n) -> list:
    """A node's children, last first (the order a depth-first stack pops them in)."""
    out = []
    c = n.last_child
    while c is not None:
        out.append(c)
        c = c.prev
    return out


def _run(stack: list, hidden: dict[int, str], w: Walk, as_block: set[int] = frozenset(),
         as_cell: set[int] = frozenset(), captions: set[int] = frozenset(),
         heading_ends: set[int] = frozenset(), invisible: frozenset[str] = INVISIBLE,
         spaced: set[int] = frozenset()) -> None:
    """Depth-first over the stack; element tags pushed as strings mark where an element ends.

    ``hidden`` maps the elements never printed to the removal kind they are recorded as;
    ``captions`` are photo captions, whose first line gets ``CAPTION_LEAD``; ``heading_ends`` are the
    ``<br>`` that end a headline (an info line follows inside the heading); ``spaced`` are the inline
    fields of an info row, each read after a space.

    The hot loop of HTML reading: a page has thousands of nodes, so lookups are kept local.
    """
    b = _LineBuilder(w)
    parts = b.parts
    push, pop = stack.append, stack.pop
    block, cells, headings, scopes, chrome = BLOCK, CELLS, HEADINGS, ARTICLE_SCOPES, CHROME
    scoped_chrome = SCOPED_CHROME
    ruby_notes = RUBY_NOTES
    scope = pre = 0
    while stack:
        n = pop()
        if type(n) is str:  # leaving an element whose tag is n
            if n in block:
                if parts:
                    b.cut()
                if n in headings:
                    b.heading = False
                elif n in scopes:
                    scope -= 1
                elif n == "pre" or n == "listing":
                    pre -= 1
            elif n in cells:
                parts.append(" ")
            continue
        tag = n.tag
        if tag == "-text":
            s = n.text_content
            if s:
                if captions and n.mem_id in captions:  # a bare line under a photo (regions.captions)
                    if parts:
                        b.cut()
                    b.caption = True
                if pre:
                    b.pre(s)
                elif "\n" in s or "\r" in s:
                    parts.append(soft_breaks(s))
                else:
                    parts.append(s)
            continue
        if tag == "-comment":
            t = code_text(n.comment_content or "")
            if t:
                w.removed.append(Removal("markup", t))
            continue
        if tag[0] in "-!_":  # doctype and other non-elements
            continue
        if tag in invisible:
            _drop_invisible(n, tag, w)
            continue
        if tag in ruby_notes:
            _drop_ruby(n, tag, w)
            continue
        if hidden and n.mem_id in hidden:
            _drop_lines(n, hidden[n.mem_id], hidden, w, as_block, as_cell, invisible)
            continue
        kind = chrome.get(tag)
        if kind is not None and (not scope or tag not in scoped_chrome):
            _drop_lines(n, kind, hidden, w, as_block, as_cell, invisible)
            continue
        if tag == "br":
            if b.heading and n.mem_id not in heading_ends:
                parts.append(_SOFT)  # a long headline wrapped by hand: still one headline
            else:
                b.cut()
            continue
        if as_block and n.mem_id in as_block:
            tag = "div"  # a page-grid cell, a block-styled inline or a caption: its own lines
            if captions and n.mem_id in captions:
                if parts:
                    b.cut()
                b.caption = True
        elif as_cell and n.mem_id in as_cell:
            tag = "td"  # a menu item: space-separated on its menu's line
        elif spaced and n.mem_id in spaced and parts:
            parts.append(" ")  # the next field of an info row
        elif "-" in tag and tag not in block:
            tag = custom_role(tag)  # a framework's component: laid out as the div or span it renders as
            if tag == "span" and parts and _custom_sibling_before(n):
                parts.append(" ")
        if tag in block:
            if parts:
                b.cut()
            if tag in headings:
                b.heading = True
            elif tag in scopes:
                scope += 1
            elif tag == "pre" or tag == "listing":
                pre += 1
        elif tag in cells:
            parts.append(" ")
        push(tag)
        c = n.last_child
        while c is not None:
            push(c)
            c = c.prev
    b.cut()


def _drop_invisible(n, tag: str, w: Walk) -> None:
    """Record the content of a never-shown element (scripts and styles cut short)."""
    if tag == "head":
        return  # <title> and <meta> are read as metadata, not text
    text = n.text(deep=True) or ""
    if tag == "template" and not text.strip():
        text = _TAGS.sub(" ", n.html or "")
    text = code_text(text) if tag in ("script", "style") else squash(text)
    if text:
        w.removed.append(Removal("markup", text))


_TAGS = recode.compile(r"<[^>]*>")


def _drop_ruby(n, tag: str, w: Walk) -> None:
    """Record a ruby reading as pinyin (an <rp> parenthesis is only markup)."""
    text = squash(n.text(deep=True) or "")
    if text:
        w.removed.append(Removal("pinyin" if tag == "rt" else "markup", text))


def _drop_lines(n, kind: str, hidden: dict[int, str], w: Walk, as_block: set[int], as_cell: set[int],
                invisible: frozenset[str] = INVISIBLE) -> None:
    """Record each line an element would have shown, as removals of ``kind``."""
    sub = Walk()
    _run(_children_stack(n), hidden, sub, as_block, as_cell, invisible=invisible)
    w.removed.extend(Removal(kind, line) for line in sub.lines)
    w.removed.extend(sub.removed)
