"""The page's tail: labelled fields left in the body's last lines, a notice's signature date, the date of the
byline block closing the text."""

from __future__ import annotations

from ... import lazyrx
from ...record import Removal
from ..dates import find_published, parse_datetime
from .base import _HAN, _ORG_END, normalise_line
from .labels import labelled_fields

# A notice's signature: the issuer on a line of its own (a body's name, or bodies set off by spaces: 某县总工会
# 某县人社局), then the date alone on the next line, in figures or in Chinese numerals (二〇二四年四月二十五日).
_ISSUER = lazyrx.compile(r"^\p{Han}{2,30}(?:\s+\p{Han}{2,30}){0,3}$")
_SIGNED_DATE = lazyrx.compile(r"^(?:(?:19|20)\d\d\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日"
                              r"|[〇○零一二三四五六七八九]{4}年[一二三四五六七八九十]{1,3}月[一二三四五六七八九十]{1,3}日)$")
_ANNEX = ("附件", "附表")


def _signature_date(body: list[str]) -> str | None:
    """The date a notice is signed on, from its signature block in the body (the issuer, then the date alone):
    the block ends the body, or only the annex the notice names (附件：…名单) follows it, as a PDF's
    signature stands over the annexed list. (A date line under a name elsewhere, with prose after it, is no
    signature.)"""
    for i in range(len(body) - 1, 0, -1):
        d = body[i].strip()
        if "年" not in d or not d.endswith("日") or not _SIGNED_DATE.match(normalise_line(d).strip()):
            continue
        issuer = normalise_line(body[i - 1]).strip()
        if not _ISSUER.match(issuer) or not _ORG_END.search(issuer):
            continue
        if i + 1 < len(body) and not any(p.lstrip().startswith(_ANNEX) for p in body[max(0, i - 4):i + 2]):
            continue
        return parse_datetime(d)
    return None


def _removed_signature_date(removed: list[Removal]) -> str | None:
    """The date of a signature the cleaner took off as a byline (an official document's seal block over its
    imprint, a report's signing unit): the issuer's row, then the date's row right under it."""
    rows = sorted((r for r in removed if r.kind == "byline" and r.line is not None), key=lambda r: r.line)
    for a, b in zip(rows, rows[1:]):
        if b.line - a.line <= 2 and (d := _signature_date([a.text, b.text])) is not None:
            return d
    return None


_TAIL_LINE_MAX = 40
_SENTENCE_END = lazyrx.compile(r"[。！？!?]$")


def _chinese_end(body: list[str]) -> int:
    """Where the body's Chinese text ends: after its last paragraph holding a Han character (a bilingual page closes
    with an English summary, after the credits that close the Chinese text); a body with none ends at its end."""
    end = len(body)
    while end and not _HAN.search(body[end - 1]):
        end -= 1
    return end or len(body)


def _tail_fields(body: list[str]) -> list[tuple[str, str]]:
    """Labelled fields of short last body paragraphs that are only labels (【纠错】 编辑:王小明) —
    what a cleaner may have left in the body, before an English summary closing it."""
    out = []
    end = _chinese_end(body)
    for para in body[max(0, end - 2):end]:
        p = para.strip()
        if not p or len(p) > _TAIL_LINE_MAX:
            continue
        fields = labelled_fields(p)
        if fields and not _SENTENCE_END.search(p):
            out.extend(fields)
    return out


#: Kinds of the rows of a byline block closing the text (来源：X / 作者：Y / 责任编辑：Z / 2020-09-17).
_CLOSING_KINDS = frozenset(("byline", "editor_line", "credit", "page_header"))


def _closing_block_date(removed: list[Removal], end: float) -> str | None:
    """The publish date of the byline block a page closes its text with (来源 / 作者 / 责任编辑 rows, then the date
    alone on its line): the rows on consecutive lines around the tail's first editor line, read as a header is."""
    rows = sorted((r for r in removed if r.line is not None and r.kind in _CLOSING_KINDS), key=lambda r: r.line)
    at = next((i for i, r in enumerate(rows) if r.line == end and r.kind == "editor_line"), None)
    if at is None:
        return None
    lo = hi = at
    while lo > 0 and rows[lo - 1].line == rows[lo].line - 1:
        lo -= 1
    while hi + 1 < len(rows) and rows[hi + 1].line == rows[hi].line + 1:
        hi += 1
    return find_published([normalise_line(r.text) for r in rows[lo:hi + 1]]) if hi > lo else None
