"""PDF pages converted to positioned HTML (pdf2htmlEX): the lines of a paragraph joined again.

pdf2htmlEX writes every visual line of a PDF as its own absolutely placed ``div.t`` (classed by its left
position, ``x1``, and its font size, ``fs1``), so a notice's paragraphs arrive cut at the page's width, some
cuts falling after a full stop or in the middle of a word (一 / 次性). The layout still tells the cuts from
paragraph ends: a paragraph opens indented (two ideographic spaces) and a cut line runs to the right margin;
a line at the body's left edge, in the body's font, not indented, after a full line, goes on the line before.
"""

from __future__ import annotations

from collections import Counter

from .. import recode
from .lines import Walk, line_text

#: The text lines of a pdf2htmlEX page (every line is a ``div.t`` inside a page ``div.pf``).
_PDF_LINES = "#page-container .pf div.t"
_X_CLASS = recode.compile(r"^x[0-9a-f]+$")
_FS_CLASS = recode.compile(r"^fs[0-9a-f]+$")
# A page number set apart by dashes (— 1 —, - 2 -): no part of the text, nor a break in a paragraph.
_PAGE_NO = recode.compile(r"^[—–\-－]+\s*\d{1,3}\s*[—–\-－]+$")
_WS = recode.compile(r"\s+")
#: A line at least this share of the page's widest body line runs to the right margin (a cut, not an end).
FULL_SHARE = 0.8


def is_pdf_page(tree) -> bool:
    """Whether the page is a pdf2htmlEX conversion (its page container holding positioned text lines)."""
    return tree.css_first("#page-container .pf") is not None


def _width(text: str) -> float:
    """A line's printed width in ideographs: half-width characters count half."""
    return sum(0.5 if ord(ch) < 0x2E80 and ch != "\u3000" else 1.0 for ch in text)


def _classes(node, rx) -> str | None:
    """The element's first class token ``rx`` matches (its position or font-size class), or None."""
    return next((c for c in (node.attributes.get("class") or "").split() if rx.match(c)), None)


def continued_lines(tree) -> list[tuple[str, bool]]:
    """(line text, continues the previous text line) of each non-empty text line of a pdf2htmlEX page."""
    rows = []
    for node in tree.css(_PDF_LINES):
        raw = (node.text(deep=True) or "").strip("\r\n\t ")
        text = line_text(raw)
        if text:
            rows.append((text, raw[:1] == "\u3000", _classes(node, _X_CLASS), _classes(node, _FS_CLASS),
                         _width(raw.rstrip())))
    body = [r for r in rows if not _PAGE_NO.match(r[0])]
    if len(body) < 3:
        return [(r[0], False) for r in rows]
    x, fs = Counter((r[2], r[3]) for r in body).most_common(1)[0][0]
    full = FULL_SHARE * max(r[4] for r in body if (r[2], r[3]) == (x, fs))
    out, prev = [], None
    for r in rows:
        if _PAGE_NO.match(r[0]):
            out.append((r[0], False))
            continue
        out.append((r[0], prev is not None and _goes_on(prev, r, (x, fs), full)))
        prev = r
    return out


#: Marks a paragraph's last line ends with (a line cut anywhere else goes on below).
_ENDS = frozenset("。！？；：…”」』）》!?;:)")


def _goes_on(prev: tuple, row: tuple, body: tuple, full: float) -> bool:
    """Whether ``row`` continues ``prev``: in the body's place and font, not indented, under a line that runs to
    the margin or stops mid-clause; or, in a heading's larger font (not the body's), the second line of a
    heading split in two (关于开展…“金秋助学” / 活动的通知)."""
    if row[1] or (row[2], row[3]) != (prev[2], prev[3]):
        return False
    if (row[2], row[3]) == body:
        return prev[4] >= full or prev[0][-1] not in _ENDS
    return row[3] != body[1] and prev[0][-1] not in _STOPS  # (a heading's line may end on a quote: …“金秋助学”)


_STOPS = frozenset("。！？；：!?;:")


def join_pdf_lines(tree, w: Walk) -> None:
    """Join ``w``'s lines that continue the paragraph of the text line before them (see ``continued_lines``);
    a page number between two parts of a paragraph moves after it. Lines are matched to the page's text
    lines in order; the reading keeps its lines when they do not match."""
    rows = continued_lines(tree)
    if not any(goes_on for _, goes_on in rows):
        return
    keys = [_WS.sub("", ln) for ln in w.lines]
    row_keys = [_WS.sub("", text) for text, _ in rows]  # (once: the search below runs over them for every line)
    lines: list[str] = []
    headings: set[int] = set()
    pending: list[str] = []  # page numbers met inside a paragraph
    j, last = 0, None  # next page row; output index of the last text line
    for k, ln in enumerate(w.lines):
        m = next((i for i in range(j, len(rows)) if row_keys[i] == keys[k]), None)
        if m is None:  # a line from outside the pages (an outline, a viewer's chrome): kept as it is
            text, goes_on = ln, False
        else:
            text, goes_on = rows[m]
            j = m + 1
        if _PAGE_NO.match(text):
            pending.append(ln)
            continue
        if goes_on and last is not None:
            lines[last] = lines[last] + ln
            continue
        lines.extend(pending)
        pending = []
        last = len(lines)
        if k in w.headings:
            headings.add(last)
        lines.append(ln)
    lines.extend(pending)
    w.lines[:] = lines
    w.headings.clear()
    w.headings.update(headings)
