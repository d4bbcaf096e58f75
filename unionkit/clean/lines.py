"""The page as lines whose characters each carry a fate: kept, or removed as some kind.

Every stage marks characters instead of cutting strings, so the removed pieces
and the kept text always add up to the input (the accounting invariant) and
``explain`` can show the page with each removed span labelled.
"""

from __future__ import annotations

from array import array
from functools import lru_cache, wraps
from itertools import groupby

import regex

from .. import lazyrx
from .whitespace import SPACE_CHARS, is_space, tidy, tidy_map

_VISIBLE = lazyrx.cached("[^" + regex.escape("".join(sorted(SPACE_CHARS))) + "]")

#: Internal kind for text kept as a photo caption (not a removal).
CAPTION = "caption"

# Small patterns every line rule uses, compiled once here (a module-level regex call pays a cache lookup).
STOPS = lazyrx.cached(r"[。!?]")        # sentence ends
FULL_STOP = lazyrx.cached(r"[。]")
HAN = lazyrx.cached(r"\p{Han}")


def other_han_class(*patterns: str) -> str:
    """A class of the Han characters (U+4E00-U+9FFF) that none of ``patterns`` names (they name characters only
    as literals: no \\p{Han}, \\S, \\w, dot or negated class that could take other Han characters)."""
    named = sorted({ord(c) for p in patterns for c in p if "\u4e00" <= c <= "\u9fff"})
    ranges, lo = [], 0x4E00
    for c in [*named, 0xA000]:
        if c > lo:
            ranges.append(f"\\u{lo:04x}-\\u{c - 1:04x}" if c - 1 > lo else f"\\u{lo:04x}")
        lo = c + 1
    return "[" + "".join(ranges) + "]"


def two_found(rx, text: str) -> bool:
    """``rx`` matches ``text`` twice, one match after the other (two characters of a class, for the gates)."""
    m = rx.search(text)
    return m is not None and rx.search(text, m.end()) is not None


#: Texts longer than this bypass ``line_cache`` (the cache's memory stays bounded on one-line pages).
CACHE_CHARS = 600


def line_cache(maxsize: int = 4096):
    """A cache for a pure rule on one line's text (first argument); long texts are not kept.

    A page is read twice (``pipeline.settle`` re-reads the cleaned text) and
    each line meets several rules that share sub-rules; the pages of one site
    repeat their chrome lines. Caching the verdict per text makes a repeated
    question a dictionary look-up. The rule takes the text and at most one
    more positional argument, or the keyword ``strict``.
    """

    def deco(fn):
        code = fn.__code__
        if not code.co_kwonlyargcount and code.co_argcount != 2:
            return _TextCache(fn, maxsize)  # one argument: the cache's own C look-up is the function
        if code.co_kwonlyargcount:  # rule(text, *, strict=False)
            cached = lru_cache(maxsize=maxsize)(lambda text, strict: fn(text, strict=strict))

            def wrapper(text, *, strict=False):
                return cached(text, strict) if len(text) <= CACHE_CHARS else fn(text, strict=strict)

        else:
            cached = lru_cache(maxsize=maxsize)(fn)

            def wrapper(text, other):
                return cached(text, other) if len(text) <= CACHE_CHARS else fn(text, other)

        wrapper = wraps(fn)(wrapper)
        wrapper.cache_clear = cached.cache_clear
        wrapper.cache_info = cached.cache_info
        return wrapper

    return deco


class _TextCache(dict):
    """A rule's verdicts by text, called like the rule: a hit is the dict's own C look-up (no Python frame);
    a miss runs the rule and keeps short texts only. When full it starts afresh (bounded memory)."""

    __call__ = dict.__getitem__

    def __init__(self, fn, maxsize: int):
        super().__init__()
        self.fn, self.maxsize = fn, maxsize
        wraps(fn)(self)  # __wrapped__, __name__, __doc__ … of the rule
        self.cache_clear = self.clear

    def __missing__(self, text: str):
        out = self.fn(text)
        if len(text) <= CACHE_CHARS:
            if len(self) >= self.maxsize:
                self.clear()
            self[text] = out
        return out


@lru_cache(maxsize=1)
def _t2s():
    """OpenCC's traditional→simplified converter, or None when OpenCC is missing."""
    try:
        import opencc

        return opencc.OpenCC("t2s.json")
    except Exception:  # pragma: no cover - OpenCC is a declared dependency
        return None


#: Characters pages set as a bar between a label or a kicker and what follows (WeChat's 来源丨某某, 编辑丨某某, the
#: vertical forms ︱ ∣): the ideograph 丨 is no word in running text, so every rule reads them as "|".
_BAR_LIKE = frozenset("丨︱∣")


@lru_cache(maxsize=65536)
def _fold_char(ch: str) -> str:
    """One character folded for matching: full-width ASCII to ASCII, traditional to simplified, a bar's look-alikes
    to the bar."""
    o = ord(ch)
    if 0xFF01 <= o <= 0xFF5E:
        return chr(o - 0xFEE0)
    if ch in _BAR_LIKE:
        return "|"
    if ch in "\u3000\xa0":
        return " "
    if ch in "【〔［":
        return "["
    if ch in "】〕］":
        return "]"
    if o < 0x2E80:
        return ch
    cc = _t2s()
    if cc is None:
        return ch
    out = cc.convert(ch)
    return out if len(out) == 1 else ch


class _FoldTable(dict):
    """``str.translate`` table filled on first sight of each character (C-speed on repeats)."""

    def __missing__(self, code: int) -> str:
        out = self[code] = _fold_char(chr(code))
        return out


_FOLD = _FoldTable()


def fold(text: str) -> str:
    """Text folded for pattern matching, same length as the input (index-aligned)."""
    return text.translate(_FOLD)


@line_cache()
def _tidy_fold(raw: str) -> tuple[str, str]:
    """A raw line's tidy text and its fold (cached: pages of one site repeat their chrome lines)."""
    text = tidy(raw)
    return text, (text.translate(_FOLD) if text else text)


def _kept_runs(kinds: list) -> list[tuple[int, int]]:
    """The runs [a, b) of kept (unmarked) characters, whole (not character by character)."""
    runs, pos = [], 0
    for k, g in groupby(kinds):
        a = pos
        pos += len(list(g))
        if k is None:
            runs.append((a, pos))
    return runs


def _positions(runs: list[tuple[int, int]]) -> "range | array":
    """The raw positions the kept ``runs`` cover, in order: a range when they are one run (a cut head or tail, the
    usual mark: indexes and slices like the array, without building it), else an array (4 bytes an offset: a whole
    article on one line is one line)."""
    if len(runs) == 1:
        return range(*runs[0])
    keep = array("i")
    for a, b in runs:
        keep.extend(range(a, b))
    return keep


def _index_map(runs: list[tuple[int, int]], share) -> "range | array":
    """The raw positions of a marked line's tidy text: the kept ``runs``' positions, all of them (``share`` None),
    a slice of them, or those at the kept text's indexes ``share`` (a list, as ``tidy_map`` gives them)."""
    keep = _positions(runs)
    if share is None:
        return keep
    if type(share) is slice:
        return keep[share]
    return array("i", map(keep.__getitem__, share))


class Line:
    """One input line; ``kinds[i]`` is None while character i is kept.

    ``text`` (the kept characters, tidied), ``folded`` and ``blank`` are plain
    attributes, set on creation and after each mark that removes something:
    rules read them many times per line, marks are few. The index map from
    ``text`` back to ``raw`` is built only when a mark needs it.
    """

    __slots__ = ("no", "raw", "kinds", "touched", "text", "folded", "blank", "_idx", "_whole")

    def __init__(self, no: int, raw: str, kinds: list | None = None):
        self.no, self.raw = no, raw
        self._idx = self._whole = None
        if kinds and kinds.count(None) != len(kinds):
            self.kinds = kinds
            self.text = self.folded = ""  # (``_refresh`` reads the text before the mark)
            self._refresh()
            return
        self.kinds = [None] * len(raw)
        #: True once any character has been marked (untouched lines skip the removal scans).
        self.touched = False
        # The tidy text alone (no index map) is cheaper; most lines are never marked.
        self.text, self.folded = _tidy_fold(raw)
        self.blank = not self.text

    @classmethod
    def kept_copy(cls, no: int, src: "Line | None") -> "Line":
        """A fresh line whose raw text is ``src``'s kept text (an empty line for None), as ``split_lines`` makes it.

        The kept text is tidy already (tidying it again changes nothing), so
        its text and fold are taken over instead of recomputed.
        """
        ln = cls.__new__(cls)
        ln.no, ln._idx, ln.touched, ln._whole = no, None, False, None
        if src is None:
            ln.raw = ln.text = ln.folded = ""
            ln.kinds, ln.blank = [], True
            return ln
        ln.raw = ln.text = src.text
        ln.folded, ln.blank = src.folded, src.blank
        ln.kinds = [None] * len(ln.raw)
        return ln

    def __repr__(self) -> str:
        return f"Line(no={self.no!r}, raw={self.raw!r})"

    def __eq__(self, other) -> bool:
        return isinstance(other, Line) and (self.no, self.raw, self.kinds) == (other.no, other.raw, other.kinds)

    def _refresh(self) -> None:
        """Recompute the kept text, its fold and index map after a mark."""
        self.touched = True
        raw = self.raw
        runs = _kept_runs(self.kinds)
        kept = "".join([raw[a:b] for a, b in runs])
        text = tidy(kept)
        # The index map is built by ``view`` when a later mark asks for it (most lines are not marked again): here
        # only what it is made of, the kept runs and the tidy text's share of their positions.
        if text == kept:  # already tidy: the map is the kept positions themselves
            idx = (runs, None)
        elif text == kept.strip():  # tidy but for whitespace at its ends (a cut head or tail): a slice of them
            lead = len(kept) - len(kept.lstrip())
            idx = (runs, slice(lead, lead + len(text)))
        else:
            text, at = tidy_map(kept)
            idx = (runs, at)
        # A mark that cuts the line's head or tail leaves a piece of the text before it: its fold is the same
        # piece of the fold before it (folding maps character to character), so only other cuts fold again.
        at = self.text.find(text)
        self.folded = self.folded[at:at + len(text)] if at >= 0 else fold(text)
        self.text, self._idx = text, idx
        self.blank = not text

    def view(self) -> tuple[str, list[int]]:
        """The kept characters, tidied, with a map back to raw indexes."""
        if self._idx is None:  # nothing marked yet: raw indexes are the map
            if self.text == self.raw:  # a tidy line maps to itself
                self._idx = range(len(self.raw))
            else:
                self.text, self._idx = tidy_map(self.raw)
        elif type(self._idx) is tuple:  # marked: the map as ``_refresh`` left it to be built
            self._idx = _index_map(*self._idx)
        return self.text, self._idx

    def mark(self, start: int, end: int, kind: str) -> None:
        """Mark the span [start, end) of the current ``text`` as removed/caption of ``kind``."""
        self.mark_spans([(start, end)], kind)

    def mark_spans(self, spans, kind: str) -> None:
        """Mark several spans of the current ``text`` at once (one view for all: linear on long lines)."""
        if not spans:
            return
        text, idx = self.view()
        kinds = self.kinds
        changed = False
        for start, end in spans:
            start, end = max(0, start), min(len(text), end)
            if start >= end:
                continue
            lo, hi = idx[start], idx[end - 1] + 1
            seg = kinds[lo:hi]
            free = seg.count(None)
            if free == hi - lo:  # the usual case: nothing in the span marked yet
                kinds[lo:hi] = [kind] * free
                changed = True
            elif free:
                for i in range(lo, hi):
                    if kinds[i] is None:
                        kinds[i] = kind
                changed = True
        if changed:
            self._refresh()

    def mark_all(self, kind: str) -> None:
        """Remove every kept visible character of the line as ``kind`` (only whitespace stays: the text is empty)."""
        raw = self.raw
        if self.blank:  # nothing visible kept: nothing to mark
            return
        if not self.touched:  # every visible character gets the kind: one run (see ``groups``)
            self._whole = kind
            if SPACE_CHARS.isdisjoint(raw):
                self.kinds = [kind] * len(raw)
            else:
                self.kinds = [None if ch in SPACE_CHARS else kind for ch in raw]
        else:
            kinds = self.kinds
            for i, k in enumerate(kinds):
                if k is None and raw[i] not in SPACE_CHARS:
                    kinds[i] = kind
        self.touched = True
        self.text = self.folded = ""
        self._idx = []
        self.blank = True

    def groups(self) -> list[list]:
        """Runs of one kind over the visible characters: [kind, start, end] with whitespace joining the run before it.

        ``start`` is the run's first visible character; ``end`` is the next
        run's start (or the line's end), so a run's slice carries the
        whitespace after it, as removals and captions are read.
        """
        raw = self.raw
        if self._whole is not None:  # removed whole before any other mark: one run from the first visible character
            return [[self._whole, 0 if raw[0] not in SPACE_CHARS else _VISIBLE.search(raw).start(), len(raw)]]
        out: list[list] = []
        pos = 0
        for k, g in groupby(self.kinds):
            a = pos
            pos += len(list(g))
            if raw[a] in SPACE_CHARS:
                m = _VISIBLE.search(raw, a, pos)
                if m is None:  # whitespace only: it belongs to the run before
                    continue
                a = m.start()
            if out:
                if out[-1][0] == k:
                    continue
                out[-1][2] = a
            out.append([k, a, len(raw)])
        return out

    def runs(self) -> list[tuple[str, str | None]]:
        """The raw line as (segment, kind) runs; whitespace joins the run before it."""
        out: list[list] = []
        for ch, k in zip(self.raw, self.kinds):
            if is_space(ch) and out:
                out[-1][0] += ch
                continue
            if out and out[-1][1] == k:
                out[-1][0] += ch
            else:
                out.append([ch, k])
        return [(s, k) for s, k in out]

    def pieces(self, kind: str) -> list[str]:
        """The tidied texts of maximal runs of ``kind`` (runs split only by other kept text)."""
        if not self.touched or kind not in self.kinds:
            return []
        raw = self.raw
        return [t for t in (tidy(raw[a:b]) for k, a, b in self.groups() if k == kind) if t]


def split_lines(text: str) -> list[Line]:
    """The page as Line objects, numbered from 1 (any newline convention)."""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return list(map(Line, range(1, text.count("\n") + 2), text.split("\n")))


def marked_runs(ln: Line) -> list[tuple[int, int, str]]:
    """Maximal runs [a, b) of one kind over the line's raw characters, in order."""
    out: list[tuple[int, int, str]] = []
    pos = 0
    for k, g in groupby(ln.kinds):
        a = pos
        pos += len(list(g))
        if k is not None:
            out.append((a, pos, k))
    return out


def carry_runs(ln: Line, pieces: list[tuple[int, int]], lines: list[Line]) -> None:
    """Mark on ``lines`` what is marked on ``ln``, a line made of the texts of ``pieces`` ((line index, length),
    in order) joined: each piece's share of the runs, on its own line (a space the joining put between two
    pieces, as ``join_text`` does between Latin letters or digits, belongs to neither)."""
    runs = marked_runs(ln)
    pos = 0
    for i, n in pieces:
        if ln.raw[pos:pos + 1] == " " and not lines[i].text.startswith(" "):
            pos += 1
        mine = [(max(a, pos) - pos, min(b, pos + n) - pos, k) for a, b, k in runs if a < pos + n and b > pos]
        for a, b, k in reversed(mine):
            lines[i].mark(a, b, k)
        pos += n
