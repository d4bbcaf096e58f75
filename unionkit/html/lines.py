"""Markup to lines: the visible text of a page, one line per block element.

A page becomes what a careful scraper would see: inline text joined, a new
line at every block element and ``<br>``, table cells of a row on one line.
What the markup says nobody sees — scripts, styles, ``<noscript>``,
templates, comments, elements hidden by ``hidden``/``display:none``/a class
a stylesheet hides (forum anti-copy jammers such as Discuz's
``<font class="jammer">``) — and the page chrome HTML5 marks as such
(``<nav>``, ``<aside>``, a page ``<footer>``) never becomes a line; each is
recorded as a Removal so nothing disappears unaccounted.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

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
INVISIBLE = frozenset("script style noscript template iframe object embed applet canvas svg math head "
                      "select datalist textarea button audio video map param source track".split())
#: Ruby annotations: <rt> readings (pinyin over Han characters) and <rp> fallback parentheses.
#: A reading printed inline would break the sentence ("工gōng会"), so it is recorded, not kept.
RUBY_NOTES = frozenset(("rt", "rp"))
#: Page chrome by HTML5 semantics, and the removal kind each one is.
CHROME = {"nav": "navigation", "aside": "related_links", "footer": "site_footer"}
#: Containers inside which a <footer>/<aside> belongs to the article (its own footer), not the site.
ARTICLE_SCOPES = frozenset(("article", "main"))
#: Class names that mean "hidden" on common sites and CSS frameworks, even without their stylesheet.
HIDDEN_CLASSES = frozenset(("jammer", "hidden", "hide", "d-none", "display-none", "invisible", "sr-only",
                            "visually-hidden", "visuallyhidden", "screen-reader-text"))

# Styles that hide an element: display:none, visibility:hidden, a zero font size.
_HIDDEN_STYLE = re.compile(
    r"display\s*:\s*none|visibility\s*:\s*hidden|font-size\s*:\s*0+(?:\.0+)?(?:px|pt|em|rem|%)?\s*(?:;|!|$)",
    re.I)
# The "visually hidden" pattern (WeChat's weui-hidden_abs separators, screen-reader labels): taken
# out of the flow *and* transparent or clipped. Opacity alone is usually a fade-in animation's start.
_OUT_OF_FLOW = re.compile(r"position\s*:\s*absolute", re.I)
_INVISIBLE_INK = re.compile(
    r"(?<![\w-])opacity\s*:\s*0+(?:\.0+)?\s*(?:;|!|$)|clip\s*:\s*rect\(\s*(?:0|1px)", re.I)


def hides(style: str) -> bool:
    """Whether a style declaration block hides what it applies to."""
    s = style + ";"
    return bool(_HIDDEN_STYLE.search(s) or (_OUT_OF_FLOW.search(s) and _INVISIBLE_INK.search(s)))


# CSS rules whose selector ends in a class and whose body hides it (".t_f .jammer{display:none}").
_CSS_RULE = re.compile(r"([^{}]+)\{([^{}]*)\}")
_LAST_CLASS = re.compile(r"\.([\w-]+)\s*$")
_WS = re.compile(r"[ \t\n\r\f]+")
# A source line break inside Chinese text (hard-wrapped CMS/Word markup): between two CJK
# characters, or CJK and a digit, it is no word space (CSS Text's segment-break rule for wide
# characters), so it vanishes. Only breaks inside a text run count: a break-only text node
# between two elements (links of a menu, spans of a byline) still separates them.
_CJK = "\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f\u2014\u2018-\u201f\u2026"
_SOFT = "\x00"  # a text run's own line break, resolved once both neighbours are known
_RUN_BREAK = re.compile(r"[ \t]*[\r\n][ \t\r\n]*")
_SOFT_JOIN = re.compile(rf"(?<=[{_CJK}]){_SOFT}+(?=[{_CJK}0-9])|(?<=[0-9]){_SOFT}+(?=[{_CJK}])")
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


def css_hidden_classes(css: str) -> set[str]:
    """Class names a stylesheet hides (the last class of each selector of a hiding rule)."""
    out = set()
    for sel, body in _CSS_RULE.findall(css):
        if not hides(body):
            continue
        for part in sel.split(","):
            m = _LAST_CLASS.search(part.strip())
            if m:
                out.add(m.group(1).lower())
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


def walk(start, hidden_classes: set[str] | frozenset[str]) -> Walk:
    """Lines and removals of ``start``'s subtree (a selectolax node), in document order."""
    w = Walk()
    # What is never printed, by removal kind; an element hidden outright stays "markup".
    drop = dict.fromkeys(sidebar_lists(start), "related_links")
    drop.update(dict.fromkeys(signature_nodes(start), "signature"))
    drop.update(dict.fromkeys(white_ink_nodes(start), "jammer"))  # anti-copy strings, as the cleaner names them
    drop.update(dict.fromkeys(hidden_nodes(start, hidden_classes), "markup"))
    caps = caption_nodes(start)
    _run([start], drop, w, as_blocks(start) | caps, menu_items(start), caps)
    return w


# An inline element styled to lay out as a block (WeChat and editor markup: <span style="display:block">).
_BLOCK_DISPLAY = re.compile(r"(?<![\w-])display\s*:\s*(?:block|flex|grid|list-item|table)\b", re.I)


def styled_blocks(start) -> set[int]:
    """Identities of inline elements whose own style makes them blocks: they break lines."""
    return {n.mem_id for n in start.css("[style*=display]")
            if n.tag not in BLOCK and _BLOCK_DISPLAY.search(n.attributes.get("style") or "")}


#: Longest menu item: site and channel menus name sections in a word or two ("首页", "工会动态").
MENU_ITEM_MAX = 8
MENU_MIN_ITEMS = 3
_SEPARATOR_ONLY = re.compile(r"^[\s|｜/·•\-–—>»›]*$")


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
    return out


def as_blocks(start) -> set[int]:
    """Identities of elements read as blocks although their tag is not: layout cells, styled inlines."""
    return layout_cells(start) | styled_blocks(start)


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


_CLASS_NAME = re.compile(r"^[A-Za-z_-][\w-]*$")


def hidden_nodes(start, hidden_classes) -> set[int]:
    """Identities (``mem_id``) of the hidden elements under ``start``, found by CSS selectors in C."""
    sel = ["[hidden]", "[style]", "input[type=hidden]"]
    sel += [f".{c}" for c in sorted(hidden_classes) if _CLASS_NAME.match(c)]
    out = set()
    found = [n for n in start.css(", ".join(sel)) if hidden_by(n.attributes, hidden_classes)]
    total = None
    for node in found:
        if "style" in node.attributes and not _small(node):
            total = _text_size(start) if total is None else total
            if revealed_by_script(_text_size(node), total):
                continue
        out.add(node.mem_id)
    return out


#: A hidden element holding at least this share (and size) of the page's text is shown by script.
REVEAL_SHARE = 0.5
REVEAL_MIN = 200


def _text_size(node) -> int:
    """Characters of text under a node, whitespace aside."""
    return len(_WS.sub("", node.text(deep=True) or ""))


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
         as_cell: set[int] = frozenset(), captions: set[int] = frozenset()) -> None:
    """Depth-first over the stack; element tags pushed as strings mark where an element ends.

    ``hidden`` maps the elements never printed to the removal kind they are recorded as;
    ``captions`` are photo captions, whose first line gets ``CAPTION_LEAD``.

    The hot loop of HTML reading: a page has thousands of nodes, so lookups are kept local.
    """
    b = _LineBuilder(w)
    parts = b.parts
    push, pop = stack.append, stack.pop
    block, cells, headings, scopes, invisible, chrome = BLOCK, CELLS, HEADINGS, ARTICLE_SCOPES, INVISIBLE, CHROME
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
            _drop_lines(n, hidden[n.mem_id], hidden, w, as_block, as_cell)
            continue
        kind = chrome.get(tag)
        if kind is not None and (tag == "nav" or not scope):
            _drop_lines(n, kind, hidden, w, as_block, as_cell)
            continue
        if tag == "br":
            if b.heading:
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


_TAGS = re.compile(r"<[^>]*>")


def _drop_ruby(n, tag: str, w: Walk) -> None:
    """Record a ruby reading as pinyin (an <rp> parenthesis is only markup)."""
    text = squash(n.text(deep=True) or "")
    if text:
        w.removed.append(Removal("pinyin" if tag == "rt" else "markup", text))


def _drop_lines(n, kind: str, hidden: dict[int, str], w: Walk, as_block: set[int], as_cell: set[int]) -> None:
    """Record each line an element would have shown, as removals of ``kind``."""
    sub = Walk()
    _run(_children_stack(n), hidden, sub, as_block, as_cell)
    w.removed.extend(Removal(kind, line) for line in sub.lines)
    w.removed.extend(sub.removed)


# --- Photo captions -------------------------------------------------------------------------------

#: The image placeholder put before a caption's line: the text cleaner keeps such a line as a caption
#: and records the placeholder as markup, as it does for a scraper's "[图片] 联谊会现场".
CAPTION_LEAD = "[图片] "
#: Longest caption (characters): longer text under a photo is a paragraph of its own.
CAPTION_MAX = 100
#: Longest unmarked line read as the caption of the image above it (WeChat's grey centred line).
CAPTION_LINE_MAX = 50
# Class names that mark a caption on CMS templates (WordPress wp-caption-text, e-paper 图片说明 cells
# "xxx-caption", "pic_caption"): "caption" as a whole class or a -/_ separated part of one.
_CAPTION_CLASS = re.compile(r"(?:^|[-_])(?:fig|img|pic|photo|image)?caption(?:[-_]|$)", re.I)
_STOPS = re.compile(r"[。！？!?；;]")
#: An icon (a bullet, the "online" mark of a forum user) is this small: no caption goes with it.
ICON_MAX_PX = 60
_CENTRED_STYLE = re.compile(r"text-align\s*:\s*center", re.I)


def caption_text(node) -> bool:
    """Whether an element's text can be a caption: a few words to one or two sentences, no image, and
    not a line the text cleaner reads as the start of page chrome (a follow prompt under a QR code,
    长按识别二维码; 打印 / 关闭窗口 links under the last photo)."""
    text = node.text(deep=True) or ""
    size = len(_WS.sub("", text))
    if not 2 <= size <= CAPTION_MAX or len(_STOPS.findall(text)) > 2 or node.css_first("img") is not None:
        return False
    from ..clean.byline import caption_line, caption_split
    from ..clean.chrome import tail_kind
    from ..clean.lines import fold

    f = fold(squash(text))
    # A line the cleaner already reads as a caption by its shape (▲ …, 图为…, …现场, "(…摄)") needs no placeholder.
    return tail_kind(f) is None and not caption_split(f) and not caption_line(f)


def caption_nodes(start) -> set[int]:
    """Identities of the photo captions under ``start``: ``<figcaption>``, elements whose class names a
    caption, and the short centred line (or the image table's next row) right after an image."""
    found = []
    for node in start.css("figcaption, [class*=aption]"):
        if node.tag != "figcaption" and not any(_CAPTION_CLASS.search(c) for c in
                                                 (node.attributes.get("class") or "").split()):
            continue
        if caption_text(node):
            found.append(_narrow(node))
    for img in start.css("img"):
        if _icon(img):
            continue
        node = line_after_image(img)
        if node is not None:
            found.append(_narrow(node))
    if found:
        title = _page_title(start)
        found = [n for n in found if not title or _WS.sub("", n.text() or "") not in title]
    return _outermost({n.mem_id: n for n in found})


def _page_title(start) -> str:
    """The document's <title> without whitespace: a line under a photo repeating it is the headline's
    echo (CMS templates print the headline as the image's title), which the cleaner marks itself."""
    root = start
    while root.parent is not None:
        root = root.parent
    node = root.css_first("title")
    return _WS.sub("", node.text() or "") if node is not None else ""


def _icon(img) -> bool:
    """Whether an image's stated size is an icon's."""
    for k in ("width", "height"):
        v = (img.attributes.get(k) or "").strip().removesuffix("px")
        if v.isdigit() and int(v) <= ICON_MAX_PX:
            return True
    return False


def line_after_image(img):
    """The element that is the caption of an image, or None: the next thing shown after the image
    (line breaks aside) is a whole short line, centred as captions are (WeChat's grey 12px span in a
    centred section), or the next row of the image's own table (photo tables of CMS and e-paper pages)."""
    node, row = img, None
    for _ in range(4):
        sib = node.next
        while sib is not None:
            tag = sib.tag
            if tag == "-text":
                if (sib.text_content or "").strip():
                    return None  # the image sits inside a run of text
            elif tag not in ("br", "-comment") and (tag[0] not in "-!_"):
                break
            sib = sib.next
        if sib is not None:
            break
        node = node.parent
        if node is None or node.tag in ("body", "html", "table"):
            return None
        if node.tag == "tr":
            row = node
    else:
        return None
    if sib.tag in INVISIBLE or not caption_text(sib) or len(_WS.sub("", sib.text() or "")) > CAPTION_LINE_MAX:
        return None
    if _bold(sib) or not _line_ends_after(sib) or sib.css_first("a[href]") is not None:
        return None  # a heading, part of a paragraph, or links (打印 | 关闭 under the last photo)
    if row is not None and sib.tag == "tr":
        return sib if not _WS.sub("", row.text() or "") else None  # the image's row holds the image alone
    return sib if _centred(sib) else None


def _line_ends_after(node) -> bool:
    """Whether nothing follows the element on its line (it is a block, or a break or block comes next)."""
    if node.tag in BLOCK or node.tag in CELLS:
        return True
    sib = node.next
    while sib is not None:
        tag = sib.tag
        if tag == "-text":
            if (sib.text_content or "").strip():
                return False
        elif tag == "br" or tag in BLOCK:
            return True
        elif tag[0] not in "-!_":
            return False
        sib = sib.next
    return True


def _bold(node) -> bool:
    """Whether all of an element's text is bold (a section heading, not a caption)."""
    text = _WS.sub("", node.text() or "")
    bold = "".join(_WS.sub("", b.text() or "") for b in node.css("strong, b, h1, h2, h3, h4, h5, h6"))
    return node.tag in ("strong", "b") or bool(bold) and len(bold) >= len(text)


def _centred(node, levels: int = 3) -> bool:
    """Whether an element or one of its nearest ancestors centres its text."""
    for _ in range(levels + 1):
        if node is None or node.tag in ("body", "html"):
            return False
        a = node.attributes
        if node.tag == "center" or (a.get("align") or "").lower() == "center" or _CENTRED_STYLE.search(
                a.get("style") or ""):
            return True
        node = node.parent
    return False


def _narrow(node):
    """The innermost element holding all of an element's text (a row's one cell, a section's one span)."""
    while True:
        kids = [c for c in node.iter(include_text=True)
                if c.tag != "-text" or (c.text_content or "").strip()]
        if len(kids) != 1 or kids[0].tag == "-text" or kids[0].tag[0] in "-!_" or kids[0].tag == "br":
            return node
        node = kids[0]


def _outermost(nodes: dict) -> set[int]:
    """Identities of the given elements (by identity) but those inside another one: a caption's line
    gets one placeholder."""
    out = set()
    for k, node in nodes.items():
        p = node.parent
        while p is not None and p.mem_id not in nodes:
            p = p.parent
        if p is None:
            out.add(k)
    return out


# --- Anti-copy text in the page's own background colour ------------------------------------------

# White ink: a colour declaration (not background-color) or a <font color> of #fff/#ffffff/white/rgb(255,255,255).
_WHITE = r"(?:#fff(?:fff)?|white|rgba?\(\s*255\s*,\s*255\s*,\s*255\s*(?:,\s*1(?:\.0*)?\s*)?\))(?![\w-])"
_WHITE_STYLE = re.compile(r"(?<![\w-])color\s*:\s*" + _WHITE, re.I)
_WHITE_VALUE = re.compile(r"^\s*(?:" + _WHITE + r"|ffffff)\s*$", re.I)
_BACKGROUND = re.compile(r"(?<![\w-])background(?:-color)?\s*:\s*([^;]+)", re.I)


def white_ink(attrs: dict) -> bool:
    """Whether an element's own attributes colour its text white."""
    color = attrs.get("color")
    if color and _WHITE_VALUE.match(color):
        return True
    style = attrs.get("style")
    return bool(style) and "olor" in style and bool(_WHITE_STYLE.search(style))


def on_white(node) -> bool:
    """Whether no ancestor paints a background other than white (inline styles and bgcolor)."""
    p = node.parent
    while p is not None:
        a = p.attributes
        bg = a.get("bgcolor")
        if bg and not _WHITE_VALUE.match(bg):
            return False
        style = a.get("style")
        if style and "ackground" in style:
            m = _BACKGROUND.search(style)
            if m and not _WHITE_VALUE.match(m.group(1)) and m.group(1).strip().lower() not in (
                    "none", "transparent", "inherit", "initial"):
                return False
        p = p.parent
    return True


def _in_text(node) -> bool:
    """Whether an element sits inside a run of text (a text node right before or after it)."""
    for sib in (node.prev, node.next):
        if sib is not None and sib.tag == "-text" and (sib.text_content or "").strip():
            return True
    return False


def white_ink_nodes(start) -> set[int]:
    """Identities of short white-inked elements set inside sentences on a white page.

    News portals salt their paragraphs with random strings in ``<font color=#ffffff>``: invisible
    on the white page, copied along with the text. Any such string is hidden, letters only or
    not; white text on an element that paints its own background (a dark banner) is shown.
    """
    out = set()
    for node in start.css("font[color], [style*=olor]"):
        if white_ink(node.attributes) and _small(node) and _in_text(node) and on_white(node):
            out.add(node.mem_id)
    return out


# --- Forum signatures and sidebar link lists ------------------------------------------------------

#: Forum post markup (Discuz! postmessage_N, vBulletin post_message_N): pages where signature classes mean one.
_FORUM_POSTS = "[id^=postmessage_], [id^=post_message_]"
#: The signature block under a forum post: Discuz! div.sign, phpBB/vBulletin .signature(container).
_SIGNATURES = ".sign, .signature, .signaturecontainer"


def signature_nodes(start) -> set[int]:
    """Identities of the posters' signature blocks of a forum thread page (chrome under each post)."""
    if start.css_first(_FORUM_POSTS) is None:
        return set()
    return {n.mem_id for n in start.css(_SIGNATURES)}


#: A link list's item may carry its date besides the link ("标题 04-08", "[2024-04-08]").
_ITEM_DATE = re.compile(r"[\[(（【]?\d{2,4}[-/.年]\d{1,2}(?:[-/.月]\d{1,2}日?)?[\])）】]?")
#: Paragraph text (characters) a block must hold to be taken as the article's container.
CONTAINER_MIN = 200


def link_list(lst) -> bool:
    """Whether a <ul>/<ol> lists links only: two or more items, each one link (and maybe its date)."""
    items = [c for c in lst.iter() if c.tag == "li"]
    if len(items) < 2:
        return False
    for li in items:
        text = _WS.sub("", li.text(deep=True) or "")
        link = "".join(_WS.sub("", a.text(deep=True) or "") for a in li.css("a"))
        if not link or link not in text or _ITEM_DATE.sub("", text.replace(link, "", 1)):
            return False
    return True


def content_container(start):
    """The element whose <p> children hold the most text (the article's text block), or None when
    the paragraphs are too short to tell. Only the few parents with the most paragraphs are measured."""
    count: dict[int, int] = {}
    nodes = {}
    for p in start.css("p"):
        parent = p.parent
        if parent is not None:
            k = parent.mem_id
            count[k] = count.get(k, 0) + 1
            nodes[k] = parent
    if not count:
        return None
    top = sorted(count, key=count.__getitem__, reverse=True)[:CONTAINER_CANDIDATES]
    size, best = max((_text_size(nodes[k]), i) for i, k in enumerate(top))
    return nodes[top[best]] if size >= CONTAINER_MIN else None


#: How many parents of paragraphs are measured for the article's text block.
CONTAINER_CANDIDATES = 3


def sidebar_lists(start) -> set[int]:
    """Identities of the link lists in a column beside the article's (a sibling after the block holding
    the article's text block): a portal's sidebar of notices and rankings, not article text."""
    if start.css_first("ul, ol") is None:
        return set()
    box = content_container(start)
    column = box.parent if box is not None else None
    if column is None or column.parent is None:
        return set()
    out = set()
    sib = column.next
    while sib is not None:
        if sib.tag != "-text":
            found = sib.css("ul, ol")
            for lst in found:
                if link_list(lst) and not is_menu_list(lst):
                    out.add(lst.mem_id)
        sib = sib.next
    return out
