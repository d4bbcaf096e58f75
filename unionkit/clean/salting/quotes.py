"""The title's own quote marks a salter cut with its chunks (届“ … 杯”), taken as a pair."""

from __future__ import annotations

from .base import OPEN_QUOTES, CLOSE_QUOTES
from .title import Title


def title_quotes(out: list[list[tuple[int, int]]], paragraphs: list[str], t: Title) -> list[list[tuple[int, int]]]:
    """The spans plus the title's own quote marks a salter cut with its chunks (届“ … 杯” of 第五届“金刀杯”): an opening
    quote right after one span and a closing quote right after a later span of the paragraph, each written after the
    span's text in the title too. Cut as a pair, so the paragraph's own quotations stay balanced (a real quotation's
    closing mark follows the sentence's words, not a chunk)."""
    if not any(out) or not any(q in t.text for q in OPEN_QUOTES):
        return out
    res = []
    for par, spans in zip(paragraphs, out):
        opens = [q for q, (a, b) in enumerate(spans) if _quote_after(par, a, b, t.text, OPEN_QUOTES)]
        closes = [q for q, (a, b) in enumerate(spans) if _quote_after(par, a, b, t.text, CLOSE_QUOTES)]
        grow = set()
        for o in opens:
            c = next((c for c in closes if c > o and c not in grow
                      and not any(ch in OPEN_QUOTES + CLOSE_QUOTES for ch in par[spans[o][1] + 1:spans[c][0]])), None)
            if c is not None:
                grow |= {o, c}
        res.append([(a, b + 1) if q in grow else (a, b) for q, (a, b) in enumerate(spans)] if grow else spans)
    return res


def _quote_after(par: str, a: int, b: int, title: str, marks: str) -> bool:
    """The span par[a:b] is followed by one of ``marks`` in the paragraph, and the title writes that mark after the
    span's text too."""
    return b < len(par) and par[b] in marks and b - a >= 1 and par[a:b + 1] in title
