"""Longer cut pieces of the title (holding its punctuation) at clause openings: one cutting of the title."""

from __future__ import annotations

from collections import Counter
from functools import lru_cache

from .base import HAN_RUNS, CLAUSE_MARKS, MAX_LEN, NUM_TITLE, ORG_AFTER, PLACE_SUFFIX, is_han
from .title import Title, _dangling, _title_chars
from .boundaries import title_boundaries
from .runs import LEVEL_CHARS


CUT_PIECES = 3     # distinct cut title pieces a page's clause openings must show before cut_pieces takes any
CUT_LONG = 2       # of them holding three Han characters or more
CUT_LONGEST = 8    # longest piece looked at (characters, the title's punctuation included)
WIDTH = str.maketrans("\uff0c\uff1b\uff1a\uff01\uff1f\uff08\uff09", ",;:!?()")  # full-width marks read as ASCII


def cut_pieces(paragraphs: list[str], t: Title) -> list[list[tuple[int, int]]]:
    """Spans plus the longer title pieces a salter put at clause openings (or dangling after a paragraph's last
    full stop) when it cuts the title into a few pieces of three to five characters (第一次参 | 加劳模 | 疗休养，我),
    some holding the title's own punctuation: CUT_PIECES or more distinct pieces cut inside the title's words, across
    its punctuation or dangling, whose title stretches do not overlap (one cutting of the title), show the salt; then
    whole-word pieces of three characters or more opening clauses are taken too when they fill the title stretches
    between them. A piece ending a union name (区总工会) or a level place, or running on into a level word (宜春|市),
    is the text's own shorthand, never one."""
    tb = title_boundaries(t)
    folded = t.text.translate(WIDTH)
    pos = _han_offsets(t.text)
    found: list[tuple[int, int, int, int, int, bool]] = []  # (paragraph, start, end, title han start, end, cut)
    for pi, par in enumerate(paragraphs):
        for a, _ in _title_chars(par, t.han):
            if a == 0 or par[a - 1] not in CLAUSE_MARKS:
                continue
            got = _opening_piece(par, a, folded, pos)
            if got is None:
                continue
            b, h0, h1, crosses = got
            dangle = _dangling(par, a, b)
            if b < len(par.rstrip()) and not dangle and not NUM_TITLE.match(par, b):
                continue  # (a piece runs on into the sentence or dangles; before a mark it is the clause itself)
            if ORG_AFTER.search(par, max(a, b - 3), b) and par[b - 1] in "会會" or par[b - 1] in LEVEL_CHARS \
                    or _resumed(par, b, t, h1):
                continue
            # (a two-character piece cut inside the title's words is as often the text's word: 职工 of 困难职工)
            c = crosses or dangle or h1 - h0 >= 3 and (h0 not in tb or h1 not in tb)
            if c or par[b:b + 1] not in PLACE_SUFFIX:  # (a whole-word piece before a level word: 江西宜春|市, the text's)
                found.append((pi, a, b, h0, h1, c))
    res: list[list[tuple[int, int]]] = [[] for _ in paragraphs]
    cut = _one_cutting(Counter((h0, h1) for *_, h0, h1, c in found if c))
    if len(cut) < CUT_PIECES or sum(h1 - h0 >= 3 for h0, h1 in cut) < CUT_LONG \
            or len({pi for pi, _, _, h0, h1, _ in found if (h0, h1) in cut}) < 2:
        return res
    # (a stretch the cutting shows elsewhere, here whole title words opening a clause, counts only in a paragraph that
    # shows a cut piece too: ，招聘会当天 in a paragraph the salter left alone is the sentence's subject, even when the
    # same words dangle after other paragraphs' last full stops)
    cut_in = {pi for pi, _, _, h0, h1, c in found if c and (h0, h1) in cut}
    for pi, a, b, h0, h1, c in found:
        if not c and (h0, h1) in cut and pi not in cut_in:
            continue
        if (h0, h1) in cut or not c and h1 - h0 >= 3 and not any(h0 < y and x < h1 for x, y in cut):
            res[pi].append((a, b))
    return res


def _resumed(par: str, b: int, t: Title, h1: int) -> bool:
    """After par[:b], a run of title characters (another chunk) and then the title going on from h1 (公益法律|展尊|
    服务, salt put inside the sentence's own restatement of the title): the piece is the text's."""
    nxt = t.han[h1:h1 + 2]
    if len(nxt) < 2:
        return False
    k = b
    while k < len(par) and k - b <= MAX_LEN and par[k] in t.where:
        k += 1
        if par.startswith(nxt, k):
            return True
    return False


def _one_cutting(pieces: Counter) -> set[tuple[int, int]]:
    """The title stretches of the cut pieces that make one cutting of the title: longer (then more often seen) ones
    first, a stretch overlapping one kept is the text's word (第一 of 第一天 against the piece 第一次参)."""
    kept: set[tuple[int, int]] = set()
    for x in sorted(pieces, key=lambda x: (x[0] - x[1], -pieces[x], x)):
        if not any(x[0] < y[1] and y[0] < x[1] for y in kept):
            kept.add(x)
    return kept


@lru_cache(maxsize=128)
def _han_offsets(title: str) -> tuple[int, ...]:
    """For each offset of the title's text (and its end), the number of Han characters before it."""
    out, n, at = [], 0, 0
    for m in HAN_RUNS.finditer(title):  # (by maximal Han runs: the count stays put over what lies between)
        a, b = m.span()
        out.extend([n] * (a - at))
        out.extend(range(n, n + b - a))
        n, at = n + b - a, b
    out.extend([n] * (len(title) - at))
    return tuple(out + [n])


def _opening_piece(par: str, a: int, folded: str, pos: tuple[int, ...]) -> tuple[int, int, int, bool] | None:
    """The longest verbatim piece of the title (its punctuation matched, or left out by the page: 工匠”培育 written
    工匠培育) opening at par[a] and not going on from the text before the clause mark: (end, title Han start, end,
    whether it crosses the title's punctuation); None when it holds fewer than two Han characters."""
    best = None
    k = folded.find(par[a])
    while k >= 0:
        if not (k > 0 and folded[k - 1] == par[a - 1].translate(WIDTH)):
            j, q, crosses, last = a, k, False, None
            while j < len(par) and q < len(folded) and j - a < CUT_LONGEST:
                if par[j].translate(WIDTH) == folded[q]:
                    if is_han(par[j]):
                        last = (j + 1, q + 1)
                    elif last is not None:
                        crosses = True
                    j, q = j + 1, q + 1
                elif not is_han(folded[q]) and last is not None:
                    q, crosses = q + 1, True
                else:
                    break
            if last is not None and j - a < CUT_LONGEST:  # (a longer run restates the title: no piece)
                b, qe = last
                h0, h1 = pos[k], pos[qe]
                inner = crosses and not all(map(is_han, par[a:b])) or h1 - h0 < b - a or \
                    not all(map(is_han, folded[k:qe]))
                if h1 - h0 >= 2 and (best is None or b > best[0]):
                    best = (b, h0, h1, inner)
        k = folded.find(par[a], k + 1)
    return best
