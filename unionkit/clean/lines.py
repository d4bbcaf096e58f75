"""The page as lines whose characters each carry a fate: kept, or removed as some kind.

Every stage marks characters instead of cutting strings, so the removed pieces
and the kept text always add up to the input (the accounting invariant) and
``explain`` can show the page with each removed span labelled.
"""

from __future__ import annotations

from functools import lru_cache, wraps

from .whitespace import SPACE_CHARS, is_space, tidy, tidy_map

#: Internal kind for text kept as a photo caption (not a removal).
CAPTION = "caption"


#: Texts longer than this bypass ``line_cache`` (the cache's memory stays bounded on one-line pages).
CACHE_CHARS = 600


def line_cache(maxsize: int = 8192):
    """``lru_cache`` for a pure rule on one line's text (first argument); long texts are not kept.

    A page is read twice (``pipeline.settle`` re-reads the cleaned text) and
    each line meets several rules that share sub-rules; the pages of one site
    repeat their chrome lines. Caching the verdict per text makes a repeated
    question a dictionary look-up.
    """

    def deco(fn):
        cached = lru_cache(maxsize=maxsize)(fn)

        @wraps(fn)
        def wrapper(text, *args, **kw):
            if len(text) <= CACHE_CHARS:
                return cached(text, *args, **kw)
            return fn(text, *args, **kw)

        wrapper.cache_clear = cached.cache_clear
        wrapper.cache_info = cached.cache_info
        return wrapper

    return deco


@lru_cache(maxsize=1)
def _t2s():
    """OpenCC's traditional→simplified converter, or None when OpenCC is missing."""
    try:
        import opencc

        return opencc.OpenCC("t2s.json")
    except Exception:  # pragma: no cover - OpenCC is a declared dependency
        return None


@lru_cache(maxsize=65536)
def _fold_char(ch: str) -> str:
    """One character folded for matching: full-width ASCII to ASCII, traditional to simplified."""
    o = ord(ch)
    if 0xFF01 <= o <= 0xFF5E:
        return chr(o - 0xFEE0)
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


class Line:
    """One input line; ``kinds[i]`` is None while character i is kept.

    The kept text (``text``), its folded form and the index map are computed
    once and cached until a mark changes them: rules read them many times per
    line, and a mark that removes nothing new leaves the cache alone.
    """

    __slots__ = ("no", "raw", "kinds", "touched", "_text", "_idx", "_folded")

    def __init__(self, no: int, raw: str, kinds: list | None = None):
        self.no, self.raw = no, raw
        self.kinds = kinds if kinds else [None] * len(raw)
        #: True once any character has been marked (untouched lines skip the removal scans).
        self.touched = self.kinds.count(None) != len(self.kinds)
        self._text = self._idx = self._folded = None

    def __repr__(self) -> str:
        return f"Line(no={self.no!r}, raw={self.raw!r})"

    def __eq__(self, other) -> bool:
        return isinstance(other, Line) and (self.no, self.raw, self.kinds) == (other.no, other.raw, other.kinds)

    def _forget(self) -> None:
        """Drop the cached views after a mark."""
        self.touched = True
        self._text = self._idx = self._folded = None

    def view(self) -> tuple[str, list[int]]:
        """The kept characters, tidied, with a map back to raw indexes (cached until a mark)."""
        if self._idx is None:
            if not self.touched:  # nothing marked yet: raw indexes are the map
                self._text, self._idx = tidy_map(self.raw)
            else:
                kinds = self.kinds
                keep = [i for i, k in enumerate(kinds) if k is None]
                raw = self.raw
                text, idx = tidy_map("".join([raw[i] for i in keep]))
                self._text, self._idx = text, [keep[j] for j in idx]
        return self._text, self._idx

    @property
    def text(self) -> str:
        """The kept text of the line, tidied."""
        text = self._text
        if text is None:
            if not self.touched:  # the tidy text alone (no index map) is cheaper
                text = self._text = tidy(self.raw)
            else:
                text = self.view()[0]
        return text

    @property
    def folded(self) -> str:
        """The kept text folded for matching (same length as ``text``; cached with it)."""
        folded = self._folded
        if folded is None:
            folded = self._folded = fold(self.text)
        return folded

    @property
    def blank(self) -> bool:
        """True when nothing visible is kept on this line."""
        return not self.text

    def mark(self, start: int, end: int, kind: str) -> None:
        """Mark the span [start, end) of the current ``text`` as removed/caption of ``kind``."""
        self.mark_spans([(start, end)], kind)

    def mark_spans(self, spans, kind: str) -> None:
        """Mark several spans of the current ``text`` at once (one view for all: linear on long lines)."""
        text, idx = self.view()
        kinds = self.kinds
        changed = False
        for start, end in spans:
            start, end = max(0, start), min(len(text), end)
            if start >= end:
                continue
            lo, hi = idx[start], idx[end - 1] + 1
            for i in range(lo, hi):
                if kinds[i] is None:
                    kinds[i] = kind
                    changed = True
        if changed:
            self._forget()

    def mark_all(self, kind: str) -> None:
        """Remove every kept visible character of the line as ``kind``."""
        raw = self.raw
        if not self.touched and not SPACE_CHARS.intersection(raw):
            if raw:
                self.kinds = [kind] * len(raw)
                self._forget()
            return
        kinds = self.kinds
        changed = False
        for i, k in enumerate(kinds):
            if k is None and raw[i] not in SPACE_CHARS:
                kinds[i] = kind
                changed = True
        if changed:
            self._forget()

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
        if kind not in self.kinds:
            return []
        out, cur = [], []
        for ch, k in zip(self.raw, self.kinds):
            if k == kind or (is_space(ch) and cur):
                cur.append(ch)
            elif cur:
                out.append(cur)
                cur = []
        if cur:
            out.append(cur)
        return [t for t in (tidy_map("".join(c))[0] for c in out) if t]


def split_lines(text: str) -> list[Line]:
    """The page as Line objects, numbered from 1 (any newline convention)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return [Line(i, s) for i, s in enumerate(text.split("\n"), 1)]
