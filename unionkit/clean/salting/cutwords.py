"""Title pieces cut inside title words: a light salter's few pieces on a long page, pieces cut at both ends."""

from __future__ import annotations

from bisect import bisect_right

from .title import Title, _title_chars, _whole_item
from .boundaries import title_boundaries
from .runs import LEVEL_CHARS
from .words import _is_word, _han_word, _simplifier
from .gate import NARROW, open_cut, run_shape, _shapes


CUT_WORDS = 2  # distinct cut pieces, in as many paragraphs, a page must show (one of them cut at its head)
MIN_CUT = 3    # characters of a piece: a two-character cut of a title word is the text's short word (劳动 of 劳动者)


def cut_words(paragraphs: list[str], t: Title, gate: dict[str, int] | None = None) -> list[list[tuple[int, int]]]:
    """The pieces of a salter that puts only two to four title pieces on a page, too few for a chain of chunks: a
    piece of MIN_CUT or more characters, no dictionary word, opening the narrow gate (``gate.open_cut``), that starts
    or ends inside a title word the page writes whole elsewhere, the sentence lacking the word's rest beside it
    (开展|都仑区|“寒冬 under 昆都仑区…, 区总工会|形态劳动|将 under …新就业形态|劳动者…). CUT_WORDS distinct ones in as
    many paragraphs, one of them cut at its head, are salt: real text shortens a title word by its head (a place's
    level, 区服装 of 芦淞区|服装行业) or drops its tail for a word of its own (劳动争议|就地 of 劳动争议案), but does not
    start a word the page names whole at its middle character. ``gate``: the gate levels of paragraph texts already
    read (a paragraph whose gate stays shut holds no such piece)."""
    res: list[list[tuple[int, int]]] = [[] for _ in paragraphs]
    if len(t.han) < 4:
        return res
    tb = title_boundaries(t)
    bounds = sorted(tb | {0, len(t.han)})
    page = "\n".join(paragraphs)
    found = []  # (paragraph, start, end, cut at its head)
    for pi, par in enumerate(paragraphs):
        level = gate.get(par) if gate is not None else None
        if level is None or level >= NARROW:
            found += [(pi, i, j, side == "head") for i, j, side, _ in _cut_pieces(par, t, tb, bounds, page) if side]
    if len({pi for pi, *_ in found}) < CUT_WORDS or len({paragraphs[pi][a:b] for pi, a, b, _ in found}) < CUT_WORDS \
            or not any(head for *_, head in found):
        return res
    for pi, a, b, _ in found:
        res[pi].append((a, b))
    return res


def _cut_pieces(par: str, t: Title, tb: frozenset[int], bounds: list[int], page: str) -> list[tuple[int, int, str, bool]]:
    """The paragraph's cut pieces of a title word the page writes whole, or of two title words: (start, end, where it
    cuts a word the page writes whole (``_cut_side``), whether it is cut inside title words at both ends)."""
    han = t.han
    shapes = _shapes(han, tb)
    out = []
    for o, e in _title_chars(par, han):
        shape = run_shape(par[o:e], han, tb, shapes)
        if not shape or _whole_item(par, o, e):
            continue
        for i, j, starts in shape[0]:
            i, j = o + i, o + j
            if j - i < MIN_CUT or _is_word(_simplifier()(par[i:j])) or not open_cut(par, i, j, starts, t, tb, page):
                continue
            sides = [_cut_side(par, i, j, s, han, bounds, page) for s in starts]
            both = any(_cut_within(par, i, j, s, han, bounds) for s in starts)
            if any(sides) or both:
                out.append((i, j, "head" if "head" in sides else "tail" if any(sides) else "", both))
    return out


def _cut_within(par: str, i: int, j: int, s: int, han: str, bounds: list[int]) -> bool:
    """The piece par[i:j], at title offset s, starts and ends inside title words, the sentence holding neither word's
    rest beside it (举办|西区总|2024年 of 涧西区|总工会)."""
    e = s + j - i
    k, m = bisect_right(bounds, s) - 1, bisect_right(bounds, e - 1) - 1
    w0, w1 = bounds[k], bounds[m + 1]
    return w0 < s and e < w1 and par[max(0, i - (s - w0)):i] != han[w0:s] and par[j:j + w1 - e] != han[e:w1]


def cut_within(out: list[list[tuple[int, int]]], paragraphs: list[str], t: Title) -> list[list[tuple[int, int]]]:
    """Spans plus, on a page whose salt is found, the title pieces of MIN_CUT or more characters, no dictionary word,
    opening the narrow gate, cut inside title words at both ends (``_cut_within``) and glued into no word on either
    side: the text shortens a title's name at one end (区总工会, 涧西区), a salter's chunk is cut wherever its list's
    cuts fall. A piece touching a span is the text's title words the salt was put into (竞赛月活|劳动|动), and one
    making a word with a neighbour the sentence's (河|蟹养殖, 基层工会|建设)."""
    if not any(out) or len(t.han) < 4:
        return out
    tb = title_boundaries(t)
    bounds = sorted(tb | {0, len(t.han)})
    page = "\n".join(paragraphs)
    res = []
    for par, spans in zip(paragraphs, out):
        add = [(i, j) for i, j, _, both in _cut_pieces(par, t, tb, bounds, page)
               if both and not any(a <= j and i <= b for a, b in spans) and not _han_word(par[i - 1:i + 1])
               and not _han_word(par[j - 1:j + 1])]
        res.append(sorted(spans + add) if add else spans)
    return res if res != out else out


def _cut_side(par: str, i: int, j: int, s: int, han: str, bounds: list[int], page: str) -> str:
    """Where the piece par[i:j], at title offset s, cuts a title word the page writes whole without the sentence
    holding the word's rest beside it: "head" (it starts at the word's middle, 都仑区 of 昆都仑区, where what it keeps
    of the word is two characters or more and no word: a level word's short form, 区服装 of 芦淞区|服装, the head of a
    compound, 竞赛 of 劳动竞赛, and one character going on from the word before it, 进|场招聘 of 专场, are the text's),
    "tail" (it ends there), or ""."""
    e = s + j - i
    k = bisect_right(bounds, s) - 1
    w0, w1 = bounds[k], bounds[k + 1]
    if w0 < s and w1 - s >= 2 and _simplifier()(han[s]) not in LEVEL_CHARS and not _is_word(_simplifier()(han[s:w1])) \
            and par[max(0, i - (s - w0)):i] != han[w0:s] and han[w0:w1] in page:
        return "head"
    k = bisect_right(bounds, e - 1) - 1
    w0, w1 = bounds[k], bounds[k + 1]
    if e < w1 and par[j:j + w1 - e] != han[e:w1] and han[w0:w1] in page:
        return "tail"
    return ""
