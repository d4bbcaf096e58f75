"""The word model: jieba's unigram frequencies, the best-path Segmenter and the reading gain of a piece."""

from __future__ import annotations

import math
from functools import lru_cache

from .base import HAN_RUN, MAX_WORD, UNKNOWN_COST, OTHER_COST, is_han


#: Word costs (-log p) memoised across calls; -1 marks a prefix that is not a word, -2 not even a prefix.
_COSTS: dict[str, float] = {}
MAX_COSTS = 200_000  # entries kept in _COSTS (a few tens of MB at most)
_LOGS: dict[str, float] = {}  # log frequency of the words cost_without joins across a cut (same cap)


# --------------------------------------------------------------------------- word model


@lru_cache(maxsize=1)
def _model():
    """jieba's word frequencies as a lookup table and log-total, loaded only when a page needs them
    (from the shipped table in wordfreq.py: tens of milliseconds instead of jieba's second)."""
    from ..wordfreq import load

    table = load()
    return table, math.log(table.total)


@lru_cache(maxsize=1)
def _simplifier():
    """A length-preserving traditional→simplified mapper (the word model is in simplified script)."""
    from ..script import is_traditional, to_simplified

    def convert(text: str) -> str:
        if not is_traditional(text):
            return text
        out = to_simplified(text)
        return out if len(out) == len(text) else text

    short = lru_cache(maxsize=1 << 15)(convert)  # words and chunks come back again and again

    def simp(text: str) -> str:
        return short(text) if len(text) <= MAX_WORD else convert(text)

    return simp


def _is_word(w: str) -> bool:
    """The (simplified) string is a dictionary word (its frequency is above 0): the word-cost memo
    answers without the table most of the time."""
    c = _COSTS.get(w)
    if c is not None:
        return c >= 0
    return bool(_model()[0].get(w))


class Segmenter:
    """Best-path unigram segmentation of one string, with forward and backward costs."""

    def __init__(self, s: str):
        freq, logtotal = _model()
        self.s, self.freq, self.logtotal = s, freq, logtotal
        n = len(s)
        han = list(map(is_han, s)) if not HAN_RUN.fullmatch(s) else [True] * n
        if len(_COSTS) > MAX_COSTS:  # a long corpus meets ever new strings: start the memo afresh
            _COSTS.clear()
        cost = _COSTS
        get = cost.get
        inf = float("inf")
        f = [inf] * (n + 1)
        f[0] = 0.0
        edges: list[list[tuple[int, float]]] = []
        # reach[i]: an end k such that s[i:k] starts no dictionary word (nor does anything longer)
        reach = [n + MAX_WORD + 1] * n
        for i in range(n):
            fi = f[i]  # final: every edge into i starts before it
            if not han[i]:
                out = [(i + 1, OTHER_COST)]
                if fi + OTHER_COST < f[i + 1]:
                    f[i + 1] = fi + OTHER_COST
            else:
                out = []
                for k in range(i + 1, min(n, i + MAX_WORD) + 1):
                    w = s[i:k]
                    c = get(w)
                    if c is None:
                        fr = freq.get(w)
                        c = cost[w] = -2.0 if fr is None else logtotal - math.log(fr) if fr > 0 else -1.0
                    if c == -2.0:
                        reach[i] = k
                        break
                    if c >= 0:
                        out.append((k, c))
                        if fi + c < f[k]:  # the forward pass as the edges come (a minimum: order-free)
                            f[k] = fi + c
                if not out or out[0][0] != i + 1:
                    out.insert(0, (i + 1, UNKNOWN_COST))
                    if fi + UNKNOWN_COST < f[i + 1]:
                        f[i + 1] = fi + UNKNOWN_COST
            edges.append(out)
        b = [inf] * (n + 1)
        b[n] = 0.0
        for i in range(n - 1, -1, -1):
            best = inf
            for k, c in edges[i]:
                v = c + b[k]
                if v < best:
                    best = v
            b[i] = best
        self.f, self.b, self.edges, self.han, self.reach = f, b, edges, han, reach

    def word_cost(self, w: str) -> float | None:
        """Cost of a dictionary word, None when it is not one."""
        c = _COSTS.get(w)  # the same float as computed here: logtotal - log(freq)
        if c is not None:
            return c if c >= 0 else None
        fr = self.freq.get(w)
        return self.logtotal - math.log(fr) if fr else None

    def cost_without(self, i: int, j: int) -> float:
        """Best segmentation cost of the string with s[i:j] deleted."""
        s, f, b = self.s, self.f, self.b
        best = f[i] + b[j]
        if j >= len(s) or not self.han[j]:
            return best
        freq, logtotal, han, reach = self.freq, self.logtotal, self.han, self.reach
        get = _COSTS.get  # tells non-words (-2) and prefixes (-1) without a table lookup
        for a in range(i - 1, max(0, i - MAX_WORD + 1) - 1, -1):
            if not han[a]:
                break
            if reach[a] <= i:
                continue  # s[a:i] starts no word, so neither does s[a:i] + s[j:m]
            pre = s[a:i]
            for m in range(j + 1, min(len(s), j + MAX_WORD - len(pre)) + 1):
                w = pre + s[j:m]
                c = get(w)
                if c is None:
                    fr = freq.get(w)
                    if fr is None:
                        break
                elif c == -2.0:
                    break
                elif c < 0:
                    continue
                else:
                    fr = 1  # a word: its log frequency is memoised
                if fr > 0:
                    lf = _LOGS.get(w)
                    if lf is None:
                        if len(_LOGS) > MAX_COSTS:
                            _LOGS.clear()
                        lf = _LOGS[w] = math.log(freq.get(w))
                    v = f[a] + logtotal - lf + b[m]
                    if v < best:  # min(best, v)
                        best = v
        return best

    def alone(self, i: int, j: int) -> float:
        """Best segmentation cost of s[i:j] on its own."""
        n = j - i
        g = [0.0] + [float("inf")] * n
        edges = self.edges
        for x in range(n):
            gx = g[x]
            for k, c in edges[i + x]:
                k -= i
                if k > n:
                    break  # edges run left to right
                v = gx + c
                if v < g[k]:  # min(g[k], v)
                    g[k] = v
        return g[n]


@lru_cache(maxsize=4096)
def loose_chars(text: str) -> int:
    """How many characters the best reading of the (simplified) string on its own leaves as one-character words:
    title characters picked with gaps read as loose characters (区|会|开|年), the sentence's words do not (果业|职工)."""
    seg = Segmenter(text)
    b, n, i = seg.b, len(text), 0
    loose = 0
    while i < n:
        k = min(seg.edges[i], key=lambda e: e[1] + b[e[0]])[0]
        loose += k == i + 1
        i = k
    return loose


def _run_bounds(par: str, i: int) -> tuple[int, int]:
    """The maximal run of Han characters around offset i."""
    a, b = i, i
    while a > 0 and is_han(par[a - 1]):
        a -= 1
    while b < len(par) and is_han(par[b]):
        b += 1
    return a, b


def _piece_gain(par: str, x: int, y: int, segs: dict | None = None) -> float:
    """How much better (in cost units) the Han run around par[x:y] reads without it (``segs``: Segmenters by
    run text, shared by the readings of one page)."""
    r0, r1 = _run_bounds(par, x)
    run = _simplifier()(par[r0:r1])
    seg = segs.get(run) if segs is not None else None
    if seg is None:
        seg = Segmenter(run)
        if segs is not None:
            segs[run] = seg
    return seg.f[len(seg.s)] - seg.cost_without(x - r0, y - r0)


def joined_reading(par: str, a: int, b: int) -> bool:
    """The Han run around par[a:b], read with it cut out, keeps the characters on either side in one word: the cut
    rejoins a word (打|措并|造 reads 打造), not only a chance pair (推动|职工书屋|向新 reads 推动|向, no 动向)."""
    r0, _ = _run_bounds(par, a - 1)
    _, r1 = _run_bounds(par, b)
    left, right = _simplifier()(par[r0:a]), _simplifier()(par[b:r1])
    seg = Segmenter(left + right)
    k = len(left)
    return seg.f[k] + seg.b[k] - seg.f[len(seg.s)] > 1e-9


@lru_cache(maxsize=1 << 16)
def _han_word(pair: str) -> bool:
    """The two characters are Han and make a dictionary word (memoised: asked about the characters
    around every short run of title characters, and a word model lookup costs a few microseconds)."""
    return all(map(is_han, pair)) and bool(_model()[0].get(_simplifier()(pair)))
