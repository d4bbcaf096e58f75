"""Character-level scoring shared by the clean tests (same definitions as the project's scorer)."""

from __future__ import annotations

import difflib

from unionkit.clean.whitespace import squash


def matched(a: str, b: str) -> int:
    """Characters of ``a`` and ``b`` in common along their longest matching blocks."""
    if not a or not b:
        return 0
    return sum(m.size for m in difflib.SequenceMatcher(None, a, b, autojunk=False).get_matching_blocks())


def char_f1(gold: list[str], out: list[str]) -> float:
    """F1 of the output's characters against the gold's (whitespace ignored)."""
    g, o = squash("".join(gold)), squash("".join(out))
    m = matched(g, o)
    p = m / len(o) if o else 0.0
    r = m / len(g) if g else 0.0
    return 2 * p * r / (p + r) if p + r else 0.0


def noise_removed(raw: str, gold: list[str], out: list[str]) -> float:
    """Share of the page's non-gold characters that the output no longer has."""
    g, o, w = squash("".join(gold)), squash("".join(out)), squash(raw)
    noise = len(w) - matched(g, w)
    return 1 - (len(o) - matched(g, o)) / noise if noise else 1.0
