"""Copies of a span inside clauses: the better copy takes the span."""

from __future__ import annotations

from .base import HAN_RUNS
from .words import _simplifier, _is_word, _piece_gain
from .title import Title


# --------------------------------------------------------------------------- copies of a span inside clauses


def _glued_word(par: str, a: int, b: int) -> bool:
    """par[a:b] with one or two Han characters before or after it is a dictionary word (石景|山, 困难|职工): the
    copy is the sentence's own word."""
    simp = _simplifier()
    for x, y in ((a - 1, b), (a - 2, b), (a, b + 1), (a, b + 2)):
        if x >= 0 and y <= len(par) and HAN_RUNS.fullmatch(par[x:y]) and _is_word(simp(par[x:y])):
            return True
    return False


COPY_MARGIN = 2.0  # reading gain (cost units) by which another copy of a span's text must beat it for slot_copies


def slot_copies(out: list[list[tuple[int, int]]], paragraphs: list[str], t: Title) -> list[list[tuple[int, int]]]:
    """Spans moved off a copy of their text glued into a word of the sentence (,|石景|山区总工会召开…) to another
    copy between the same two neighbouring spans that is glued to no word and reads better cut by COPY_MARGIN
    (会议。|石景|区总工会主席…): the salter put its chunk somewhere in that stretch, and the sentence's own word
    reads worse cut. marked_copy moves spans only to clause-opening copies; this one moves them inside clauses too.
    (The unigram reading cannot choose between two copies of a whole word that stand alone: 职工体育 … 职工常态化.)"""
    res, moved = [], False
    for par, spans in zip(paragraphs, out):
        new = list(spans)
        for q, (a, b) in enumerate(spans):
            lo = new[q - 1][1] if q else 0
            hi = new[q + 1][0] if q + 1 < len(new) else len(par)
            alt = _better_copy(par, a, b, lo, hi)
            if alt is not None:
                new[q], moved = alt, True
        res.append(sorted(new))
    return res if moved else out


def _better_copy(par: str, a: int, b: int, lo: int, hi: int) -> tuple[int, int] | None:
    """The copy of par[a:b] in par[lo:hi] that slot_copies moves the span to, or None: the span must be glued into a
    dictionary word of the sentence and the copy not."""
    piece = par[a:b]
    if b - a < 2 or not HAN_RUNS.fullmatch(piece) or not _glued_word(par, a, b):
        return None
    best, where = _piece_gain(par, a, b) + COPY_MARGIN, None
    k = par.find(piece, lo, hi)
    while k >= 0:
        if (k + len(piece) <= a or k >= b) and not _glued_word(par, k, k + len(piece)):
            gain = _piece_gain(par, k, k + len(piece))
            if gain > best:
                best, where = gain, (k, k + len(piece))
        k = par.find(piece, k + 1, hi)
    return where
