"""Saved HTML pages in: markup → visible-text lines + metadata, for the text cleaner.

The page becomes the lines a scraper would get (one per block element) and is
set as ``article.raw``, so ``unionkit.clean`` applies the same rules to HTML
and text pages. What the markup says is invisible or not article is dropped
first and listed in ``article.removed``; ``<head>`` metadata fills ``article.meta``.
What an inline script writes with ``document.write`` of literals (an older CMS template's date and source) is
put where the script stands, as a browser shows it, before the page is read (``docwrite``).

API:
    html_to_article(html, *, path=None) -> Article
    html_to_lines(html) -> (lines, removed)
    html_meta(tree) -> Meta
    parse(html) -> tree            (selectolax Lexbor, after escape_stray_lt)
    escape_stray_lt(html) -> str   (a "<" that opens no tag written as &lt;)
    decode_html(data, *, encoding=None) -> Decoded
"""

from __future__ import annotations

import re

from .. import recode
from ..record import Article, Removal, make_id
from .brand import (brand_elements, brand_names, confirmed_prefix_site, confirmed_site, footer_logo_site,
                    home_link_site, logo_site, named_prefix_site)
from .charset import declared_charset, decode_html
from .docwrite import write_scripts
from .lines import (HIDDEN_CLASSES, PARAGRAPH_MIN, Walk, css_hidden_classes, css_hidden_ids, css_hidden_selectors, css_hidden_tag_paths,
                    has_article, walk)
from .meta import (AUTHOR_KEYS, SOURCE_KEYS, TITLE_KEYS, first, head_values, html_meta, iso_date, ld_publisher,
                   page_title)
from .pdfpages import is_pdf_page, join_pdf_lines
from .regions import css_ink_selectors, css_painted
from .state import bare_name, state_article, state_date
from .title import SEARCH_LINES, headline_index, norm, title_line, untagged_headline

__all__ = ["html_to_article", "html_to_lines", "html_meta", "parse", "decode_html", "declared_charset"]


def parse(html: str):
    """The page as a selectolax (Lexbor) tree: an HTML5 parser, fast and tolerant of broken markup."""
    from selectolax.lexbor import LexborHTMLParser

    tree = LexborHTMLParser(escape_stray_lt(html))
    if "srcdoc" in html:  # (a cheap gate: inline frames are rare)
        inline_frames(tree)
    if tree.css_first("noframes") is not None:  # (a tag lookup: faster than a case-blind search of the page)
        open_noframes(tree)
    if "document.write" in html:  # (a cheap gate: an older CMS template prints fields through inline scripts)
        write_scripts(tree)
    return tree


def open_noframes(tree) -> None:
    """Read each ``<noframes>`` as markup, in its place, when the page is a frameset or shows no article
    outside it: a frameset page saved without its frames (an old CMS's index.htm) keeps the main frame's
    article in ``<noframes>``, which an HTML5 parser reads as raw text (the tags would print as words).
    Beside a body that shows an article, ``<noframes>`` is the no-frames notice a browser never shows."""
    if tree.css_first("frameset") is None and prose_size(read_body(tree).lines):
        return
    for node in tree.css("noframes"):
        doc = node.text() or ""
        sub = parse(doc) if "<" in doc else None
        if sub is None or sub.body is None:
            continue
        node.replace_with(type(tree)(f"<div>{sub.body.inner_html or ''}</div>").body.child)


def inline_frames(tree) -> None:
    """Put each ``<iframe srcdoc>`` whose document holds more article text than the page around it in the
    iframe's place: a page saved with SingleFile (or a CMS that frames its article) keeps the article in the
    frame's document, and the frame is where the page shows it. A framed ad, player or widget (no paragraph
    of prose) stays an unread frame, and so does a frame beside a page that shows a longer article itself.
    (A frame inside the frame is read by ``parse`` in turn: each document is shorter than the one holding it.)"""
    outer = None
    for frame in tree.css("iframe[srcdoc]"):
        doc = frame.attributes.get("srcdoc") or ""
        if len(doc) < PARAGRAPH_MIN or "<" not in doc:
            continue
        sub = parse(doc)
        if sub.body is None or not (framed := prose_size(read_body(sub).lines)):
            continue
        if outer is None:
            outer = prose_size(read_body(tree).lines)  # (the page around its frames, which are never read)
        if framed <= outer:
            continue
        frame.replace_with(type(tree)(f"<div>{sub.body.inner_html or ''}</div>").body.child)
        if tree.head is not None:  # (the frame's stylesheets, whose hiding rules now apply in the page, stay markup)
            for node in sub.css("head style"):
                tree.head.insert_child(node)


def prose_size(lines: list[str]) -> int:
    """Characters in the lines that are paragraphs of prose (``has_article``'s lines): how much article a
    document shows."""
    return sum(len(ln) for ln in lines if has_article([ln]))


# A "<" that opens no tag: a letter follows it, but the next "<" comes before any ">", quote or "=", so
# the would-be tag never closes (a forum's anti-copy string with a raw "<" before its </font>:
# gUGsih<q</font>). An HTML5 parser would read "<q</font>" as an unclosed element "q<" that swallows the
# closing </font> and, with it, the rest of the post into the hidden jammer. Raw-text elements (script,
# style, textarea, title) and comments are matched first and kept as they are: their "<" is code or text.
_STRAY_LT = recode.compile(r"(<!--.*?-->|<(script|style|textarea|title)\b[^>]*>.*?</\2\s*>)"
                       r"|<(?=[A-Za-z][^<>\"'=]*<)", re.I | re.S)


def escape_stray_lt(html: str) -> str:
    """The page with each "<" that cannot open a tag (``_STRAY_LT``) written as ``&lt;``: text, as its
    writer meant it, rather than an unclosed element hiding what follows."""
    if "<" not in html:
        return html
    return _STRAY_LT.sub(lambda m: m.group(1) or "&lt;", html)


def _hiding_styles(texts: list[str]) -> list[str]:
    """The page's own stylesheets that may hide something (the words of a hiding rule appear in them)."""
    return [css for css in texts if any(w in css for w in _HIDING_WORDS)]


def ink_rules(texts: list[str]) -> tuple[set[str], set[str]]:
    """The simple selectors the page's stylesheets ink invisibly (white or 1px text: a reprint's anti-copy
    class) and the names they paint a background on; nothing to read on a page without such a rule."""
    ink = set()
    for css in texts:
        ink |= css_ink_selectors(css)
    if not ink:
        return set(), set()
    painted = set()
    for css in texts:
        painted |= css_painted(css)
    return ink, painted


#: Words one of the hiding rules ``lines.hides`` knows holds (a cheap test before a stylesheet is parsed).
_HIDING_WORDS = ("none", "hidden", "font-size", "absolute", "fixed", "indent", "clip")


def hidden_classes(styles: list[str]) -> set[str]:
    """Classes hidden by the page's own stylesheets (``_hiding_styles``), plus the usual hiding class names."""
    out = set(HIDDEN_CLASSES)
    for css in styles:
        out |= css_hidden_classes(css)
    return out


def hidden_selectors(styles: list[str]) -> set[str]:
    """Attribute selectors (an anti-copy template's span[data-ac]) and descendant selectors ending in a tag
    (``.article-con i``) hidden by the page's own stylesheets."""
    out = set()
    for css in styles:
        if "[" in css:
            out |= css_hidden_selectors(css)
        out |= css_hidden_tag_paths(css)
        if "#" in css:
            out |= css_hidden_ids(css)
    return out


def read_body(tree) -> Walk:
    """Lines (with heading marks) and removals of the page body."""
    start = tree.body if tree.body is not None else tree.root
    if start is None:
        return Walk()
    texts = [node.text() or "" for node in tree.css("style")]  # (read once for the hiding and the ink rules)
    styles = _hiding_styles(texts)
    w = walk(start, hidden_classes(styles), hidden_selectors(styles), ink_rules(texts))
    if is_pdf_page(tree):
        join_pdf_lines(tree, w)  # a PDF converted line by line: its paragraphs joined again
    return w


_SENTENCE_END = recode.compile(r"[。！？!?]")
#: Header lines are short; a date inside a long line is part of a sentence, not the page's date.
HEADER_LINE_MAX = 80


def reconcile_published(published: str | None, lines: list[str]) -> str | None:
    """The markup's publish date, as precisely as the page's header shows the same moment.

    CMS metas often carry the day only ("publishdate" = 2024-04-28) or the minute while the
    visible header reads "2024年04月28日08:21" or "…11:02:36"; the more precise reading wins.
    """
    if not published or len(published) > 19:  # already to the second, with a zone
        return published
    for line in lines[:SEARCH_LINES]:
        if len(line) > HEADER_LINE_MAX:
            break  # the article text has begun
        if _SENTENCE_END.search(line):
            continue  # a date inside a sentence is an event's, not the page's
        seen = iso_date(line)
        if seen and len(seen) > len(published) and seen.startswith(published):
            return seen
    return published


# An editor's credit line (【编辑:苗雨菲】, 责任编辑：王某): the 编辑 label and the name after it.
_EDITOR_LABEL = r"(?:责任编辑|責任編輯|编辑|編輯|责编|責編|主编|主編)\s*[:：]\s*"
#: Longest editor credit line (characters): a credit, not a paragraph that names an editor.
EDITOR_LINE_MAX = 40


def editor_named(author: str | None, lines: list[str]) -> bool:
    """Whether the page credits ``author`` as its editor (【编辑:X】): some portals' ``<meta name=author>``
    holds the on-duty editor, not the writer, and an editor is no author."""
    if not author:
        return False
    rx = re.compile(_EDITOR_LABEL + re.escape(author) + r"(?![\u4e00-\u9fff])")
    return any(len(ln) <= EDITOR_LINE_MAX and rx.search(ln) for ln in lines)


def header_fields(lines: list[str]) -> dict[str, str]:
    """The labelled fields (来源：X 作者：Y) and byline roles (记者 Z) the page's header rows show, first of each
    field: the short lines before the article's text begins."""
    from ..extract.meta import labelled_fields, parse_byline

    out: dict[str, str] = {}
    for line in lines[:SEARCH_LINES]:
        if len(line) > HEADER_LINE_MAX:
            break  # the article text has begun
        if "：" not in line and ":" not in line and "记者" not in line and "記者" not in line:
            continue  # (no label, no byline: the cheap gate before the field readers)
        for f, v in [*labelled_fields(line), *parse_byline(line).items()]:
            out.setdefault(f, v)
    return out


def _same_name(a: str, b: str) -> bool:
    """Whether two values name the same thing, one written more fully (工人日报, 工人日报2024-07-16)."""
    a, b = norm(a), norm(b)
    return a in b or b in a


def shown_over_tagged(meta, values: dict[str, str], lines: list[str]) -> None:
    """Drop the source and author a ``<meta>`` tag states when the visible header shows its own: the template's
    tags hold a site-wide default (the parent union, the site's account, the uploading office) the byline
    corrects, and the golds take the byline. A tag author also gives way to a header that credits reporters
    and names no author (记者 X 通讯员 Y): the office in the tag did not write the piece. The extractor then reads
    the visible values."""
    tag_source, tag_author = first(values, SOURCE_KEYS), first(values, AUTHOR_KEYS)
    source = meta.source if meta.source and tag_source and meta.source in tag_source else None
    author = meta.author if meta.author and tag_author and meta.author in tag_author else None
    if source is None and author is None:
        return
    shown = header_fields(lines)
    if source and shown.get("source") and not _same_name(source, shown["source"]):
        meta.source = None
    if author and (shown.get("author") and not _same_name(author, shown["author"])
                   or "author" not in shown and "reporter" in shown):
        meta.author = None


def html_to_lines(html: str) -> tuple[list[str], list[Removal]]:
    """The visible text lines of a page (one per block element) and what was dropped, in order."""
    w = read_body(parse(html))
    return w.lines, w.removed


def read_state(tree, w: Walk, titles=()) -> dict | None:
    """When the body (and any <noscript> copy) shows no article, the article record of the page's script
    state, its lines added to the walk's as the hydrated page shows them: the record's headline (when the
    <title> or og:title names it), its byline, then its HTML's lines (an app shell saved before its script
    rendered)."""
    if has_article(w.lines):
        return None
    rec = state_article(tree, titles)
    if rec is None:
        return None
    frag = parse(rec["html"])
    sub = read_body(frag)
    if not has_article(sub.lines):
        return None
    head = [rec["title"]] if rec["title"] else []
    if (byline := state_byline(rec.get("author"))) is not None:
        head.append(byline)
    at = len(w.lines)
    w.lines.extend(head + sub.lines)
    if rec["title"]:
        w.headings.add(at)
    w.headings.update(at + len(head) + i for i in sub.headings)
    w.removed.extend(sub.removed)
    return rec


#: Longest byline a state record's author field holds (characters).
STATE_BYLINE_MAX = 60


def state_byline(author) -> str | None:
    """A state record's author field that is a byline rather than a bare name (上游新闻记者 X 通讯员 Y), shown
    under the headline by the hydrated page: the text cleaner files it and the extractor reads its roles."""
    if not isinstance(author, str) or bare_name(author) or len(author) > STATE_BYLINE_MAX:
        return None
    from ..extract.meta import parse_byline

    return author.strip() if parse_byline(author) else None


def state_meta(meta, rec: dict) -> None:
    """Fill the meta fields the markup left empty from a script-state article record."""
    meta.published = meta.published or state_date(rec.get("published"))
    meta.source = meta.source or bare_name(rec.get("source"))
    meta.author = meta.author or bare_name(rec.get("author"))
    meta.editor = meta.editor or bare_name(rec.get("editor"))
    if meta.views is None:
        meta.views = rec.get("views")


def site_from_title(title: str | None, headline: str) -> str | None:
    """The site named at the end of a ``<title>`` that is the body's headline plus a suffix
    ("Headline - Channel - Site"): what a text page's title line gives as its ``title_suffix``."""
    rest = title_suffix(title, headline)
    if rest is None:
        return None
    from ..extract.meta import site_from_suffix

    return site_from_suffix(rest)


# The forum software's credit a thread's <title> ends with (… - Section - Forum - Powered by Discuz!/Dvbbs/phpwind).
_ENGINE_CREDIT = recode.compile(r"[-–—_|｜]\s*powered\s+by\b", re.I)


# The edition word a forum's mobile (touch) pages write before the credit (… - 鹿邑论坛 - 手机版 - Powered by …).
_MOBILE_EDITION = recode.compile(r"[-–—_|｜]\s*(?:手机版|手機版|触屏版|觸屏版|移动版|移動版|(?i:wap)版)\s*[-–—_|｜]")


def forum_site(title: str | None, headline: str, lines: list[str] = ()) -> str | None:
    """The forum named last before the edition word and the software's credit in a thread's ``<title>``
    ("Thread - Section - Forum - 手机版 - Powered by Discuz!"): the template puts the forum's own name there.
    A touch page's header shows only the section; a desktop page's must show the forum's name too (``lines``)."""
    rest = title_suffix(title, headline)
    if rest is None or not (credit := _ENGINE_CREDIT.search(rest)):
        return None
    from ..extract.meta import site_from_suffix

    edition = _MOBILE_EDITION.search(rest)
    names = [p for p in _TITLE_PARTS.split(rest[:(edition or credit).start()]) if p.strip()]
    # (the section and the forum: a title naming one part names the section alone, the forum's name left empty)
    if len(names) < 2:
        return None
    name = site_from_suffix(rest)
    if edition or name is None:
        return name
    # a desktop thread: the forum's name confirmed by the header's logo, a line of its own (<h2><a href="./">
    # 延吉论坛</a></h2>); a breadcrumb's head alone confirms nothing (a hand-made gold leaves such a forum's site empty)
    return name if any(ln.strip() == name for ln in lines) else None


_TITLE_PARTS = recode.compile(r"\s*[-–—_|｜]\s*")


# A print view's word, a segment of its <title> of its own between the headline and the site (… - 打印页 - Site).
_PRINT_WORD = recode.compile(r"[-–—_|｜]\s*(?:打印页|打印頁|打印版|打印本页|打印本頁|打印预览|打印預覽)\s*(?=[-–—_|｜])")


def print_view_site(title: str | None, headline: str, tree=None) -> str | None:
    """The site named last in a print view's ``<title>``: after its print word ("Headline - 打印页 - Site"), or
    anywhere in the suffix of a page that is a print template (``tree``, see print_template). The site's own print
    template names it there, with no logo to confirm it; only a name with a site's ending (own_site), never a
    channel's."""
    rest = title_suffix(title, headline)
    if rest is None:
        return None
    word = _PRINT_WORD.search(rest) if "打印" in rest else None
    if word is None and (tree is None or not print_template(tree)):
        return None
    from ..extract.meta import site_from_suffix
    from ..extract.meta.site_names import own_site

    return own_site(site_from_suffix(rest[word.end():] if word else rest))


def print_template(tree) -> bool:
    """Whether the page is a print view's template: it links nowhere, its only links the script buttons of the
    view (javascript:doPrint() 【打印本页】, window.close() 【关闭窗口】), a print one among them. A page with a menu,
    a logo linking home or a footer's links is a site's page, whose <title> suffix may name a channel."""
    hrefs = [((a.attributes.get("href") or "").strip().lower(), a.text(deep=True) or "") for a in tree.css("a[href]")]
    return bool(hrefs) and all(h.startswith("javascript:") for h, _ in hrefs) and any(
        "打印" in text or "print" in h for h, text in hrefs)


def title_suffix(title: str | None, headline: str) -> str | None:
    """What follows the headline in a ``<title>`` ("- Channel - Site"), from its separator on, or None."""
    head = headline.strip()
    if not title or not head:
        return None
    if title.startswith(head):
        rest = title[len(head):]
    else:  # the body's headline line may carry more (a forum thread's [求助维权] type): the <title>'s first part
        cut = next((i for i, ch in enumerate(title) if ch in _SUFFIX_SEPARATORS), len(title))
        if cut < 4 or title[:cut].strip() not in head:
            return None
        rest = title[cut:]
    if not rest or not (rest[:1] in _SUFFIX_SEPARATORS or rest[:1].isspace()):
        return None
    return rest


_SUFFIX_SEPARATORS = frozenset("-–—_|｜:：·")


def title_prefix(title: str | None, headline: str) -> str | None:
    """What precedes the headline in a ``<title>`` that ends with it ("Site - Channel - Headline": a template that
    names the site first, as Taiwanese ASP.NET and e-paper sites do), its separator included, or None."""
    head, title = headline.strip(), (title or "").strip()
    if not head or not title.endswith(head) or title == head:
        return None
    rest = title[:-len(head)]
    return rest if rest.rstrip()[-1:] in _SUFFIX_SEPARATORS else None
#: Longest channel name opening a list-and-site <title> (工会之窗 - 某某公司综合门户, 通知公告 | 某某网).
CHANNEL_MAX = 8


def title_pieces(title: str | None, headline: str, suffix: str | None) -> list[Removal]:
    """The ``<title>``'s site part the article drops, filed as the text reader files a title line's:
    ``title_suffix``, with no line (the <title> is markup, no shown line). It is the suffix after the headline
    ("- 本地新闻 - 某某网"), or the name before it when that "suffix" is the headline itself (某某工会--Headline)."""
    if not title or not suffix or not suffix.strip():
        return []
    rest = suffix.lstrip("".join(_SUFFIX_SEPARATORS)).strip()
    piece = title[:len(title) - len(suffix)] + suffix[:len(suffix) - len(rest)] if rest == headline.strip() else suffix
    return [Removal("title_suffix", piece.strip())]


def channel_title_suffix(title: str | None, headline: str) -> str | None:
    """What follows the channel's name in a ``<title>`` that names a channel and the site, not the article
    ("工会之窗 - Site": an intranet or CMS titles every article page by its column), or None. The site it
    names still needs the header's confirmation (``confirmed_site``)."""
    if not title or not headline.strip():
        return None
    title = title.strip()
    cut = next((i for i, ch in enumerate(title) if ch in _SUFFIX_SEPARATORS), len(title))
    channel, rest = title[:cut].strip(), title[cut:]
    if not 2 <= len(channel) <= CHANNEL_MAX or not rest[1:].strip() or channel in headline:
        return None
    return rest




# The title label of an OA or government information table (标　　题 | value): spaces pad it to the width
# of the other labels (发布部门, 发 布 人).
_TITLE_LABEL = recode.compile(r"^(?:标题|標題|题目|題目|文章标题|信息标题|新闻标题|公告标题)[:：]?$")
_SPACES = recode.compile(r"[\s\u3000]+")
#: A headline is at least this long (characters): shorter values are a label's, not a title.
LABELLED_TITLE_MIN = 4
LABELLED_TITLE_MAX = 100


def labelled_title(tree) -> tuple[str, str] | None:
    """(label, value) of the value cell after a 标题 label cell: the headline of an OA intranet or
    information-disclosure page, which shows it only in its label/value table (its ``<title>`` names the
    module, 新闻中心-查看信息)."""
    for cell in tree.css("td, th"):
        label = _SPACES.sub("", cell.text(deep=True) or "")
        if not _TITLE_LABEL.match(label):
            continue
        sib = cell.next
        while sib is not None and sib.tag not in ("td", "th"):
            sib = sib.next
        if sib is not None:
            value = _SPACES.sub(" ", sib.text(deep=True) or "").strip()
            if LABELLED_TITLE_MIN <= len(value) <= LABELLED_TITLE_MAX:
                return label, value
    return None


def _after_chars(line: str, count: int) -> str:
    """What follows the first ``count`` non-whitespace characters of a line."""
    for i, ch in enumerate(line):
        if not ch.isspace():
            count -= 1
            if count < 0:
                return line[i:]
    return ""


def unlabel_title_row(lines: list[str], label: str, value: str) -> bool:
    """Split the table row "标　　题 headline …" into the headline's own line and the rest of the row, as
    the headline is shown (the row's label is no part of it); whether the row was found."""
    head = norm(label) + norm(value)
    for i, line in enumerate(lines[:SEARCH_LINES]):
        n = norm(line)
        if n.startswith(head):
            rest = _after_chars(line, len(head)).strip()
            lines[i:i + 1] = [value, rest] if rest else [value]
            return True
    return False


# An e-paper's <title>: the paper's name and its digital-edition word, then (or after) the headline
# (宁夏日报数字报-标题, 标题_工人日报电子版, 某某日报数字报刊-标题).
_EDITION = r"(?:数字报刊|數字報刊|电子报刊|電子報刊|数字报|數字報|电子报|電子報|电子版|電子版|数字版|數字版)"
_EPAPER_FIRST = recode.compile(r"^\s*([\u3400-\u9fff]{2,10}?)" + _EDITION + r"\s*[-–—_|｜:：·]")
_EPAPER_LAST = recode.compile(r"[-–—_|｜:：·]\s*([\u3400-\u9fff]{2,10}?)" + _EDITION + r"\s*$")


def epaper_name(title: str | None) -> str | None:
    """The newspaper whose digital edition a page is, named in its ``<title>`` (宁夏日报数字报-…): an
    e-paper publishes its own articles, so the paper is the source and the site, with no 来源 line."""
    if not title:
        return None
    m = _EPAPER_FIRST.search(title) or _EPAPER_LAST.search(title)
    return m.group(1) if m else None


# An e-paper's issue bar: the issue's date and weekday beside the issue stepper (2024年05月16日 星期四　上一期 |
# 下一期 | 往期回顾): the day the paper, and so the article, was published.
_ISSUE_DATE = recode.compile(r"(\d{4})年(\d{1,2})月(\d{1,2})日\s*(?:星期|周|週|禮拜|礼拜)[一二三四五六日天]")
_ISSUE_STEPPER = recode.compile(r"上一期|下一期|往期|上期|下期")


def issue_date(lines: list[str]) -> str | None:
    """The issue date of an e-paper page, from the issue bar's line (a dated line naming the issue stepper)."""
    for ln in lines[:SEARCH_LINES]:
        m = _ISSUE_DATE.search(ln)
        if m and _ISSUE_STEPPER.search(ln):
            return f"{int(m[1]):04d}-{int(m[2]):02d}-{int(m[3]):02d}"
    return None


def html_to_article(html: str, *, path: str | None = None) -> Article:
    """A raw Article from an HTML page: ``raw`` = headline + visible lines, meta from the markup."""
    tree = parse(html)
    w = read_body(tree)
    values = head_values(tree)
    title = page_title(tree)
    named = first(values, TITLE_KEYS)
    rec = read_state(tree, w, (title, named))
    lines = list(w.lines)
    dropped: list[Removal] = []
    if named is None:
        cell = labelled_title(tree)
        if cell and (not title or norm(cell[1]) not in norm(title)):
            named = cell[1]  # the <title> is a generic module name; the table names the article
            if unlabel_title_row(lines, *cell):
                dropped.append(Removal("page_header", cell[0]))  # the row's 标题 label
    at = headline_index(lines, w.headings, title, named)
    shown = lines[at] if at is not None else None  # the headline's line as the page shows it (a thread tag and all)
    if at is None:
        top = title_line(title, named)
        if top:
            lines.insert(0, top)
    else:
        tagged = untagged_headline(lines[at], title, named)
        if tagged is not None:
            # a forum thread's type ([工会动态]) before the subject: the headline put first is the subject
            # alone; the tagged line stays where it is (the cleaner reads the tag as a thread's mark)
            lines.insert(0, tagged[1])
        elif at > 0:
            # The headline sits below breadcrumbs or a banner: put it first, as text scrapers print
            # pages; the cleaner marks the original line as a repeated title.
            lines.insert(0, lines[at])
    raw = "\n".join(lines) + ("\n" if lines else "")
    art = Article(id=make_id(path, raw), path=path, raw=raw)
    art.meta = html_meta(tree, values)
    if rec is not None:
        state_meta(art.meta, rec)
    if editor_named(art.meta.author, lines):
        art.meta.author = None
    shown_over_tagged(art.meta, values, lines)
    # (the <title> after the headline the body shows, else after the og:title put first in its place)
    headline = shown if at is not None else named or ""
    suffix = title_suffix(title, headline)
    if art.meta.site is not None and at is not None and art.meta.site == ld_publisher(tree):
        # an AMP page's JSON-LD publisher is the body running the site (某区融媒体中心); a <title> suffix the
        # header's logo confirms names the site itself (an app: Headline-淄川+ under a 淄川+ logo)
        art.meta.site = confirmed_site(suffix, brand_names(tree, brand_elements(tree))) or art.meta.site
    names: set[str] = set()
    # ("Site - Channel - " before the headline: read for a page no rule above named; both its rules come later)
    prefix = title_prefix(title, shown) if art.meta.site is None and at is not None else None
    if art.meta.site is None and at is not None:
        # a <title> suffix the header's logo or brand confirms, else the name of the logo linking home or named by
        # the footer
        brands = brand_elements(tree)  # (the page's logo elements, read once for both rules)
        names = brand_names(tree, brands)
        art.meta.site = (confirmed_site(suffix or channel_title_suffix(title, shown), names)
                         or logo_site(brands)
                         or footer_logo_site(tree, brands)
                         or forum_site(title, lines[0], lines)
                         or print_view_site(title, lines[0], tree)
                         or confirmed_prefix_site(prefix, names)
                         or home_link_site(tree, art.meta.url))
    paper = epaper_name(title) if at is not None else None
    if paper:
        art.meta.site = art.meta.site or paper
        art.meta.source = art.meta.source or paper
        art.meta.published = art.meta.published or issue_date(lines)
    if art.meta.site is None and at is not None:
        art.meta.site = named_prefix_site(prefix, names)  # (after the e-paper's: 某某日报数字报-)
    art.meta.published = reconcile_published(art.meta.published, lines)
    art.removed = title_pieces(title, headline, suffix) + w.removed + dropped
    if not w.lines:
        art.warnings.append("no visible text in the HTML page")
    return art
