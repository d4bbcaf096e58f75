"""List items and seam neighbours of the found chunks, and lone title characters at clause marks and in lists."""

from __future__ import annotations

from functools import lru_cache

from .base import HAN, HAN_RUN, HAN_RUNS, CLAUSE_MARKS, MAX_LEN, _without, UNION_NAME
from .title import Title, prepare_title, left_is_mark
from .boundaries import title_boundaries
from .runs import _word_across, _whole_tiling
from .chunks import readings
from .leftovers import lone_gain


LIST_JOIN = frozenset("、和及与與")  # what separates or ends the items of a list (困难职工、困难劳模和一线职工)


def list_items(out: list[list[tuple[int, int]]], paragraphs: list[str], t: Title) -> list[list[tuple[int, int]]]:
    """Spans without the title words that make a list item parallel to the item before it: the item's head
    repeating the head of the item before the 、 (困难职工、[困难]劳模), or its tail repeating the tail of an
    earlier item of the same clause after 和/、 (困难职工、…和一线[职工]): the sentence's own list, whose items
    share words; a salter's chunk does not fall into such a parallel slot."""
    return _without(out, paragraphs, lambda par, a, b, spans: _parallel_head(par, a, b, spans)
                    or _parallel_tail(par, a, b, spans))


def _parallel_head(par: str, a: int, b: int, spans) -> bool:
    """par[a:b] opens a list item after 、 and the item before ends on the same words plus as many characters
    as follow the span before the next list mark (困难职工、[困难]劳模和)."""
    w = par[a:b]
    if a < 1 or par[a - 1] != "、" or not HAN_RUN.fullmatch(w):
        return False
    rest = HAN_RUNS.match(par, b)
    if rest is None:
        return False
    n = next((k for k in range(1, min(4, len(rest.group())) + 1) if rest.group()[k - 1] in LIST_JOIN), None)
    n = (n - 1) if n is not None else len(rest.group())
    if not 1 <= n <= 3 or (b + n < len(par) and par[b + n] not in LIST_JOIN and par[b + n] not in CLAUSE_MARKS):
        return False
    before = par[:a - 1]
    return (before.endswith(w + before[len(before) - n:]) and HAN_RUN.fullmatch(before[len(before) - n - len(w):])
            and not any(x < a - 1 and a - 1 - n - len(w) < y for x, y in spans))


def _parallel_tail(par: str, a: int, b: int, spans) -> bool:
    """par[a:b] closes a list item after 和/、 (1-3 characters after the joiner) and an earlier item of the same
    clause ends on the same words before a list mark (困难职工、…和一线[职工])."""
    w = par[a:b]
    if not HAN_RUN.fullmatch(w):
        return False
    j = next((k for k in range(a - 1, max(a - 4, 0) - 1, -1) if par[k] in LIST_JOIN), None)
    if j is None or j == a - 1 or not HAN_RUN.fullmatch(par[j + 1:a]):
        return False
    lo = max((k for k in range(j) if par[k] in CLAUSE_MARKS and par[k] != "、"), default=-1) + 1
    k = par.find(w, lo, j)
    while k >= 0:
        if k + len(w) <= j and par[k + len(w)] in LIST_JOIN and not any(x < k + len(w) and k < y for x, y in spans):
            return True
        k = par.find(w, k + 1, j)
    return False


ITEM_MIN = 3  # found chunks heading items of one 、 list before its other items' title-word heads are taken


def item_heads(out: list[list[tuple[int, int]]], paragraphs: list[str], t: Title) -> list[list[tuple[int, int]]]:
    """Spans plus the title words heading items of a 、 list whose other items ITEM_MIN or more found chunks head
    (王志刚、包头|苏日娜、市庆|巴特尔、表彰|乌云其木格、国际|高娃): a salter that puts its chunks at list items does
    not keep the title's order there, so the chain decoding passes over the ones out of order. The head lies between
    the list's first and last found chunk, is two to four title characters not running on along the title, the item
    goes on after it, and its title stretch is apart from the page's found chunks' (a chunk list cuts the title once)."""
    claimed = {k for par, sp in zip(paragraphs, out) for a, b in sp
               for s in (t.han.find(par[a:b]),) if s >= 0 for k in range(s, s + b - a)}
    res = None
    for pi, (par, spans) in enumerate(zip(paragraphs, out)):
        heads = [a for a, b in spans if a > 0 and par[a - 1] == "、" and b < len(par) and HAN.match(par[b])]
        if len(heads) < ITEM_MIN:
            continue
        for lo, hi in _lists(par, heads):
            for j in range(lo, hi):
                if par[j - 1] != "、" or any(a <= j < b for a, b in spans):
                    continue
                n = _item_head(par, j, t.han, claimed)
                if n:
                    res = res or [list(sp) for sp in out]
                    res[pi].append((j, j + n))
    return out if res is None else [sorted(sp) for sp in res]


def _lists(par: str, heads: list[int]) -> list[tuple[int, int]]:
    """(first, last) found head of each clause (its marks other than 、 apart) holding ITEM_MIN or more of ``heads``."""
    groups: list[list[int]] = []
    for a in sorted(heads):
        if groups and not any(par[k] in CLAUSE_MARKS and par[k] != "、" for k in range(groups[-1][-1], a)):
            groups[-1].append(a)
        else:
            groups.append([a])
    return [(g[0], g[-1]) for g in groups if len(g) >= ITEM_MIN]


def _item_head(par: str, j: int, han: str, claimed: set[int]) -> int:
    """Length of the title piece (two to four characters) heading the list item at par[j], 0 when there is none: the
    longest verbatim piece, not running on along the title, followed by the item's own Han characters, its title
    stretch unclaimed."""
    for n in range(4, 1, -1):
        piece = par[j:j + n]
        s = han.find(piece)
        if s < 0 or not HAN_RUN.fullmatch(piece) or j + n >= len(par) or not HAN.match(par[j + n]):
            continue
        if par[j:j + n + 1] in han or any(k in claimed for k in range(s, s + n)):
            return 0
        return n
    return 0


NEIGHBOUR_MIN = 3  # found chunks, tiling a stretch of the title, before seam_neighbours extends the stretch


def seam_neighbours(out: list[list[tuple[int, int]]], paragraphs: list[str], t: Title) -> list[list[tuple[int, int]]]:
    """A title piece (two to four characters) right after a clause mark that the salter cut next to the page's
    chunks: the found chunks tile a stretch of the title (为苗|族刺|绣女) and the piece is the title's next or
    previous characters (工开 after 绣女, 工会 before 为苗), cut at a place that is no title word boundary on one
    end, opening a clause it does not end, not running on into a word of the sentence, not whole title words
    (为|渔民 提供…) unless a title piece holding it follows at once (工会县总工会), and no level union name
    (县总工会: the text's own short name, see own_unions). Salters that do not
    keep the title's order in a paragraph put these where the chain decoding does not look for them."""
    if not any(out):
        return out
    chunks = {par[a:b] for par, sp in zip(paragraphs, out) for a, b in sp}
    lo, hi = _tiled_stretch(chunks, t.han)
    if lo is None:
        return out
    tb = title_boundaries(t)
    res = []
    for par, spans in zip(paragraphs, out):
        taken = set(spans)
        for k in range(1, len(par) - 2):
            if par[k - 1] not in CLAUSE_MARKS or any(a <= k < b for a, b in taken):
                continue
            for n in (2, 3, 4):
                for s in (hi, lo - n):
                    if s < 0 or par[k:k + n] != t.han[s:s + n] or k + n >= len(par) or par[k + n] in CLAUSE_MARKS:
                        continue
                    if (s in tb and s + n in tb) or _word_across(par, k + n) or UNION_NAME.fullmatch(par[k:k + n]):
                        continue
                    if _whole_tiling(par[k:k + n], t.han, tb) and not _restated_after(par, k, k + n, t.han):
                        continue  # title words the clause opens with (为|渔民 提供…, 职工 只能…)
                    taken.add((k, k + n))
        res.append(sorted(taken))
    return res


def _restated_after(par: str, a: int, b: int, han: str) -> bool:
    """A title piece of three or more characters holding par[a:b] follows it at once (工会|县总工会): the
    word said twice, which real text does not do."""
    return any(par[a:b] in par[b:b + n] and par[b:b + n] in han for n in range(3, MAX_LEN + 2) if b + n <= len(par))


def _tiled_stretch(chunks: set[str], han: str) -> tuple[int | None, int | None]:
    """The longest stretch of the title that NEIGHBOUR_MIN or more of the chunks (verbatim, two or more characters)
    tile with nothing skipped: (start, end), (None, None) when there is none."""
    pos = sorted({(s, s + len(c)) for c in chunks if len(c) >= 2 for s in range(len(han)) if han.startswith(c, s)})
    best = (None, None, 0)
    for s, e in pos:
        n, end = 1, e
        while True:
            nxt = next((e2 for s2, e2 in pos if s2 == end), None)
            if nxt is None:
                break
            n, end = n + 1, nxt
        if n >= NEIGHBOUR_MIN and (best[0] is None or end - s > best[1] - best[0]):
            best = (s, end, n)
    return best[0], best[1]


LONE_GAIN = 2.0  # reading gain (cost units) above which a lone title character at a clause mark, in title order, is salt
LONE_MARGIN = 1.0  # gain by which the lone character taken must beat another copy of it in the same stretch
LONE_MIN = 2     # spans a paragraph must hold before a lone character at a clause mark is taken


def lone_marks(out: list[list[tuple[int, int]]], paragraphs: list[str], t: Title, segs: dict | None = None) -> list[list[tuple[int, int]]]:
    """Lone title characters right after a clause mark, in the paragraph's salted chunks' title order (between
    the title ends of the chunks before and after them, or just after the last one), that the sentence reads
    better without (,[山]为户外 between 平顶 and 市总 of 平顶山市总工会): the salter put one-character chunks
    where it puts most chunks, several in a row when they go on in the title's order (,山为户外 … ,市叮嘱). Only in
    a paragraph holding two or more found chunks; a character that runs on into the title's next characters
    (,市总工会) is the sentence naming the title's words."""
    res = []
    for par, spans in zip(paragraphs, out):
        if len(spans) < LONE_MIN:
            res.append(spans)
            continue
        placed, lo = [], -1
        for a, b in spans:  # the chunks' title readings, in the paragraph's order
            r = _fits(par[a:b], t.han, lo, len(t.han))
            if r is None:
                break
            placed.append((a, b, r[0], r[-1]))
            lo = r[-1]
        else:
            spans = spans + _lone_at_marks(par, placed, t, segs)
        res.append(sorted(spans))
    return res


def _lone_at_marks(par: str, placed: list[tuple[int, int, int, int]], t: Title, segs: dict | None) -> list[tuple[int, int]]:
    """lone_marks for one paragraph whose chunks have the title readings ``placed`` (start, end, t0, t1)."""
    add = []
    for k, (a, b, t0, t1) in enumerate(placed):
        nxt = placed[k + 1] if k + 1 < len(placed) else None
        end = nxt[0] if nxt else len(par)
        hi = nxt[2] if nxt else t1 + 4
        # the lone chunks of a stretch go on in the title's order (,山为户外 … ,市叮嘱 between 平顶 and 工为户: a salter
        # may cut several one-character chunks in a row); none of a character another copy of which at a clause mark
        # reads about as well without it (，为附近…、为快递员: either may be salt)
        cands, gains = [], []
        for p in range(b + 1, end):
            if par[p - 1] not in CLAUSE_MARKS or par[p] not in t.where:
                continue
            qs = [q for q in t.where[par[p]] if t1 < q < hi]
            if not qs or (qs[0] + 1 < len(t.han) and p + 1 < len(par) and par[p + 1] == t.han[qs[0] + 1]):
                continue
            if _lone_item(par, p):
                continue
            if not _word_across(par, p + 1):
                gain = lone_gain(par, p, segs)
                gains.append((p, gain))
                if gain > LONE_GAIN and not _opens_union(par, p, t.han):
                    cands.append((p, qs, gain))
        last = t1
        for p, qs, gain in cands:
            q = next((q for q in qs if q > last), None)
            if q is None or any(x != p and par[x] == par[p] and g > gain - LONE_MARGIN for x, g in gains):
                continue
            add.append((p, p + 1))
            last = q
    return add


ITEM_ENDS = LIST_JOIN | {"等"}  # what follows a list item (顺丰、中通等)


def _lone_item(par: str, p: int) -> bool:
    """par[p], after a list's 、, heads an item that would be one character without it (顺丰、|中|通等平台): list
    items are words, so the character is the item's own."""
    return par[p - 1] == "、" and p + 2 < len(par) and bool(HAN.match(par[p + 1])) and par[p + 2] in ITEM_ENDS


def listed_lones(out: list[list[tuple[int, int]]], paragraphs: list[str], t: Title, segs: dict | None = None) -> list[list[tuple[int, int]]]:
    """lone_marks for a paragraph holding fewer chunks than it needs: a character another paragraph's salt holds as
    a one-character chunk right after a clause mark, found once after a mark in this paragraph ahead of its first
    chunk, in the title's order, and that the sentence reads better without (,[盐]变电… ,[城]使巡检… before a
    dangling 布会 when another paragraph reads ,盐|盐城… ,城|来自…): the page's chunk list, put in where it puts most
    chunks."""
    lones = {par[a] for par, sp in zip(paragraphs, out) for a, b in sp if b - a == 1 and left_is_mark(par, a)}
    if not lones:
        return out
    res = []
    for par, spans in zip(paragraphs, out):
        if not spans or len(spans) >= LONE_MIN:
            res.append(spans)
            continue
        first = _fits(par[spans[0][0]:spans[0][1]], t.han, -1, len(t.han))
        add, lo = [], -1
        for p in range(1, spans[0][0]) if first is not None else ():
            ch = par[p]
            if ch not in lones or par[p - 1] not in CLAUSE_MARKS:
                continue
            q = next((q for q in t.where[ch] if lo < q < first[0]), None)
            if q is None or sum(par[k] == ch and par[k - 1] in CLAUSE_MARKS for k in range(1, spans[0][0])) > 1 \
                    or q + 1 < len(t.han) and par[p + 1:p + 2] == t.han[q + 1] or _word_across(par, p + 1) \
                    or lone_gain(par, p, segs) <= LONE_GAIN:
                continue
            add.append((p, p + 1))
            lo = q
        res.append(sorted(spans + add) if add else spans)
    return res


@lru_cache(maxsize=4096)
def _fits(text: str, han: str, lo: int, hi: int, inside: bool = False) -> tuple[int, ...] | None:
    """A title reading of the fragment that starts after title index lo and by hi (or, ``inside``,
    lies wholly between lo and hi); None when there is none."""
    for r in readings(text, prepare_title(han)):
        if lo < r[0] and (r[-1] < hi if inside else r[0] <= hi):
            return r
    return None


def _opens_union(par: str, p: int, han: str) -> bool:
    """The character at p opens a verbatim piece of the title that holds a level union name (于|都县总工会…), or a
    place ending on its level whose union name goes on past the title's words (江|都区总工会 under 江都区“工会…”): the
    sentence naming the title's union, not a character put in on its own."""
    e = p + 1
    while e < len(par) and par[p:e + 1] in han:
        e += 1
    return (e - p >= 4 and UNION_NAME.search(par, p, e) is not None
            or e - p >= 2 and UNION_NAME.match(par, e - 1) is not None)
