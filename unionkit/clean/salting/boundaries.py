"""The title's own word boundaries (the segmenter's reading of the title, and its punctuation gaps)."""

from __future__ import annotations

from functools import lru_cache

from .base import HAN_RUNS, MAX_WORD, PLACE_SUFFIX
from .words import _simplifier, Segmenter
from .title import Title


@lru_cache(maxsize=64)
def _title_segmenter(han: str) -> Segmenter:
    """The Segmenter of a title's simplified Han text, read by both _title_bounds and _alt_words (a fresh title's
    reading costs tens of microseconds; a Segmenter is never changed once built)."""
    return Segmenter(_simplifier()(han))


def title_boundaries(t: Title) -> frozenset[int]:
    """Word boundaries (Han indices) of the title under the word model, and wherever the title puts
    something else between two Han characters (为22名劳模: 名 opens a word, though 为名 joins in t.han)."""
    return _boundaries(t.text, t.han)


@lru_cache(maxsize=256)
def _boundaries(text: str, han: str) -> frozenset[int]:
    """title_boundaries for the title's text and Han characters (cached: asked per paragraph and per span)."""
    return _title_bounds(han) | _gaps(text)


@lru_cache(maxsize=256)
def _gaps(title: str) -> frozenset[int]:
    """Han indices of the title's Han characters that follow a non-Han character (digits, quotes, spaces;
    cached: _restated_last asks per span)."""
    # (by maximal Han runs, not character by character: a run after the first follows a non-Han character)
    out, k = set(), 0
    for m in HAN_RUNS.finditer(title):
        if k:
            out.add(k)
        k += m.end() - m.start()
    return frozenset(out)


@lru_cache(maxsize=256)
def _title_bounds(han: str) -> frozenset[int]:
    """Word boundaries of a title's Han text (cached: one page's paragraphs share the title)."""
    seg = _title_segmenter(han)
    simp = seg.s
    bounds, k = {0, len(simp)}, len(simp)
    f = seg.f
    into: list[list[tuple[int, float]]] = [[] for _ in range(len(simp) + 1)]
    for a, out in enumerate(seg.edges):  # the edges into each position, from the leftmost start
        for e, cst in out:
            into[e].append((a, cst))
    while k > 0:  # walk the best path back from the end: the leftmost start of a best word ending at k
        fk = f[k]
        a = next((a for a, cst in into[k] if a >= k - MAX_WORD and abs(f[a] + cst - fk) < 1e-9), None)
        if a is not None:
            bounds.add(a)
            k = a
        else:
            k -= 1
            bounds.add(k)
    return frozenset(_place_before_union(han, bounds))


UNION_WORDS = ("总工会", "總工會", "工会", "工會")
NAME_MIN, NAME_MAX = 2, 3  # characters of a place's name read from loose characters


def _place_before_union(han: str, bounds: set[int]) -> set[int]:
    """The boundaries with the place opening the title before its union read whole: a name of two or three characters
    the model lacks is read as loose characters (凤|岗|镇|总工会) or with its last character in the level word
    (狮|山镇|总工会), where the text writes the place short (在狮山…): the name becomes one word, the level character
    another (狮山|镇). (After a higher place, 南昌市|红|谷|滩区, the name read whole made its head 红谷 a cut piece that the
    text's own 红谷滩区总工会 then lost on a salted test page: left as the model reads it.)"""
    for lvl in range(NAME_MIN, NAME_MAX + 1):  # (the level character's index: the name is han[:lvl])
        if han[lvl:lvl + 1] in PLACE_SUFFIX and han.startswith(UNION_WORDS, lvl + 1) and lvl + 1 in bounds \
                and all(k in bounds for k in range(1, lvl)):
            return (bounds - set(range(1, lvl))) | {lvl}
    return bounds


SPLIT_MARGIN = 2.0  # cost (word model units) by which a title word may beat its reading as two words and still be split


@lru_cache(maxsize=256)
def word_splits(han: str, tb: frozenset[int]) -> frozenset[int]:
    """The offsets inside one title word (between two of the boundaries tb) that split it into two dictionary words
    of two or more characters each, read as two words nearly as well as one (within SPLIT_MARGIN: 职业|技能 of 职业技能,
    a compound the dictionary lists a few times): text restating the title's words splits it as often (以劳动和技能竞赛
    为抓手 under a title read 职业技能|竞赛). A one-character head (总 of 总工会) is no split, nor a name (石景|山区,
    滨海|新区: far worse read as two words)."""
    seg = _title_segmenter(han)
    cost = [dict(out) for out in seg.edges]
    bs = sorted(tb)
    return frozenset(k for p, q in zip(bs, bs[1:]) for k in range(p + 2, q - 1) if k in cost[p] and q in cost[k]
                     and q in cost[p] and cost[p][k] + cost[k][q] - cost[p][q] <= SPLIT_MARGIN)
