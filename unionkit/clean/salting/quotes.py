"""The title's own quote marks a salter cut with its chunks: a pair (届“ … 杯”), or an opening mark left unbalanced;
and the marks it joins two names with (工会+驿站), opening a chunk at a clause mark."""

from __future__ import annotations

from .base import HAN, CLAUSE_MARKS, OPEN_QUOTES, CLOSE_QUOTES, _find_all
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


#: Marks a title joins two names with (工会+驿站, 中·外): no clause opens with one.
JOIN_MARKS = "+\uff0b\u00b7\u30fb"


def open_quote_chunks(out: list[list[tuple[int, int]]], paragraphs: list[str], t: Title) -> list[list[tuple[int, int]]]:
    """Spans plus the chunks that carry the title's opening quote mark (,“最美职 of 湛江市“最美职工”网络投票) or a mark it
    joins two names with (,+驿站 of “工会+驿站”): right after a clause mark, the mark and the title's text as the title
    writes it after that mark, two or more Han characters, then the sentence's own words (the text does not go on with
    the title) and, for a quote, no closing mark before the next opening quote or the paragraph's end. The salter cut
    the mark with its chunk and left a quote unbalanced or a clause opening on +; a real quotation closes
    (“最美职工”评选), and one restating the title goes on with it. Only on a page with salt found elsewhere."""
    marks = [q for q in OPEN_QUOTES + JOIN_MARKS if q in t.text]
    if not any(out) or not marks:
        return out
    res = []
    for par, spans in zip(paragraphs, out):
        add = []
        if any(q in par for q in marks):
            add = [(q, e) for q, e in _open_mark_pieces(par, t.text, marks) if not any(a < e and q < b for a, b in spans)]
        res.append(sorted(spans + add) if add else spans)
    return res


def _open_mark_pieces(par: str, title: str, marks: list[str]) -> list[tuple[int, int]]:
    """open_quote_chunks's (mark, end) spans in one paragraph."""
    res = []
    for q in sorted(k for ch in marks for k in _find_all(par, ch)):
        ch = par[q]
        if q == 0 or par[q - 1] not in CLAUSE_MARKS:
            continue
        e = q + 1
        while e < len(par) and par[q:e + 1] in title:
            e += 1
        if ch in OPEN_QUOTES:
            close = CLOSE_QUOTES[OPEN_QUOTES.index(ch)]
            nxt = par.find(ch, q + 1)
            if close in par[q + 1:nxt if nxt >= 0 else len(par)]:
                continue
        if sum(1 for c in par[q + 1:e] if HAN.match(c)) >= 2 and e < len(par) and HAN.match(par[e]):
            res.append((q, e))
    return res
