"""Patterns compiled on first use, and compiled patterns read from a shipped cache instead of parsed.

Compiling the modules' patterns is most of a command's start-up: ``regex`` parses a
pattern in pure Python (~0.1 s for the ~200 patterns a one-page run meets). Two remedies:

* ``compile`` defers a pattern until a rule first reads it: any one page meets
  only part of the rules (a forum's, a notice's, a traditional page's …).
* Both ``compile`` and ``cached`` take the compiled pattern from
  ``unionkit/data/regex.cache`` when it holds it. ``regex`` pickles a compiled
  pattern with its compiled code and unpickles it without parsing (~20 µs), so
  the cache is a pickle of the patterns, written by ``scripts/build_regex_cache.py``
  (``build_cache``). It is used only with the ``regex`` version that wrote it; a
  pattern it lacks (a rule edited since) is compiled as before.
* Under another ``regex`` version (a later install), the patterns a run had to
  compile are kept for the next run in the user's cache directory
  (``unionkit/cache.py``; one file per regex version), written at exit.
"""

from __future__ import annotations

import atexit
import pathlib
import pickle

import regex

from .cache import cache_dir, write_atomic

#: What the rules read of a pattern; all of it is kept on the object at the first read.
_ATTRS = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split", "splititer",
          "scanner", "pattern", "flags", "groups", "groupindex")

CACHE = pathlib.Path(__file__).resolve().parent / "data" / "regex.cache"
_FORMAT = "unionkit-regex-cache 1"

def pattern_modules() -> list[str]:
    """The modules that make patterns through this one, found by reading the package's sources (for build_cache:
    a hand-kept list went stale each time a module was split)."""
    pkg = pathlib.Path(__file__).resolve().parent
    makes = regex.compile(r"\blazyrx\.(?:cached|compile)\(")
    names = (".".join(("unionkit", *p.relative_to(pkg).with_suffix("").parts)).removesuffix(".__init__")
             for p in sorted(pkg.rglob("*.py")) if makes.search(p.read_text(encoding="utf-8")))
    return [name for name in names if name != __name__]


#: (pattern, flags) of every pattern made through this module, for write_cache.
SEEN: set[tuple[str, int]] = set()
_ENTRIES: dict[tuple[str, int], bytes] | None = None  # the cache files' pickled patterns, read on first use
#: Patterns this run compiled because no cache held them: saved to the user's cache at exit.
_COMPILED: dict[tuple[str, int], regex.Pattern] = {}


def _key(pattern: str, flags: int) -> tuple[str, int]:
    """The cache key of a pattern (flags as a plain int, whatever enum they came as)."""
    return pattern, int(flags)


def _stamp() -> tuple[str, str, int]:
    """What a cache file must have been written with to be read: its format, the regex version and default."""
    return _FORMAT, regex.__version__, int(regex.DEFAULT_VERSION)


def read_cache(path: pathlib.Path = CACHE) -> dict[tuple[str, int], bytes]:
    """The pickled patterns of a cache file; empty when it is missing, broken or from another regex version."""
    try:
        with open(path, "rb") as f:
            saved = pickle.load(f)
    except Exception:  # noqa: BLE001 - a missing or damaged cache only costs the compile time it would save
        return {}
    if not isinstance(saved, dict) or saved.get("stamp") != _stamp() or not isinstance(saved.get("entries"), dict):
        return {}
    return saved["entries"]


def user_cache() -> pathlib.Path | None:
    """This regex version's cache file in the user's cache directory, or None when caching is off."""
    where = cache_dir()
    return None if where is None else where / f"regex-{regex.__version__}.cache"


def _entries() -> dict[tuple[str, int], bytes]:
    """The shipped cache's entries, and the user's cache for the patterns it lacks (all of them when the
    shipped one was written by another regex version)."""
    mine = user_cache()
    entries = read_cache(mine) if mine is not None else {}
    entries.update(read_cache())
    return entries


def cached(pattern: str, flags: int = 0) -> regex.Pattern:
    """``regex.compile(pattern, flags)``, read from a cache when one holds the pattern."""
    global _ENTRIES
    key = _key(pattern, flags)
    SEEN.add(key)
    if _ENTRIES is None:
        _ENTRIES = _entries()
    blob = _ENTRIES.get(key)
    if blob is not None:
        try:
            return pickle.loads(blob)
        except Exception:  # noqa: BLE001 - an entry that does not load is compiled instead
            pass
    rx = _COMPILED[key] = regex.compile(pattern, flags)
    return rx


def save_compiled() -> int:
    """Add the patterns this run compiled to the user's cache (at exit); returns how many were added."""
    path = user_cache()
    fresh = {k: rx for k, rx in _COMPILED.items() if not rx.flags & regex.LOCALE}
    if path is None or not fresh:
        return 0
    entries = read_cache(path)
    entries.update((k, pickle.dumps(rx, protocol=pickle.HIGHEST_PROTOCOL)) for k, rx in fresh.items())
    saved = {"stamp": _stamp(), "entries": entries}
    if not write_atomic(path, lambda fh: pickle.dump(saved, fh, protocol=pickle.HIGHEST_PROTOCOL)):
        return 0
    _COMPILED.clear()
    return len(fresh)


atexit.register(save_compiled)


def write_cache(keys, path: pathlib.Path = CACHE) -> int:
    """Write a cache file holding the compiled patterns of ``keys`` ((pattern, flags) pairs); returns their number.

    Locale-dependent patterns are left out: their compiled form depends on the locale at compile time."""
    entries = {}
    for pattern, flags in sorted(keys):
        rx = regex.compile(pattern, flags)
        if rx.flags & regex.LOCALE:
            continue
        entries[_key(pattern, flags)] = pickle.dumps(rx, protocol=pickle.HIGHEST_PROTOCOL)
    path.write_bytes(pickle.dumps({"stamp": _stamp(), "entries": entries}, protocol=pickle.HIGHEST_PROTOCOL))
    return len(entries)


def build_cache(path: pathlib.Path = CACHE) -> int:
    """Write the cache of every pattern the package's modules make at import; returns their number
    (scripts/build_regex_cache.py)."""
    import importlib

    for name in pattern_modules():
        importlib.import_module(name)
    return write_cache(SEEN, path)


class LazyPattern:
    """A ``regex`` pattern compiled the first time one of its attributes is read."""

    # slots: once filled, reading ``search`` costs what reading it on the compiled pattern does
    __slots__ = ("_source", *_ATTRS)

    def __init__(self, pattern: str, flags: int = 0):
        self._source = (pattern, flags)
        SEEN.add(_key(pattern, flags))

    def __getattr__(self, name: str):
        """Called while a slot is empty: compile and fill them all (later reads never come here)."""
        if name not in _ATTRS:
            raise AttributeError(name)
        real = cached(*self._source)
        for attr in _ATTRS:
            setattr(self, attr, getattr(real, attr))
        return getattr(real, name)


def compile(pattern: str, flags: int = 0) -> LazyPattern:
    """``regex.compile`` deferred to the pattern's first use."""
    return LazyPattern(pattern, flags)
