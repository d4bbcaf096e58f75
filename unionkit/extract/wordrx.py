"""Word lists as trie-shaped regular expressions, for fast matching with the standard ``re``.

A plain alternation of many literals (``主席|副主席|…``) makes the engine try
every word at every position; the same words as a trie (``副(?:主席|…)|主席``)
test one character per step.  Each optional tail is greedy, so at a position
the longest word matches — the same match as an alternation sorted longest first.
"""

from __future__ import annotations

import functools
import re


def trie_pattern(words) -> str:
    """Regex source matching the longest of ``words`` at a position (words are literal text)."""
    root: dict = {}
    for w in words:
        if not w:
            continue
        node = root
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _emit(root)


#: re.escape, memoised (the extractors' tries escape ~2,500 characters at import, most of them again and again).
_escape = functools.lru_cache(maxsize=None)(re.escape)


def _emit(node: dict) -> str:
    """The pattern for a trie node's continuations (empty for a leaf)."""
    alts = [_escape(ch) + _emit(node[ch]) for ch in sorted(c for c in node if c)]
    if not alts:
        return ""
    body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
    if "" in node:  # a word ends here: the longer words are optional, tried first (greedy)
        return "(?:" + body + ")?"
    return body
