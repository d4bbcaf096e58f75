"""What a removal leaves: cut evidence, title characters touching a removed chunk, trimmed leftovers."""

from __future__ import annotations

from .base import HAN_RUN, SENTENCE_END, CLOSERS, MAX_LEN, ODD_COST, PLACE_SUFFIX, UNION_END, _as_spans
from .words import _model, _simplifier, _is_word, Segmenter, _piece_gain
from .title import Title, left_is_mark
from .runs import _verbatim_in, _word_across, glued
from .chunks import readings


def cut_evidence(par: str, spans: list[tuple[int, int]], t: Title, tb: frozenset[int]) -> bool:
    """Some removed fragment is salt by its shape, read in the paragraph with every removed fragment cut out:
    title characters dangling after the final sentence mark, a verbatim title piece cut inside a title word
    and not running on into a word of the sentence (市盘, 北区总工会 from 渝北区), or title characters with
    some skipped that make no word and stand apart from the sentence's words (岗总开展秋)."""
    removed = {k for a, b in spans for k in range(a, b)}
    simp = _simplifier()
    for a, b in spans:
        text = par[a:b]
        left = "".join([par[k] for k in range(max(0, a - 8), a) if k not in removed]).rstrip()[-2:]
        right = "".join([par[k] for k in range(b, min(len(par), b + 8)) if k not in removed])
        if not par[b:].strip() or not right.strip() and b + 8 >= len(par.rstrip()):
            k = len(left)
            while k > 0 and left[k - 1] in CLOSERS:
                k -= 1
            if k > 0 and left[k - 1] in SENTENCE_END:
                return True  # dangling after the last full stop (one character is enough: 。工)
        right = right[:2]
        if b - a < 2 or not HAN_RUN.fullmatch(text):
            continue
        ctx, i, j = left + text + right, len(left), len(left) + len(text)
        if text in t.han:
            if (b - a == 2 and not left_is_mark(ctx, i) and _alone_run(par, a, b, t.where, removed)
                    and _is_word(simp(text))):
                # a two-character word standing alone inside a clause, no title character or removal beside it
                # (开展海上救生, against the title's 送上海|上安全): the sentence's word too often; salt chunks
                # mostly sit beside other title characters (合会|余名)
                continue
            starts = [s for s in t.where[text[0]] if t.han.startswith(text, s)]
            if not any(_restates(s, s + len(text), t.han, tb) for s in starts) and not glued(ctx, i, j, starts, tb):
                return True
        elif readings(text, t, 1) and not _is_word(simp(text)):
            if len(text) >= 3 and (_alone_cost(simp(text)) >= ODD_COST or _cut_piece(text, t, tb)):
                return True  # loose title characters with some skipped (市春岗促就), or a cut piece in it (力量|明城)
            if left_is_mark(ctx, i) and not _word_across(ctx, i) and not _word_across(ctx, j):
                return True  # two characters only after a mark: mid-clause they read as a word too often (制|茶工)
    return False


def _alone_run(par: str, a: int, b: int, where: dict, removed: set[int]) -> bool:
    """par[a:b] is inside the paragraph with neither a title character nor a removal right before or after it."""
    return (a > 0 and b < len(par) and par[a - 1] not in where and par[b] not in where
            and a - 1 not in removed and b not in removed)


def _cut_piece(text: str, t: Title, tb: frozenset[int]) -> bool:
    """Some maximal verbatim title piece of two or more characters in the text is not a restatement."""
    for i, j, starts in _verbatim_in(text, 0, len(text), t.han, t.where):
        if not any(_restates(s, s + j - i, t.han, tb) for s in starts):
            return True
    return False


def _restates(s: int, e: int, han: str, tb: frozenset[int]) -> bool:
    """The title piece han[s:e] is how real text restates the title: whole title words, a level union name
    (区总工会; not from the 会 of 工会: 会系统扎实 of 工会|系统|扎实 is a cut), a title word's dictionary-word tail (工会 from 总工会) or a place name's short form (西秀 from
    西秀区, 石景山 from 石景山区). A word's head otherwise is a cut (石景, 总工, 州市 from 兰州市 is not a head)."""
    if s in tb and e in tb or s + 1 in tb and e in tb and e - s >= 4 and han[s] not in UNION_END:
        return True
    ws = max((b for b in tb if b <= s), default=0)
    we = min((b for b in tb if b >= e), default=len(han))
    if any(s < b < e for b in tb):
        return False
    if e == we:
        return _is_word(_simplifier()(han[s:e]))
    return s == ws and we - e == 1 and han[e] in PLACE_SUFFIX


def _alone_cost(text: str) -> float:
    """Best segmentation cost per character of a (simplified) string on its own."""
    return Segmenter(text).f[len(text)] / len(text)


EDGE_GAIN = 1.5  # reading gain (cost units) above which a title character left touching a removed chunk is salt


def trim_leftovers(out: list[list[tuple[int, int]]], paragraphs: list[str], t: Title,
                   segs: dict | None = None) -> list[list[tuple[int, int]]]:
    """On a page found salted, the pieces of title chunks the readings left: title characters dangling
    after a paragraph's final sentence mark (the salter's last chunk, often one character: ...十件实事。事),
    and a title character left touching a removed chunk that continues it in the title (批名|一, 举|办:
    the chunk was read shorter than it was put) when removing it does not make the sentence read worse."""
    if not any(out):
        return out
    res = []
    for par, spans in zip(paragraphs, out):
        idx = {k for a, b in spans for k in range(a, b)}
        tail = dangling_tail(par, idx, t)
        if tail is not None:
            idx.update(range(*tail))
        if spans:
            idx.update(touching(par, idx, t, segs))
        res.append(_as_spans(idx) if len(idx) != sum(b - a for a, b in spans) else spans)
    return res


def dangling_tail(par: str, idx: set[int], t: Title) -> tuple[int, int] | None:
    """The span of title characters (in the title's order, at most MAX_LEN - 1) that ends the paragraph,
    once the removed offsets ``idx`` are left out, right after its final sentence mark."""
    end = len(par.rstrip())
    while end > 0 and end - 1 in idx:
        end -= 1
        while end > 0 and par[end - 1].isspace():
            end -= 1
    k = end
    while k > 0 and par[k - 1] in t.where and k - 1 not in idx:
        k -= 1
    if k == end or end - k >= MAX_LEN:
        return None
    j = k
    while j > 0 and (par[j - 1].isspace() or j - 1 in idx):
        j -= 1
    while j > 0 and par[j - 1] in CLOSERS:
        j -= 1
    if j == 0 or par[j - 1] not in SENTENCE_END or not readings(par[k:end], t, 1):
        return None
    return k, end


def touching(par: str, idx: set[int], t: Title, segs: dict | None = None) -> list[int]:
    """Offsets of single title characters right after (or before) a removed run that continue the run's
    title reading by one character, and whose removal does not make the sentence read worse."""
    out = []
    han = t.han
    for a, b in _as_spans(idx):
        text = par[a:b]
        if not HAN_RUN.fullmatch(text):
            continue
        rs = readings(text, t)
        for p, q in ((b, 1), (a - 1, -1)):
            if not (0 <= p < len(par)) or p in idx or par[p] not in t.where:
                continue
            # the title position the character would take, for each reading that it continues
            at = [r[-1] + 1 if q > 0 else r[0] - 1 for r in rs]
            at = [x for x in at if 0 <= x < len(han) and han[x] == par[p]]
            if not at:
                continue
            # the text goes on with the title beyond it: a restatement of the title (于都县总|工会党组), not a cut
            nxt = p + q
            if 0 <= nxt < len(par) and any(0 <= x + q < len(han) and han[x + q] == par[nxt] for x in at):
                continue
            if outer_word(par, p, q):
                continue  # it makes a word with the sentence on its other side (职|工 before a chunk 会开)
            if lone_gain(par, p, segs) > EDGE_GAIN:
                out.append(p)
    return out


def outer_word(par: str, p: int, q: int) -> bool:
    """The character at p makes a dictionary word of two or three characters with the text on the side
    away from the chunk it touches (q = 1: the chunk is on its left, so the text on its right)."""
    get, simp = _model()[0].get, _simplifier()
    for n in (2, 3):
        a, b = (p, p + n) if q > 0 else (p - n + 1, p + 1)
        if a >= 0 and b <= len(par) and get(simp(par[a:b])):
            return True
    return False


def lone_gain(par: str, p: int, segs: dict | None = None) -> float:
    """How much better (in cost units) the Han run around offset p reads without the character at p."""
    return _piece_gain(par, p, p + 1, segs)
