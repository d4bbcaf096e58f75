"""Photo captions: caption classes, carousel slides, the line under an image (or after it in its centred block);
and a data table's numbered title.
"""

from __future__ import annotations

import re

from ... import recode
from ..lines import BLOCK, CELLS, INVISIBLE, _WS, element_sibling, root_of, squash
from .base import _class_matches, _outermost

# --- Photo captions -------------------------------------------------------------------------------

#: Longest caption (characters): longer text under a photo is a paragraph of its own.
CAPTION_MAX = 100
#: Longest unmarked line read as the caption of the image above it (WeChat's grey centred line).
CAPTION_LINE_MAX = 50
# Class names that mark a caption on CMS templates (WordPress wp-caption-text, e-paper 图片说明 cells
# "xxx-caption", "pic_caption"): "caption" as a whole class or a -/_ separated part of one.
_CAPTION_CLASS = recode.compile(r"(?:^|[-_])(?:fig|img|pic|photo|image)?caption(?:[-_]|$)"
                            # a photo's description line in gallery and slide templates (pic-desc, img_txt)
                            # (a mobile template prefixes its classes: m-imgdesc, wap_pic_txt)
                            # (e-paper templates explain the picture: picexplain)
                            r"|^(?:(?:m|wap|mob|mobile|h5)[-_])?(?:fig|img|pic|photo|image|slide)[-_]?"
                            r"(?:desc|description|txt|text|intro|note|explain)$", re.I)
# The class of a caption under an image abbreviated (cap, pic-cap): trusted only on the line right after an image
# (a template's "cap" elsewhere may be a headline's echo, which the cleaner marks itself).
_CAP_CLASS = recode.compile(r"(?:^|[-_])cap(?:[-_]|$)", re.I)
#: The elements showing an image: <img>, and the custom elements AMP and Baidu MIP pages write in its place.
_IMAGES = "img, amp-img, mip-img"
#: A slide of a photo carousel (Swiper's .swiper-slide, generic .slide): its short text is the photo's caption.
_SLIDES = ".swiper-slide, .slide, .slick-slide"
#: A slide's position counter (1/3), not a caption.
_COUNTER = recode.compile(r"^\s*\d+\s*/\s*\d+\s*$")
_STOPS = recode.compile(r"[。！？!?；;]")
#: An icon (a bullet, the "online" mark of a forum user) is this small: no caption goes with it.
ICON_MAX_PX = 60
_CENTRED_STYLE = recode.compile(r"text-align\s*:\s*center", re.I)


def caption_text(node) -> bool:
    """Whether an element's text can be a caption (``caption_words``) and it holds no image."""
    return node.css_first(_IMAGES) is None and caption_words(node.text(deep=True) or "")


def caption_words(text: str) -> bool:
    """Whether a text can be a caption: a few words to one or two sentences, and not a line the text cleaner
    reads as the start of page chrome (a follow prompt under a QR code, 长按识别二维码; 打印 / 关闭窗口 links
    under the last photo)."""
    size = len(_WS.sub("", text))
    if not 2 <= size <= CAPTION_MAX or len(_STOPS.findall(text)) > 2:
        return False
    from ...clean.byline import caption_line, caption_split
    from ...clean.chrome import tail_kind
    from ...clean.lines import fold

    f = fold(squash(text))
    # A line the cleaner already reads as a caption by its shape (▲ …, 图为…, …现场, "(…摄)") needs no placeholder.
    return tail_kind(f) is None and not caption_split(f) and not caption_line(f)


def caption_nodes(start) -> set[int]:
    """Identities of the photo captions under ``start``: ``<figcaption>``, elements whose class names a
    caption, and the short centred line (or the image table's next row) right after an image."""
    found = []
    for node in start.css("figcaption, [class*=aption], [class*=desc], [class*=txt], [class*=text], [class*=intro], "
                          "[class*=note], [class*=xplain]"):
        if node.tag != "figcaption" and not _class_matches(node, _CAPTION_CLASS):
            continue
        if caption_text(node):
            found.append(_narrow(node))
    found += slide_captions(start)
    found += table_titles(start)
    for img in start.css(_IMAGES):
        if _icon(img):
            continue
        node = line_after_image(img)
        if node is not None:
            found.append(_narrow(node))
    if found:
        title = _page_title(start)
        found = [n for n in found if not title or _WS.sub("", n.text() or "") not in title]
    return _outermost({n.mem_id: n for n in found})


def slide_captions(start) -> list:
    """The text elements of photo carousel slides (one image each): a gallery after the article prints
    each photo's caption in its slide, beside a 1/3 counter, where no caption class or centring marks it."""
    out = []
    for slide in start.css(_SLIDES):
        if len(slide.css(_IMAGES)) != 1:
            continue
        for node in slide.iter():
            if node.tag in ("img", "amp-img", "mip-img", "a", "-text") or node.tag in INVISIBLE or node.tag[0] in "-!_":
                continue  # (a linked title of a headline carousel is no photo caption)
            text = node.text(deep=True) or ""
            if not _COUNTER.match(text) and node.css_first("a[href]") is None and caption_text(node):
                out.append(node)
    return out


# A numbered table's title (表1 2019—2023年某某指标, 表二:…): a report's or journal article's caption of its data table.
_TABLE_TITLE = recode.compile(r"^表\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})(?:[-.．]\d{1,2})?(?:\s+|[:：、.．]\s*)\S")


def table_titles(start) -> list:
    """The numbered titles of data tables (``<caption>`` or the element right before the table): a table's
    caption, as a photo's is, not a line of the text."""
    out = []
    for table in start.css("table"):
        for node in (table.css_first("caption"), element_sibling(table, False)):
            if node is None or node.tag == "table" or not _TABLE_TITLE.match(_WS.sub(" ", node.text() or "").strip()):
                continue
            if caption_text(node) and len(_WS.sub("", node.text() or "")) <= CAPTION_LINE_MAX:
                out.append(node)
    return out


def _page_title(start) -> str:
    """The document's <title> without whitespace: a line under a photo repeating it is the headline's
    echo (CMS templates print the headline as the image's title), which the cleaner marks itself."""
    node = root_of(start).css_first("title")
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
    centred section) or classed as one by an abbreviation (an AMP page's <p class="cap">), or the next row
    of the image's own table (photo tables of CMS and e-paper pages)."""
    node, row = img, None
    for _ in range(4):
        sib, broken = node.next, False
        while sib is not None:
            tag = sib.tag
            if tag == "-text":
                if (sib.text_content or "").strip():
                    # the image sits inside a run of text, unless a break sets the run on a line that ends its block
                    return (_image_block(sib) or _unindented_line(sib)) if broken else None
            elif tag == "br":
                broken = True
            elif tag != "-comment" and tag[0] not in "-!_":
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
    return sib if _centred(sib) or _class_matches(sib, _CAP_CLASS) else None


def _image_block(run):
    """The block an image and the bare text run on the line after it make up, or None: an old CMS's centred
    ``<div align=center><img><br>培训现场</div>`` ties the caption to its photo by setting both alone in one
    block. The run must be all the text the block shows (nothing before the image, nothing after the run),
    a short line, centred and unlinked."""
    block = run.parent
    text = run.text_content or ""
    if block is None or block.tag not in BLOCK and block.tag not in CELLS or block.tag in ("body", "html"):
        return None
    size = len(_WS.sub("", text))
    if size > CAPTION_LINE_MAX or len(_WS.sub("", block.text() or "")) != size or not caption_words(text):
        return None
    if _bold(block) or _linked_text(block):
        return None
    return block if _centred(block) else None


#: What indents a paragraph of a br-separated article: &nbsp; or ideographic spaces (the source's own line breaks
#: and spaces before them show nothing).
_INDENT = recode.compile(r"^[ \t\r\n]*[\u00a0\u3000]")
#: Fewest indented paragraphs that show the article indents its paragraphs.
INDENTED_MIN = 2


def _unindented_line(run):
    """The bare text run after an image that is its caption, or None: an old CMS's article is one block of
    ``<br><br>``-separated paragraphs, each indented with ``&nbsp;`` or ideographic spaces, and sets the line
    under a photo's block flush, unlike them. The run must be a whole short line, and the block's other
    runs indented paragraphs (at least ``INDENTED_MIN``, none flush)."""
    text = run.text_content or ""
    if _INDENT.match(text) or len(_WS.sub("", text)) > CAPTION_LINE_MAX or not caption_words(text):
        return None
    if not _line_ends_after(run) or run.parent is None:
        return None
    indented = 0
    for sib in run.parent.iter(include_text=True):
        if sib.tag != "-text" or sib.mem_id == run.mem_id or not (sib.text_content or "").strip():
            continue
        if not _INDENT.match(sib.text_content):
            return None
        indented += 1
    return run if indented >= INDENTED_MIN else None


def _linked_text(node) -> bool:
    """Whether a link under an element shows text (a photo's own link to its full size shows none)."""
    return any(_WS.sub("", a.text() or "") for a in node.css("a[href]"))


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
