"""Patterns compiled on first use: a run over one page compiles only the rules that page meets.

Compiling the modules' patterns is most of a command's start-up, and any one page
meets only part of them (a forum's rules, a notice's, a traditional page's …).
"""

from __future__ import annotations

import regex

#: What the rules read of a pattern; all of it is kept on the object at the first read.
_ATTRS = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split", "splititer",
          "scanner", "pattern", "flags", "groups", "groupindex")


class LazyPattern:
    """A ``regex`` pattern compiled the first time one of its attributes is read."""

    # slots: once filled, reading ``search`` costs what reading it on the compiled pattern does
    __slots__ = ("_source", *_ATTRS)

    def __init__(self, pattern: str, flags: int = 0):
        self._source = (pattern, flags)

    def __getattr__(self, name: str):
        """Called while a slot is empty: compile and fill them all (later reads never come here)."""
        if name not in _ATTRS:
            raise AttributeError(name)
        real = regex.compile(*self._source)
        for attr in _ATTRS:
            setattr(self, attr, getattr(real, attr))
        return getattr(real, name)


def compile(pattern: str, flags: int = 0) -> LazyPattern:
    """``regex.compile`` deferred to the pattern's first use."""
    return LazyPattern(pattern, flags)
