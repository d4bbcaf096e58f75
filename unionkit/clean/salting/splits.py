"""Title runs splitting a dictionary word (心理测|送去|评): four or more on a page are salt; so are a lone title
character's loose copies when two or more of its copies split a word (有|堂|限), and a title piece spliced inside the
text's own title words (总工|教课|会)."""

from __future__ import annotations

import re

from .base import _with_splits, _find_all, is_han
from .words import _han_word, joined_reading
from .title import Title, _title_chars, _title_marks, MARK_CHAR
from .boundaries import title_boundaries
from .runs import _word_across, _between_words, _on_bounds
from .chunks import readings
from .leftovers import lone_gain


SPLIT_MIN = 4  # word-splitting title runs a page must show before any of them is taken as salt
SPLIT_MAX = 5  # longest such run (characters)


def split_spans(paragraphs: list[str], t: Title, memo: dict | None = None) -> list[list[tuple[int, int]]]:
    """Runs of title characters that split a dictionary word of the sentence in two (心理测|送去|评,
    咨|晋江市|询): a salter that inserts chunks inside words leaves the word's halves on either side,
    and a sentence's own words never sit inside another word. A lone such run is often chance (名|职工|将
    reads 名将), so they count only when the page shows SPLIT_MIN or more; each run is maximal, Han on
    both sides, reads in the title's order, and makes no word with either neighbour. ``memo``: the runs
    by paragraph text, for one title (the readings of one page see mostly the same paragraphs again)."""
    if len(t.han) < 4:
        return [[] for _ in paragraphs]
    memo = {} if memo is None else memo
    out: list[list[tuple[int, int]]] = []
    for par in paragraphs:
        found = memo.get(par)
        if found is None:
            found = memo[par] = _split_runs(par, t)
        out.append(found)
    return out if sum(map(len, out)) >= SPLIT_MIN else [[] for _ in paragraphs]


def _split_runs(par: str, t: Title) -> list[tuple[int, int]]:
    """split_spans's runs in one paragraph, whatever the page's count."""
    found = []
    for a, b in _title_chars(par, t.han):
        if b - a > SPLIT_MAX or a == 0 or b >= len(par):
            continue
        if not _han_word(par[a - 1] + par[b]) or par[a - 1] in ADDRESS or _between_words(par, a, b):
            continue
        if not _word_across(par, a) and not _word_across(par, b) and readings(par[a:b], t, 1) \
                and not _between_reading(par, a, b, t):
            found.append((a, b))
    return found


def _between_reading(par: str, a: int, b: int, t: Title) -> bool:
    """The run is whole title words the sentence reads, with it cut out, as standing between two words (推动|职工书屋|
    向新: 动向 across it is chance, the text says 推动…向); a piece cut inside a title word (近三年|庆区|来) is the
    salter's however the halves read."""
    return _on_bounds(par[a:b], t.han, title_boundaries(t)) and not joined_reading(par, a, b)


#: Prefixes addressing a person by surname (老张, 小李: dictionary words); a noun between one and a name is the prefix's
#: own noun (老|渔工|张宝山, an old fisherman named Zhang), no word split in two.
ADDRESS = frozenset("老小")


LONE_SPLIT_MIN = 2     # word-splitting copies one lone title character must show before its loose copies are taken
# Reading gain (cost units) above which a loose copy reads as put in: about a character's cost as a word on its own
# (堂 9.7), so a character the sentence often uses as a word by itself between two others (了 4.2, 我 5.2, 会 6.5) never is.
LONE_SPLIT_GAIN = 8.0
# One title character with no title character on either side (the title's characters marked as in _title_chars).
_LONE_MARK = re.compile(f"(?<!{MARK_CHAR}){MARK_CHAR}(?!{MARK_CHAR})")


def lone_splits(out: list[list[tuple[int, int]]], paragraphs: list[str], t: Title,
                segs: dict | None = None) -> list[list[tuple[int, int]]]:
    """A lone title character the salter put in several places of the page, LONE_SPLIT_MIN or more of them inside a
    dictionary word whose halves it splits (有|堂|限, 宣|堂|讲): its other copies glued to no word of either neighbour
    (连|堂|图纸, 学生|堂|李) are salt too, while the page's own uses of it sit inside words (课堂, 食堂) and stay. The
    evidence is the character's own: counted toward split_spans' page-wide count, such pieces would release the
    ordinary runs of other pages."""
    loose: dict[str, list[tuple[int, int]]] = {}
    for pi, par in enumerate(paragraphs):
        if MARK_CHAR in par:  # (no marking of the title's characters: a page of control characters is no salter's)
            continue
        for m in _LONE_MARK.finditer(par.translate(_title_marks(t.han))):
            p = m.start()
            if not (_word_across(par, p) or _word_across(par, p + 1)) and lone_gain(par, p, segs) > LONE_SPLIT_GAIN:
                loose.setdefault(par[p], []).append((pi, p))
    add: list[list[tuple[int, int]]] = [[] for _ in paragraphs]
    for copies in loose.values():
        copies = _unpaired(copies, paragraphs)
        if sum(_splits_word(paragraphs[pi], p) for pi, p in copies) >= LONE_SPLIT_MIN:
            for pi, p in copies:
                add[pi].append((p, p + 1))
    return _with_splits(out, add) if any(add) else out


def _unpaired(copies: list[tuple[int, int]], paragraphs: list[str]) -> list[tuple[int, int]]:
    """The copies (paragraph, offset) of one character whose pair with neither neighbour recurs at another copy: a
    pair the page repeats is a word of its own the dictionary lacks (拖欠|蟹款 … 追回|蟹款, 一室一特色、一室一品牌), while
    a salter puts the character next to different characters each time."""
    def han_pairs(par: str, p: int) -> set[str]:
        """The character's pairs with its Han neighbours (a mark beside it makes none)."""
        return {x for x in (par[max(p - 1, 0):p + 1], par[p:p + 2]) if len(x) == 2 and all(map(is_han, x))}

    pairs: dict[str, int] = {}
    for pi, p in copies:
        for pair in han_pairs(paragraphs[pi], p):
            pairs[pair] = pairs.get(pair, 0) + 1
    return [(pi, p) for pi, p in copies if all(pairs[x] == 1 for x in han_pairs(paragraphs[pi], p))]


def _splits_word(par: str, p: int) -> bool:
    """The character at p sits between the two halves of a dictionary word (有|堂|限) that are no words' ends of their
    own (_between_words)."""
    return 0 < p < len(par) - 1 and _han_word(par[p - 1] + par[p + 1]) and not _between_words(par, p, p + 1)


SPLICE_JOIN = 4  # characters of the title piece the two sides of a spliced-in piece must rejoin into


def spliced_pieces(out: list[list[tuple[int, int]]], paragraphs: list[str], t: Title) -> list[list[tuple[int, int]]]:
    """The spans plus a verbatim title piece the salter put inside the text's own copy of title words (夷陵区总工|教课|会):
    a run of title characters that without the piece is one verbatim title stretch of SPLICE_JOIN or more characters,
    whole title words cut by the piece inside one of them (工|会 of 总工会), the piece from a part of the title apart from
    that stretch. Real text naming the title's words writes them whole; it never puts a word inside another."""
    tb = title_boundaries(t)
    add = [[sp for k, e in _title_chars(par, t.han) if e - k > SPLICE_JOIN for sp in _spliced_in(par, k, e, t, tb)]
           for par in paragraphs]
    return _with_splits(out, add) if any(add) else out


def _spliced_in(par: str, k: int, e: int, t: Title, tb: frozenset[int]) -> list[tuple[int, int]]:
    """spliced_pieces' piece in the run par[k:e] of title characters (at most one)."""
    han = t.han
    for i in range(k + 1, e - 2):
        for n in range(2, min(SPLIT_MAX, e - i - 1) + 1):
            piece, rest = par[i:i + n], par[k:i] + par[i + n:e]
            if len(rest) >= SPLICE_JOIN and piece in han and rest in han \
                    and any(_rejoins(s, len(rest), i - k, _find_all(han, piece), n, tb) for s in _find_all(han, rest)):
                return [(i, i + n)]
    return []


def _rejoins(s: int, m: int, cut: int, qs: list[int], n: int, tb: frozenset[int]) -> bool:
    """The rejoined title stretch han[s:s+m] is whole title words cut at s+cut inside one, and the spliced piece (of n
    characters, at title offsets qs) lies apart from it, not touching it (a copy of the sides' own words, 南|南岗区|岗区总工会
    or 工会|工会|工作, is a doubling; a piece going on from them, 夢農|公益法律|民工, is the title read on)."""
    return s in tb and s + m in tb and s + cut not in tb and all(q + n < s or q > s + m for q in qs)
