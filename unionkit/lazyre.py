"""Stdlib ``re`` patterns compiled on first use (the ``re`` counterpart of ``unionkit.lazyrx.compile``).

A compiled ``re`` pattern cannot be cached across runs (its pickle compiles it again), so
a module's ``re`` patterns cost their compile at every start (~0.1 ms each, several ms for
a wide character set) although a page meets only some rules. ``compile`` defers each to the
first read of one of its attributes. This module imports no ``regex`` (``--help`` stays light).
"""

from __future__ import annotations

import re

#: What the rules read of a pattern; all of it is kept on the object at the first read.
_ATTRS = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split", "scanner", "pattern",
          "flags", "groups", "groupindex")


class _Slots:
    """The slots of a pattern read lazily: its source, then what the rules read of the compiled pattern."""

    __slots__ = ("_source", *_ATTRS)

    def __reduce__(self):
        """Pickled as its source, compiled again where it is read (reading the slots would compile it here)."""
        return LazyRe, self._source


class LazyRe(_Slots):
    """An ``re`` pattern compiled the first time one of its attributes is read."""

    __slots__ = ()

    def __init__(self, pattern: str, flags: int = 0):
        self._source = (pattern, flags)

    def __getattr__(self, name: str):
        """Called while a slot is empty: compile, fill them all and become a ``Compiled`` (whose reads skip the
        ``__getattr__`` hook, which costs every attribute read of its class ~0.1 µs)."""
        if name not in _ATTRS:
            raise AttributeError(name)
        real = re.compile(*self._source)
        for attr in _ATTRS:
            setattr(self, attr, getattr(real, attr))
        self.__class__ = Compiled
        return getattr(real, name)


class Compiled(_Slots):
    """A LazyRe once compiled: its slots hold the compiled pattern's methods and attributes."""

    __slots__ = ()


def compile(pattern: str, flags: int = 0) -> LazyRe:
    """``re.compile`` deferred to the pattern's first use."""
    return LazyRe(pattern, flags)
