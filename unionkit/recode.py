"""Standard ``re`` patterns whose compiled code is kept in the user's cache between runs.

The extractors' big ``re`` patterns (role tries, character classes of hundreds of Han
characters) cost ~35 ms of ``re``'s pure-Python compiler at every start, most of it in
building the character sets; the HTML reader's and the jammer rules' patterns come
through here too (``lazyrx`` does the same for the ``regex`` module's patterns). ``compile`` returns the same pattern ``re.compile`` makes
(CPython compares patterns by flags, source and compiled code, and the tests check
each one so), but takes the compiled code from a cache file when one holds it: the
code is rebuilt into a pattern by ``_sre.compile`` without parsing. An entry is stored
only when the pattern it rebuilds equals re.compile's. The file is keyed on the exact Python build (the code format is internal to it); any other build, a
missing or damaged file, or ``UNIONKIT_NO_CACHE`` only means compiling as ``re`` does.
New patterns are added to the file at exit (unionkit/cache.py: atomic, few files kept).
"""

from __future__ import annotations

import array
import atexit
import hashlib
import pickle
import re
import sys

from .cache import cache_dir, write_atomic

try:  # CPython's internal compiler; without it every pattern is compiled by re.compile
    import _sre
    from re import _compiler, _parser
except ImportError:  # pragma: no cover - another Python implementation
    _sre = None

#: What a cache file must have been written under: the compiled code is only valid for the same build.
_STAMP = ("unionkit-re-code 1", sys.version, getattr(_sre, "MAGIC", None), getattr(_sre, "CODESIZE", None))
#: The array type of one code word of this build's compiled patterns.
_TYPECODE = "I" if getattr(_sre, "CODESIZE", 4) == 4 else "H"
_ENTRIES: dict[tuple[str, int], tuple] | None = None
_FRESH: dict[tuple[str, int], tuple] = {}  # compiled this run: written at exit
_USED: set[tuple[str, int]] = set()  # asked for this run: what a rewrite of the file keeps when it has grown
_SAVING = False  # whether this run can keep what it compiles (set with _ENTRIES)


def _path():
    """This Python build's cache file, or None when caching is off."""
    where = cache_dir()
    if where is None or _sre is None:
        return None
    tag = hashlib.sha1(repr(_STAMP).encode()).hexdigest()[:12]
    return where / f"recode-{tag}.cache"


def _read() -> dict[tuple[str, int], tuple]:
    """The entries of the cache file; empty when it is missing, broken or from another build."""
    path = _path()
    if path is None:
        return {}
    try:
        with open(path, "rb") as f:
            saved = pickle.load(f)
    except Exception:  # noqa: BLE001 - a missing or damaged cache only costs the compile time it would save
        return {}
    if not isinstance(saved, dict) or saved.get("stamp") != _STAMP or not isinstance(saved.get("entries"), dict):
        return {}
    return saved["entries"]


def _build(pattern: str, entry: tuple) -> re.Pattern:
    """The pattern of a cache entry (flags, code bytes, groups, groupindex, indexgroup)."""
    flags, code, groups, groupindex, indexgroup = entry
    words = array.array(_TYPECODE)
    words.frombytes(code)
    return _sre.compile(pattern, flags, words.tolist(), groups, dict(groupindex), tuple(indexgroup))


def _entry(pattern: str, flags: int) -> tuple:
    """Compile ``pattern`` as re._compiler.compile does and return the parts _sre.compile takes."""
    p = _parser.parse(pattern, flags)
    code = _compiler._code(p, flags)
    groupindex = dict(p.state.groupdict)
    indexgroup = [None] * p.state.groups
    for k, i in groupindex.items():
        indexgroup[i] = k
    words = array.array(_TYPECODE, code)
    return flags | p.state.flags, words.tobytes(), p.state.groups - 1, groupindex, tuple(indexgroup)


def compile(pattern: str, flags: int = 0) -> re.Pattern:
    """``re.compile(pattern, flags)`` (a str pattern), its compiled code read from the cache when it is there."""
    global _ENTRIES, _SAVING
    flags = int(flags)
    if _sre is None or flags & (re.DEBUG | re.LOCALE) or not isinstance(pattern, str):
        return re.compile(pattern, flags)
    if _ENTRIES is None:
        _ENTRIES = _read()
        _SAVING = _path() is not None
    key = (pattern, flags)
    _USED.add(key)
    got = _ENTRIES.get(key)
    if got is not None:
        try:
            return _build(pattern, got)
        except Exception:  # noqa: BLE001 - an entry that does not load is compiled instead
            pass
    want = re.compile(pattern, flags)  # (a first run pays re's compile once more: the entry is checked against it)
    if not _SAVING:
        return want  # caching off (UNIONKIT_NO_CACHE, no cache directory): no entry to build
    try:
        got = _entry(pattern, flags)
        rx = _build(pattern, got)
    except Exception:  # noqa: BLE001 - internals this module does not know: re's pattern, nothing cached
        return want
    if rx != want:  # (Pattern equality compares flags, source and compiled code)
        return want
    _FRESH[key] = _ENTRIES[key] = got
    return rx


def save() -> int:
    """Add the patterns this run compiled to the cache file (at exit); returns how many were added."""
    path = _path()
    if path is None or not _FRESH:
        return 0
    entries = _read()
    entries.update(_FRESH)
    if len(entries) > 2 * len(_USED) + 64:  # patterns of edited rules pile up: keep what this version asks for
        entries = {k: v for k, v in entries.items() if k in _USED}
    n = len(_FRESH)
    saved = {"stamp": _STAMP, "entries": entries}
    if not write_atomic(path, lambda fh: pickle.dump(saved, fh, protocol=pickle.HIGHEST_PROTOCOL)):
        return 0
    _FRESH.clear()
    return n


atexit.register(save)
