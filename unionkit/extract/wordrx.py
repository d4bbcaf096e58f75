"""Word lists as trie-shaped regular expressions, for fast matching with the standard ``re``.

A plain alternation of many literals (``主席|副主席|…``) makes the engine try
every word at every position; the same words as a trie (``副(?:主席|…)|主席``)
test one character per step.  Each optional tail is greedy, so at a position
the longest word matches — the same match as an alternation sorted longest first.
"""

from __future__ import annotations

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


#: re.escape of each character met (the extractors' tries escape ~2,500 characters at import).
_ESCAPED: dict[str, str] = {}


def _emit(node: dict) -> str:
    """The pattern for a trie node's continuations (empty for a leaf)."""
    chars = sorted(node)  # ("" sorts first: a word ends here)
    ends = bool(chars) and chars[0] == ""
    if ends:
        del chars[0]
    if not chars:
        return ""
    alts = []
    for ch in chars:
        esc = _ESCAPED.get(ch)
        if esc is None:
            esc = _ESCAPED[ch] = re.escape(ch)
        alts.append(esc + _emit(node[ch]))
    body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
    if ends:  # a word ends here: the longer words are optional, tried first (greedy)
        return "(?:" + body + ")?"
    return body
