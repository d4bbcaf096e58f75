"""Whitespace tidying and damage detection for scraped page text.

Scraped pages carry NBSP, ideographic spaces, zero-width characters and runs
of indentation; the kept text gets one normal space at most between words and
nothing at either end. Characters lost in an earlier encoding round-trip (the
``?!?`` left where Han characters could not be represented, or U+FFFD) cannot be
repaired; they are kept and reported.
"""

from __future__ import annotations

from array import array

import regex

from .. import lazyrx

#: Invisible format characters some sites inject (zero-width space/joiners, BOM, soft hyphen).
INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff\u00ad"

# Lost characters: '?' runs (often mixed with '!') glued to Han text, or the replacement char.
_DAMAGE = lazyrx.cached(r"(?<=\p{Han}[“”\"'。,,]?)\?[!?]*\?(?=[\p{Han}\p{P}\d])|\?{2,}|\ufffd+")


#: Every character ``str.isspace`` accepts (the control separators \x1c-\x1f included), plus the invisible ones.
#: One notion of whitespace for tidying, accounting (``squash``) and ``is_space``: ``regex``'s ``\s`` differs.
_SPACE_CHARS = "".join(chr(c) for c in range(0x3100) if chr(c).isspace())
SPACE_CHARS = frozenset(_SPACE_CHARS + INVISIBLE)
_SQUASH = lazyrx.cached("[" + regex.escape(_SPACE_CHARS + INVISIBLE) + "]+")
_DROP_INVISIBLE = {ord(c): None for c in INVISIBLE}


def is_space(ch: str) -> bool:
    """True for any character that counts as layout, not text (incl. zero-width)."""
    return ch in SPACE_CHARS


def squash(text: str) -> str:
    """The text without any whitespace or invisible characters (used for accounting)."""
    return _SQUASH.sub("", text or "")


_WORD = lazyrx.cached("[^" + regex.escape(_SPACE_CHARS) + "]+")
_HAS_INVISIBLE = lazyrx.cached("[" + INVISIBLE + "]")


def tidy_map(text: str) -> tuple[str, array]:
    """Tidied text plus, for each of its characters, the index it came from.

    Whitespace runs become one ASCII space, invisible characters vanish, both
    ends are stripped; the index map lets span finders work on the tidy text.
    The map is packed, 4 bytes an index: a list costs ~36 bytes a character,
    and a page whose whole article is one line is mapped in one piece.
    """
    if _HAS_INVISIBLE.search(text) is None:
        return _tidy_map_words(text)
    return _tidy_map_chars(text)


def _tidy_map_words(text: str) -> tuple[str, array]:
    """``tidy_map`` for text without invisible characters: whole words at a time (the common, fast case)."""
    words: list[str] = []
    idx = array("i")
    prev_end = -1
    for m in _WORD.finditer(text):
        a, b = m.span()
        if prev_end >= 0:
            idx.append(prev_end)  # the joining space maps to the first space of the run
        words.append(m.group())
        idx.extend(range(a, b))
        prev_end = b
    return " ".join(words), idx


def _tidy_map_chars(text: str) -> tuple[str, array]:
    """``tidy_map`` character by character, skipping invisible characters wherever they are."""
    out: list[str] = []
    idx = array("i")
    pending = -1
    for i, ch in enumerate(text):
        if ch in INVISIBLE:
            continue
        if ch.isspace():
            if pending < 0:
                pending = i
            continue
        if pending >= 0 and out:
            out.append(" ")
            idx.append(pending)
        pending = -1
        out.append(ch)
        idx.append(i)
    return "".join(out), idx


def tidy(text: str) -> str:
    """One line of text with spacing normalised, as ``tidy_map`` does (``str.split`` splits on ``isspace``)."""
    if _HAS_INVISIBLE.search(text) is not None:
        text = text.translate(_DROP_INVISIBLE)
    return " ".join(text.split())


def damage(text: str) -> list[str]:
    """The irreparable damage marks found in a text (e.g. ``?!?`` or U+FFFD runs)."""
    if "?" not in text and "\ufffd" not in text:  # every mark has one of them: skip the scan
        return []
    return [m.group(0) for m in _DAMAGE.finditer(text)]
