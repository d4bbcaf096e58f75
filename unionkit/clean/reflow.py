"""Paged plain text (a PDF or a word processor's export): hard-wrapped lines read as the paragraphs they were.

A notice copied out of a PDF has its paragraphs cut every N characters (the
page's wrap width), blank lines between the cut lines, page-number lines
(— 2 —, - 3 -, 第2页) and form feeds between the pages, and often a title set
over two lines. Read line by line, no cut line ends a sentence, so the whole
text reads as navigation. This module finds such a page (page furniture plus
several lines of one width that end mid-sentence), groups its lines into the
paragraphs they belong to, and has the ordinary pipeline read a *virtual*
page of those paragraphs; the marks it makes there are carried back onto the
page's own lines, so the accounting stays exact (every character of the page
is kept or removed on its own line, nothing is moved). An ordinary page
(no page furniture, or no common wrap width) is left alone.
"""

from __future__ import annotations

from collections import Counter

import regex

from .. import lazyrx
from .chrome import separator_line
from .lines import Line, carry_runs

#: A page-number line: — 2 —, - 3 -, –4–, 第2页, 第 2 页 共 5 页 (page furniture, never text; not 2/5, a
#: photo gallery's counter).
PAGE_NO = lazyrx.cached(r"^(?:[—–\-－─]{1,3}\s*\d{1,3}\s*[—–\-－─]{1,3}|第\s*\d{1,3}\s*页(?:\s*[,，/]?\s*共\s*\d{1,3}\s*页)?"
                        r")$")
#: How a page-number line may open (its raw text: page numbers are not indented much).
_PAGE_NO_START = frozenset("—–-－─第 \t\u3000")
#: How PAGE_NO's text opens (its first character).
_PAGE_NO_HEAD = frozenset("—–-－─第")
#: Marks that end a sentence or a clause a paragraph may end on (a closing bracket is no end: lists of
#: "name(unit)、" wrap right after one).
ENDS = frozenset("。!?！？;；:：…")
#: Closing quotes that may stand after a sentence end (。” ends the sentence).
_QUOTES = "”」』’\"'"
#: Where a new paragraph or list item starts (it is never the tail of a cut line).
_ITEM = lazyrx.cached(r"^(?:[一二三四五六七八九十]+[、.．]|[(（][一二三四五六七八九十\d]+[)）]|\d+\s*[.、．)]|第[一二三四五六七八九十\d]+[条章节部]"
                      r"|[•·●◆■□▲△※*>])")
#: How an official document's title ends (its second line when the title is set over two).
_DOC_END = lazyrx.cached(r"(?:决定|通知|意见|通报|批复|报告|方案|办法|规定|公告|公示|细则|纪要|函|请示|条例|规划|要点)$")
#: A contact field's label closing a cut line (…，电子邮箱：), its value pushed onto the next line.
_FIELD_CUT = lazyrx.cached(r"(?:邮箱|信箱|电子邮件|邮件|E-?mail|电话|传真|网址|网站)\s*[:：]$", regex.I)
#: A field's value alone at the head of a line: an address or number, no Han (lyzgh_ldjj@163.com。).
_FIELD_VALUE = lazyrx.cached(r"^[A-Za-z0-9][\w.@:/+-]*[。;；,，]?$")
#: Shortest wrap width worth the name (below it the lines are a list or a table).
MIN_WIDTH = 16
#: Fewest cut lines of the wrap width before the page counts as hard-wrapped.
MIN_CUTS = 3


#: A document viewer's page marker alone on its line (第2页 / 共6页): the page it opens, and the pages in all.
_VIEWER_PAGE = lazyrx.cached(r"^第\s*(\d{1,3})\s*页\s*[/,，]?\s*共\s*(\d{1,3})\s*页$")


def viewer_pages(lines: list[Line], start: int) -> list[int] | None:
    """The page markers of a document shown page by page (a slide deck or PDF on a document-sharing site, 第1页 / 共6页
    over each page's text) from line ``start``: two or more, numbered 1, 2, 3 … of one count. None for other pages."""
    marks: list[int] = []
    total = None
    for i in range(start, len(lines)):
        raw = lines[i].raw
        if "共" not in raw or "页" not in raw or lines[i].blank:  # (a cheap look first: most lines hold neither)
            continue
        m = _VIEWER_PAGE.match(lines[i].folded.strip())
        if m is None:
            continue
        if int(m[1]) != len(marks) + 1 or total is not None and m[2] != total:
            return None  # (a pager's count out of order: no page-by-page view)
        total = m[2]
        marks.append(i)
    return marks if len(marks) >= 2 else None


def furniture(text: str) -> bool:
    """A page-number line (page furniture of a paged text)."""
    return bool(PAGE_NO.match(text))


def ends_sentence(text: str) -> bool:
    """The line ends a sentence or a clause (so a paragraph may end on it)."""
    t = text.rstrip(_QUOTES) or text
    return t[-1] in ENDS


def wrap_width(texts: list[str]) -> int | None:
    """The page's wrap width: the commonest length of the lines that end mid-sentence, if enough do."""
    cut = Counter(len(t) for t in texts if len(t) >= MIN_WIDTH and not ends_sentence(t))
    if not cut:
        return None
    width, _ = max(cut.items(), key=lambda kv: (kv[1], kv[0]))
    return width if cut[width] + cut.get(width - 1, 0) >= MIN_CUTS else None


#: Widest paragraph indent (characters): a line set further in is right-aligned (a signature, a date), no cut line.
INDENT_MAX = 4


def _indent(raw: str) -> int:
    """A line's indent in characters (an ideographic space one, two ASCII spaces one): a paragraph's first line
    cut by the count of characters holds that many fewer."""
    head = raw[:len(raw) - len(raw.lstrip())]
    return head.count("\u3000") + head.count(" ") // 2


def _halves(raw: str) -> int:
    """How wide a line sets on the page, in half columns, its indent included: a half-width letter or digit takes
    one, a Han character two (a paragraph's first line is cut as wide as the others, with two columns of indent
    before fewer characters; a line with digits holds more characters). 0 for a right-aligned line."""
    text = raw.strip()
    lead = _indent(raw)
    return 0 if lead > INDENT_MAX else 2 * len(text) - len(text.encode("ascii", "ignore")) + 2 * lead


def half_width(widths: list[int]) -> int | None:
    """The page's wrap width in half columns (``_halves``): the commonest width of the lines that end mid-sentence,
    if enough lines are cut at it (half a column short when a full-width character did not fit, a column over
    when a closing mark hangs past the margin)."""
    cut = Counter(w for w in widths if w >= 2 * MIN_WIDTH)
    if not cut:
        return None
    width, _ = max(cut.items(), key=lambda kv: (kv[1], kv[0]))
    return width if sum(cut[w] for w in range(width - 1, width + 3)) >= MIN_CUTS else None


def groups(lines: list[Line]) -> list[list[int]] | None:
    """The page's lines grouped into paragraphs (indexes in order), or None when the page is not paged hard-wrapped text.

    Blank lines, form feeds and page-number lines belong to no group. A line
    at the wrap width that ends mid-sentence goes on in the next text line,
    over blank lines and page breaks, unless that one opens a list item. A
    title set over two lines (…关于… / …的决定) is one group too.
    """
    for ln in lines:  # (a cheap look for page furniture first: most pages have none)
        raw = ln.raw
        # (a page number opens with a dash or 第 once stripped: an indented paragraph is said without the pattern)
        if "\f" in raw or raw[:1] in _PAGE_NO_START and raw.lstrip()[:1] in _PAGE_NO_HEAD and furniture(raw.strip()):
            break
    else:
        return None
    texts = [_page_text(ln) for ln in lines]
    heads = running_heads(lines, texts)
    content = [i for i, t in enumerate(texts) if t and not furniture(t) and i not in heads]
    if len(content) == sum(1 for t in texts if t) and not any("\f" in ln.raw for ln in lines):
        return None  # no page furniture: not a paged text
    width = wrap_width([texts[i] for i in content])
    if width is None:
        return None
    halves = {i: _halves(lines[i].raw) for i in content}
    span = half_width([halves[i] for i in content if not ends_sentence(texts[i])])
    # (a converter may cut by the count of characters, the indent's spaces and half-width marks one each: then the
    # cut lines have one length with their indent, where a paragraph's first line holds fewer characters of text)
    # (a line set further in than a paragraph's indent is centred or right-aligned, no cut line by this count either:
    # a bulletin's centred headline is as long as a cut line with its indent)
    chars = {i: len(lines[i].raw.rstrip()) if _indent(lines[i].raw) <= INDENT_MAX else 0 for i in content}
    count = wrap_width([lines[i].raw.rstrip() for i in content])
    alone = {i for i in content if _standalone_row(lines[i], texts[i])}
    out: list[list[int]] = []
    joined_title = False
    title: list[int] | None = None  # the group of a title set over two lines
    for i in content:
        t = texts[i]
        if out and i not in alone and out[-1][-1] not in alone:
            p = texts[out[-1][-1]]
            lead = _indent(lines[out[-1][-1]].raw)
            full = (width - 1 <= len(p) <= width or 0 < lead <= INDENT_MAX and width - 1 <= len(p) + lead <= width
                    or span is not None and span - 1 <= halves[out[-1][-1]] <= span + 2
                    or count is not None and count - 1 <= chars[out[-1][-1]] <= count)
            if full and not ends_sentence(p) and not _ITEM.match(t) and not _document_title(lines, out, texts) \
                    or full and _FIELD_CUT.search(p) and _FIELD_VALUE.match(t):
                out[-1].append(i)
                continue
            if not joined_title and len(out[-1]) == 1 and (_title_halves(p, t, width)
                                                           or _headline_halves(lines, out, texts, i, width)):
                joined_title = True
                out[-1].append(i)
                title = out[-1]
                continue
        out.append([i])
    # a cut paragraph ends on a sentence: lines of one width that end none are a list's items (units, names)
    out = [part for g in out for part in ([g] if len(g) == 1 or ends_sentence(texts[g[-1]]) or g is title
                                         or _title_halves(texts[g[0]], texts[g[-1]], width) else [[i] for i in g])]
    return out if len(content) - len(out) >= MIN_CUTS else None  # (lines joined: the page shows the damage)


def _standalone_row(ln: Line, text: str) -> bool:
    """A line that is never part of a cut paragraph: a drawn rule (under a bulletin's masthead, over its
    distribution list), or a row set in parts apart with no clause in it (the masthead's issuer and date,
    "某某工会办公室编        2024年5月10日"). As wide as the page's cut lines, either would run on into the next."""
    return separator_line(ln.folded) or _WIDE_GAP.search(ln.raw.strip()) is not None and not _CLAUSE_PUNCT.search(text)


#: A wide gap inside a line (a running header's name set left and its issue or date right), and how many
#: filled lines at the page's top may hold the masthead that a running header repeats.
_WIDE_GAP = lazyrx.cached(r"\S(?: {4,}|\u3000{2,}|\t)\S")
_MASTHEAD_LINES = 4
#: The shortest masthead line (despaced) whose repeat tells a running header (工会简报, 第7期 is too short alone).
_MASTHEAD_MIN = 4


def running_heads(lines: list[Line], texts: list[str]) -> set[int]:
    """The running headers of a paged text (a bulletin's name and issue atop each page after the first,
    "某某工会简报        2016年第7期"): the line right after a page break that ends a paragraph cut mid-sentence,
    with no punctuation of a sentence, set in two parts apart or repeating a line of the masthead. Page furniture:
    the paragraph runs on over it (else it would split the sentence and stand as a line of the text)."""
    filled = [i for i, t in enumerate(texts) if t]
    top = {d for i in filled[:_MASTHEAD_LINES] if len(d := _SPACES.sub("", texts[i])) >= _MASTHEAD_MIN}
    out: set[int] = set()
    for k, i in enumerate(filled[:-2]):
        if not (furniture(texts[i]) or "\f" in lines[i].raw):
            continue
        j = filled[k + 1]
        prev = next((filled[m] for m in range(k - 1, -1, -1) if not furniture(texts[filled[m]])), None)
        t = texts[j]
        if prev is None or ends_sentence(texts[prev]) or furniture(t) or _CLAUSE_PUNCT.search(t):
            continue
        if _WIDE_GAP.search(lines[j].raw.strip()) or any(m in _SPACES.sub("", t) for m in top):
            out.add(j)
    return out


_SPACES = lazyrx.cached(r"\s+")


def _document_title(lines: list[Line], out: list[list[int]], texts: list[str]) -> bool:
    """The last group of ``out`` is a document's title (…关于举办…的通知: no clause punctuation, a document's
    ending, not indented as a paragraph's first line is, no sentence above it on the page): set as wide as the
    page's lines, it ends there all the same, and the salutation under it (各县（市、区）总工会，…：) opens the text."""
    group = out[-1]
    # (asked for each line a paragraph grows by: the ending, two characters at most, is read from the group's last
    # two lines before the whole group is joined)
    if _DOC_END.search("".join(texts[i] for i in group[-2:])) is None:
        return False
    t = "".join(texts[i] for i in group)
    if _CLAUSE_PUNCT.search(t) or t.count("《") != t.count("》") or _indent(lines[group[0]].raw):
        return False
    return _no_sentence_above(out, texts)


def _no_sentence_above(out: list[list[int]], texts: list[str]) -> bool:
    """No group before the last one of ``out`` holds a full stop: the last group is at the page's top."""
    return not any("。" in texts[i] for g in out[:-1] for i in g)


def _page_text(ln: Line) -> str:
    """The line's text as the page has it (before any mark: the grouping must not change as lines are marked)."""
    return Line(0, ln.raw).text if ln.touched else ln.text


#: Punctuation of a sentence or clause (a title line has none).
_CLAUSE_PUNCT = lazyrx.cached(r"[,，。;；:：!！?？]")


def _title_halves(p: str, q: str, width: int) -> bool:
    """p and q are the two lines of a document's title (…关于表彰… / …的决定, or the issuer over 关于…的决定):
    neither has punctuation of a sentence."""
    return (("关于" in p or q.startswith("关于")) and _DOC_END.search(q) is not None and len(p) < width and len(q) < width
            and not _CLAUSE_PUNCT.search(p + q))


#: How long the first line of a headline wrapped over two lines is at least (normed characters), and the
#: whitespace that a masthead's spaced name or an issuer and date row holds (no headline's line does).
_HEADLINE_MIN = 10
_INNER_SPACE = lazyrx.cached(r"\S\s+\S")
#: A headline's phrase carried over its wrap: the first line closing on a joining word or an open quote, or the second
#: opening on a conjunction (暨 joins the names of a combined meeting: "…表彰大会" / "暨…推进会").
_CARRIED_ON = lazyrx.cached(r"(?:[的与和及暨“《])\n|\n(?:暨|及|以及|与|和|并)")


def _headline_halves(lines: list[Line], out: list[list[int]], texts: list[str], i: int, width: int) -> bool:
    """Line i ends a headline wrapped over two lines at the top of the page (a bulletin's "…打造15分钟" /
    "职工服务圈"): the two lines adjacent, set apart by blank lines, neither with a sentence's punctuation or spaces
    inside, the first narrower than the text and wider than the second, no sentence above them on the page."""
    j = out[-1][0]
    p, q = texts[j], texts[i]
    if i != j + 1 or not _HEADLINE_MIN <= len(p) < width or not 2 <= len(q) < len(p) or _ITEM.match(q):
        return False
    # (a bulletin draws a rule under its masthead right over the headline; a PDF without blank lines sets the text
    # right under it, the second line then carrying on the first's phrase: "…表彰大会" / "暨…推进会")
    if j and not lines[j - 1].blank and not separator_line(lines[j - 1].folded) \
            or i + 1 < len(lines) and not lines[i + 1].blank and not _CARRIED_ON.search(p + "\n" + q):
        return False
    if _CLAUSE_PUNCT.search(p + q) or _INNER_SPACE.search(p) or _INNER_SPACE.search(q):
        return False
    return _no_sentence_above(out, texts)


def virtual_page(lines: list[Line], grp: list[list[int]]) -> tuple[str, list[list[tuple[int, int]]]]:
    """The grouped paragraphs as a page of text (one line each, blank lines between), and for each of
    its lines the (page line, length) pieces it is made of, in order (blank lines: none)."""
    rows: list[str] = []
    pieces: list[list[tuple[int, int]]] = []
    for g in grp:
        if rows:
            rows.append("")
            pieces.append([])
        rows.append("".join(lines[i].text for i in g))
        pieces.append([(i, len(lines[i].text)) for i in g])
    return "\n".join(rows), pieces


def carry_back(lines: list[Line], vlines: list[Line], pieces: list[list[tuple[int, int]]]) -> None:
    """Mark on the page's lines what the reading of the virtual page marked on its paragraphs."""
    for vl, parts in zip(vlines, pieces):
        carry_runs(vl, parts, lines)


def read_paged(lines: list[Line], process) -> tuple[list[Line], int | None, list[int]] | None:
    """Read a paged hard-wrapped page through ``process`` on its virtual page: the page's lines marked, the
    title's first line and the body's lines (every line of each kept paragraph); None for other pages."""
    grp = groups(lines)
    if grp is None:
        return None
    grouped = {i for g in grp for i in g}
    for i, ln in enumerate(lines):
        if not ln.blank and i not in grouped:
            ln.mark_all("navigation")  # page numbers and running headers: page furniture
    vtext, pieces = virtual_page(lines, grp)
    vlines, vt, vb = process(vtext)
    carry_back(lines, vlines, pieces)
    title_idx = pieces[vt][0][0] if vt is not None and pieces[vt] else None
    body = [i for v in vb for i, _ in pieces[v] if not lines[i].blank]
    return lines, title_idx, body


def joined(lines: list[Line], title_idx: int | None, body: list[int]) -> tuple[str | None, list[str]] | None:
    """The title and paragraphs of a paged page with their cut lines joined again (None for other pages)."""
    grp = groups(lines)
    if grp is None:
        return None
    title = None
    paras: list[str] = []
    keep = set(body)
    for g in grp:
        if title_idx is not None and g[0] == title_idx:
            title = "".join(lines[i].text for i in g)
            continue
        t = "".join(lines[i].text for i in g if i in keep)
        if t:
            paras.append(t)
    return title, paras
