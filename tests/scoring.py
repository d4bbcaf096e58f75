"""The scoring rules of ``shared/tools/score.py``, restated for the tests (which run without it).

Clean: character matches by longest matching blocks, F1 over title + body, stray lines that match no
gold paragraph. Extract: each meta field compared the scorer's way; entity sets by precision/recall.
"""

from __future__ import annotations

import difflib
import re

WS = re.compile(r"\s+")


def squash(s) -> str:
    """Text without whitespace."""
    return WS.sub("", s or "")


def same(field: str, gold, out, accept: dict) -> bool:
    """The scorer's comparison of one meta field."""
    if field in accept:
        return any(same(field, a, out, {}) for a in accept[field])
    if gold is None or out is None:
        return gold is None and out in (None, "", [], 0) if gold is None else False
    if field == "published":
        return str(out).replace(" ", "T").startswith(str(gold))
    if field == "views":
        return str(gold) == str(out)
    return squash(str(gold)) == squash(str(out))


def names(items, key="name") -> set[str]:
    """Squashed names of entity items (dicts or strings)."""
    return {squash(it.get(key) if isinstance(it, dict) else it) for it in items or []}


def place_keys(items) -> set[tuple]:
    """(province, city, county) of each place."""
    return {tuple(squash(it.get(k) or "") for k in ("province", "city", "county")) for it in items or []
            if isinstance(it, dict)}


def pr(gold: set, out: set, optional: set = frozenset()) -> tuple[float, float]:
    """Precision and recall of a found set; optional items are neither required nor false."""
    tp = len(gold & out)
    fp = len(out - gold - optional)
    return (tp / (tp + fp) if tp + fp else 1.0), (tp / len(gold) if gold else 1.0)


def char_match(gold: str, out: str) -> int:
    """Characters in the longest matching blocks of two strings (the scorer's measure)."""
    if not gold or not out:
        return 0
    sm = difflib.SequenceMatcher(None, gold, out, autojunk=False)
    return sum(b.size for b in sm.get_matching_blocks())


def f1(gold: dict, lines: list[str]) -> float:
    """Character F1 of output lines against the gold title + body."""
    g = squash(gold["title"]) + squash("".join(gold["body"]))
    o = squash("".join(lines))
    m = char_match(g, o)
    p, r = (m / len(o) if o else 0.0), (m / len(g) if g else 0.0)
    return 2 * p * r / (p + r) if p + r else 0.0


def stray_lines(gold: dict, lines: list[str]) -> list[str]:
    """Output lines that match no gold line (ratio > 0.8 or contained in one)."""
    golds = [squash(x) for x in [gold["title"], *gold["body"]]]
    return [ln for ln in lines if not any(
        difflib.SequenceMatcher(None, squash(ln), x, autojunk=False).ratio() > 0.8 or squash(ln) in x
        for x in golds)]


META = ("published", "source", "author", "editor", "reporter", "views", "site", "url")


def wrong_meta(gold: dict, meta: dict) -> dict:
    """Meta fields the scorer would count wrong: {field: (gold, output)} (fields absent from both skipped)."""
    accept = gold.get("accept", {})
    wrong = {}
    for f in META:
        g, o = gold["meta"].get(f), meta.get(f)
        if g is None and o in (None, "", []) and f not in accept:
            continue
        if not same(f, g, o, accept):
            wrong[f] = (g, o)
    return wrong
