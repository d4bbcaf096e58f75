"""The page as lines whose characters each carry a fate: kept, or removed as some kind.

Every stage marks characters instead of cutting strings, so the removed pieces
and the kept text always add up to the input (the accounting invariant) and
``explain`` can show the page with each removed span labelled.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from .whitespace import is_space, tidy_map

#: Internal kind for text kept as a photo caption (not a removal).
CAPTION = "caption"


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


@dataclass
class Line:
    """One input line; ``kinds[i]`` is None while character i is kept."""

    no: int
    raw: str
    kinds: list = field(default_factory=list)

    def __post_init__(self):
        if not self.kinds:
            self.kinds = [None] * len(self.raw)

    def view(self) -> tuple[str, list[int]]:
        """The kept characters, tidied, with a map back to raw indexes (cached until a mark)."""
        cached = self.__dict__.get("_view")
        if cached is not None:
            return cached
        kinds = self.kinds
        if kinds.count(None) == len(kinds):  # nothing marked yet: raw indexes are the map
            self._view = tidy_map(self.raw)
        else:
            keep = [i for i, k in enumerate(kinds) if k is None]
            raw = self.raw
            text, idx = tidy_map("".join([raw[i] for i in keep]))
            self._view = (text, [keep[j] for j in idx])
        self._folded = None
        return self._view

    @property
    def text(self) -> str:
        """The kept text of the line, tidied."""
        return self.view()[0]

    @property
    def folded(self) -> str:
        """The kept text folded for matching (same length as ``text``; cached with the view)."""
        text = self.text
        folded = self.__dict__.get("_folded")
        if folded is None:
            folded = self._folded = fold(text)
        return folded

    @property
    def touched(self) -> bool:
        """True once any character of the line has been marked."""
        return self.kinds.count(None) != len(self.kinds)

    @property
    def blank(self) -> bool:
        """True when nothing visible is kept on this line."""
        return not self.text

    def mark(self, start: int, end: int, kind: str) -> None:
        """Mark the span [start, end) of the current ``text`` as removed/caption of ``kind``."""
        text, idx = self.view()
        start, end = max(0, start), min(len(text), end)
        if start >= end:
            return
        lo, hi = idx[start], idx[end - 1] + 1
        self._view = self._folded = None
        for i in range(lo, hi):
            if self.kinds[i] is None:
                self.kinds[i] = kind

    def mark_all(self, kind: str) -> None:
        """Remove every kept visible character of the line as ``kind``."""
        self._view = self._folded = None
        for i, k in enumerate(self.kinds):
            if k is None and not is_space(self.raw[i]):
                self.kinds[i] = kind

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
